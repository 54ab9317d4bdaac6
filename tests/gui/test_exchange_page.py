"""The Exchange page: identity, colleagues, sending and importing bundles, resolving conflicts."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWizard

from desktop_app.core.attachments import add_attachment
from desktop_app.core.content import to_content
from desktop_app.core.exchange.conflicts import list_conflicts
from desktop_app.core.exchange.contacts import (
    add_contact,
    identity_info,
    my_contact_file,
    rename_identity,
)
from desktop_app.core.exchange.export import export_bundle
from desktop_app.core.exchange.importer import import_bundle
from desktop_app.core.interchange import export_document
from desktop_app.core.person_merge import merge_persons
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.conflict_dialog import ConflictDialog
from desktop_app.ui.exchange_dialogs import ImportPreviewDialog
from desktop_app.ui.exchange_models import ChangeListModel, ConflictListModel, ContactListModel
from desktop_app.ui.main_window import PAGE_EXCHANGE, MainWindow
from desktop_app.ui.send_wizard import ExportWizard
from tests.conftest import FAST_KDF, PASSPHRASE

WAIT_MS = 60_000


@pytest.fixture
def bob(tmp_path: Path) -> Iterator[Vault]:
    """A colleague's vault."""
    vault = create_vault(tmp_path / "bob", PASSPHRASE, display_name="Bob", kdf=FAST_KDF).vault
    yield vault
    if not vault.is_locked:
        vault.lock()


def contact_file(vault: Vault, folder: Path) -> Path:
    path = folder / "contact.contact"
    with vault.read() as session:
        path.write_bytes(my_contact_file(session))
    return path


def introduce(a: Vault, b: Vault) -> None:
    for one, other in ((a, b), (b, a)):
        with other.read() as session:
            add_contact(one, my_contact_file(session))


def add_case(vault: Vault, reference: str = "KG-2010-0007") -> object:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": reference, "title": "Detention in Osh"})
        session.flush()
        add_attachment(writer, "case", case.id, io.BytesIO(b"scan" * 1000), "scan.pdf")
        return case.id


def edit_title(vault: Vault, case_id: object, title: str) -> None:
    with vault.transaction() as session:
        case = get_record(session, "case", case_id)
        vault.writer(session).update(case, {**to_content(case), "title": title})


def test_exchange_page_shows_this_vaults_fingerprint(unlocked_window: MainWindow) -> None:
    unlocked_window.go_to(PAGE_EXCHANGE)
    page = unlocked_window.exchange_page
    assert unlocked_window.stack.currentWidget() is page
    with unlocked_window.vault.read() as session:
        info = identity_info(session)
    assert page.name_label.text() == "Test"
    assert page.fingerprint_label.text() == info.fingerprint
    unlocked_window.lock()
    assert page.fingerprint_label.text() == "" and page.contacts.model.rowCount() == 0


def test_colleague_is_added_after_comparing_the_fingerprint(
    unlocked_window: MainWindow, bob: Vault, tmp_path: Path
) -> None:
    unlocked_window.go_to(PAGE_EXCHANGE)
    page = unlocked_window.exchange_page
    dialog = page.contacts.add_contact(contact_file(bob, tmp_path))
    assert dialog is not None
    with bob.read() as session:
        fingerprint = identity_info(session).fingerprint
    assert dialog.name_label.text() == "Bob"
    assert dialog.fingerprint_label.text() == fingerprint
    assert page.contacts.model.rowCount() == 0  # nothing stored before confirming
    dialog.verified_check.setChecked(True)
    dialog.add_button.click()
    model = page.contacts.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, ContactListModel.COL_NAME)) == "Bob"
    assert model.data(model.index(0, ContactListModel.COL_STATE)) == "Verified"
    page.contacts.table.selectRow(0)
    page.contacts.remove_button.click()  # the question is answered Yes
    assert model.rowCount() == 0


