"""What to tell the user about records that an import or a conflict's resolution left
pointing at a deleted record (or at a person merged into another), so they choose again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop_app.core.exchange.dangling import DanglingReference, is_every_target_held
from desktop_app.ui.i18n import fill, record_label_text, vocab_label

_DANGLING_SHOWN = 10  # records named after an import; the rest are counted
_WHOM = ("person", "case")  # what a user chooses again for a record left pointing at one


def dangling_notes(dangling: Sequence[DanglingReference]) -> list[str]:
    """What to tell about records an import or a conflict's resolution left pointing at a
    deleted record (none: [])."""
    if not dangling:
        return []
    # In the Exchange page's context, where these texts were written and translated first.
    translate = QCoreApplication.translate
    lines = [_dangling_line(d) for d in dangling[:_DANGLING_SHOWN]]
    if len(dangling) > _DANGLING_SHOWN:
        more = len(dangling) - _DANGLING_SHOWN
        lines.append(translate("ExchangePage", "…and %1 more.").replace("%1", str(more)))
    is_all_held = is_every_target_held(dangling)
    if is_all_held:  # nothing to restore: a conflict to decide
        heading = translate(
            "ExchangePage",
            "These records refer to a person held for your decision: a colleague's bundle "
            "brings it in under the name of a protected person. Decide its conflict (see "
            "Conflicts); if you keep it out, open these records and choose again whom they "
            "refer to:",
        )
    elif all(d.is_target_kept_out for d in dangling):  # the user's own choice: no deletion
        heading = translate(
            "ExchangePage",
            "These records refer to a person you kept out of this vault: a colleague's "
            "person who bears the name of a protected person. Open them and choose again "
            "whom they refer to:",
        )
    elif all(d.kind != "attachment" and d.target_kind in _WHOM for d in dangling):
        heading = translate(
            "ExchangePage",
            "These records still use people or cases that were deleted, or merged into "
            "others, in one of the vaults meanwhile. Open them and choose again whom they "
            "refer to:",
        )
    else:  # "whom" fits people and cases; a file or a source may rather be brought back
        heading = translate(
            "ExchangePage",
            "These records still refer to records that were deleted (or people merged into "
            "others) in one of the vaults meanwhile. Open them and choose again what they "
            "refer to, or bring back what was deleted with Vault > Deleted records:",
        )
    notes = [heading, "\n".join(lines)]
    if not is_all_held and any(d.is_target_held for d in dangling):
        text = translate(
            "ExchangePage",
            "A person “held for your decision” is not deleted: decide its conflict first (see "
            "Conflicts).",
        )
        notes.append(text)
    return notes


def _dangling_line(d: DanglingReference) -> str:
    """One record left pointing at a deleted one, each named by its label (or the start
    of its id, when it has no date, summary or name to show)."""
    translate = QCoreApplication.translate
    label = record_label_text(d.kind, d.label) or str(d.record_id)[:8]
    if d.is_target_held:  # its name is a protected person's, and nobody here deleted it
        text = translate("ExchangePage", "%1 “%2” refers to person %3, held for your decision.")
        return fill(text, vocab_label(d.kind), label, str(d.target_id))
    if d.is_target_kept_out:  # by id as well: its name is a protected person's
        text = translate("ExchangePage", "%1 “%2” refers to person %3, kept out of this vault.")
        return fill(text, vocab_label(d.kind), label, str(d.target_id))
    target = vocab_label(d.target_kind).lower()
    target_label = record_label_text(d.target_kind, d.target_label) or str(d.target_id)[:8]
    if d.kind == "attachment":
        text = translate(
            "ExchangePage", "Attached file “%1” belongs to %2 “%3”, which was deleted."
        )
        return fill(text, label, target, target_label)
    if d.target_kind in _WHOM:
        text = translate(
            "ExchangePage", "%1 “%2” refers to %3 “%4”, which was deleted or merged into another."
        )
    else:
        text = translate("ExchangePage", "%1 “%2” refers to %3 “%4”, which was deleted.")
    return fill(text, vocab_label(d.kind), label, target, target_label)
