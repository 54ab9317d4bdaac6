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
    record = _record_text(d, label)
    target_label = record_label_text(d.target_kind, d.target_label) or str(d.target_id)[:8]
    if d.target_kind == "person":  # a name needs no kind before it
        target = target_label
    else:
        target = fill(
            translate("ExchangePage", "%1 “%2”"), vocab_label(d.target_kind).lower(), target_label
        )
    relation = _relation_text(d.kind, d.field)
    return " ".join((fill(relation, record, target, vocab_label(d.kind)), _fate_text(d)))


def _record_text(d: DanglingReference, label: str) -> str:
    """The live record's label, quoted, with its case when it has one of its own."""
    translate = QCoreApplication.translate
    if d.case_reference:
        return fill(translate("ExchangePage", "“%1” (case %2)"), label, d.case_reference)
    return fill(translate("ExchangePage", "“%1”"), label)


def _relation_text(kind: str, field: str) -> str:
    """What a record says of the one it points at (%1 the record, %2 that one, %3 the record's
    kind), as a sentence a researcher would write rather than a field's name."""
    translate = QCoreApplication.translate
    relations = {
        ("testimony", "witness"): translate(
            "ExchangePage", "Testimony %1 names %2 as its witness."
        ),
        ("event", "victims"): translate("ExchangePage", "Event %1 names %2 as a victim."),
        ("event", "perpetrators"): translate("ExchangePage", "Event %1 names %2 as a perpetrator."),
        ("case_party", "person"): translate("ExchangePage", "The role %1 is given to %2."),
        ("event", "sources"): translate("ExchangePage", "Event %1 cites %2 as a source."),
        ("attachment", "owner"): translate("ExchangePage", "Attached file %1 belongs to %2."),
    }
    # Otherwise the record's case: a testimony's, an event's or a party's.
    return relations.get((kind, field)) or translate("ExchangePage", "%3 %1 belongs to %2.")


def _fate_text(d: DanglingReference) -> str:
    """Who deleted the record pointed at, or merged that person into whom."""
    translate = QCoreApplication.translate
    if d.merged_into_id is not None:
        into = d.merged_into_label or str(d.merged_into_id)[:8]
        if d.is_deleted_here:  # not "you": keeping a colleague's merge makes it this vault's
            text = translate("ExchangePage", "This person was merged into %1 in this vault.")
            return fill(text, into)
        if d.deleted_by:
            text = translate("ExchangePage", "%1 merged this person into %2.")
            return fill(text, d.deleted_by, into)
        return fill(translate("ExchangePage", "This person was merged into %1."), into)
    if d.target_kind == "person":
        if d.is_deleted_here:
            return translate("ExchangePage", "This person was deleted in this vault.")
        if d.deleted_by:
            return fill(translate("ExchangePage", "%1 deleted this person."), d.deleted_by)
        return translate("ExchangePage", "This person was deleted.")
    if d.is_deleted_here:
        return translate("ExchangePage", "That record was deleted in this vault.")
    if d.deleted_by:
        return fill(translate("ExchangePage", "%1 deleted that record."), d.deleted_by)
    return translate("ExchangePage", "That record was deleted.")