def test_adding_a_colleague_again_says_what_it_changes(
    unlocked_window: MainWindow, bob: Vault, tmp_path: Path
) -> None:
    unlocked_window.go_to(PAGE_EXCHANGE)
    page = unlocked_window.exchange_page
    first = page.contacts.add_contact(contact_file(bob, tmp_path))
    assert first is not None and not first.known_label.isVisibleTo(first)
    first.verified_check.setChecked(True)
    first.add_button.click()
    rename_identity(bob, "Bob (Osh office)")
    again = page.contacts.add_contact(contact_file(bob, tmp_path))
    assert again is not None
    assert again.known_label.text() == (
        "This colleague is already in your list, verified. Their contact file calls them "
        "Bob (Osh office); they keep the name Bob unless you change it below."
    )
    assert again.add_button.text() == "&Update contact"
    assert again.verified_check.isChecked() and not again.verified_check.isEnabled()
    again.add_button.click()
    assert page.contacts.model.rowCount() == 1
    page.contacts.table.selectRow(0)
    page.contacts.remove_button.click()
    removed = page.contacts.add_contact(contact_file(bob, tmp_path))
    assert removed is not None
    assert removed.known_label.text().startswith("You removed this colleague earlier.")


def test_bundle_is_sent_previewed_and_imported(
    qtbot, unlocked_window: MainWindow, bob: Vault, tmp_path: Path, messages, settings
) -> None:
    alice = unlocked_window.vault
    introduce(alice, bob)
    add_case(alice)
    unlocked_window.go_to(PAGE_EXCHANGE)
    page = unlocked_window.exchange_page
    wizard = page.send_bundle()
    assert wizard is not None
    assert wizard.since_last_radio.isChecked()
    wizard.next()
    bob_item = wizard.contact_list.item(0)
    assert bob_item.text() == "Bob"
    assert bob_item.checkState() == Qt.CheckState.Checked  # the only colleague
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    bob_item.setCheckState(Qt.CheckState.Unchecked)
    assert not next_button.isEnabled()  # nobody chosen: Next waits
    bob_item.setCheckState(Qt.CheckState.Checked)
    assert next_button.isEnabled()
    wizard.next()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()  # a new file is suggested
    out = tmp_path / "to-bob.sandiq"
    wizard.path_edit.setText(str(out))
    assert finish.isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: any("Bundle written" in t for t in messages.texts()), timeout=WAIT_MS)
    assert out.exists()

    bob_window = MainWindow(settings, bob.path, FAST_KDF)
    qtbot.addWidget(bob_window)
    bob_window.attach(bob)
    bob_window.go_to(PAGE_EXCHANGE)
    bob_page = bob_window.exchange_page
    bob_page.import_bundle(out)
    qtbot.waitUntil(lambda: bob_page.preview is not None, timeout=WAIT_MS)
    preview = bob_page.preview
    assert isinstance(preview, ImportPreviewDialog)
    assert "from Test" in preview.summary_label.text()
    assert "New: 2" in preview.summary_label.text()
    kinds = {preview.model.data(preview.model.index(r, ChangeListModel.COL_KIND))
             for r in range(preview.model.rowCount())}  # fmt: skip
    assert kinds == {"Case", "Attachment"}
    with bob.read() as session:
        assert export_document(session)["cases"] == []  # the preview changed nothing
    preview.import_button.click()
    qtbot.waitUntil(lambda: any("Imported: 2 new" in t for t in messages.texts()), timeout=WAIT_MS)
    with bob.read() as session:
        assert [c["reference"] for c in export_document(session)["cases"]] == ["KG-2010-0007"]
    assert bob_window.case_model.rowCount() == 1  # the lists were refreshed
    bob_window.registry.close_all_for_lock((bob_window,))


def test_the_send_wizard_suggests_a_new_dated_file_in_documents_then_where_the_last_went(
    qtbot, unlocked_window: MainWindow, bob: Vault, tmp_path: Path, messages, monkeypatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    documents = tmp_path / "home" / "Documents"
    documents.mkdir(parents=True)
    alice = unlocked_window.vault
    introduce(alice, bob)
    add_case(alice)
    unlocked_window.go_to(PAGE_EXCHANGE)
    page = unlocked_window.exchange_page
    today = date.today().isoformat()
    wizard = page.send_bundle()
    assert wizard is not None
    for title in ("What to send", "Who may open it", "Where to write it"):
        # Before: steps 1 and 3 had no subtitle, so Qt drew their titles large.
        assert wizard.currentPage().title() == title and wizard.currentPage().subTitle()
        wizard.next()
    # Before: an empty field. The date only: no colleague's (real) name in a file name.
    assert wizard.out_path() == documents / f"sandiq-bundle-{today}.sandiq"
    stick = tmp_path / "stick"
    stick.mkdir()
    wizard.path_edit.setText(str(stick / "to-bob.sandiq"))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: any("Bundle written" in t for t in messages.texts()), timeout=WAIT_MS)
    wizard = page.send_bundle()
    assert wizard.out_path() == stick / f"sandiq-bundle-{today}.sandiq"  # where the last went
    wizard.reject()
    (stick / f"sandiq-bundle-{today}.sandiq").write_bytes(b"an earlier bundle")
    wizard = page.send_bundle()
    assert wizard.out_path() == stick / f"sandiq-bundle-{today}-2.sandiq"  # never over a file
    wizard.reject()
    unlocked_window.lock()
    unlocked_window.attach(unlock(alice.path, PASSPHRASE))
    wizard = page.send_bundle()
    assert wizard.out_path().parent == documents  # the folder is forgotten on lock
    wizard.reject()


