"""How the CLI names a record core names by kind and id (``safeguards.conflict_label``: a
newcomer held or kept out for a protected person's name): in Russian and Uzbek with the kind
as the window says it ("человек <id>"), in English as core wrote it, which scripts read.
"""

from __future__ import annotations

from uuid import UUID

from desktop_app.cli_dangling import kind_word
from desktop_app.ui.i18n import current_language


def record_name(kind: str, record_id: UUID | str, label: str) -> str:
    """label, or, if it is core's "<kind> <id>" for that record, the kind in the user's words."""
    if current_language() == "en" or label != f"{kind} {record_id}":
        return label
    return f"{kind_word(kind)} {record_id}"
