"""The `sandiq` commands over the ways into the vault: passwd, recovery-key and shares.

A recovery key or a set of shares is shown once, before it is stored: ``printed_before_storing``
makes sure it reached the reader first (init uses it too). ``build_parser`` in ``cli.py`` mounts
these commands with ``add_key_commands``.
"""

from __future__ import annotations

import argparse
import errno
import os
import select
import stat
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

try:
    import fcntl
    import termios
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from desktop_app.cli_common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    Command,
    new_passphrase,
    os_error_said,
    print_json,
    read_secret_file,
    secret,
    unlocked,
    vault_dir,
)
from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_output import silence_stdout
from desktop_app.core import recovery_shares
from desktop_app.core.errors import SandiqError
from desktop_app.core.vault import unlock, unlock_with_recovery_key, unlock_with_shares


def cmd_passwd(args: argparse.Namespace) -> None:
    # Only the header changes: the next command that unlocks rebuilds a stale search index and
    # upgrades an older format, saying so.
    if args.recovery_key_file:
        vault = unlock_with_recovery_key(
            vault_dir(args),
            read_secret_file(args.recovery_key_file),
            rebuild_stale_index=False,
            upgrade_older_format=False,
        )
    elif args.shares_file:
        shares = recovery_shares.shares_in_text(read_secret_file(args.shares_file))
        vault = unlock_with_shares(
            vault_dir(args), shares, rebuild_stale_index=False, upgrade_older_format=False
        )
    else:
        vault = unlock(
            vault_dir(args),
            secret(
                args.passphrase_file, PASSPHRASE_ENV, translate("CliKeys", "Current passphrase: ")
            ),
            rebuild_stale_index=False,
            upgrade_older_format=False,
        )
    try:
        new = new_passphrase(args, translate("CliKeys", "New passphrase: "))
        vault.change_passphrase(new)
        print(translate("CliKeys", "Passphrase changed."))
    finally:
        vault.lock()


def cmd_recovery_key(args: argparse.Namespace) -> None:
    # Checked before unlocking, like wipe: the key the user holds stops working.
    if not args.new:
        raise SandiqError(
            translate(
                "CliKeys",
                "a new recovery key retires the one you have; repeat with --new to issue one",
            )
        )

    def show(recovery_key: str) -> None:
        # Before it replaces the old key: if it cannot be printed, the old key still works.
        outcome = translate(
            "CliKeys", "nothing was changed: the old recovery key still opens the vault"
        )
        with printed_before_storing(translate("CliKeys", "the new recovery key"), outcome):
            if args.json:
                print_json({"vault": str(vault_dir(args)), "recovery_key": recovery_key})
            else:
                print(
                    translate(
                        "CliKeys", "New recovery key (write it down now; it is shown only once):"
                    )
                )
                print(f"  {recovery_key}")
                print(
                    translate(
                        "CliKeys",
                        "It replaces the old recovery key, which no longer opens the vault.",
                    )
                )

    # Only the header changes, as with passwd: an older format stays as it is, for the older
    # Sandiqs that still open it.
    with unlocked(args, upgrade=False) as vault:
        vault.replace_recovery_key(show)


@contextmanager
def printed_before_storing(what: str, outcome: str) -> Iterator[None]:
    """Flush what the block printed (a secret shown only once, not stored yet), or raise a
    SandiqError saying what could not be printed and what that leaves."""
    try:
        yield
        sys.stdout.flush()  # print alone can leave the secret in the buffer, unwritten
        _wait_until_read(sys.stdout.fileno())
    except OSError as exc:  # a full disk (/dev/full), a closed pipe
        silence_stdout()
        text = translate("CliKeys", "%1 could not be printed (%2); %3")
        why = os_error_said(exc.strerror) if exc.strerror else type(exc).__name__
        raise SandiqError(fill(text, what, why, outcome)) from None


def _wait_until_read(descriptor: int) -> None:
    """For a pipe, wait until its reader has taken every byte written; BrokenPipeError if the
    reader went away first (`| head -c 30`): the pipe took the secret, the reader never got it.
    Elsewhere (a terminal, a file), or where a pipe cannot say what is unread, return at once."""
    if fcntl is None or not stat.S_ISFIFO(os.fstat(descriptor).st_mode):
        return
    poller = select.poll()
    poller.register(descriptor, select.POLLOUT)  # POLLERR comes when the reader closed its end
    while _unread(descriptor):
        if any(event & select.POLLERR for _, event in poller.poll(0)):
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))
        time.sleep(0.01)


