"""Other forms of a prose word: a Russian or English query word read as its Snowball stem.

A testimony says "его задержали", the researcher types "задержан": folding and the name
endings of ``inflection`` leave the two apart, since they are different words in the index. The
weakest tier of a query (``match_tiers``) therefore also looks for every word beginning with the
query word's stem, as the Snowball stemmer (PyPI ``snowballstemmer``, the one Sphinx uses) cuts
it: задержан → ``задержа*`` finds задержали, задержания, задержанный; угрожал → ``угрожа*``;
допросе → ``допрос*``; detained → ``detain*``. The index is not changed: the stem is a prefix
query on the ``title`` and ``body`` columns, where FTS5 compares words as written.

Snowball removes endings, it does not relate words: пытали (``пыта``) finds пытались but not
пытки (``пытк``), which ``verb_nouns`` relates (a verb and the noun made from it). The
genitive plural that a stem in two consonants makes with a fleeting о or е (пыток, девушек) is
looked for too (``fleeting_vowel_forms``), and the noun of an -овать verb where it adds
no ending or -ов (арестовали → арест, арестов), as whole words (``whole_forms``). Stems shorter than
``MIN_STEM_LETTERS`` are not used at all (дом, били → ``бил``, which begins билет). Where
Snowball cuts a verb into its root (избили, избит → ``изб``, which begins избрали) or keeps a
verbal noun's ``н`` (задержание → ``задержан``), ``verb_stems`` gives the beginnings the verb's
forms share instead (``избил* избит* избив* избиен*``), and the root of an Uzbek verb in Latin
letters (kaltaklashdi → ``kaltakla*``). Names are left to folding and ``inflection``: a word
the vault holds as a name or a place is not stemmed, nor one typed with a capital, unless it
is the query's first word or all in capitals (``is_taken_as_name``). Uzbek has no Snowball
stemmer; a word with a letter only Uzbek, Kazakh or Kyrgyz Cyrillic has (ў, қ, ғ, ҳ ...) is
not stemmed, and the suffixes of names are ``inflection``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

from desktop_app.core.search.verb_nouns import bare_nouns, noun_verb_prefixes
from desktop_app.core.search.verb_stems import (
    MIN_STEM_LETTERS,
    russian_verb_prefixes,
    uzbek_verb_prefix,
)

_RUSSIAN_WORD = re.compile(r"[а-яё]+")
_ENGLISH_WORD = re.compile(r"[a-z]+")


def _common_prefix(word: str, stem: str) -> str:
    # Porter2 may end a stem otherwise than the word (happy → happi): what both begin with.
    end = 0
    while end < min(len(word), len(stem)) and word[end] == stem[end]:
        end += 1
    return word[:end]


def _language(word: str) -> str:
    if _RUSSIAN_WORD.fullmatch(word):
        return "russian"
    return "english" if _ENGLISH_WORD.fullmatch(word) else ""


def _snowball(word: str, language: str) -> tuple[str, str]:
    """A lowercase word's Snowball stem, and what the word and the stem begin with, in the
    word's letters."""
    # A stemmer keeps state while it works: one per call, so search threads never share one.
    stem = snowballstemmer.stemmer(language).stemWord(word)
    # Snowball spells ё as е: the prefix keeps the letters as typed.
    return stem, word[: len(_common_prefix(word.replace("ё", "е"), stem))]


@lru_cache(maxsize=4096)
def stem_prefixes(typed: str) -> tuple[str, ...]:
    """What words of other forms of a typed prose word begin with, as the index compares them
    (lowercase, as written): its Snowball stem and the beginnings ``verb_stems`` reads it as,
    each also with an ё written е, which most Russian text does; () if the word is not stemmed
    (see above) or every beginning is too short."""
    word = typed.casefold()
    language = _language(word)
    if not language:
        return ()
    stem, prefix = _snowball(word, language)
    if language == "russian":
        verb = (*russian_verb_prefixes(word), *noun_verb_prefixes(word, prefix))
    else:
        # Only a word English leaves whole is read as Uzbek: building is build's, not buil's.
        uzbek = uzbek_verb_prefix(word) if stem == word else ""
        verb = (uzbek,) if uzbek else ()
    found = [p for p in (prefix, *verb) if len(p) >= MIN_STEM_LETTERS]
    found += [p.replace("ё", "е") for p in found]
    # A beginning another one begins adds nothing to a prefix query (избива after избив).
    return tuple(
        p for p in dict.fromkeys(found) if not any(o != p and p.startswith(o) for o in found)
    )


@lru_cache(maxsize=4096)
def whole_forms(typed: str) -> tuple[str, ...]:
    """Other forms of a typed prose word that no beginning of ``stem_prefixes`` reaches, to be
    looked for as whole words: the genitive plural with a fleeting vowel of a stem in two
    consonants (пытки → пыток, ``fleeting_vowel_forms``) and the noun of an -овать verb with
    no ending or -ов (арестовали → арест, арестов, ``verb_nouns.bare_nouns``), each also
    with an ё written е; () if the word is not stemmed."""
    prefixes = stem_prefixes(typed)
    if not prefixes:
        return ()
    found = [form for prefix in prefixes for form in fleeting_vowel_forms(prefix)]
    word = typed.casefold()
    if _language(word) == "russian":
        found += bare_nouns(word, _snowball(word, "russian")[1])
    found += [form.replace("ё", "е") for form in found]
    return tuple(dict.fromkeys(found))


# A Russian noun's genitive plural puts о or е between the two consonants its stem ends in
# (пытки → пыток, девушки → девушек, палки → палок, письма → писем): a word Snowball's stem
# does not begin. е after a hushing letter, ц, ь or й (which it replaces), else о or е.
_CONSONANTS = "бвгджзклмнпрстфхцчшщ"
_E_AFTER = "жшчщц"
_E_FOR = "ьй"


def fleeting_vowel_forms(prefix: str) -> tuple[str, ...]:
    """The genitive plural a Russian stem prefix (``stem_prefixes``) ending in two consonants
    may have, as whole words (пытк → пыток, пытек); () for any other prefix."""
    if len(prefix) < MIN_STEM_LETTERS or not _RUSSIAN_WORD.fullmatch(prefix):
        return ()
    before, last = prefix[-2], prefix[-1]
    if last not in _CONSONANTS:
        return ()
    if before in _E_FOR:
        return (prefix[:-2] + "е" + last,)
    if before in _E_AFTER:
        return (prefix[:-1] + "е" + last,)
    if before in _CONSONANTS:
        return tuple(prefix[:-1] + vowel + last for vowel in "ое")
    return ()


def is_taken_as_name(typed: str, *, is_first: bool) -> bool:
    """True if a typed word reads as a name, not to be stemmed: it begins with a capital,
    unless it is the query's first word (capitalised as a sentence is) or all in capitals
    (caps lock, a heading). Names the vault holds are never stemmed either way."""
    return typed[:1].isupper() and not (is_first or typed.isupper())