def test_send_wizard_shows_long_case_titles_whole(qtbot) -> None:
    text = "KZ-2010-0008 — Disappearance of M. Tursunova on the way to Bishkek, May 2010"
    wizard = ExportWizard([("KZ-2010-0008", text.split(" — ")[1])], [])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.cases_radio.setChecked(True)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no case ticked yet
    item = wizard.case_list.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    assert next_button.isEnabled()
    assert item.text() == item.toolTip() == text
    needed = wizard.case_list.fontMetrics().horizontalAdvance(text) + 40  # the check box
    assert needed <= wizard.case_list.viewport().width()


def test_refused_bundle_is_reported_and_changes_nothing(
    qtbot, unlocked_window: MainWindow, tmp_path: Path, messages
) -> None:
    junk = tmp_path / "junk.sandiq"
    junk.write_bytes(b"not a bundle" * 100)
    unlocked_window.go_to(PAGE_EXCHANGE)
    unlocked_window.exchange_page.import_bundle(junk)
    qtbot.waitUntil(lambda: bool(messages.texts()), timeout=WAIT_MS)
    assert messages.texts()[0].startswith("The bundle was refused and nothing was changed: ")
    assert unlocked_window.exchange_page.preview is None


def test_cancel_leaves_the_vault_as_it_was(
    qtbot, unlocked_window: MainWindow, bob: Vault, tmp_path: Path, messages
) -> None:
    alice = unlocked_window.vault
    introduce(alice, bob)
    with bob.transaction() as session:
        case = bob.writer(session).create("case", {"reference": "B-1", "title": "Bob's"})
        session.flush()
        big = io.BytesIO(bytes(range(256)) * 40_000)
        add_attachment(bob.writer(session), "case", case.id, big, "recording.wav")
    out = tmp_path / "from-bob.sandiq"
    export_bundle(bob, out, ["Test"], since_last=True)
    with alice.read() as session:
        before = export_document(session)
    page = unlocked_window.exchange_page
    page._apply(alice, out)
    assert page.task is not None
    page.task.cancel()
    qtbot.waitUntil(lambda: bool(messages.texts()), timeout=WAIT_MS)
    assert messages.texts() == ["Cancelled; nothing was changed."]
    with alice.read() as session:
        assert export_document(session) == before


def test_conflict_is_shown_side_by_side_and_resolved(
    qtbot, unlocked_window: MainWindow, bob: Vault, tmp_path: Path
) -> None:
    alice = unlocked_window.vault
    introduce(alice, bob)
    case_id = add_case(alice)
    import_bundle(bob, _send(alice, tmp_path, "Bob", "1"), staging_dir=tmp_path)
    edit_title(alice, case_id, "Alice's title")
    edit_title(bob, case_id, "Bob's title")
    import_bundle(alice, _send(bob, tmp_path, "Test", "2"), staging_dir=tmp_path)
    unlocked_window.go_to(PAGE_EXCHANGE)
    page = unlocked_window.exchange_page
    model = page.conflict_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, ConflictListModel.COL_SENDER)) == "Bob"
    page.conflict_table.selectRow(0)
    dialog = page.resolve()
    assert isinstance(dialog, ConflictDialog)
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    title = rows["Title"]
    assert dialog.table.item(title, 1).text() == "Alice's title"
    assert dialog.table.item(title, 2).text() == "Bob's title"
    assert "Reference" not in rows  # only what differs; the equal fields are folded away
    dialog.theirs_button.click()
    assert model.rowCount() == 0
    with alice.read() as session:
        assert get_record(session, "case", case_id).title == "Bob's title"
        assert list_conflicts(session) == []


