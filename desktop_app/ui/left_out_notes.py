"""Why an import leaves records of a bundle out (``own_claims``), in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.core.exchange import own_claims


def not_imported_sentence(reason: str, count: int) -> str:
    """Why count records are left out (%1: their names), in the user's language."""
    translate = QCoreApplication.translate
    if reason == own_claims.FORGED_ON_THE_WAY:
        return translate(
            "ImportNotes",
            "%n record(s) not imported (%1): its version claims edits by this vault that it "
            "never made — forged on the way, by the sender or a colleague of theirs.",
            "",
            count,
        )
    if reason == own_claims.TOO_MANY_VAULTS:
        text = translate(
            "ImportNotes",
            "%n record(s) not imported (%1): its version vector names more than %2 vaults, more "
            "than ever edit one record — made up on the way, by the sender or a colleague of "
            "theirs.",
            "",
            count,
        )
        return text.replace("%2", QLocale().toString(own_claims.MAX_ACCEPTED_VAULTS))
    if reason == own_claims.COUNT_TOO_HIGH:
        text = translate(
            "ImportNotes",
            "%n record(s) not imported (%1): its version vector counts more than %2 edits by "
            "one vault — made up on the way, by the sender or a colleague of theirs.",
            "",
            count,
        )
        return text.replace("%2", QLocale().toString(own_claims.MAX_ACCEPTED_COUNT))
    return translate(
        "ImportNotes",
        "%n record(s) not imported (%1): it refers to a record of this bundle that is not "
        "imported.",
        "",
        count,
    )
