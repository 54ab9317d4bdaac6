"""What `sandiq bundle import` prints of an import (or a dry run): the bundle, its sender's
gaps and restores, the counts, and the records to look at (``cli_exchange`` runs it).

In Russian and Uzbek, core's notes (gaps, a refused sender, records left out) are said in the
window's words (``ui.refusals``, ``ui.left_out_notes``); in English they stay core's own, which
scripts and the docs quote. The texts share the exchange commands' context, CliExchange.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.cli_dangling import kind_word, print_dangling
from desktop_app.cli_held import change_held_lines
from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_output import local_time
from desktop_app.cli_record_name import record_name
from desktop_app.core.exchange.importer import Change, ImportReport, NotImported, SettledConflict
from desktop_app.core.exchange.own_claims import NOT_IMPORTED_REASONS
from desktop_app.core.exchange.sequences import (
    NOT_IMPORTED,
    MissedBundles,
    missed_text,
    sequences_text,
)
from desktop_app.ui import refusals
from desktop_app.ui.i18n import current_language, vocab_label
from desktop_app.ui.left_out_notes import not_imported_sentence

# A dry run's line for a record, by what the import would do to it: the change's action, or
# "hold" for a version held for a safeguard. English keeps "would" and the action's code, as in
# --json, which scripts and tests read; Russian and Uzbek say it with a verb that agrees with
# every kind on the line ("добавится").
_WOULD = {
    "insert": QT_TRANSLATE_NOOP("CliExchange", "would insert"),
    "update": QT_TRANSLATE_NOOP("CliExchange", "would update"),
    "delete": QT_TRANSLATE_NOOP("CliExchange", "would delete"),
    "conflict": QT_TRANSLATE_NOOP("CliExchange", "would conflict"),
    "hold": QT_TRANSLATE_NOOP("CliExchange", "would hold"),
}


def is_english() -> bool:
    """True if the CLI speaks English, where core's own sentences are printed as they are."""
    return current_language() == "en"


def print_import(report: ImportReport) -> None:
    made = translate("CliExchange", "Bundle %1 from %2, made %3.")
    print(fill(made, str(report.sequence), report.sender_name, local_time(report.created_at)))
    if report.already_imported_at:
        when = local_time(report.already_imported_at)
        if report.is_id_reused:
            # Not the same bundle again: Sandiq gives each bundle an id of its own.
            text = translate(
                "CliExchange",
                "Bundle %1 from %2 uses the id of bundle %3, imported on %4: nothing was "
                "imported. Sandiq gives every bundle a new id; ask %2 whether they made this one.",
            )
            first = str(report.already_imported_sequence)
            print(fill(text, str(report.sequence), report.sender_name, first, when))
        else:
            text = translate(
                "CliExchange", "This bundle was already imported on %1; nothing changed."
            )
            print(fill(text, when))
        return
    if not report.is_sender_known:  # the sentence a real import is refused with
        refusal = report.sender_refusal
        text = translate("CliExchange", "%1 It can be inspected but not imported.")
        print(fill(text, refusal if is_english() else refusals.refusal_text(refusal)))
    if report.is_sender_restored:
        text = translate(
            "CliExchange",
            "Bundle %1 from %2 is not the bundle %1 imported on %3: their vault may have been "
            "restored from a backup. Its versions that this vault never held are imported, or "
            "kept as conflicts where they clash with this vault's; none is dropped as older. Ask "
            "them to import a bundle from you before they edit again.",
        )
        when = local_time(report.same_sequence_imported_at)
        print(fill(text, str(report.sequence), report.sender_name, when))
    elif report.is_older_than_last:
        text = translate(
            "CliExchange",
            "Older than the last bundle from this sender (%1); only what is newer than this "
            "vault's copy is taken.",
        )
        print(fill(text, str(report.last_sequence)))
    _print_gaps(report)
    if report.is_dry_run:
        for change in report.changes:
            name = _record_name(change)
            # A version held for a safeguard says so on its line; why follows the counts.
            action = "hold" if change.reasons else change.action
            would = f"would {action}"  # an action core added after this list
            if action in _WOULD:
                would = translate("CliExchange", _WOULD[action])
            print(f"  {would}\t{_kind(change.kind)}\t{change.record_id}\t{name}")
    print(_summary(report))
    if report.settled:
        count = len(report.settled)
        if report.is_dry_run:
            text = translate(
                "CliExchange", "%n open conflict(s) would be settled by this bundle:", None, count
            )
        else:
            text = translate(
                "CliExchange", "%n open conflict(s) were settled by this bundle:", None, count
            )
        print(text)
    for settled in report.settled:
        print(f"  {_kind(settled.kind)} {settled.record_id}\t{_record_name(settled)}")
    _print_not_imported(report.not_imported)
    _print_new_by_removed(report)
    for change in report.changes:
        for line in change_held_lines(report.sender_name, change, _record_name(change)):
            print(line)
    if report.conflicts and not report.is_dry_run:
        print(translate("CliExchange", "See the conflicts with: sandiq conflicts"))
    print_dangling(report.dangling)


