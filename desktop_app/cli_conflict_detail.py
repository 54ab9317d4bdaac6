"""How `sandiq conflicts show` prints a conflict: its record, why a colleague's version is held,
what each choice does, and the fields that differ, a long text's differences marked word by word.

``cli_conflicts`` finds the conflict and prints it with ``print_conflict_detail``; the texts
keep its translation context, "CliConflicts", so the catalogues' entries still match.
"""

from __future__ import annotations

from typing import Any

from desktop_app.cli_dangling import kind_word
from desktop_app.cli_held import conflict_held_lines
from desktop_app.cli_i18n import fill, translate
from desktop_app.core.exchange.conflict_diff import MARKS, FieldDifference, compact_word_diff
from desktop_app.core.exchange.conflicts import ConflictDetail
from desktop_app.ui.i18n import current_language, field_label, field_text


def print_conflict_detail(detail: ConflictDetail) -> None:
    """Print detail as `sandiq conflicts show` does without --json."""
    info = detail.info
    heading = translate("CliConflicts", "Conflict %1: %2 %3")
    print(fill(heading, str(info.id), kind_word(info.record_kind), str(info.record_id)))
    for line in conflict_held_lines(info):
        print(line.strip())
    if detail.merged_into is not None:
        print(_merge_line(detail))
    text = translate(
        "CliConflicts",
        "Only the fields that differ; [-...-] is only in mine, {+...+} only in theirs.",
    )
    print(text)
    for difference in detail.differences:
        _print_difference(difference, detail.mine, detail.theirs, detail.labels)
    if detail.is_held_out:
        print(_held_out_lines(detail))
    elif detail.mine_deleted != detail.theirs_deleted:
        deleted = translate("CliConflicts", "deleted", "a record's state: deleted")
        kept = translate("CliConflicts", "kept", "a record's state: not deleted")
        mine = deleted if detail.mine_deleted else kept
        theirs = deleted if detail.theirs_deleted else kept
        print(_both(_name("deleted"), mine, theirs))


def _name(name: str) -> str:
    """A field as the window labels it; in English by its JSON name, as scripts read it."""
    return name if current_language() == "en" else field_label(name)


def _value(name: str, value: Any) -> str:
    """A field's value as the window shows it (a code by its label, yes or no), on one line;
    in English as stored."""
    if current_language() == "en":
        return str(value)
    return field_text(name, value).replace("\n", "; ")


def _item(name: str, text: str) -> str:
    """An item of a list field (an act type's code) as the window shows it; in English as
    stored."""
    return text if current_language() == "en" else field_text(name, [text])


def _both(name: str, mine: str, theirs: str) -> str:
    """A field's value on each side."""
    return fill(translate("CliConflicts", "%1:\n  mine:   %2\n  theirs: %3"), name, mine, theirs)


def _held_out_lines(detail: ConflictDetail) -> str:
    """What this vault holds of a newcomer kept out, and what each choice does."""
    sender = detail.info.written_by  # its author, who may not be the colleague who sent it on
    if detail.info.resolved_at:
        text = translate(
            "CliConflicts",
            "in this vault: kept out (you kept yours); %1's record stays as they wrote it, and "
            "no bundle of yours deletes it",
        )
        return fill(text, sender)
    text = translate(
        "CliConflicts",
        "in this vault: not taken in, kept out until you decide (nobody deleted it)\n"
        "Keeping mine keeps it out of this vault only: %1's record stays as they wrote it, "
        "and no bundle of yours deletes it. Keeping theirs brings it in, not protected, "
        "under that name.",
    )
    return fill(text, sender)


def _merge_line(detail: ConflictDetail) -> str:
    """What a person's merge against its edit means for each choice."""
    into = f"{detail.merged_into_label} ({detail.merged_into})"
    author = detail.info.written_by  # who made their version, not who passed it on
    if detail.info.relayed_by:
        relayed = translate("CliConflicts", "%1 (in %2's bundle)")
        author = fill(relayed, author, detail.info.relayed_by)
    if detail.mine_deleted:
        text = translate(
            "CliConflicts",
            "This vault merged the person into %1; %2 edited it. Keeping mine keeps the merge "
            "and adds their new names and values to %3; keeping theirs brings the person back "
            "as they have it.",
        )
    else:
        text = translate(
            "CliConflicts",
            "%2 merged the person into %1; it was edited here. Keeping theirs keeps the merge "
            "and adds your new names and values to %3; keeping mine keeps the person as you "
            "have it.",
        )
    return fill(text, into, author, detail.merged_into_label or "")


def _print_difference(
    difference: FieldDifference,
    mine: dict[str, Any],
    theirs: dict[str, Any],
    labels: dict[str, str],
) -> None:
    name = difference.name  # the field's name as the JSON format has it
    if difference.is_list:
        items = []
        for piece in difference.pieces:
            before, after = MARKS.get(piece.kind, ("", ""))
            item = labels.get(piece.text) or _item(name, piece.text)
            items.append(f"{before}{item}{after}")
        print(f"{_name(name)}: {', '.join(items)}")
        return
    if not difference.is_long_text:
        values = (_value(name, side.get(name, "")) for side in (mine, theirs))
        print(_both(_name(name), *values))
        return
    places = translate("CliConflicts", "%1: %n place(s) differ(s)", None, difference.places)
    print(fill(places, _name(name)))
    for line in compact_word_diff(difference.pieces).splitlines():
        print(f"  {line}")
