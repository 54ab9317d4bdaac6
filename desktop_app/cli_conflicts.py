"""The conflicts commands of `sandiq` (list, show, resolve), and the lines that tell the user
what waits for a decision after an import or a resolution: a colleague's version held as a
conflict (a record left pointing at a deleted one: ``cli_dangling``).

Thin over ``desktop_app.core.exchange``, like the rest of the CLI: parse, call core, print.
``build_parser`` in ``cli.py`` mounts them with ``add_conflict_commands``.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from desktop_app.cli_common import Command, confirmed, print_json, progress_printer, unlocked
from desktop_app.cli_dangling import print_dangling
from desktop_app.cli_output import local_time
from desktop_app.core.errors import InvalidInput, SandiqError
from desktop_app.core.exchange.conflict_bulk import (
    BulkResolution,
    ConflictSelection,
    resolve_conflicts,
    selected_conflicts,
)
from desktop_app.core.exchange.conflict_diff import MARKS, FieldDifference, compact_word_diff
from desktop_app.core.exchange.conflict_lookup import conflict_number
from desktop_app.core.exchange.conflicts import (
    KEEP_CHOICES,
    ConflictDetail,
    ConflictInfo,
    conflict_detail,
    list_conflicts,
    resolve_conflict,
)
from desktop_app.core.exchange.contacts import find_contact
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

# {named} is the record as "person 'Rustam Aliev'", or "person <id>" where the label is its id.
_HELD = {
    UNPROTECTS: "{sender}'s bundle removes the protection of {named}",
    CHANGES_PSEUDONYM: "{sender}'s bundle changes the pseudonym of {named}",
    GIVES_PROTECTED_NAME: "{sender}'s bundle gives unprotected {named} a name of a protected "
    "person",
    DROPS_ANONYMITY: "{sender}'s bundle withdraws the witness's wish to be anonymised in {named}",
    CHANGES_WITNESS: "{sender}'s bundle gives {named} another witness; its witness asked for "
    "anonymity or is protected",
    MOVES_CASE: "{sender}'s bundle moves {named} to another case",
    MOVES_ATTACHMENT: "{sender}'s bundle attaches the file '{label}' to another record",
    MOVES_PROTECTED_FILE: "{sender}'s bundle takes the file '{label}' from a protected person "
    "and attaches it to another record",
    LOWERS_SENSITIVITY: "{sender}'s bundle lowers the sensitivity of {named}",
    WIDENS_CONSENT: "{sender}'s bundle widens the witness's consent to the use of {named}",
    REVIVES_DELETED: "{sender}'s bundle brings back {named}, deleted here",
    DELETES_PROTECTED: "{sender}'s bundle deletes {named}, protected or anonymised here",
    ENTERS_WITH_PROTECTED_NAME: "{sender}'s bundle brings in {named}, not protected, under the "
    "name of a protected person",
    NAMES_PROTECTED_IN_PSEUDONYM: "{sender}'s bundle gives {named} a pseudonym that holds the "
    "name of a protected person",
    RENAMES_PROTECTED: "{sender}'s bundle renames protected {named}",
    BY_REMOVED_CONTACT: "{sender}'s bundle passes on a version of {named} with edits by {removed}, "
    "whom you removed from your contacts",
}
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def held_lines(
    reasons: Sequence[str], sender: str, kind: str, label: str, removed: Sequence[str] = ()
) -> list[str]:
    """One line for each safeguard a colleague's version would weaken: it waits as a conflict.
    removed: the contacts this vault removed whose edits the version brings in."""
    prefix, _, record_id = label.rpartition(" ")
    # A record named by kind and id (its name withheld) is not quoted as if that were a name.
    is_by_id = prefix == kind and _ID.fullmatch(record_id) is not None
    kind = kind.replace("_", " ")
    named = f"{kind} {record_id}" if is_by_id else f"{kind} '{label}'"
    values = {"sender": sender, "named": named, "label": label, "removed": " and ".join(removed)}
    return [
        "  Held for your decision: " + _HELD[reason].format(**values)
        for reason in reasons
        if reason in _HELD
    ]


def conflict_held_lines(info: ConflictInfo) -> list[str]:
    """held_lines for a listed conflict."""
    return held_lines(info.reasons, info.sender, info.record_kind, info.label, info.removed_authors)


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
        when = local_time(c.detected_at)
        print(f"{c.id}\t{c.record_kind}\t{c.label}\tfrom {c.sender}\t{when}{state}")
        if not c.resolved_at:  # a resolved one's reasons compare with the version kept
            for line in conflict_held_lines(c):
                print(line)


def cmd_conflicts_show(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        detail = conflict_detail(session, conflict_number(session, args.id))
    if args.json:
        differences = [
            {**d.__dict__, "places": d.places, "pieces": [p.__dict__ for p in d.pieces]}
            for d in detail.differences
        ]
        print_json({**detail.__dict__, "info": detail.info.__dict__, "differences": differences})
        return
    info = detail.info
    print(f"Conflict {info.id}: {info.record_kind} {info.record_id}")
    for line in conflict_held_lines(info):
        print(line.strip())
    if detail.merged_into is not None:
        print(_merge_line(detail))
    print("Only the fields that differ; [-...-] is only in mine, {+...+} only in theirs.")
    for difference in detail.differences:
        _print_difference(difference, detail.mine, detail.theirs, detail.labels)
    if detail.is_held_out:
        print(_held_out_lines(detail))
    elif detail.mine_deleted != detail.theirs_deleted:
        mine = "deleted" if detail.mine_deleted else "kept"
        theirs = "deleted" if detail.theirs_deleted else "kept"
        print(f"deleted:\n  mine:   {mine}\n  theirs: {theirs}")


def _held_out_lines(detail: ConflictDetail) -> str:
    """What this vault holds of a newcomer kept out, and what each choice does."""
    sender = detail.info.written_by  # its author, who may not be the colleague who sent it on
    if detail.info.resolved_at:
        return (
            f"in this vault: kept out (you kept yours); {sender}'s record stays as they wrote "
            "it, and no bundle of yours deletes it"
        )
    return (
        "in this vault: not taken in, kept out until you decide (nobody deleted it)\n"
        f"Keeping mine keeps it out of this vault only: {sender}'s record stays as they wrote "
        "it, and no bundle of yours deletes it. Keeping theirs brings it in, not protected, "
        "under that name."
    )


def _merge_line(detail: ConflictDetail) -> str:
    """What a person's merge against its edit means for each choice."""
    into = f"{detail.merged_into_label} ({detail.merged_into})"
    author = detail.info.written_by  # who made their version, not who passed it on
    if detail.info.relayed_by:
        author += f" (in {detail.info.relayed_by}'s bundle)"
    if detail.mine_deleted:
        return (
            f"This vault merged the person into {into}; {author} edited it. "
            f"Keeping mine keeps the merge and adds their new names and values to "
            f"{detail.merged_into_label}; keeping theirs brings the person back as they have it."
        )
    return (
        f"{author} merged the person into {into}; it was edited here. Keeping "
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
    bulk_options = args.all or args.sender or args.bundle or args.only or args.held_too
    if args.id is None and not args.all:
        raise InvalidInput("give a conflict id, or --all (--from, --bundle, --only narrow it)")
    if args.id is not None and bulk_options:
        raise InvalidInput("give a conflict id or --all, not both")
    if args.all:
        _resolve_many(args)
        return
    with unlocked(args) as vault:
        with vault.read() as session:
            number = conflict_number(session, args.id)
            info = conflict_detail(session, number).info if args.keep == "theirs" else None
        if info is not None:
            _confirm_held(args, info)
        resolution = resolve_conflict(vault, number, args.keep)
    print(f"Conflict {resolution.info.id} resolved: kept {resolution.info.resolution}.")
    if resolution.merged_into_label:
        print(_MERGE_KEPT.format(resolution.merged_into_label))
    print_dangling(resolution.dangling)


def _confirm_held(args: argparse.Namespace, info: ConflictInfo) -> None:
    """Say what keeping theirs of a held version weakens, and go on only if confirmed: the
    bulk form asks for --held-too, one conflict named by its id for a yes or --yes."""
    if not info.is_held or info.resolved_at:
        return
    print(f"Keeping theirs for conflict {info.id} accepts what their version does:")
    for line in conflict_held_lines(info):
        print(line)
    if not args.yes and not confirmed("Keep theirs?"):
        raise SandiqError(
            f"conflict {info.id} not resolved: it is held; repeat with --yes to keep theirs"
        )


_MERGE_KEPT = (
    "The person stays merged into {}, which got the edited version's new names and values; "
    "that version stays the merged person's last one (Vault > Deleted records)."
)


def _bundle_id(text: str | None) -> UUID | None:
    if text is None:
        return None
    try:
        return UUID(text)
    except ValueError:
        raise InvalidInput(f"--bundle {text!r} is not a bundle id") from None


def _resolve_many(args: argparse.Namespace) -> None:
    """Resolve every open conflict the options select with one choice, after confirming."""
    with unlocked(args) as vault:
        with vault.read() as session:
            sender = (
                find_contact(session, args.sender, include_removed=True) if args.sender else None
            )
            held = {"held": True, "concurrent": False}.get(args.only)
            selection = ConflictSelection(
                sender=sender.key_id if sender else "",
                bundle_id=_bundle_id(args.bundle),
                held=held,
            )
            chosen = selected_conflicts(session, selection)
        held_count = sum(1 for c in chosen if c.is_held)
        is_left = args.keep == "theirs" and not args.held_too
        count = len(chosen) - (held_count if is_left else 0)
        if not chosen:
            print("No open conflicts match.")
            return
        if count == 0:
            # Nothing to do is no error: a sweep over plain edits that finds only held ones.
            _print_bulk(args, BulkResolution((), tuple(c for c in chosen if c.is_held)))
            return
        if not args.json:
            print(_question(args.keep, count, [c for c in chosen if c.is_held], is_left))
        if not args.yes and not confirmed("Resolve them?"):
            raise SandiqError("no conflict resolved; repeat with --yes to resolve them")
        result = resolve_conflicts(
            vault,
            ConflictSelection(ids=tuple(c.id for c in chosen)),
            args.keep,
            held_too=args.held_too,
            progress=None if args.json else progress_printer("resolving"),
        )
    _print_bulk(args, result)


HELD_NAMED = 10  # held conflicts a confirmation names with their reasons; the rest counted


def _question(keep: str, count: int, held: Sequence[ConflictInfo], is_left: bool) -> str:
    """What --all is about to do, each held version named with why it was held: a version
    is held for a protection it weakens, but also for bringing back a record deleted here or
    carrying a removed contact's edits, so no one sentence about them is true for all."""
    text = f"Keep {keep} for {count} conflict(s)."
    if not held:
        return text
    if is_left:
        text = (
            f"{text} {len(held)} held conflict(s) stay open (add --held-too to keep theirs for "
            "them as well):"
        )
    else:
        one = len(held) == 1
        are_held = "1 of them is held" if one else f"{len(held)} of them are held"
        if keep == "theirs":
            does = "its version does" if one else "their versions do"
            text = f"{text} {are_held}: keeping theirs accepts what {does}:"
        else:
            stays = "it as it is" if one else "them as they are"
            text = f"{text} {are_held}: keeping yours leaves {stays} in this vault:"
    lines = [text, *(line for c in held[:HELD_NAMED] for line in conflict_held_lines(c))]
    if len(held) > HELD_NAMED:
        lines.append(f"  and {len(held) - HELD_NAMED} more (see sandiq conflicts)")
    return "\n".join(lines)


def _print_bulk(args: argparse.Namespace, result: BulkResolution) -> None:
    if args.json:
        print_json(
            {
                "resolved": [r.info.id for r in result.resolutions],
                "held_left": [c.id for c in result.held_left],
                "dangling": [d.__dict__ for d in result.dangling],
            }
        )
        return
    if result.resolutions or not result.held_left:
        print(f"Resolved {len(result.resolutions)} conflict(s): kept {args.keep}.")
    else:
        print(
            f"Resolved none: all {len(result.held_left)} conflict(s) hold a version that waits "
            "for your own decision; keep theirs for them with --held-too, or look at them one "
            "by one."
        )
    _print_held_left(result.held_left)
    for resolution in result.resolutions:
        if resolution.merged_into_label:
            print(_MERGE_KEPT.format(resolution.merged_into_label))
    print_dangling(result.dangling)


def _print_held_left(held_left: Sequence[ConflictInfo]) -> None:
    if held_left:
        print(f"{len(held_left)} held conflict(s) left open (see sandiq conflicts):")
    for c in held_left:
        for line in conflict_held_lines(c):
            print(line)


_CONFLICT_HELP = "its number, or its record's id (or the first 8 or more digits of it)"


def add_conflict_commands(command: Command) -> None:
    """Mount conflicts, with its show and resolve actions, under the sandiq parser."""
    conflicts = command("conflicts", cmd_conflicts, "list records edited here and by a colleague")
    conflicts.add_argument("--all", action="store_true", help="include resolved conflicts")
    actions = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION")
    p = command("show", cmd_conflicts_show, "show both versions of a record", actions, True)
    p.add_argument("id", metavar="CONFLICT", help=_CONFLICT_HELP)
    p = command(
        "resolve", cmd_conflicts_resolve, "keep one version of a record, or of many", actions, True
    )
    p.add_argument("id", metavar="CONFLICT", nargs="?", help=_CONFLICT_HELP)
    p.add_argument("--keep", required=True, choices=KEEP_CHOICES)
    p.add_argument("--all", action="store_true", help="every open conflict (narrowed below)")
    p.add_argument("--from", dest="sender", metavar="NAME_OR_KEY_ID", help="only from a contact")
    p.add_argument("--bundle", metavar="BUNDLE_ID", help="only those raised by one bundle")
    p.add_argument(
        "--only",
        choices=("held", "concurrent"),
        help="only versions held for your decision (sandiq conflicts says why), or only "
        "concurrent edits",
    )
    p.add_argument(
        "--held-too",
        action="store_true",
        help="with --keep theirs: keep theirs for held versions too",
    )
    p.add_argument("--yes", action="store_true", help="resolve without asking")
