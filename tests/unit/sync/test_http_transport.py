"""Delivery to a real HTTP receiver on 127.0.0.1: signed, retried, stored exactly once."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import pytest

from sync.transports.http import DeliveryFailed, HttpDestination, deliver, signature
from tests.http_receiver import http_receiver

SECRET = b"shared secret from the keyring"
FILES = {"journal.csv": b"transaction,date\r\n", "manifest.json": b'{"sequence":1}'}
META = {"export_id": "e-1", "sequence": 1}


def _deliver(receiver: Any, waits: list[float], key: str = "key-1", **kw: Any) -> dict[str, Any]:
    destination = HttpDestination(receiver.url, SECRET, timeout=5, **kw)
    return deliver(destination, key, META, FILES, sleep=waits.append)


def test_500s_429_and_a_dropped_answer_still_store_the_bundle_once() -> None:
    with http_receiver(SECRET) as receiver:
        receiver.script = ["500", "429", "drop", "503"]
        waits: list[float] = []
        answer = _deliver(receiver, waits)
        assert answer == {"stored": "key-1", "duplicate": True}
        assert [s for _k, s in receiver.seen] == ["500", "429", "drop", "503", "duplicate"]
        assert len(receiver.stored) == 1  # dropped after storing: the retry is a duplicate
        stored = receiver.stored["key-1"]
        assert stored["metadata"] == META and stored["files"] == FILES
        assert len(waits) == 4 and waits[1] >= 2  # Retry-After: 2 honoured
        assert all(0 < w <= 300 for w in waits)
        # the same delivery again (e.g. after a crash before the answer was kept): no copy
        assert _deliver(receiver, [])["duplicate"] is True
        assert len(receiver.stored) == 1


def test_a_refusal_is_permanent_and_a_wrong_secret_is_refused() -> None:
    with http_receiver(SECRET) as receiver:
        receiver.script = ["400"]
        with pytest.raises(DeliveryFailed) as refused:
            _deliver(receiver, [])
        assert refused.value.permanent and refused.value.status == 400
        assert "period already closed" in str(refused.value)
        with pytest.raises(DeliveryFailed) as unsigned:
            deliver(
                HttpDestination(receiver.url, b"wrong", timeout=5),
                "k2",
                META,
                FILES,
                sleep=lambda _s: None,
            )
        assert unsigned.value.status == 401 and receiver.stored == {}


def test_a_receiver_that_never_answers_is_given_up_on_without_a_copy() -> None:
    with http_receiver(SECRET) as receiver:
        url = receiver.url
    waits: list[float] = []  # the server is gone: every attempt is refused
    with pytest.raises(DeliveryFailed) as failed:
        deliver(
            HttpDestination(url, SECRET, timeout=2, attempts=3),
            "k3",
            META,
            FILES,
            sleep=waits.append,
        )
    assert not failed.value.permanent and "gave up after 3 attempts" in str(failed.value)
    assert len(waits) == 2


def test_the_signature_is_hmac_sha256_over_time_dot_body() -> None:
    expected = hmac.new(b"k", b"1700000000.body", hashlib.sha256).hexdigest()
    assert signature(b"k", b"body", 1700000000) == f"t=1700000000,v1={expected}"
