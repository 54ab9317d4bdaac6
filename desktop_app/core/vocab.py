"""Controlled vocabularies: the codes the data model accepts, with en/ru/uz labels.

Codes are the snake_case values of the JSON format. Act types are also stored in the vault's
``vocabulary_term`` table so users can add terms; the built-in ones below are synced on unlock.
"""

from __future__ import annotations

from typing import Final

CASE_STATUSES: Final = ("open", "under_review", "closed", "archived")
TESTIMONY_STATUSES: Final = ("draft", "final", "verified")
SENSITIVITIES: Final = ("normal", "confidential", "restricted")
ROLES: Final = ("victim", "witness", "perpetrator", "source", "lawyer", "relative", "other")
CONSENT_SCOPES: Final = ("reports", "partners", "publish", "anonymised_only")
SEXES: Final = ("", "female", "male", "other", "unknown")
RECORD_KINDS: Final = ("case", "person", "case_party", "testimony", "event", "attachment")

ACT_TYPE_VOCABULARY: Final = "act_type"
# code: (English, Russian, Uzbek Latin)
ACT_TYPES: Final[dict[str, tuple[str, str, str]]] = {
    "arbitrary_detention": (
        "Arbitrary detention",
        "Произвольное задержание",
        "Oʻzboshimchalik bilan ozodlikdan mahrum qilish",
    ),
    "torture": (
        "Torture or ill-treatment",
        "Пытки или жестокое обращение",
        "Qiynoqqa solish yoki shafqatsiz muomala",
    ),
    "enforced_disappearance": (
        "Enforced disappearance",
        "Насильственное исчезновение",
        "Majburiy gʻoyib boʻlish",
    ),
    "killing": ("Killing", "Убийство", "Gʻayriqonuniy hayotdan mahrum qilish"),
    "unfair_trial": (
        "Unfair trial",
        "Несправедливое судебное разбирательство",
        "Adolatsiz sud muhokamasi",
    ),
    "harassment": ("Threats and harassment", "Угрозы и преследование", "Tahdid va taʼqib"),
    "expression_restriction": (
        "Restriction of expression",
        "Ограничение свободы выражения мнений",
        "Soʻz erkinligini cheklash",
    ),
    "assembly_restriction": (
        "Restriction of assembly",
        "Ограничение свободы собраний",
        "Yigʻilishlar erkinligini cheklash",
    ),
    "forced_labour": ("Forced labour", "Принудительный труд", "Majburiy mehnat"),
    "extradition_refoulement": (
        "Extradition or refoulement",
        "Экстрадиция или высылка",
        "Ekstraditsiya yoki majburiy qaytarish",
    ),
    "travel_ban": ("Travel ban", "Запрет на выезд", "Chet elga chiqishni taqiqlash"),
    "other": ("Other", "Другое", "Boshqa"),
}

# Other words a user may type for a built-in act type, found as its labels are (search's
# ``type:``): the labels it had before (a lawyer's wording replaced "Qotillik" and "qamoqqa
# olish", which users still type) and everyday words, in English, Russian and Uzbek. A word is
# listed for one type only, so that typing it picks that type.
ACT_TYPE_SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    "arbitrary_detention": (
        *("arrest", "custody", "imprisonment", "jail", "prison"),
        *("арест", "заключение под стражу", "лишение свободы", "тюрьма"),
        *("Oʻzboshimchalik bilan qamoqqa olish", "qamoq", "hibs", "ushlab turish"),
    ),
    "torture": (
        *("ill-treatment", "beating", "cruel treatment", "abuse"),
        *("пытка", "избиение", "истязание"),
        *("Qiynoq yoki shafqatsiz muomala", "qiynoq", "kaltaklash"),
    ),
    "enforced_disappearance": (
        *("missing person", "abduction", "disappeared", "kidnapping"),
        *("похищение", "пропал без вести", "исчезновение"),
        *("bedarak yoʻqolish", "odam oʻgʻirlash", "gʻoyib"),
    ),
    "killing": (
        *("murder", "homicide", "extrajudicial execution", "death"),
        *("убийство", "внесудебная казнь", "гибель", "смерть"),
        *("Qotillik", "oʻldirish", "oʻlim", "qatl"),
    ),
    "unfair_trial": (
        *("fair trial", "court", "due process"),
        *("Несправедливый суд", "суд", "справедливое судебное разбирательство"),
        *("sud", "sud jarayoni", "odil sudlov"),
    ),
    "harassment": (
        *("threats", "intimidation", "surveillance", "pressure"),
        *("угрозы", "запугивание", "давление", "слежка"),
        *("tahdid", "qoʻrqitish", "bosim", "kuzatuv"),
    ),
    "expression_restriction": (
        *("freedom of expression", "free speech", "censorship", "media", "journalist"),
        *("свобода слова", "цензура", "СМИ", "журналист"),
        *("soʻz erkinligi", "senzura", "matbuot", "jurnalist"),
    ),
    "assembly_restriction": (
        *("freedom of assembly", "protest", "demonstration", "rally"),
        *("свобода собраний", "митинг", "протест", "демонстрация"),
        *("yigʻilishlar erkinligi", "miting", "namoyish", "norozilik"),
    ),
    "forced_labour": (
        *("forced labor", "slavery", "cotton harvest"),
        *("рабство", "сбор хлопка", "хлопок"),
        *("qullik", "paxta", "hashar"),
    ),
    "extradition_refoulement": (
        *("deportation", "expulsion", "rendition"),
        *("депортация", "выдворение", "выдача", "экстрадиция"),
        *("deportatsiya", "chiqarib yuborish", "ekstraditsiya"),
    ),
    "travel_ban": (
        *("exit ban", "passport", "border"),
        *("запрет выезда", "невыездной", "паспорт"),
        *("chiqish taqiqi", "pasport", "chegara"),
    ),
}
