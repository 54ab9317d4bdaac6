"""What `sandiq` prints goes to a terminal: record text from a colleague's bundle is shown safe.

A title or a name can hold escape sequences (retitle the terminal, clear it, fake an output
line with a carriage return) or bidirectional overrides that reorder what is shown. A bundle
from a stranger can be inspected with ``bundle import --dry-run``, so such text reaches the
terminal from anyone. Every text written to stdout and stderr passes through ``printable``:
control characters other than newline and tab are shown as escapes (``\\x1b``). Bytes written
to ``sys.stdout.buffer`` (``export-json --out -``) are data and pass unchanged.

JSON output (``--json``) is escaped before it reaches the stream, the JSON way (``\\u007f``), by
``json_printable``: the stream's ``\\x7f`` would make it invalid JSON, and a program reading it
gets the text back exactly.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sys
from typing import Any, TextIO

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """text with terminal control characters (not newline or tab) shown as escapes."""
    return _UNSAFE.sub(_escape, text)


def json_printable(json_text: str) -> str:
    """JSON text (as json.dumps writes it) with every character ``printable`` would rewrite
    escaped as JSON does (``\\u007f``): the same JSON value, with nothing left to rewrite."""
    # json.dumps escapes U+0000..U+001F itself, so the rest can only stand inside strings.
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", json_text)


def local_time(stamp: str) -> str:
    """A stored UTC time ("2026-11-27T19:00:16.042614Z") as the CLI shows a time: in local
    time, to the minute ("2026-11-28 00:00" in Tashkent); stamp as it is if it is no time."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:  # stored times are UTC, whether or not they say so
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class ClosedStream:
    """Standard output or error that the shell closed (`sandiq ... >&-`): every write fails as
    on a closed file, so that nothing (a recovery key) is taken as shown."""

    def _closed(self, *_args: object) -> Any:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    write = flush = fileno = _closed


def silence_stdout() -> None:
    """Point file descriptor 1 at the null device: output still buffered for a stdout that
    failed would fail again at exit, with a traceback-like report after our one line."""
    if sys.__stdout__ is not None:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.__stdout__.fileno())


class PrintableStream:
    """A text stream that writes ``printable`` text to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self.wrapped = stream

    def write(self, text: str) -> int:
        """Write text, escaped."""
        self.wrapped.write(printable(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)
