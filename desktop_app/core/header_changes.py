"""Changes to a vault's header that must not lock the user out.

Each change names what it saves and what still holds if the header cannot be written, for the
error message. A new recovery key or set of recovery shares is made first and shown to the user,
and replaces the old one only once the user holds it: until then the old one opens the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.core import keys

if TYPE_CHECKING:
    from desktop_app.core.vault import Vault


@dataclass(frozen=True)
class HeaderChange:
    """What a header write saves and what still holds if it fails, for the error message."""

    what: str
    unchanged: str


class _PendingSecret:
    """A recovery secret made for a vault and shown to the user, not yet stored: what it
    replaces keeps opening the vault until store() runs."""

    def __init__(self, vault: Vault, slot: str, secret: bytes, change: HeaderChange) -> None:
        self._vault = vault
        self._slot = slot
        self._secret = secret
        self._change = change

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._vault!r})"

    def store(self) -> None:
        """Make this secret open the vault instead of the one before. Raises VaultUnavailable,
        the one before still valid, if the header cannot be written."""
        self._vault.put_slot(self._slot, self._secret, None, self._change)


class PendingRecoveryKey(_PendingSecret):
    """A new recovery key (``text``), shown to the user and not yet stored."""

    def __init__(self, vault: Vault, text: str) -> None:
        change = HeaderChange(
            "the new recovery key",
            "the old recovery key still opens the vault, the new one does not",
        )
        super().__init__(vault, keys.SLOT_RECOVERY, keys.normalize_recovery_key(text), change)
        self.text = text


class PendingRecoveryShares(_PendingSecret):
    """A new set of recovery shares (``shares``), shown to the user and not yet stored."""

    def __init__(self, vault: Vault, secret: bytes, shares: list[str]) -> None:
        change = HeaderChange(
            "the new recovery shares",
            "any shares made before still open the vault, the new ones do not",
        )
        super().__init__(vault, keys.SLOT_SHARES, secret, change)
        self.shares = shares
