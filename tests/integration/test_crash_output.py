"""What a crash may leave behind: no core file of a process that holds an unlocked vault."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


@pytest.mark.skipif(sys.platform == "win32", reason="core files are a Unix matter")
@pytest.mark.parametrize("entry", ["desktop_app.cli:main", "desktop_app.ui.app:run"])
def test_sandiq_asks_for_no_core_file_before_it_opens_anything(entry: str) -> None:
    module, function = entry.split(":")
    script = textwrap.dedent(
        f"""
        import ctypes, ctypes.util, os, resource, sys
        import {module} as entry
        if {function!r} == "run":  # stop before the window: only the start matters here
            import desktop_app.ui.app as app
            app.parse_arguments = lambda argv: sys.exit(0)
        try:
            entry.{function}(["--version"])
        except SystemExit:
            pass
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
        dumpable = libc.prctl(3, 0, 0, 0, 0) if sys.platform.startswith("linux") else 0
        print(resource.getrlimit(resource.RLIMIT_CORE), dumpable)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        check=True,
    )
    assert run.stdout.split("\n")[-2] == "(0, 0) 0", run.stderr
