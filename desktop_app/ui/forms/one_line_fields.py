"""What a form says about a name, a title or a place that the JSON import would refuse.

The rule is core's (``one_line_text``); the forms word it in the user's language, naming the
field, and let a value the stored record already holds through, as the import does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop_app.core.one_line_text import (
    MAX_ONE_LINE_CHARS,
    ONE_LINE_FIELDS,
    OneLineFault,
    OneLineFaultKind,
    one_line_fault,
)
from desktop_app.ui.i18n import field_label, fill

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
    kind: str, content: dict[str, Any], is_held: Callable[[str, str], bool]
) -> list[str]:
    """A translated sentence for each one-line field of content that holds what the import
    refuses; is_held(field, value) tells a value the stored record has, which passes."""
    issues = []
    for field_kind, field, is_list in ONE_LINE_FIELDS:
        if field_kind != kind:
            continue
        for line in content[field] if is_list else [content[field]]:
            fault = None if is_held(field, line) else one_line_fault(line)
            if fault is not None:
                issues.append(fault_text(fault, field_label(field)))
                break  # one sentence a field: the user retypes it and sees the next
    return issues


def fault_text(fault: OneLineFault, label: str) -> str:
    """What is wrong in the field labelled label, as a translated sentence."""
    text = QCoreApplication.translate(_CONTEXT, _SENTENCES[fault.kind])
    if fault.kind == "too_long":
        locale = QLocale()
        lengths = locale.toString(fault.length), locale.toString(MAX_ONE_LINE_CHARS)
        return fill(text, label, *lengths)
    return fill(text, label, fault.code_point)
