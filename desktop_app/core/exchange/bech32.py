"""Bech32 (BIP 173), the text encoding of age keys (``age1...``, ``AGE-SECRET-KEY-1...``).

The vault keeps raw 32-byte keys; pyrage only takes keys as age strings, so we convert here.
This is an encoding with a checksum, not cryptography. age uses plain Bech32 (not Bech32m)
without BIP 173's 90-character limit.
"""

from __future__ import annotations

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_INDEX = {char: value for value, char in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_CHECKSUM_LENGTH = 6


class Bech32Error(ValueError):
    """The text is not valid Bech32 (bad character, mixed case or checksum)."""


def _polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for bit, generator in enumerate(_GENERATOR):
            if (top >> bit) & 1:
                checksum ^= generator
    return checksum


def _expand_hrp(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _regroup(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    accumulator = 0
    bits = 0
    result: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        accumulator = (accumulator << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            result.append((accumulator >> bits) & max_value)
    if pad:
        if bits:
            result.append((accumulator << (to_bits - bits)) & max_value)
    elif bits >= from_bits or (accumulator << (to_bits - bits)) & max_value:
        # Leftover bits must be fewer than one input group and all zero, or two strings
        # would decode to the same bytes.
        raise Bech32Error("invalid padding")
    return result


def encode(hrp: str, data: bytes) -> str:
    """Encode data under a lower-case human-readable prefix."""
    words = _regroup(data, 8, 5, pad=True)
    polymod = _polymod([*_expand_hrp(hrp), *words, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(_CHECKSUM_LENGTH)]
    return hrp + "1" + "".join(_CHARSET[w] for w in words + checksum)


def decode(text: str) -> tuple[str, bytes]:
    """Return (prefix, data) of a Bech32 string, all lower or all upper case."""
    if text.lower() != text and text.upper() != text:
        raise Bech32Error("mixed case")
    text = text.lower()
    separator = text.rfind("1")
    if separator < 1 or len(text) - separator - 1 < _CHECKSUM_LENGTH:
        raise Bech32Error("missing separator or checksum")
    hrp, payload = text[:separator], text[separator + 1 :]
    if any(not 33 <= ord(c) <= 126 for c in hrp):
        raise Bech32Error("invalid prefix")
    try:
        words = [_CHARSET_INDEX[c] for c in payload]
    except KeyError:
        raise Bech32Error("invalid character") from None
    if _polymod([*_expand_hrp(hrp), *words]) != 1:
        raise Bech32Error("bad checksum")
    return hrp, bytes(_regroup(words[:-_CHECKSUM_LENGTH], 5, 8, pad=False))
