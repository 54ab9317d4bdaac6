"""Keeping the unlocked vault out of crash dumps.

While a vault is open its data key and decrypted records are in this process's memory. If the
process crashes (in Qt, in a driver, anywhere), many systems write that memory to disk as a
core file (systemd-coredump, apport), where it outlives lock and panic: anyone holding the
vault folder and the core file could open the vault. So, as KeePassXC does, the process asks
for no core file at all, and on Linux also becomes non-dumpable, which keeps even a
core-collecting helper set up as a pipe from receiving it and stops other programs of the same
user from reading its memory.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_PR_SET_DUMPABLE = 4


def forbid_core_dumps() -> None:
    """Ask the system never to write this process's memory to a core file."""
    try:
        import resource
    except ImportError:  # Windows: no core files of this kind
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
