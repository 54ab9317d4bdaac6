"""Where a Russian verb and the noun made from it meet, when their Snowball stems differ.

Snowball removes endings, it does not relate words: пытали (``пыта``) and пытки (``пытк``),
похитили (``похит``) and похищение (``похищен``), угрожали (``угрожа``) and угроза
(``угроз``), арестовали (``арестова``) and арест, допрашивали and допрос begin differently.
The derivations that part them are few and regular; each is read here both ways where it can
be, as the beginnings the other word's forms share (still prefix queries, as ``word_forms``
looks for them):

* a verb in ``-овать`` and the noun it is made from, with the noun's case endings:
  арестовали, арестован → ``ареста* аресту* аресте* аресты* арестом*``, and as whole words
  the forms that add nothing to the root or add ``-ов`` (``bare_nouns``: арест, арестов); a
  loan in ``-ировать`` as its root: депортировали → ``депорт*`` (депортация);
* a verb in ``-ать`` and its noun in ``-ка``: пытали → ``пытк*`` (and пыток, the genitive
  plural ``word_forms.fleeting_vowel_forms`` adds); пытка, пытки, пыток → ``пытал* пытать*
  пытаю* пытав*``, not ``пыта*``, which would begin палата for палки;
* a verb in ``-ить`` and its noun in ``-ение`` or participle in ``-ен``, with the consonant
  that changes between them (т щ ч, ст щ, д жд ж, з ж, с ш, б бл, в вл, п пл, м мл, ф фл):
  похитили, похитители → ``похищен* похища*``; похищение, похищен → ``похитил* похитит*``
  (the verb's past, infinitive and agent noun; ``похити*`` alone would let прощение begin
  против). The noun of a ``-ить`` verb keeps its consonant as often as not (нарушение,
  нарушили), so the unchanged one is looked for too;
* an imperfective in ``-ивать``/``-ывать`` and the verb it is made from, whose о it turns to а
  and whose last consonant it may change: допрашивали → ``допрос*``, подбрасывали →
  ``подброс*``, задерживали → ``задерж*``; its root needs 5 letters (пришивали's ``приш*``
  begins пришёл). One in ``-овывать`` is read as its ``-овать`` verb (арестовывали as
  арестовали), not as ``арестов*``, which begins Арестович;
* a short table of roots whose consonant changes with no suffix to tell from which word
  (угроза ↔ угрожали, допрос → допрашивали).

Every beginning of fewer than ``MIN_STEM_LETTERS`` is dropped. The looseness left: a verb's
beginnings also begin its reflexive forms (пытки finds пытался, as пытали did), and a surname
that begins with a noun's stem is found from its verb too (пытали finds Пыткин, as пытки did),
as is one that is a bare noun, in a testimony's text (арестовали finds Арестов there, unless
the vault holds him as a person: ``match_tiers`` drops a whole word the vault holds as a name).
"""

from __future__ import annotations

import re

from desktop_app.core.search.verb_stems import MIN_STEM_LETTERS

_CONSONANT = "бвгджзклмнпрстфхцчшщ"

# -овать: the stem Snowball leaves a verb's forms (арестова) and, for -ировать, the loan
# word's own root (депортирова → депорт). A noun's root is looked for with its case endings,
# not alone: арест* would begin the surname Арестов, Арестову, which ареста* ... do not (the
# verb's own арестова* finds Арестова, as before). Its forms with no ending, or only -ов, are
# looked for as whole words instead, which Арестову and Арестович are not.
_OVA = "ова"
_OV = "ов"  # арестов-ывать
_IR = "ир"
_NOUN_CASES = ("а", "у", "е", "ы", "ом")
_BARE_NOUN_ENDINGS = ("", "ов")