def _unread(descriptor: int) -> int:
    """Bytes written into a pipe that its reader has not read yet (0 if it cannot tell)."""
    try:
        raw = fcntl.ioctl(descriptor, termios.FIONREAD, b"\0\0\0\0")
    except OSError:
        return 0
    return int.from_bytes(raw, sys.byteorder, signed=True)


def cmd_shares(args: argparse.Namespace) -> None:
    # The shares commands read or change only the header, as passwd: an older format stays as
    # it is, for the older Sandiqs that still open it.
    with unlocked(args, upgrade=False) as vault:
        has_shares = vault.has_recovery_shares
    if args.json:
        print_json({"has_recovery_shares": has_shares})
    elif has_shares:
        print(translate("CliKeys", "Recovery shares held by colleagues can open this vault."))
    else:
        print(
            translate(
                "CliKeys",
                "This vault has no recovery shares; make them with 'sandiq shares create'.",
            )
        )


def cmd_shares_create(args: argparse.Namespace) -> None:
    recovery_shares.check_set(args.threshold, args.count)  # before asking for the passphrase

    def show(shares: list[str]) -> None:
        # Before the new set replaces the old: if the shares cannot be written out, the old
        # set still opens the vault and nobody holds useless shares.
        outcome = translate(
            "CliKeys", "nothing was changed: any shares made before still open the vault"
        )
        with printed_before_storing(translate("CliKeys", "the new recovery shares"), outcome):
            if args.json:
                print_json({"threshold": args.threshold, "shares": shares})
            else:
                # The count is %n: "of these 5 shares" declines by it in Russian and Uzbek.
                text = translate(
                    "CliKeys",
                    "Give each share to a different trusted colleague. Any %1 of these %n "
                    "share(s) open the vault; fewer tell nothing. They are shown only once.",
                    None,
                    args.count,
                )
                print(fill(text, str(args.threshold)))
                numbered = translate("CliKeys", "Share %1 of %2:")
                for number, share in enumerate(shares, start=1):
                    print(f"\n{fill(numbered, str(number), str(args.count))}\n  {share}")
                print("\n" + translate("CliKeys", "These shares now open the vault."))
                if replaced:
                    print(translate("CliKeys", "The shares made before no longer do."))

    with unlocked(args, upgrade=False) as vault:
        replaced = vault.has_recovery_shares
        vault.split_recovery(args.threshold, args.count, show)


def cmd_shares_remove(args: argparse.Namespace) -> None:
    with unlocked(args, upgrade=False) as vault:
        had_shares = vault.has_recovery_shares
        vault.remove_recovery_shares()
    if had_shares:
        print(translate("CliKeys", "Recovery shares removed."))
    else:
        print(translate("CliKeys", "The vault had no recovery shares."))


def add_key_commands(command: Command) -> None:
    """Mount passwd, recovery-key and shares under the sandiq parser's subcommands."""
    passwd_help = translate("CliKeys", "change the passphrase (new one from %1)")
    p = command("passwd", cmd_passwd, fill(passwd_help, NEW_PASSPHRASE_ENV))
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=fill(
            translate("CliKeys", "read the new passphrase from FILE (default: %1, else asked)"),
            NEW_PASSPHRASE_ENV,
        ),
    )
    unlock_with = p.add_mutually_exclusive_group()
    unlock_with.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help=translate("CliKeys", "unlock with the recovery key"),
    )
    unlock_with.add_argument(
        "--shares-file",
        metavar="FILE",
        help=translate("CliKeys", "unlock with colleagues' recovery shares, one a line"),
    )
    p = command(
        "recovery-key",
        cmd_recovery_key,
        translate("CliKeys", "issue a new recovery key, shown once"),
    )
    p.add_argument(
        "--new",
        action="store_true",
        help=translate("CliKeys", "confirm: the old recovery key stops working"),
    )

    shares = command(
        "shares", cmd_shares, translate("CliKeys", "split recovery among trusted colleagues")
    )
    actions = shares.add_subparsers(dest="shares_command", metavar="ACTION")
    p = command(
        "create",
        cmd_shares_create,
        translate("CliKeys", "make new recovery shares"),
        actions,
        nested=True,
    )
    p.add_argument(
        "--threshold",
        type=int,
        required=True,
        help=translate("CliKeys", "how many shares open the vault"),
    )
    p.add_argument(
        "--count", type=int, required=True, help=translate("CliKeys", "how many shares to make")
    )
    command(
        "remove",
        cmd_shares_remove,
        translate("CliKeys", "make every recovery share useless"),
        actions,
        True,
    )
