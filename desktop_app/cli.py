"""The `sandiq` command: the archive without a screen.

Thin over ``desktop_app.core``: parse arguments, get the passphrase (never from argv), call core,
print. Every expected failure prints one line, ``sandiq: error: <message>``, and exits 1. What
it prints is in the user's language (``cli_i18n``); the prefix and ``--json`` stay English.

Exit statuses: 0 done; 1 an error (the line says which); 2 a usage error (argparse's); 3 nothing
to send (``bundle export --since-last`` found no change and wrote no file, so a script's
``export && send`` stops there); 130 interrupted; 141 the reader of the output went away.

This module holds the parser and the exit codes; the commands live by subject in ``cli_vault``,
``cli_backup``, ``cli_keys`` (the passphrase, the recovery key and shares), ``cli_cases``,
``cli_people``, ``cli_testimonies``, ``cli_events``, ``cli_records`` (what the record commands
share), ``cli_history`` (the versions of a record of any kind), ``cli_deletion`` (delete,
deleted, undelete), ``cli_search``, ``cli_report``, ``cli_exchange``, ``cli_conflicts`` and
``cli_salvage``, and what they all share (the passphrase, the unlocked vault, the output) in
``cli_common``; argparse's own words in the user's language are ``cli_argparse``'s.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from typing import Any, NoReturn

from sqlalchemy.exc import DBAPIError

from db.engine import DriverDatabaseError
from desktop_app.cli_argparse import argparse_in_language
from desktop_app.cli_attachments import add_attachment_commands
from desktop_app.cli_backup import add_backup_commands
from desktop_app.cli_cases import add_case_commands
from desktop_app.cli_common import PASSPHRASE_ENV
from desktop_app.cli_conflicts import add_conflict_commands
from desktop_app.cli_deletion import add_deletion_commands
from desktop_app.cli_events import add_event_commands
from desktop_app.cli_exchange import add_exchange_commands
from desktop_app.cli_history import add_history_command
from desktop_app.cli_i18n import cli_language, error_text, fill, translate
from desktop_app.cli_keys import add_key_commands
from desktop_app.cli_output import ClosedStream, PrintableStream, silence_stdout
from desktop_app.cli_people import add_person_commands
from desktop_app.cli_report import add_report_command
from desktop_app.cli_salvage import add_salvage_command
from desktop_app.cli_search import add_search_command
from desktop_app.cli_testimonies import add_testimony_commands
from desktop_app.cli_vault import add_init_command, add_json_commands, add_upkeep_commands
from desktop_app.core.errors import SandiqError, known_database_reason
from desktop_app.core.no_core_dumps import forbid_core_dumps


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors are one line, like every other sandiq error."""

    def error(self, message: str) -> NoReturn:
        """Print `sandiq: error: ...` and exit 2."""
        line = fill(translate("Cli", "%1 (see %2 --help)"), message, self.prog)
        self.exit(2, f"sandiq: error: {line}\n")


def _common(keep_given: bool = False) -> argparse.ArgumentParser:
    # keep_given: for the actions of a command that takes these options itself (`identity
    # --vault A export`): their own defaults would overwrite what was given before them.
    default = argparse.SUPPRESS if keep_given else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault",
        metavar="PATH",
        default=default,
        help=translate("Cli", "vault folder (default: per-user data)"),
    )
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help=fill(translate("Cli", "read the passphrase from FILE (%1)"), PASSPHRASE_ENV),
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=default if keep_given else False,
        help=translate("Cli", "machine-readable output"),
    )
    return common


def _version() -> str:
    try:
        return metadata.version("sandiq")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "(not installed)"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sandiq command."""
    common, nested_common = _common(), _common(keep_given=True)
    parser = _Parser(
        prog="sandiq",
        description=translate("Cli", "Sandiq: an offline, encrypted human-rights archive."),
    )
    parser.add_argument("--version", action="version", version=f"sandiq {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str,
        func: Callable[[argparse.Namespace], int | None],
        help: str,
        parent: Any = sub,
        nested: bool = False,
    ) -> argparse.ArgumentParser:
        """A subcommand with the common options; nested for an action of a command that
        takes them too."""
        p = parent.add_parser(
            name, parents=[nested_common if nested else common], help=help, description=help
        )
        p.set_defaults(func=func)
        return p

    # In the order `sandiq --help` lists them, which is why some modules mount in two steps.
    add_init_command(command)
    add_case_commands(sub, command)
    add_person_commands(sub, command)
    add_testimony_commands(sub, command)
    add_event_commands(sub, command)
    add_attachment_commands(command)
    add_json_commands(command)
    add_search_command(command)
    add_report_command(command)
    add_history_command(command)
    add_deletion_commands(command)
    add_backup_commands(command)
    add_key_commands(command)
    add_upkeep_commands(command)
    add_salvage_command(command)
    add_exchange_commands(sub, command)
    add_conflict_commands(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sandiq command; returns the exit status."""
    forbid_core_dumps()
    stdout, stderr = sys.stdout, sys.stderr
    # Record text from anyone's bundle may reach the terminal (see cli_output).
    sys.stdout, sys.stderr = (  # type: ignore[assignment]
        PrintableStream(stream if stream is not None else ClosedStream())
        for stream in (stdout, stderr)
    )
    try:
        with cli_language(), argparse_in_language():
            return _run(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status = args.func(args)  # None for done; a command may end with another status
    except SandiqError as exc:
        print(f"sandiq: error: {error_text(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        interrupted = translate("Cli", "interrupted; nothing was changed by the unfinished command")
        print(f"sandiq: {interrupted}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`sandiq stats | head -2`): end quietly, as Unix tools do, with
        # the status a SIGPIPE would give; nothing is left to flush into the closed pipe.
        silence_stdout()
        return 141
    except OSError as exc:  # disk full, no permission
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"sandiq: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except (DBAPIError, DriverDatabaseError) as exc:  # never the statement: it may quote data
        print(f"sandiq: error: {_database_failure(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:
        # A bug. Its traceback could quote case data, so it is shown only when asked for.
        if os.environ.get("SANDIQ_DEBUG"):
            raise
        text = translate("Cli", "internal error (%1); set SANDIQ_DEBUG=1 to see the details")
        print(f"sandiq: error: {fill(text, type(exc).__name__)}", file=sys.stderr)
        return 1
    return status or 0


def _database_failure(exc: DBAPIError | DriverDatabaseError) -> str:
    reason = known_database_reason(exc.orig if isinstance(exc, DBAPIError) else exc)
    if reason is None:  # the driver's text may quote a record (docs/security.md)
        return translate(
            "Cli",
            "the vault database is damaged or unreadable (run sandiq verify); nothing was changed",
        )
    if "locked" in reason:
        return translate(
            "Cli",
            "the vault is in use by another Sandiq window or command; try again when it has "
            "finished (nothing was changed)",
        )
    if "full" in reason:
        return translate("Cli", "the disk is full; nothing was changed")
    if reason in ("database disk image is malformed", "file is not a database"):
        return fill(
            translate("Cli", "the vault database is damaged (%1); run sandiq verify"), reason
        )
    text = translate("Cli", "the vault database failed: %1; nothing was changed")
    return fill(text, reason)


if __name__ == "__main__":
    sys.exit(main())
