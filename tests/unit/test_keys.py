"""The vault header: KDF strength, key wrapping, recovery keys and the on-disk format."""

from __future__ import annotations

import hashlib
import json
from uuid import uuid4

import pytest

from desktop_app.core import keys
from desktop_app.core.errors import VaultCorrupted, VaultHeaderDamaged, WrongPassphrase
from tests.conftest import FAST_KDF

DATA_KEY = bytes(range(32))
PASSPHRASE = "correct horse battery staple"


def _header(kdf: keys.KdfParams = FAST_KDF) -> tuple[keys.Header, str]:
    recovery = keys.new_recovery_key()
    return keys.new_header(DATA_KEY, PASSPHRASE, recovery, kdf), recovery


def test_production_kdf_defaults_are_strong() -> None:
    assert keys.DEFAULT_KDF.memory_kib >= 64 * 1024
    assert keys.DEFAULT_KDF.iterations >= 3
    assert keys.DEFAULT_KDF.lanes >= 1
    assert keys.kdf_in_range(keys.DEFAULT_KDF)
    # The test fixtures' cheap parameters are only the floor a header may use.
    assert FAST_KDF == keys.MIN_KDF


def test_header_records_the_kdf_parameters_it_was_made_with() -> None:
    header, _ = _header(keys.DEFAULT_KDF)
    document = json.loads(keys.serialize_header(header))
    assert document["format"] == "sandiq-vault-header"
    assert document["version"] == 1
    passphrase_slot, recovery_slot = document["slots"]
    assert passphrase_slot["kind"] == "passphrase"
    assert passphrase_slot["kdf"] == {
        "name": "argon2id",
        "memory_kib": keys.DEFAULT_KDF.memory_kib,
        "iterations": keys.DEFAULT_KDF.iterations,
        "lanes": keys.DEFAULT_KDF.lanes,
    }
    assert passphrase_slot["aead"] == "chacha20-poly1305"
    assert recovery_slot["kind"] == "recovery"
    assert recovery_slot["kdf"] == {"name": "hkdf-sha256"}
    assert keys.parse_header(keys.serialize_header(header)).slot("passphrase").kdf == (  # type: ignore[union-attr]
        keys.DEFAULT_KDF
    )


def test_header_round_trips_and_unwraps_with_either_secret() -> None:
    header, recovery = _header()
    parsed = keys.parse_header(keys.serialize_header(header))
    assert parsed == header
    passphrase = keys.passphrase_bytes(PASSPHRASE)
    assert keys.unwrap_slot(parsed, keys.SLOT_PASSPHRASE, passphrase) == DATA_KEY
    secret = keys.normalize_recovery_key(recovery)
    assert keys.unwrap_slot(parsed, keys.SLOT_RECOVERY, secret) == DATA_KEY


def test_header_holds_no_key_material_in_the_clear() -> None:
    header, recovery = _header()
    text = keys.serialize_header(header)
    assert DATA_KEY not in text
    assert DATA_KEY.hex().encode() not in text
    assert recovery.encode() not in text
    assert PASSPHRASE.encode() not in text
    assert text.isascii()


def test_wrong_secrets_raise_wrong_passphrase() -> None:
    header, _ = _header()
    with pytest.raises(WrongPassphrase, match=r"^wrong passphrase$"):
        keys.unwrap_slot(header, keys.SLOT_PASSPHRASE, b"not it at all")
    with pytest.raises(WrongPassphrase, match=r"^wrong recovery key$"):
        keys.unwrap_slot(header, keys.SLOT_RECOVERY, bytes(32))


def test_slot_only_opens_in_its_own_vault_and_role() -> None:
    header, recovery = _header()
    moved = keys.Header(vault_id=uuid4(), slots=header.slots)
    with pytest.raises(WrongPassphrase):
        keys.unwrap_slot(moved, keys.SLOT_PASSPHRASE, keys.passphrase_bytes(PASSPHRASE))
    with pytest.raises(WrongPassphrase):
        keys.unwrap_slot(moved, keys.SLOT_RECOVERY, keys.normalize_recovery_key(recovery))


def test_rewrapping_changes_salt_nonce_and_ciphertext() -> None:
    header, _ = _header()
    slot = keys.wrap_slot(
        header.vault_id, keys.SLOT_PASSPHRASE, keys.passphrase_bytes(PASSPHRASE), DATA_KEY, FAST_KDF
    )
    old = header.slot(keys.SLOT_PASSPHRASE)
    assert old is not None
    assert (slot.salt, slot.nonce, slot.ciphertext) != (old.salt, old.nonce, old.ciphertext)
    rewrapped = header.with_slot(slot)
    assert [s.kind for s in rewrapped.slots] == ["recovery", "passphrase"]


