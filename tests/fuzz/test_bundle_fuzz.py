"""Hypothesis against the bundle reader: damaged files are refused, never crash, leave nothing.

Three layers are fuzzed: the encrypted file (age must catch it), the decrypted payload (our
parser must catch it), and signed manifests (the manifest checks must catch it).
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange import AttachmentSource, BundleIdentity, open_bundle, write_bundle
from desktop_app.core.exchange.format import MAGIC, SIGNATURE_BYTES, signed_message
from tests.unit.bundle_stores import MemoryStore

ALICE = BundleIdentity.generate()
BOB = BundleIdentity.generate()
PHOTO = bytes(range(256)) * 300  # two age chunks with the rest


def _bundle() -> bytes:
    out = io.BytesIO()
    attachment = AttachmentSource(
        uuid.UUID(int=1), "photo.jpg", len(PHOTO), hashlib.sha256(PHOTO).digest(),
        lambda: io.BytesIO(PHOTO),
    )  # fmt: skip
    write_bundle(out, ALICE, [BOB.public], 3, {"cases": [{"title": "x"}]}, [attachment])
    return out.getvalue()


BUNDLE = _bundle()
PAYLOAD = pyrage.decrypt(BUNDLE, [BOB.age_identity()])
HEADER_SIZE = len(MAGIC) + 4 + int.from_bytes(PAYLOAD[len(MAGIC) : len(MAGIC) + 4], "big")
MANIFEST = json.loads(PAYLOAD[len(MAGIC) + 4 : HEADER_SIZE])
BODY = PAYLOAD[HEADER_SIZE + SIGNATURE_BYTES :]
FUZZ = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    directory = tmp_path_factory.mktemp("fuzz")
    (directory / "staging").mkdir()
    yield directory


def refuse(place: Path, data: bytes) -> None:
    """Opening data must raise BundleRejected and nothing else, and stage nothing."""
    path = place / "in.sandiq"
    path.write_bytes(data)
    with pytest.raises(BundleRejected) as rejection:
        open_bundle(path, BOB, [ALICE.public], staging_dir=place / "staging").close()
    assert "\n" not in str(rejection.value)
    assert list((place / "staging").iterdir()) == []


def test_the_unfuzzed_bundle_opens(place: Path) -> None:
    path = place / "ok.sandiq"
    path.write_bytes(BUNDLE)
    store = MemoryStore()
    open_bundle(path, BOB, [ALICE.public], staging_dir=place / "staging", store=store).close()
    assert list(store.files.values()) == [PHOTO]


@FUZZ
@given(st.data())
def test_flipped_bytes_in_the_file_are_refused(place: Path, data: st.DataObject) -> None:
    damaged = bytearray(BUNDLE)
    positions = st.integers(0, len(BUNDLE) - 1)
    for position in data.draw(st.sets(positions, min_size=1, max_size=3)):
        damaged[position] ^= data.draw(st.integers(1, 255))
    refuse(place, bytes(damaged))


@FUZZ
@given(cut=st.integers(0, len(BUNDLE) - 1))
def test_file_truncated_anywhere_is_refused(place: Path, cut: int) -> None:
    refuse(place, BUNDLE[:cut])


@FUZZ
@given(extra=st.binary(min_size=1, max_size=200))
def test_file_with_appended_bytes_is_refused(place: Path, extra: bytes) -> None:
    refuse(place, BUNDLE + extra)


@FUZZ
@given(st.data())
def test_damaged_payload_inside_valid_encryption_is_refused(
    place: Path, data: st.DataObject
) -> None:
    damaged = bytearray(PAYLOAD)
    if data.draw(st.booleans()):
        damaged = damaged[: data.draw(st.integers(0, len(PAYLOAD) - 1))]
    else:
        positions = st.integers(0, len(PAYLOAD) - 1)
        for position in data.draw(st.sets(positions, min_size=1, max_size=3)):
            damaged[position] ^= data.draw(st.integers(1, 255))
    refuse(place, pyrage.encrypt(bytes(damaged), [BOB.public.age_recipient_key()]))


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@FUZZ
@given(key=st.sampled_from(sorted(MANIFEST)), value=_JSON)
def test_signed_manifest_with_any_field_value_is_checked(place: Path, key: str, value) -> None:
    manifest = dict(MANIFEST, **{key: value})
    encoded = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    header = MAGIC + len(encoded.encode()).to_bytes(4, "big") + encoded.encode()
    plaintext = header + ALICE.sign(signed_message(header)) + BODY
    path = place / "signed.sandiq"
    path.write_bytes(pyrage.encrypt(plaintext, [BOB.public.age_recipient_key()]))
    try:
        bundle = open_bundle(path, BOB, [ALICE.public], staging_dir=place / "staging")
    except BundleRejected as rejection:
        assert "\n" not in str(rejection)
    else:  # the new value happened to be valid (a different sequence number, say)
        with bundle:
            assert bundle.read_records() == {"cases": [{"title": "x"}]}
    assert list((place / "staging").iterdir()) == []


@FUZZ
@given(noise=st.binary(max_size=2000))
def test_random_bytes_are_refused(place: Path, noise: bytes) -> None:
    refuse(place, noise)
    refuse(place, b"age-encryption.org/v1\n" + noise)
