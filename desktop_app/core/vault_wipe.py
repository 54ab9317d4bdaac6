"""Destroying a vault: its header (the key material) first, then its database, and the hidden
copies that a backup, restore or salvage into its folder left beside it when killed midway;
then Sandiq's own folders that are left empty. The GUI's panic action, the wipe after failed
unlocks and ``sandiq wipe`` all come here."""

from __future__ import annotations

import glob
import math
import shutil
from contextlib import suppress
from pathlib import Path

from platformdirs import user_cache_path, user_data_path

from desktop_app.core import keys
from desktop_app.core.errors import VaultNotFound
from desktop_app.core.fileio import (
    PARTIAL_FOLDER_NAME,
    fsync_directory,
    remove_if_abandoned,
    temporary_files_of,
)
from desktop_app.core.vault import DATABASE_COMPANIONS, DATABASE_NAME, HEADER_NAME, VAULT_FILES

_APP_FOLDER = "sandiq"


def partial_copies_of(path: Path) -> list[Path]:
    """The hidden folders beside path that a backup, restore or salvage into path is filling,
    or left when killed midway: only folders holding nothing but a vault's files."""
    found = []
    for folder in path.parent.glob(f"{glob.escape(f'.{path.name}.')}*.partial"):
        if (
            PARTIAL_FOLDER_NAME.fullmatch(folder.name)
            and folder.is_dir()
            and not folder.is_symlink()
        ):
            with suppress(OSError):
                if {entry.name for entry in folder.iterdir()} <= VAULT_FILES:
                    found.append(folder)
    return found


def wipe(path: Path) -> None:
    """Destroy the vault: shred the header (the key material), then remove the database, and
    the folder if nothing else is in it. The hidden copies a restore killed midway left beside
    it are destroyed the same way, even where there is no vault (then raises VaultNotFound);
    a copy a running backup or restore holds locked is left to it. Sandiq's own data and
    staging folders go too if nothing is left in them.

    Once the header is gone the database is noise, so the first step alone is enough; it is
    done first and flushed to disk before anything else can fail.
    """
    try:
        _destroy(path)
    finally:
        for copy in partial_copies_of(path):
            # A panic takes every copy, however recent, where locks cannot tell a running one.
            remove_if_abandoned(copy, math.inf, _destroy_copy)
        remove_empty_app_folders()


def remove_empty_app_folders() -> None:
    """Remove the folders Sandiq makes in the user's data and cache folders (the usual
    vault's parent; the bundle import's staging, see ``exchange.importer``) where they are
    empty: their names and times would say that Sandiq was used, and when its vault went. A
    folder holding anything stays, as does the settings folder (the preferences the user set,
    which hold no record)."""
    data = user_data_path(_APP_FOLDER, appauthor=False)
    cache = user_cache_path(_APP_FOLDER, appauthor=False)
    for folder in (data, cache / "staging", cache):
        with suppress(OSError):  # not there, not empty, or not ours to remove
            folder.rmdir()
            fsync_directory(folder.parent)


def _destroy_copy(folder: Path) -> None:
    with suppress(VaultNotFound, OSError):  # one killed before it held a header or database
        _destroy(folder)
    shutil.rmtree(folder, ignore_errors=True)


def _destroy(path: Path) -> None:
    header_path = path / HEADER_NAME
    if not header_path.exists() and not (path / DATABASE_NAME).exists():
        raise VaultNotFound(f"no vault at {path}")
    if header_path.exists():
        keys.shred_file(header_path)
    for name in (DATABASE_NAME, *DATABASE_COMPANIONS):
        (path / name).unlink(missing_ok=True)
    for temp in temporary_files_of(header_path):  # a header write killed midway: key material
        keys.shred_file(temp)
    fsync_directory(path)
    # An empty folder still says, by its name and time, that a vault was there and when it
    # was destroyed. One holding anything else is the user's, and stays.
    with suppress(OSError):
        path.rmdir()
        fsync_directory(path.parent)
