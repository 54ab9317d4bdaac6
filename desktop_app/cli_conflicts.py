"""The conflicts commands of `sandiq` (list, show, resolve), and what they tell the user waits
for a decision after a resolution: a colleague's version held as a conflict (why:
``cli_held``), a record left pointing at a deleted one (``cli_dangling``). How `conflicts show`
prints a conflict is ``cli_conflict_detail``'s, how a conflict the user names is found
``cli_conflict_lookup``'s.

Thin over ``desktop_app.core.exchange``, like the rest of the CLI: parse, call core, print.
``build_parser`` in ``cli.py`` mounts them with ``add_conflict_commands``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from uuid import UUID

from sqlalchemy.orm import Session

from db.exchange_state import Contact
from desktop_app.cli_common import Command, confirmed, print_json, progress_printer, unlocked
from desktop_app.cli_conflict_detail import print_conflict_detail
from desktop_app.cli_conflict_lookup import given_conflict_number
from desktop_app.cli_dangling import print_dangling
from desktop_app.cli_held import conflict_held_lines
from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_output import local_time
from desktop_app.cli_record_name import record_name
from desktop_app.core.errors import InvalidInput, RecordNotFound, SandiqError
from desktop_app.core.exchange.conflict_bulk import (
    BulkResolution,
    ConflictSelection,
    resolve_conflicts,
    selected_conflicts,
)
from desktop_app.core.exchange.conflicts import (
    KEEP_CHOICES,
    ConflictInfo,
    conflict_detail,
    list_conflicts,
    resolve_conflict,
)
from desktop_app.core.exchange.contacts import find_contact


def _sender(session: Session, who: str) -> Contact:
    """The contact --from names, removed or not; refused in the user's language if none."""
    try:
        return find_contact(session, who, include_removed=True)
    except RecordNotFound:
        text = translate("CliConflicts", "no contact named %1 (see sandiq contact list)")
        raise RecordNotFound(fill(text, repr(who.strip()))) from None


