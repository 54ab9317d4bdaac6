"""Writing files that replace others without ever leaving a half-written one, removing the
hidden temp files of writes killed midway (and recording each temp, for the vault to remember
where it was: OutputLedger), and checking beforehand that a file's name is one the file system
takes. Whether it fits in the disk's free space: disk_space.py."""

from __future__ import annotations

import errno
import glob
import os
import re
import secrets
import shutil
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Protocol, TypeVar

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from desktop_app.core.errors import InvalidInput

T = TypeVar("T")

# A vault is a folder holding this header beside its database (``vault.HEADER_NAME``).
VAULT_HEADER_NAME = "vault.header"
IN_VAULT_FOLDER = "{} is a vault's folder; write exports and dossiers somewhere else"
IS_A_FOLDER = "{} is a folder; give the file a name"
# Of the hidden ".NAME.random.sandiq.tmp" a file is written under first: a name no other
# program gives, so that the temps of killed writes can be removed without touching theirs.
TEMP_SUFFIX = ".sandiq.tmp"
# Of the hidden ".NAME.random.partial" folder a backup, restore or salvage fills first.
PARTIAL_SUFFIX = ".partial"
# The random part of a temp name: 8 of mkstemp's letters, which earlier versions used.
_RANDOM_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_RANDOM_LENGTH = 8
# NAME, the 8 random letters and the suffix.
TEMP_NAME = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX), re.DOTALL)
PARTIAL_FOLDER_NAME = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(PARTIAL_SUFFIX), re.DOTALL)
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)  # Windows has no symbolic links to speak of
# ext4, APFS and most others take names of up to 255 bytes; NTFS 255 UTF-16 units, which are
# never more than the UTF-8 bytes.
MAX_NAME_BYTES = 255
# What the temp name adds to NAME: the dot before it, and ".random" (mkstemp's 8 letters) with
# the suffix.
_TEMP_NAME_EXTRA_BYTES = 1 + 1 + 8 + len(TEMP_SUFFIX)
# Where folders cannot be locked (Windows), one this old is taken for a killed run's.
ABANDONED_AFTER_S = 24 * 3600


class OutputLedger(Protocol):
    """Where a write outside the vault records the hidden temp file or folder it makes, before
    making it, and forgets it once it is renamed or removed: one killed midway (kill -9, a
    power cut) leaves the record, and the next unlock removes what it names (see leftovers)."""

    def remember(self, path: Path, is_folder: bool) -> None:
        """Record path, which is about to be made."""

    def forget(self, path: Path) -> None:
        """Drop the record of path, which is gone or is no longer a temp."""


