"""Why a record cannot be deleted yet (``core.deletion.RecordInUse``), in the user's language:
said by the record's form, and by `sandiq delete` in Russian and Uzbek."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.deletion import RecordInUse


def in_use_text(error: RecordInUse) -> str:
    """Why a record cannot be deleted yet, and what to do, in the user's language."""

    def uses(used_by: str, count: int) -> str:
        translate = QCoreApplication.translate  # literal sources, for lupdate's plurals
        if used_by == "case_party":
            return translate("Deletion", "%n role(s) in cases", "", count)
        if used_by == "testimony":
            return translate("Deletion", "%n testimony(ies)", "", count)
        if used_by == "event":
            return translate("Deletion", "%n event(s)", "", count)
        return translate("Deletion", "%n attached file(s)", "", count)

    listed = ", ".join(uses(used_by, count) for used_by, count in error.uses.items())
    advice = QCoreApplication.translate(
        "Deletion",
        "It cannot be deleted while other records use it: %1. Remove it from them first, or "
        "delete them first.",
    )
    return advice.replace("%1", listed)
