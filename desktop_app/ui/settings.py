"""Preferences: only what is not sensitive (language, idle minutes, geometry, panic options),
and the folder of the vault last opened, if it is not the usual one.

No case data, no record names, no vault contents: the settings file sits unencrypted in the
user's config folder and may be read by whoever holds the laptop. It is readable by this user
only (0600), as is the install key beside it that keys the failed-unlock counters. The vault's
folder is written in the clear (docs/security.md, "What is on disk"): the user can turn that off.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from contextlib import suppress
from dataclasses import dataclass, fields
from pathlib import Path

from platformdirs import user_config_path
from PySide6.QtCore import QByteArray, QLocale, QSettings

from desktop_app.core.vault import default_vault_dir
from desktop_app.ui.i18n import language_of

CONFIG_DIR_ENV = "SANDIQ_CONFIG_DIR"
# Earlier versions kept one counter for all vaults under this key. The per-vault counters use
# another name because QSettings.remove() of a key also removes the group of that name.
LEGACY_FAILED_UNLOCKS_KEY = "failed_unlocks"
FAILED_UNLOCKS_GROUP = "unlock_failures"
INSTALL_KEY_NAME = "install.key"
LAST_VAULT_KEY = "last_vault_folder"
_INSTALL_KEY_BYTES = 32


@dataclass
class Preferences:
    """What the Settings dialog edits."""

    language: str = "en"
    idle_minutes: int = 5
    confirm_panic: bool = True
    wipe_after_failures: int = 0  # 0: never wipe after failed unlocks
    remember_vault_folder: bool = True  # off for a vault hidden where no file may point


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
        self._install_key: bytes | None = None

    def preferences(self, system_locale: QLocale | None = None) -> Preferences:
        """The saved preferences, defaults where missing or unreadable. Until a language is
        saved, the language is the system locale's (or system_locale's), if Sandiq has it: a
        first start in Russian or Uzbek comes up in that language, not in English."""
        prefs = Preferences(language=language_of(system_locale or QLocale.system()))
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
        """Write the preferences now. Turning the wipe after failed unlocks on, or lowering its
        limit, resets every vault's failed-unlock counter."""
        limit_before = self.preferences().wipe_after_failures
        limit = prefs.wipe_after_failures
        if limit and (not limit_before or limit < limit_before):
            # Failures made while the wipe was off (or further from it) were not made under
            # this limit: counted, the very next typo could destroy the vault without the
            # warning the dialog gives as the limit comes near.
            self._store.remove(FAILED_UNLOCKS_GROUP)
            self._store.remove(LEGACY_FAILED_UNLOCKS_KEY)
        for field in fields(Preferences):
            self._store.setValue(field.name, getattr(prefs, field.name))
        if not prefs.remember_vault_folder:
            self._store.remove(LAST_VAULT_KEY)
        self._sync()

    def remembered_vault_folder(self) -> Path | None:
        """The folder of the vault last opened, unless it was the usual one or the user
        turned remembering off."""
        value = self._store.value(LAST_VAULT_KEY)
        if not value or not self.preferences().remember_vault_folder:
            return None
        return Path(str(value))

    def remember_vault_folder(self, path: Path) -> None:
        """Start with this vault next time. The usual place needs no note, so none is kept."""
        if not self.preferences().remember_vault_folder:
            return
        folder = path.absolute()
        if folder == default_vault_dir().absolute():
            self._store.remove(LAST_VAULT_KEY)
        else:
            self._store.setValue(LAST_VAULT_KEY, os.fspath(folder))
        self._sync()

    def forget_vault_folder(self, path: Path) -> None:
        """Forget path if it is the folder remembered: its vault was destroyed, and a note of
        where it was would tell what the wipe took away (as the emptied folder would)."""
        if self._store.value(LAST_VAULT_KEY) == os.fspath(path.absolute()):
            self._store.remove(LAST_VAULT_KEY)
            self._sync()

    def geometry(self, name: str) -> QByteArray | None:
        """A window's saved geometry, if any."""
        value = self._store.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        """Remember a window's geometry."""
        self._store.setValue(f"geometry/{name}", value)
        self._sync()

    def failed_unlocks(self, vault_path: Path) -> int:
        """Failed unlock attempts in a row on this vault (kept across restarts, so a restart
        does not reset them)."""
        value = self._store.value(self._failed_unlocks_key(vault_path))
        if value is None:  # counted by an earlier version: an upgrade must not reset it
            value = self._store.value(_unkeyed_failed_unlocks_key(vault_path), 0)
        try:
            return int(value)
        except (TypeError, ValueError):
            return 0

    def set_failed_unlocks(self, vault_path: Path, count: int) -> None:
        """Store the failed-unlock counter of this vault (0 removes it)."""
        key = self._failed_unlocks_key(vault_path)
        if count:
            self._store.setValue(key, count)
        else:
            self._store.remove(key)
        # The old shared counter and the unkeyed ones would never be reset again: drop them.
        self._store.remove(LEGACY_FAILED_UNLOCKS_KEY)
        self._store.remove(_unkeyed_failed_unlocks_key(vault_path))
        self._sync()

    def _sync(self) -> None:
        self._store.sync()
        with suppress(OSError):  # not written yet, or a file system without modes
            self.path.chmod(0o600)

    def _failed_unlocks_key(self, vault_path: Path) -> str:
        # Counted per vault, so failures on a colleague's vault never wipe this one. The folder
        # is named by a keyed hash: its name may name a case, and a plain hash would let whoever
        # reads this file confirm a guessed name. The key is this install's own; deleting it
        # resets the counters, as deleting this file does.
        if self._install_key is None:
            self._install_key = _install_key(self.path.with_name(INSTALL_KEY_NAME))
        path = os.fsencode(vault_path.resolve())
        return f"{FAILED_UNLOCKS_GROUP}/{hmac.new(self._install_key, path, 'sha256').hexdigest()}"


def _install_key(path: Path) -> bytes:
    # Made once, readable by this user only; two windows starting together agree on one.
    # Where it cannot be stored (a read-only home) the counters last until Sandiq exits.
    with suppress(OSError):
        key = path.read_bytes()
        if len(key) == _INSTALL_KEY_BYTES:
            return key
    key = secrets.token_bytes(_INSTALL_KEY_BYTES)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(key)
            file.flush()
            os.fsync(file.fileno())
        try:
            os.link(temp, path)  # never replaces: the other window's key stays
        except FileExistsError:
            pass
        finally:
            temp.unlink()
    except OSError:
        return key
    return path.read_bytes()


def _unkeyed_failed_unlocks_key(vault_path: Path) -> str:
    # How versions before the install key named a vault's counter.
    digest = hashlib.sha256(os.fsencode(vault_path.resolve())).hexdigest()
    return f"{FAILED_UNLOCKS_GROUP}/{digest}"
