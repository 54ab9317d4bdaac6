"""Synthetic testimonies for benchmarks and large tests, the same for the same seed.

Each testimony is about 300 words of the mix a Central Asian documentation team types: Russian,
Uzbek in Latin and in Cyrillic script, and English, with the names of people and places spelt
the several ways they really are (``Shamsutdinov`` / ``Shamsuddinov`` / ``Шамсутдинов``).
As in a real archive, a case concerns a few people and places, which its testimonies name
again and again; other cases' names turn up now and then; everyday words follow a Zipf curve
over a vocabulary of several hundred words. Nothing here is real.

``synthetic_document`` returns a Sandiq JSON interchange document (``docs/json-format.md``);
``SPELLINGS`` and ``QUERIES`` give benchmarks their search terms.
"""

from __future__ import annotations

import itertools
import random
import uuid
from typing import Any

# Every way a surname, given name or place is written (Latin variants and Cyrillic).
SURNAMES: dict[str, tuple[str, ...]] = {
    "shamsutdinov": ("Shamsutdinov", "Shamsuddinov", "Shamsudinov", "Шамсутдинов"),
    "askarov": ("Askarov", "Asqarov", "Аскаров"),
    "khudoyberdiev": ("Khudoyberdiev", "Xudoyberdiyev", "Худойбердиев"),
    "yusupov": ("Yusupov", "Iusupov", "Юсупов"),
    "mirzaev": ("Mirzaev", "Mirzayev", "Мирзаев"),
    "karimov": ("Karimov", "Каримов"),
    "rakhimov": ("Rakhimov", "Raximov", "Рахимов"),
    "tursunov": ("Tursunov", "Турсунов"),
    "nazarov": ("Nazarov", "Назаров"),
    "ergashev": ("Ergashev", "Эргашев"),
    "kholmatov": ("Kholmatov", "Xolmatov", "Холматов"),
    "saidov": ("Saidov", "Saydov", "Саидов"),
    "usmonov": ("Usmonov", "Usmanov", "Усмонов", "Усманов"),
    "abdullaev": ("Abdullaev", "Abdullayev", "Абдуллаев"),
    "juraev": ("Juraev", "Zhuraev", "Joʻrayev", "Жураев"),
    "kadyrov": ("Kadyrov", "Qodirov", "Кадыров", "Қодиров"),
    "gafurov": ("Gafurov", "Ghafurov", "Gʻafurov", "Гафуров"),
    "ismoilov": ("Ismoilov", "Ismailov", "Исмоилов", "Исмаилов"),
    "normatov": ("Normatov", "Норматов"),
    "sharipov": ("Sharipov", "Шарипов"),
    "valiev": ("Valiev", "Valiyev", "Валиев"),
    "bobojonov": ("Bobojonov", "Babadzhanov", "Бобожонов", "Бабаджанов"),
    "khamidov": ("Khamidov", "Hamidov", "Xamidov", "Хамидов"),
    "akhmedov": ("Akhmedov", "Ahmedov", "Ахмедов"),
}
GIVEN_NAMES: dict[str, tuple[str, ...]] = {
    "azimjan": ("Azimjan", "Azimzhan", "Azimjon", "Азимжан"),
    "bakhtiyor": ("Bakhtiyor", "Baxtiyor", "Bakhtiar", "Бахтиёр"),
    "dilnoza": ("Dilnoza", "Dilnaza", "Дилноза"),
    "gulnora": ("Gulnora", "Gulnara", "Гулнора"),
    "rustam": ("Rustam", "Rustem", "Рустам"),
    "sherzod": ("Sherzod", "Шерзод"),
    "mukhammad": ("Mukhammad", "Muhammad", "Muxammad", "Мухаммад"),
    "zulfiya": ("Zulfiya", "Zulfia", "Зульфия"),
    "ulugbek": ("Ulugbek", "Ulugʻbek", "Улугбек"),
    "nodira": ("Nodira", "Nadira", "Нодира"),
    "jamshid": ("Jamshid", "Dzhamshid", "Джамшид"),
    "feruza": ("Feruza", "Феруза"),
    "akmal": ("Akmal", "Акмал"),
    "shakhlo": ("Shakhlo", "Shahlo", "Шахло"),
    "botir": ("Botir", "Batyr", "Ботир"),
    "malika": ("Malika", "Малика"),
}
PLACES: dict[str, tuple[str, ...]] = {
    "andijan": ("Andijan", "Andijon", "Андижан", "Andizhan"),
    "tashkent": ("Tashkent", "Toshkent", "Ташкент"),
    "fergana": ("Fergana", "Fargʻona", "Фергана", "Farg'ona"),
    "osh": ("Osh", "Ош", "Oʻsh"),
    "jalalabad": ("Jalal-Abad", "Jalolobod", "Джалал-Абад", "Djalal-Abad"),
    "namangan": ("Namangan", "Наманган"),
    "samarkand": ("Samarkand", "Samarqand", "Самарканд"),
    "karshi": ("Karshi", "Qarshi", "Карши"),
    "kokand": ("Kokand", "Qoʻqon", "Коканд"),
    "margilan": ("Margilan", "Margʻilon", "Маргилан"),
    "bukhara": ("Bukhara", "Buxoro", "Бухара"),
    "nukus": ("Nukus", "Нукус"),
    "khujand": ("Khujand", "Xoʻjand", "Худжанд"),
    "termez": ("Termez", "Termiz", "Термез"),
    "jizzakh": ("Jizzakh", "Jizzax", "Джизак"),
    "urgench": ("Urgench", "Urganch", "Ургенч"),
}
SPELLINGS: dict[str, tuple[str, ...]] = {**SURNAMES, **GIVEN_NAMES, **PLACES}

