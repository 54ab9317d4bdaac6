"""How long a wrong passphrase makes the next try wait (``desktop_app/ui/retry_delay.py``):
the same at the unlock and when the current passphrase is asked before setting a new one."""

from __future__ import annotations

from desktop_app.ui.retry_delay import MAX_DELAY_SECONDS, retry_delay_seconds


def test_two_tries_are_free_then_each_wait_doubles_up_to_a_minute() -> None:
    failures = (0, 1, 2, 3, 4, 5, 8, 9, 1000)
    assert [retry_delay_seconds(n) for n in failures] == [0, 0, 0, 1, 2, 4, 32, 60, 60]
    assert MAX_DELAY_SECONDS == 60
