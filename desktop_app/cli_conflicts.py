"""The conflicts commands of `sandiq` (list, show, resolve), and the lines that tell the user
what waits for a decision after an import or a resolution: a colleague's version held as a
conflict, a record left pointing at a deleted one.

Thin over ``desktop_app.core.exchange``, like the rest of the CLI: parse, call core, print.
``build_parser`` in ``cli.py`` mounts them with ``add_conflict_commands``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from desktop_app.cli_common import Command, print_json, unlocked
from desktop_app.core.exchange.conflict_diff import MARKS, FieldDifference, compact_word_diff
from desktop_app.core.exchange.conflicts import (
    KEEP_CHOICES,
    ConflictDetail,
    conflict_detail,
    list_conflicts,
    resolve_conflict,
)
from desktop_app.core.exchange.dangling import DanglingReference
from desktop_app.core.exchange.safeguards import (
    CHANGES_PSEUDONYM,
    CHANGES_WITNESS,
    DROPS_ANONYMITY,
    GIVES_PROTECTED_NAME,
    LOWERS_SENSITIVITY,
    MOVES_ATTACHMENT,
    MOVES_CASE,
    MOVES_PROTECTED_FILE,
    REVIVES_DELETED,
    UNPROTECTS,
    WIDENS_CONSENT,
)

_HELD = {
    UNPROTECTS: "{sender}'s bundle removes the protection of person '{label}'",
    CHANGES_PSEUDONYM: "{sender}'s bundle changes the pseudonym of person '{label}'",
    GIVES_PROTECTED_NAME: "{sender}'s bundle gives unprotected person '{label}' a name of a "
    "protected person",
    DROPS_ANONYMITY: "{sender}'s bundle withdraws the witness's wish to be anonymised in "
    "testimony '{label}'",
    CHANGES_WITNESS: "{sender}'s bundle gives testimony '{label}' another witness; its witness "
    "asked for anonymity or is protected",
    MOVES_CASE: "{sender}'s bundle moves {kind} '{label}' to another case",
    MOVES_ATTACHMENT: "{sender}'s bundle attaches the file '{label}' to another record",
    MOVES_PROTECTED_FILE: "{sender}'s bundle takes the file '{label}' from a protected person "
    "and attaches it to another record",
    LOWERS_SENSITIVITY: "{sender}'s bundle lowers the sensitivity of {kind} '{label}'",
    WIDENS_CONSENT: "{sender}'s bundle widens the witness's consent to the use of testimony "
    "'{label}'",
    REVIVES_DELETED: "{sender}'s bundle brings back {kind} '{label}', deleted here",
}


def held_lines(reasons: Sequence[str], sender: str, kind: str, label: str) -> list[str]:
    """One line for each safeguard a colleague's version would weaken: it waits as a conflict."""
    kind = kind.replace("_", " ")
    return [
        "  Held for your decision: " + _HELD[reason].format(sender=sender, kind=kind, label=label)
        for reason in reasons
        if reason in _HELD
    ]


def print_dangling(dangling: Sequence[DanglingReference]) -> None:
    """Name the records an import or a conflict's resolution left pointing at a deleted one."""
    if dangling:
        print(
            f"{len(dangling)} record(s) now refer to a record that was deleted (or a "
            "person merged into another) in one of the vaults; open them in the Sandiq window "
            "and choose again, or restore what was deleted (Vault > Deleted records):"
        )
    for d in dangling:
        print(dangling_line(d))


def dangling_line(d: DanglingReference) -> str:
    """One record left pointing at a deleted one, as the import and verify list it (verify
    counts one pointing at a record that does not exist among its problems)."""
    label = f" ({d.label})" if d.label else ""
    target_label = f" ({d.target_label})" if d.target_label else ""
    return (
        f"  {d.kind} {d.record_id}{label}: {d.field} is the deleted {d.target_kind} "
        f"{d.target_id}{target_label}"
    )


