"""Strict JSON of bundles, contact files and interchange files: the canonical form they are
written in, and readers that refuse what JSON allows but Sandiq never writes (a key given
twice, NaN, numbers with a fraction)."""

from __future__ import annotations

import json
from typing import Any

from desktop_app.core.content import quoted

# Built once: json.dumps with these options builds an encoder per call, which a bundle's
# export of 13,000 records paid 13,000 times.
_CANONICAL = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
)


def canonical_json(value: Any) -> bytes:
    """The single byte string the spec allows for value: sorted keys, no spaces, UTF-8."""
    return _CANONICAL.encode(value).encode("utf-8")


class DuplicateKey(ValueError):
    """A JSON object names a key twice: whichever value a reader kept, the other would be lost
    without a word (a narrative's first half, a bundle's second recipient list)."""

    def __init__(self, key: str) -> None:
        super().__init__(f"the key {quoted(key)} appears twice in one object")
        self.key = key


def unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object_pairs_hook for json.loads: the object, or DuplicateKey naming a key given
    twice. Every JSON reader of Sandiq (bundles, contact files, import-json) uses it."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKey(key)
            seen.add(key)
    return result


def _no_floats(text: str) -> Any:
    raise ValueError("numbers with a fraction or exponent are not allowed")


def loads_strict(data: bytes | bytearray) -> Any:
    """Parse UTF-8 JSON refusing duplicate keys, NaN/Infinity and floats; ValueError if not."""
    try:
        return json.loads(
            bytes(data).decode("utf-8"),
            object_pairs_hook=unique_object,
            parse_constant=_no_floats,
            parse_float=_no_floats,
        )
    except RecursionError:
        raise ValueError("nested too deeply") from None


def strict_decoder() -> json.JSONDecoder:
    """A decoder with the rules of ``loads_strict``, to read a long part value by value."""
    return json.JSONDecoder(
        object_pairs_hook=unique_object, parse_constant=_no_floats, parse_float=_no_floats
    )
