"""Script and spelling folding: one Latin key form for names written many ways.

``fold("Шамсутдинов") == fold("Shamsuddinov") == fold("Shamsudinov") == "shamsudinov"``.

The folded form is what the index stores beside the original text and what queries are
compared with, so index and query must be folded by the same function: any change to the
rules below changes the keys, must bump ``FOLD_VERSION`` and needs the folded index rebuilt.
The rule table with examples and limits is in ``docs/search-folding.md``.

Speed matters (100k narratives are folded when a vault is rebuilt), so the work is done by
one ``str.translate`` table, a chain of ``str.replace`` calls and a few compiled regexes;
there is no per-character Python loop.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import chain

FOLD_VERSION = 3
"""Bump on any change to the rules: folded text stored in a vault is then out of date.
3: Kazakh үш ("three") in prose no longer folds to Osh."""

# Cyrillic of Russian, Uzbek, Tajik, Kazakh, Kyrgyz (and the neighbours that show up in names:
# Ukrainian, Belarusian, Tatar, Bashkir, Azerbaijani) to a plain Latin transliteration. The
# targets are the spellings the variant rules below fold anyway (ж → "zh" → "j" ...), so a
# Cyrillic name and its Latin spellings meet in the same key.
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Uzbek (ў is the letter Uzbek Latin writes oʻ) and Tajik
    "ў": "u", "қ": "q", "ғ": "gh", "ҳ": "h", "ӣ": "i", "ӯ": "u", "ҷ": "j",
    # Kazakh and Kyrgyz
    "ә": "a", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Ukrainian, Tatar, Bashkir, Azerbaijani, Serbian
    "є": "ye", "ї": "yi", "ґ": "g", "җ": "zh", "ҙ": "z", "ҫ": "s", "ҡ": "q", "ҹ": "j",
    "ҝ": "g", "ј": "y", "ђ": "dj", "џ": "dzh", "љ": "l", "њ": "n", "ћ": "ch",
}  # fmt: skip

# Latin letters whose transliteration value is a digraph (Turkish, Turkmen, Czech-style
# romanisation of Russian) and letters that Unicode does not decompose into base + accent.
_LATIN = {
    "ş": "sh", "ș": "sh", "š": "sh", "ç": "ch", "č": "ch", "ž": "zh", "ı": "i", "ø": "o",
    "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ə": "a", "ŋ": "n",
    "ħ": "h",
}  # fmt: skip

# All the marks people type for the Uzbek ʻ (in oʻ, gʻ) and ʼ (tutuq belgisi), and for the
# Russian soft sign in romanised names (Il'ya): turned into one ASCII apostrophe first.
APOSTROPHES = "ʻʼ’‘`´′ʹ"
_HYPHENS = "‐‑"  # HYPHEN, NON-BREAKING HYPHEN; dashes are punctuation, not name joiners.
# What may join the parts of a word in raw text: the hyphens above, ASCII and the small and
# fullwidth hyphen-minus that NFKD makes ASCII.
_HYPHEN = re.compile(f"[-{_HYPHENS}\ufe63\uff0d]")

# Combining marks left by NFKD (accents, cedillas, breves, the dot of Turkish İ).
_COMBINING_RANGES = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF))

_TABLE: dict[int, str | int | None] = {
    # Identity entries for the common blocks: str.translate is several times slower on
    # characters it does not find in the table.
    **{cp: cp for cp in range(0x530)},
    **{ord(k): v for k, v in CYRILLIC.items()},
    **{ord(k): v for k, v in _LATIN.items()},
    **{ord(c): "'" for c in APOSTROPHES},
    **{ord(c): "-" for c in _HYPHENS},
}
_DROP_COMBINING: dict[int, str | int | None] = {
    cp: None for lo, hi in _COMBINING_RANGES for cp in range(lo, hi + 1)
}

# Transliteration variants. Order matters: rules that produce an "h" or a "k" run before the
# rules that read one, so folding a folded text changes nothing (цх → tskh → tsh → ch).
_VARIANTS = (
    ("shch", "sh"),  # щ: shch / sh (Shchukin, Shukin)
    ("x", "h"),  # х: kh / h / x (Khujand, Hujand, Xoʻjand)
    ("q", "k"),  # қ: q / k (Qodir, Kodir)
    ("kh", "h"),
    ("tsch", "ch"),  # ч in German spelling
    ("tch", "ch"),  # ч in French spelling (Tchoulpan)
    ("tsh", "ch"),
    ("dzh", "j"),  # дж: dzh / dj / j / zh (Dzhalal-Abad, Djalal-Abad, Jalal-Abad)
    ("dj", "j"),
    ("zh", "j"),  # ж: zh / j (Zhanaozen, Janaozen)
    ("gh", "g"),  # ғ: gh / g / gʻ (Ghafurov, Gafurov, Gʻafurov)
    ("td", "d"),  # -утдин-: Шамсутдинов is said and often written Shamsuddinov
    ("ye", "e"),  # е: ye / e (Yevgeny, Evgeny; Aliyev, Aliev)
    ("ie", "e"),  # ье, ие: ie / ye / e (Vasiliev, Vasilyev, Васильев; Aliev, Алиев)
    ("ou", "u"),  # у in French spelling (Youssoupoff, Boukhara, Ouzbékistan)
)

# Patterns start with a literal and look behind afterwards: re scans for a literal quickly,
# while a pattern that opens with a look-behind is tried at every position (10-30x slower).
_POSSESSIVE = re.compile(r"'s\b")  # English "Askarov's" → "askarov"
_UZBEK_O = re.compile(r"o'(?=[a-z])")  # oʻ is ў, said and written in Russian as у
_INNER_APOSTROPHE = re.compile(r"'(?<=\w')(?=\w)")  # gʻ, tutuq belgisi, Il'ya
_INNER_HYPHEN = re.compile(r"-(?<=[a-z]-)(?=[a-z])")  # Jalal-Abad = Jalalabad
# -off, -ow (French, German spelling of -ов, -ев), only on words long enough to be surnames.
_OFF_ENDING = re.compile(r"(?:ff(?<=[a-z]{3}[oe]ff)|w(?<=[a-z]{3}[oe]w))(?=a?\b)")
# i and y, which transliterations swap freely: a glide before a vowel (ia, iu, iya → ya, yu;
# Iusupov = Yusupov, Maria = Mariya), after a vowel (ai, ay, ayi → ay; Sergei = Sergey), a vowel
# between consonants (ы; Kyrgyz = Kirgiz) and -ий at the end (Evgeniy = Evgenii = Evgeny).
_CONSONANT_YO = re.compile(r"yo(?<=[b-df-hj-np-tv-z]yo)")  # Фёдоров = Федоров = Fedorov
_GLIDE = re.compile(r"i[iy]?(?=[au])")
_GLIDE_O = re.compile(r"ii?(?=o)")  # иё stays iyo: Niyozov, Bakhtiyor; never a consonant + yo
_GLIDE_AFTER_HUSHER = re.compile(r"y(?<=[jh]y)(?=[au])")  # Andijian = Andijan
_FINAL_IY = re.compile(r"i[iy](?![aeiou])")
_VOWEL_YI = re.compile(r"yi(?<=[aeiou]yi)(?![aeiou])")  # Sayidov = Saidov
_VOWEL_I = re.compile(r"i(?<=[aeiou]i)(?![aeiou])")
_CONSONANT_Y = re.compile(r"y(?<![aeiou]y)(?![aeiou])")
_DOUBLE = re.compile(r"([a-z])\1+")
# Uzbek and Tajik endings whose o is the a of the Russian and English spelling: Azimjon =
# Azimjan, Xonobod = Khanabad, Oʻzbekiston = Uzbekistan, Oʻrinboyev = Urinbaev. Only after
# three or more letters, so the words jon, obod, boy themselves stay apart.
_ENDINGS = {
    "jon": "jan", "obod": "abad", "iston": "istan", "boev": "baev", "boeva": "baeva",
    "boy": "bay",
}  # fmt: skip
_ENDING = re.compile("(?:" + "|".join(f"{e}(?<=[a-z]{{3}}{e})" for e in _ENDINGS) + r")\b")
TOKEN = re.compile(r"[^\W_]+")  # a word, as FTS5's unicode61 tokenizer splits them

# Places whose local and Russian/English names differ in ways no general rule may fold without
# merging names that are really different (Uzbek o for a, oʻ for o): the folded local form on
# the left, the folded Russian/English form it is indexed under on the right. Keep it to
# unambiguous place names; person names are left to the fuzzy layer.
PLACE_NAMES = {
    "toshkent": "tashkent",
    "buhoro": "buhara",  # Buxoro, Bukhara
    "fargona": "fergana",  # Fargʻona
    "margilon": "margilan",  # Margʻilon
    "kukon": "kokand",  # Qoʻqon, Қўқон
    "ush": "osh",  # Oʻsh, Ўш
    "jalolabad": "jalalabad",  # Jalolobod, Жалолобод
    "termiz": "termez",
    "jizah": "jizak",  # Jizzax, Djizak
    "horazm": "horezm",  # Xorazm, Khorezm
    "olmalik": "almalik",  # Olmaliq, Almalyk
    "kulob": "kulyab",  # Kulob, Kulyab
    "kurgontepa": "kurgantyube",  # Qoʻrgʻontepa, Kurgan-Tyube
    "isikol": "isikul",  # Ysyk-Köl, Issyk-Kul
    "tojikistan": "tajikistan",  # Tojikiston
    "kirgizistan": "kirgizstan",  # Qirgʻiziston
    "kozogistan": "kazahstan",  # Qozogʻiston
    "kazakstan": "kazahstan",  # Qazaqstan, Қазақстан
    "urganch": "urgench",  # Urganch, Урганч
    "nukis": "nukus",  # Noʻkis
    "nokis": "nukus",  # Nókis (Karakalpak)
    "ozgon": "uzgen",  # Özgön, Өзгөн
    "horug": "horog",  # Khorugh, Хоруғ
    "korasuv": "karasu",  # Qorasuv, Kara-Suu
    "bazarkurgan": "bazarkorgon",  # Базар-Курган, Bazar-Korgon
}  # fmt: skip
# Uzbek place names typed without the ʻ of oʻ (Ozbekiston for Oʻzbekiston): o then stands for
# the u that oʻ folds to. Apart from PLACE_NAMES because local_stem must keep giving the
# spelling with oʻ (uzbekiston), which is what suffixed forms like Oʻzbekistonda are made of.
_APOSTROPHE_LEFT_OUT = {
    "ozbekistan": "uzbekistan",  # Ozbekiston; also Turkish Özbekistan
    "korgontepa": "kurgantyube",  # Qorgʻontepa written Qorgontepa
}  # fmt: skip
PLACE_KEYS = {**PLACE_NAMES, **_APOSTROPHE_LEFT_OUT}
# Place keys that also begin compound names of other places: Уш, Ush (Kazakh үш, "three") fold
# as Ўш does (Уш-Тобе, Уш-Арал are not Osh). As a part of a hyphenated word, such a key is the
# place only when the part is written with the Uzbek letter that names it: Ўш-Тошкент,
# Oʻsh-Andijon (a road) are Osh.
_PLACE_KEYS_MARKED_AS_PART = frozenset({"ush"})
_UZBEK_U = re.compile(f"ў|у\u0306|o[{APOSTROPHES}']", re.IGNORECASE)
# Place keys a whole word written with the Kazakh or Kyrgyz ү or ұ (Latin ü) never names in
# prose: Kazakh үш (üş, üsh) is "three", ұш "tip", and Kyrgyz writes Osh Ош. A place field may
# still mean Osh by it (``WordFolder.index_place_tokens``).
_PLACE_KEYS_NOT_WITH_KAZAKH_U = frozenset({"ush"})
_KAZAKH_U = re.compile("[үұü]|u\u0308", re.IGNORECASE)


# Format characters that take no room on screen: soft hyphen, Mongolian vowel separator,
# zero-width space and joiners, bidirectional marks and controls, word joiner and invisible
# operators, byte order mark. Pasted from word processors and web pages, one of them splits a
# word in two for FTS5 (Andi<soft hyphen>jan is "andi" and "jan"), so the index and the query
# parser drop them before anything else. fold leaves them alone: its keys stay as they were.
INVISIBLE = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"  # a [class]
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def drop_invisible(text: str) -> str:
    """text without the format characters nobody sees (soft hyphens, zero-width spaces and
    joiners, bidirectional marks, byte order marks), so a word that holds one is one word."""
    return _INVISIBLE.sub("", text)


def fold(text: str) -> str:
    """The Latin key form of text: its words, lowercase, every Cyrillic or Latin letter as
    ASCII with transliteration variants unified, separated by single spaces."""
    return " ".join(fold_tokens(text))


def fold_tokens(text: str) -> list[str]:
    """The words of fold(text), split where FTS5's unicode61 tokenizer splits them."""
    if _KAZAKH_U.search(text) is None:
        return _tokens_of(apply_rules(text))
    # Whether the place table applies depends on how each word is written: one at a time.
    return list(chain.from_iterable(_tokens_of(apply_rules(w), w) for w in text.split()))


