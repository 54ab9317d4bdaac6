"""Right-to-left text in a dossier: Arabic-script letters joined, RTL runs laid out right to left.

reportlab draws the characters of a string one after the other, left to right, each in the
glyph of its code point. Arabic, Persian (Tajik in Persian script) and Uyghur names and text
would come out with every letter isolated and in reverse order. So, for text that has a
right-to-left letter (and only then; other text takes the usual path untouched):

1. Arabic-script letters are replaced by their contextual presentation forms (initial, medial,
   final, isolated, and the four lam-alef ligatures) with ``arabic_reshaper``. This is done on
   the logical text before a paragraph is broken into lines, so the measured widths are the
   widths drawn. Joining never crosses a space, so a line break never cuts a join.
2. Each line, once its words are known, is put in visual order by the Unicode bidirectional
   algorithm (``python-bidi``): a line is reordered on its own, as UAX #9 asks, so a name that
   wraps keeps its first word on the first line. The paragraph direction comes from its first
   strong letter; a paragraph that starts in Arabic script is also aligned right.

Redaction works on the logical text and happens before any of this (``ReportContext.redact``).
The PDF's title, subject and bookmarks stay in logical order: viewers lay those out themselves.
The italic faces of DejaVu Sans have no Arabic letters, so Arabic-script runs in an italic
paragraph are set in the upright face of the same weight (Arabic has no italic tradition).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any, TypeVar

import arabic_reshaper
from bidi import algorithm as bidi_algorithm
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as _ReportlabParagraph

# Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Arabic Extended; presentation forms;
# the RTL blocks of the supplementary planes.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# Arabic-script letters, also in their presentation forms (what shape() turns them into).
_ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefc]+")
_LRM = "\u200e"  # left-to-right mark: ends a right-to-left stretch, never drawn
_RLM = "\u200f"  # right-to-left mark: keeps a closing bracket in the stretch, never drawn
_CLOSING = {")": "(", "]": "[", "}": "{", "»": "«", "›": "‹"}
_OBJECT = "\ufffc"  # stands for a fragment without text (an image, a link anchor) when ordering

_MANDATORY_LIGATURES = {
    "ARABIC LIGATURE LAM WITH ALEF",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW",
    "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE",
}
# Only the lam-alef ligatures, which Arabic writing requires; the optional ones (ﷲ and the
# like) would change how a name looks. Vowel marks are kept: they are part of the text.
_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={
        "delete_harakat": False,
        "support_ligatures": True,
        **{name: name in _MANDATORY_LIGATURES for name, _ in arabic_reshaper.ligatures.LIGATURES},
    }
)

# Italic faces without Arabic letters -> the upright face to use for Arabic-script runs.
_upright_for_arabic: dict[str, str] = {}

T = TypeVar("T")


def has_rtl(text: str) -> bool:
    """Whether text has a right-to-left character (and so needs shaping and reordering)."""
    return _RTL.search(text) is not None


def set_upright_for_arabic(italic_font: str, upright_font: str) -> None:
    """Set Arabic-script runs of italic_font (which lacks Arabic letters) in upright_font."""
    _upright_for_arabic[italic_font] = upright_font


def shape(text: str) -> str:
    """text, still in logical order, with Arabic-script letters in their joined forms."""
    if not has_rtl(text):
        return text
    return _RESHAPER.reshape(text)


def base_level(text: str) -> int:
    """0 for a left-to-right paragraph, 1 for one whose first strong letter is right-to-left."""
    return bidi_algorithm.get_base_level(text)


def visual_runs(runs: Sequence[tuple[str, T]], level: int = 0) -> list[tuple[str, T]]:
    """One line of (text, attribute) runs in logical order, rearranged into the order they are
    drawn in, left to right: characters of right-to-left runs reversed and mirrored ("(" and
    ")"), runs split where the order moves them apart. level is the paragraph's base level."""
    text = "".join(t for t, _ in runs)
    if not has_rtl(text):
        return list(runs)
    owners = [index for index, (t, _) in enumerate(runs) for _ in t]
    if level == 0:
        text, owners = _close_rtl_stretches(text, owners)
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    bidi_algorithm.get_embedding_levels(text, storage)
    for position, char in enumerate(storage["chars"]):
        char["position"] = position
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    bidi_algorithm.reorder_resolved_levels(storage, False)
    bidi_algorithm.apply_mirroring(storage, False)
    result: list[tuple[str, T]] = []
    pieces: list[str] = []
    owner = -1
    for char in storage["chars"]:
        if char["ch"] in (_LRM, _RLM):
            continue
        char_owner = owners[char["position"]]
        if char_owner != owner and pieces:
            result.append(("".join(pieces), runs[owner][1]))
            pieces = []
        owner = char_owner
        pieces.append(char["ch"])
    if pieces:
        result.append(("".join(pieces), runs[owner][1]))
    return result


