"""QTest calls leave None's reference count as it was (see conftest._keep_none_alive)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtTest import QTest

CALLS = 20_000


def test_qtest_calls_do_not_wear_none_away(qtbot) -> None:
    # Nothing else may free or make objects meanwhile: in the middle of the whole suite,
    # a collection freed thousands of references to None between the two counts.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(CALLS):
            QTest.qWait(0)
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    # The binding's fault took one per call: 20,000 here.
    assert after > before - CALLS // 10
