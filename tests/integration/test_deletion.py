"""Deleting a case, person, testimony or event by hand: only what nothing live uses, as a
tombstone that travels to colleagues, and back again from the list of deleted records."""

from __future__ import annotations

import io
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.attachments import add_attachment
from desktop_app.core.deletion import (
    RecordInUse,
    delete_unused,
    deleted_records,
    deleted_reference,
    restore_deleted,
    uses_of,
)
from desktop_app.core.errors import InvalidInput, RecordNotFound, ReferenceDeleted
from desktop_app.core.records import get_record
from desktop_app.core.search.service import search
from desktop_app.core.vault import Vault
from tests.integration.exchange_support import introduce, make_site


def _world(vault: Vault) -> dict[str, UUID]:
    with vault.transaction() as session:
        w = vault.writer(session)
        case = w.create("case", {"reference": "UZ-2021-0042", "title": "Andijan raid"}).id
        witness = w.create("person", {"name": "Раъно Юсупова"}).id
        victim = w.create("person", {"name": "Oʻtkir Toʻxtayev"}).id
        w.create("case_party", {"case": str(case), "person": str(victim), "role": "victim"})
        testimony = w.create(
            "testimony",
            {"case": str(case), "witness": str(witness), "narrative": "Они увели Тухтаева."},
        ).id
        event = w.create(
            "event",
            {
                "case": str(case),
                "act_type": "torture",
                "victims": [str(victim)],
                "sources": [str(testimony)],
            },
        ).id
    return {
        "case": case,
        "witness": witness,
        "victim": victim,
        "testimony": testimony,
        "event": event,
    }


def test_a_record_still_used_is_not_deleted_and_says_by_what(tmp_vault: Vault) -> None:
    ids = _world(tmp_vault)
    expected = {
        "case": {"case_party": 1, "testimony": 1, "event": 1},
        "witness": {"testimony": 1},
        "victim": {"case_party": 1, "event": 1},
        "testimony": {"event": 1},
    }
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        for name, uses in expected.items():
            kind = name if name in ("case", "testimony") else "person"
            assert uses_of(session, kind, ids[name]) == uses
            with pytest.raises(RecordInUse, match="still used by") as caught:
                delete_unused(writer, kind, ids[name])
            assert caught.value.uses == uses
            assert "case_party" not in str(caught.value)  # the command line's words, not tables
    with tmp_vault.read() as session:
        for name in expected:
            kind = name if name in ("case", "testimony") else "person"
            assert not get_record(session, kind, ids[name]).is_deleted


def test_deleting_in_order_then_restoring_in_reverse(tmp_vault: Vault) -> None:
    ids = _world(tmp_vault)
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        delete_unused(writer, "event", ids["event"])
        delete_unused(writer, "testimony", ids["testimony"])
        delete_unused(writer, "person", ids["witness"])
    with tmp_vault.read() as session:
        listed = [(d.kind, d.record_id) for d in deleted_records(session)]
        assert sorted(listed) == sorted(
            [("event", ids["event"]), ("testimony", ids["testimony"]), ("person", ids["witness"])]
        )
        assert search(session, "Тухтаева") == []
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        with pytest.raises(ReferenceDeleted, match="restore the person"):
            restore_deleted(writer, "testimony", ids["testimony"])  # its witness is deleted
        with pytest.raises(RecordNotFound, match="deleted already"):
            delete_unused(writer, "event", ids["event"])
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        restore_deleted(writer, "person", ids["witness"])
        restore_deleted(writer, "testimony", ids["testimony"])
    with tmp_vault.read() as session:
        testimony = get_record(session, "testimony", ids["testimony"])
        assert not testimony.is_deleted and testimony.narrative == "Они увели Тухтаева."
        assert testimony.version == 3
        assert [h.record_id for h in search(session, "Тухтаева")] == [ids["testimony"]]
        assert [d.record_id for d in deleted_records(session)] == [ids["event"]]


