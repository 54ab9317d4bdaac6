"""What a form says, as the user types, about a one-line field that could not be saved.

In a name, a title or a place that is what the JSON import refuses; in the other one-line
fields (an occupation, a tag, an institution) what saving refuses: over 2,000 characters, a
control character. The rules are core's (``one_line_text``, ``record_validation``); the forms
word them in the user's language, naming the field, mark the field, and let a value the stored
record already holds through, as the import does. Said only at Save, a 5,000-character paste
was refused in core's English, after the user had moved on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from desktop_app.core.one_line_text import (
    MAX_ONE_LINE_CHARS,
    ONE_LINE_FIELDS,
    OneLineFault,
    OneLineFaultKind,
    one_line_fault,
    saved_line_fault,
)
from desktop_app.ui.i18n import field_label, fill

_CHECKED_AS_IMPORTED = frozenset((kind, field) for kind, field, _ in ONE_LINE_FIELDS)
_PROBLEM_RED = "#b00020"  # the colour of the forms' problems
_CONTEXT = "OneLineFields"  # spelt out below too: lupdate reads only a literal context
# %1 is the field's label; %2 the character at fault (U+202E), or the length and %3 the most.
_SENTENCES: dict[OneLineFaultKind, str] = {
    "too_long": QT_TRANSLATE_NOOP("OneLineFields", "%1: too long (%2 characters; at most %3)."),
    "control": QT_TRANSLATE_NOOP(
        "OneLineFields",
        "%1: holds a control character (%2), which cannot be saved; retype the text around it.",
    ),
    "direction": QT_TRANSLATE_NOOP(
        "OneLineFields",
        "%1: holds a text direction control (%2), which would show the text reversed in every "
        "list; retype the text around it.",
    ),
    "invisible": QT_TRANSLATE_NOOP(
        "OneLineFields",
        "%1: holds an invisible character (%2) between its letters; retype the text around it.",
    ),
}


def one_line_problems(
    kind: str, content: dict[str, Any], fields: Iterable[str], is_held: Callable[[str, str], bool]
) -> dict[str, str]:
    """A translated sentence for each of the one-line fields of content (by name, in their
    order) that holds what saving refuses (``line_fault``); is_held(field, value) tells a
    value the stored record has, which passes."""
    issues = {}
    for field in fields:
        value = content[field]
        for line in value if isinstance(value, list) else [value]:
            fault = None if is_held(field, line) else line_fault(kind, field, line)
            if fault is not None:
                issues[field] = fault_text(fault, field_label(field))
                break  # one sentence a field: the user retypes it and sees the next
    return issues


def line_fault(kind: str, field: str, value: str) -> OneLineFault | None:
    """Why value cannot be saved as a line of field: in a name, a title or a place what the
    JSON import refuses (``one_line_fault``); in another one-line field what saving refuses
    (``record_validation``: too long, a control character)."""
    if (kind, field) in _CHECKED_AS_IMPORTED:
        return one_line_fault(value)
    return saved_line_fault(value)


def mark_field(field: QWidget, problem: str) -> None:
    """Tint the field whose text cannot be saved, and give it the sentence saying why (a
    screen reader reads it at the field); an empty problem takes both back."""
    was_marked = bool(field.accessibleDescription())
    field.setAccessibleDescription(problem)
    if bool(problem) == was_marked:
        return  # checked on every key: the tint changes only with the verdict
    if not problem:
        field.setPalette(QPalette())  # the parent's again, whatever it is now
        return
    palette = field.palette()
    # Mixed into the field's own background, so that a dark theme's light text stays legible.
    base = palette.color(QPalette.ColorRole.Base)
    tint = QColor(_PROBLEM_RED)
    mixed = QColor.fromRgbF(
        *(
            0.8 * own + 0.2 * red
            for own, red in zip(base.getRgbF()[:3], tint.getRgbF()[:3], strict=True)
        )
    )
    palette.setColor(QPalette.ColorRole.Base, mixed)
    field.setPalette(palette)


def fault_text(fault: OneLineFault, label: str) -> str:
    """What is wrong in the field labelled label, as a translated sentence."""
    text = QCoreApplication.translate(_CONTEXT, _SENTENCES[fault.kind])
    if fault.kind == "too_long":
        locale = QLocale()
        lengths = locale.toString(fault.length), locale.toString(MAX_ONE_LINE_CHARS)
        return fill(text, label, *lengths)
    return fill(text, label, fault.code_point)
