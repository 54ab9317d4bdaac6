"""What a line taking one of a known list (a country, an interview's language) offers for
the text typed: the choices whose text holds it, or one of whose other names (in another
language) has a word starting with it. Any letter case matches, and any mark typed for the
Uzbek ʻ and ʼ finds either: "O'zbek" offers "Oʻzbekiston (UZ)" and "uz — oʻzbek"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop_app.core.search.folding import APOSTROPHES


@dataclass(frozen=True)
class Offer:
    """A choice as offered ("Киргизия (KG)"), and what typed text finds it."""

    text: str
    folded: str  # the text in any letter case and apostrophe (see folded)
    name_starts: tuple[str, ...]  # its other names from each of their words on, folded

    def matches(self, typed: str) -> bool:
        """Whether folded typed text is in the offer or starts a word of another name."""
        return typed in self.folded or any(start.startswith(typed) for start in self.name_starts)


def offers(choices: Mapping[str, Iterable[str]]) -> list[Offer]:
    """The offers for choices (offer text -> its other names), in the order given."""
    made = []
    for text, names in choices.items():
        starts = []
        for name in map(folded, names):
            starts += [name[word.start() :] for word in re.finditer(r"\b\w", name)]
        made.append(Offer(text, folded(text), tuple(dict.fromkeys(starts))))
    return made


def offers_for(choices: Sequence[Offer], text: str) -> list[str]:
    """The texts of the choices that typed text finds, each once, in their order."""
    typed = folded(text)
    if not typed:
        return []
    return [offer.text for offer in choices if offer.matches(typed)]


# A keyboard without ʻ types ' or ` (or ’, after a word processor) for it.
_APOSTROPHES = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))


def folded(text: str) -> str:
    """text as matched: without spaces around it, in any letter case, any apostrophe as '."""
    return text.strip().casefold().translate(_APOSTROPHES)