def cut_to_bytes(text: str, max_bytes: int) -> str:
    """The longest start of text of at most max_bytes in UTF-8 that splits no character and
    parts no letter from the accents and marks that follow it."""
    size = 0
    for end, character in enumerate(text):
        # surrogatepass: a name the file system gave undecodable bytes holds lone surrogates.
        size += len(character.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            # A mark left out would change the letter kept ("й" written as "и" + U+0306
            # would lose its breve): the letter goes too.
            while end > 0 and unicodedata.category(text[end]).startswith("M"):
                end -= 1
            return text[:end]
    return text


def _temp_prefix(path: Path) -> str:
    """How the names of path's temp files begin: path's name cut so that a temp name is never
    longer than the file system takes, even when path's name is as long as it takes."""
    return f".{cut_to_bytes(path.name, MAX_NAME_BYTES - _TEMP_NAME_EXTRA_BYTES)}."


def temporary_files_of(path: Path) -> list[Path]:
    """The temp files a write of path killed midway may have left beside it, those of older
    versions (".NAME.random.tmp") included."""
    return list(path.parent.glob(f"{glob.escape(_temp_prefix(path))}*.tmp"))


def remove_abandoned_temporaries(
    temps: list[Path], destroy: Callable[[Path], None] = os.unlink
) -> None:
    """destroy each of temps that no running write holds locked (a write killed midway left
    it); where files cannot be locked (Windows), none, as a running write cannot be told
    from a killed one there. Errors are ignored: the file stays."""
    if fcntl is None:
        return
    for temp in temps:
        try:
            # O_NOFOLLOW and O_NONBLOCK: a link or a pipe planted under such a name is not
            # followed, nor waited on.
            descriptor = os.open(temp, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            # A write that finished meanwhile renamed the file away: the name is no longer it.
            held = os.fstat(descriptor)
            if stat.S_ISREG(held.st_mode) and os.path.samestat(held, os.lstat(temp)):
                destroy(temp)
        except OSError:
            pass
        finally:
            os.close(descriptor)


def sandiq_temporaries_in(folder: Path) -> list[Path]:
    """The temp files of Sandiq's writes in folder (only names none but Sandiq gives)."""
    try:
        return [p for p in folder.glob(f".*{TEMP_SUFFIX}") if TEMP_NAME.fullmatch(p.name)]
    except OSError:
        return []


def fsync_directory(directory: Path) -> None:
    """Make a rename or unlink in this directory durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_output_path(path: Path, *, vault_file: bool = False) -> None:
    """Raise InvalidInput if path cannot be written by write_atomically_with: a folder, or
    (unless vault_file) a file in a vault's folder. For callers that work a long time before
    writing, to refuse at once."""
    if path.is_dir():  # `--out /tmp`; an empty name is the current folder
        raise InvalidInput(IS_A_FOLDER.format(path))
    if not vault_file and (path.parent / VAULT_HEADER_NAME).exists():
        raise InvalidInput(IN_VAULT_FOLDER.format(path.parent))


def check_output_folder(path: Path, folder: Path | None = None) -> None:
    """Raise the OSError naming path that making a file in folder (by default path's) would
    raise if folder is missing, not a folder or not writable. The writers check so before
    recording their temp in the vault (OutputLedger): one that cannot be made changes nothing;
    a caller may check so before unlocking, or before long work."""
    folder = path.parent if folder is None else folder
    if not folder.exists():
        code = errno.ENOENT
    elif not folder.is_dir():
        code = errno.ENOTDIR
    elif not os.access(folder, os.W_OK | os.X_OK):
        # A memory stick's write-protect switch: what the write would have said.
        read_only = hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY
        code = errno.EROFS if read_only else errno.EACCES
    else:
        return
    raise OSError(code, os.strerror(code), str(path))


def write_atomically_with(
    path: Path,
    write: Callable[[BinaryIO], object],
    *,
    vault_file: bool = False,
    ledger: OutputLedger | None = None,
) -> None:
    """Write path through a temp name, fsync, rename; on any error the old file stays.

    A folder given as path is refused (InvalidInput) before anything is written, as is a path
    whose folder is missing or not writable (check_output_folder). An OSError names path (the
    file the caller asked for), never the hidden temp file.

    Only the vault's own files (vault_file=True) may be written into a vault's folder: an
    export named ``vault.header`` or ``vault.db`` there would destroy the vault for good.

    First removes the temps that Sandiq's writes killed midway left in path's folder (see
    remove_abandoned_temporaries). The temp is recorded in ledger while it exists, so that the
    next unlock removes it if this write is killed.
    """
    check_output_path(path, vault_file=vault_file)
    check_output_folder(path)
    # A dossier or an export killed midway left its plaintext under a hidden name.
    remove_abandoned_temporaries(sandiq_temporaries_in(path.parent))
    try:
        _write_through_temp(path, write, ledger)
    except OSError as exc:
        if exc.errno is None or not _is_temp_of(path, exc.filename):
            raise
        # The temp file's name means nothing to the user: "No such file or directory
        # (/nonexistent/.x.json.k0seoeki.tmp)" becomes "... (/nonexistent/x.json)".
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    fsync_directory(path.parent)


def _is_temp_of(path: Path, name: object) -> bool:
    if not isinstance(name, str):
        return False
    temp = Path(name)
    return (
        os.path.abspath(temp.parent) == os.path.abspath(path.parent)  # mkstemp's is absolute
        and temp.name.startswith(_temp_prefix(path))
        and temp.name.endswith(TEMP_SUFFIX)
    )


def _random_name(prefix: str, suffix: str) -> str:
    letters = "".join(secrets.choice(_RANDOM_LETTERS) for _ in range(_RANDOM_LENGTH))
    return f"{prefix}{letters}{suffix}"


def _forget(ledger: OutputLedger | None, path: Path) -> None:
    if ledger is not None:
        ledger.forget(path)


class _NameTaken(Exception):
    """The random name is another's, or a cleanup took the new file or folder for a killed
    run's before it was locked: another name is tried."""


def _made_under_random_name(
    parent: Path,
    prefix: str,
    suffix: str,
    ledger: OutputLedger | None,
    make: Callable[[Path], T],
    *,
    is_folder: bool,
) -> tuple[T, Path]:
    # Named here rather than by mkstemp or mkdtemp so that ledger holds the name before the
    # file or folder exists: killed just after making it, a run leaves it recorded.
    while True:
        path = parent / _random_name(prefix, suffix)
        if ledger is not None:
            ledger.remember(path, is_folder)
        try:
            return make(path), path
        except _NameTaken:
            _forget(ledger, path)
        except BaseException:
            _forget(ledger, path)
            raise


def _new_locked_file(temp: Path) -> int:
    # A new, owner-only file (as mkstemp: O_EXCL, mode 0600): a dossier or a plaintext export
    # is case data that other accounts must not read, a name planted beforehand (a symbolic
    # link in a shared folder) is never written through, and two writers of one file do not
    # share a temp file. Locked while it is written, so that another write's cleanup spares it.
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | _NO_FOLLOW | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(str(temp), flags, 0o600)  # str: an OSError names it as mkstemp's
    except FileExistsError:
        raise _NameTaken from None
    if fcntl is not None:
        fcntl.flock(descriptor, fcntl.LOCK_EX)  # held by a cleanup for an instant at most
        _check_still_there(descriptor, temp)
    return descriptor


def _new_locked_folder(folder: Path) -> int | None:
    # Its lock waits for a cleanup that holds it (unlike lock_folder's) to end, and then finds
    # the folder gone.
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        raise _NameTaken from None
    if fcntl is None:
        return None
    try:
        descriptor = os.open(folder, os.O_RDONLY | _NO_FOLLOW)
    except FileNotFoundError:
        raise _NameTaken from None
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    _check_still_there(descriptor, folder)
    return descriptor


def _check_still_there(descriptor: int, path: Path) -> None:
    """Close descriptor and raise _NameTaken unless path still names the file it holds."""
    try:
        if os.path.samestat(os.fstat(descriptor), os.lstat(path)):
            return
    except FileNotFoundError:
        pass
    os.close(descriptor)
    raise _NameTaken


def _write_through_temp(
    path: Path, write: Callable[[BinaryIO], object], ledger: OutputLedger | None
) -> None:
    descriptor, temp = _made_under_random_name(
        path.parent, _temp_prefix(path), TEMP_SUFFIX, ledger, _new_locked_file, is_folder=False
    )
    try:
        with os.fdopen(descriptor, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
            if fcntl is not None:  # renamed while locked: no cleanup removes it under us
                os.replace(temp, path)
        if fcntl is None:  # Windows renames no file that is open
            os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        _forget(ledger, temp)


def write_atomically(
    path: Path, data: bytes, *, vault_file: bool = False, ledger: OutputLedger | None = None
) -> None:
    """Replace path with data atomically (see ``write_atomically_with``)."""
    write_atomically_with(path, lambda fh: fh.write(data), vault_file=vault_file, ledger=ledger)


def lock_folder(folder: Path) -> int | None:
    """A descriptor holding folder's exclusive lock, or None if another process holds it (or
    locks are not available here). A running backup or import holds its working folder so,
    and a later one tells it from the folder of one that was killed."""
    if fcntl is None:
        return None
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(descriptor)
        return None
    return descriptor


def new_locked_folder(
    parent: Path, prefix: str, suffix: str, ledger: OutputLedger | None = None
) -> tuple[Path, int | None]:
    """A new folder in parent named prefix, 8 random letters and suffix, that its owner alone
    may open, recorded in ledger before it is made, and a descriptor holding its lock (None
    where folders cannot be locked): remove_if_abandoned spares it until the descriptor is
    closed. Raises OSError naming parent, before recording anything, if parent is missing or
    not writable."""
    check_output_folder(parent, parent)
    descriptor, folder = _made_under_random_name(
        parent, prefix, suffix, ledger, _new_locked_folder, is_folder=True
    )
    return folder, descriptor


def _remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def remove_if_abandoned(
    folder: Path, age: float, destroy: Callable[[Path], None] = _remove_folder
) -> None:
    """destroy folder (age seconds old; by default delete it) unless a running process holds
    its lock; where folders cannot be locked, once it is older than ABANDONED_AFTER_S."""
    descriptor = lock_folder(folder)
    if descriptor is not None or (fcntl is None and age > ABANDONED_AFTER_S):
        destroy(folder)
    if descriptor is not None:
        os.close(descriptor)