def test_an_attached_file_keeps_its_owner_from_being_deleted(tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        person = writer.create("person", {"name": "Gulnora Karimova"})
        session.flush()
        add_attachment(writer, "person", person.id, io.BytesIO(b"photo"), "photo.jpg")
        with pytest.raises(RecordInUse) as caught:
            delete_unused(writer, "person", person.id)
        assert caught.value.uses == {"attachment": 1}


def test_a_deletion_reaches_a_colleague(tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    person_id = alice.write("person", {"name": "Shamsutdinov"})
    bob.import_(alice.export("Bob", since_last=True).path)
    with alice.vault.transaction() as session:
        delete_unused(alice.vault.writer(session), "person", person_id)
    bob.import_(alice.export("Bob", since_last=True).path)
    with bob.vault.read() as session:
        assert get_record(session, "person", person_id).is_deleted
        deleted = [(d.record_id, d.deleted_by_name) for d in deleted_records(session)]
        assert deleted == [(person_id, "Alice")]


def test_deleted_testimonies_are_told_apart_by_case_witness_and_first_words(
    tmp_vault: Vault,
) -> None:
    ids = _world(tmp_vault)
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        bare = writer.create("testimony", {"case": str(ids["case"]), "narrative": "Kechasi."}).id
        dated = writer.create(
            "testimony", {"case": str(ids["case"]), "date": "2021-05-02", "summary": "Raid"}
        ).id
        for kind, uid in (("event", ids["event"]), ("testimony", ids["testimony"])):
            delete_unused(writer, kind, uid)
        for uid in (bare, dated):
            delete_unused(writer, "testimony", uid)
        delete_unused(writer, "person", ids["witness"])  # still named on its testimony's row
    with tmp_vault.read() as session:
        rows = {d.record_id: d for d in deleted_records(session)}
    shown = {
        uid: (rows[uid].case_reference, rows[uid].witness_name, rows[uid].label)
        for uid in (ids["witness"], ids["testimony"], bare, dated, ids["event"])
    }
    assert shown == {
        ids["witness"]: ("", "", "Раъно Юсупова"),
        ids["testimony"]: ("UZ-2021-0042", "Раъно Юсупова", "Они увели Тухтаева."),
        bare: ("UZ-2021-0042", "", "Kechasi."),
        dated: ("UZ-2021-0042", "", "2021-05-02 Raid"),
        ids["event"]: ("UZ-2021-0042", "", "torture"),
    }


def test_a_refused_restore_says_which_deleted_record_to_restore_first(tmp_vault: Vault) -> None:
    ids = _world(tmp_vault)
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        delete_unused(writer, "event", ids["event"])
        delete_unused(writer, "testimony", ids["testimony"])
        delete_unused(writer, "person", ids["witness"])
    with tmp_vault.read() as session:
        assert deleted_reference(session, "event", ids["event"]) == ("testimony", ids["testimony"])
        assert deleted_reference(session, "testimony", ids["testimony"]) == (
            "person",
            ids["witness"],
        )
        assert deleted_reference(session, "person", ids["witness"]) is None
    refused = f"restore the person {ids['witness']} first"
    with tmp_vault.transaction() as session, pytest.raises(ReferenceDeleted, match=refused):
        restore_deleted(tmp_vault.writer(session), "testimony", ids["testimony"])


def test_a_deleted_file_is_listed_with_its_record_and_restored_once_that_is_back(
    tmp_vault: Vault,
) -> None:
    # Deleted files were not listed at all, though they could be restored by id.
    ids = _world(tmp_vault)
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        audio = add_attachment(
            writer, "testimony", ids["testimony"], io.BytesIO(b"RIFF"), "suhbat.wav"
        ).id
        session.flush()
        writer.delete(get_record(session, "attachment", audio))  # as the Attachments tab does
        delete_unused(writer, "event", ids["event"])
        delete_unused(writer, "testimony", ids["testimony"])
    with tmp_vault.read() as session:
        rows = {d.record_id: d for d in deleted_records(session)}
    listed = rows[audio]
    assert (listed.kind, listed.label, listed.case_reference) == (
        "attachment",
        "suhbat.wav",
        "UZ-2021-0042",
    )
    assert (listed.owner_kind, listed.owner_label) == ("testimony", "Они увели Тухтаева.")
    assert rows[ids["testimony"]].owner_kind == ""
    with tmp_vault.read() as session:
        assert deleted_reference(session, "attachment", audio) == ("testimony", ids["testimony"])
    refused = f"restore the testimony {ids['testimony']} first"
    with tmp_vault.transaction() as session, pytest.raises(ReferenceDeleted, match=refused):
        restore_deleted(tmp_vault.writer(session), "attachment", audio)
    with tmp_vault.transaction() as session:
        restore_deleted(tmp_vault.writer(session), "testimony", ids["testimony"])
        restore_deleted(tmp_vault.writer(session), "attachment", audio)
    with tmp_vault.read() as session:
        assert not get_record(session, "attachment", audio).is_deleted
        assert audio not in {d.record_id for d in deleted_records(session)}


def test_a_file_that_arrived_deleted_without_its_bytes_is_not_restored(tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    person = alice.write("person", {"name": "Gulnora Karimova"})
    photo = alice.attach("person", person, b"JPEG", "photo.jpg")
    alice.delete("attachment", photo)  # before Bob ever received it
    bob.import_(alice.export("Bob", since_last=True).path)
    with bob.vault.read() as session:
        listed = [(d.kind, d.label, d.owner_label) for d in deleted_records(session)]
    assert listed == [("attachment", "photo.jpg", "Gulnora Karimova")]
    with bob.vault.transaction() as session, pytest.raises(InvalidInput, match="not in this"):
        restore_deleted(bob.vault.writer(session), "attachment", photo)
    with bob.vault.read() as session:
        assert get_record(session, "attachment", photo).is_deleted


def test_what_still_uses_a_record_is_said_in_words_with_plurals() -> None:
    said = str(RecordInUse("person", {"case_party": 1, "attachment": 408}))
    assert said == "this person is still used by: 1 role in a case, 408 attachments"
