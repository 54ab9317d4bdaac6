"""The exchange commands of `sandiq`: identity, contact and bundle (conflicts: ``cli_conflicts``).

Thin over ``desktop_app.core.exchange``, like the rest of the CLI: parse, call core, print.
``build_parser`` in ``cli.py`` mounts them with ``add_exchange_commands``; what an import prints
is ``cli_import_report``'s, how a contact's name is refused ``cli_contact_names``'s. In Russian
and Uzbek a refused bundle is said in the window's words (``ui.refusals``, QtCore only); in
English it stays core's own, which scripts and docs quote.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli_common import (
    Command,
    confirmed,
    os_error_said,
    print_json,
    progress_printer,
    unlocked,
)
from desktop_app.cli_contact_names import no_such_contact, recipient_ids, several_contacts
from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_import_report import is_english, missed_json
from desktop_app.cli_import_report import print_import as _print_import  # tests import it here
from desktop_app.cli_output import local_time
from desktop_app.core.errors import BundleRejected, InvalidInput, RecordNotFound, SandiqError
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
from desktop_app.core.exchange.export_plan import plan_export
from desktop_app.core.exchange.importer import import_bundle
from desktop_app.core.fileio import write_atomically
from desktop_app.ui import refusals

MAX_CONTACT_FILE = 64 * 1024  # parse_contact refuses anything over 4 KiB; don't read a DVD
# The exit status of `bundle export --since-last` when nothing changed and no file was written
# (the statuses are listed in cli.py).
NOTHING_TO_SEND = 3


def _read_small_file(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(MAX_CONTACT_FILE)
    except OSError as exc:
        text = translate("CliExchange", "cannot read %1: %2")
        raise SandiqError(fill(text, path, os_error_said(str(exc.strerror)))) from None


def cmd_identity(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        info = identity_info(session)
    if args.json:
        print_json(info.__dict__)
        return
    name = info.display_name or translate(
        "CliExchange", "(none; set one with sandiq identity rename)"
    )
    print(fill(translate("CliExchange", "Name:        %1"), name))
    print(fill(translate("CliExchange", "Fingerprint: %1"), info.fingerprint))
    print(fill(translate("CliExchange", "Key id:      %1"), info.key_id))


def cmd_identity_export(args: argparse.Namespace) -> None:
    out = Path(args.out)
    if out.exists() and not args.force:
        text = translate(
            "CliExchange", "%1 already exists; choose another file name or use --force"
        )
        raise InvalidInput(fill(text, str(out)))
    with unlocked(args) as vault, vault.read() as session:
        data = my_contact_file(session)
        info = identity_info(session)
    write_atomically(out, data)
    print(fill(translate("CliExchange", "Contact file written to %1."), str(out)))
    print(fill(translate("CliExchange", "Fingerprint: %1"), info.fingerprint))


def cmd_identity_rename(args: argparse.Namespace) -> None:
    with unlocked(args) as vault:
        rename_identity(vault, args.name)
    print(translate("CliExchange", "Display name changed."))


def cmd_contact_add(args: argparse.Namespace) -> None:
    data = _read_small_file(args.file)
    with unlocked(args) as vault:
        with vault.read() as session:
            keys = read_contact_file(session, data)
            known = next((c for c in list_contacts(session) if c.key_id == keys.key_id), None)
            # The file's name is unauthenticated: a known contact keeps the name the user gave.
            if args.name is not None:
                name = args.name.strip()
            else:
                name = keys.display_name if known is None else known.display_name
            other = namesake(session, name, keys.key_id)
        if (
            known is not None
            and name == known.display_name
            and not (args.verified and not known.is_verified)
        ):
            if args.json:
                print_json({**known.__dict__, "updated": True, "changed": False})
            else:
                text = translate("CliExchange", "Already a contact as %1; nothing changed.")
                print(fill(text, name))
            return
        # Refused before the fingerprint is compared, not after (add_contact checks it again).
        if other is not None:
            raise ContactNameTaken(name, other)
        if not args.json:
            print(fill(translate("CliExchange", "Contact:     %1"), keys.display_name))
            if name != keys.display_name:
                print(fill(translate("CliExchange", "Shown as:    %1"), name))
            print(fill(translate("CliExchange", "Fingerprint: %1"), keys.fingerprint))
        question = translate(
            "CliExchange",
            "Compare this fingerprint with the one your colleague reads to you. Add the contact?",
        )
        if not args.yes and not confirmed(question):
            raise SandiqError(
                translate(
                    "CliExchange",
                    "contact not added; compare the fingerprint, then repeat with --yes",
                )
            )
        info = add_contact(vault, data, is_verified=args.verified, display_name=args.name)
    if args.json:
        print_json({**info.__dict__, "updated": known is not None, "changed": True})
        return
    shown = info.display_name.rstrip(".")  # "Гульнора Б." must not end in ".."
    if known is None:
        print(fill(translate("CliExchange", "Added contact %1."), shown))
    elif known.display_name != info.display_name:
        text = translate("CliExchange", "Renamed contact %1 to %2.")
        print(fill(text, known.display_name, shown))
    else:
        print(fill(translate("CliExchange", "Updated contact %1."), shown))


def cmd_contact_list(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        contacts = list_contacts(session, include_removed=args.all)
    if args.json:
        print_json([c.__dict__ for c in contacts])
        return
    for c in contacts:
        if c.is_removed:
            state = translate("CliExchange", "removed")
        elif c.is_verified:
            state = translate("CliExchange", "verified")
        else:
            state = translate("CliExchange", "unverified")
        print(f"{c.display_name}\t{c.fingerprint}\t{state}\t{c.key_id[:16]}")


def cmd_contact_remove(args: argparse.Namespace) -> None:
    with unlocked(args) as vault:
        try:
            info = remove_contact(vault, args.contact)
        except RecordNotFound:  # find_contact's refusals, its only ones
            raise no_such_contact(args.contact) from None
        except InvalidInput:
            raise several_contacts(args.contact) from None
    text = translate("CliExchange", "Removed contact %1; bundles from them will be refused.")
    print(fill(text, info.display_name))


def cmd_contact_verify(args: argparse.Namespace) -> None:
    with unlocked(args) as vault:
        try:
            info = set_contact_verified(vault, args.contact, not args.undo)
        except RecordNotFound:  # find_contact's refusals, its only ones
            raise no_such_contact(args.contact) from None
        except InvalidInput:
            raise several_contacts(args.contact) from None
    if info.is_verified:
        text = translate("CliExchange", "%1 is marked verified (fingerprint %2).")
    else:
        text = translate("CliExchange", "%1 is marked not verified (fingerprint %2).")
    print(fill(text, info.display_name, info.fingerprint))


def protected_people_line(count: int) -> str:
    """The warning the send wizard gives too: a bundle names protected people by real name."""
    if count == 1:
        return translate(
            "CliExchange",
            "This bundle carries the real name of 1 protected person; only the colleagues you "
            "chose can read it, and their Sandiq keeps it protected.",
        )
    # %n for the languages whose plural differs from 2 on (Russian: 2, 5, 21).
    return translate(
        "CliExchange",
        "This bundle carries the real names of %n protected people; only the colleagues "
        "you chose can read it, and their Sandiq keeps them protected.",
        None,
        count,
    )


def everything_again_line(names: tuple[str, ...]) -> str:
    """Why a since-last bundle is much larger than usual: it carries everything again."""
    text = translate(
        "CliExchange",
        "This bundle carries everything again, from the start, because a colleague's vault "
        "was restored from a backup: %1.",
    )
    return fill(text, ", ".join(names))


def cmd_bundle_export(args: argparse.Namespace) -> int | None:
    with unlocked(args) as vault:
        with vault.read() as session:
            # Looked up here, not caught from export_bundle: its RecordNotFound may be about a
            # --case reference instead.
            recipients = recipient_ids(session, args.to)
            again: tuple[str, ...] = ()
            if args.since_last:  # asked before: the export serves them, and they are back in step
                again = plan_export(session, recipients, ()).sent_everything_again
        report = export_bundle(
            vault,
            Path(args.out),
            recipients,
            case_references=args.case or (),
            since_last=args.since_last,
            include_attachments=not args.no_attachments,
            overwrite=args.force,
            progress=progress_printer(translate("CliExchange", "exporting")),
        )
    if args.json:
        print_json(report.__dict__)
        return NOTHING_TO_SEND if report.path is None else None
    if report.path is None:
        text = translate(
            "CliExchange", "Nothing changed since the last bundle to %1; no file written."
        )
        print(fill(text, ", ".join(report.recipients)))
        return NOTHING_TO_SEND
    written = translate(
        "CliExchange",
        "Bundle %1 written to %2 for %3: %n records (%4 deleted), %5 attachments (%6 bytes).",
        None,
        report.record_count,
    )
    details = (report.deletions, report.attachments, report.attachment_bytes)
    print(
        fill(written, str(report.sequence), str(report.path), ", ".join(report.recipients),
             *map(str, details))
    )  # fmt: skip
    if report.protected_people:
        print(protected_people_line(report.protected_people))
    if again:
        print(everything_again_line(again))
    if report.carried_up_to:
        text = translate(
            "CliExchange",
            "This bundle carries the changes up to %1 (%2 of %3 records); send another bundle "
            "for the rest.",
        )
        counts = (str(report.record_count), str(report.changed_records))
        print(fill(text, local_time(report.carried_up_to), *counts))
    return None


def cmd_bundle_import(args: argparse.Namespace) -> None:
    progress = progress_printer(translate("CliExchange", "importing"))
    with unlocked(args) as vault:
        try:
            report = import_bundle(vault, Path(args.file), dry_run=args.dry_run, progress=progress)
        except BundleRejected as refusal:
            if is_english():
                raise
            # The window's words for core's sentence, with the facts a user acts on.
            raise BundleRejected(refusals.bundle_refusal_text(refusal)) from None
    if args.json:
        data: dict[str, Any] = {
            **report.__dict__,
            "changes": [c.__dict__ for c in report.changes],
            "settled": [s.__dict__ for s in report.settled],
            "not_imported": [n.__dict__ for n in report.not_imported],
            "dangling": [d.__dict__ for d in report.dangling],
            "missed": missed_json(report.missed),
        }
        print_json(data)
        return
    _print_import(report)


def add_exchange_commands(sub: Any, command: Command) -> None:
    """Mount identity, contact and bundle under the sandiq parser's subcommands."""

    identity = command(
        "identity", cmd_identity, translate("CliExchange", "show this vault's exchange identity")
    )
    actions = identity.add_subparsers(dest="identity_command", metavar="ACTION")
    p = command(
        "export",
        cmd_identity_export,
        translate("CliExchange", "write this vault's contact file"),
        actions,
        nested=True,
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=translate("CliExchange", "the contact file to write, for colleagues"),
    )
    replace = translate("CliExchange", "replace FILE if it exists")
    p.add_argument("--force", action="store_true", help=replace)
    p = command(
        "rename",
        cmd_identity_rename,
        translate("CliExchange", "set the name colleagues see"),
        actions,
        True,
    )
    p.add_argument("name", help=translate("CliExchange", "the new name"))

    contact = sub.add_parser(
        "contact", help=translate("CliExchange", "colleagues' keys")
    ).add_subparsers(dest="contact_command", required=True, metavar="ACTION")
    p = command(
        "add",
        cmd_contact_add,
        translate("CliExchange", "add a colleague from their contact file"),
        contact,
    )
    p.add_argument("file", help=translate("CliExchange", "a colleague's contact file"))
    p.add_argument(
        "--yes",
        action="store_true",
        help=translate("CliExchange", "the fingerprint was compared: add it"),
    )
    p.add_argument(
        "--verified",
        action="store_true",
        help=translate("CliExchange", "also mark the contact verified"),
    )
    p.add_argument(
        "--name", help=translate("CliExchange", "show the contact under this name, not the file's")
    )
    p = command("list", cmd_contact_list, translate("CliExchange", "list contacts"), contact)
    p.add_argument(
        "--all", action="store_true", help=translate("CliExchange", "include removed contacts")
    )
    p = command(
        "remove",
        cmd_contact_remove,
        translate("CliExchange", "refuse bundles from a contact"),
        contact,
    )
    named = translate("CliExchange", "the contact's name, or the start of its key id")
    p.add_argument("contact", metavar="NAME_OR_KEY_ID", help=named)
    p = command(
        "verify",
        cmd_contact_verify,
        translate("CliExchange", "mark a contact's fingerprint as compared"),
        contact,
    )
    p.add_argument("contact", metavar="NAME_OR_KEY_ID", help=named)
    p.add_argument(
        "--undo", action="store_true", help=translate("CliExchange", "mark it not verified")
    )

    bundle = sub.add_parser(
        "bundle", help=translate("CliExchange", "encrypted exchange files")
    ).add_subparsers(dest="bundle_command", required=True, metavar="ACTION")
    p = command(
        "export",
        cmd_bundle_export,
        translate("CliExchange", "write an encrypted bundle for contacts"),
        bundle,
    )
    p.add_argument(
        "--to",
        action="extend",
        nargs="+",
        required=True,
        metavar="CONTACT",
        help=translate(
            "CliExchange",
            "the contacts (name or key id) who can read it: several after one --to, or --to "
            "repeated",
        ),
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--case",
        nargs="+",
        metavar="REF",
        help=translate("CliExchange", "these cases and what they need"),
    )
    what.add_argument(
        "--since-last",
        action="store_true",
        help=translate("CliExchange", "changes since the last bundle"),
    )
    p.add_argument(
        "--out", required=True, metavar="FILE", help=translate("CliExchange", "the bundle to write")
    )
    p.add_argument(
        "--no-attachments",
        action="store_true",
        help=translate("CliExchange", "leave attachments out"),
    )
    p.add_argument("--force", action="store_true", help=replace)
    p = command(
        "import",
        cmd_bundle_import,
        translate("CliExchange", "verify a bundle and merge it"),
        bundle,
    )
    p.add_argument("file", help=translate("CliExchange", "the bundle to import"))
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CliExchange", "show what would change; change nothing"),
    )
