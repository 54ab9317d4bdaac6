"""Text typed into a form is in the vault a moment after the typing pauses, and every few
seconds while it goes on; a form with nothing new writes nothing.

Before, a periodic four-second tick was all: a tester's kill -9 in the first seconds of a new
form lost the words typed twice in ten tries, and the tick rewrote the same draft every four
seconds for as long as a changed form stayed open. Then the first write of continuous typing
waited for that tick, which runs from the form's opening: a tester's kill -9 after 0.5 s and 2 s
of typing (20 characters a second) into a new testimony lost everything typed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from sqlalchemy import event

from desktop_app.core import drafts
from desktop_app.core.vault import Vault
from desktop_app.ui.forms.draft_autosave import FIRST_CHANGE_MS, LONGEST_MS, QUIET_MS
from desktop_app.ui.forms.testimony_editor import TestimonyEditor
from desktop_app.ui.main_window import MainWindow
from tests.conftest import CANARY

LOADED_HOST_MS = 10_000  # a loaded host runs timers late, never early: wait long, it costs nothing


def _kept_labels(vault: Vault) -> list[str]:
    with vault.read() as session:
        return [draft.label for draft in drafts.list_drafts(session)]


@pytest.fixture
def draft_writes(unlocked_window: MainWindow) -> Iterator[list[str]]:
    """Every statement that writes a draft row, as the vault's engine runs it."""
    writes: list[str] = []

    def note(_conn, _cursor, statement: str, *_args) -> None:
        if statement.lstrip().upper().startswith(("INSERT INTO DRAFT", "UPDATE DRAFT")):
            writes.append(statement)

    engine = unlocked_window.vault.engine
    event.listen(engine, "before_cursor_execute", note)
    yield writes
    event.remove(engine, "before_cursor_execute", note)


def test_words_typed_into_a_new_form_are_kept_a_moment_after_the_typing_pauses(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    form = unlocked_window.registry.open_form("person")
    pause = form.draft_autosave.quiet_timer
    qtbot.keyClicks(form.name_edit, "Dilorom")
    # The timings are the timers' settings, not stopwatch readings a loaded host would spoil.
    assert pause.isSingleShot() and pause.isActive() and pause.interval() == QUIET_MS <= 1000
    assert _kept_labels(vault) == []  # not on each key
    qtbot.waitUntil(lambda: _kept_labels(vault) == ["Dilorom"], timeout=LOADED_HOST_MS)


def test_a_long_text_box_no_form_validates_on_each_key_is_kept_too(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "K-1", "title": "T"})
    editor = unlocked_window.registry.open_form("testimony", initial={"case": str(case.id)})
    editor.narrative_edit.setFocus()
    qtbot.keyClicks(editor.narrative_edit, "He was taken from the market")
    assert editor.draft_autosave.quiet_timer.isActive()
    qtbot.waitUntil(
        lambda: _kept_labels(vault) == ["He was taken from the market"],
        timeout=LOADED_HOST_MS,
    )


def test_a_typist_who_never_pauses_is_kept_every_few_seconds(
    qtbot, unlocked_window: MainWindow
) -> None:
    vault = unlocked_window.vault
    form = unlocked_window.registry.open_form("person")
    tick = form.draft_autosave.tick_timer
    assert tick.isActive() and not tick.isSingleShot() and tick.interval() == LONGEST_MS <= 3000
    qtbot.keyClicks(form.notes_edit, "aaa")
    assert form.draft_autosave.quiet_timer.isActive()  # the pause has not come...
    tick.timeout.emit()  # ...but the tick does, however quick the typing
    assert _kept_labels(vault)[0].startswith("aaa")


