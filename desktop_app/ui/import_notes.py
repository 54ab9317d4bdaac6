"""What an import's report tells besides its counts, as sentences for the Exchange page and
the import preview: a sender whose vault was restored from a backup, bundles of theirs
skipped, versions held for the user's decision (``held_notes``, also each held change's
tooltip), new records with edits by a contact removed here, conflicts waiting or settled,
records left out. Long lists name the first records and count the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop_app.core.exchange import own_claims
from desktop_app.core.exchange.importer import Change, ImportReport, NotImported, SettledConflict
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
from desktop_app.ui.i18n import fill, format_timestamp, record_label_text
from desktop_app.ui.left_out_notes import not_imported_sentence
from desktop_app.ui.refusals import missed_text, not_imported_text
from desktop_app.ui.role_labels import record_text, role_label

# Records named one by one in an import's notes; the rest are counted. A bundle may hold a
# thousand conflicts, and one line for each pushed the dialog's buttons off the screen.
NOTES_SHOWN = 5


def record_name(record: Change | SettledConflict | NotImported) -> str:
    """A record's label; for a case party, who and in which case ("Name, victim in UZ-1"),
    her role named in the feminine for a woman."""
    if record.kind == "case_party" and (record.person or record.case):
        text = QCoreApplication.translate("ChangeListModel", "%1, %2 in %3")
        person = record_label_text("person", record.person)
        return fill(text, person, role_label(record.label, record.person_sex), record.case)
    return record_text(record.kind, record.label, record.person_sex)


def held_notes(report: ImportReport) -> list[str]:
    """One sentence for each safeguard a version in the bundle would weaken: such a version
    waits as a conflict (counted as one) until the user keeps one side."""
    return [
        note for change in report.changes for note in change_held_notes(report.sender_name, change)
    ]


def change_held_notes(sender: str, change: Change) -> list[str]:
    """One sentence for each safeguard this colleague's version would weaken (none if it is not
    held); sender: whose bundle brings it."""
    translate = QCoreApplication.translate
    sentences = {
        UNPROTECTS: translate(
            "ImportNotes", "Held for your decision: %1's bundle removes the protection of “%2”."
        ),
        CHANGES_PSEUDONYM: translate(
            "ImportNotes", "Held for your decision: %1's bundle changes the pseudonym of “%2”."
        ),
        GIVES_PROTECTED_NAME: translate(
            "ImportNotes",
            "Held for your decision: %1's bundle gives “%2”, who is not protected, a name of a "
            "protected person.",
        ),
        DROPS_ANONYMITY: translate(
            "ImportNotes",
            "Held for your decision: %1's bundle withdraws the witness's wish to be anonymised "
            "in the testimony “%2”.",
        ),
        CHANGES_WITNESS: translate(
            "ImportNotes",
            "Held for your decision: %1's bundle gives the testimony “%2” another witness; its "
            "witness asked for anonymity or is protected.",
        ),
        MOVES_CASE: translate(
            "ImportNotes", "Held for your decision: %1's bundle moves “%2” to another case."
        ),
        MOVES_ATTACHMENT: translate(
            "ImportNotes",
            "Held for your decision: %1's bundle attaches the file “%2” to another record.",
        ),
        MOVES_PROTECTED_FILE: translate(
            "ImportNotes",
            "Held for your decision: %1's bundle takes the file “%2” from a protected person and "
            "attaches it to another record.",
        ),
        LOWERS_SENSITIVITY: translate(
            "ImportNotes",
            "Held for your decision: %1's bundle lowers the sensitivity of the testimony “%2”.",
        ),
        WIDENS_CONSENT: translate(
            "ImportNotes",
            "Held for your decision: %1's bundle widens the witness's consent to the use of the "
            "testimony “%2”.",
        ),
        REVIVES_DELETED: translate(
            "ImportNotes", "Held for your decision: %1's bundle brings back “%2”, deleted here."
        ),
        DELETES_PROTECTED: translate(
            "ImportNotes",
            "Held for your decision: %1's bundle deletes “%2”, protected or anonymised here.",
        ),
        ENTERS_WITH_PROTECTED_NAME: translate(
            "ImportNotes",
            "Held for your decision: %1's bundle brings in “%2”, a person who is not "
            "protected, under the name of a protected person.",
        ),
        NAMES_PROTECTED_IN_PSEUDONYM: translate(
            "ImportNotes",
            "Held for your decision: %1's bundle gives “%2” a pseudonym that holds the name of "
            "a protected person.",
        ),
        RENAMES_PROTECTED: translate(
            "ImportNotes",
            "Held for your decision: %1's bundle renames the protected person “%2”.",
        ),
        # %3: who wrote the edits, a contact removed here, not who passed them on.
        BY_REMOVED_CONTACT: translate(
            "ImportNotes",
            "Held for your decision: %1's bundle passes on a version of “%2” with edits by %3, "
            "whom you removed from your contacts.",
        ),
    }
    # Where the kind of record changes the sentence, the note names it, as the CLI does.
    by_kind = {
        (LOWERS_SENSITIVITY, "case"): translate(
            "ImportNotes",
            "Held for your decision: %1's bundle lowers the sensitivity of the case “%2”.",
        ),
        (MOVES_CASE, "testimony"): translate(
            "ImportNotes",
            "Held for your decision: %1's bundle moves the testimony “%2” to another case.",
        ),
        (MOVES_CASE, "event"): translate(
            "ImportNotes",
            "Held for your decision: %1's bundle moves the event “%2” to another case.",
        ),
        (MOVES_CASE, "case_party"): translate(
            "ImportNotes",
            "Held for your decision: %1's bundle moves the case party “%2” (a person's role in "
            "a case) to another case.",
        ),
        (MOVES_CASE, "attachment"): translate(
            "ImportNotes",
            "Held for your decision: %1's bundle moves the file “%2” to another case.",
        ),
    }
    # A version another colleague wrote: the bundle only brings it, and its author is named.
    relayed = translate("ImportNotes", "%1 It is %2's edit, which %3 passes on.")
    notes = []
    for reason in change.reasons:
        if reason not in sentences:
            continue
        note = fill(
            by_kind.get((reason, change.kind), sentences[reason]),
            sender,
            record_name(change),
            ", ".join(change.removed_authors),
        )
        if change.author and reason != BY_REMOVED_CONTACT:  # that one names them already
            note = fill(relayed, note, change.author, sender)
        notes.append(note)
    return notes


def _names(records: Sequence[Change | SettledConflict | NotImported]) -> str:
    """The first records' names, and how many more there are."""
    names = "; ".join(record_name(record) for record in records[:NOTES_SHOWN])
    if len(records) > NOTES_SHOWN:
        more = len(records) - NOTES_SHOWN
        names = fill(QCoreApplication.translate("ImportNotes", "%1; …and %n more", "", more), names)
    return names


