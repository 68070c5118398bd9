"""A remembered secret read straight from the Secret Service, when that is where it is.

``keyring`` picks its backend by importing and ranking every backend it knows (and jaraco's
helpers, which load urllib and http.client): about 0.2 s of CPU, more than the rest of
``invoice-desk info`` with a remembered key. On Linux keyring's choice is the Secret Service
(GNOME Keyring, KeePassXC, KWallet 5.97+) whenever one runs; this module reads an entry the
way keyring's SecretService backend wrote it (attributes ``service`` and ``username``) with
secretstorage, the library that backend uses, and nothing else.

Only a hit counts: anything else (not Linux, a backend chosen by PYTHON_KEYRING_BACKEND or
keyringrc.cfg, no D-Bus session, no service, a locked collection, no such entry) answers None
and the caller asks keyring as before. Writing and deleting always go through keyring.
"""

from __future__ import annotations

import os
import sys
from contextlib import closing
from pathlib import Path


def _keyring_left_to_choose() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return False
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return not (Path(config_home) / "python_keyring" / "keyringrc.cfg").exists()


def find(service: str, username: str) -> str | None:
    """The secret keyring keeps for (service, username), when the Secret Service has it."""
    if not _keyring_left_to_choose():
        return None
    try:
        import secretstorage

        with closing(secretstorage.dbus_init()) as bus:
            collection = secretstorage.get_default_collection(bus)
            if collection.is_locked():
                return None  # keyring asks the user to unlock it
            for item in collection.search_items({"service": service, "username": username}):
                if item.is_locked():
                    return None
                secret: bytes = item.get_secret()
                return secret.decode("utf-8")
    except Exception:  # any failure here only means: ask keyring
        return None
    return None
