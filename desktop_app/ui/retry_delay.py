"""How long a dialog that checks a passphrase waits after wrong ones before taking the next:
the unlock dialog, and the current passphrase asked before setting a new one."""

from __future__ import annotations

FREE_ATTEMPTS = 2  # failures before the delay starts
MAX_DELAY_SECONDS = 60


def retry_delay_seconds(failures: int) -> int:
    """How long to wait before the next attempt: 0, then 1, 2, 4 ... up to a minute."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return min(2 ** (failures - FREE_ATTEMPTS - 1), MAX_DELAY_SECONDS)
