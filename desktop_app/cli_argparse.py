"""argparse's own words ("usage:", "options", "the following arguments are required") in the
user's language, beside the help texts Sandiq writes itself.

argparse looks its words up through the name ``_`` it imported from gettext, at each use
(building a parser, writing help, reporting a usage error); while a command runs in Russian or
Uzbek that name answers from Sandiq's catalogues instead. (Its one counted word, "expected %s
arguments", is for an option taking a fixed number of values, which no command has.) English keeps
argparse's words untouched (scripts match its errors), and a word this module does not list
(one a later Python adds) stays English too.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.cli_i18n import translate
from desktop_app.ui.i18n import current_language

# The messages of Python 3.11's argparse that a user of `sandiq` can meet; the ones about a
# parser built wrongly are for Sandiq's developers and stay English.
_WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP("Argparse", "usage: "),
        QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
        QT_TRANSLATE_NOOP("Argparse", "options"),
        QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
        QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
        QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
    }
)


def _word(message: str) -> str:
    return translate("Argparse", message) if message in _WORDS else message


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """argparse says its words in the language in effect (``cli_language``) while inside."""
    if current_language() == "en":
        yield
        return
    said = argparse._  # type: ignore[attr-defined]
    argparse._ = _word  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = said  # type: ignore[attr-defined]
