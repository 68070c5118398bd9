"""A destination's transport, built from its settings and its secret in the keyring."""

from __future__ import annotations

import os
from pathlib import Path

from app import secrets
from app.domain.invariants import broken
from app.services.accountant.sync_ports import Destination
from sync.transports.base import DeliveryFailed, Transport
from sync.transports.folder import FolderTransport

# tests and scripts without a keyring may hand a destination's secret in the environment
SECRET_VARIABLE = "INVOICE_DESK_DESTINATION_SECRET_"


def secret(destination: Destination, *, required: bool) -> str | None:
    """The destination's password or shared secret: from the keyring, or from
    ``INVOICE_DESK_DESTINATION_SECRET_<NAME>`` (letters upper-cased, others as ``_``)."""
    variable = SECRET_VARIABLE + "".join(
        c.upper() if c.isalnum() else "_" for c in destination.name
    )
    found = os.environ.get(variable) or secrets.load_destination_secret(
        destination.config["secret_id"]
    )
    if found is None and required:
        raise DeliveryFailed(
            f"no secret for destination {destination.name!r} in the keyring; set it with"
            f" 'invoice-desk destination secret {destination.name}'"
            " or in Exports > Destinations > Edit",
            permanent=True,
        )
    return found


def transport_for(destination: Destination) -> Transport:
    """asyncssh and httpx are imported here, on first use: the command line starts faster."""
    from sync.transports.http import HttpDestination, HttpTransport
    from sync.transports.sftp import SftpDestination, SftpTransport

    config = destination.config
    if destination.kind == "folder":
        return FolderTransport(Path(config["path"]))
    if destination.kind == "sftp":
        uses_key = config.get("auth") == "key"
        return SftpTransport(
            SftpDestination(
                host=config["host"],
                port=int(config.get("port", 22)),
                user=config["user"],
                remote_dir=config.get("remote_dir", "."),
                host_key=config.get("host_key"),
                password=None if uses_key else secret(destination, required=True),
                key_file=config.get("key_file") if uses_key else None,
                key_passphrase=secret(destination, required=False) if uses_key else None,
            )
        )
    if destination.kind == "http":
        value = secret(destination, required=True)
        if value is None:
            raise broken("value is None")
        # a few quick tries within one attempt; the outbox waits minutes to hours between
        # attempts (app.services.accountant.outbox.BACKOFF)
        destination_ = HttpDestination(
            config["url"], value.encode(), attempts=3, first_wait=0.5, max_wait=10
        )
        return HttpTransport(destination_)
    raise DeliveryFailed(f"unknown destination kind {destination.kind!r}", permanent=True)
