"""Core's fixed English sentences in the user's language.

Core refuses some requests with one English sentence from a module constant (a file saved
into a vault's folder, a JSON file that is not Sandiq's, an attachment restored whose file
never arrived), some with a detail filled in: a path, an id, a line number. It cannot
translate, and these are ``InvalidInput`` like a form's wrong value, so each sentence is
matched here and replaced by its translation with the details carried over as they are (a
path or name with direction controls isolated, see ``bidi_text``). A sentence not listed stays
as core wrote it. ``refusals`` says a refused bundle's sentences with the same function.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core import attachments, deletion, fileio, interchange
from desktop_app.ui.bidi_text import shown_in_sentence
from desktop_app.ui.i18n import fill

_CONTEXT = "CoreMessages"
# (core's sentence, with {} for each detail; the translatable one, with %1, %2... for them)
_Sentences = tuple[tuple[str, str], ...]

# Whole sentences, shown as they are.
_SENTENCES: _Sentences = (
    (
        fileio.IN_VAULT_FOLDER,
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "%1 is a vault's folder, where Sandiq writes only the vault's own files: save this "
            "file somewhere else.",
        ),
    ),
    (
        fileio.IS_A_FOLDER,
        QT_TRANSLATE_NOOP("CoreMessages", "%1 is a folder: give the file a name."),
    ),
    (
        deletion.FILE_NOT_RECEIVED,
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "The file of attachment %1 is not in this vault: it was deleted before it was sent "
            "here. Ask the colleague who attached it.",
        ),
    ),
    (
        attachments.NO_USABLE_NAME,
        QT_TRANSLATE_NOOP(
            "CoreMessages", "The file has no usable name: rename it, then add it again."
        ),
    ),
    (
        attachments.NOT_A_REGULAR_FILE,
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "%1 is not an ordinary file but a folder, a device or a pipe: only files can be "
            "attached.",
        ),
    ),
)

# Why a JSON file cannot be imported: clauses that follow the caller's "cannot be imported:".
_JSON_PROBLEMS: _Sentences = (
    (interchange.TOO_LARGE, QT_TRANSLATE_NOOP("CoreMessages", "the file is too large")),
    (interchange.NOT_UTF8, QT_TRANSLATE_NOOP("CoreMessages", "the file is not UTF-8 text")),
    (interchange.EMPTY, QT_TRANSLATE_NOOP("CoreMessages", "the file is empty")),
    (
        interchange.KEY_TWICE,
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "the file is not valid Sandiq JSON: the key %1 appears twice in one object",
        ),
    ),
    (
        # The parser's English words (%3) are left out: the line and column are what to act on.
        interchange.NOT_JSON,
        QT_TRANSLATE_NOOP("CoreMessages", "the file is not valid JSON (line %1, column %2)"),
    ),
    (
        interchange.NOT_JSON_LIMITS,
        QT_TRANSLATE_NOOP(
            "CoreMessages", "the file is not valid JSON (nested too deeply, or too long a number)"
        ),
    ),
    (
        interchange.NOT_SANDIQ,
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            'it is not a Sandiq JSON file (such a file begins with "format": "sandiq")',
        ),
    ),
    (
        interchange.UNSUPPORTED_VERSION,
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "it is in version %1 of the Sandiq JSON format, which this Sandiq cannot read",
        ),
    ),
    (
        interchange.UNKNOWN_SECTION,
        QT_TRANSLATE_NOOP("CoreMessages", "it has a section Sandiq does not know: %1"),
    ),
    (
        interchange.NOT_A_LIST,
        QT_TRANSLATE_NOOP("CoreMessages", "its section “%1” is not a list"),
    ),
)


@cache
def _patterns(sentences: _Sentences) -> tuple[tuple[re.Pattern[str], str], ...]:
    # Each detail as short as the sentence allows: "(line 2, column 5: Expecting ...)" keeps
    # the line and column whole even when the parser's own message holds ", " or ": ".
    return tuple(
        (re.compile(re.escape(sentence).replace(r"\{\}", "(.*?)"), re.DOTALL), translatable)
        for sentence, translatable in sentences
    )


def translated_sentence(
    context: str,
    sentences: _Sentences,
    message: str,
    detail_text: Callable[[str], str] = shown_in_sentence,
) -> str | None:
    """message, one of sentences (core's, with {} for each detail; the translatable one of
    context, with %1, %2...), in the interface language, each detail passed through
    detail_text; None if message is none of them."""
    for pattern, translatable in _patterns(sentences):
        match = pattern.fullmatch(message)
        if match is not None:
            details = (detail_text(detail) for detail in match.groups())
            return fill(QCoreApplication.translate(context, translatable), *details)
    return None


def core_sentence_text(message: str) -> str | None:
    """message (core's str() of an error) in the interface language; None if not listed."""
    return translated_sentence(_CONTEXT, _SENTENCES, message)


def json_problem_text(message: str) -> str:
    """Why core refused a JSON file to import, in the interface language; a record's problem
    (which field of which record) stays as core wrote it, in English."""
    return translated_sentence(_CONTEXT, _JSON_PROBLEMS, message) or message
