"""The audit chain: canonical bytes, entry hashes, verification. Pure: no I/O, no clock.

hash(n) = SHA-256( hash(n-1) as 64 hex characters, UTF-8  ||  canonical JSON of
          {"seq", "time", "actor", "action", "entity_type", "entity_id", "payload"} )
The first entry's previous hash is 64 zeros. Canonical JSON: keys sorted, no spaces, UTF-8,
no floats (amounts are decimal strings).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

GENESIS = "0" * 64


def canonical(value: Any) -> bytes:
    """The one byte form of a JSON value that every hash is taken over."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    time: str
    actor: str
    action: str
    entity_type: str
    entity_id: str
    payload: dict[str, Any]
    prev_hash: str
    hash: str
    canonical_payload: bytes = field(default=b"", compare=False, repr=False)

    def body(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "time": self.time,
            "actor": self.actor,
            "action": self.action,
            "entity_type": self.entity_type,
            "entity_id": self.entity_id,
            "payload": self.payload,
        }


def canonical_object(members: dict[str, bytes]) -> bytes:
    """A canonical JSON object from members whose values are canonical bytes already."""
    inner = b",".join(canonical(key) + b":" + members[key] for key in sorted(members))
    return b"{" + inner + b"}"


def canonical_body(body: dict[str, Any], payload_bytes: bytes | None = None) -> bytes:
    """canonical(body), reusing the payload's canonical bytes when the caller has them.

    The keys of an entry sort as action, actor, entity_id, entity_type, payload, seq, time,
    so the payload's bytes can be spliced in without serialising the document twice.
    """
    if payload_bytes is None:
        payload_bytes = canonical(body["payload"])
    head = canonical({k: body[k] for k in ("action", "actor", "entity_id", "entity_type")})
    tail = canonical({"seq": body["seq"], "time": body["time"]})
    return head[:-1] + b',"payload":' + payload_bytes + b"," + tail[1:]


def entry_hash(prev_hash: str, body: dict[str, Any], payload_bytes: bytes | None = None) -> str:
    return hashlib.sha256(
        prev_hash.encode("ascii") + canonical_body(body, payload_bytes)
    ).hexdigest()


def next_entry(
    previous: AuditEntry | None,
    *,
    time: str,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    payload: dict[str, Any],
    payload_bytes: bytes | None = None,
) -> AuditEntry:
    """The entry that follows ``previous`` (or starts the chain)."""
    seq = 1 if previous is None else previous.seq + 1
    prev_hash = GENESIS if previous is None else previous.hash
    body = {
        "seq": seq,
        "time": time,
        "actor": actor,
        "action": action,
        "entity_type": entity_type,
        "entity_id": entity_id,
        "payload": payload,
    }
    if payload_bytes is None:
        payload_bytes = canonical(payload)
    return AuditEntry(
        seq,
        time,
        actor,
        action,
        entity_type,
        entity_id,
        payload,
        prev_hash,
        entry_hash(prev_hash, body, payload_bytes),
        payload_bytes,
    )


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str


def verify_chain(entries: Iterable[AuditEntry]) -> tuple[int, ChainBreak | None]:
    """Recompute the chain; returns how many entries were checked and the first break."""
    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    for entry in entries:
        count += 1
        if entry.seq != expected_seq:
            return count, ChainBreak(
                entry.seq, f"sequence jumps from {expected_seq - 1} to {entry.seq}"
            )
        if entry.prev_hash != expected_prev:
            return count, ChainBreak(
                entry.seq, "its previous hash does not match the entry before it"
            )
        if entry_hash(entry.prev_hash, entry.body()) != entry.hash:
            return count, ChainBreak(entry.seq, "its content does not match its hash")
        expected_prev = entry.hash
        expected_seq += 1
    return count, None
