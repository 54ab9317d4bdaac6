"""The exchange commands of `sandiq`: identity, contact and bundle (conflicts: ``cli_conflicts``).

Thin over ``desktop_app.core.exchange``, like the rest of the CLI: parse, call core, print.
``build_parser`` in ``cli.py`` mounts them with ``add_exchange_commands``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli_common import Command, confirmed, print_json, progress_printer, unlocked
from desktop_app.cli_conflicts import held_lines, print_dangling
from desktop_app.cli_output import local_time
from desktop_app.core.errors import InvalidInput, SandiqError
from desktop_app.core.exchange.contacts import (
    ContactNameTaken,
    add_contact,
    identity_info,
    list_contacts,
    my_contact_file,
    namesake,
    read_contact_file,
    remove_contact,
    rename_identity,
    set_contact_verified,
)
from desktop_app.core.exchange.export import export_bundle
from desktop_app.core.exchange.importer import (
    Change,
    ImportReport,
    NotImported,
    SettledConflict,
    import_bundle,
)
from desktop_app.core.exchange.own_claims import NOT_IMPORTED_REASONS
from desktop_app.core.exchange.sequences import (
    NOT_IMPORTED,
    MissedBundles,
    missed_text,
    sequences_text,
)
from desktop_app.core.fileio import write_atomically

MAX_CONTACT_FILE = 64 * 1024  # parse_contact refuses anything over 4 KiB; don't read a DVD
# The exit status of `bundle export --since-last` when nothing changed and no file was written
# (the statuses are listed in cli.py).
NOTHING_TO_SEND = 3


def _read_small_file(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(MAX_CONTACT_FILE)
    except OSError as exc:
        raise SandiqError(f"cannot read {path}: {exc.strerror}") from None


def cmd_identity(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        info = identity_info(session)
    if args.json:
        print_json(info.__dict__)
        return
    print(f"Name:        {info.display_name or '(none; set one with sandiq identity rename)'}")
    print(f"Fingerprint: {info.fingerprint}")
    print(f"Key id:      {info.key_id}")


def cmd_identity_export(args: argparse.Namespace) -> None:
    out = Path(args.out)
    if out.exists() and not args.force:
        raise InvalidInput(f"{out} already exists; choose another file name or use --force")
    with unlocked(args) as vault, vault.read() as session:
        data = my_contact_file(session)
        info = identity_info(session)
    write_atomically(out, data)
    print(f"Contact file written to {out}.")
    print(f"Fingerprint: {info.fingerprint}")


def cmd_identity_rename(args: argparse.Namespace) -> None:
    with unlocked(args) as vault:
        rename_identity(vault, args.name)
    print("Display name changed.")


def cmd_contact_add(args: argparse.Namespace) -> None:
    data = _read_small_file(args.file)
    with unlocked(args) as vault:
        with vault.read() as session:
            keys = read_contact_file(session, data)
            name = keys.display_name if args.name is None else args.name.strip()
            other = namesake(session, name, keys.key_id)
        # Refused before the fingerprint is compared, not after (add_contact checks it again).
        if other is not None:
            raise ContactNameTaken(name, other)
        if not args.json:
            print(f"Contact:     {keys.display_name}")
            if name != keys.display_name:
                print(f"Shown as:    {name}")
            print(f"Fingerprint: {keys.fingerprint}")
        if not args.yes and not confirmed(
            "Compare this fingerprint with the one your colleague reads to you. Add the contact?"
        ):
            raise SandiqError("contact not added; compare the fingerprint, then repeat with --yes")
        with vault.read() as session:
            was_active = any(c.key_id == keys.key_id for c in list_contacts(session))
        info = add_contact(vault, data, is_verified=args.verified, display_name=name)
    if args.json:
        print_json({**info.__dict__, "updated": was_active})
        return
    name = info.display_name.rstrip(".")  # "Гульнора Б." must not end in ".."
    print(f"Updated contact {name}." if was_active else f"Added contact {name}.")


def cmd_contact_list(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        contacts = list_contacts(session, include_removed=args.all)
    if args.json:
        print_json([c.__dict__ for c in contacts])
        return
    for c in contacts:
        state = "removed" if c.is_removed else "verified" if c.is_verified else "unverified"
        print(f"{c.display_name}\t{c.fingerprint}\t{state}\t{c.key_id[:16]}")


def cmd_contact_remove(args: argparse.Namespace) -> None:
    with unlocked(args) as vault:
        info = remove_contact(vault, args.contact)
    print(f"Removed contact {info.display_name}; bundles from them will be refused.")


def cmd_contact_verify(args: argparse.Namespace) -> None:
    with unlocked(args) as vault:
        info = set_contact_verified(vault, args.contact, not args.undo)
    state = "verified" if info.is_verified else "not verified"
    print(f"{info.display_name} is marked {state} (fingerprint {info.fingerprint}).")


def protected_people_line(count: int) -> str:
    """The warning the send wizard gives too: a bundle names protected people by real name."""
    if count == 1:
        return (
            "This bundle carries the real name of 1 protected person; only the colleagues you "
            "chose can read it, and their Sandiq keeps it protected."
        )
    return (
        f"This bundle carries the real names of {count} protected people; only the colleagues "
        "you chose can read it, and their Sandiq keeps them protected."
    )


def cmd_bundle_export(args: argparse.Namespace) -> int | None:
    with unlocked(args) as vault:
        report = export_bundle(
            vault,
            Path(args.out),
            args.to,
            case_references=args.case or (),
            since_last=args.since_last,
            include_attachments=not args.no_attachments,
            overwrite=args.force,
            progress=progress_printer("exporting"),
        )
    if args.json:
        print_json(report.__dict__)
        return NOTHING_TO_SEND if report.path is None else None
    if report.path is None:
        print(f"Nothing changed since the last bundle to {', '.join(report.recipients)}; "
              "no file written.")  # fmt: skip
        return NOTHING_TO_SEND
    print(
        f"Bundle {report.sequence} written to {report.path} for {', '.join(report.recipients)}: "
        f"{report.record_count} records ({report.deletions} deleted), "
        f"{report.attachments} attachments ({report.attachment_bytes} bytes)."
    )
    if report.protected_people:
        print(protected_people_line(report.protected_people))
    if report.carried_up_to:
        print(
            f"This bundle carries the changes up to {local_time(report.carried_up_to)} "
            f"({report.record_count} of {report.changed_records} records); "
            "send another bundle for the rest."
        )
    return None


def _print_import(report: ImportReport) -> None:
    print(
        f"Bundle {report.sequence} from {report.sender_name}, made {local_time(report.created_at)}."
    )
    if report.already_imported_at:
        when = local_time(report.already_imported_at)
        if report.is_id_reused:
            # Not the same bundle again: Sandiq gives each bundle an id of its own.
            print(
                f"Bundle {report.sequence} from {report.sender_name} uses the id of bundle "
                f"{report.already_imported_sequence}, imported on {when}: nothing was imported. "
                f"Sandiq gives every bundle a new id; ask {report.sender_name} whether they "
                "made this one."
            )
        else:
            print(f"This bundle was already imported on {when}; nothing changed.")
        return
    if not report.is_sender_known:  # the sentence a real import is refused with
        print(f"{report.sender_refusal} It can be inspected but not imported.")
    if report.is_sender_restored:
        print(
            f"Bundle {report.sequence} from {report.sender_name} is not the bundle "
            f"{report.sequence} imported on {local_time(report.same_sequence_imported_at)}: "
            "their vault may have been restored from a backup. Its versions that this vault "
            "never held are imported, or kept as conflicts where they clash with this vault's; "
            "none is dropped as older. Ask them to import a bundle from you before they edit "
            "again."
        )
    elif report.is_older_than_last:
        print(
            f"Older than the last bundle from this sender ({report.last_sequence}); "
            "only what is newer than this vault's copy is taken."
        )
    if report.missed:
        print(missed_text(report.sender_name, report.missed))
    if report.skipped:
        print(NOT_IMPORTED.format(report.sender_name, sequences_text(report.skipped)))
    if report.is_dry_run:
        for change in report.changes:
            name = _record_name(change)
            # A version held for a safeguard says so on its line; why follows the counts.
            action = "hold" if change.reasons else change.action
            print(f"  would {action}\t{change.kind}\t{change.record_id}\t{name}")
    summary = (
        f"inserted {report.inserted}, updated {report.updated}, deleted {report.deleted}, "
        f"unchanged {report.unchanged}, older (kept ours) {report.older}, "
        f"new conflicts {report.conflicts}"
    )
    if report.conflicts_waiting:
        summary += f", already waiting as conflicts {report.conflicts_waiting}"
    print(f"Dry run, nothing changed. It would be: {summary}" if report.is_dry_run else summary)
    if report.settled:
        were = "would be" if report.is_dry_run else "were"
        print(f"{len(report.settled)} open conflict(s) {were} settled by this bundle:")
    for settled in report.settled:
        print(f"  {settled.kind} {settled.record_id}\t{_record_name(settled)}")
    _print_not_imported(report.not_imported)
    _print_new_by_removed(report)
    for change in report.changes:
        name = _record_name(change)
        reasons, removed = change.reasons, change.removed_authors
        for line in held_lines(reasons, report.sender_name, change.kind, name, removed):
            print(line)
    if report.conflicts and not report.is_dry_run:
        print("See the conflicts with: sandiq conflicts")
    print_dangling(report.dangling)


def _print_not_imported(records: tuple[NotImported, ...]) -> None:
    """One line per reason a record was left out, each record under it."""
    for reason, sentence in NOT_IMPORTED_REASONS.items():
        left_out = [record for record in records if record.reason == reason]
        if left_out:
            count = f"{len(left_out)} record{'s' if len(left_out) > 1 else ''}"
            print(f"{count} not imported: {sentence}.")
        for record in left_out:
            print(f"  {record.kind} {record.record_id}\t{_record_name(record)}")


def _print_new_by_removed(report: ImportReport) -> None:
    """Name the new records that hold edits by a contact this vault removed: they come in (a
    hold needs a version here), so the user knows which to look at."""
    new = [c for c in report.changes if c.action == "insert" and c.removed_authors]
    for removed in sorted({c.removed_authors for c in new}):
        records = [c for c in new if c.removed_authors == removed]
        added = "would be added" if report.is_dry_run else "were added"
        print(
            f"{len(records)} new record(s) with edits by {' and '.join(removed)}, whom you removed "
            f"from your contacts, {added} ({report.sender_name}'s bundle passes them on); look "
            "at them, and delete what you do not trust:"
        )
        for change in records:
            print(f"  {change.kind} {change.record_id}\t{_record_name(change)}")


def _record_name(record: Change | SettledConflict | NotImported) -> str:
    """A record's label; for a case party, who and in which case ("Name, victim in UZ-1")."""
    if record.kind == "case_party" and (record.person or record.case):
        return f"{record.person}, {record.label} in {record.case}"
    return record.label


