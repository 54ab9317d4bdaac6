"""The `sandiq` command in the user's language: English, Russian or Uzbek (Latin).

The language is ``SANDIQ_LANGUAGE`` (``en``, ``ru``, ``uz``) if set, else the locale as gettext
reads it: the first non-empty of ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``
(``ru_RU.UTF-8`` is Russian, ``uz_UZ@latin`` Uzbek; ``C``, ``POSIX`` and anything else English).
The GUI's catalogues (``resources/i18n/sandiq_*.qm``) hold the CLI's texts too, loaded by the
GUI's own ``install_translators`` into a ``QCoreApplication``: QtCore only, no display.

How a ``cli_*.py`` module says a text (pyside6-lupdate extracts only this form, with a LITERAL
context, one per module: ``Cli``, ``CliCommon``, ``CliVault``, ``CliKeys``, ``CliCases``...)::

    from desktop_app.cli_i18n import fill, translate

    print(translate("CliKeys", "Passphrase changed."))
    print(fill(translate("CliVault", "Vault restored at %1 from %2."), str(folder), backup))
    print(translate("CliVault", "%n problem(s) found", None, count))  # a count: %n, plural

- Details go in as ``%1``, ``%2`` with ``fill`` (never an f-string inside ``translate``): the
  translator can move them, and a name holding "%2" is not filled again.
- A printed count is ``%n`` with the count as fourth argument; its English forms come from the
  English catalogue, like the GUI's ("1 problem found", "2 problems found").
- Argparse help texts are translated the same way (``build_parser`` runs after the language is
  chosen), and argparse's own words ("usage:", "options", a missing argument) by
  ``cli_argparse``. A ``%`` in a help text is written ``%%``.
- What stays English: the ``sandiq: error:`` and ``sandiq:`` prefixes (scripts look for them),
  ``--json`` output, command and option names, and codes (``under_review``).
- An error passes through ``error_text``, the GUI's mapping: the window's sentence for its
  class (a wrong passphrase, a vault from a newer Sandiq), else core's English sentence
  translated where the GUI has it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

from desktop_app.core.errors import RecordNotFound, SandiqError
from desktop_app.ui import error_texts
from desktop_app.ui.core_messages import core_sentence_text, json_problem_text
from desktop_app.ui.i18n import (
    LANGUAGES,
    current_language,
    fill,
    install_translators,
    remove_translators,
)

__all__ = ["cli_language", "error_text", "fill", "language_from", "translate"]

LANGUAGE_ENV = "SANDIQ_LANGUAGE"
# gettext's order: the first of these that is set and not empty names the language.
_LOCALE_ENV = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

translate = QCoreApplication.translate


def language_from(environ: Mapping[str, str]) -> str:
    """The interface language ('en', 'ru' or 'uz') that environ asks for."""
    chosen = environ.get(LANGUAGE_ENV) or next(
        (value for name in _LOCALE_ENV if (value := environ.get(name))), ""
    )
    # LANGUAGE may list several ("uz:ru"): the first Sandiq has wins, as with gettext.
    for tag in chosen.split(":"):
        language = tag.split("_")[0].split(".")[0].split("@")[0].lower()
        if language in LANGUAGES:
            return language
    return "en"


@contextmanager
def cli_language(environ: Mapping[str, str] = os.environ) -> Iterator[str]:
    """The language of environ in effect for what runs inside: its catalogue installed in the
    running application, or in a QCoreApplication made for it and shut down afterwards (a test
    that runs `sandiq` in-process must not leave a non-GUI application behind)."""
    app = QCoreApplication.instance()
    made = app is None
    if made:
        app = _quiet_application()
    before = current_language()
    language = language_from(environ)
    install_translators(language)  # a missing .qm: English, with the GUI's one-line note
    try:
        yield language
    finally:
        if current_language() != before:  # ui.i18n's language is the whole process's
            install_translators(before)
        if made:
            remove_translators()
            app.shutdown()


def _quiet_application() -> QCoreApplication:
    """A QCoreApplication made without Qt's four-line warning about a locale that is not UTF-8
    (LANG=C under cron, a locale not installed): on stderr, where scripts expect only sandiq's
    own lines, and about Qt's text handling, which the CLI does not use."""
    previous = qInstallMessageHandler(lambda *_args: None)
    try:
        return QCoreApplication(["sandiq"])
    finally:
        qInstallMessageHandler(previous)


def error_text(error: SandiqError) -> str:
    """The part after "sandiq: error: " for error: the window's sentence for its class where
    the window has one of its own for it, else core's English sentence in the user's language
    where the GUI has it translated, else as core (or the command) wrote it."""
    message = str(error)
    if current_language() == "en":
        # Core's own words: the GUI's English rewording would change what scripts match.
        return message
    return _class_text(error) or core_sentence_text(message) or json_problem_text(message)


def _class_text(error: SandiqError) -> str | None:
    """The window's translated sentence for error's class, or None where it has none of its
    own (a damaged backup is told by core as such, not as the window's "the vault is
    damaged"; a wrong recovery key is no wrong passphrase)."""
    if isinstance(error, RecordNotFound):  # the window's sentences drop the id not found
        return None
    return error_texts.class_text(error)