def _close_rtl_stretches(text: str, owners: list[int]) -> tuple[str, list[int]]:
    """Marks after each stretch of right-to-left words in a left-to-right line, so what follows
    it is read in the line's direction: "Testimony of <Arabic name>, 2011" keeps ", 2011" after
    the name, as its writer meant, where the bare algorithm would move "2011" before it (the
    number would take the direction of the Arabic letters before it). HTML's <bdi> does the
    same for a name set into a sentence. A closing bracket whose opening one is inside the
    stretch stays with it. The marks are not drawn."""
    chars: list[str] = []
    char_owners: list[int] = []
    stretch_start = end = -1  # the open stretch: where it starts, just after its last letter

    def close() -> None:
        at = end
        opened = chars[stretch_start:at]
        while at < len(chars) and chars[at] in _CLOSING and _CLOSING[chars[at]] in opened:
            at += 1
        marks = _LRM if at == end else _RLM + _LRM  # the bracket goes with the stretch
        chars[at:at] = marks
        char_owners[at:at] = [char_owners[at - 1]] * len(marks)

    for char, owner in zip(text, owners, strict=True):
        kind = unicodedata.bidirectional(char)
        if kind == "L" and end >= 0:
            close()
            stretch_start = end = -1
        chars.append(char)
        char_owners.append(owner)
        if kind in ("R", "AL"):
            if end < 0:
                stretch_start = len(chars) - 1
            end = len(chars)
    if end >= 0:
        close()
    return "".join(chars), char_owners


def visual_line(text: str, level: int | None = None) -> str:
    """One line of text shaped and in drawing order, for canvas.drawString."""
    if not has_rtl(text):
        return text
    shaped = shape(text)
    order = base_level(shaped) if level is None else level
    return "".join(t for t, _ in visual_runs([(shaped, None)], order))


def _with_upright_arabic(frags: list[Any]) -> list[Any]:
    """frags with Arabic-script runs of a face that lacks them moved to the upright face."""
    result = []
    for frag in frags:
        upright = _upright_for_arabic.get(getattr(frag, "fontName", ""))
        text = getattr(frag, "text", "")
        if upright is None or not text or not has_rtl(text):
            result.append(frag)
            continue
        start = 0
        for match in _ARABIC_RUN.finditer(text):
            if match.start() > start:
                result.append(frag.clone(text=text[start : match.start()]))
            result.append(frag.clone(text=match.group(), fontName=upright))
            start = match.end()
        if start < len(text):
            result.append(frag.clone(text=text[start:]))
    return result


_right_aligned: dict[str, ParagraphStyle] = {}


def _aligned_right(style: ParagraphStyle) -> ParagraphStyle:
    aligned = _right_aligned.get(style.name)
    if aligned is None or aligned.parent is not style:
        aligned = _right_aligned[style.name] = ParagraphStyle(
            style.name + "-rtl", style, alignment=TA_RIGHT
        )
    return aligned


class Paragraph(_ReportlabParagraph):
    """reportlab's Paragraph, with right-to-left runs shaped and each line in visual order.

    Text without a right-to-left letter takes reportlab's own path, at its own cost.
    """

    frags: list[Any]  # set by reportlab: the parsed text runs
    blPara: Any  # set by reportlab: the broken lines

    def __init__(
        self, text: Any, style: ParagraphStyle | None = None, *args: Any, **kwargs: Any
    ) -> None:
        self._bidi_level: int | None = None
        if isinstance(text, str) and has_rtl(text):
            text = shape(text)
            level = base_level(re.sub(r"<[^>]*>", "", text))
            if level and style is not None and style.alignment == TA_LEFT:
                style = _aligned_right(style)
            self._bidi_level = level
        super().__init__(text, style, *args, **kwargs)
        if self._bidi_level is None and text is None:  # a part made by split(): frags given
            plain = "".join(getattr(f, "text", "") for f in self.frags)
            if has_rtl(plain):
                self._bidi_level = base_level(plain)
        if self._bidi_level is not None and _upright_for_arabic:
            self.frags = _with_upright_arabic(self.frags)

    def drawPara(self, debug: int = 0) -> None:
        """Draw with every line in visual order; the broken lines themselves stay logical, so
        a later split of this paragraph starts again from logical text."""
        if self._bidi_level is None:
            return super().drawPara(debug)
        logical = self.blPara
        self.blPara = logical.clone(lines=[self._visual(line) for line in logical.lines])
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical

    def _visual(self, line: Any) -> Any:
        level = self._bidi_level or 0
        if isinstance(line, tuple):  # one font: (extra space, words)
            extra, words = line
            text = " ".join(words)
            if not has_rtl(text):
                return line
            return extra, "".join(t for t, _ in visual_runs([(text, None)], level)).split(" ")
        frags = line.words
        runs = [(_frag_text(frag), index) for index, frag in enumerate(frags)]
        if not has_rtl("".join(t for t, _ in runs)):
            return line
        words = []
        for text, index in visual_runs(runs, level):
            frag = frags[index]
            is_object = text == _OBJECT and hasattr(frag, "cbDefn")
            words.append(frag if is_object else frag.clone(text=text))
        return line.clone(words=words)


def _frag_text(frag: Any) -> str:
    """A fragment's text; one object character for a fragment that draws something else."""
    return frag.text if frag.text or not hasattr(frag, "cbDefn") else _OBJECT
