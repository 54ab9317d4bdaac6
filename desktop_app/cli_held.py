"""The lines that say why a colleague's version waits for the user's decision as a conflict
(a safeguard it would weaken), after an import and in the conflicts commands.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from desktop_app.cli_dangling import kind_word
from desktop_app.cli_i18n import fill, translate
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

_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _held_text(reason: str) -> str | None:
    """What a colleague's version does that holds it: %1 the sender, %2 the record named by
    its kind ("person 'Rustam Aliev'", or "person <id>" where the label is its id), %3 a
    file's name, %4 the removed contacts whose edits it brings in."""
    texts = {
        UNPROTECTS: translate("CliConflicts", "%1's bundle removes the protection of %2"),
        CHANGES_PSEUDONYM: translate("CliConflicts", "%1's bundle changes the pseudonym of %2"),
        GIVES_PROTECTED_NAME: translate(
            "CliConflicts", "%1's bundle gives unprotected %2 a name of a protected person"
        ),
        DROPS_ANONYMITY: translate(
            "CliConflicts", "%1's bundle withdraws the witness's wish to be anonymised in %2"
        ),
        CHANGES_WITNESS: translate(
            "CliConflicts",
            "%1's bundle gives %2 another witness; its witness asked for anonymity or is protected",
        ),
        MOVES_CASE: translate("CliConflicts", "%1's bundle moves %2 to another case"),
        MOVES_ATTACHMENT: translate(
            "CliConflicts", "%1's bundle attaches the file '%3' to another record"
        ),
        MOVES_PROTECTED_FILE: translate(
            "CliConflicts",
            "%1's bundle takes the file '%3' from a protected person and attaches it to "
            "another record",
        ),
        LOWERS_SENSITIVITY: translate("CliConflicts", "%1's bundle lowers the sensitivity of %2"),
        WIDENS_CONSENT: translate(
            "CliConflicts", "%1's bundle widens the witness's consent to the use of %2"
        ),
        REVIVES_DELETED: translate("CliConflicts", "%1's bundle brings back %2, deleted here"),
        DELETES_PROTECTED: translate(
            "CliConflicts", "%1's bundle deletes %2, protected or anonymised here"
        ),
        ENTERS_WITH_PROTECTED_NAME: translate(
            "CliConflicts",
            "%1's bundle brings in %2, not protected, under the name of a protected person",
        ),
        NAMES_PROTECTED_IN_PSEUDONYM: translate(
            "CliConflicts",
            "%1's bundle gives %2 a pseudonym that holds the name of a protected person",
        ),
        RENAMES_PROTECTED: translate("CliConflicts", "%1's bundle renames protected %2"),
        BY_REMOVED_CONTACT: translate(
            "CliConflicts",
            "%1's bundle passes on a version of %2 with edits by %4, whom you removed from "
            "your contacts",
        ),
    }
    return texts.get(reason)


def held_lines(
    reasons: Sequence[str], sender: str, kind: str, label: str, removed: Sequence[str] = ()
) -> list[str]:
    """One line for each safeguard a colleague's version would weaken: it waits as a conflict.
    removed: the contacts this vault removed whose edits the version brings in."""
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
    return [
        "  " + fill(held, fill(text, sender, named, label, whom))
        for reason in reasons
        if (text := _held_text(reason)) is not None
    ]
