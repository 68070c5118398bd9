"""The OS keyring: remembers the derived key of a company file ("remember on this computer").

Only the derived key is stored, never the passphrase. Entries are named by the file's random
header id, so they follow the file when it moves and stop fitting after a passphrase change.

keyring is imported on first use: opening the window with a typed passphrase never needs it.
"""

from __future__ import annotations

from app.services.errors import KeyringUnavailable

SERVICE = "invoice-desk"
NO_KEYRING_HELP = (
    "no usable keyring on this computer (a Secret Service such as GNOME Keyring or KWallet on"
    " Linux, the Keychain on macOS, the Credential Locker on Windows); type the passphrase"
    " instead, or set INVOICE_DESK_PASSPHRASE / --passphrase-file"
)


def _account(file_id: str) -> str:
    return f"company-file:{file_id}"


def _check_backend() -> None:
    import keyring

    backend = keyring.get_keyring()
    name = type(backend).__module__ + "." + type(backend).__name__
    if "fail" in name.lower() or "null" in name.lower() or "plaintext" in name.lower():
        raise KeyringUnavailable(NO_KEYRING_HELP)


def _store(account: str, secret: str) -> None:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    _check_backend()
    try:
        keyring.set_password(SERVICE, account, secret)
    except (NoKeyringError, KeyringError) as exc:
        raise KeyringUnavailable(f"{NO_KEYRING_HELP} ({exc})") from exc


def _load(account: str) -> str | None:
    """The stored secret, or None when there is none or no keyring at all."""
    from app.secret_service import find

    found = find(SERVICE, account)  # the Secret Service without keyring's start-up (~0.2 s)
    if found is not None:
        return found
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        _check_backend()
        value: str | None = keyring.get_password(SERVICE, account)
    except (KeyringUnavailable, NoKeyringError, KeyringError):
        return None
    return value


def store_key(file_id: str, serialized_key: str) -> None:
    _store(_account(file_id), serialized_key)


def load_key(file_id: str) -> str | None:
    """The remembered key, or None when there is none or no keyring at all."""
    return _load(_account(file_id))


def forget_key(file_id: str) -> bool:
    """Remove the remembered key; True when there was one."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

    _check_backend()
    try:
        keyring.delete_password(SERVICE, _account(file_id))
    except PasswordDeleteError:
        return False
    except (NoKeyringError, KeyringError) as exc:
        raise KeyringUnavailable(f"{NO_KEYRING_HELP} ({exc})") from exc
    return True


def _smtp_account(user: str, host: str, port: int) -> str:
    """SMTP passwords belong to the mail account, not to a company file (they survive a
    passphrase change, and two files that use one account share it)."""
    return f"smtp:{user}@{host}:{port}"


def store_smtp_password(user: str, host: str, port: int, password: str) -> None:
    _store(_smtp_account(user, host, port), password)


def load_smtp_password(user: str, host: str, port: int) -> str | None:
    return _load(_smtp_account(user, host, port))


def _destination_account(secret_id: str) -> str:
    """Passwords and shared secrets of delivery destinations, named by the destination's
    random secret id (kept in its settings), so a renamed destination keeps its secret."""
    return f"destination:{secret_id}"


def store_destination_secret(secret_id: str, secret: str) -> None:
    _store(_destination_account(secret_id), secret)


def load_destination_secret(secret_id: str) -> str | None:
    return _load(_destination_account(secret_id))
