"""What `sandiq` prints goes to a terminal: record text from a colleague's bundle is shown safe.

A title or a name can hold escape sequences (retitle the terminal, clear it, fake an output
line with a carriage return) or bidirectional overrides that reorder what is shown. A bundle
from a stranger can be inspected with ``bundle import --dry-run``, so such text reaches the
terminal from anyone. Every text written to stdout and stderr passes through ``printable``:
control characters other than newline and tab are shown as escapes (``\\x1b``). Bytes written
to ``sys.stdout.buffer`` (``export-json --out -``) are data and pass unchanged.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """text with terminal control characters (not newline or tab) shown as escapes."""
    return _UNSAFE.sub(_escape, text)


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
