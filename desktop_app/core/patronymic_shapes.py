"""The shapes a patronymic takes, in Latin and Cyrillic script, for every part of Sandiq that
needs to tell one: reports (a patronymic goes with the protected name beside it, see
``reports.patronymics``) and search (a patronymic typed in a query that the record does not
hold, see ``search.loosening``).

- Russian and the Russian style of Central Asian documents, one word with the father's name:
  -ovna/-evna/-ichna (Bahodirovna, Ильинична), -ovich/-evich/-ich (Bahodirovich, Ильич), with
  the Russian case endings (Баходировны, Баходировичем);
- Kazakh, joined to the father's name: -ұлы/-қызы, -uly/-kyzy (Серікұлы, Serikkyzy);
- Uzbek, Kazakh and Kyrgyz, a second word after the father's name: qizi, oʻgʻli in every
  apostrophe form (o'g'li, o‘g‘li, ogli), қизи, ўғли, угли, кизи; ұлы, қызы; уулу, кызы; uly,
  kyzy, uulu ("Bahodir qizi", "Баҳодир қизи", "Асан уулу");
- any of them with an Uzbek or Kazakh suffix of running text (Bahodirovnaning, qiziga).

The Tajik -zoda (Rahmonzoda) is a surname, not a patronymic.
"""

from __future__ import annotations

import re

LETTER = r"[^\W\d_]"
APOSTROPHE = "['ʻʼ’‘`´]"
RUSSIAN_ENDINGS = (
    "(?:[ое]вн|ичн)(?:а|ы|е|у|ой|ою)",  # Баходировна, -овны, -овне, -овну, -овной; Ильинична
    "ич(?:а|у|ем|е|ом)?",  # Баходирович, -ича, -ичу, -ичем, -иче; Ильич, Ильичом
    "(?:[oe]vn|ichn)(?:a|y|e|u|oy|oi|oyu)",
    "ich(?:a|u|em|e|om)?",
)
KAZAKH_JOINED = ("ұлы", "қызы", "улы", "кызы", "uly", "ulı", "ūly", "kyzy", "qyzy")
SEPARATE_WORDS = (
    "qizi",
    "kizi",
    rf"o{APOSTROPHE}?g{APOSTROPHE}?li",
    "қизи",
    "кизи",
    "ўғли",
    "угли",
    "ұлы",
    "қызы",
    "уулу",
    "кызы",
    "uly",
    "uulu",
    "kyzy",
    "qyzy",
)
# What Uzbek and Kazakh add to a patronymic in running text: Bahodirovnaning, qiziga.
SUFFIX = "(?i:ning|ni|ga|da|dan|нинг|ни|га|да|дан|ның|нің|на|ға|ге|мен)?"
JOINED = "|".join((*RUSSIAN_ENDINGS, *KAZAKH_JOINED))
SEPARATE = "|".join(SEPARATE_WORDS)

# In any letter case: a query is often typed in lower case. Three letters of the father's name
# at least, so that July or Truly are no patronymics.
_JOINED_WORD = re.compile(
    rf"{LETTER}(?:{APOSTROPHE}?{LETTER}){{2,}}?(?:{JOINED}){SUFFIX}", re.IGNORECASE
)
_SECOND_WORD = re.compile(rf"(?:{SEPARATE}){SUFFIX}", re.IGNORECASE)


def is_joined_patronymic(word: str) -> bool:
    """True if word is a patronymic in one word, in any letter case (Бахтиёрович, serikkyzy)."""
    return _JOINED_WORD.fullmatch(word) is not None


def is_patronymic_second_word(word: str) -> bool:
    """True if word is the second word of a patronymic, after the father's name (oʻgʻli, уулу)."""
    return _SECOND_WORD.fullmatch(word) is not None
