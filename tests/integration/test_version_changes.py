"""What each version of a record changed: History named no field ("Changed | Testimony" thirty
times for thirty edits of a 150,000-character testimony), and finding edit 17 meant reading
two whole versions by hand."""

from __future__ import annotations

import json
from pathlib import Path
from uuid import UUID

from desktop_app.core.case_history import case_history
from desktop_app.core.content import to_content
from desktop_app.core.exchange.conflict_diff import version_text
from desktop_app.core.records import get_record
from desktop_app.core.untitled_testimonies import untitled_testimonies
from desktop_app.core.vault import Vault
from desktop_app.core.version_changes import (
    NEWER,
    OLDER,
    compare_versions,
    history_changes,
)
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import introduce, make_site

PARAGRAPH = "§{n}. Свидетель показал, что его задержали ночью и держали в ИВС без адвоката.\n\n"
LONG_NARRATIVE = "".join(PARAGRAPH.format(n=n) for n in range(1, 1900))  # ~150,000 characters


def _edit(vault: Vault, record_id: UUID, **changes: str) -> None:
    with vault.transaction() as session:
        record = get_record(session, "testimony", record_id)
        vault.writer(session).update(record, {**to_content(record), **changes})


def _testimony(vault: Vault, **content: str) -> tuple[UUID, UUID]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KZ-HRC-2026-01", "title": "ИВС Алматы"})
        session.flush()
        testimony = writer.create("testimony", {"case": str(case.id), **content})
        return case.id, testimony.id


def _edited_at(narrative: str, edit: int) -> str:
    at = (edit * 4999) % len(narrative)
    return narrative[:at] + f" [правка {edit}: уточнение адвоката] " + narrative[at:]


def test_each_history_line_names_the_fields_its_version_changed(tmp_vault: Vault) -> None:
    case_id, testimony = _testimony(tmp_vault, narrative="Первая запись.", summary="Кратко")
    _edit(tmp_vault, testimony, narrative="Вторая запись.")
    _edit(tmp_vault, testimony, summary="Исправлено", place="Алматы")
    with tmp_vault.read() as session:
        rows = [r for r in case_history(session, case_id) if r.record_id == testimony]
        changes = history_changes(session, rows)
    by_version = {row.version: changes.get(row.seq) for row in rows}
    assert by_version[3] is not None and sorted(by_version[3]) == ["place", "summary"]
    assert by_version[2] == ("narrative",)
    assert by_version[1] is None  # created: there is no version before it


def test_a_version_from_a_colleagues_bundle_names_every_field_their_edits_changed(
    tmp_path: Path,
) -> None:
    # Two edits of the colleague's are one version here, the one their bundle wrote.
    here, colleague = make_site(tmp_path, "Here"), make_site(tmp_path, "Aziza")
    introduce(here, colleague)
    case_id = colleague.write("case", {"reference": "UZ-2005-0513", "title": "Andijan"})
    here.import_(colleague.export("Here", since_last=True).path)
    colleague.edit("case", case_id, title="Andijan, May 2005")
    colleague.edit("case", case_id, summary="Shooting of protesters")
    here.import_(colleague.export("Here", since_last=True).path)
    with here.vault.read() as session:
        [row] = [r for r in case_history(session, case_id) if r.version == 2]
        changes = history_changes(session, [row])
    assert sorted(changes[row.seq]) == ["summary", "title"]


def test_comparing_two_versions_finds_the_one_passage_an_edit_changed(tmp_vault: Vault) -> None:
    _case, testimony = _testimony(tmp_vault, narrative=LONG_NARRATIVE)
    narrative = LONG_NARRATIVE
    for edit in range(1, 21):
        narrative = _edited_at(narrative, edit)
        _edit(tmp_vault, testimony, narrative=narrative)
    with tmp_vault.read() as session:
        comparison = compare_versions(session, testimony, 18, 17)  # either order
        far = compare_versions(session, testimony, 2, 21)
    assert (comparison.older, comparison.newer) == (17, 18)
    [difference] = comparison.differences
    assert difference.name == "narrative" and difference.places == 1
    added = [piece.text for piece in difference.pieces if piece.kind == NEWER]
    assert "правка 17" in "".join(added)
    assert version_text(difference.pieces, OLDER) == comparison.older_content["narrative"]
    assert version_text(difference.pieces, NEWER) == comparison.newer_content["narrative"]
    added = "".join(piece.text for piece in far.differences[0].pieces if piece.kind == NEWER)
    assert all(f"правка {edit}:" in added for edit in range(2, 21))
    assert "правка 1:" not in added  # in both versions


def test_a_testimony_without_a_witness_is_known_by_its_summary_start(tmp_vault: Vault) -> None:
    summary = (
        "Показания заявителя о пытках в ИВС Алматы,\nзаписанные адвокатом за три дня, 60 страниц"
    )
    _case, with_summary = _testimony(tmp_vault, summary=summary, date="2026-03")
    with tmp_vault.transaction() as session:
        case = get_record(session, "testimony", with_summary).case_id
        dated = tmp_vault.writer(session).create(
            "testimony", {"case": str(case), "date": "2026-03"}
        )
    with tmp_vault.read() as session:
        found = untitled_testimonies(session, [with_summary, dated.id])
    assert found[with_summary].summary_start == (
        "Показания заявителя о пытках в ИВС Алматы, записанные…"
    )
    assert (found[dated.id].summary_start, found[dated.id].date) == ("", "2026-03")


def test_sandiq_history_names_the_fields_each_version_changed(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    _case, testimony = _testimony(tmp_vault, narrative="Первая запись.")
    _edit(tmp_vault, testimony, narrative="Вторая запись.", place="Алматы")
    tmp_vault.lock()
    lines, as_json = sandiq.ok_all(
        ("history", str(testimony)), ("history", str(testimony), "--json")
    )
    # In the order of the record's fields; nothing for the first version, which has none before.
    assert [line.split("\t")[3] for line in lines.stdout.splitlines()] == ["", "place, narrative"]
    assert [v["changed"] for v in json.loads(as_json.stdout)] == [None, ["place", "narrative"]]