def cmd_conflicts(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        conflicts = list_conflicts(session, include_resolved=args.all)
    if args.json:
        print_json([c.__dict__ for c in conflicts])
        return
    if not conflicts:
        print(translate("CliConflicts", "No open conflicts."))
    for c in conflicts:
        state = f"\t{c.resolution}" if c.resolved_at else ""  # a code, as --keep takes it
        sender = fill(translate("CliConflicts", "from %1"), c.sender)
        label = record_name(c.record_kind, c.record_id, c.label)
        print(f"{c.id}\t{c.record_kind}\t{label}\t{sender}\t{local_time(c.detected_at)}{state}")
        if not c.resolved_at:  # a resolved one's reasons compare with the version kept
            for line in conflict_held_lines(c):
                print(line)


def cmd_conflicts_show(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        detail = conflict_detail(session, given_conflict_number(session, args.id))
    if args.json:
        differences = [
            {**d.__dict__, "places": d.places, "pieces": [p.__dict__ for p in d.pieces]}
            for d in detail.differences
        ]
        print_json({**detail.__dict__, "info": detail.info.__dict__, "differences": differences})
        return
    print_conflict_detail(detail)


def cmd_conflicts_resolve(args: argparse.Namespace) -> None:
    bulk_options = args.all or args.sender or args.bundle or args.only or args.held_too
    if args.id is None and not args.all:
        text = translate(
            "CliConflicts", "give a conflict id, or --all (--from, --bundle, --only narrow it)"
        )
        raise InvalidInput(text)
    if args.id is not None and bulk_options:
        raise InvalidInput(translate("CliConflicts", "give a conflict id or --all, not both"))
    if args.all:
        _resolve_many(args)
        return
    with unlocked(args) as vault:
        with vault.read() as session:
            number = given_conflict_number(session, args.id)
            info = conflict_detail(session, number).info if args.keep == "theirs" else None
        if info is not None:
            _confirm_held(args, info)
        resolution = resolve_conflict(vault, number, args.keep)
    if resolution.info.resolution == "mine":
        text = translate("CliConflicts", "Conflict %1 resolved: kept mine.")
    else:
        text = translate("CliConflicts", "Conflict %1 resolved: kept theirs.")
    print(fill(text, str(resolution.info.id)))
    if resolution.merged_into_label:
        print(_merge_kept(resolution.merged_into_label))
    print_dangling(resolution.dangling)


def _confirm_held(args: argparse.Namespace, info: ConflictInfo) -> None:
    """Say what keeping theirs of a held version weakens, and go on only if confirmed: the
    bulk form asks for --held-too, one conflict named by its id for a yes or --yes."""
    if not info.is_held or info.resolved_at:
        return
    text = translate(
        "CliConflicts", "Keeping theirs for conflict %1 accepts what their version does:"
    )
    print(fill(text, str(info.id)))
    for line in conflict_held_lines(info):
        print(line)
    if not args.yes and not confirmed(translate("CliConflicts", "Keep theirs?")):
        text = translate(
            "CliConflicts",
            "conflict %1 not resolved: it is held; repeat with --yes to keep theirs",
        )
        raise SandiqError(fill(text, str(info.id)))


def _merge_kept(merged_into_label: str) -> str:
    text = translate(
        "CliConflicts",
        "The person stays merged into %1, which got the edited version's new names and "
        "values; that version stays the merged person's last one (Vault > Deleted records).",
    )
    return fill(text, merged_into_label)


def _bundle_id(text: str | None) -> UUID | None:
    if text is None:
        return None
    try:
        return UUID(text)
    except ValueError:
        refusal = translate("CliConflicts", "--bundle %1 is not a bundle id")
        raise InvalidInput(fill(refusal, repr(text))) from None


def _resolve_many(args: argparse.Namespace) -> None:
    """Resolve every open conflict the options select with one choice, after confirming."""
    with unlocked(args) as vault:
        with vault.read() as session:
            sender = _sender(session, args.sender) if args.sender else None
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
            print(translate("CliConflicts", "No open conflicts match."))
            return
        if count == 0:
            # Nothing to do is no error: a sweep over plain edits that finds only held ones.
            _print_bulk(args, BulkResolution((), tuple(c for c in chosen if c.is_held)))
            return
        if not args.json:
            print(_question(args.keep, count, [c for c in chosen if c.is_held], is_left))
        if not args.yes and not confirmed(translate("CliConflicts", "Resolve them?")):
            text = translate(
                "CliConflicts", "no conflict resolved; repeat with --yes to resolve them"
            )
            raise SandiqError(text)
        result = resolve_conflicts(
            vault,
            ConflictSelection(ids=tuple(c.id for c in chosen)),
            args.keep,
            held_too=args.held_too,
            progress=None
            if args.json
            else progress_printer(translate("CliConflicts", "resolving")),
        )
    _print_bulk(args, result)


HELD_NAMED = 10  # held conflicts a confirmation names with their reasons; the rest counted


def _question(keep: str, count: int, held: Sequence[ConflictInfo], is_left: bool) -> str:
    """What --all is about to do, each held version named with why it was held: a version
    is held for a protection it weakens, but also for bringing back a record deleted here or
    carrying a removed contact's edits, so no one sentence about them is true for all."""
    if keep == "mine":
        text = translate("CliConflicts", "Keep mine for %n conflict(s).", None, count)
    else:
        text = translate("CliConflicts", "Keep theirs for %n conflict(s).", None, count)
    if not held:
        return text
    if is_left:
        stay = translate(
            "CliConflicts",
            "%n held conflict(s) stay open (add --held-too to keep theirs for them as well):",
            None,
            len(held),
        )
    elif keep == "theirs":
        stay = translate(
            "CliConflicts",
            "%n of them is/are held: keeping theirs accepts what its/their version(s) do(es):",
            None,
            len(held),
        )
    else:
        stay = translate(
            "CliConflicts",
            "%n of them is/are held: keeping yours leaves it/them as it is/they are in this vault:",
            None,
            len(held),
        )
    lines = [
        f"{text} {stay}",
        *(line for c in held[:HELD_NAMED] for line in conflict_held_lines(c)),
    ]
    if len(held) > HELD_NAMED:
        more = translate("CliConflicts", "and %1 more (see sandiq conflicts)")
        lines.append("  " + fill(more, str(len(held) - HELD_NAMED)))
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
    count = len(result.resolutions)
    if (result.resolutions or not result.held_left) and args.keep == "mine":
        print(translate("CliConflicts", "Resolved %n conflict(s): kept mine.", None, count))
    elif result.resolutions or not result.held_left:
        print(translate("CliConflicts", "Resolved %n conflict(s): kept theirs.", None, count))
    else:
        text = translate(
            "CliConflicts",
            "Resolved none: all %n conflict(s) hold a version that waits for your own "
            "decision; keep theirs for them with --held-too, or look at them one by one.",
            None,
            len(result.held_left),
        )
        print(text)
    _print_held_left(result.held_left)
    for resolution in result.resolutions:
        if resolution.merged_into_label:
            print(_merge_kept(resolution.merged_into_label))
    print_dangling(result.dangling)


def _print_held_left(held_left: Sequence[ConflictInfo]) -> None:
    if held_left:
        text = translate(
            "CliConflicts",
            "%n held conflict(s) left open (see sandiq conflicts):",
            None,
            len(held_left),
        )
        print(text)
    for c in held_left:
        for line in conflict_held_lines(c):
            print(line)


def add_conflict_commands(command: Command) -> None:
    """Mount conflicts, with its show and resolve actions, under the sandiq parser."""
    conflict_help = translate(
        "CliConflicts", "its number, or its record's id (or the first 8 or more digits of it)"
    )
    conflicts = command(
        "conflicts",
        cmd_conflicts,
        translate("CliConflicts", "list records edited here and by a colleague"),
    )
    conflicts.add_argument(
        "--all", action="store_true", help=translate("CliConflicts", "include resolved conflicts")
    )
    actions = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION")
    p = command(
        "show",
        cmd_conflicts_show,
        translate("CliConflicts", "show both versions of a record"),
        actions,
        True,
    )
    p.add_argument("id", metavar="CONFLICT", help=conflict_help)
    p = command(
        "resolve",
        cmd_conflicts_resolve,
        translate("CliConflicts", "keep one version of a record, or of many"),
        actions,
        True,
    )
    p.add_argument("id", metavar="CONFLICT", nargs="?", help=conflict_help)
    p.add_argument(
        "--keep",
        required=True,
        choices=KEEP_CHOICES,
        help=translate("CliConflicts", "whose version to keep: mine or theirs"),
    )
    p.add_argument(
        "--all",
        action="store_true",
        help=translate("CliConflicts", "every open conflict (narrowed below)"),
    )
    p.add_argument(
        "--from",
        dest="sender",
        metavar="NAME_OR_KEY_ID",
        help=translate("CliConflicts", "only from a contact"),
    )
    p.add_argument(
        "--bundle",
        metavar="BUNDLE_ID",
        help=translate("CliConflicts", "only those raised by one bundle"),
    )
    p.add_argument(
        "--only",
        choices=("held", "concurrent"),
        help=translate(
            "CliConflicts",
            "only versions held for your decision (sandiq conflicts says why), or only "
            "concurrent edits",
        ),
    )
    p.add_argument(
        "--held-too",
        action="store_true",
        help=translate("CliConflicts", "with --keep theirs: keep theirs for held versions too"),
    )
    p.add_argument(
        "--yes", action="store_true", help=translate("CliConflicts", "resolve without asking")
    )