def new_by_removed_notes(report: ImportReport, *, is_done: bool) -> list[str]:
    """One line for each set of removed contacts whose edits new records of the bundle hold,
    naming those records: they come in (a hold needs a version here), so the user knows which
    to look at."""
    new = [c for c in report.changes if c.action == "insert" and c.removed_authors]
    notes = []
    for removed in sorted({change.removed_authors for change in new}):
        records = [change for change in new if change.removed_authors == removed]
        if is_done:
            text = QCoreApplication.translate(
                "ImportNotes",
                "%n new record(s) with edits by %1, whom you removed from your contacts, were "
                "added (%2's bundle passes them on); look at them, and delete what you do not "
                "trust: %3",
                "",
                len(records),
            )
        else:
            text = QCoreApplication.translate(
                "ImportNotes",
                "%n new record(s) with edits by %1, whom you removed from your contacts, would "
                "be added (%2's bundle passes them on); look at them after the import, and "
                "delete what you do not trust: %3",
                "",
                len(records),
            )
        notes.append(fill(text, ", ".join(removed), report.sender_name, _names(records)))
    return notes


def not_imported_notes(report: ImportReport) -> list[str]:
    """One line for each reason records of the bundle are left out, naming them."""
    notes = []
    for reason in own_claims.NOT_IMPORTED_REASONS:
        records = [record for record in report.not_imported if record.reason == reason]
        if records:
            notes.append(fill(not_imported_sentence(reason, len(records)), _names(records)))
    return notes


def import_notes(report: ImportReport, *, is_done: bool) -> list[str]:
    """What to tell besides the counts: a sender whose vault was probably restored from a
    backup, bundles of theirs skipped, versions held for the user's decision, conflicting
    versions already waiting, open conflicts the bundle settles."""
    translate = QCoreApplication.translate
    notes = []
    if report.is_sender_restored:
        text = translate(
            "ImportNotes",
            "Bundle %1 from %2 is not the bundle %1 imported on %3: their vault may have been "
            "restored from a backup. Its versions that this vault never held are imported, or "
            "kept as conflicts where they clash with this vault's; none is dropped as older. "
            "Ask them to import a bundle from you before they edit again.",
        )
        when = format_timestamp(report.same_sequence_imported_at)
        notes.append(fill(text, str(report.sequence), report.sender_name, when))
    if report.missed:
        notes.append(missed_text(report.sender_name, report.missed))
    if report.skipped:
        notes.append(not_imported_text(report.sender_name, report.skipped))
    held = held_notes(report)
    notes += held[:NOTES_SHOWN]
    if len(held) > NOTES_SHOWN:
        more = len(held) - NOTES_SHOWN
        if is_done:
            text = translate(
                "ImportNotes", "…and %n more held for your decision: see Conflicts.", "", more
            )
        else:
            text = translate(
                "ImportNotes",
                "…and %n more would be held for your decision: see Conflicts after the import.",
                "",
                more,
            )
        notes.append(text)
    notes += new_by_removed_notes(report, is_done=is_done)
    if waiting := report.conflicts_waiting:
        notes.append(
            translate(
                "ImportNotes",
                "%n conflicting version(s) already waiting: no new conflict for them.",
                "",
                waiting,
            )
        )
    if settled := len(report.settled):
        if is_done:
            text = translate(
                "ImportNotes", "%n open conflict(s) were settled by this bundle: %1", "", settled
            )
        else:
            text = translate(
                "ImportNotes",
                "%n open conflict(s) would be settled by this bundle: %1",
                "",
                settled,
            )
        notes.append(fill(text, _names(report.settled)))
    return notes + not_imported_notes(report)