# -ка nouns of -ать verbs: the noun's forms, and its genitive plural with a fleeting о or е.
_KA_NOUN = re.compile(rf"(?P<base>[а-яё]{{2,}}[{_CONSONANT}])(?:к(?:[аиуе]|ой|ою|ам|ами|ах)|[ое]к)")
_KA_VERB_GOES_ON = ("ал", "ать", "аю", "ав")
# The verb's stem before its а: not after ж ш ч щ з, whose -ка nouns are rarely the verb's act
# (задержка is a delay, сказка a tale), nor after к г х ц, which no -ка follows.
_KA_VERB_STEM = re.compile(r"[а-яё]{2,}[бвдлмнпрстф]а")

# -ить verbs (past, infinitive, agent noun in -итель) and the consonant their -ение nouns and
# -ен participles change it to; a two-letter consonant is tried first.
_IT_VERB = re.compile(r"(?P<base>[а-яё]{4,}?)и(?:л[аио]?|ли|ть|тел[а-яё]*)(?:сь|ся)?")
_CHANGED = {
    "ст": ("щ",),
    "т": ("щ", "ч"),
    "д": ("жд", "ж"),
    "з": ("ж",),
    "с": ("ш",),
    **{lip: (lip + "л",) for lip in "бвпмф"},
}
_EN_NOUN = re.compile(r"(?P<base>[а-яё]{4,}?)ени(?:[еяюи]|ем|й|ям|ями|ях)")
_EN_PARTICIPLE = re.compile(r"(?P<base>[а-яё]{4,}?)[её]н(?:н[а-яё]+|[аоы])?")
_UNCHANGED = {
    "жд": ("д",),
    "щ": ("т", "ст"),
    "ж": ("з", "д"),
    "ш": ("с",),
    **{lip + "л": (lip,) for lip in "бвпмф"},
}
# ч is т changed only in a participle (встречен, заплачен): лечение is лечить's, not летить's.
_UNCHANGED_IN_PARTICIPLE = {**_UNCHANGED, "ч": ("т",)}
_IT_VERB_GOES_ON = ("ил", "ит")

# -ивать/-ывать imperfectives, by the endings of their forms.
_IVA_VERB = re.compile(
    r"(?P<base>[а-яё]{5,}?)[иы]ва"
    r"(?:л[аио]?|ли|ть|[юя]|ют|е[тм]|ешь|ете|ющ[а-яё]+|вш[а-яё]+|ем[а-яё]+|н[а-яё]*)(?:сь|ся)?"
)
_PALATAL_BACK = {"ш": "с", "ж": "з", "ч": "т", "щ": "ст"}
_LAST_VOWEL_A = re.compile(r"а(?=[^аеёиоуыэюя]*$)")

# Roots whose consonant changes between the noun and the verb with no suffix to tell.
_ROOT_PAIRS = (("гроз", "грож"), ("прос", "праш"))


def _ova_stem(word: str, stem: str) -> str:
    """The stem an -овать verb's forms begin with, from one of them or of its imperfective in
    -овывать (арестовывали → арестова); '' for any other word."""
    if stem.endswith(_OVA):
        return stem
    verb = _IVA_VERB.fullmatch(word)
    if verb is not None and verb["base"].endswith(_OV):
        return verb["base"] + "а"
    return ""


def _ova_roots(stem: str) -> list[str]:
    if not stem.endswith(_OVA):
        return []
    root = stem.removesuffix(_OVA)
    loan = root.removesuffix(_IR)
    if loan != root:
        return [loan if len(loan) >= MIN_STEM_LETTERS else root]
    return [root + ending for ending in _NOUN_CASES]


def _ka_relatives(word: str, stem: str) -> list[str]:
    noun = _KA_NOUN.fullmatch(word)
    if noun is not None:
        base = noun["base"]
        return [base + "к", *(base + letters for letters in _KA_VERB_GOES_ON)]
    if _KA_VERB_STEM.fullmatch(stem) and not stem.endswith(("ова", "ива", "ыва")):
        return [stem[:-1] + "к"]
    return []


