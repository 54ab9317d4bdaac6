"""The endings names take in running text, by language, and how they follow each other.

Russian declines a name with one case ending (Аскаров-а, Дилноз-ой). The Turkic languages
chain suffixes: plural, possessive, case (Karimova-lar-niki-ga, "to the Karimovas' place";
Жумабаев-тар-ға). Kazakh and Kyrgyz suffixes change with the word they follow: their vowel
with its last vowel (front or back, and in Kyrgyz rounded or not: Айгүл-дүн, Айгүл-гө), their
first consonant with its last sound (after a vowel н-, after a voiced consonant д-/г-, after a
voiceless one т-/к-/қ-). Their forms are worked out from those rules here, rather than listed,
so that no combination is forgotten.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

# The vowel a Kazakh or Kyrgyz suffix takes, in pairs (high, low): Kazakh back ы/а and front
# і/е, Kyrgyz back unrounded ы/а, back rounded у/о, front unrounded и/е, front rounded ү/ө.
_HARMONY: Final = (("ы", "а"), ("і", "е"), ("и", "е"), ("у", "о"), ("ү", "ө"))
# Each suffix as (first consonants, shape): H stands for the high vowel, L for the low one.
_KAZAKH_KYRGYZ: Final = (
    ("ндт", "Hң"),  # genitive (Kazakh): -ның, -дің, -тың
    ("ндт", "Hн"),  # genitive (Kyrgyz): -нын, -дүн, -тун
    ("гғкқн", "L"),  # dative: -ға, -ге, -қа, -гө, -на (after a possessive)
    ("ндт", "H"),  # accusative: -ны, -ді, -ту, -дү
    ("дт", "L"),  # locative: -да, -те, -дө
    ("н", "дL"),  # locative after a possessive: -нда, -нде
    ("ндт", "Lн"),  # ablative: -нан, -ден, -тан, -дөн
    ("лдт", "Lр"),  # plural: -лар, -дер, -тар, -лөр
    ("дт", "Lй"),  # similative, "like": -дай, -тей, -дөй
    ("ч", "L"),  # Kyrgyz -ча, -чө, "like, in the manner of"
    ("ш", "L"),  # Kazakh -ша, -ше
    ("с", "H"),  # possessive after a vowel: -сы, -сі, -су
    ("ндт", "HкH"),  # "the one of": -нікі, -дыкы, -нуку
)
_INSTRUMENTAL: Final = "мен бен пен менен бенен пенен"
# Kyrgyz in Latin letters, as a witness's name is written in an English or Uzbek text
# ("Möngkübaevanyn telefonu", Möngkübaeva's phone): the Cyrillic forms above without the
# Kazakh letters, spelt as Kyrgyz names are romanised (ы y, ө ö, ү ü, ч ch). Folded, each is
# a Cyrillic form's key, so no new word is taken for a name; listed, its ending is kept as
# written after the label ("Witness A-nyn"), not dropped.
_KAZAKH_ONLY: Final = frozenset("іңғқш")
_KYRGYZ_LATIN: Final = str.maketrans(
    {"ч": "ch", **dict(zip("аеиоуыөүйндтгклрсмбп", "aeiouyöüyndtgklrsmbp", strict=True))}
)


def _kazakh_kyrgyz() -> str:
    forms = set(_INSTRUMENTAL.split())
    for consonants, shape in _KAZAKH_KYRGYZ:
        for high, low in _HARMONY:
            body = shape.replace("H", high).replace("L", low)
            forms.update(consonant + body for consonant in consonants)
    return " ".join(sorted(forms))


def _kyrgyz_romanised() -> str:
    forms = {f.translate(_KYRGYZ_LATIN) for f in _kazakh_kyrgyz().split()}
    return " ".join(sorted(f for f in forms if not _KAZAKH_ONLY & set(f)))


# Endings a name takes in running text, by language.
SUFFIX_GROUPS: Final = {
    # case endings of names and surnames (Аскаров-а/-у/-ым/-е, Дилноз-ой, Ковальск-ого, -ая)
    "Russian": "а я у ю е и ы ом ем ём ой ей ою ею ым им ыми ими ых их ого его ому ему ую юю "
    "ая яя ий ый ое ые ам ям ами ями ах ях",
    "Russian, romanised": "a ya u yu e i y om em yom oy ey oi ei ym im ymi imi ykh ikh ogo ego "
    "omu emu uyu aya iy yy",
    # case, plural, "up to" (-gacha, -kacha after k, -qacha after q), "like" (-dek, -day,
    # -cha), "without" (-siz), "the one of" (-niki), "of the place" (-dagi), the possessive
    # after a plural (-lari), the question particle (-mi: Shahlomi?)
    "Uzbek": "ning ni ga ka qa da ta dan tan lar dagi niki gacha kacha qacha dek day cha siz "
    "lari mi нинг ни га ка қа да та дан тан лар даги ники гача кача қача дек дай ча сиз "
    "лари ми",
    "Kazakh and Kyrgyz": _kazakh_kyrgyz(),
    "Kyrgyz, romanised": _kyrgyz_romanised(),
    "Tajik": "ро ҳо",
    "Uyghur": "نىڭ نى غا قا گە كە دا تا دە تە دىن تىن دىكى لار لەر",
    "English": "'s",
}
SUFFIXES: Final = tuple(s for group in SUFFIX_GROUPS.values() for s in group.split())
RUSSIAN_CASES: Final = tuple(
    s for language in ("Russian", "Russian, romanised") for s in SUFFIX_GROUPS[language].split()
)
# The suffixes that chain three deep (plural, possessive, case: Karimova-lar-niki-ga): the
# Turkic ones. Russian case endings are one or two letters and follow no other ending, so
# chaining them three deep would turn ordinary words into names.
CHAINING: Final = tuple(
    s
    for language in ("Uzbek", "Kazakh and Kyrgyz", "Kyrgyz, romanised", "Uyghur")
    for s in SUFFIX_GROUPS[language].split()
)

# The Uzbek personal endings that make a name the predicate ("Men Toshmatovaman", I am
# Toshmatova; "U Gulnoradir", she is Gulnora), maybe with the plural or the question particle
# after them (Gʻaniyevdirlar, Toshmatovamanmi). They follow a name part as written, or the
# Turkic suffixes after it (Toshmatova-lar-miz), never a Russian case ending or a part whose
# last vowel was dropped: Uzbek drops none, and "Бах-а-дир" is Bahodir, not the protected Baho.
PERSONAL: Final = ("man", "san", "miz", "siz", "dir", "ман", "сан", "миз", "сиз", "дир")
AFTER_PERSONAL: Final = ("lar", "mi", "лар", "ми")
# Letters a name part needs for a personal ending to follow it directly: Sher-man, Baho-dir
# and Lola-man would make the names Sherman and Bahodir a protected Sher's or Baho's.
MIN_PREDICATE = 5


@lru_cache(maxsize=1 << 16)  # the rests of words a session reads; bounded
def is_personal(
    ending: str,
    personal: frozenset[str],
    after: frozenset[str],
    chaining: frozenset[str],
    *,
    may_follow_directly: bool,
) -> bool:
    """True if ending is a personal ending (one of personal, maybe with one of after), alone if
    may_follow_directly, or after a chain of Turkic suffixes (chaining)."""
    for tail in ("", *after):
        body = ending[: len(ending) - len(tail)] if ending.endswith(tail) else ""
        for form in personal:
            if body.endswith(form):
                before = body[: -len(form)]
                if (may_follow_directly and not before) or (
                    before and is_chain(before, chaining, chaining)
                ):
                    return True
    return False


@lru_cache(maxsize=1 << 16)  # the rests of words a session reads; bounded
def is_chain(ending: str, suffixes: frozenset[str], chaining: frozenset[str]) -> bool:
    """True if ending is one of suffixes, two of them, or three of chaining, one
    after another."""
    if ending in suffixes:
        return True
    if any(ending[:i] in suffixes and ending[i:] in suffixes for i in range(1, len(ending))):
        return True
    return any(
        ending[:i] in chaining and ending[i:j] in chaining and ending[j:] in chaining
        for i in range(1, len(ending) - 1)
        for j in range(i + 1, len(ending))
    )
