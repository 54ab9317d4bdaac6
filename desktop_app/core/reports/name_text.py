"""Where the words of names stand in a text a dossier prints.

Text is first put in the form names are matched in (composed letters, no invisible characters
inside words); its distinct words are then looked up once each, and the words that name someone
found where they occur as whole words: between non-letters, or where camel case starts one
(#FreeAskarov). The patterns here tell which words of a name belong together: spaces or a
hyphen between them, maybe initials ("Askarov A. Azamjon").
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from desktop_app.core.reports.initials import (
    BARE_INITIAL,
    IN_FILE_NAME_JOINERS,
    IN_TEXT_JOINERS,
    INITIAL,
)
from desktop_app.core.reports.patronymics import PATRONYMIC
from desktop_app.core.search.folding import INVISIBLE

_LETTERS = r"[^\W\d_]+"
WORD = re.compile(_LETTERS + r"(?:['’‘`´]" + _LETTERS + r")*")
_LETTER = r"[^\W\d_]"
_SPACE = r"[ \t\u00a0]*[-‐‑]?[ \t\u00a0]*"  # between a name word and what is beside it
# What a name may have beside its words: initials, a patronymic (see patronymics.py).
_BESIDE = rf"(?:{INITIAL}|{PATRONYMIC})"
# Between two name words: spaces, a hyphen or an underscore (a handle, a file name quoted in
# text: "Malika_Xoʻjayeva"), maybe initials or a patronymic ("Askarov A. Azamjon", "Dilnoza
# Bahodirovna Karimova"). Words so joined are one name, replaced once.
_JOIN = r"[ \t\u00a0]*[-‐‑_]?[ \t\u00a0]*"
JOINT = re.compile(rf"(?:{_JOIN}{_BESIDE})*{_JOIN}")
# A file name joins the words of a name with any run of _ - . and spaces, initials with or
# without their dot among them (Malika_Xojayeva_portret.png, gulnara.karimova.jpg,
# Karimova_D_Dilnoza.pdf): one name, replaced once ("Witness A_portret.png").
_FILE_JOIN = r"[ \t\u00a0_.‐‑-]*"
FILE_NAME_JOINT = re.compile(rf"(?:{_FILE_JOIN}(?:{_BESIDE}|{BARE_INITIAL}))*{_FILE_JOIN}")


class Beside(NamedTuple):
    """What may stand beside the words of a name, before or after them, in one kind of text."""

    before: re.Pattern[str]  # "D. Bahodirovna " Karimova
    initials_before: re.Pattern[str]  # "D. " Karimova, no patronymic
    after: re.Pattern[str]  # Askarov " A.B."


def _beside(joiners: str, *, is_dotted: bool) -> Beside:
    """The patterns, with an undotted initial joined by one of joiners counted as one; if
    is_dotted (file names), a dotted one too: Каримова_Д.Б._справка.jpg holds two initials,
    and both go with the name. In text a dot after a handle ends the sentence."""
    joined = rf"(?:{INITIAL}|{BARE_INITIAL})" if is_dotted else BARE_INITIAL
    bare_before = rf"{joined}[{joiners}]"
    bare_after = rf"[{joiners}]{joined}"
    return Beside(
        re.compile(rf"(?:{_BESIDE}{_SPACE}|{bare_before})+$"),
        re.compile(rf"(?:{INITIAL}{_SPACE}|{bare_before})+$"),
        re.compile(rf"(?:{_SPACE}{_BESIDE}|{bare_after})+(?!{_LETTER})"),
    )


IN_TEXT = _beside(IN_TEXT_JOINERS, is_dotted=False)  # a handle in text: @karimova_d
IN_FILE_NAME = _beside(
    IN_FILE_NAME_JOINERS, is_dotted=True
)  # Каримова_Д_медзаключение.pdf, d-karimova.jpg
PATRONYMICS_BEFORE = re.compile(rf"(?:{PATRONYMIC}{_SPACE})+$")
PATRONYMICS_AFTER = re.compile(rf"(?:{_SPACE}{PATRONYMIC})+")
ARABIC_LETTERS = re.compile(r"[؀-ۿ]")

_PUNCTUATION = '.,;:!?()[]{}«»"“”„—–…'
# Invisible characters that split a name without showing: a soft hyphen (pasted from a word
# processor), zero-width spaces, a stray byte order mark are dropped wherever they are. Inside
# a word, so are the other format characters search drops (joiners, direction marks pasted
# from messaging apps), except joiners between letters of Arabic script (Persian needs them).
_INVISIBLE = str.maketrans(dict.fromkeys("\u00ad\u200b\u2060\ufeff"))
_INSIDE_WORD = re.compile(rf"(?<=\w)[{INVISIBLE}]+(?=\w)")
_JOINERS = frozenset("\u200c\u200d")


def _inside_word(match: re.Match[str]) -> str:
    between = match.string[match.start() - 1] + match.string[match.end()]
    kept = set(match.group()) <= _JOINERS and all(map(ARABIC_LETTERS.match, between))
    return match.group() if kept else ""


def normal_text(text: str) -> str:
    """text in the form names are matched in: composed letters (ё typed as е and a combining
    mark, as macOS writes file names, is one letter), no invisible characters inside words."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _INSIDE_WORD.sub(_inside_word, text.translate(_INVISIBLE))


