"""Format versions: the writer writes version 2, readers read 1 and 2, and each version's
signature verifies only as that version's; older releases call version 2 newer."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pyrage
import pytest

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange import BundleIdentity, open_bundle, write_bundle
from desktop_app.core.exchange import open_refusals as messages
from desktop_app.core.exchange.format import CURRENT, LENGTH_BYTES, MAGIC_BYTES, VERSION_1
from tests.unit.bundle_versions import as_version_1, nothing_before
from tests.unit.test_bundle_payload import ALICE, BOB, RECORDS, manifest, payload, seal

VECTORS = Path(__file__).parents[1] / "vectors" / "bundle"


def _written() -> bytes:
    out = io.BytesIO()
    write_bundle(out, ALICE, [BOB.public], 1, RECORDS, sent_before=nothing_before(BOB.public))
    return pyrage.decrypt(out.getvalue(), [BOB.age_identity()])


def test_the_writer_writes_version_2_signed_in_its_own_context() -> None:
    plain = _written()
    assert plain.startswith(b"sandiq-bundle/v2\n")
    end = _header_end(plain)
    header, signature = plain[:end], plain[end : end + 64]
    assert ALICE.public.has_signed(b"sandiq-bundle-signature/v2\n" + header, signature)
    assert not ALICE.public.has_signed(b"sandiq-bundle-signature/v1\n" + header, signature)
    sent_before = json.loads(plain[MAGIC_BYTES + LENGTH_BYTES : end])["sent_before"]
    assert sent_before == {BOB.key_id: {"bundles": 0, "latest": 0}}


def test_every_release_before_version_2_calls_it_newer() -> None:
    # What the reader of every release since the first (585eefb) does with a magic it does not
    # know: this one is "made by a newer version of Sandiq; update Sandiq to open it".
    releases_call_newer = re.compile(rb"sandiq-bundle/v[2-9]\n")
    assert releases_call_newer.fullmatch(CURRENT.magic)
    assert len(CURRENT.magic) == len(VERSION_1.magic) == MAGIC_BYTES


def _header_end(plain: bytes) -> int:
    start = MAGIC_BYTES + LENGTH_BYTES
    return start + int.from_bytes(plain[MAGIC_BYTES:start], "big")


def _refused(tmp_path: Path, plain: bytes) -> str:
    path = tmp_path / "in.sandiq"
    path.write_bytes(seal(plain))
    with pytest.raises(BundleRejected) as rejection:
        open_bundle(path, BOB, [ALICE.public], staging_dir=tmp_path).close()
    return str(rejection.value)


def _resigned_as(plain: bytes, signer: BundleIdentity, context: bytes) -> bytes:
    end = _header_end(plain)
    return plain[:end] + signer.sign(context + plain[:end]) + plain[end + 64 :]


def test_a_signature_verifies_only_in_its_own_version(tmp_path: Path) -> None:
    current = payload(manifest())
    old = as_version_1(current, ALICE)
    for plain, other in [(current, VERSION_1), (old, CURRENT)]:
        forged = _resigned_as(plain, ALICE, other.signature_context)
        assert _refused(tmp_path, forged) == messages.BAD_SIGNATURE


def _vector_identity(name: str) -> BundleIdentity:
    keys = json.loads((VECTORS / "vectors.json").read_text(encoding="utf-8"))["keys"][name]
    return BundleIdentity(
        bytes.fromhex(keys["x25519_private"]), bytes.fromhex(keys["ed25519_private"])
    )


def test_a_version_1_payload_made_for_the_tests_is_the_version_1_writers() -> None:
    # The committed vectors of both versions have the same inputs but sent_before.
    alice, bob = _vector_identity("alice"), _vector_identity("bob")
    v1, v2 = (
        pyrage.decrypt((VECTORS / f"v{n}-basic.sandiq").read_bytes(), [bob.age_identity()])
        for n in (1, 2)
    )
    assert as_version_1(v2, alice) == v1
