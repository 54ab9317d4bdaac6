"""Synthetic testimonies for benchmarks and large tests, the same for the same seed.

Each testimony is about 300 words of the mix a Central Asian documentation team types: Russian,
Uzbek in Latin and in Cyrillic script, and English, with the names of people and places spelt
the several ways they really are (``Shamsutdinov`` / ``Shamsuddinov`` / ``Шамсутдинов``).
Nothing here is real. ``synthetic_document`` returns a Sandiq JSON interchange document
(``docs/json-format.md``); ``SPELLINGS`` and ``QUERIES`` give benchmarks their search terms.
"""

from __future__ import annotations

import random
import uuid
from typing import Any

# One person or place, every way it is written.
SPELLINGS: dict[str, tuple[str, ...]] = {
    "shamsutdinov": ("Shamsutdinov", "Shamsuddinov", "Shamsudinov", "Шамсутдинов"),
    "azimjan": ("Azimjan", "Azimzhan", "Азимжан", "Azimjon"),
    "askarov": ("Askarov", "Asqarov", "Аскаров"),
    "bakhtiyor": ("Bakhtiyor", "Baxtiyor", "Бахтиёр", "Bakhtiar"),
    "khudoyberdiev": ("Khudoyberdiev", "Xudoyberdiyev", "Худойбердиев"),
    "dilnoza": ("Dilnoza", "Дилноза", "Dilnaza"),
    "gulnora": ("Gulnora", "Гулнора", "Gulnara"),
    "rustam": ("Rustam", "Рустам", "Rustem"),
    "yusupov": ("Yusupov", "Yusupova", "Юсупов", "Iusupov"),
    "mirzaev": ("Mirzaev", "Mirzayev", "Мирзаев"),
    "andijan": ("Andijan", "Andijon", "Андижан", "Andizhan"),
    "tashkent": ("Tashkent", "Toshkent", "Ташкент"),
    "fergana": ("Fergana", "Fargʻona", "Фергана", "Farg'ona"),
    "osh": ("Osh", "Ош", "Oʻsh"),
    "jalalabad": ("Jalal-Abad", "Jalolobod", "Джалал-Абад", "Djalal-Abad"),
    "namangan": ("Namangan", "Наманган"),
    "samarkand": ("Samarkand", "Samarqand", "Самарканд"),
    "karshi": ("Karshi", "Qarshi", "Карши"),
}
_PEOPLE = tuple(SPELLINGS)[:10]  # the people come first in SPELLINGS, then the places
_PLACES = tuple(SPELLINGS)[10:]

# Sentences with slots: {p} a person, {q} a second person, {w} a place.
_SENTENCES: dict[str, tuple[str, ...]] = {
    "ru": (
        "Его задержали ночью у дома в {w} и увезли в отдел милиции.",
        "{p} рассказал, что сотрудники били его и требовали деньги у семьи.",
        "Три дня {p} держали без адвоката, родственникам ничего не сообщили.",
        "По словам свидетеля, {q} видел, как его выводили из здания суда в {w}.",
        "Следователь угрожал, что арестует брата, если он не подпишет признание.",
        "Суд в {w} продолжался один день, свидетелей защиты не допустили.",
        "Жена {p} несколько раз обращалась в прокуратуру, но ответа не получила.",
        "После освобождения он не мог работать из-за травм и боялся выходить из дома.",
        "На допросе присутствовал человек в гражданской одежде, который не назвал себя.",
        "Соседи видели машину без номеров возле дома {q} в ту ночь.",
    ),
    "uz_latn": (
        "{p} ni kechasi uyidan olib ketishdi va {w} shahar ichki ishlar boʻlimiga olib borishdi.",
        "Uch kun davomida unga advokat berilmadi, oilasiga hech narsa aytilmadi.",
        "Guvohning soʻzlariga koʻra, {q} uni sud binosidan olib chiqishayotganini koʻrgan.",
        "Tergovchi agar iqror xatiga imzo chekmasa, akasini ham qamashini aytib qoʻrqitdi.",
        "{w} sudida ish bir kunda koʻrib chiqildi, himoya guvohlari qoʻyilmadi.",
        "Ozod qilinganidan keyin u jarohatlari sababli ishlay olmadi.",
        "Onasi prokuraturaga bir necha bor murojaat qildi, ammo javob olmadi.",
        "Qoʻshnilar oʻsha kechasi {q} uyi yonida raqamsiz mashinani koʻrishgan.",
    ),
    "uz_cyrl": (
        "{p}ни кечаси уйидан олиб кетишди ва {w} шаҳар ички ишлар бўлимига олиб боришди.",
        "Уч кун давомида унга адвокат берилмади, оиласига ҳеч нарса айтилмади.",
        "Гувоҳнинг сўзларига кўра, {q} уни суд биносидан олиб чиқишаётганини кўрган.",
        "Терговчи агар иқрор хатига имзо чекмаса, акасини ҳам қамашини айтиб қўрқитди.",
        "Озод қилинганидан кейин у жароҳатлари сабабли ишлай олмади.",
        "Қўшнилар ўша кечаси {q} уйи ёнида рақамсиз машинани кўришган.",
    ),
    "en": (
        "{p} was taken from his home in {w} at night and driven to the city police station.",
        "For three days he was held without a lawyer and his family was told nothing.",
        "The witness said that {q} saw him being led out of the court building in {w}.",
        "The investigator threatened to arrest his brother unless he signed a confession.",
        "The trial in {w} lasted one day and no defence witnesses were heard.",
        "After his release he could not work because of his injuries.",
        "His mother wrote to the prosecutor several times but received no answer.",
        "Neighbours saw a car without number plates near the house of {q} that night.",
    ),
}
_LANGUAGES = tuple(_SENTENCES)
WORDS_PER_TESTIMONY = 300

