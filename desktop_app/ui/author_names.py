"""Who made a change, as History and Deleted records name it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.authors import Author, AuthorKind
from desktop_app.ui.i18n import fill


def author_text(author: Author) -> str:
    """ "this vault", a colleague's name, a removed contact's key or a key no contact has (a
    change relayed by a colleague), with the start of its fingerprint, or "not recorded"."""
    translate = QCoreApplication.translate
    match author.kind:
        case AuthorKind.THIS_VAULT:
            return translate("HistoryModel", "this vault")
        case AuthorKind.CONTACT:
            return author.name
        case AuthorKind.REMOVED_KEY:
            text = translate("HistoryModel", "%1 — removed key %2")
            return fill(text, author.name, author.fingerprint)
        case AuthorKind.UNKNOWN_KEY:
            return fill(translate("HistoryModel", "unknown key %1"), author.fingerprint)
    return translate("HistoryModel", "not recorded")
