"""Passphrase stretching and the 16-byte file header that carries its parameters.

SQLCipher keeps a 16-byte plaintext salt at the start of every file. We choose those bytes
ourselves (a raw key may carry its salt) so that the file is self-describing:

    0..7    random salt (unique per file and per passphrase change)
    8       header format version (1 = Argon2id)
    9       log2 of the Argon2 memory cost in KiB
    10      Argon2 time cost (iterations)
    11      Argon2 parallelism
    12..14  key check: the first three bytes of HMAC-SHA256(key, KEY_CHECK_LABEL)
    15      XOR of bytes 0..14, so that any single damaged header byte is detected

Argon2id runs over bytes 0..11 as its salt; SQLCipher then gets the raw 32-byte key and skips
its own PBKDF2. The key check lets a wrong passphrase (check differs) be told apart from a
damaged file (check matches but pages fail their HMAC).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from functools import reduce
from pathlib import Path

from app.services.errors import DamagedFile, NotACompanyFile

HEADER_SIZE = 16
FORMAT_VERSION = 1
KEY_CHECK_LABEL = b"invoice-desk/key-check/v1"
SQLITE_PLAIN_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, as stored in the file header."""

    memory_kib: int
    time_cost: int
    parallelism: int

    def as_dict(self) -> dict[str, int | str]:
        return {
            "algorithm": "argon2id",
            "memory_kib": self.memory_kib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
        }


# About 0.35 s on the reference machine (2 cores, see docs/performance.md). What every new
# file and every passphrase change gets (bootstrap reads it when called).
DEFAULT_PARAMS = KdfParams(memory_kib=2**18, time_cost=2, parallelism=2)


@dataclass(frozen=True)
class FileKey:
    """The raw SQLCipher key of one company file together with the header it belongs to."""

    key: bytes
    header: bytes

    def pragma_literal(self) -> str:
        """The value for ``PRAGMA key``: raw key followed by the explicit salt."""
        return f"\"x'{self.key.hex()}{self.header.hex()}'\""

    @property
    def file_id(self) -> str:
        """A stable identifier of this file version (random salt bytes), used for the keyring."""
        return self.header[:8].hex()

    def serialize(self) -> str:
        return f"{self.header.hex()}:{self.key.hex()}"

    @classmethod
    def deserialize(cls, text: str) -> FileKey:
        header_hex, key_hex = text.split(":", 1)
        return cls(key=bytes.fromhex(key_hex), header=bytes.fromhex(header_hex))


def _xor(data: bytes) -> int:
    return reduce(lambda a, b: a ^ b, data, 0)


def _key_check(key: bytes) -> bytes:
    return hmac.new(key, KEY_CHECK_LABEL, hashlib.sha256).digest()[:3]


def _derive(passphrase: str, salt12: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # a remembered key needs no stretching

    raw: bytes = hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt12,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )
    return raw


def new_file_key(passphrase: str, params: KdfParams = DEFAULT_PARAMS) -> FileKey:
    """Stretch a new passphrase with a fresh random salt; returns key and header."""
    if params.memory_kib & (params.memory_kib - 1):
        raise ValueError("memory_kib must be a power of two")
    salt12 = os.urandom(8) + bytes(
        [FORMAT_VERSION, params.memory_kib.bit_length() - 1, params.time_cost, params.parallelism]
    )
    key = _derive(passphrase, salt12, params)
    body = salt12 + _key_check(key)
    return FileKey(key=key, header=body + bytes([_xor(body)]))


@dataclass(frozen=True)
class ParsedHeader:
    salt12: bytes
    params: KdfParams
    key_check: bytes
    raw: bytes


def parse_header(header: bytes) -> ParsedHeader:
    """Read the parameters out of a file header, or say why the file cannot be ours."""
    if len(header) < HEADER_SIZE:
        raise NotACompanyFile("the file is too short to be a company file")
    if header[:HEADER_SIZE] == SQLITE_PLAIN_MAGIC:
        raise NotACompanyFile("the file is an unencrypted SQLite database, not a company file")
    header = header[:HEADER_SIZE]
    if _xor(header[:15]) != header[15]:
        raise DamagedFile("the company file is damaged: its header fails its checksum")
    if header[8] != FORMAT_VERSION:
        raise NotACompanyFile(f"unknown company file format version {header[8]}")
    params = KdfParams(memory_kib=1 << header[9], time_cost=header[10], parallelism=header[11])
    return ParsedHeader(salt12=header[:12], params=params, key_check=header[12:15], raw=header)


def read_header(path: Path) -> ParsedHeader:
    with path.open("rb") as handle:
        return parse_header(handle.read(HEADER_SIZE))


def derive_file_key(passphrase: str, header: ParsedHeader) -> FileKey | None:
    """The key of an existing file, or None when the passphrase is not the right one."""
    key = _derive(passphrase, header.salt12, header.params)
    if not hmac.compare_digest(_key_check(key), header.key_check):
        return None
    return FileKey(key=key, header=header.raw)


def key_matches(file_key: FileKey, header: ParsedHeader) -> bool:
    """Whether a remembered key still belongs to the file (it does not after a passwd)."""
    return file_key.header == header.raw and hmac.compare_digest(
        _key_check(file_key.key), header.key_check
    )
