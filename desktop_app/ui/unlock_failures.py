"""The failed unlocks of each vault, as the unlock dialog counts them: wrong passphrases, kept
in the settings, which bring the opt-in wipe closer; and this session's failures that only make
the next try wait (wrong recovery keys and shares, and any secret a damaged header could not
check)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.retry_delay import retry_delay_seconds
from desktop_app.ui.settings import Settings

# The texts keep the unlock dialog's context, where they were written and are translated.
translate = QCoreApplication.translate


class UnlockFailures:
    """Counts failed unlocks per vault, and says how long the next try waits and why."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._uncounted: dict[Path, int] = {}

    def delay(self, path: Path) -> int:
        """Seconds the next try on path waits, after all its failures so far."""
        failures = self._settings.failed_unlocks(path) + self._uncounted.get(path, 0)
        return retry_delay_seconds(failures)

    def add_uncounted(self, path: Path) -> None:
        """Note a failure on path that makes the next try wait but never brings the wipe
        closer."""
        self._uncounted[path] = self._uncounted.get(path, 0) + 1

    def add_wrong_passphrase(self, path: Path) -> bool:
        """Count a wrong passphrase on path in the settings; True if it reaches the number
        after which the vault is to be wiped (when that is set)."""
        failures = self._settings.failed_unlocks(path) + 1
        self._settings.set_failed_unlocks(path, failures)
        limit = self._settings.preferences().wipe_after_failures
        return bool(limit and failures >= limit)

    def reset(self, path: Path) -> None:
        """Forget the wrong passphrases counted on path (this session's others stay)."""
        self._settings.set_failed_unlocks(path, 0)

    def text(self, path: Path) -> str:
        """Why the next try waits, and how many wrong passphrases are left before the opt-in
        wipe; empty after no failure."""
        failures = self._settings.failed_unlocks(path)
        uncounted_failures = self._uncounted.get(path, 0)
        lines = []
        if self.delay(path):
            lines.append(
                translate(
                    "UnlockDialog",
                    "Failed attempts in a row on this vault: %n. Each further try waits a "
                    "little longer.",
                    "",
                    failures + uncounted_failures,
                )
            )
        limit = self._settings.preferences().wipe_after_failures
        if limit and failures:
            # A count may already reach the limit (a settings file edited by hand): the next
            # try, still allowed, is the one that destroys, and no fewer are left than that.
            left = max(limit - failures, 1)
            text = translate(
                "UnlockDialog", "Attempts left before the vault is destroyed: %n", "", left
            )
            lines.append(text)
        return "\n".join(lines)