def _tokens_of(folded: str, written: str = "") -> list[str]:
    """The tokens of one folded word (or of a text with no ү, ұ or ü), places looked up."""
    tokens = TOKEN.findall(folded)
    if _PLACE_KEYS_NOT_WITH_KAZAKH_U.isdisjoint(tokens) or _KAZAKH_U.search(written) is None:
        return [PLACE_KEYS.get(token, token) for token in tokens]
    return [
        token if token in _PLACE_KEYS_NOT_WITH_KAZAKH_U else PLACE_KEYS.get(token, token)
        for token in tokens
    ]


def apply_rules(text: str) -> str:
    """text with every rule of fold applied, not yet split into words nor place names looked
    up (fold_tokens does both). Newlines stay where they are, so that many words fold in one
    call, one a line."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # so й, ё arrive as one character
    text = text.casefold().translate(_TABLE)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_DROP_COMBINING)
    if "'" in text:
        text = _POSSESSIVE.sub("", text)
        text = _UZBEK_O.sub("u", text)
        text = _INNER_APOSTROPHE.sub("", text)
    if "-" in text:
        text = _INNER_HYPHEN.sub("", text)
    for variant, key in _VARIANTS:
        text = text.replace(variant, key)
    text = _OFF_ENDING.sub("v", text)
    text = _CONSONANT_YO.sub("e", text)
    text = _GLIDE.sub("y", text)
    text = _GLIDE_O.sub("iy", text)
    text = _GLIDE_AFTER_HUSHER.sub("", text)
    text = _FINAL_IY.sub("i", text)
    text = _VOWEL_YI.sub("y", text)
    text = _VOWEL_I.sub("y", text)
    text = _CONSONANT_Y.sub("i", text)
    text = _DOUBLE.sub(r"\1", text)
    return _ENDING.sub(lambda m: _ENDINGS[m.group()], text)


# Russian text mostly writes ё as е (Бахтиер for Бахтиёр) and ICAO passports write it e
# (Bakhtier); Russian-style romanisation gives е after a vowel as ye (Bakhtiyer). After a
# consonant the keys already meet (Фёдоров = Федоров); at the start of a word and after a
# vowel they cannot, since Uzbek and Kazakh keep е and ё apart (Еркин, Ёркин: Erkin, Yorqin).
# So the query, not the index, reads such an е as ё: see yo_readings.
_CYRILLIC_VOWELS = "аеёиоуыэюяіӣӯәөүұ"
_E_AS_YO = re.compile(f"(?:(?<![^\\W\\d_])|(?<=[{_CYRILLIC_VOWELS}]))е")
_IE_AS_IYO = re.compile(r"(?<=[a-z])iy?e(?=[a-z]|$)")  # also final: Makhlie for Махлиё
_MAX_YO_READINGS = 3  # a word has one ё at most (it is always stressed): each е is read alone


def yo_readings(word: str) -> tuple[str, ...]:
    """The folded keys of a typed word with one of the е that folding keeps apart from ё read
    as ё, and a Latin ie or iye after a letter as iyo (Бахтиер, Bakhtier → bahtiyor; Makhlie →
    mahliyo; Едгор → yodgor), besides fold(word); () when there is none or the word folds to
    more than one."""
    word = unicodedata.normalize("NFC", word).casefold()
    if _E_AS_YO.search(word):
        pattern, reading = _E_AS_YO, "ё"
    elif _IE_AS_IYO.search(word):
        pattern, reading = _IE_AS_IYO, "iyo"
    else:
        return ()
    plain = fold_tokens(word)
    found = []
    for match in list(pattern.finditer(word))[:_MAX_YO_READINGS]:
        tokens = fold_tokens(word[: match.start()] + reading + word[match.end() :])
        if len(tokens) == 1 and tokens != plain and tokens[0] not in found:
            found.append(tokens[0])
    return tuple(found)


class WordFolder:
    """``fold_tokens`` for many texts, folding each distinct word once.

    No rule reaches across white space (nor does NFC, NFKD or case folding), so folding a text
    gives the tokens of its words folded one by one (tests/unit/test_word_folder.py checks
    this). The texts of an import repeat the same names, places and everyday words: a word seen
    before costs a dictionary look-up; the new words of a text are folded together, joined by
    newlines, in one pass of the rules. Case text stays here only as long as the folder: keep
    one for a batch of writes, never for the life of the program.
    """

    _MAX_WORDS = 50_000  # then start afresh: memory stays bounded (some MB) on any vocabulary

    def __init__(self) -> None:
        self._tokens: dict[str, list[str]] = {}
        # Words a hyphen joins: the tokens of their parts folded alone that the joined word
        # lacks (Kadyrbekov-Toktogulov: kadirbekov, toktogulov).
        self._parts: dict[str, list[str]] = {}

    def fold(self, text: str) -> str:
        """fold(text)."""
        return " ".join(self.tokens(text))

    def tokens(self, text: str) -> list[str]:
        """fold_tokens(text)."""
        words = text.split()
        self._learn(words)
        return list(chain.from_iterable(map(self._tokens.__getitem__, words)))

    def index_fold(self, text: str) -> str:
        """index_fold(text)."""
        return " ".join(self.index_tokens(text))

    def index_tokens(self, text: str) -> list[str]:
        """index_tokens(text)."""
        if not _HYPHEN.search(text):
            return self.tokens(text)
        words = text.split()
        self._learn(words)
        found: list[str] = []
        for word in words:
            found += self._tokens[word]
            found += self._parts.get(word, ())
        return found

    def index_place_tokens(self, text: str) -> list[str]:
        """index_tokens(text) of a place field, where a word written with ү, ұ or ü still
        names the place it folds to (Үш: Osh), as it does not in prose."""
        words = text.split()
        self._learn(words)
        found: list[str] = []
        for word in words:
            tokens = self._tokens[word]
            if _KAZAKH_U.search(word) is not None:
                tokens = [PLACE_KEYS.get(token, token) for token in tokens]
            found += tokens
            found += self._parts.get(word, ())
        return found

    def _learn(self, words: list[str]) -> None:
        known = self._tokens
        new = [word for word in words if word not in known]
        if not new:
            return
        new = list(dict.fromkeys(new))
        if len(known) + len(new) > self._MAX_WORDS:
            known.clear()
            self._parts.clear()
            new = list(dict.fromkeys(words))
        joined = {word: _HYPHEN.split(word) for word in new if _HYPHEN.search(word)}
        pieces = list(chain.from_iterable(joined.values()))
        # A newline never appears inside a word and no rule adds or removes one; each part of
        # a joined word is a line of its own, folded as the word it would be alone.
        folded = apply_rules("\n".join([*new, *pieces])).split("\n")
        for word, line in zip(new, folded[: len(new)], strict=True):
            known[word] = _tokens_of(line, word)
        folded_pieces = iter(zip(pieces, folded[len(new) :], strict=True))
        for word, word_pieces in joined.items():
            keys = [_part_keys(*next(folded_pieces)) for _ in word_pieces]
            parts = [part for part in chain.from_iterable(keys) if part not in known[word]]
            if parts:
                self._parts[word] = parts


def _part_keys(piece: str, folded: str) -> list[str]:
    # The tokens of one part of a hyphenated word: place keys as for a whole word, but for
    # those that are the place only when written with the Uzbek letter.
    is_marked = _UZBEK_U.search(piece) is not None
    return [
        token
        if token in _PLACE_KEYS_MARKED_AS_PART and not is_marked
        else PLACE_KEYS.get(token, token)
        for token in TOKEN.findall(folded)
    ]


def index_tokens(text: str) -> list[str]:
    """fold_tokens(text) with each word that a hyphen joins followed by its parts folded alone
    (Кадырбеков-Токтогулов: kadirbekovtoktogulov kadirbekov toktogulov): what the index holds,
    so that one part of a double surname is found from any script or spelling, as the other
    keeps finding the whole (Jalalabad, Jalal-Abad)."""
    return WordFolder().index_tokens(text)


def index_fold(text: str) -> str:
    """index_tokens(text) separated by single spaces: the folded text the index holds."""
    return " ".join(index_tokens(text))


_LOCAL_ENDINGS = {key: local for local, key in _ENDINGS.items()}
_LOCAL_PLACES = {key: local for local, key in PLACE_NAMES.items()}
_LOCAL_ENDING = re.compile("(?:" + "|".join(_LOCAL_ENDINGS) + r")$")


def local_stem(key: str) -> str:
    """The folded Uzbek spelling a key was unified from (azimjan → azimjon, tashkent →
    toshkent), or key itself. Endings and the place table act on whole words only, so a
    suffixed word (Toshkentda, "in Tashkent") keeps the local stem: this finds it."""
    if key in _LOCAL_PLACES:
        return _LOCAL_PLACES[key]
    if len(key) > 5:
        return _LOCAL_ENDING.sub(lambda m: _LOCAL_ENDINGS[m.group()], key)
    return key