def words_of(names: tuple[str, ...]) -> list[str]:
    """The words of these names, in order."""
    return [part for name in names for part in WORD.findall(normal_text(name))]


def _camel_parts(word: str) -> list[str]:
    """The words of a word written in camel case (#FreeAskarov, AskarovAzamjon.jpg)."""
    cuts = [i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()]
    return [word[start:end] for start, end in zip([0, *cuts], [*cuts, len(word)], strict=True)]


def _is_camel(word: str) -> bool:
    return not (word.islower() or word.isupper() or word.istitle())


def distinct_words(text: str) -> set[str]:
    """The distinct words of text, as WORD finds them, several times faster: most
    whitespace-separated tokens are plain words, or plain words in punctuation."""
    words: set[str] = set()
    for token in set(text.split()):
        if token.isalpha():
            words.add(token)
        elif (bare := token.strip(_PUNCTUATION)).isalpha():
            words.add(bare)
        else:
            words.update(WORD.findall(token))
    # Most words are lower case after their first letter: one cheap test rules them out.
    for word in [w for w in words if not w[1:].islower() and _is_camel(w)]:
        words.update(_camel_parts(word))
    return words


class Found(NamedTuple):
    """A whole-word occurrence of a name word in a text. A spelling variant (Gulnara for
    Gulnora) carries whom it names there, which depends on the words beside it; is_guess: a
    variant with no other word of hers beside it, which may be another woman of that name."""

    start: int
    end: int
    word: str
    owners: dict[str, int] | None = None
    is_guess: bool = False


def occurrences(text: str, words: set[str]) -> list[Found]:
    """Where these words occur in text as whole words, in order (str.find is far cheaper than
    compiling a pattern for each paragraph's set of names)."""
    found = []
    for word in words:
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            if _starts_word(text, start) and _ends_word(text, end):
                found.append(Found(start, end, word))
            start = text.find(word, end)
    found.sort(key=lambda f: (f.start, -f.end))
    whole: list[Found] = []
    for occurrence in found:  # a word inside another (ulomov in G'ulomov) yields to it
        if not whole or occurrence.start >= whole[-1].end:
            whole.append(occurrence)
    return whole


def _starts_word(text: str, start: int) -> bool:
    # After a non-letter, or where camel case starts a word (#FreeAskarov).
    before = text[start - 1] if start else ""
    return not before.isalpha() or (before.islower() and text[start].isupper())


def _ends_word(text: str, end: int) -> bool:
    after = text[end] if end < len(text) else ""
    return not after.isalpha() or (text[end - 1].islower() and after.isupper())
