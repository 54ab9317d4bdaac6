"""The manifest's ``sent_before``: what the sender wrote to each recipient before this bundle.
Required from format version 2 on, signed with the rest, checked strictly; version 1 bundles,
which never carry it, still open."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.errors import BundleRejected, InvalidInput
from desktop_app.core.exchange import open_bundle, write_bundle
from desktop_app.core.exchange import open_refusals as messages
from desktop_app.core.exchange.format import SentBefore
from tests.unit.bundle_versions import as_version_1
from tests.unit.test_bundle_payload import ALICE, BOB, MALLORY, manifest, payload, seal


def _open(tmp_path: Path, data: bytes) -> Any:
    path = tmp_path / "in.sandiq"
    path.write_bytes(data)
    with open_bundle(path, BOB, [ALICE.public], staging_dir=tmp_path) as bundle:
        return bundle.info


def _refused(tmp_path: Path, data: bytes) -> str:
    with pytest.raises(BundleRejected) as rejection:
        _open(tmp_path, data)
    return str(rejection.value)


def test_sent_before_is_read_for_each_recipient(tmp_path: Path) -> None:
    sent = {BOB.key_id: {"bundles": 3, "latest": 6}}
    info = _open(tmp_path, seal(payload(manifest(sequence=7, sent_before=sent))))
    assert info.sent_before == (SentBefore(BOB.key_id, 3, 6),)
    assert info.sent_before_to(BOB.key_id) == SentBefore(BOB.key_id, 3, 6)
    assert info.sent_before_to(MALLORY.key_id) is None


def test_a_version_1_bundle_without_sent_before_opens_as_before(tmp_path: Path) -> None:
    info = _open(tmp_path, seal(as_version_1(payload(manifest()), ALICE)))
    assert (info.sent_before, info.sent_before_to(BOB.key_id)) == (None, None)


@pytest.mark.parametrize(
    "sent",
    [
        {},  # a recipient left out
        {MALLORY.key_id: {"bundles": 0, "latest": 0}},  # someone else
        {"bob": {"bundles": 0, "latest": 0}},
        [{"bundles": 0, "latest": 0}],
        "none",
        "BOB",  # the recipient's entry is not an object
        {"BOB": {"bundles": 0}},
        {"BOB": {"bundles": 0, "latest": 0, "extra": 1}},
        {"BOB": {"bundles": 1, "latest": 7}},  # the latest must be below this bundle
        {"BOB": {"bundles": 3, "latest": 2}},  # three bundles need three numbers
        {"BOB": {"bundles": 0, "latest": 4}},
        {"BOB": {"bundles": 2, "latest": 0}},
        {"BOB": {"bundles": -1, "latest": 0}},
        {"BOB": {"bundles": True, "latest": 1}},
        {"BOB": {"bundles": "1", "latest": 1}},
    ],
)
def test_impossible_sent_before_is_refused(tmp_path: Path, sent: Any) -> None:
    if isinstance(sent, dict) and "BOB" in sent:
        sent = {BOB.key_id: sent["BOB"]}
    elif sent == "BOB":
        sent = {BOB.key_id: 1}
    reason = _refused(tmp_path, seal(payload(manifest(sequence=7, sent_before=sent))))
    assert reason.startswith("This bundle's manifest is malformed: "), reason


def test_sent_before_is_covered_by_the_signature(tmp_path: Path) -> None:
    signed = payload(manifest(sequence=7, sent_before={BOB.key_id: {"bundles": 3, "latest": 6}}))
    # Hiding a lost bundle (latest 6 -> 5) on the way breaks the signature.
    edited = signed.replace(b'"latest":6', b'"latest":5')
    assert edited != signed
    assert _refused(tmp_path, seal(edited)) == messages.BAD_SIGNATURE


def test_the_writer_refuses_sent_before_that_does_not_fit_its_recipients() -> None:
    def write(*sent: SentBefore) -> None:
        write_bundle(io.BytesIO(), ALICE, [BOB.public], 5, {"cases": []}, sent_before=sent)

    write(SentBefore(BOB.key_id, 2, 4))
    for wrong in [
        (),  # version 2 has it for every recipient, also for a first bundle
        (SentBefore(MALLORY.key_id, 0, 0),),
        (SentBefore(BOB.key_id, 0, 0), SentBefore(BOB.key_id, 1, 1)),
        (SentBefore(BOB.key_id, 1, 5),),
    ]:
        with pytest.raises(InvalidInput):
            write(*wrong)
