from __future__ import annotations

import pytest

from app.services.errors import DamagedFile, NotACompanyFile
from app.store.kdf import (
    DEFAULT_PARAMS,
    derive_file_key,
    key_matches,
    new_file_key,
    parse_header,
)
from tests.cheap_kdf import FAST_TEST_PARAMS


def test_header_carries_parameters_and_unlocks_only_with_the_same_passphrase() -> None:
    file_key = new_file_key("s3cret", FAST_TEST_PARAMS)
    header = parse_header(file_key.header)
    assert header.params == FAST_TEST_PARAMS
    again = derive_file_key("s3cret", header)
    assert again is not None and again.key == file_key.key
    assert derive_file_key("S3cret", header) is None
    assert key_matches(file_key, header)


def test_default_parameters_are_the_deliberate_argon2id_cost() -> None:
    file_key = new_file_key("pw", DEFAULT_PARAMS)
    params = parse_header(file_key.header).params
    assert params.as_dict() == {
        "algorithm": "argon2id",
        "memory_kib": 262144,
        "time_cost": 2,
        "parallelism": 2,
    }


def test_two_files_with_the_same_passphrase_get_different_salts_and_keys() -> None:
    first, second = new_file_key("pw", FAST_TEST_PARAMS), new_file_key("pw", FAST_TEST_PARAMS)
    assert first.header[:8] != second.header[:8]
    assert first.key != second.key


@pytest.mark.parametrize("position", range(16))
def test_any_single_damaged_header_byte_is_reported_as_damage(position: int) -> None:
    header = bytearray(new_file_key("pw", FAST_TEST_PARAMS).header)
    header[position] ^= 0x10
    with pytest.raises(DamagedFile):
        parse_header(bytes(header))


def test_plain_sqlite_file_is_not_a_company_file() -> None:
    with pytest.raises(NotACompanyFile, match="unencrypted SQLite"):
        parse_header(b"SQLite format 3\x00" + bytes(84))


def test_serialized_key_round_trips() -> None:
    file_key = new_file_key("pw", FAST_TEST_PARAMS)
    assert type(file_key).deserialize(file_key.serialize()) == file_key
