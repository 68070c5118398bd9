"""The one place that wires the adapters (store, keyring) into what the CLI and GUI use.

The store, the PDF renderer and the e-invoice rules are imported where they are first needed:
a command that only unlocks or describes a file (``info``) loads the SQLCipher driver alone,
not the ORM (about 0.3 s), and the window opens before saxonche and reportlab load.
"""

from __future__ import annotations

import getpass
import socket
from collections.abc import Callable
from datetime import date, datetime
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from app import secrets
from app.services.errors import DamagedFile, InvalidInput, MailFailed, UsageError
from app.store import kdf, opening
from app.store.kdf import FileKey, KdfParams, read_header
from app.store.sqlcipher import DBAPIError, is_damage_error

if TYPE_CHECKING:
    from app.domain.documents import IssuedDocument, PartySnapshot
    from app.domain.einvoice_formats import EInvoiceFormat
    from app.mail.smtp import SmtpSettings
    from app.services.changes import Done
    from app.services.company.company_settings import CompanySettings
    from app.services.company.fields import CompanyInput as CompanyFields
    from app.services.documents.import_report import ImportReport
    from app.services.ports import Context, EInvoicing, Mailer, Renderer, RuleFailure
    from app.services.receivables.receivables_results import AgingReport, Reminder, Statement

SUFFIX = opening.SUFFIX

__all__ = [
    "SUFFIX",
    "CompanyFields",
    "CompanySession",
    "FileKey",
    "change_passphrase",
    "create_company",
    "forget_key",
    "key_from_passphrase",
    "remember_key",
    "remembered_key",
    "restore_backup",
]


def __getattr__(name: str) -> Any:
    """``CompanyFields`` is the services' CompanyInput, which loads babel and stdnum: they
    load when it is first used, not with every command that opens a file."""
    if name == "CompanyFields":
        from app.services.company.fields import CompanyInput

        return CompanyInput
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


P = ParamSpec("P")
R = TypeVar("R")


