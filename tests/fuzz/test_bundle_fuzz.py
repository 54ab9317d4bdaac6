"""Hypothesis against the bundle reader: damaged files are refused, never crash, leave nothing.

Three layers are fuzzed: the encrypted file (age must catch it), the decrypted payload (our
parser must catch it), and signed manifests (the manifest checks must catch it); each for
every format version the reader reads.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange import AttachmentSource, BundleIdentity, open_bundle, write_bundle
from desktop_app.core.exchange.format import (
    CURRENT,
    LENGTH_BYTES,
    MAGIC_BYTES,
    SIGNATURE_BYTES,
    VERSION_1,
    FormatVersion,
    SentBefore,
)
from tests.unit.bundle_stores import MemoryStore
from tests.unit.bundle_versions import as_version_1

ALICE = BundleIdentity.generate()
BOB = BundleIdentity.generate()
PHOTO = bytes(range(256)) * 300  # two age chunks with the rest
SEQUENCE = 9


def _bundle() -> bytes:
    out = io.BytesIO()
    attachment = AttachmentSource(
        uuid.UUID(int=1), "photo.jpg", len(PHOTO), hashlib.sha256(PHOTO).digest(),
        lambda: io.BytesIO(PHOTO),
    )  # fmt: skip
    sent_before = [SentBefore(BOB.key_id, 2, 5)]
    records = {"cases": [{"title": "x"}]}
    write_bundle(out, ALICE, [BOB.public], SEQUENCE, records, [attachment], sent_before=sent_before)
    return out.getvalue()


@dataclass(frozen=True)
class Sample:
    """A valid bundle of one format version, and its parts."""

    version: FormatVersion
    bundle: bytes
    payload: bytes

    @property
    def header_size(self) -> int:
        return (
            MAGIC_BYTES
            + LENGTH_BYTES
            + int.from_bytes(self.payload[MAGIC_BYTES : MAGIC_BYTES + LENGTH_BYTES], "big")
        )

    @property
    def manifest(self) -> dict[str, Any]:
        return json.loads(self.payload[MAGIC_BYTES + LENGTH_BYTES : self.header_size])

    @property
    def body(self) -> bytes:
        return self.payload[self.header_size + SIGNATURE_BYTES :]


def _samples() -> list[Sample]:
    bundle = _bundle()
    payload = pyrage.decrypt(bundle, [BOB.age_identity()])
    old = as_version_1(payload, ALICE)
    return [
        Sample(VERSION_1, pyrage.encrypt(old, [BOB.public.age_recipient_key()]), old),
        Sample(CURRENT, bundle, payload),
    ]


SAMPLES = _samples()
every_version = pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: f"v{s.version.number}")
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


@every_version
def test_the_unfuzzed_bundle_opens(place: Path, sample: Sample) -> None:
    path = place / "ok.sandiq"
    path.write_bytes(sample.bundle)
    store = MemoryStore()
    open_bundle(path, BOB, [ALICE.public], staging_dir=place / "staging", store=store).close()
    assert list(store.files.values()) == [PHOTO]


@every_version
@FUZZ
@given(st.data())
def test_flipped_bytes_in_the_file_are_refused(
    place: Path, sample: Sample, data: st.DataObject
) -> None:
    damaged = bytearray(sample.bundle)
    positions = st.integers(0, len(damaged) - 1)
    for position in data.draw(st.sets(positions, min_size=1, max_size=3)):
        damaged[position] ^= data.draw(st.integers(1, 255))
    refuse(place, bytes(damaged))


@every_version
@FUZZ
@given(st.data())
def test_file_truncated_anywhere_is_refused(
    place: Path, sample: Sample, data: st.DataObject
) -> None:
    refuse(place, sample.bundle[: data.draw(st.integers(0, len(sample.bundle) - 1))])


@every_version
@FUZZ
@given(extra=st.binary(min_size=1, max_size=200))
def test_file_with_appended_bytes_is_refused(place: Path, sample: Sample, extra: bytes) -> None:
    refuse(place, sample.bundle + extra)


@every_version
@FUZZ
@given(st.data())
def test_damaged_payload_inside_valid_encryption_is_refused(
    place: Path, sample: Sample, data: st.DataObject
) -> None:
    damaged = bytearray(sample.payload)
    if data.draw(st.booleans()):
        damaged = damaged[: data.draw(st.integers(0, len(damaged) - 1))]
    else:
        positions = st.integers(0, len(damaged) - 1)
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


def _open_signed(place: Path, sample: Sample, manifest: dict[str, Any]) -> bool:
    """Whether manifest, signed by Alice as sample's version, opens; a refusal must be one line
    and leave nothing staged."""
    encoded = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    magic = sample.version.magic
    header = magic + len(encoded.encode()).to_bytes(4, "big") + encoded.encode()
    plaintext = header + ALICE.sign(sample.version.signed_message(header)) + sample.body
    path = place / "signed.sandiq"
    path.write_bytes(pyrage.encrypt(plaintext, [BOB.public.age_recipient_key()]))
    try:
        bundle = open_bundle(path, BOB, [ALICE.public], staging_dir=place / "staging")
    except BundleRejected as rejection:
        assert "\n" not in str(rejection)
        is_open = False
    else:  # the new value happened to be valid (a different sequence number, say)
        with bundle:
            assert bundle.read_records() == {"cases": [{"title": "x"}]}
        is_open = True
    assert list((place / "staging").iterdir()) == []
    return is_open


@every_version
@FUZZ
@given(st.data(), _JSON)
def test_signed_manifest_with_any_field_value_is_checked(
    place: Path, sample: Sample, data: st.DataObject, value: Any
) -> None:
    key = data.draw(st.sampled_from(sorted(sample.manifest)))
    _open_signed(place, sample, dict(sample.manifest, **{key: value}))


@every_version
@FUZZ
@given(value=_JSON)
def test_a_member_of_the_other_version_is_refused(place: Path, sample: Sample, value: Any) -> None:
    # Version 2 requires sent_before and version 1 forbids it, whatever its value.
    manifest = dict(sample.manifest, sent_before=value)
    if sample.version.has_sent_before:
        del manifest["sent_before"]
    assert not _open_signed(place, sample, manifest)


_COUNT = st.integers(-2, SEQUENCE + 2) | st.integers(-(2**64), 2**64)


@FUZZ
@given(bundles=_COUNT, latest=_COUNT)
def test_sent_before_opens_exactly_when_its_counts_are_possible(
    place: Path, bundles: int, latest: int
) -> None:
    (sample,) = [s for s in SAMPLES if s.version.has_sent_before]
    sent = {BOB.key_id: {"bundles": bundles, "latest": latest}}
    is_possible = (0 == bundles == latest) or (0 < bundles <= latest < SEQUENCE)
    assert _open_signed(place, sample, dict(sample.manifest, sent_before=sent)) is is_possible


@FUZZ
@given(noise=st.binary(max_size=2000))
def test_random_bytes_are_refused(place: Path, noise: bytes) -> None:
    refuse(place, noise)
    refuse(place, b"age-encryption.org/v1\n" + noise)
