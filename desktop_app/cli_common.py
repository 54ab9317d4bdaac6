"""What every `sandiq` command shares: the passphrase, the unlocked vault and the output.

The command modules (``cli_*.py``) import from here; ``cli.py`` parses the arguments and maps
errors to exit codes.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_output import json_printable
from desktop_app.core.disk_space import approximate_size
from desktop_app.core.errors import InvalidInput, SandiqError
from desktop_app.core.one_line_text import ONE_LINE_FIELDS, one_line_problem
from desktop_app.core.vault import VAULT_FILES, Vault, default_vault_dir, unlock
from desktop_app.ui.error_texts import os_error_text
from desktop_app.ui.i18n import current_language

PASSPHRASE_ENV = "SANDIQ_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SANDIQ_NEW_PASSPHRASE"

# The `command(name, func, help, parent=...)` helper of build_parser, which the command modules
# use to mount their subcommands with the common options.
Command = Callable[..., argparse.ArgumentParser]


MAX_SECRET_FILE = 64 * 1024  # 16 shares of 20 words fit 40 times over


def os_error_said(reason: str) -> str:
    """A system error's reason (its strerror) inside a translated sentence: the system's own
    English words in English, which scripts and the docs read, the window's in Russian and
    Uzbek where it has them ("файл не существует")."""
    return reason if current_language() == "en" else os_error_text(reason)


def read_secret_file(path: str) -> str:
    """The secret in the file at path, without its line ending or a leading byte order mark."""
    try:
        # utf-8-sig: Notepad starts a UTF-8 file with a byte order mark, which is no part of
        # the passphrase.
        with open(path, encoding="utf-8-sig") as fh:
            text = fh.read(MAX_SECRET_FILE + 1)  # /dev/zero or a film must not fill memory
    except OSError as exc:
        message = translate("CliCommon", "cannot read %1: %2")
        raise SandiqError(fill(message, path, os_error_said(str(exc.strerror)))) from None
    except UnicodeDecodeError:  # saved in a legacy code page such as cp1251
        message = translate("CliCommon", "cannot read %1: the file is not UTF-8 text")
        raise InvalidInput(fill(message, path)) from None
    if len(text) > MAX_SECRET_FILE:
        message = translate("CliCommon", "%1 is too large to hold a passphrase, a key or shares")
        raise InvalidInput(fill(message, path))
    return text.rstrip("\r\n")


def secret(
    file_arg: str | None,
    env_name: str,
    prompt: str,
    confirm: bool = False,
    file_option: str = "--passphrase-file",
) -> str:
    """A passphrase from file_arg (the option file_option), else from env_name, else typed at
    the terminal (never argv)."""
    if file_arg:
        return read_secret_file(file_arg)
    if env_name in os.environ:
        return os.environ[env_name]
    if not sys.stdin.isatty():
        text = translate("CliCommon", "no passphrase: set %1 or use %2")
        raise SandiqError(fill(text, env_name, file_option))
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("CliCommon", "Repeat: ")) != value:
        raise SandiqError(translate("CliCommon", "the two passphrases differ"))
    return value


def new_passphrase(args: argparse.Namespace, prompt: str) -> str:
    """The new passphrase of passwd, of a restore or salvage opened with the recovery key or
    shares: from --new-passphrase-file, else NEW_PASSPHRASE_ENV, else typed twice."""
    return secret(
        args.new_passphrase_file,
        NEW_PASSPHRASE_ENV,
        prompt,
        confirm=sys.stdin.isatty(),
        file_option="--new-passphrase-file",
    )


def confirmed(question: str) -> bool:
    """True if the user answers yes on a terminal; False without one (scripts pass --yes)."""
    if not sys.stdin.isatty():
        return False
    # "y" and "yes" in every language: a user may have learnt them from the English one.
    answers = translate("CliCommon", "y yes", "the answers to [y/N] that mean yes, by spaces")
    question = fill(translate("CliCommon", "%1 [y/N] "), question)
    return input(question).strip().lower() in {"y", "yes", *answers.lower().split()}


def vault_dir(args: argparse.Namespace) -> Path:
    """The vault folder named by --vault, or the per-user default."""
    return Path(args.vault) if args.vault else default_vault_dir()


@contextmanager
def unlocked(args: argparse.Namespace, *, upgrade: bool = True) -> Iterator[Vault]:
    """The vault of args, unlocked with a current search index; locked again on the way out.
    A vault made by an older version is upgraded, saying so, unless upgrade is False: then it
    is given in its older format (vault.older_format), for commands that only copy or check
    it."""
    passphrase = secret(
        args.passphrase_file, PASSPHRASE_ENV, translate("CliCommon", "Passphrase: ")
    )
    vault = unlock(
        vault_dir(args), passphrase, rebuild_stale_index=False, upgrade_older_format=False
    )
    try:
        if upgrade and vault.older_format is not None:
            _upgrade_format(vault)
        if vault.older_format is None:
            _update_search_index(vault)
        yield vault
    finally:
        vault.lock()


def _upgrade_format(vault: Vault) -> None:
    # Said, not asked: scripts run without a terminal. The line tells a user who carries the
    # vault between computers why an older Sandiq will refuse it from now on.
    assert vault.older_format is not None
    text = translate(
        "CliCommon",
        "upgrading the vault from format %1 to %2; older versions of Sandiq will not open it "
        "afterwards (a backup written before by 'sandiq backup' keeps the older format and "
        "opens in them)",
    )
    older = vault.older_format
    print(f"sandiq: {fill(text, str(older.format), str(older.current))}", file=sys.stderr)
    vault.upgrade_format(rebuild_stale_index=False)


def _update_search_index(vault: Vault) -> None:
    # Minutes on a large vault: say why the command waits (on stderr, so --json stays clean).
    if vault.search_index_is_current():
        return
    text = translate(
        "CliCommon",
        "rebuilding the search index for this version of Sandiq (once; this can take minutes)",
    )
    print(f"sandiq: {text}", file=sys.stderr)
    vault.rebuild_search_index(progress_printer(translate("CliCommon", "Indexing")))


def refuse_unfit_one_line(kind: str, content: Mapping[str, Any]) -> None:
    """InvalidInput naming the option if a one-line field in content (a name, a title, a
    place) holds what the JSON import refuses (see one_line_text); fields absent pass."""
    # Checked before the vault opens: a name stored with U+202E shows reversed in every list,
    # and the vault's own export would not import again.
    for field_kind, field, is_list in ONE_LINE_FIELDS:
        value = content.get(field)
        if field_kind != kind or value is None:
            continue
        for line in value if is_list else [value]:
            problem = one_line_problem(line)
            if problem is not None:
                option = "--other-name" if field == "other_names" else f"--{field}"
                raise InvalidInput(f"{option} {problem}")


def print_json(value: Any) -> None:
    """Print value as indented JSON on stdout, non-ASCII text as it is but for terminal
    controls, which are JSON escapes (valid JSON, and safe on a terminal)."""
    print(json_printable(json.dumps(value, ensure_ascii=False, indent=1, default=str)))


def progress_printer(label: str) -> Callable[[int, int], None]:
    """A progress callback that draws `label: done/total` on stderr when it is a terminal."""

    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            # Past the escaping of record text (cli_output): the carriage return is ours.
            terminal = getattr(sys.stderr, "wrapped", sys.stderr)
            print(f"\r{label}: {done}/{total}", end="" if done < total else "\n", file=terminal)

    return show


@contextmanager
def announced(args: argparse.Namespace, doing: str, folder: Path, done: str) -> Iterator[None]:
    """Around a long job on the vault files in folder, run with no terminal to draw
    progress_printer's bar on (cron, a log file): `<doing> <size>…` on stdout before it and
    `<done> in <time>.` after it, each written at once. Nothing with --json (stdout is the
    document) or on a terminal (the bar shows the job going)."""
    if args.json or sys.stdout.isatty() or sys.stderr.isatty():
        yield
        return
    # Minutes of silence read as a hang in a log; a failure is said by the error line instead.
    size = sum(path.stat().st_size for name in VAULT_FILES if (path := folder / name).is_file())
    sized = fill(translate("CliCommon", "%1 %2…"), doing, approximate_size(size))
    print(sized if size else f"{doing}…", flush=True)
    began = time.monotonic()
    yield
    took = _duration(time.monotonic() - began)
    print(fill(translate("CliCommon", "%1 in %2."), done, took), flush=True)


def _duration(seconds: float) -> str:
    """'0.4 s', '42 s', '3 min 05 s', '2 h 07 min'."""
    if seconds < 10:
        return fill(translate("CliCommon", "%1 s"), f"{seconds:.1f}")
    minutes, whole = divmod(round(seconds), 60)
    if not minutes:
        return fill(translate("CliCommon", "%1 s"), str(whole))
    hours, minutes = divmod(minutes, 60)
    if hours:
        return fill(translate("CliCommon", "%1 h %2 min"), str(hours), f"{minutes:02}")
    return fill(translate("CliCommon", "%1 min %2 s"), str(minutes), f"{whole:02}")
