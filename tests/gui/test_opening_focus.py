"""Where the focus and the cursors are when a form opens (``ui/forms/opening_focus.py``), on a
window of real fields: the first field that takes typing, never a label or a disabled box, and
a restored draft's field with its cursor where the typing stopped."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from desktop_app.core.drafts import DraftFocus
from desktop_app.ui.forms.opening_focus import first_field, focus_on_open, place_cursors_on_show


class Fields(QDialog):
    """A form's fields: a note, a disabled box, a name, a narrative."""

    def __init__(self) -> None:
        super().__init__()
        self.fields = QFormLayout(self)
        self.note = QLabel("Fill in what the witness says")
        self.locked_edit = QLineEdit("KG-2010-0007")
        self.locked_edit.setEnabled(False)
        self.name_edit = QLineEdit("Dilnoza Shamsutdinova al-Farg'oniy")
        self.narrative_edit = QPlainTextEdit("They came at night. Then")
        self.fields.addRow("Note", self.note)
        self.fields.addRow("Reference", self.locked_edit)
        self.fields.addRow("Name", self.name_edit)
        self.fields.addRow("Narrative", self.narrative_edit)


def test_a_new_form_opens_in_its_first_field_that_takes_typing(qtbot) -> None:
    form = Fields()
    qtbot.addWidget(form)
    assert first_field(form.fields) is form.name_edit
    assert focus_on_open(form, form.fields, None) is None
    form.show()
    qtbot.waitExposed(form)
    place_cursors_on_show(form, continues_draft=False, kept=None)
    assert form.focusWidget() is form.name_edit
    assert form.name_edit.cursorPosition() == 0 and not form.name_edit.hasSelectedText()


def test_a_restored_draft_opens_where_the_typing_stopped(qtbot) -> None:
    form = Fields()
    qtbot.addWidget(form)
    kept = DraftFocus("narrative_edit", len("They came"))
    assert focus_on_open(form, form.fields, kept) == kept
    form.show()
    qtbot.waitExposed(form)
    place_cursors_on_show(form, continues_draft=True, kept=kept)
    assert form.focusWidget() is form.narrative_edit
    assert form.narrative_edit.textCursor().position() == len("They came")
    assert form.name_edit.cursorPosition() == 0


def test_a_draft_whose_field_cannot_take_the_focus_opens_in_the_first_field(qtbot) -> None:
    form = Fields()
    qtbot.addWidget(form)
    assert focus_on_open(form, form.fields, DraftFocus("locked_edit", 3)) is None
    assert focus_on_open(form, form.fields, DraftFocus("gone_edit", 3)) is None
    form.show()
    qtbot.waitExposed(form)
    place_cursors_on_show(form, continues_draft=True, kept=None)
    assert form.focusWidget() is form.name_edit
    assert form.narrative_edit.textCursor().atEnd()  # typing on goes after what was kept