# What a researcher types into the search box: names and places in one spelling or another,
# a common word, a rare word, a phrase.
QUERIES: tuple[str, ...] = (
    "Shamsutdinov",
    "Шамсутдинов",
    "Azimzhan",
    "Андижан",
    "Andijon",
    "Osh",
    "Toshkent",
    "Askarov prosecutor",
    "адвоката",
    "advokat",
    "confession",
    "raqamsiz mashinani",
    "court building",
    "Худойбердиев",
    "Gulnora",
    "Jalolobod",
)


def spell(rng: random.Random, key: str) -> str:
    """One of the ways the name or place `key` is written."""
    return rng.choice(SPELLINGS[key])


def testimony_text(rng: random.Random, words: int = WORDS_PER_TESTIMONY) -> str:
    """About `words` words, mostly in one language with sentences of the others mixed in."""
    main = rng.choice(_LANGUAGES)
    sentences: list[str] = []
    count = 0
    while count < words:
        language = main if rng.random() < 0.7 else rng.choice(_LANGUAGES)
        sentence = rng.choice(_SENTENCES[language]).format(
            p=spell(rng, rng.choice(_PEOPLE)),
            q=spell(rng, rng.choice(_PEOPLE)),
            w=spell(rng, rng.choice(_PLACES)),
        )
        sentences.append(sentence)
        count += sentence.count(" ") + 1
    return " ".join(sentences)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def synthetic_document(
    testimonies: int, seed: int = 0, words: int = WORDS_PER_TESTIMONY
) -> dict[str, Any]:
    """An interchange document: one case per 50 testimonies, a witness per 5, an event per 10."""
    rng = random.Random(seed)
    cases = [
        {
            "id": _uuid(rng),
            "reference": f"UZ-{2005 + i % 15}-{i:04d}",
            "title": f"Detention of {spell(rng, rng.choice(_PEOPLE))} in {spell(rng, 'andijan')}",
            "summary": testimony_text(rng, 40),
            "country": rng.choice(("UZ", "KG", "TJ")),
            "place": spell(rng, rng.choice(_PLACES)),
            "start_date": f"{2005 + i % 15}-{1 + i % 12:02d}",
            "violation_types": ["arbitrary_detention"],
            "status": "open",
        }
        for i in range(max(1, testimonies // 50))
    ]
    persons = [
        {
            "id": _uuid(rng),
            "name": f"{spell(rng, rng.choice(_PEOPLE[5:9]))} {spell(rng, rng.choice(_PEOPLE))}",
            "other_names": [spell(rng, "shamsutdinov")],
            "birth_date": str(1950 + i % 50),
        }
        for i in range(max(1, testimonies // 5))
    ]
    items = []
    for i in range(testimonies):
        items.append(
            {
                "id": _uuid(rng),
                "case": cases[i % len(cases)]["id"],
                "witness": persons[i % len(persons)]["id"],
                "date": f"{2005 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "place": spell(rng, rng.choice(_PLACES)),
                "language": rng.choice(("ru", "uz", "en")),
                "consent": {"given": True, "scope": ["reports"], "anonymise": i % 3 == 0},
                "narrative": testimony_text(rng, words),
                "status": "final",
            }
        )
    events = [
        {
            "id": _uuid(rng),
            "case": items[i]["case"],
            "date": items[i]["date"][:7],
            "place": items[i]["place"],
            "act_type": rng.choice(("arbitrary_detention", "torture", "unfair_trial")),
            "description": testimony_text(rng, 30),
            "victims": [items[i]["witness"]],
            "sources": [items[i]["id"]],
        }
        for i in range(0, testimonies, 10)
    ]
    return {
        "format": "sandiq",
        "version": 1,
        "cases": cases,
        "persons": persons,
        "testimonies": items,
        "events": events,
    }