# Sentences with slots: {p} a person, {q} another person, {w} a place, {n} a number, {d} a day.
_SENTENCES: dict[str, tuple[str, ...]] = {
    "ru": (
        "Его задержали ночью у дома в {w} и увезли в отдел милиции.",
        "{p} рассказал, что сотрудники били его и требовали деньги у семьи.",
        "{n} дня {p} держали без адвоката, родственникам ничего не сообщили.",
        "По словам свидетеля, {q} видел, как его выводили из здания суда в {w}.",
        "Следователь угрожал, что арестует брата {p}, если он не подпишет признание.",
        "Суд в {w} продолжался один день, свидетелей защиты не допустили.",
        "Жена {p} {n} раза обращалась в прокуратуру {w}, но ответа не получила.",
        "После освобождения {p} не мог работать из-за травм и боялся выходить из дома.",
        "Соседи видели машину без номеров возле дома {q} в {d}.",
        "В {d} {q} встретил его в следственном изоляторе в {w}.",
    ),
    "uz_latn": (
        "{p}ni kechasi uyidan olib ketishdi va {w} shahar ichki ishlar boʻlimiga olib borishdi.",
        "{n} kun davomida unga advokat berilmadi, oilasiga hech narsa aytilmadi.",
        "Guvohning soʻzlariga koʻra, {q} uni {w} sud binosidan olib chiqishayotganini koʻrgan.",
        "Tergovchi agar iqror xatiga imzo chekmasa, {p}ning akasini ham qamashini aytdi.",
        "{w} sudida ish bir kunda koʻrib chiqildi, himoya guvohlari qoʻyilmadi.",
        "Ozod qilinganidan keyin {p} jarohatlari sababli ishlay olmadi.",
        "Qoʻshnilar {d} {q} uyi yonida raqamsiz mashinani koʻrishgan.",
    ),
    "uz_cyrl": (
        "{p}ни кечаси уйидан олиб кетишди ва {w} шаҳар ички ишлар бўлимига олиб боришди.",
        "{n} кун давомида унга адвокат берилмади, оиласига ҳеч нарса айтилмади.",
        "Гувоҳнинг сўзларига кўра, {q} уни {w} суд биносидан олиб чиқишаётганини кўрган.",
        "Озод қилинганидан кейин {p} жароҳатлари сабабли ишлай олмади.",
        "Қўшнилар {d} {q} уйи ёнида рақамсиз машинани кўришган.",
    ),
    "en": (
        "{p} was taken from home in {w} at night and driven to the city police station.",
        "For {n} days {p} was held without a lawyer and the family was told nothing.",
        "The witness said that {q} saw him being led out of the court building in {w}.",
        "The investigator threatened to arrest the brother of {p} unless he signed a confession.",
        "The trial in {w} lasted one day and no defence witnesses were heard.",
        "His mother wrote to the prosecutor in {w} {n} times but received no answer.",
        "Neighbours saw a car without number plates near the house of {q} on {d}.",
    ),
}
_DAYS: dict[str, tuple[str, ...]] = {
    "ru": ("понедельник", "среду", "пятницу", "ту ночь", "праздник", "Навруз"),
    "uz_latn": ("dushanba kuni", "juma kuni", "oʻsha kechasi", "hayit kuni", "Navroʻz kuni"),
    "uz_cyrl": ("душанба куни", "жума куни", "ўша кечаси", "ҳайит куни"),
    "en": ("Monday", "Friday", "that night", "the holiday", "Navruz"),
}
# Everyday words for the sentences between the ones above, most frequent first.
_LEXICON: dict[str, str] = {
    "ru": (
        "и в не он на что с по его к был у из за мы они это как но от да то же все она так "
        "когда уже сказал там потом только ещё времени дом день люди отец мать брат сестра "
        "работа милиция суд прокурор адвокат следователь камера допрос протокол подпись "
        "деньги машина улица рынок школа больница врач справка заявление жалоба ответ письмо "
        "телефон соседи друзья родственники утро вечер неделя месяц год избили угрожали "
        "забрали отпустили держали требовали видел слышал боялся плакал молчал ждал искал"
    ),
    "uz_latn": (
        "va bu u bilan uchun lekin keyin edi ham bir men biz ular uyga uyda kuni kecha "
        "ertalab ota ona aka uka opa singil qoʻshni doʻst militsiya sud prokuror advokat "
        "tergovchi kamera soʻroq bayonnoma imzo pul mashina koʻcha bozor maktab shifoxona "
        "shifokor ariza shikoyat javob xat telefon hafta oy yil urishdi qoʻrqitishdi olib "
        "ketishdi qoʻyib yuborishdi ushlab turishdi talab qilishdi koʻrdi eshitdi qoʻrqdi kutdi"
    ),
    "uz_cyrl": (
        "ва бу у билан учун лекин кейин эди ҳам бир мен биз улар уйга уйда куни кеча эрталаб "
        "ота она ака ука опа сингил қўшни дўст милиция суд прокурор адвокат терговчи камера "
        "сўроқ баённома имзо пул машина кўча бозор мактаб шифохона шифокор ариза шикоят жавоб "
        "хат телефон ҳафта ой йил уришди қўрқитишди олиб кетишди кўрди эшитди қўрқди кутди"
    ),
    "en": (
        "the and he was to of in a that it his they we on at with for but then there had not "
        "said after when house day people father mother brother sister work police court "
        "prosecutor lawyer investigator cell interrogation statement signature money car "
        "street market school hospital doctor certificate complaint answer letter phone "
        "neighbours friends relatives morning evening week month year beaten threatened "
        "taken released held demanded saw heard afraid waited searched"
    ),
}
_LANGUAGES = tuple(_SENTENCES)
_WORDS = {language: words.split() for language, words in _LEXICON.items()}
_WEIGHTS = {
    language: list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))
    for language, words in _WORDS.items()
}
WORDS_PER_TESTIMONY = 300
PEOPLE_PER_CASE = 4
PLACES_PER_CASE = 2