def _changed_ends(base: str, table: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """(base without its last consonant, each consonant the table gives for it)."""
    for end in sorted(table, key=len, reverse=True):
        if base.endswith(end):
            return [(base[: -len(end)], other) for other in table[end]]
    return []


def _it_relatives(word: str) -> list[str]:
    verb = _IT_VERB.fullmatch(word)
    if verb is not None:
        # The verb's own forms too, which Snowball's похитител of похитители does not begin.
        found = [verb["base"] + letters for letters in _IT_VERB_GOES_ON]
        for start, changed in _changed_ends(verb["base"], _CHANGED):
            imperfective = "я" if changed.endswith("л") else "а"
            found += [
                start + changed + "ен",
                start + changed + "ён",
                start + changed + imperfective,
            ]
        return found
    noun = _EN_NOUN.fullmatch(word)
    table = _UNCHANGED
    if noun is None:
        noun = _EN_PARTICIPLE.fullmatch(word)
        table = _UNCHANGED_IN_PARTICIPLE
    if noun is None:
        return []
    base = noun["base"]
    ends = _changed_ends(base, table)
    if not ends:
        return []
    imperfective = "я" if base.endswith("л") else "а"
    verbs = [base, *(start + plain for start, plain in ends)]
    return [base + "ен", base + imperfective] + [
        verb + letters for verb in verbs for letters in _IT_VERB_GOES_ON
    ]


def _iva_relatives(word: str) -> list[str]:
    verb = _IVA_VERB.fullmatch(word)
    if verb is None or verb["base"].endswith(_OV):  # -овывать: see _ova_stem
        return []
    base = verb["base"]
    plain = base[:-1] + _PALATAL_BACK[base[-1]] if base[-1] in _PALATAL_BACK else base
    roots = dict.fromkeys([base, plain])
    return [*roots, *(_LAST_VOWEL_A.sub("о", root) for root in roots)]


def _paired_roots(stem: str) -> list[str]:
    roots = [stem, stem[:-1]] if stem.endswith("а") else [stem]
    return [
        root.removesuffix(one) + other
        for root in roots
        for pair in _ROOT_PAIRS
        for one, other in (pair, pair[::-1])
        if root.endswith(one)
    ]


def noun_verb_prefixes(word: str, stem: str) -> tuple[str, ...]:
    """What the forms of the noun a lowercase Russian verb form is made into, or of the verb a
    noun is made from, begin with, where Snowball's stem (``stem``, as the word begins with it)
    does not reach them: пытали → пытк; пытки → пытк, пытал, пытать, пытаю, пытав;
    арестовали → ареста, аресту ...; арестовывали → арестова, ареста ...; похитили → похищен,
    похищ(ё)н, похища ...; () if none applies."""
    ova_stem = _ova_stem(word, stem)
    found = [
        *([ova_stem] if ova_stem != stem else []),  # the -овать verb of an -овывать one
        *_ova_roots(ova_stem),
        *_ka_relatives(word, stem),
        *_it_relatives(word),
        *_iva_relatives(word),
        *_paired_roots(stem),
    ]
    return tuple(p for p in dict.fromkeys(found) if len(p) >= MIN_STEM_LETTERS)


def bare_nouns(word: str, stem: str) -> tuple[str, ...]:
    """The whole words the noun a lowercase form of an -овать verb is made from is in its
    nominative singular and genitive plural, which no prefix of ``noun_verb_prefixes``
    begins; stem is Snowball's, as for it: арестовали, арестовывали → арест, арестов; () for
    any other word, or a root shorter than ``MIN_STEM_LETTERS``."""
    ova_stem = _ova_stem(word, stem)
    root = ova_stem.removesuffix(_OVA)
    # A loan's root (депорт) is no word: its noun adds a suffix (депортация).
    if root == ova_stem or root.endswith(_IR) or len(root) < MIN_STEM_LETTERS:
        return ()
    return tuple(root + ending for ending in _BARE_NOUN_ENDINGS)
