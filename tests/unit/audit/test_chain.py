from __future__ import annotations

from dataclasses import replace

from app.audit.chain import (
    GENESIS,
    canonical,
    canonical_body,
    canonical_object,
    next_entry,
    verify_chain,
)


def _chain(n: int) -> list:  # type: ignore[type-arg]
    entries = []
    previous = None
    for i in range(n):
        previous = next_entry(
            previous,
            time=f"2026-11-24T10:00:0{i}+00:00",
            actor="a@b",
            action="document.issue",
            entity_type="document",
            entity_id=str(i),
            payload={"amount": "1.10", "name": "Łódź Müller", "n": i},
        )
        entries.append(previous)
    return entries


def test_canonical_bytes_are_sorted_compact_utf8() -> None:
    assert canonical({"b": "Ä", "a": [1, {"d": None, "c": "x"}]}) == (
        '{"a":[1,{"c":"x","d":null}],"b":"Ä"}'.encode()
    )


def test_spliced_body_equals_plain_canonical_json() -> None:
    body = {
        "seq": 12,
        "time": "t",
        "actor": "ä",
        "action": "x",
        "entity_type": "document",
        "entity_id": "7",
        "payload": {"z": 1, "a": ["é"]},
    }
    assert canonical_body(body) == canonical(body)


def test_object_from_canonical_members() -> None:
    assert canonical_object({"z": canonical([1]), "a": canonical({"k": "ü"})}) == canonical(
        {"z": [1], "a": {"k": "ü"}}
    )


def test_chain_verifies_and_names_the_first_broken_entry() -> None:
    entries = _chain(5)
    assert entries[0].prev_hash == GENESIS and entries[1].prev_hash == entries[0].hash
    assert verify_chain(entries) == (5, None)
    tampered = list(entries)
    tampered[2] = replace(entries[2], payload={**entries[2].payload, "amount": "1.01"})
    _count, broken = verify_chain(tampered)
    assert broken is not None and (broken.seq, broken.reason) == (
        3,
        "its content does not match its hash",
    )
    removed = entries[:2] + entries[3:]
    assert verify_chain(removed)[1].seq == 4  # type: ignore[union-attr]
    recomputed = list(entries)
    recomputed[1] = replace(entries[1], actor="mallory")
    assert verify_chain(recomputed)[1].seq == 2  # type: ignore[union-attr]
