"""`sandiq backup` and `sandiq restore`: the vault copied, still encrypted, into a folder, and
made again from such a copy with its passphrase, recovery key or colleagues' shares.

Thin over ``desktop_app.core.backup``, like the rest of the CLI; its texts keep the context of
``cli_vault``, where they were written first.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from desktop_app.cli_common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    Command,
    announced,
    new_passphrase,
    print_json,
    progress_printer,
    read_secret_file,
    secret,
    unlocked,
    vault_dir,
)
from desktop_app.cli_i18n import fill, translate
from desktop_app.core import backup, recovery_shares
from desktop_app.core.errors import SandiqError, WrongPassphrase, WrongShares
from desktop_app.core.vault import check_passphrase_strength


@contextmanager
def announced_when_copying(
    args: argparse.Namespace, doing: str, folder: Path, done: str
) -> Iterator[Callable[[], None]]:
    """announced() around a backup or restore, begun when core calls the function given: once
    its checks have passed, so that a refusal is said alone, not after "Restoring 3 GiB…"."""
    with ExitStack() as stack:
        yield lambda: stack.enter_context(announced(args, doing, folder, done))


def cmd_backup(args: argparse.Namespace) -> None:
    # A backup keeps an older format: the copy a careful user makes before upgrading.
    with (
        unlocked(args, upgrade=False) as vault,
        announced_when_copying(
            args,
            translate("CliVault", "Backing up"),
            vault.path,
            translate("CliVault", "Backup finished"),
        ) as copying,
    ):
        progress = progress_printer(translate("CliVault", "backing up"))
        target = backup.back_up(vault, Path(args.out), progress, copying=copying)
        # The backup holds the header as it is now, with each of its ways in.
        has_shares = vault.has_recovery_shares
    if args.json:
        print_json({"backup": str(target)})
    elif has_shares:
        text = translate(
            "CliVault",
            "Backup written to %1; it opens with the passphrase the vault has now, or its "
            "recovery key, or its colleagues' recovery shares.",
        )
        print(fill(text, str(target)))
    else:
        text = translate(
            "CliVault",
            "Backup written to %1; it opens with the passphrase the vault has now, or its "
            "recovery key.",
        )
        print(fill(text, str(target)))


def cmd_restore(args: argparse.Namespace) -> None:
    key: str | list[str]
    if args.recovery_key_file:
        key = read_secret_file(args.recovery_key_file)
    elif args.shares_file:
        key = recovery_shares.shares_in_text(read_secret_file(args.shares_file))
    else:
        prompt = translate("CliVault", "Passphrase of the backup: ")
        key = secret(args.passphrase_file, PASSPHRASE_ENV, prompt)
    replacement = None
    if args.recovery_key_file or args.shares_file:
        # The passphrase is forgotten, or the recovery key would not be used: the restored
        # vault gets a new one, as after passwd --recovery-key-file. Asked for (and judged)
        # before the copy, which may take minutes.
        replacement = new_passphrase(
            args, translate("CliVault", "New passphrase for the restored vault: ")
        )
        check_passphrase_strength(replacement)
    if not args.vault:  # the per-user place, as init makes it on a new computer
        vault_dir(args).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        with announced_when_copying(
            args,
            translate("CliVault", "Restoring"),
            Path(args.backup),
            translate("CliVault", "Restore finished"),
        ) as copying:
            restored = backup.restore(
                Path(args.backup),
                vault_dir(args),
                key,
                is_recovery_key=bool(args.recovery_key_file),
                progress=progress_printer(translate("CliVault", "restoring")),
                copying=copying,
            )
    except WrongPassphrase as exc:
        # A mistyped key or share says which, and so does a wrong recovery key.
        if type(exc) not in (WrongPassphrase, WrongShares):
            raise
        if args.shares_file:
            text = translate(
                "CliVault",
                "these shares do not open this backup (a backup opens with the shares the "
                "vault had when the backup was made)",
            )
        else:
            text = translate(
                "CliVault",
                "wrong passphrase for this backup (a backup opens with the passphrase the "
                "vault had when the backup was made)",
            )
        # Already in the user's language: said as it is, not as the window's "wrong passphrase".
        raise SandiqError(text) from None
    older = restored.older_format  # kept: the next command that needs this version's says so
    try:
        if replacement is not None:
            restored.change_passphrase(replacement)
    finally:
        restored.lock()
    if args.json:
        document: dict[str, object] = {"vault": str(vault_dir(args)), "backup": args.backup}
        if older is not None:
            document["older_format"] = older.__dict__
        print_json(document)
    else:
        text = translate("CliVault", "Vault restored at %1 from %2.")
        print(fill(text, str(vault_dir(args)), args.backup))
        if replacement is not None:
            print(translate("CliVault", "It opens with the new passphrase."))
        if older is not None:
            text = translate(
                "CliVault",
                "It keeps the format of the older Sandiq that made the backup (format %1; this "
                "version's is %2): the next sandiq command that needs this version's upgrades it.",
            )
            print(fill(text, str(older.format), str(older.current)))
        print(
            translate(
                "CliVault",
                "Before you edit anything, send each colleague a bundle ('sandiq bundle export "
                "--to NAME --since-last'), then import the bundles they send back (and any you "
                "already have): the restored vault has forgotten what it did after the backup.",
            )
        )


def add_backup_commands(command: Command) -> None:
    """Mount backup and restore under the sandiq parser's subcommands."""
    p = command(
        "backup",
        cmd_backup,
        translate("CliVault", "copy the vault, still encrypted, into a new folder"),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FOLDER",
        help=translate("CliVault", "a new or empty folder"),
    )
    p = command(
        "restore",
        cmd_restore,
        translate("CliVault", "make the vault (--vault) from a backup folder"),
    )
    p.add_argument(
        "backup", metavar="BACKUP", help=translate("CliVault", "a folder written by backup")
    )
    open_with = p.add_mutually_exclusive_group()
    recovery_help = translate(
        "CliVault", "open it with the recovery key, then set a new passphrase (%1)"
    )
    open_with.add_argument(
        "--recovery-key-file", metavar="FILE", help=fill(recovery_help, NEW_PASSPHRASE_ENV)
    )
    open_with.add_argument(
        "--shares-file",
        metavar="FILE",
        help=translate(
            "CliVault",
            "open it with colleagues' recovery shares, one a line, then set a new passphrase",
        ),
    )
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=fill(
            translate("CliVault", "read the new passphrase from FILE (default: %1, else asked)"),
            NEW_PASSPHRASE_ENV,
        ),
    )
