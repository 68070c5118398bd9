"""The manifest of an accountant's bundle: what the bundle holds, signed with the company's
Ed25519 key, and the check an accountant runs without the company file.

manifest.json is canonical JSON (sorted keys, no spaces, UTF-8) of::

    {"format": "invoice-desk-bundle/1", "export_id": "...", "sequence": 7,
     "supersedes": null | "<export id>", "period": {"from": "2026-11-01", "to": "2026-11-30"},
     "company": {"name": "...", "vat_id": "..."}, "created_at": "...", "program": "0.1.0",
     "files": [{"name": "journal.csv", "sha256": "...", "size": 1234}, ...],
     "counts": {...}, "totals": {"EUR": {"debit": "...", "credit": "..."}},
     "audit_head": {"sequence": 812, "hash": "..."},
     "public_key": "<hex>", "signature": "<hex>"}

The signature is Ed25519 over the canonical JSON of everything but ``signature``. A bundle is
never changed once made; a correction is a new bundle (next sequence) naming the one it
supersedes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

FORMAT = "invoice-desk-bundle/1"
MANIFEST = "manifest.json"


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def public_key_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def file_entry(name: str, data: bytes) -> dict[str, Any]:
    return {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def signed_manifest(body: dict[str, Any], files: dict[str, bytes], key: Ed25519PrivateKey) -> bytes:
    """The manifest for ``files`` (name -> bytes) with ``body``'s facts, signed."""
    return sign_manifest(body, [file_entry(name, files[name]) for name in files], key)


def sign_manifest(
    body: dict[str, Any], entries: list[dict[str, Any]], key: Ed25519PrivateKey
) -> bytes:
    """The manifest listing ``entries`` (name, sha256, size) with ``body``'s facts, signed."""
    if any(entry["name"] == MANIFEST for entry in entries):
        raise ValueError("manifest.json is written by the manifest itself")
    manifest = {
        **body,
        "format": FORMAT,
        "files": sorted(entries, key=lambda entry: entry["name"]),
        "public_key": public_key_hex(key),
    }
    manifest["signature"] = key.sign(canonical(manifest)).hex()
    return canonical(manifest)


@dataclass
class Verification:
    """What ``verify_bundle`` found; ``ok`` only when nothing is wrong."""

    manifest: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_bundle(
    folder: Path, *, public_key: str | None = None, previous: dict[str, Any] | None = None
) -> Verification:
    """Check a delivered bundle: every file listed is there with its size and SHA-256, no file
    is there that is not listed, the signature holds (under ``public_key`` when the accountant
    pinned one), and its sequence follows ``previous`` (the last manifest accepted)."""
    result = Verification()
    try:
        manifest = json.loads((folder / MANIFEST).read_bytes())
    except (OSError, ValueError) as exc:
        result.problems.append(f"{MANIFEST}: cannot be read ({exc})")
        return result
    result.manifest = manifest
    if manifest.get("format") != FORMAT:
        result.problems.append(f"{MANIFEST}: not a bundle of format {FORMAT}")
    _check_files(folder, manifest, result)
    _check_signature(manifest, public_key, result)
    if previous is not None:
        _check_sequence(manifest, previous, result)
    return result


def _check_files(folder: Path, manifest: dict[str, Any], result: Verification) -> None:
    listed = {f["name"] for f in manifest.get("files", [])}
    for entry in manifest.get("files", []):
        path = folder / entry["name"]
        if not path.is_file():
            result.problems.append(f"{entry['name']}: missing")
            continue
        data = path.read_bytes()
        if len(data) != entry["size"]:
            result.problems.append(
                f"{entry['name']}: {len(data)} bytes, the manifest says {entry['size']}"
            )
        elif hashlib.sha256(data).hexdigest() != entry["sha256"]:
            result.problems.append(f"{entry['name']}: its SHA-256 differs from the manifest")
    extra = sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and p.name != MANIFEST and str(p.relative_to(folder)) not in listed
    )
    result.problems += [f"{name}: not listed in the manifest" for name in extra]


def _check_signature(manifest: dict[str, Any], pinned: str | None, result: Verification) -> None:
    key_hex = manifest.get("public_key", "")
    if pinned is not None and key_hex != pinned.strip().lower():
        result.problems.append("signed with another key than the company's (public key differs)")
        return
    body = {k: v for k, v in manifest.items() if k != "signature"}
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex))
        key.verify(bytes.fromhex(manifest.get("signature", "")), canonical(body))
    except (ValueError, InvalidSignature):
        result.problems.append("the signature does not match the manifest")


def _check_sequence(
    manifest: dict[str, Any], previous: dict[str, Any], result: Verification
) -> None:
    expected = int(previous.get("sequence", 0)) + 1
    if manifest.get("sequence") != expected:
        result.problems.append(
            f"sequence {manifest.get('sequence')} after {previous.get('sequence')}:"
            f" bundle {expected} is missing or came twice"
        )
