"""The company's own details (the seller on every document): show and edit, audited.

Issued documents keep the details they were issued with; a change applies to the next issue.
Country and accounting currency are fixed when the file is created.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from schwifty import BIC, IBAN
from schwifty.exceptions import SchwiftyException

from app.domain.problems import Problem, problem
from app.services.audit_log import record
from app.services.changes import Changes, Done, Kind
from app.services.clock import now_iso
from app.services.company.fields import normalize_vat_id
from app.services.errors import InvalidInput, Rejected
from app.services.parties.customers import EMAIL, SCHEME
from app.services.ports import CompanyDetails, Context

COMPANY_CHANGES = Changes.of(Kind.SETTINGS, Kind.AUDIT)

EDITABLE = (
    "name",
    "street",
    "additional_street",
    "postcode",
    "city",
    "subdivision",
    "vat_id",
    "legal_id",
    "legal_id_scheme",
    "legal_info",
    "electronic_address",
    "electronic_address_scheme",
    "email",
    "phone",
    "contact_name",
    "iban",
    "bic",
    "bank_name",
)
LIMITS = {"legal_info": 500, "phone": 50, "legal_id": 64, "legal_id_scheme": 8}


def _iban(value: str) -> str:
    try:
        return str(IBAN(value).compact)
    except SchwiftyException as exc:
        raise InvalidInput.of("iban.invalid", "iban", value=value, reason=exc) from None


def _bic(value: str) -> str:
    try:
        return str(BIC(value).compact)
    except SchwiftyException as exc:
        raise InvalidInput.of("bic.invalid", "bic", value=value, reason=exc) from None


def _email(value: str) -> str:
    if not EMAIL.match(value):
        raise InvalidInput.of("value.email", "email", value=value)
    return value


def _scheme(name: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not SCHEME.match(value):
            raise InvalidInput.of("scheme.invalid", name, value=value)
        return value

    return check


def _checked(merged: dict[str, Any], country: str) -> dict[str, Any]:
    """Normalise every field; raise Rejected with every problem, each naming its option."""
    checks: dict[str, Callable[[str], str]] = {
        "iban": _iban,
        "bic": _bic,
        "email": _email,
        "vat_id": lambda v: normalize_vat_id(v, country),
        "legal_id_scheme": _scheme("legal_id_scheme"),
        "electronic_address_scheme": _scheme("electronic_address_scheme"),
    }
    problems: list[Problem] = []
    clean: dict[str, Any] = {}
    for name in EDITABLE:
        raw = merged.get(name)
        value = " ".join(str(raw).split()) or None if raw is not None else None
        if value is not None and name in checks:
            try:
                value = checks[name](value)
            except InvalidInput as exc:
                problems.append(exc.problem)
        if value is not None and len(value) > LIMITS.get(name, 200):
            problems.append(problem("value.long", name, limit=LIMITS.get(name, 200)))
        clean[name] = value
    if not clean["name"]:
        problems.append(problem("company.name_empty", "name"))
    if clean["electronic_address"] and not clean["electronic_address_scheme"]:
        problems.append(problem("scheme.missing", "electronic_address_scheme"))
    if clean["bic"] and not clean["iban"]:
        problems.append(problem("bic.needs_iban", "iban"))
    if problems:
        raise Rejected(problems)
    return clean


@dataclass(frozen=True)
class LogoSet:
    """The logo setting's new version and the SHA-256 of the image (None: removed)."""

    key: str
    sha256: str | None
    version: int


def show_company(ctx: Context) -> CompanyDetails:
    """Every detail of the company, as stored."""
    with ctx.uow() as uow:
        return uow.company.details()


def edit_company(ctx: Context, changes: Mapping[str, str | None]) -> Done[CompanyDetails]:
    """Change some details; an empty string clears a field. Returns the new details."""
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise InvalidInput.of("company.fixed", unknown[0])
    with ctx.uow() as uow:
        current = asdict(uow.company.details())
        merged = {**current, **{k: v for k, v in changes.items() if v is not None}}
        clean = _checked(merged, current["country"])
        changed = {k: v for k, v in clean.items() if v != current.get(k)}
        if changed:
            uow.company.update_details(changed)
            record(
                uow,
                ctx,
                "company.edit",
                entity_type="company",
                entity_id=1,
                payload={"changed": changed},
            )
            uow.commit()
        return Done(uow.company.details(), COMPANY_CHANGES)


LOGO_SETTING = "document.logo"
LOGO_MAX_BYTES = 1_000_000


def set_logo(ctx: Context, data: bytes | None) -> Done[LogoSet]:
    """The logo printed on documents from now on (PNG or JPEG, at most 1 MB); None removes it.

    Kept in the company file as a versioned setting; the audit entry pins its SHA-256."""
    value: dict[str, Any] | None = None
    if data is not None:
        kind = image_kind(data)
        if kind is None:
            raise InvalidInput.of("logo.kind", "image")
        if len(data) > LOGO_MAX_BYTES:
            raise InvalidInput.of("logo.size", "image", size=len(data))
        value = {"media_type": kind, "data": base64.b64encode(data).decode("ascii")}
    digest = None if data is None else hashlib.sha256(data).hexdigest()
    with ctx.uow() as uow:
        version = uow.company.set_setting(LOGO_SETTING, json.dumps(value), now_iso(ctx))
        record(
            uow,
            ctx,
            "setting.change",
            entity_type="setting",
            entity_id=LOGO_SETTING,
            payload={"key": LOGO_SETTING, "sha256": digest, "version": version},
        )
        uow.commit()
    return Done(LogoSet(LOGO_SETTING, digest, version), COMPANY_CHANGES)


def image_kind(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None