LONG_TITLE = "Nukusda oʻzboshimchalik bilan hibsga olish va qiynoqlar (Gʻulomov ishi)"


def test_long_case_titles_are_listed_whole_where_the_column_has_room(
    qtbot, unlocked_window: MainWindow, bob: Vault, tmp_path: Path
) -> None:
    alice = unlocked_window.vault
    introduce(alice, bob)
    case_id = add_case(alice, "QR-2024-0012")
    import_bundle(bob, _send(alice, tmp_path, "Bob", "1"), staging_dir=tmp_path)
    # The preview names the record by Bob's version, the conflict list by Alice's, her own.
    edit_title(alice, case_id, f"{LONG_TITLE}, 2")
    edit_title(bob, case_id, LONG_TITLE)
    to_alice = _send(bob, tmp_path, "Test", "2")
    preview = ImportPreviewDialog(
        import_bundle(alice, to_alice, dry_run=True, staging_dir=tmp_path), unlocked_window
    )
    import_bundle(alice, to_alice, staging_dir=tmp_path)
    unlocked_window.resize(1100, 690)  # the tester's window
    unlocked_window.go_to(PAGE_EXCHANGE)
    page = unlocked_window.exchange_page
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    # Before: "QR-2024-0012 Nukusda oʻzboshimchalik bilan hibsga olish va …" in both lists,
    # cut by core at 60 characters whatever the column's width.
    for table, column, whole in (
        (preview.table, ChangeListModel.COL_RECORD, f"QR-2024-0012 {LONG_TITLE}"),
        (page.conflict_table, ConflictListModel.COL_RECORD, f"QR-2024-0012 {LONG_TITLE}, 2"),
    ):
        model = table.model()
        row = next(
            r for r in range(model.rowCount()) if "QR-2024-0012" in model.index(r, column).data()
        )
        assert model.index(row, column).data() == whole
        assert table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(whole)


def _send(vault: Vault, folder: Path, to: str, name: str) -> Path:
    out = folder / f"{name}.sandiq"
    export_bundle(vault, out, [to], since_last=True)
    return out


def test_models_pass_the_item_model_tester(
    unlocked_window: MainWindow, bob: Vault, tmp_path: Path
) -> None:
    alice = unlocked_window.vault
    introduce(alice, bob)
    add_case(alice)
    report = import_bundle(bob, _send(alice, tmp_path, "Bob", "1"), dry_run=True,
                           staging_dir=tmp_path)  # fmt: skip
    contacts, conflicts, changes = ContactListModel(), ConflictListModel(), ChangeListModel()
    for model in (contacts, conflicts, changes):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    contacts.refresh(alice)
    conflicts.refresh(alice)
    changes.set_rows(report.changes)
    assert (contacts.rowCount(), conflicts.rowCount(), changes.rowCount()) == (1, 0, 2)
    assert changes.data(changes.index(0, ChangeListModel.COL_ACTION)) == "New"
    contacts.refresh(None)
    assert contacts.rowCount() == 0


@pytest.mark.parametrize("lang", ["ru", "uz"])
def test_exchange_screens_are_translated_and_unclipped(
    qtbot, settings, vault_dir, tmp_vault: Vault, bob: Vault, tmp_path: Path, lang: str
) -> None:
    from desktop_app.ui.i18n import install_translators
    from tests.gui.test_i18n import _clipped, _texts, _translated_sources

    alice = tmp_vault
    introduce(alice, bob)
    case_id = add_case(alice)
    import_bundle(bob, _send(alice, tmp_path, "Bob", "1"), staging_dir=tmp_path)
    edit_title(alice, case_id, "A")
    edit_title(bob, case_id, "B")
    to_alice = _send(bob, tmp_path, "Test", "2")
    report = import_bundle(alice, to_alice, dry_run=True, staging_dir=tmp_path)
    import_bundle(alice, to_alice, staging_dir=tmp_path)
    install_translators(lang)
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    window.attach(alice)
    window.go_to(PAGE_EXCHANGE)
    page = window.exchange_page
    page.conflict_table.selectRow(0)
    wizard = page.send_bundle()
    screens = [window, page.contacts.add_contact(contact_file(bob, tmp_path)), wizard]
    screens += [ImportPreviewDialog(report, page), page.resolve()]
    english = _translated_sources(lang)
    untranslated, clipped = set(), set()
    for screen in screens:
        assert screen is not None
        screen.show()
        for step in range(3 if screen is wizard else 1):
            if step:
                wizard.next()
            qtbot.wait(10)
            for widget, text, drawn in _texts(screen):
                if text in english:
                    untranslated.add(f"{type(screen).__name__}: {text!r}")
                if drawn and _clipped(widget, text):
                    clipped.add(f"{type(screen).__name__}/{type(widget).__name__}: {text!r}")
    window.lock()
    assert not untranslated, "\n".join(sorted(untranslated))
    assert not clipped, "\n".join(sorted(clipped))