def cmd_conflicts(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        conflicts = list_conflicts(session, include_resolved=args.all)
    if args.json:
        print_json([c.__dict__ for c in conflicts])
        return
    if not conflicts:
        print("No open conflicts.")
    for c in conflicts:
        state = f"\t{c.resolution}" if c.resolved_at else ""
        print(f"{c.id}\t{c.record_kind}\t{c.label}\tfrom {c.sender}\t{c.detected_at}{state}")
        if not c.resolved_at:  # a resolved one's reasons compare with the version kept
            for line in held_lines(c.reasons, c.sender, c.record_kind, c.label):
                print(line)


def cmd_conflicts_show(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        detail = conflict_detail(session, args.id)
    if args.json:
        differences = [
            {**d.__dict__, "places": d.places, "pieces": [p.__dict__ for p in d.pieces]}
            for d in detail.differences
        ]
        print_json({**detail.__dict__, "info": detail.info.__dict__, "differences": differences})
        return
    info = detail.info
    print(f"Conflict {info.id}: {info.record_kind} {info.record_id}")
    for line in held_lines(info.reasons, info.sender, info.record_kind, info.label):
        print(line.strip())
    if detail.merged_into is not None:
        print(_merge_line(detail))
    print("Only the fields that differ; [-...-] is only in mine, {+...+} only in theirs.")
    for difference in detail.differences:
        _print_difference(difference, detail.mine, detail.theirs, detail.labels)
    if detail.mine_deleted != detail.theirs_deleted:
        mine = "deleted" if detail.mine_deleted else "kept"
        theirs = "deleted" if detail.theirs_deleted else "kept"
        print(f"deleted:\n  mine:   {mine}\n  theirs: {theirs}")


def _merge_line(detail: ConflictDetail) -> str:
    """What a person's merge against its edit means for each choice."""
    into = f"{detail.merged_into_label} ({detail.merged_into})"
    if detail.mine_deleted:
        return (
            f"This vault merged the person into {into}; {detail.info.sender} edited it. "
            f"Keeping mine keeps the merge and adds their new names and values to "
            f"{detail.merged_into_label}; keeping theirs brings the person back as they have it."
        )
    return (
        f"{detail.info.sender} merged the person into {into}; it was edited here. Keeping "
        f"theirs keeps the merge and adds your new names and values to "
        f"{detail.merged_into_label}; keeping mine keeps the person as you have it."
    )


def _print_difference(
    difference: FieldDifference,
    mine: dict[str, Any],
    theirs: dict[str, Any],
    labels: dict[str, str],
) -> None:
    name = difference.name
    if difference.is_list:
        items = []
        for piece in difference.pieces:
            before, after = MARKS.get(piece.kind, ("", ""))
            items.append(f"{before}{labels.get(piece.text, piece.text)}{after}")
        print(f"{name}: {', '.join(items)}")
        return
    if not difference.is_long_text:
        print(f"{name}:\n  mine:   {mine.get(name, '')}\n  theirs: {theirs.get(name, '')}")
        return
    places = difference.places
    print(f"{name}: {places} place{'s' if places != 1 else ''} differ{'s' if places == 1 else ''}")
    for line in compact_word_diff(difference.pieces).splitlines():
        print(f"  {line}")


def cmd_conflicts_resolve(args: argparse.Namespace) -> None:
    with unlocked(args) as vault:
        resolution = resolve_conflict(vault, args.id, args.keep)
    print(f"Conflict {resolution.info.id} resolved: kept {resolution.info.resolution}.")
    if resolution.merged_into_label:
        print(
            f"The person stays merged into {resolution.merged_into_label}, which got the edited "
            "version's new names and values; that version stays the merged person's last one "
            "(Vault > Deleted records)."
        )
    print_dangling(resolution.dangling)


def add_conflict_commands(command: Command) -> None:
    """Mount conflicts, with its show and resolve actions, under the sandiq parser."""
    conflicts = command("conflicts", cmd_conflicts, "list records edited here and by a colleague")
    conflicts.add_argument("--all", action="store_true", help="include resolved conflicts")
    actions = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION")
    p = command("show", cmd_conflicts_show, "show both versions of a record", actions, True)
    p.add_argument("id", type=int)
    p = command("resolve", cmd_conflicts_resolve, "keep one version of a record", actions, True)
    p.add_argument("id", type=int)
    p.add_argument("--keep", required=True, choices=KEEP_CHOICES)
