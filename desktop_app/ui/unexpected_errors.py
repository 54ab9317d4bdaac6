"""What the app does with an error nobody caught: say so, without quoting case data.

An exception's message can quote a record (a name in a validation error, a statement's
parameters), and a desktop app's stderr often ends up in a system log (journald,
~/.xsession-errors) outside the vault. So, as the command line does, only the error's type and
where it happened are written, unless SANDIQ_DEBUG=1 asks for the whole traceback.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

_FRAMES_SHOWN = 3


def install() -> None:
    """Report uncaught errors of every thread (Qt's slots included) the quiet way."""
    sys.excepthook = report
    threading.excepthook = lambda args: report(args.exc_type, args.exc_value, args.exc_traceback)


def details_asked() -> bool:
    """Whether SANDIQ_DEBUG asks for whole messages, case data and all (any non-empty value,
    as for the command line)."""
    return bool(os.environ.get("SANDIQ_DEBUG"))


def report(
    kind: type[BaseException], error: BaseException | None, trace: TracebackType | None
) -> None:
    """Write the error's type and its last frames (file, line, function) to stderr."""
    if details_asked():
        traceback.print_exception(kind, error, trace)
        return
    frames = traceback.extract_tb(trace)[-_FRAMES_SHOWN:]
    where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    print(
        f"sandiq: internal error ({kind.__name__}) at {where or 'unknown'}; "
        "set SANDIQ_DEBUG=1 to see the details",
        file=sys.stderr,
    )
