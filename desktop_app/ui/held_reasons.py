"""Why a colleague's version was held: one sentence for each safeguard it would weaken.

The conflict dialog shows the sentences above the two versions, and the Exchange page's list
in the tooltip of a held row; both read them here, under the dialog's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.exchange.conflicts import ConflictInfo
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
from desktop_app.ui.i18n import fill


def held_reason_text(info: ConflictInfo) -> str:
    """One line for each safeguard the colleague's version would weaken ("" if none), naming
    who wrote that version (not the colleague who passed it on)."""
    # Under the context they were translated in while the dialog alone showed them.
    translate = QCoreApplication.translate
    sentences = {
        UNPROTECTS: translate(
            "ConflictDialog",
            "%1's version removes this person's protection: reports would show their name "
            "instead of the pseudonym.",
        ),
        CHANGES_PSEUDONYM: translate(
            "ConflictDialog",
            "%1's version changes the pseudonym that reports show instead of this person's name.",
        ),
        GIVES_PROTECTED_NAME: translate(
            "ConflictDialog",
            "%1's version gives this person a name of a protected person: reports would "
            "show that name, as this person is not protected.",
        ),
        DROPS_ANONYMITY: translate(
            "ConflictDialog",
            "%1's version withdraws the witness's wish to be anonymised in reports.",
        ),
        CHANGES_WITNESS: translate(
            "ConflictDialog",
            "%1's version gives this testimony another witness: reports would hide that "
            "person's name instead of the name of the witness who asked for anonymity or "
            "is protected.",
        ),
        MOVES_CASE: translate(
            "ConflictDialog",
            "%1's version moves this record to another case, whose reports may go to "
            "other readers.",
        ),
        MOVES_ATTACHMENT: translate(
            "ConflictDialog", "%1's version attaches this file to another record."
        ),
        MOVES_PROTECTED_FILE: translate(
            "ConflictDialog",
            "%1's version takes this file from a protected person and attaches it to another "
            "record, whose reports would show it.",
        ),
        LOWERS_SENSITIVITY: translate(
            "ConflictDialog",
            "%1's version lowers this record's sensitivity: dossiers and searches would "
            "treat it as meant for a wider audience.",
        ),
        WIDENS_CONSENT: translate(
            "ConflictDialog",
            "%1's version widens the witness's consent: the testimony could be used in ways "
            "the consent recorded here does not allow.",
        ),
        REVIVES_DELETED: translate(
            "ConflictDialog",
            "%1's version brings back this record, which was deleted here: dossiers would "
            "include it again.",
        ),
        DELETES_PROTECTED: translate(
            "ConflictDialog",
            "%1's version deletes this record of a protected or anonymised witness: keep "
            "theirs only if you know why it goes.",
        ),
        ENTERS_WITH_PROTECTED_NAME: translate(
            "ConflictDialog",
            "%1's version brings in a person who is not protected, under the name of a "
            "protected person: reports would show that name. Until you decide, it is kept "
            "out of this vault.",
        ),
        NAMES_PROTECTED_IN_PSEUDONYM: translate(
            "ConflictDialog",
            "%1's version gives this person a pseudonym that holds the name of a protected "
            "person: reports would print that name in place of this person's.",
        ),
        RENAMES_PROTECTED: translate(
            "ConflictDialog",
            "%1's version renames this protected person: accounts written before still use "
            "the name, and a newcomer could take it.",
        ),
    }
    # Which kind of record moves: a testimony and its witness, or only a role in a case.
    moves = {
        "testimony": translate(
            "ConflictDialog",
            "%1's version moves this testimony to another case, whose reports may go to "
            "other readers.",
        ),
        "event": translate(
            "ConflictDialog",
            "%1's version moves this event to another case, whose reports may go to other readers.",
        ),
        "case_party": translate(
            "ConflictDialog",
            "%1's version moves this case party (a person's role in a case) to another "
            "case, whose reports may go to other readers.",
        ),
        "attachment": translate(
            "ConflictDialog",
            "%1's version moves this file to another case, whose reports may go to other readers.",
        ),
    }
    if info.record_kind in moves:
        sentences[MOVES_CASE] = moves[info.record_kind]
    # %2: who wrote the edits, a contact removed here, not who passed them on.
    sentences[BY_REMOVED_CONTACT] = translate(
        "ConflictDialog",
        "%1's version holds edits by %2, whom you removed from your contacts: keep theirs only "
        "if you trust these edits.",
    )
    removed = ", ".join(info.removed_authors)
    # A removed contact's edits are named in %2; %1 is then who passes the version on.
    return "\n".join(
        fill(
            sentences[reason],
            info.sender if reason == BY_REMOVED_CONTACT else info.written_by,
            removed,
        )
        for reason in info.reasons
        if reason in sentences
    )