# What a researcher types into the search box: a name or place in one spelling or another,
# a common word in each script, a phrase.
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


class _Case:
    """The people and places one case is about."""

    def __init__(self, rng: random.Random, people: list[tuple[str, str]]) -> None:
        self.people = rng.sample(people, PEOPLE_PER_CASE)
        self.places = rng.sample(list(PLACES), PLACES_PER_CASE)


def _person(rng: random.Random, person: tuple[str, str]) -> str:
    given, surname = person
    written = rng.choice(SURNAMES[surname])
    return written if rng.random() < 0.4 else f"{rng.choice(GIVEN_NAMES[given])} {written}"


def _everyday(rng: random.Random, language: str, words: int) -> str:
    chosen = rng.choices(_WORDS[language], cum_weights=_WEIGHTS[language], k=words)
    return " ".join(chosen).capitalize() + "."


def testimony_text(
    rng: random.Random,
    case: _Case,
    people: list[tuple[str, str]],
    words: int = WORDS_PER_TESTIMONY,
) -> str:
    """About `words` words, mostly in one language, about the case's people and places."""
    main = rng.choice(_LANGUAGES)
    sentences: list[str] = []
    count = 0
    while count < words:
        language = main if rng.random() < 0.75 else rng.choice(_LANGUAGES)
        if rng.random() < 0.4:
            sentence = _everyday(rng, language, rng.randint(6, 14))
        else:

            def someone() -> str:
                pool = case.people if rng.random() < 0.9 else people
                return _person(rng, rng.choice(pool))

            place = rng.choice(case.places) if rng.random() < 0.85 else rng.choice(list(PLACES))
            sentence = rng.choice(_SENTENCES[language]).format(
                p=someone(),
                q=someone(),
                w=rng.choice(PLACES[place]),
                n=rng.randint(2, 9),
                d=rng.choice(_DAYS[language]),
            )
        sentences.append(sentence)
        count += sentence.count(" ") + 1
    return " ".join(sentences)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def synthetic_document(
    testimonies: int, seed: int = 0, words: int = WORDS_PER_TESTIMONY
) -> dict[str, Any]:
    """An interchange document: a case per 50 testimonies, a witness per 5, an event per 10."""
    rng = random.Random(seed)
    people = list(itertools.product(GIVEN_NAMES, SURNAMES))
    shapes = [_Case(rng, people) for _ in range(max(1, testimonies // 50))]
    cases = []
    for i, shape in enumerate(shapes):
        year = 2005 + i % 15
        cases.append(
            {
                "id": _uuid(rng),
                "reference": f"{rng.choice(('UZ', 'KG', 'TJ'))}-{year}-{i:04d}",
                "title": f"Detention of {_person(rng, shape.people[0])} in "
                f"{rng.choice(PLACES[shape.places[0]])}",
                "summary": testimony_text(rng, shape, people, 40),
                "place": rng.choice(PLACES[shape.places[0]]),
                "start_date": f"{year}-{1 + i % 12:02d}",
                "violation_types": ["arbitrary_detention"],
            }
        )
    persons = []
    for i in range(max(1, testimonies // 5)):
        given, surname = shapes[i % len(shapes)].people[i % PEOPLE_PER_CASE]
        persons.append(
            {
                "id": _uuid(rng),
                "name": f"{GIVEN_NAMES[given][0]} {SURNAMES[surname][0]}",
                "other_names": [f"{GIVEN_NAMES[given][-1]} {SURNAMES[surname][-1]}"],
                "birth_date": str(1950 + i % 50),
            }
        )
    items = []
    for i in range(testimonies):
        shape = shapes[i % len(shapes)]
        items.append(
            {
                "id": _uuid(rng),
                "case": cases[i % len(cases)]["id"],
                "witness": persons[i % len(persons)]["id"],
                "date": f"{2005 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "place": rng.choice(PLACES[rng.choice(shape.places)]),
                "language": rng.choice(("ru", "uz", "en")),
                "consent": {"given": True, "scope": ["reports"], "anonymise": i % 3 == 0},
                "narrative": testimony_text(rng, shape, people, words),
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
            "description": testimony_text(rng, shapes[i % len(shapes)], people, 30),
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