def test_kdf_outside_the_accepted_range_cannot_be_written() -> None:
    for params in (
        keys.KdfParams(memory_kib=1024, iterations=1, lanes=1),
        keys.KdfParams(memory_kib=8 * 1024, iterations=0, lanes=1),
        keys.KdfParams(memory_kib=8 * 1024 * 1024, iterations=1, lanes=1),
    ):
        with pytest.raises(ValueError, match="out of range"):
            keys.wrap_slot(uuid4(), keys.SLOT_PASSPHRASE, b"x" * 8, DATA_KEY, params)


def test_recovery_key_is_printable_and_forgiving_to_type() -> None:
    key = keys.new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 13 and all(len(g) == 4 for g in groups)
    assert set(key.replace("-", "")) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    raw = keys.normalize_recovery_key(key)
    assert len(raw) == 32
    typed = " ".join(groups).lower().replace("0", "o").replace("1", "i")
    assert keys.normalize_recovery_key(typed) == raw
    assert keys.normalize_recovery_key("\n" + key.replace("-", "\t") + "\r\n") == raw
    assert keys.new_recovery_key() != key


@pytest.mark.parametrize(
    "text",
    ["", "ABCD", "U" * 52, "Z" * 52, "0000-" * 12 + "00000", "ЖЖЖЖ" * 13],
    ids=["empty", "short", "letter-U", "too-large", "too-long", "cyrillic"],
)
def test_malformed_recovery_key_is_refused(text: str) -> None:
    with pytest.raises(WrongPassphrase, match="not a recovery key"):
        keys.normalize_recovery_key(text)


def test_passphrase_is_normalised_before_the_kdf() -> None:
    assert keys.passphrase_bytes("e\u0301") == keys.passphrase_bytes("\u00e9")
    assert keys.passphrase_bytes("Ўзбек") == "Ўзбек".encode()


def test_secrets_stay_out_of_repr() -> None:
    header, _ = _header()
    text = repr(header)
    for slot in header.slots:
        assert slot.ciphertext.hex() not in text
        assert repr(slot.ciphertext) not in text
        assert repr(slot.salt) not in text


def _tampered(change: object) -> bytes:
    header, _ = _header()
    document = json.loads(keys.serialize_header(header))
    change(document)  # type: ignore[operator]
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("name", "change"),
    [
        ("kdf below floor", lambda d: d["slots"][0]["kdf"].update(memory_kib=1024)),
        ("kdf absurdly high", lambda d: d["slots"][0]["kdf"].update(iterations=10**6)),
        ("kdf as text", lambda d: d["slots"][0]["kdf"].update(iterations="3")),
        ("kdf as bool", lambda d: d["slots"][0]["kdf"].update(lanes=True)),
        ("unknown kdf", lambda d: d["slots"][0]["kdf"].update(name="pbkdf2")),
        ("passphrase slot with hkdf", lambda d: d["slots"][0].update(kdf={"name": "hkdf-sha256"})),
        ("recovery slot with argon2", lambda d: d["slots"][1].update(kdf=d["slots"][0]["kdf"])),
        ("slots swapped", lambda d: [d["slots"][0].update(kind="recovery"),
                                     d["slots"][1].update(kind="passphrase")]),
        ("slot twice", lambda d: d["slots"].append(d["slots"][0])),
        ("no passphrase slot", lambda d: d["slots"].pop(0)),
        ("unknown slot", lambda d: d["slots"][1].update(kind="fingerprint-reader")),
        ("unknown aead", lambda d: d["slots"][0].update(aead="aes-gcm")),
        ("short nonce", lambda d: d["slots"][0].update(nonce="AAAA")),
        ("ciphertext not base64", lambda d: d["slots"][0].update(ciphertext="!!")),
        ("bad vault id", lambda d: d.update(vault_id="vault-1")),
        ("other format", lambda d: d.update(format="luks")),
        ("slots not a list", lambda d: d.update(slots={"a": 1})),
        ("version missing", lambda d: d.pop("version")),
    ],
)  # fmt: skip
def test_tampered_header_is_refused(name: str, change: object) -> None:
    with pytest.raises(VaultCorrupted, match="damaged or not a Sandiq vault"):
        keys.parse_header(_tampered(change))


def test_header_too_large_is_refused() -> None:
    with pytest.raises(VaultCorrupted):
        keys.parse_header(b" " * (keys.MAX_HEADER_BYTES + 1))