def damage_is_typed(func: Callable[P, R]) -> Callable[P, R]:
    """Turn the driver's 'malformed' / 'not a database' errors into DamagedFile."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except DBAPIError as exc:
            if is_damage_error(exc):
                raise DamagedFile(f"the company file is damaged: {exc}") from exc
            raise

    return wrapper


@damage_is_typed
def key_from_passphrase(path: Path, passphrase: str) -> FileKey:
    """Stretch the passphrase with the parameters stored in the file (~0.35 s)."""
    return opening.unlock(path, passphrase)


@damage_is_typed
def remembered_key(path: Path) -> FileKey | None:
    """The key this computer remembers for the file, if it still fits the file."""
    opening.require_existing(path)
    header = read_header(path)
    stored = secrets.load_key(header.raw[:8].hex())
    if stored is None:
        return None
    try:
        file_key = FileKey.deserialize(stored)
    except ValueError:
        return None
    return file_key if opening.remembered_key_fits(path, file_key) else None


def remember_key(file_key: FileKey) -> None:
    secrets.store_key(file_key.file_id, file_key.serialize())


@damage_is_typed
def forget_key(path: Path) -> bool:
    opening.require_existing(path)
    return secrets.forget_key(read_header(path).raw[:8].hex())


@damage_is_typed
def create_company(
    path: Path, passphrase: str, fields: CompanyFields, params: KdfParams | None = None
) -> FileKey:
    """A new company file; its key stretched with ``params`` (default: kdf.DEFAULT_PARAMS)."""
    from app.store.company_file import create

    return create(path, passphrase, fields, params or kdf.DEFAULT_PARAMS)


@damage_is_typed
def change_passphrase(
    path: Path, old_key: FileKey, new_passphrase: str, params: KdfParams | None = None
) -> FileKey:
    """Re-encrypt under a new passphrase; a remembered key is replaced by the new one."""
    from app.store import maintenance

    was_remembered = remembered_key(path) is not None
    new_key = maintenance.change_passphrase(
        path, old_key, new_passphrase, params or kdf.DEFAULT_PARAMS
    )
    if was_remembered:
        secrets.forget_key(old_key.file_id)
        remember_key(new_key)
    return new_key


@damage_is_typed
def restore_backup(
    backup: Path, backup_key: FileKey, target: Path, *, replace: bool
) -> Path | None:
    from app.store import maintenance

    return maintenance.restore(backup, backup_key, target, replace=replace)


@damage_is_typed
def file_info(path: Path, file_key: FileKey) -> dict[str, Any]:
    """What ``invoice-desk info`` shows (the driver alone: no ORM, no lock)."""
    return opening.file_info(path, file_key).as_dict()


@damage_is_typed
def verify_file(path: Path, file_key: FileKey) -> dict[str, Any]:
    """File integrity, and when the file is intact and current, the audit chain too."""
    from app.services.audit_log import verify_audit
    from app.store import maintenance
    from app.store.migrate import head_revision

    report = maintenance.verify_file(path, file_key)
    if report.ok and opening.file_info(path, file_key).schema_version == head_revision():
        with CompanySession(path, file_key, readonly=True) as session:
            chain = verify_audit(session.context())
            balances = session.balance_problems()
        broken = chain.first_break
        report.add(
            "audit_chain",
            [] if broken is None else [f"entry {broken.seq}: {broken.reason}"],
        )
        report.add("receivable_balances", balances)
    return {"ok": report.ok, "checks": report.checks}


def default_actor() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"{user}@{socket.gethostname()}"


def _smtp_settings(settings: CompanySettings) -> SmtpSettings:
    email = settings.email
    host, port, user = email.host, email.port, email.user
    if not host:
        raise MailFailed("config", "no mail server yet: settings set email.host smtp.example.org")
    password = None
    if user:
        password = secrets.load_smtp_password(user, host, port)  # the keyring only (rule 10)
        if password is None:
            raise MailFailed(
                "config",
                f"no password for {user} at {host}: run 'invoice-desk email password' to keep it"
                " in the keyring",
            )
    from app.mail.smtp import SmtpSettings

    return SmtpSettings(
        host=host,
        port=port,
        security=email.security,
        user=user,
        password=password,
        cafile=email.ca_file,
    )


def build_mailer(settings: CompanySettings) -> Mailer:
    """The SMTP mailer for the company's email settings (the password from the keyring)."""
    from app.mail.smtp import SmtpMailer  # loaded when mail is first sent

    return SmtpMailer(_smtp_settings(settings))


def remember_smtp_password(settings: CompanySettings, password: str) -> str:
    """Keep the SMTP password in the keyring; returns the account it is kept for."""
    host, user, port = settings.email.host, settings.email.user, settings.email.port
    if not host or not user:
        raise InvalidInput.of("email.account", "email.user")
    secrets.store_smtp_password(user, host, port, password)
    return f"{user}@{host}:{port}"


def import_einvoice_file(ctx: Context, data: bytes) -> Done[ImportReport]:
    """An e-invoice file (UBL, CII or Factur-X PDF) into a draft; the import report."""
    from app.einvoice.read import read_einvoice
    from app.services.documents.imports import import_einvoice

    imported, xml = read_einvoice(data)
    return import_einvoice(ctx, imported, xml)


class _EInvoicingOnFirstUse:
    """The e-invoice writer, built when a document is first issued or checked: the rules
    (saxonche, lxml, the official XSLT) do not load while the window opens."""

    def __init__(self) -> None:
        self._writer: EInvoicing | None = None

    def _built(self) -> EInvoicing:
        if self._writer is None:
            from app.einvoice.adapter import EInvoiceWriter

            self._writer = EInvoiceWriter()
        return self._writer

    def write(self, issued: IssuedDocument, fmt: EInvoiceFormat) -> bytes:
        return self._built().write(issued, fmt)

    def failures(self, xml: bytes, fmt: EInvoiceFormat) -> list[RuleFailure]:
        return self._built().failures(xml, fmt)


