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
