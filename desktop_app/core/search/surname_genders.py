"""The other gender's form of a surname: Rahimov and Rahimova are one family's name.

Russian and Central Asian surnames have a masculine and a feminine form (-ов/-ова, -ев/-ева,
-ёв/-ёва, -ин/-ина, -ский/-ская; Uzbek Latin -ov/-ova, -yev/-yeva), so a researcher typing
the man's surname (or the woman's given name with the man's surname, as people type it:
Rakhimov Dilnoza) is looking for the women of the family too, and the other way round.
Folding keeps the forms apart (Askarova is another person, and in prose the genitive of
Askarov), so the fuzzy tier looks for the other form in person names only
(``match_tiers``), ranked after every exact and folded match.
"""

from __future__ import annotations

# Folded endings: -ёв and -yev fold to -ev, -ский and -skiy to -ski, -ская to -skaya.
# The shortest masculine form taken for each: a shorter word is more likely a given name
# than a surname (Amin and Amina are a man and a woman, not one family; Lev is no Leva).
_ENDINGS = (("ski", "skaya", 6), ("ov", "ova", 4), ("ev", "eva", 4), ("in", "ina", 5))


def other_gender_forms(word: str) -> tuple[str, ...]:
    """The folded surname of the other gender for a folded word in one of the endings above
    (rahimov: rahimova; rahimova: rahimov; vishnevskaya: vishnevski); () for any other word."""
    for masculine, feminine, shortest in _ENDINGS:
        if word.endswith(feminine) and len(word) - len(feminine) + len(masculine) >= shortest:
            return (word[: -len(feminine)] + masculine,)
        if word.endswith(masculine) and len(word) >= shortest:
            return (word[: -len(masculine)] + feminine,)
    return ()