def _missed_json(missed: MissedBundles | None) -> dict[str, Any] | None:
    """missed with each run of numbers as [first, last] (a run may span millions)."""
    if missed is None:
        return None

    def runs(ranges: tuple[range, ...]) -> list[list[int]]:
        return [[run.start, run[-1]] for run in ranges]

    return {"certain": runs(missed.certain), "more": missed.more, "among": runs(missed.among)}


def cmd_bundle_import(args: argparse.Namespace) -> None:
    with unlocked(args) as vault:
        report = import_bundle(
            vault, Path(args.file), dry_run=args.dry_run, progress=progress_printer("importing")
        )
    if args.json:
        data: dict[str, Any] = {
            **report.__dict__,
            "changes": [c.__dict__ for c in report.changes],
            "settled": [s.__dict__ for s in report.settled],
            "not_imported": [n.__dict__ for n in report.not_imported],
            "dangling": [d.__dict__ for d in report.dangling],
            "missed": _missed_json(report.missed),
        }
        print_json(data)
        return
    _print_import(report)


def add_exchange_commands(sub: Any, command: Command) -> None:
    """Mount identity, contact and bundle under the sandiq parser's subcommands."""
    identity = command("identity", cmd_identity, "show this vault's exchange identity")
    actions = identity.add_subparsers(dest="identity_command", metavar="ACTION")
    p = command(
        "export", cmd_identity_export, "write this vault's contact file", actions, nested=True
    )
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p = command("rename", cmd_identity_rename, "set the name colleagues see", actions, True)
    p.add_argument("name")

    contact = sub.add_parser("contact", help="colleagues' keys").add_subparsers(
        dest="contact_command", required=True, metavar="ACTION"
    )
    p = command("add", cmd_contact_add, "add a colleague from their contact file", contact)
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="the fingerprint was compared: add it")
    p.add_argument("--verified", action="store_true", help="also mark the contact verified")
    p.add_argument("--name", help="show the contact under this name, not the file's")
    p = command("list", cmd_contact_list, "list contacts", contact)
    p.add_argument("--all", action="store_true", help="include removed contacts")
    p = command("remove", cmd_contact_remove, "refuse bundles from a contact", contact)
    p.add_argument("contact", metavar="NAME_OR_KEY_ID")
    p = command("verify", cmd_contact_verify, "mark a contact's fingerprint as compared", contact)
    p.add_argument("contact", metavar="NAME_OR_KEY_ID")
    p.add_argument("--undo", action="store_true", help="mark it not verified")

    bundle = sub.add_parser("bundle", help="encrypted exchange files").add_subparsers(
        dest="bundle_command", required=True, metavar="ACTION"
    )
    p = command("export", cmd_bundle_export, "write an encrypted bundle for contacts", bundle)
    p.add_argument(
        "--to",
        action="extend",
        nargs="+",
        required=True,
        metavar="CONTACT",
        help="the contacts (name or key id) who can read it: several after one --to, or "
        "--to repeated",
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--case", nargs="+", metavar="REF", help="these cases and what they need")
    what.add_argument("--since-last", action="store_true", help="changes since the last bundle")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--no-attachments", action="store_true", help="leave attachments out")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p = command("import", cmd_bundle_import, "verify a bundle and merge it", bundle)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