def test_a_changed_form_already_kept_writes_nothing_more(
    qtbot, unlocked_window: MainWindow, draft_writes: list[str]
) -> None:
    form = unlocked_window.registry.open_form("person")
    form.name_edit.setText("Dilorom " + CANARY)
    form.autosave()
    assert len(draft_writes) == 1
    for _ in range(3):
        form.autosave()  # the periodic tick, with nothing typed since
    assert len(draft_writes) == 1
    form.notes_edit.setFocus()  # a click into another field: where to continue, kept
    form.autosave()
    assert len(draft_writes) == 2
    form.name_edit.setText("Dilorom")
    form.name_edit.setText("Dilorom " + CANARY)  # typed and taken back: nothing new
    form.notes_edit.setFocus()
    form.autosave()
    assert len(draft_writes) == 2
    form.name_edit.setText("Dilorom Yuldasheva")
    form.autosave()
    assert len(draft_writes) == 3
    assert _kept_labels(unlocked_window.vault) == ["Dilorom Yuldasheva"]


def test_a_form_opened_and_left_alone_writes_nothing(
    qtbot, unlocked_window: MainWindow, draft_writes: list[str]
) -> None:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        person = vault.writer(session).create("person", {"name": "Dilorom"})
    form = unlocked_window.registry.open_form("person", person.id)
    assert not form.draft_autosave.quiet_timer.isActive()  # filling the fields in: no change
    form.autosave()  # the periodic tick
    assert draft_writes == []


def _new_testimony(window: MainWindow) -> TestimonyEditor:
    with window.vault.transaction() as session:
        case = window.vault.writer(session).create("case", {"reference": "K-1", "title": "T"})
    editor = window.registry.open_form("testimony", initial={"case": str(case.id)})
    editor.narrative_edit.setFocus()
    return editor


def test_the_first_words_of_a_typist_who_never_pauses_are_kept_within_a_second(
    qtbot, unlocked_window: MainWindow
) -> None:
    editor = _new_testimony(unlocked_window)
    autosave = editor.draft_autosave
    fired: list[str] = []
    autosave.quiet_timer.timeout.connect(lambda: fired.append("pause"))
    autosave.tick_timer.timeout.connect(lambda: fired.append("tick"))
    typing = QTimer()  # a key every 50 ms, as the tester typed: the pause never comes
    typing.timeout.connect(lambda: QTest.keyClick(editor.narrative_edit, "w"))
    qtbot.keyClick(editor.narrative_edit, "H")
    typing.start(50)
    kept_before: list[list[str]] = []

    def kept() -> bool:
        labels = _kept_labels(unlocked_window.vault)
        if labels:
            kept_before.append(list(fired))
        return bool(labels)

    qtbot.waitUntil(kept, timeout=LOADED_HOST_MS)
    typing.stop()
    assert kept_before == [[]]  # neither the pause nor the three-second tick wrote it


def test_after_the_first_write_the_typing_is_kept_at_the_ticks_cadence_until_it_pauses(
    qtbot, unlocked_window: MainWindow, draft_writes: list[str]
) -> None:
    editor = _new_testimony(unlocked_window)
    autosave, edit = editor.draft_autosave, editor.narrative_edit
    first, pause = autosave.first_change_timer, autosave.quiet_timer
    qtbot.keyClicks(edit, "He was")
    assert first.isSingleShot() and first.isActive() and first.interval() == FIRST_CHANGE_MS
    assert FIRST_CHANGE_MS <= 1000
    first.stop()
    first.timeout.emit()  # its second has come
    assert _kept_labels(unlocked_window.vault) == ["He was"]
    qtbot.keyClicks(edit, " taken")  # no pause: the tick keeps it, not a write a second
    assert pause.isActive() and not first.isActive() and autosave.tick_timer.isActive()
    pause.stop()
    pause.timeout.emit()  # the typing pauses
    assert _kept_labels(unlocked_window.vault) == ["He was taken"]
    first.timeout.emit()  # nothing new since: nothing written
    assert len(draft_writes) == 2
    qtbot.keyClicks(edit, " away")  # after the pause, the first change again within a second
    assert first.isActive()
