"""`sandiq salvage --to NEWFOLDER`: copy what still reads of a damaged vault into a new one.

Thin over ``desktop_app.core.salvage``: parse, call core, print one summary.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from desktop_app.cli_common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    Command,
    new_passphrase,
    print_json,
    read_secret_file,
    secret,
    vault_dir,
)
from desktop_app.core import recovery_shares
from desktop_app.core.salvage import SalvageReport, salvage
from desktop_app.core.vault_creation import CreatedVault

_IDS_SHOWN = 20  # lost ids listed per table on the terminal (--json lists all)


def cmd_salvage(args: argparse.Namespace) -> None:
    recovery_key = read_secret_file(args.recovery_key_file) if args.recovery_key_file else None
    shares = (
        recovery_shares.shares_in_text(read_secret_file(args.shares_file))
        if args.shares_file
        else None
    )
    if recovery_key is not None or shares is not None:
        # The passphrase is forgotten: the new vault gets one of its own.
        passphrase = new_passphrase(args, "Passphrase of the new vault: ")
    else:
        passphrase = secret(args.passphrase_file, PASSPHRASE_ENV, "Passphrase: ")

    def show(created: CreatedVault) -> None:
        # The new vault has a header, and so a recovery key, of its own.
        if not args.json:
            print("Recovery key of the new vault (write it down now; it is shown only once):")
            print(f"  {created.recovery_key}")
            sys.stdout.flush()
        else:
            shown["recovery_key"] = created.recovery_key

    shown: dict[str, str] = {}
    report = salvage(
        vault_dir(args),
        Path(args.to),
        passphrase,
        recovery_key=recovery_key,
        shares=shares,
        show=show,
    )
    if args.json:
        print_json({**_as_json(report), **shown})
    else:
        _print_summary(report, vault_dir(args))


def _as_json(report: SalvageReport) -> dict[str, object]:
    return {
        "vault": str(report.target),
        "is_whole": report.is_whole,
        "identity_kept": report.is_identity_kept,
        "parts": [part.__dict__ for part in report.parts],
    }


def _print_summary(report: SalvageReport, damaged: Path) -> None:
    print(f"New vault made at {report.target}; it opens with the passphrase given.")
    for part in report.parts:
        source = "their records" if part.table == "revision" else "saved versions"
        rebuilt = f", {part.rebuilt} rebuilt from {source}" if part.rebuilt else ""
        line = f"{part.table}: {part.copied} copied{rebuilt}, {part.lost} lost"
        if part.has_unknown_losses:
            line += " (and rows that could not be read, whose ids are not known)"
        print(line)
        for record_id in part.lost_ids[:_IDS_SHOWN]:
            print(f"  lost: {record_id}")
        if len(part.lost_ids) > _IDS_SHOWN:
            print(f"  ... and {len(part.lost_ids) - _IDS_SHOWN} more (--json lists them all)")
    if not report.is_identity_kept:
        print(
            "The identity keys could not be read: the new vault has new ones. Send colleagues "
            "its contact file (sandiq identity export); they must add it again."
        )
    print("The search index was built anew. The damaged vault was not changed.")
    print(
        "The new vault has a recovery key of its own (above) and no recovery shares: make "
        "new recovery shares (sandiq shares create); the old ones open nothing in it."
    )
    print("Next steps:")
    print(f"  1. Check the new vault: sandiq verify --vault {shlex.quote(str(report.target))}")
    if not report.is_whole:
        print(
            "  2. Get back what was lost: from a backup made before the damage (restore it "
            "into another folder and export what is missing), or ask the colleagues you sent "
            "those records to for a bundle of them."
        )
    # Each command names its vault: without --vault, wipe would destroy the default one.
    print(
        "  Then use only the new vault (it keeps this vault's identity): wipe the damaged one "
        f"(sandiq wipe --vault {shlex.quote(str(damaged))} --yes) and make a backup of the new "
        f"one (sandiq backup --vault {shlex.quote(str(report.target))} --out FOLDER)."
    )


def add_salvage_command(command: Command) -> None:
    """Mount salvage under the sandiq parser's subcommands."""
    p = command("salvage", cmd_salvage, "copy what still reads of a damaged vault into a new vault")
    p.add_argument("--to", required=True, metavar="NEWFOLDER", help="a new or empty folder")
    open_with = p.add_mutually_exclusive_group()
    open_with.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help=f"open the damaged vault with its recovery key (new passphrase: {NEW_PASSPHRASE_ENV})",
    )
    open_with.add_argument(
        "--shares-file",
        metavar="FILE",
        help="open the damaged vault with colleagues' recovery shares, one a line (new "
        f"passphrase: {NEW_PASSPHRASE_ENV})",
    )
    p.add_argument("--new-passphrase-file", metavar="FILE")
