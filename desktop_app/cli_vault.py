"""The `sandiq` commands over the whole vault: init, import-json, export-json, verify, stats and
wipe (backup and restore are in ``cli_backup``; passwd, recovery-key and shares in ``cli_keys``).

Thin over ``desktop_app.core``, like the rest of the CLI: parse, call core, print.
``build_parser`` in ``cli.py`` mounts them with the ``add_*`` functions at the end.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.cli_common import (
    PASSPHRASE_ENV,
    Command,
    announced,
    os_error_said,
    print_json,
    progress_printer,
    secret,
    unlocked,
    vault_dir,
)
from desktop_app.cli_dangling import dangling_line
from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_keys import printed_before_storing
from desktop_app.core import interchange
from desktop_app.core.errors import InvalidInput, SandiqError
from desktop_app.core.exchange.dangling import is_every_target_held
from desktop_app.core.exchange.identity import format_fingerprint
from desktop_app.core.fileio import check_output_folder, write_atomically
from desktop_app.core.integrity_report import grouped_problems, problem_lines
from desktop_app.core.leftovers import ledger_of
from desktop_app.core.stats import vault_stats
from desktop_app.core.vault_creation import CreatedVault, create_vault
from desktop_app.core.vault_schema import OlderFormat
from desktop_app.core.vault_wipe import wipe
from desktop_app.core.verify import verify_report


def cmd_init(args: argparse.Namespace) -> None:
    passphrase = secret(
        args.passphrase_file,
        PASSPHRASE_ENV,
        translate("CliVault", "New passphrase: "),
        confirm=sys.stdin.isatty(),
    )

    def show(created: CreatedVault) -> None:
        # Before the header makes the folder a vault: a key that cannot be printed removes
        # what init made, so that a retry finds no vault in the way.
        outcome = translate("CliVault", "the vault was not created, so init can be run again")
        with printed_before_storing(translate("CliVault", "the recovery key"), outcome):
            if args.json:
                print_json(
                    {
                        "vault": str(vault_dir(args)),
                        "key_id": created.vault.fingerprint,
                        "fingerprint": format_fingerprint(bytes.fromhex(created.vault.fingerprint)),
                        "recovery_key": created.recovery_key,
                    }
                )
            else:
                print(fill(translate("CliVault", "Vault created at %1"), str(vault_dir(args))))
                print(
                    translate(
                        "CliVault", "Recovery key (write it down now; it is shown only once):"
                    )
                )
                print(f"  {created.recovery_key}")

    created = create_vault(vault_dir(args), passphrase, display_name=args.name or "", show=show)
    created.vault.lock()


def cmd_import_json(args: argparse.Namespace) -> None:
    try:
        raw = Path(args.file).read_bytes()
    except OSError as exc:
        text = translate("CliVault", "cannot read %1: %2")
        raise SandiqError(fill(text, args.file, os_error_said(str(exc.strerror)))) from None
    document = interchange.parse_document(raw)
    with unlocked(args) as vault, vault.transaction() as session:
        summary = interchange.import_document(
            vault.writer(session),
            document,
            progress=progress_printer(translate("CliVault", "importing")),
        )
    if args.json:
        print_json(summary.__dict__)
    else:
        text = translate("CliVault", "inserted %1, updated %2, unchanged %3")
        print(fill(text, str(summary.inserted), str(summary.updated), str(summary.unchanged)))


def cmd_export_json(args: argparse.Namespace) -> None:
    out = Path(args.out)
    if args.out != "-" and out.exists() and not args.force:
        text = translate("CliVault", "%1 already exists; choose another file name or use --force")
        raise InvalidInput(fill(text, str(out)))
    if args.out != "-":
        # The write refuses a missing or read-only folder too, but only after asking for the
        # passphrase and upgrading an older vault: here, an export that cannot be written asks
        # for nothing and changes nothing.
        check_output_folder(out)
    with unlocked(args) as vault:
        with vault.read() as session:
            data = interchange.dump_document(interchange.export_document(session))
        if args.out == "-":
            sys.stdout.buffer.write(data)
        else:
            # While unlocked, so the vault records the plaintext temp: killed midway, it is
            # removed at the next unlock rather than left beside the target.
            write_atomically(out, data, ledger=ledger_of(vault))
    # After the write, so that a failed export shows its error alone, on one line.
    if not args.plaintext_ok:
        warning = translate(
            "CliVault",
            "warning: the export is NOT encrypted; it holds every name and testimony in plain "
            "text. Keep it off shared or seized devices.",
        )
        print(warning, file=sys.stderr)


def cmd_verify(args: argparse.Namespace) -> None:
    # A read-only check: an older format is checked as it is, never upgraded (see verify_report).
    with (
        unlocked(args, upgrade=False) as vault,
        announced(
            args,
            translate("CliVault", "Verifying"),
            vault.path,
            translate("CliVault", "Verify finished"),
        ),
    ):
        # A minute or more on a large vault: a terminal is shown that it is still going.
        progress = None if args.json else progress_printer(translate("CliVault", "verifying"))
        report = verify_report(vault, progress)
    problems = report.problems
    if args.json:
        document = {
            "ok": not problems,
            "problems": problems,
            "dangling": [d.__dict__ for d in report.dangling],
            "missing": [d.__dict__ for d in report.missing],
            "salvage_notes": report.salvage_notes,
            "advice": report.advice,
        }
        if report.older_format is not None:  # only SQLCipher's and SQLite's checks ran
            document["older_format"] = report.older_format.__dict__
        print_json(document)
    else:
        if is_every_target_held(report.dangling):
            text = translate(
                "CliVault",
                "records referring to a person held for your decision: %1 (decide its "
                "conflict: sandiq conflicts)",
            )
            print(fill(text, str(len(report.dangling))))
        elif report.dangling:
            # A warning, not a failure: the vault is whole, but the links show nobody.
            text = translate(
                "CliVault",
                "records referring to deleted records: %1 (open them in the Sandiq window and "
                "choose again, or restore what was deleted: Vault > Deleted records)",
            )
            print(fill(text, str(len(report.dangling))))
        for d in report.dangling:
            print(dangling_line(d))
        for problem in grouped_problems(problems):  # --json lists every finding
            print(problem)
        lost = translate(
            "CliVault", "lost before the vault was salvaged (recorded in its audit log): %1"
        )
        for note in report.salvage_notes:
            print(fill(lost, note))
        for line in report.advice:
            print(line)
        verified = translate("CliVault", "vault verified: OK")
        if report.older_format is not None:
            print(_older_format_line(report.older_format))
            verified = translate("CliVault", "vault verified (encryption and structure only): OK")
        # The verdict stays the last line, where a script looks for it (the exit status says
        # it in every language).
        count = len(problem_lines(problems))
        found = translate("CliVault", "%n problem(s) found", None, count)
        print(verified if not problems else found)
    if problems:
        raise SystemExit(1)


def _older_format_line(older: OlderFormat) -> str:
    """What verify says of a vault in an older format, which it checks without upgrading."""
    text = translate(
        "CliVault",
        "the vault is in format %1, older than this Sandiq's %2: only its encryption and "
        "database structure were checked. The audit chain and the records are checked by the "
        "Sandiq that made it, or by this one once the vault is upgraded (any other sandiq "
        "command upgrades it; older versions refuse it afterwards)",
    )
    return fill(text, str(older.format), str(older.current))


def cmd_stats(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        stats = vault_stats(session)
    if args.json:
        print_json(stats)
    else:
        for key, value in stats.items():
            label = _STATS.get(key)
            print(f"{translate('CliVault', label) if label else key}: {value}")


# What stats counts (vault_stats' keys, as --json keeps them), in the user's language.
_STATS = {
    "case": QT_TRANSLATE_NOOP("CliVault", "case"),
    "person": QT_TRANSLATE_NOOP("CliVault", "person"),
    "case_party": QT_TRANSLATE_NOOP("CliVault", "case_party"),
    "testimony": QT_TRANSLATE_NOOP("CliVault", "testimony"),
    "event": QT_TRANSLATE_NOOP("CliVault", "event"),
    "attachment": QT_TRANSLATE_NOOP("CliVault", "attachment"),
    "attachment_bytes": QT_TRANSLATE_NOOP("CliVault", "attachment_bytes"),
    "revisions": QT_TRANSLATE_NOOP("CliVault", "revisions"),
    "audit_entries": QT_TRANSLATE_NOOP("CliVault", "audit_entries"),
}


def cmd_wipe(args: argparse.Namespace) -> None:
    if not args.yes:
        raise SandiqError(
            translate("CliVault", "wipe destroys the vault for good; repeat with --yes to do it")
        )
    wipe(vault_dir(args))
    print(translate("CliVault", "Vault destroyed."))


def add_init_command(command: Command) -> None:
    """Mount init under the sandiq parser's subcommands."""
    p = command("init", cmd_init, translate("CliVault", "create a new vault"))
    p.add_argument("--name", help=translate("CliVault", "display name of this vault's identity"))


def add_json_commands(command: Command) -> None:
    """Mount import-json and export-json under the sandiq parser's subcommands."""
    p = command("import-json", cmd_import_json, translate("CliVault", "import a Sandiq JSON file"))
    p.add_argument("file", help=translate("CliVault", "the JSON file to import"))
    p = command(
        "export-json",
        cmd_export_json,
        translate("CliVault", "export everything as plain JSON (unencrypted!)"),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=translate("CliVault", "file to write, or - for stdout"),
    )
    p.add_argument(
        "--plaintext-ok",
        action="store_true",
        help=translate("CliVault", "skip the plaintext warning"),
    )
    p.add_argument(
        "--force", action="store_true", help=translate("CliVault", "replace FILE if it exists")
    )


def add_upkeep_commands(command: Command) -> None:
    """Mount verify, stats and wipe under the sandiq parser's subcommands."""
    command(
        "verify",
        cmd_verify,
        translate("CliVault", "check encryption, integrity and the audit chain"),
    )
    command("stats", cmd_stats, translate("CliVault", "count what the vault holds"))
    p = command(
        "wipe", cmd_wipe, translate("CliVault", "destroy the vault's key material and database")
    )
    p.add_argument("--yes", action="store_true", help=translate("CliVault", "confirm"))
