"""The testimony editor says, as the consent boxes are ticked, that consent to anonymised use
only is no use by itself: without use in reports the testimony is in no dossier."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.i18n import install_translators, vocab_label


def _tick(form, code: str, ticked: bool) -> None:
    scopes = form.scope_list
    for row in range(scopes.count()):
        item = scopes.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == code:
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)


def test_anonymised_use_only_without_use_in_reports_brings_a_hint(qtbot, unlocked_window):
    install_translators("ru")
    vault = unlocked_window.vault
    with vault.transaction() as session:
        case_id = vault.writer(session).create("case", {"reference": "KG-1", "title": "Ош"}).id
    form = unlocked_window.registry.open_form("testimony", initial={"case": str(case_id)})
    qtbot.waitExposed(form)
    hint = form.anonymised_only_hint
    assert not hint.isVisible()
    form.consent_check.setChecked(True)
    _tick(form, "anonymised_only", True)
    assert hint.isVisible()  # before: no word of it; the dossier left the testimony out
    assert vocab_label("anonymised_only") in hint.text()  # "Только анонимно"
    _tick(form, "reports", True)
    assert not hint.isVisible()
    _tick(form, "reports", False)
    assert hint.isVisible()
    _tick(form, "anonymised_only", False)
    assert not hint.isVisible()


def test_a_stored_testimony_shows_the_hint_as_it_opens(qtbot, unlocked_window):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-1", "title": "Osh"})
        session.flush()
        consent = {"given": True, "scope": ["anonymised_only"], "anonymise": True}
        testimony_id = writer.create("testimony", {"case": str(case.id), "consent": consent}).id
    form = unlocked_window.registry.open_form("testimony", testimony_id)
    qtbot.waitExposed(form)
    assert form.anonymised_only_hint.isVisible()
    assert form.anonymised_only_hint.text() == (
        "“Only anonymised” only limits the uses ticked above: tick “Use in reports” too for "
        "the testimony to appear in dossiers."
    )
