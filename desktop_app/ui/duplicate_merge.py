"""Merging the pair chosen in the duplicates dialog (``duplicates_dialog``): refused while one
of the two has unsaved changes in its form, asked first in words that say what moves where,
done in one transaction, and told afterwards in a sentence that says how many records moved."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.not_same_pairs import not_same_pairs
from desktop_app.core.person_merge import MergeSummary, merge_persons
from desktop_app.core.vault import Vault
from desktop_app.ui.duplicate_sides import PersonSide
from desktop_app.ui.forms.person_form import PersonForm
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import confirm, warn

# The merge's words were the dialog's before it had a module of its own, and keep its
# translation context (lupdate reads the literal "DuplicatesDialog" of each call).
translate = QCoreApplication.translate


@dataclass(frozen=True)
class MergeDone:
    """A merge made: the sentence that tells the user, and every pair marked as not the same
    person after it (the merge carries the merged-away person's marks to the kept one)."""

    text: str
    marked: set[tuple[UUID, UUID]]


def merge_pair(
    parent: QWidget, vault: Vault, keep: PersonSide, merge: PersonSide
) -> MergeDone | None:
    """Merge merge into keep in one transaction once the user agrees; None, with nothing
    changed, if either has unsaved changes in its form or the user says no. A SandiqError
    from core (one of them merged or deleted meanwhile) leaves the vault unchanged."""
    forms = {form.record_id: form for form in _open_person_forms()}
    unsaved = [side for side in (keep, merge) if side.id in forms and forms[side.id].is_dirty()]
    if unsaved:
        # Saved after the merge, the kept one's form would write over the names (and the
        # protection) the merge added; the other one's would be refused, its edits lost.
        forms[unsaved[0].id].raise_()
        text = translate(
            "DuplicatesDialog", "“%1” has unsaved changes in its window. Save or close it first."
        )
        warn(parent, fill(text, unsaved[0].name))
        return None
    if not confirm(parent, _question(keep, merge)):
        return None
    with database_errors_reported(), vault.transaction() as session:
        summary = merge_persons(vault.writer(session), keep.id, merge.id)
        marked = not_same_pairs(session)  # with the marks the merge carried over
    # The kept person's form shows it as before the merge. The other one's may stay open:
    # core refuses to save a deleted record, so it cannot come back from there.
    if keep.id in forms:
        forms[keep.id].close()
    return MergeDone(fill(_merged_text(summary), merge.name, keep.name), marked)


def _merged_text(summary: MergeSummary) -> str:
    moved = summary.case_parties + summary.testimonies + summary.events + summary.attachments
    text = translate(
        "DuplicatesDialog", "“%1” was merged into “%2”: %n record(s) moved.", "", moved
    )
    if summary.case_parties_removed:
        text += " " + translate(
            "DuplicatesDialog",
            "%n role(s) in cases removed: both held the same role in the same case.",
            "",
            summary.case_parties_removed,
        )
    return text


def _question(keep: PersonSide, merge: PersonSide) -> str:
    question = fill(
        translate(
            "DuplicatesDialog",
            "Keep “%1” and merge “%2” into it?\n\nThe cases, testimonies, events and files "
            "of “%2” move to “%1”, and the names of “%2” become other names of “%1”. “%2” "
            "is then deleted (Vault > Deleted records lists it). The merge can be seen on the "
            "History tab of each case concerned.",
        ),
        keep.name,
        merge.name,
    )
    if keep.is_protected or merge.is_protected:
        protection = translate(
            "DuplicatesDialog", "One of the two is protected, so “%1” stays protected."
        )
        question += "\n\n" + fill(protection, keep.name)
    return question


def _open_person_forms() -> list[PersonForm]:
    """The person forms open now."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, PersonForm) and widget.isVisible() and widget.record_id is not None
    ]
