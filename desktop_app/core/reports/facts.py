"""A compact block of labelled facts ("Date: 2 July 2010 · Place: Osh · ..."), set by hand.

A dossier prints one under every testimony heading. As a reportlab Paragraph, with a bold label
and a plain value per fact, it takes the slow path of mixed-font line breaking and costs a good
share of a long dossier's layout; here the words are measured and placed directly, which is
several times cheaper and looks the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop_app.core.reports.rtl import shape, visual_runs

SEPARATOR = "· "
FILL = colors.HexColor("#f2f4f7")


@dataclass(frozen=True)
class _Token:
    """Words that stay on one line: a label with the first word of its value, or one word."""

    runs: tuple[tuple[str, str], ...]  # (text, font)
    width: float
    prefix: tuple[str, str] | None = None  # the separator, shown unless the token starts a line
    prefix_width: float = 0.0


class Facts(Flowable):
    """Label: value pairs flowing over as many lines as they need, on a light background."""

    def __init__(
        self,
        pairs: Sequence[tuple[str, str]],
        font: str,
        bold_font: str,
        size: float = 8.5,
        leading: float = 11.0,
        padding: float = 5.0,
    ) -> None:
        super().__init__()
        self.size, self.leading, self.padding = size, leading, padding
        self.spaceBefore, self.spaceAfter = 4, 10
        self._font = font
        self._space = stringWidth(" ", font, size)
        self._tokens: list[_Token] = []
        for index, (label, value) in enumerate(pairs):
            words = shape(value).split()  # Arabic-script letters joined (a name, a place)
            runs = [(f"{label}:", bold_font)] + ([(f" {words[0]}", font)] if words else [])
            prefix = (SEPARATOR, font) if index else None
            width = self._measure([prefix]) if prefix else 0.0
            self._tokens.append(_Token(tuple(runs), self._measure(runs), prefix, width))
            self._tokens += [_Token(((w, font),), self._measure([(w, font)])) for w in words[1:]]
        self._lines: list[list[tuple[float, _Token, bool]]] = []
        self._fitted: tuple[float, list[_Token]] = (0.0, [])

    def _measure(self, runs: Sequence[tuple[str, str]]) -> float:
        return sum(stringWidth(text, font, self.size) for text, font in runs)

    def _fit(self, token: _Token, room: float) -> list[_Token]:
        """token, or, if it is wider than a line (a long web address as the place), its last
        word cut into pieces that fit, as a paragraph cuts a long word."""
        if token.prefix_width + token.width <= room:
            return [token]
        *head, (text, font) = token.runs
        used = token.prefix_width + self._measure(head)
        chunks: list[str] = []
        start = 0
        for end, char in enumerate(text):
            width = stringWidth(char, font, self.size)
            if used + width > room and end > start:
                chunks.append(text[start:end])
                start, used = end, 0.0
            used += width
        chunks.append(text[start:])
        first = (*head, (chunks[0], font))
        pieces = [_Token(first, self._measure(first), token.prefix, token.prefix_width)]
        return pieces + [_Token(((c, font),), self._measure([(c, font)])) for c in chunks[1:]]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        room = available_width - 2 * self.padding
        if self._fitted[0] != room:
            self._fitted = (room, [piece for t in self._tokens for piece in self._fit(t, room)])
        lines: list[list[tuple[float, _Token, bool]]] = [[]]
        x = 0.0
        for token in self._fitted[1]:
            if lines[-1]:
                start = x + self._space
                if start + token.prefix_width + token.width > room:
                    lines.append([])
            if not lines[-1]:
                lines[-1].append((0.0, token, False))
                x = token.width
            else:
                lines[-1].append((start, token, True))
                x = start + token.prefix_width + token.width
        self._lines = lines
        self.width = available_width
        self.height = len(lines) * self.leading + 2 * self.padding - (self.leading - self.size)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The lines that fit in available_height (two at least) and the rest, as a paragraph
        is cut: a testimony's place of thousands of characters runs on over the next pages."""
        self.wrap(available_width, available_height)
        room = available_height - 2 * self.padding + (self.leading - self.size)
        fitting = int(room // self.leading)
        if fitting < min(2, len(self._lines)):  # a heading over one line of facts reads cut off
            return []
        if fitting >= len(self._lines):
            return [self]
        cut = sum(len(line) for line in self._lines[:fitting])
        head, rest = self._with(self._fitted[1][:cut]), self._with(self._fitted[1][cut:])
        head.spaceAfter = rest.spaceBefore = 0
        return [head, rest]

    def _with(self, tokens: list[_Token]) -> Facts:
        """Facts set like these, of tokens (already fitted to the width)."""
        part = Facts((), self._font, self._font, self.size, self.leading, self.padding)
        part._tokens = tokens
        return part

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(FILL)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        y = self.height - self.padding - self.size
        for line in self._lines:
            runs: list[tuple[str, str]] = []
            for _, token, with_prefix in line:
                if runs:
                    runs.append((" ", self._font))
                if with_prefix and token.prefix:
                    runs.append(token.prefix)
                runs += token.runs
            # Right-to-left runs (an Arabic name) are put in drawing order line by line; the
            # widths are the same in either order, so the line breaks found by wrap() hold.
            x = self.padding
            for text, font in _merged(visual_runs(runs)):
                canvas.setFont(font, self.size)
                canvas.drawString(x, y, text)
                x += stringWidth(text, font, self.size)
            y -= self.leading
        canvas.restoreState()


def _merged(runs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Adjacent runs in the same font as one run: one drawString instead of several."""
    merged: list[tuple[str, str]] = []
    for text, font in runs:
        if merged and merged[-1][1] == font:
            merged[-1] = (merged[-1][0] + text, font)
        else:
            merged.append((text, font))
    return merged
