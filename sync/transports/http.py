"""Delivering a bundle to an accountant's HTTP API (the protocol is in docs/sync-api.md).

One POST of ``multipart/form-data``: a part ``metadata`` (JSON) and one part per file. Headers:
``Idempotency-Key`` (the same on every attempt of one delivery, so the receiver stores the
bundle once however often it arrives) and ``Invoice-Desk-Signature: t=<unix>,v1=<hex>`` where
the hex is HMAC-SHA256 with the shared secret over ``"<t>." + body``.

Connection errors, 408, 425, 429 and 5xx are retried with exponential backoff and jitter (a
``Retry-After`` in seconds or as an HTTP date is honoured); any other 4xx is permanent: the
receiver refused the bundle and retrying would not change that.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential_jitter,
)

from sync.transports.base import MANIFEST, DeliveryFailed, Outgoing, chunks

RETRY_STATUSES = {408, 425, 429}
SIGNATURE_HEADER = "Invoice-Desk-Signature"


@dataclass(frozen=True)
class HttpDestination:
    url: str
    secret: bytes  # the shared secret (kept in the keyring by the program)
    timeout: float = 30.0
    attempts: int = 8
    first_wait: float = 1.0  # seconds before the second attempt; doubles up to max_wait
    max_wait: float = 300.0


class _Retryable(Exception):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def signature(secret: bytes, body: bytes, timestamp: int) -> str:
    digest = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def _retry_after(response: httpx.Response, now: float) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError):
        return None


def _wait(backoff: Callable[[RetryCallState], float]) -> Callable[[RetryCallState], float]:
    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        asked = error.retry_after if isinstance(error, _Retryable) else None
        return max(backoff(state), asked or 0.0)

    return wait


def deliver(
    destination: HttpDestination,
    idempotency_key: str,
    metadata: dict[str, Any],
    files: dict[str, bytes],
    *,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.time,
    on_attempt: Callable[[int, str], None] | None = None,
) -> dict[str, Any]:
    """POST the bundle until it is accepted; returns the receiver's JSON answer."""
    parts = [("metadata", ("metadata.json", json.dumps(metadata).encode(), "application/json"))]
    parts += [(name, (name, data, "application/octet-stream")) for name, data in files.items()]
    tried = [0]

    def report(result: str) -> None:
        tried[0] += 1
        if on_attempt is not None:
            on_attempt(tried[0], result)

    with httpx.Client(timeout=destination.timeout) as client:

        def attempt() -> dict[str, Any]:
            request = client.build_request("POST", destination.url, files=parts)
            body = request.read()
            request.headers["Idempotency-Key"] = idempotency_key
            request.headers[SIGNATURE_HEADER] = signature(destination.secret, body, int(clock()))
            try:
                response = client.send(request)
            except httpx.TransportError as exc:  # refused, reset, timed out, dropped
                report(f"connection: {type(exc).__name__}")
                raise _Retryable(f"connection: {exc}") from exc
            report(str(response.status_code))
            if response.status_code in RETRY_STATUSES or response.status_code >= 500:
                raise _Retryable(f"HTTP {response.status_code}", _retry_after(response, clock()))
            if response.status_code >= 400:
                raise DeliveryFailed(
                    f"HTTP {response.status_code}: {response.text[:300]}",
                    permanent=True,
                    status=response.status_code,
                )
            answer: dict[str, Any] = response.json() if response.content else {}
            return answer

        retrying = Retrying(
            retry=retry_if_exception_type(_Retryable),
            stop=stop_after_attempt(destination.attempts),
            wait=_wait(
                wait_exponential_jitter(
                    multiplier=destination.first_wait, max=destination.max_wait, jitter=1
                )
            ),
            sleep=sleep,
            reraise=True,
        )
        try:
            return retrying(attempt)
        except _Retryable as exc:
            raise DeliveryFailed(
                f"gave up after {destination.attempts} attempts: {exc}", permanent=False
            ) from exc


class HttpTransport:
    """A bundle as one POST (all files and the manifest) to the accountant's receiver."""

    def __init__(
        self, destination: HttpDestination, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.destination, self.sleep = destination, sleep

    def check(self) -> str:
        """Any HTTP answer proves the receiver is there; only no answer at all is a failure."""
        try:
            with httpx.Client(timeout=self.destination.timeout) as client:
                response = client.head(self.destination.url)
        except httpx.TransportError as exc:
            message = f"no answer from {self.destination.url}: {exc}"
            raise DeliveryFailed(message, permanent=False) from exc
        return f"{self.destination.url} answers (HTTP {response.status_code})"

    def deliver(self, outgoing: Outgoing) -> str:
        files: dict[str, bytes] = {}
        for part in chunks(outgoing.files):
            files.update(outgoing.read(part))
        files[MANIFEST] = outgoing.manifest
        manifest = json.loads(outgoing.manifest)
        metadata = {
            "export_id": outgoing.export_id,
            "sequence": outgoing.sequence,
            "period": manifest.get("period"),
            "company": manifest.get("company"),
        }
        answer = deliver(
            self.destination, outgoing.idempotency_key, metadata, files, sleep=self.sleep
        )
        return f"{len(files)} files accepted: {json.dumps(answer)[:200]}"
