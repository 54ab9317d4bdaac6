"""Where a verb's forms meet when a Snowball stem cannot bring them together.

``word_forms`` reads a prose word as its Snowball stem, a prefix query. Three kinds of verb
form escape that, and are read here as the beginnings the verb's past, participle and noun
share (still prefix queries, never a whole morphology):

* a verb of the бить, мыть type (a prefix on a one-syllable root in ``-и``/``-ы``: из-би-ть,
  у-би-ть, вы-пи-ть, за-кры-ть): Snowball cuts избили, избит to ``изб``, too short to be
  looked for and the beginning of избрали and избирательном too. Its forms all go on from the
  root's vowel with ``л`` (избили), ``т`` (избит, избитый), ``в`` (избивали, избивших) or
  ``ен`` (избиение), so избили, избит, избиты, избивали and избиение are each read as
  ``избил* избит* избив* избиен*``, which избирательном does not begin;
* a noun in ``-ание``/``-яние`` (задержание): Snowball keeps its ``н`` (``задержан``), so it
  missed задержали and задержат; it is read as its verb's stem with what the past, the
  participle, the infinitive and the imperfective add (``задержал* задержан* задержат*
  задержав*``), which признаки does not begin as ``призна*`` would for признание;
* an Uzbek verb in Latin letters, which has no Snowball stemmer (the English one leaves
  kaltaklashdi whole): its tense ending (``-di``, ``-gan``, ``-ib`` ...) and then its voice
  (``-sh``, ``-n``, ``-l``) are taken off, kaltaklashdi, kaltaklandi and kaltaklangan meeting
  at ``kaltakla*``, ushlashdi and ushlangan at ``ushla*``. A root shorter than
  ``MIN_STEM_LETTERS`` keeps its voice (urishdi → ``urish*``): ``ur*`` begins urush (war).

A verb and the noun made from it (пытали and пытки, похитили and похищение) are related by
``verb_nouns``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

MIN_STEM_LETTERS = 4
"""Letters a beginning (a stem, a root) needs to be looked for: shorter ones begin too many
unrelated words. Owned here, since ``word_forms`` imports this module, not the other way."""

# A prefix (из, у, вы, за, ...) on a root that is a consonant and и or ы, then what the
# verb's forms add: the past, the participle and infinitive, the imperfective and active
# participle, and the noun. Its endings are listed, so улитка (snail) is no form of улить.
_ROOT_VOWEL_VERB = re.compile(
    r"(?P<base>[а-яё]+(?:[бвлпш]и|гни|[вмнр]ы))"
    r"(?:л[аои]?(?:сь|ся)?"
    r"|т(?:ь|ься|[аоыу]|ый|ая|ое|ые|ого|ому|ым|ых|ыми|ой|ую|ом)?"
    r"|в(?:а[а-яё]*|ш[а-яё]+)?"
    r"|[её]ни(?:[еяюи]|ем|й|ям|ями|ях)|[её]нн[а-яё]+)"
)
_ROOT_VOWEL_GOES_ON = ("л", "т", "в", "ен", "ён")
_VERBAL_NOUN = re.compile(r"(?P<base>[а-яё]{4,}[ая])ни(?:[еяюи]|ем|й|ям|ями|ях)")
_VERB_STEM_GOES_ON = ("л", "н", "т", "в")

# Uzbek (Latin) tense and aspect endings (the shortest stem is tried first, so the longest
# ending is taken), and the voices before them: the reciprocal -ish/-sh, the passive
# -il/-in/-l/-n. The gerund's bare -b only after the verb-making -la (ushlab): climb is English.
_UZBEK_TENSES = re.compile(
    r"(?P<stem>[a-z]{3,}?)"
    r"(?:dilar|dingiz|ding|dim|dik|di|ganlar|gani|gan|ayotgan|yapti|moqda|ib|(?<=la)b)"
)
_UZBEK_VOICES = ("ish", "sh", "il", "in", "l", "n")


@lru_cache(maxsize=1024)
def _russian_stem(word: str) -> str:
    return snowballstemmer.stemmer("russian").stemWord(word)


def _root_vowel_prefixes(word: str) -> tuple[str, ...]:
    match = _ROOT_VOWEL_VERB.fullmatch(word)
    if match is None:
        return ()
    base = match["base"]
    # Only where Snowball cut into the root (избили → изб): a verb it stems well keeps its stem.
    if len(base) < 3 or _russian_stem(base.replace("ё", "е") + "ли") != base[:-1]:
        return ()
    return tuple(base + letters for letters in _ROOT_VOWEL_GOES_ON)


def russian_verb_prefixes(word: str) -> tuple[str, ...]:
    """What the other forms of a lowercase Russian word begin with if it is a form of a verb
    Snowball cuts apart (see above): избили → избил, избит, избив, избиен, избиён; задержание
    → задержал, задержан, задержат, задержав; () for any other word."""
    prefixes = _root_vowel_prefixes(word)
    if prefixes:
        return prefixes
    noun = _VERBAL_NOUN.fullmatch(word)
    if noun is None:
        return ()
    return tuple(noun["base"] + letters for letters in _VERB_STEM_GOES_ON)


def uzbek_verb_prefix(word: str) -> str:
    """The root an Uzbek verb in lowercase Latin letters shares with its other forms
    (kaltaklashdi, kaltaklangan → kaltakla; urishdi → urish), or '' if the word ends in no
    tense ending or its root would be too short."""
    match = _UZBEK_TENSES.fullmatch(word)
    if match is None:
        return ""
    stem = match["stem"]
    for voice in _UZBEK_VOICES:
        root = stem.removesuffix(voice)
        if root != stem and len(root) >= MIN_STEM_LETTERS:
            return root
    return stem if len(stem) >= MIN_STEM_LETTERS else ""