def test_records_left_pointing_at_a_merged_person_are_named_after_the_import(
    qtbot, unlocked_window: MainWindow, bob: Vault, tmp_path: Path, messages
) -> None:
    alice = unlocked_window.vault
    introduce(alice, bob)
    with alice.transaction() as session:
        writer = alice.writer(session)
        case = writer.create("case", {"reference": "KZ-2026-001", "title": "Raid"})
        kept = writer.create("person", {"name": "Рустам Шамсутдинов"})
        twin = writer.create("person", {"name": "Shamsutdinov Rustam"})
    first = tmp_path / "first.sandiq"
    export_bundle(alice, first, ["Bob"], since_last=True)
    import_bundle(bob, first, staging_dir=tmp_path)
    with bob.transaction() as session:  # Bob merges the two while Alice still uses the twin
        merge_persons(bob.writer(session), kept.id, twin.id)
    with alice.transaction() as session:
        alice.writer(session).create(
            "testimony",
            {"case": str(case.id), "witness": str(twin.id), "summary": "Night search"},
        )
        alice.writer(session).create(
            "event",
            {
                "case": str(case.id),
                "act_type": "torture",
                "date": "2021-05",
                "victims": [str(twin.id)],
            },
        )
    back = tmp_path / "back.sandiq"
    export_bundle(bob, back, ["Test"], since_last=True)

    unlocked_window.exchange_page._apply(alice, back)
    qtbot.waitUntil(lambda: bool(messages.texts()), timeout=WAIT_MS)
    (text,) = messages.texts()
    assert "choose again whom they refer to" in text
    assert (
        "Testimony “Night search” (case KZ-2026-001) names Shamsutdinov Rustam as its witness. "
        "Bob merged this person into Рустам Шамсутдинов."
    ) in text
    assert "Event “2021-05 Torture or ill-treatment” (case KZ-2026-001) names" in text


def test_an_event_and_a_file_left_on_a_testimony_deleted_meanwhile_are_named(
    qtbot, unlocked_window: MainWindow, bob: Vault, tmp_path: Path, messages
) -> None:
    alice = unlocked_window.vault
    introduce(alice, bob)
    with alice.transaction() as session:
        writer = alice.writer(session)
        case = writer.create("case", {"reference": "KZ-2026-003", "title": "Raid"})
        session.flush()
        testimony = writer.create(
            "testimony", {"case": str(case.id), "date": "2021-05-02", "summary": "Night search"}
        )
    first = tmp_path / "first.sandiq"
    export_bundle(alice, first, ["Bob"], since_last=True)
    import_bundle(bob, first, staging_dir=tmp_path)
    with alice.transaction() as session:  # Alice deletes it while Bob still uses it
        alice.writer(session).delete(get_record(session, "testimony", testimony.id))
    with bob.transaction() as session:
        writer = bob.writer(session)
        writer.create(
            "event", {"case": str(case.id), "act_type": "torture", "sources": [str(testimony.id)]}
        )
        add_attachment(writer, "testimony", testimony.id, io.BytesIO(b"scan"), "protocol.pdf")
    back = tmp_path / "back.sandiq"
    export_bundle(bob, back, ["Test"], since_last=True)

    unlocked_window.exchange_page._apply(alice, back)
    qtbot.waitUntil(lambda: bool(messages.texts()), timeout=WAIT_MS)
    (text,) = messages.texts()
    assert "choose again what they refer to, or bring back what was deleted" in text
    assert (
        "Attached file “protocol.pdf” belongs to testimony “2021-05-02 Night search”. That "
        "record was deleted in this vault.\nEvent “Torture or ill-treatment” (case KZ-2026-003) "
        "cites testimony “2021-05-02 Night search” as a source. That record was deleted in this "
        "vault." in text
    )