def _print_gaps(report: ImportReport) -> None:
    """The sender's earlier bundles that never came here: core's line in English, the
    window's in Russian and Uzbek."""
    if report.missed:
        if is_english():
            print(missed_text(report.sender_name, report.missed))
        else:
            print(refusals.missed_text(report.sender_name, report.missed))
    if report.skipped:
        if is_english():
            print(NOT_IMPORTED.format(report.sender_name, sequences_text(report.skipped)))
        else:
            print(refusals.not_imported_text(report.sender_name, report.skipped))


def _summary(report: ImportReport) -> str:
    """The import's counts on one line ("Dry run, nothing changed. It would be: …")."""
    text = translate(
        "CliExchange",
        "inserted %1, updated %2, deleted %3, unchanged %4, older (kept ours) %5, new conflicts %6",
    )
    counts = (report.inserted, report.updated, report.deleted, report.unchanged, report.older)
    summary = fill(text, *map(str, (*counts, report.conflicts)))
    if report.conflicts_waiting:
        waiting = translate("CliExchange", ", already waiting as conflicts %1")
        summary += fill(waiting, str(report.conflicts_waiting))
    if report.is_dry_run:
        return fill(translate("CliExchange", "Dry run, nothing changed. It would be: %1"), summary)
    return summary


def _print_not_imported(records: tuple[NotImported, ...]) -> None:
    """One line per reason a record was left out, each record under it."""
    for reason, sentence in NOT_IMPORTED_REASONS.items():
        left_out = [record for record in records if record.reason == reason]
        if not left_out:
            continue
        if not is_english():  # the window's sentence, naming them
            names = ", ".join(_record_name(record) for record in left_out)
            print(fill(not_imported_sentence(reason, len(left_out)), names))
        elif len(left_out) == 1:
            print(f"1 record not imported: {sentence}.")
        else:
            print(f"{len(left_out)} records not imported: {sentence}.")
        for record in left_out:
            print(f"  {_kind(record.kind)} {record.record_id}\t{_record_name(record)}")


def _print_new_by_removed(report: ImportReport) -> None:
    """Name the new records that hold edits by a contact this vault removed: they come in (a
    hold needs a version here), so the user knows which to look at."""
    new = [c for c in report.changes if c.action == "insert" and c.removed_authors]
    for removed in sorted({c.removed_authors for c in new}):
        records = [c for c in new if c.removed_authors == removed]
        if report.is_dry_run:
            text = translate(
                "CliExchange",
                "%n new record(s) with edits by %1, whom you removed from your contacts, would "
                "be added (%2's bundle passes them on); look at them, and delete what you do not "
                "trust:",
                None,
                len(records),
            )
        else:
            text = translate(
                "CliExchange",
                "%n new record(s) with edits by %1, whom you removed from your contacts, were "
                "added (%2's bundle passes them on); look at them, and delete what you do not "
                "trust:",
                None,
                len(records),
            )
        who = translate("CliExchange", " and ").join(removed)
        print(fill(text, who, report.sender_name))
        for change in records:
            print(f"  {_kind(change.kind)} {change.record_id}\t{_record_name(change)}")


def _kind(kind: str) -> str:
    """A record's kind on a record's line: its code in English, as in --json and as scripts
    read it; the window's word for it in Russian and Uzbek."""
    return kind if is_english() else kind_word(kind)


def _record_name(record: Change | SettledConflict | NotImported) -> str:
    """A record's label; for a case party, who and in which case ("Name, victim in UZ-1"),
    with the role (its label) as the window names it in Russian and Uzbek."""
    if record.kind == "case_party" and (record.person or record.case):
        text = translate("CliExchange", "%1, %2 in %3")
        return fill(text, record.person, _role(record.label), record.case)
    return record_name(record.kind, record.record_id, record.label)


def _role(code: str) -> str:
    if is_english():
        return code
    said = vocab_label(code)  # a list's label ("Пострадавший"), here inside a sentence
    return said[:1].lower() + said[1:]


def missed_json(missed: MissedBundles | None) -> dict[str, Any] | None:
    """missed with each run of numbers as [first, last] (a run may span millions)."""
    if missed is None:
        return None

    def runs(ranges: tuple[range, ...]) -> list[list[int]]:
        return [[run.start, run[-1]] for run in ranges]

    return {"certain": runs(missed.certain), "more": missed.more, "among": runs(missed.among)}
