"""The signed manifest of a bundle, and the accountant's check of a delivered folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.manifest import MANIFEST, public_key_hex, signed_manifest, verify_bundle

FILES = {
    "journal.csv": b"transaction,date\r\n",
    "documents/INV-2026-00001.pdf": b"%PDF-1.4 ...",
    "documents/INV-2026-00001.xml": b"<Invoice/>",
}


def _bundle(folder: Path, key: Ed25519PrivateKey, sequence: int, **body: Any) -> dict[str, Any]:
    folder.mkdir(parents=True)
    for name, data in FILES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    manifest = signed_manifest({"sequence": sequence, "supersedes": None, **body}, FILES, key)
    (folder / MANIFEST).write_bytes(manifest)
    parsed: dict[str, Any] = json.loads(manifest)
    return parsed


def test_a_bundle_verifies_and_every_kind_of_damage_is_named(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    first = _bundle(tmp_path / "1", key, 1, period={"from": "2026-10-01", "to": "2026-10-31"})
    second_folder = tmp_path / "2"
    _bundle(second_folder, key, 2)
    pinned = public_key_hex(key)
    checked = verify_bundle(second_folder, public_key=pinned, previous=first)
    assert checked.ok, checked.problems
    assert [f["name"] for f in checked.manifest["files"]] == sorted(FILES)

    (second_folder / "journal.csv").write_bytes(b"transaction,date\r\nchanged\r\n")
    (second_folder / "documents" / "INV-2026-00001.xml").unlink()
    (second_folder / "extra.txt").write_text("slipped in")
    problems = verify_bundle(second_folder, public_key=pinned, previous=first).problems
    assert any(p.startswith("journal.csv: ") and "bytes" in p for p in problems)
    assert "documents/INV-2026-00001.xml: missing" in problems
    assert "extra.txt: not listed in the manifest" in problems


def test_the_signature_and_the_sequence(tmp_path: Path) -> None:
    key, stranger = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    first = _bundle(tmp_path / "1", key, 1)
    third = tmp_path / "3"
    _bundle(third, key, 3)
    problems = verify_bundle(third, public_key=public_key_hex(key), previous=first).problems
    assert problems == ["sequence 3 after 1: bundle 2 is missing or came twice"]

    forged = tmp_path / "forged"
    _bundle(forged, stranger, 2)
    problems = verify_bundle(forged, public_key=public_key_hex(key)).problems
    assert problems == ["signed with another key than the company's (public key differs)"]

    manifest = json.loads((tmp_path / "1" / MANIFEST).read_bytes())
    manifest["sequence"] = 9  # edited after signing
    (tmp_path / "1" / MANIFEST).write_text(json.dumps(manifest))
    assert verify_bundle(tmp_path / "1").problems == ["the signature does not match the manifest"]
    (tmp_path / "1" / MANIFEST).write_text("{not json")
    assert verify_bundle(tmp_path / "1").problems[0].startswith("manifest.json: cannot be read")