def test_keeping_a_colleagues_merge_names_the_testimony_left_without_its_witness(
    qtbot, unlocked_window: MainWindow, bob: Vault, tmp_path: Path, messages
) -> None:
    # Keep theirs said nothing: the testimony silently named a person merged away.
    alice = unlocked_window.vault
    introduce(alice, bob)
    with bob.transaction() as session:
        writer = bob.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-001", "title": "Andijon"})
        kept = writer.create("person", {"name": "Шамсутдинов Икром"})
        twin = writer.create("person", {"name": "Shamsutdinov Ikrom"})
    import_bundle(alice, _send(bob, tmp_path, "Test", "1"), staging_dir=tmp_path)
    with alice.transaction() as session:  # Alice edits the twin and gives them a testimony
        writer = alice.writer(session)
        person = get_record(session, "person", twin.id)
        writer.update(person, {**to_content(person), "occupation": "teacher"})
        writer.create(
            "testimony", {"case": str(case.id), "witness": str(twin.id), "summary": "Night search"}
        )
    with bob.transaction() as session:  # while Bob merges the twin away
        merge_persons(bob.writer(session), kept.id, twin.id)
    import_bundle(alice, _send(bob, tmp_path, "Test", "2"), staging_dir=tmp_path)
    unlocked_window.go_to(PAGE_EXCHANGE)
    page = unlocked_window.exchange_page
    page.conflict_table.selectRow(0)
    dialog = page.resolve()
    assert isinstance(dialog, ConflictDialog)
    dialog.theirs_button.click()
    (text,) = messages.texts()
    assert "choose again whom they refer to" in text
    assert "Testimony “Night search” (case UZ-2005-001) names Shamsutdinov Ikrom as its" in text


def test_import_names_parties_and_says_a_colleague_was_restored_from_a_backup(
    qtbot, unlocked_window: MainWindow, tmp_path: Path, messages
) -> None:
    from tests.integration.exchange_support import make_site, sample_case
    from tests.integration.test_import_report import copy_vault, restore_vault

    mine = unlocked_window.vault
    aziza = make_site(tmp_path, "Aziza")
    introduce(mine, aziza.vault)
    ids = sample_case(aziza, reference="UZ-1")
    unlocked_window.go_to(PAGE_EXCHANGE)
    page = unlocked_window.exchange_page
    page.import_bundle(aziza.export("Test", since_last=True).path)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=WAIT_MS)
    preview = page.preview
    rows = [preview.model.data(preview.model.index(r, ChangeListModel.COL_RECORD))
            for r in range(preview.model.rowCount())]  # fmt: skip
    assert "Azimjan Askarov, Victim in UZ-1" in rows  # not just "Victim"
    preview.import_button.click()
    qtbot.waitUntil(lambda: any("Imported: 8 new" in t for t in messages.texts()), timeout=WAIT_MS)

    copy_vault(aziza, tmp_path / "backup")
    aziza.edit("case", ids["case"], title="Second title")
    aziza.edit("case", ids["case"], title="Third title")
    import_bundle(mine, aziza.export("Test", since_last=True).path, staging_dir=tmp_path)
    restore_vault(aziza, tmp_path / "backup")
    aziza.edit("case", ids["case"], title="Title after the restore")
    page.preview = None
    page.import_bundle(aziza.export("Test", since_last=True).path)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=WAIT_MS)
    text = page.preview.summary_label.text()
    assert "Bundle 2 from Aziza is not the bundle 2 imported on " in text
    assert "their vault may have been restored from a backup" in text
    assert "older than this vault's (ours kept): 0, new conflicts: 1." in text
    assert "It is older than the last bundle" not in text
    page.preview.import_button.click()
    qtbot.waitUntil(lambda: any("1 new conflicts" in t for t in messages.texts()), timeout=WAIT_MS)
    assert "restored from a backup" in messages.texts()[-1]
    with mine.read() as session:
        assert [c.record_id for c in list_conflicts(session)] == [ids["case"]]
    aziza.vault.lock()
