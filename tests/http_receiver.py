"""An accountant's receiving end on 127.0.0.1, as docs/sync-api.md describes it: checks the
signature and its age, stores each bundle once per Idempotency-Key, and answers as a test
script tells it (500s, 429 with Retry-After, dropping the connection after storing, 400)."""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Receiver:
    secret: bytes
    script: list[str] = field(default_factory=list)  # what to do with the next requests
    stored: dict[str, dict[str, Any]] = field(default_factory=dict)  # key -> bundle
    seen: list[tuple[str, str]] = field(default_factory=list)  # (key, what was answered)
    url: str = ""
    arrived: threading.Event = field(default_factory=threading.Event)  # set by each request


def _parts(content_type: str, body: bytes) -> dict[str, bytes]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    return {
        part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
        for part in message.iter_parts()
    }


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            return

        def _answer(
            self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
        ) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            receiver.arrived.set()
            body = self.rfile.read(int(self.headers["Content-Length"]))
            key = self.headers.get("Idempotency-Key", "")
            t, _, v1 = self.headers.get("Invoice-Desk-Signature", "").partition(",v1=")
            stamp = t.removeprefix("t=")
            expected = hmac.new(receiver.secret, f"{stamp}.".encode() + body, hashlib.sha256)
            if (
                not stamp.isdigit()
                or not hmac.compare_digest(expected.hexdigest(), v1)
                or (abs(time.time() - int(stamp)) > 300)
            ):
                receiver.seen.append((key, "401"))
                self._answer(401, {"error": "bad signature"})
                return
            action = receiver.script.pop(0) if receiver.script else "ok"
            if action in ("500", "503"):
                receiver.seen.append((key, action))
                self._answer(int(action), {"error": "try later"})
                return
            if action == "429":
                receiver.seen.append((key, "429"))
                self._answer(429, {"error": "slow down"}, {"Retry-After": "2"})
                return
            if action == "400":
                receiver.seen.append((key, "400"))
                self._answer(400, {"error": "period already closed"})
                return
            if action == "slow":  # a receiver that takes its time: the sender may die meanwhile
                time.sleep(0.2)
            duplicate = key in receiver.stored
            if not duplicate:
                parts = _parts(self.headers["Content-Type"], body)
                receiver.stored[key] = {
                    "metadata": json.loads(parts.pop("metadata")),
                    "files": parts,
                }
            if action == "drop":  # stored, but the answer never arrives
                receiver.seen.append((key, "drop"))
                self.close_connection = True
                self.connection.close()
                return
            receiver.seen.append((key, "duplicate" if duplicate else "stored"))
            self._answer(200, {"stored": key, "duplicate": duplicate})

    return Handler


@contextmanager
def http_receiver(secret: bytes) -> Iterator[Receiver]:
    receiver = Receiver(secret)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(receiver))
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/bundles"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
