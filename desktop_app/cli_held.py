"""The lines that say why a colleague's version waits for the user's decision as a conflict
(a safeguard it would weaken), after an import and in the conflicts commands.

English keeps the CLI's own lines, which tests and the docs quote. In Russian and Uzbek a line
is the Exchange page's note for the same version (``ui.import_notes.change_held_notes``), except
where that note names the record without its kind: there the CLI's own line, translated,
still says which kind of record it is.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence

from desktop_app.cli_dangling import kind_word
from desktop_app.cli_i18n import fill, translate
from desktop_app.core.exchange.conflicts import ConflictInfo
from desktop_app.core.exchange.importer import Change
from desktop_app.core.exchange.safeguards import (
    BY_REMOVED_CONTACT,
    CHANGES_PSEUDONYM,
    CHANGES_WITNESS,
    DELETES_PROTECTED,
    DROPS_ANONYMITY,
    ENTERS_WITH_PROTECTED_NAME,
    GIVES_PROTECTED_NAME,
    LOWERS_SENSITIVITY,
    MOVES_ATTACHMENT,
    MOVES_CASE,
    MOVES_PROTECTED_FILE,
    NAMES_PROTECTED_IN_PSEUDONYM,
    RENAMES_PROTECTED,
    REVIVES_DELETED,
    UNPROTECTS,
    WIDENS_CONSENT,
)
from desktop_app.ui.i18n import current_language
from desktop_app.ui.import_notes import change_held_notes

_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# What a colleague's version does that holds it, said in English only (the other languages
# say the window's note): %1 the sender, %2 the record named by its kind ("person 'Rustam
# Aliev'", or "person <id>" where the label is its id), %3 a file's name.
_ENGLISH = {
    UNPROTECTS: "%1's bundle removes the protection of %2",
    CHANGES_PSEUDONYM: "%1's bundle changes the pseudonym of %2",
    GIVES_PROTECTED_NAME: "%1's bundle gives unprotected %2 a name of a protected person",
    DROPS_ANONYMITY: "%1's bundle withdraws the witness's wish to be anonymised in %2",
    CHANGES_WITNESS: (
        "%1's bundle gives %2 another witness; its witness asked for anonymity or is protected"
    ),
    MOVES_CASE: "%1's bundle moves %2 to another case",
    MOVES_ATTACHMENT: "%1's bundle attaches the file '%3' to another record",
    MOVES_PROTECTED_FILE: (
        "%1's bundle takes the file '%3' from a protected person and attaches it to another record"
    ),
    LOWERS_SENSITIVITY: "%1's bundle lowers the sensitivity of %2",
    WIDENS_CONSENT: "%1's bundle widens the witness's consent to the use of %2",
    ENTERS_WITH_PROTECTED_NAME: (
        "%1's bundle brings in %2, not protected, under the name of a protected person"
    ),
    NAMES_PROTECTED_IN_PSEUDONYM: (
        "%1's bundle gives %2 a pseudonym that holds the name of a protected person"
    ),
    RENAMES_PROTECTED: "%1's bundle renames protected %2",
}


def _kind_unsaid_text(reason: str) -> str | None:
    """The CLI's line, in every language, for a reason any kind of record can be held for,
    whose note on the Exchange page names the record by its label alone: %1 the sender, %2
    the record named by its kind, %4 the removed contacts whose edits it brings in."""
    texts = {
        REVIVES_DELETED: translate("CliConflicts", "%1's bundle brings back %2, deleted here"),
        DELETES_PROTECTED: translate(
            "CliConflicts", "%1's bundle deletes %2, protected or anonymised here"
        ),
        BY_REMOVED_CONTACT: translate(
            "CliConflicts",
            "%1's bundle passes on a version of %2 with edits by %4, whom you removed from "
            "your contacts",
        ),
    }
    return texts.get(reason)


def _held_lines(
    reasons: Sequence[str],
    sender: str,
    kind: str,
    label: str,
    removed: Sequence[str],
    window_notes: Callable[[str], list[str]],
) -> list[str]:
    """One line for each safeguard a colleague's version would weaken: it waits as a conflict.
    removed: the contacts this vault removed whose edits the version brings in; window_notes:
    the Exchange page's notes for the version held for one reason, said in Russian and Uzbek."""
    is_english = current_language() == "en"
    prefix, _, record_id = label.rpartition(" ")
    # A record named by kind and id (its name withheld) is not quoted as if that were a name.
    is_by_id = prefix == kind and _ID.fullmatch(record_id) is not None
    if is_by_id:
        named = f"{kind_word(kind)} {record_id}"
    else:
        named = fill(translate("CliConflicts", "%1 '%2'"), kind_word(kind), label)
    both = translate("CliConflicts", "%1 and %2")
    whom = functools.reduce(lambda first, then: fill(both, first, then), removed) if removed else ""
    held = translate("CliConflicts", "Held for your decision: %1")
    lines = []
    for reason in reasons:
        text = _kind_unsaid_text(reason) or (_ENGLISH.get(reason) if is_english else None)
        if text is not None:
            lines.append("  " + fill(held, fill(text, sender, named, label, whom)))
        elif reason in _ENGLISH:
            lines += ["  " + note for note in window_notes(reason)]
    return lines


def change_held_lines(sender: str, change: Change, name: str) -> list[str]:
    """Why a colleague's version is held, one line for each safeguard it would weaken (none if
    it is not held); sender: whose bundle brings it; name: the record as the English lines
    name it."""

    def window_notes(reason: str) -> list[str]:
        return change_held_notes(sender, dataclasses.replace(change, reasons=(reason,)))

    return _held_lines(
        change.reasons, sender, change.kind, name, change.removed_authors, window_notes
    )


def conflict_held_lines(info: ConflictInfo) -> list[str]:
    """Why a listed conflict's version is held, one line for each safeguard it would weaken
    (none for an edit made on both sides)."""
    # The window says its notes of an import's change: the conflict as that change.
    change = Change(
        kind=info.record_kind,
        record_id=info.record_id,
        action="conflict",
        label=info.label,
        person_sex=info.person_sex,
        reasons=info.reasons,
        removed_authors=info.removed_authors,
        author=info.author if info.relayed_by else "",  # a version the sender passes on
    )
    return change_held_lines(info.sender, change, info.label)
