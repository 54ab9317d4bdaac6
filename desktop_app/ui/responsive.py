"""Keeping the window responsive while workers run Python code.

Workers and the GUI thread share Python's interpreter lock, and two things let a busy worker
keep the window from repainting. A full garbage collection walks every object of the process
(some 120,000 in Sandiq: 60 ms of CPU on the development machine, a third of a second under
load) while holding the lock. And the lock is handed over only every 5 ms by default, with no
order among the threads waiting for it: with two busy workers (a bundle import plans its merge
on a second thread) the GUI thread waited up to 70 ms for its turn. So while any task runs,
full collections are held back (young ones still run, and the first full collection after the
task finds the task's objects gone) and the lock changes hands every millisecond, which cost a
10,000-testimony import nothing measurable.

Workers must also not let go of the lock for a microsecond at a time, many times a millisecond:
each time, the waiting thread is woken too late to take the lock and starts its wait over, so
it can wait for 50 ms or more. hashlib does that for every piece of 2 KiB or more it hashes;
see ``core.content.content_hash`` for how record hashing avoids it.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_NO_FULL_COLLECTION = 1 << 30  # generation 2's threshold while a task runs
_SWITCH_INTERVAL_S = 0.001
_lock = threading.Lock()
_running = 0
_saved_threshold: tuple[int, int, int] = gc.get_threshold()
_saved_interval = sys.getswitchinterval()


@contextmanager
def responsive_worker() -> Iterator[None]:
    """Hold back full collections and switch threads often while the block runs (nested and
    concurrent blocks alike; the settings come back when the last one ends)."""
    global _running, _saved_threshold, _saved_interval
    with _lock:
        if _running == 0:
            _saved_threshold = gc.get_threshold()
            _saved_interval = sys.getswitchinterval()
            young, middle, _ = _saved_threshold
            gc.set_threshold(young, middle, _NO_FULL_COLLECTION)
            sys.setswitchinterval(_SWITCH_INTERVAL_S)
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                gc.set_threshold(*_saved_threshold)
                sys.setswitchinterval(_saved_interval)