def test_future_header_version_is_named() -> None:
    with pytest.raises(VaultCorrupted, match="header version 3 is not supported"):
        keys.parse_header(_tampered(lambda d: d.update(version=3)))


def test_checksum_is_sha256_of_the_canonical_json_without_it() -> None:
    document = {
        "version": 1,
        "format": "\u00e9",
        "slots": [{"b": 2, "a": 1}],
        "checksum_sha256": "x",
    }
    canonical = b'{"format":"\\u00e9","slots":[{"a":1,"b":2}],"version":1}'
    assert keys.header_checksum(document) == hashlib.sha256(canonical).hexdigest()


def test_written_header_carries_its_checksum_which_ignores_layout() -> None:
    header, _ = _header()
    document = json.loads(keys.serialize_header(header))
    assert list(document)[-1] == keys.CHECKSUM_FIELD
    assert document[keys.CHECKSUM_FIELD] == keys.header_checksum(document)
    assert not keys.parse_header(keys.serialize_header(header)).is_damaged
    reindented = json.dumps(document, indent=8, sort_keys=True).encode()
    assert not keys.parse_header(reindented).is_damaged


def _flip_ciphertext(kind: str) -> tuple[keys.Header, str]:
    """A header read back with one ciphertext character of a slot changed, checksum kept."""
    header, recovery = _header()
    document = json.loads(keys.serialize_header(header))
    slot = next(s for s in document["slots"] if s["kind"] == kind)
    slot["ciphertext"] = ("B" if slot["ciphertext"][0] == "A" else "A") + slot["ciphertext"][1:]
    return keys.parse_header(json.dumps(document, indent=1).encode()), recovery


def test_a_flipped_ciphertext_character_is_damage_not_a_wrong_passphrase() -> None:
    damaged, recovery = _flip_ciphertext(keys.SLOT_PASSPHRASE)
    assert damaged.is_damaged
    with pytest.raises(VaultHeaderDamaged) as raised:
        keys.unwrap_slot(damaged, keys.SLOT_PASSPHRASE, keys.passphrase_bytes(PASSPHRASE))
    assert not isinstance(raised.value, WrongPassphrase)
    assert raised.value.slot == keys.SLOT_PASSPHRASE
    assert str(raised.value) == (
        "the vault header is damaged: the passphrase cannot be checked; open the vault with "
        "the recovery key, or restore a backup"
    )
    # The slot left intact still opens.
    secret = keys.normalize_recovery_key(recovery)
    assert keys.unwrap_slot(damaged, keys.SLOT_RECOVERY, secret) == DATA_KEY


def test_a_damaged_recovery_slot_names_the_recovery_key() -> None:
    damaged, recovery = _flip_ciphertext(keys.SLOT_RECOVERY)
    with pytest.raises(VaultHeaderDamaged, match="the recovery key cannot be checked"):
        keys.unwrap_slot(damaged, keys.SLOT_RECOVERY, keys.normalize_recovery_key(recovery))
    passphrase = keys.passphrase_bytes(PASSPHRASE)
    assert keys.unwrap_slot(damaged, keys.SLOT_PASSPHRASE, passphrase) == DATA_KEY


def test_a_header_without_a_checksum_is_not_damaged() -> None:
    header, _ = _header()
    document = json.loads(keys.serialize_header(header))
    del document[keys.CHECKSUM_FIELD]
    parsed = keys.parse_header(json.dumps(document, indent=1).encode())
    assert not parsed.is_damaged
    assert keys.unwrap_slot(parsed, keys.SLOT_PASSPHRASE, keys.passphrase_bytes(PASSPHRASE))
    with pytest.raises(WrongPassphrase, match=r"^wrong passphrase$"):
        keys.unwrap_slot(parsed, keys.SLOT_PASSPHRASE, b"not it at all")


@pytest.mark.parametrize("checksum", ["0" * 64, "", None, 7], ids=["other", "empty", "null", "int"])
def test_a_damaged_checksum_with_intact_slots_still_opens(checksum: object) -> None:
    header, _ = _header()
    document = json.loads(keys.serialize_header(header))
    document[keys.CHECKSUM_FIELD] = checksum
    parsed = keys.parse_header(json.dumps(document).encode())
    assert parsed.is_damaged
    passphrase = keys.passphrase_bytes(PASSPHRASE)
    assert keys.unwrap_slot(parsed, keys.SLOT_PASSPHRASE, passphrase) == DATA_KEY
