"""Which folder holds a vault: the one shown, or the one vault inside the folder a user picked.

Every place that asks for a vault's folder (start-up, unlock, create, restore) decides with
these, so a folder whose header is missing is never offered a new vault over its database.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.vault import DATABASE_NAME, HEADER_NAME


def is_vault_folder(path: Path) -> bool:
    """True if path holds a vault, or a vault database whose header is missing: that folder
    needs the header back (from a backup), never a new vault over it."""
    return (path / HEADER_NAME).exists() or (path / DATABASE_NAME).exists()


def vault_in(folder: Path) -> Path:
    """folder, or the one vault folder directly inside it: a user opening a backup picks the
    memory stick it is on more often than its sandiq-backup-... folder, and was offered to
    create a new vault there."""
    if is_vault_folder(folder):
        return folder
    try:
        inside = [child for child in folder.iterdir() if child.is_dir() and is_vault_folder(child)]
    except OSError:
        return folder
    return inside[0] if len(inside) == 1 else folder
