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
from desktop_app.cli_i18n import fill, translate
from desktop_app.core import recovery_shares
from desktop_app.core.salvage import SalvageReport, salvage
from desktop_app.core.salvage_copy import SalvagedPart
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
        passphrase = new_passphrase(args, translate("CliSalvage", "Passphrase of the new vault: "))
    else:
        prompt = translate("CliSalvage", "Passphrase: ")
        passphrase = secret(args.passphrase_file, PASSPHRASE_ENV, prompt)

    def show(created: CreatedVault) -> None:
        # The new vault has a header, and so a recovery key, of its own.
        if not args.json:
            text = translate(
                "CliSalvage",
                "Recovery key of the new vault (write it down now; it is shown only once):",
            )
            print(text)
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
    made = translate("CliSalvage", "New vault made at %1; it opens with the passphrase given.")
    print(fill(made, str(report.target)))
    for part in report.parts:
        print(_part_line(part))
        for record_id in part.lost_ids[:_IDS_SHOWN]:
            print("  " + fill(translate("CliSalvage", "lost: %1"), record_id))
        if len(part.lost_ids) > _IDS_SHOWN:
            more = translate("CliSalvage", "... and %1 more (--json lists them all)")
            print("  " + fill(more, str(len(part.lost_ids) - _IDS_SHOWN)))
    if not report.is_identity_kept:
        text = translate(
            "CliSalvage",
            "The identity keys could not be read: the new vault has new ones. Send colleagues "
            "its contact file (sandiq identity export); they must add it again.",
        )
        print(text)
    print(
        translate(
            "CliSalvage", "The search index was built anew. The damaged vault was not changed."
        )
    )
    text = translate(
        "CliSalvage",
        "The new vault has a recovery key of its own (above) and no recovery shares: make "
        "new recovery shares (sandiq shares create); the old ones open nothing in it.",
    )
    print(text)
    print(translate("CliSalvage", "Next steps:"))
    check = translate("CliSalvage", "1. Check the new vault: sandiq verify --vault %1")
    print("  " + fill(check, shlex.quote(str(report.target))))
    if not report.is_whole:
        text = translate(
            "CliSalvage",
            "2. Get back what was lost: from a backup made before the damage (restore it "
            "into another folder and export what is missing), or ask the colleagues you sent "
            "those records to for a bundle of them.",
        )
        print(f"  {text}")
    # Each command names its vault: without --vault, wipe would destroy the default one.
    text = translate(
        "CliSalvage",
        "Then use only the new vault (it keeps this vault's identity): wipe the damaged one "
        "(sandiq wipe --vault %1 --yes) and make a backup of the new one (sandiq backup "
        "--vault %2 --out FOLDER).",
    )
    print("  " + fill(text, shlex.quote(str(damaged)), shlex.quote(str(report.target))))


def _part_line(part: SalvagedPart) -> str:
    """What was copied, rebuilt and lost of one table (named as in the database)."""
    copied, rebuilt, lost = str(part.copied), str(part.rebuilt), str(part.lost)
    if not part.rebuilt:
        line = fill(translate("CliSalvage", "%1: %2 copied, %3 lost"), part.table, copied, lost)
    elif part.table == "revision":
        text = translate("CliSalvage", "%1: %2 copied, %3 rebuilt from their records, %4 lost")
        line = fill(text, part.table, copied, rebuilt, lost)
    else:
        text = translate("CliSalvage", "%1: %2 copied, %3 rebuilt from saved versions, %4 lost")
        line = fill(text, part.table, copied, rebuilt, lost)
    if part.has_unknown_losses:
        unknown = translate(
            "CliSalvage", "(and rows that could not be read, whose ids are not known)"
        )
        line += " " + unknown
    return line


def add_salvage_command(command: Command) -> None:
    """Mount salvage under the sandiq parser's subcommands."""
    p = command(
        "salvage",
        cmd_salvage,
        translate("CliSalvage", "copy what still reads of a damaged vault into a new vault"),
    )
    p.add_argument(
        "--to",
        required=True,
        metavar="NEWFOLDER",
        help=translate("CliSalvage", "a new or empty folder"),
    )
    open_with = p.add_mutually_exclusive_group()
    open_with.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help=fill(
            translate(
                "CliSalvage", "open the damaged vault with its recovery key (new passphrase: %1)"
            ),
            NEW_PASSPHRASE_ENV,
        ),
    )
    open_with.add_argument(
        "--shares-file",
        metavar="FILE",
        help=fill(
            translate(
                "CliSalvage",
                "open the damaged vault with colleagues' recovery shares, one a line (new "
                "passphrase: %1)",
            ),
            NEW_PASSPHRASE_ENV,
        ),
    )
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=fill(
            translate("CliSalvage", "read the new passphrase from FILE (default: %1, else asked)"),
            NEW_PASSPHRASE_ENV,
        ),
    )
