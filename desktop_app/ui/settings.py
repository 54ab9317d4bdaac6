"""Preferences: only what is not sensitive (language, idle minutes, geometry, panic options).

No case data, no record names, no vault contents: the settings file sits unencrypted in the
user's config folder and may be read by whoever holds the laptop.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, fields
from pathlib import Path

from platformdirs import user_config_path
from PySide6.QtCore import QByteArray, QSettings

CONFIG_DIR_ENV = "SANDIQ_CONFIG_DIR"
# Earlier versions kept one counter for all vaults under this key. The per-vault counters use
# another name because QSettings.remove() of a key also removes the group of that name.
LEGACY_FAILED_UNLOCKS_KEY = "failed_unlocks"


@dataclass
class Preferences:
    """What the Settings dialog edits."""

    language: str = "en"
    idle_minutes: int = 5
    confirm_panic: bool = True
    wipe_after_failures: int = 0  # 0: never wipe after failed unlocks


def settings_path() -> Path:
    """The settings file: $SANDIQ_CONFIG_DIR/settings.ini or the platform config folder."""
    base = os.environ.get(CONFIG_DIR_ENV)
    folder = Path(base) if base else user_config_path("sandiq", appauthor=False)
    return folder / "settings.ini"


class Settings:
    """The preferences file, read and written through QSettings in INI format."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def preferences(self) -> Preferences:
        """The saved preferences, defaults where missing or unreadable."""
        prefs = Preferences()
        for field in fields(Preferences):
            default = getattr(prefs, field.name)
            raw = self._store.value(field.name, default)
            try:
                if isinstance(default, bool):
                    value: object = raw if isinstance(raw, bool) else str(raw).lower() == "true"
                elif isinstance(default, int):
                    value = int(raw)
                else:
                    value = str(raw)
            except (TypeError, ValueError):
                value = default
            setattr(prefs, field.name, value)
        prefs.idle_minutes = max(1, min(prefs.idle_minutes, 240))
        prefs.wipe_after_failures = max(0, min(prefs.wipe_after_failures, 100))
        return prefs

    def save_preferences(self, prefs: Preferences) -> None:
        """Write the preferences now."""
        for field in fields(Preferences):
            self._store.setValue(field.name, getattr(prefs, field.name))
        self._store.sync()

    def geometry(self, name: str) -> QByteArray | None:
        """A window's saved geometry, if any."""
        value = self._store.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        """Remember a window's geometry."""
        self._store.setValue(f"geometry/{name}", value)
        self._store.sync()

    def failed_unlocks(self, vault_path: Path) -> int:
        """Failed unlock attempts in a row on this vault (kept across restarts, so a restart
        does not reset them)."""
        try:
            return int(self._store.value(_failed_unlocks_key(vault_path), 0))
        except (TypeError, ValueError):
            return 0

    def set_failed_unlocks(self, vault_path: Path, count: int) -> None:
        """Store the failed-unlock counter of this vault (0 removes it)."""
        key = _failed_unlocks_key(vault_path)
        if count:
            self._store.setValue(key, count)
        else:
            self._store.remove(key)
        # The old shared counter would never be reset again: drop it.
        self._store.remove(LEGACY_FAILED_UNLOCKS_KEY)
        self._store.sync()


def _failed_unlocks_key(vault_path: Path) -> str:
    # Counted per vault, so failures on a colleague's vault never wipe this one. The folder is
    # hashed: its name may name a case, and this file is not encrypted.
    digest = hashlib.sha256(os.fsencode(vault_path.resolve())).hexdigest()
    return f"unlock_failures/{digest}"
