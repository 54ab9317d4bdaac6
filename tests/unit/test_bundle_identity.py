"""Exchange keys, fingerprints and contact files."""

from __future__ import annotations

import json
import re

import pytest
from pyrage import x25519

from desktop_app.core.errors import InvalidInput
from desktop_app.core.exchange import (
    BundleIdentity,
    ContactKeys,
    bech32,
    export_contact,
    format_fingerprint,
    parse_contact,
)
from desktop_app.core.exchange.contact import (
    MAX_CONTACT_BYTES,
    is_usable_ed25519_key,
    is_usable_x25519_key,
)
from desktop_app.core.exchange.identity import age_recipient_to_bytes

ALICE = BundleIdentity(x25519_private=bytes(range(32)), ed25519_private=bytes(range(32, 64)))


def test_age_key_strings_match_what_pyrage_derives() -> None:
    for _ in range(5):
        identity = x25519.Identity.generate()
        prefix, secret = bech32.decode(str(identity))
        assert prefix == "age-secret-key-"
        ours = BundleIdentity(x25519_private=secret, ed25519_private=bytes(32))
        assert ours.public.age_recipient == str(identity.to_public())
        assert str(ours.age_identity()) == str(identity)


def test_bech32_rejects_a_changed_character_and_mixed_case() -> None:
    text = ALICE.public.age_recipient
    changed = text[:10] + ("q" if text[10] != "q" else "p") + text[11:]
    for bad in (changed, text[:-1], text[:5] + text[5:].upper(), "age1", text + "q"):
        with pytest.raises(ValueError):
            age_recipient_to_bytes(bad)


def test_fingerprint_is_eight_groups_of_five_digits() -> None:
    assert re.fullmatch(r"(\d{5} ){7}\d{5}", ALICE.fingerprint)
    assert format_fingerprint(bytes(32)) == " ".join(["00000"] * 8)
    assert format_fingerprint(b"\xff" * 32) == " ".join(["67295"] * 8)  # 2**32 - 1 = ...67295


def test_fingerprint_covers_both_keys() -> None:
    other_signing = BundleIdentity(ALICE.x25519_private, bytes(range(1, 33)))
    other_receiving = BundleIdentity(bytes(range(1, 33)), ALICE.ed25519_private)
    assert len({ALICE.fingerprint, other_signing.fingerprint, other_receiving.fingerprint}) == 3


def test_key_id_is_the_vault_identity_fingerprint() -> None:
    identity = pytest.importorskip("desktop_app.core.identity")
    public = ALICE.public
    assert public.key_id == identity.fingerprint_of(public.ed25519_public, public.x25519_public)


def test_identity_repr_hides_private_keys() -> None:
    shown = repr(ALICE)
    assert ALICE.x25519_private.hex() not in shown
    assert ALICE.ed25519_private.hex()[:8] not in shown


def test_signature_checks_out_only_for_the_signed_message() -> None:
    signature = ALICE.sign(b"message")
    assert ALICE.public.has_signed(b"message", signature)
    assert not ALICE.public.has_signed(b"messagE", signature)
    assert not ALICE.public.has_signed(b"message", bytes(64))
    assert not BundleIdentity.generate().public.has_signed(b"message", signature)


def test_contact_file_round_trip_keeps_keys_and_name() -> None:
    contact = parse_contact(export_contact(ALICE, "Dilnoza Ҳакимова"))
    assert contact == ALICE.public
    assert contact.display_name == "Dilnoza Ҳакимова"
    assert contact.fingerprint == ALICE.fingerprint


def _contact_json(**changes: object) -> bytes:
    contact = json.loads(export_contact(ALICE, "Alice"))
    contact.update(changes)
    return json.dumps({k: v for k, v in contact.items() if v is not None}).encode()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe{}",
        b"[]",
        b'{"format": "sandiq-contact", "format": "sandiq-contact"}',
        b" " * (MAX_CONTACT_BYTES + 1),
        _contact_json(format="age"),
        _contact_json(version=2),
        _contact_json(version=1.0),
        _contact_json(extra="x"),
        _contact_json(name=None),
        _contact_json(name=""),
        _contact_json(name="Alice\u202e"),
        _contact_json(name="Alice\nBob"),
        _contact_json(name=7),
        _contact_json(ed25519="00" * 31),
        _contact_json(ed25519="AB" * 32),
        _contact_json(x25519="AGE1" + ALICE.public.age_recipient[4:].upper()),
        _contact_json(x25519=ALICE.public.age_recipient[:-1] + "q"),
        _contact_json(x25519=bech32.encode("age", bytes(31))),
        _contact_json(x25519=None),
    ],
)
def test_malformed_contact_file_is_refused_with_one_line(data: bytes) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_contact(data)
    assert "\n" not in str(refused.value)


def test_export_refuses_a_display_name_with_control_characters() -> None:
    with pytest.raises(InvalidInput):
        export_contact(ALICE, "Alice\x1b[31m")


def test_contact_keys_reject_wrong_key_lengths() -> None:
    with pytest.raises(ValueError):
        ContactKeys(x25519_public=bytes(31), ed25519_public=bytes(32))


# libsodium's ge25519_has_small_order list (see contact.py), with and without the sign bit.
SMALL_ORDER = [
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0100000000000000000000000000000000000000000000000000000000000000",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
]


@pytest.mark.parametrize("encoding", SMALL_ORDER)
@pytest.mark.parametrize("sign", [0x00, 0x80])
def test_small_order_signing_keys_are_unusable(encoding: str, sign: int) -> None:
    key = bytearray.fromhex(encoding)
    key[31] |= sign
    assert not is_usable_ed25519_key(bytes(key))


def test_real_keys_are_usable_and_no_point_or_zero_keys_are_not() -> None:
    for _ in range(20):
        public = BundleIdentity.generate().public
        assert is_usable_ed25519_key(public.ed25519_public)
        assert is_usable_x25519_key(public.x25519_public)
    assert not is_usable_ed25519_key(b"\xff" * 32)  # y = 2^255 - 1 >= p
    assert not is_usable_ed25519_key(b"\x01" * 31)  # not 32 bytes
    assert not is_usable_x25519_key(bytes(32))


def test_contact_file_with_a_bom_is_read() -> None:
    data = export_contact(ALICE, "Alice")
    assert parse_contact(b"\xef\xbb\xbf" + data) == parse_contact(data)