class _RendererOnFirstUse:
    """The PDF renderer, built when a document is first printed (reportlab loads then)."""

    def __init__(self) -> None:
        self._renderer: Renderer | None = None

    def _built(self) -> Renderer:
        if self._renderer is None:
            from app.render.adapter import PdfRenderer

            self._renderer = PdfRenderer()
        return self._renderer

    def document(self, issued: IssuedDocument, settings: CompanySettings, *, draft: bool) -> bytes:
        return self._built().document(issued, settings, draft=draft)

    def facturx(self, pdf: bytes, cii: bytes, issued: IssuedDocument) -> bytes:
        return self._built().facturx(pdf, cii, issued)

    def statement(
        self,
        data: Statement,
        customer: PartySnapshot,
        seller: PartySnapshot,
        settings: CompanySettings,
    ) -> bytes:
        return self._built().statement(data, customer, seller, settings)

    def reminder(
        self,
        items: list[Reminder],
        customer: PartySnapshot,
        seller: PartySnapshot,
        dates: tuple[date, date],
        settings: CompanySettings,
    ) -> bytes:
        return self._built().reminder(items, customer, seller, dates, settings)

    def aging(self, data: AgingReport, seller: PartySnapshot, settings: CompanySettings) -> bytes:
        return self._built().aging(data, seller, settings)


# One of each per process: the XSLT compiled once serves every file opened.
_EINVOICING: EInvoicing = _EInvoicingOnFirstUse()
_RENDERER: Renderer = _RendererOnFirstUse()


class CompanySession:
    """An unlocked company file: for writing (holds the writer lock until close) or reading."""

    def __init__(
        self, path: Path, file_key: FileKey, *, readonly: bool = False, actor: str | None = None
    ) -> None:
        from app.store.company_file import CompanyFile  # the ORM loads with the first session

        self.path = path
        self.file_key = file_key
        self.readonly = readonly
        self.actor = actor or default_actor()
        self._file = CompanyFile(path, file_key, readonly=readonly)
        self._sessions: Any = None

    @damage_is_typed
    def open(self) -> CompanySession:
        from app.store.migrate import head_revision
        from app.store.uow import unit_of_work_factory

        self._file.open()
        if self.readonly:
            revision = self._file.schema_revision()
            if revision != head_revision():
                self._file.close()
                raise UsageError(
                    f"the company file has schema {revision}; open it once for writing"
                    " (any command that changes it, or the window) to upgrade it to"
                    f" {head_revision()}"
                )
        self._sessions = unit_of_work_factory(self._file.require_engine())
        return self

    def balance_problems(self) -> list[str]:
        """Kept receivable balances that differ from what the ledger says (never expected)."""
        from app.store.repos_ledger import balance_problems

        return balance_problems(self._file.require_engine())

    def context(self) -> Context:
        """What the use cases need: a unit of work per transaction, the clock, the actor."""
        sessions = self._sessions
        if sessions is None:
            raise RuntimeError("the company file is not open")
        from app.services.ports import Context
        from app.store.uow import SqlUnitOfWork

        return Context(
            uow=lambda: SqlUnitOfWork(sessions),
            clock=lambda: datetime.now().astimezone(),
            actor=self.actor,
            einvoicing=_EINVOICING,
            renderer=_RENDERER,
            mailer=build_mailer,
        )

    def __enter__(self) -> CompanySession:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()

    @property
    def migrated_from(self) -> str | None:
        return self._file.migrated_from

    @property
    def automatic_backup(self) -> Path | None:
        return self._file.backup_path

    @damage_is_typed
    def info(self) -> dict[str, Any]:
        return file_info(self.path, self.file_key)

    @damage_is_typed
    def settings(self) -> dict[str, Any]:
        from app.store.company_file import read_settings

        return read_settings(self._file.require_engine())

    @damage_is_typed
    def backup(self, target: Path) -> dict[str, int]:
        """A verified copy of the open file at ``target`` (same passphrase)."""
        from app.store.backup import write_verified_copy
        from app.store.company_file import CompanyFile

        with CompanyFile.dbapi_connection(self._file.require_engine()) as raw:
            return write_verified_copy(raw, target, self.file_key)


@damage_is_typed
def backup_file(path: Path, file_key: FileKey, target: Path) -> dict[str, int]:
    from app.store import maintenance

    return maintenance.backup_file(path, file_key, target)
