"""The fixed strings a dossier prints, and how it writes dates, in each report language.

Translators: each language is one module, ``lang_en.py``, ``lang_ru.py``, ``lang_uz.py``, with
one ``Labels`` value; keep the ``{placeholders}``. Act-type labels come from the vault's
vocabulary (``desktop_app.core.vocab.ACT_TYPES`` for the built-in ones). Uzbek is Latin script,
with ʻ (U+02BB) in oʻ and gʻ and ʼ (U+02BC) for the tutuq belgisi.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

LANGUAGES: Final = ("en", "ru", "uz")


@dataclass(frozen=True)
class Labels:
    """The strings of one language."""

    text: dict[str, str]
    months: tuple[str, ...]  # "June 2010"
    day_months: tuple[str, ...]  # "13 June 2010"
    roles: dict[str, str]
    # A woman's roles where the language names them otherwise (Russian "Пострадавшая").
    female_roles: dict[str, str]
    case_statuses: dict[str, str]
    testimony_statuses: dict[str, str]
    sensitivities: dict[str, str]
    markings: dict[str, str]
    sexes: dict[str, str]
    consent_scopes: dict[str, str]
    media_kinds: dict[str, str]  # by desktop_app.core.media_kinds code
    language_names: dict[str, str]
    verify_appendix: tuple[str, ...]
    # The letters of "Witness A", "Witness B", … in this language's script, in order.
    label_letters: str
    decimal_separator: str
    # Between groups of three digits in an exact byte count ("12,354 bytes", "12 354 bayt").
    # Russian and Uzbek take a no-break space (U+00A0), not the narrow one (U+202F) they print:
    # reportlab breaks lines at U+202F and draws it as a plain space, so "12 354" could end
    # one line and start the next in the dossier's narrow Size column.
    digit_group_separator: str
    size_units: tuple[str, ...]  # "{n} KiB", "{n} MiB", "{n} GiB", "{n} TiB"
    byte_counts: tuple[str, ...]  # "{n} byte", "{n} bytes": each plural form of the language
    plural_form: Callable[[int], int]  # which of byte_counts a count takes

    def __getitem__(self, key: str) -> str:
        return self.text[key]


def labels_for(language: str) -> Labels:
    """The strings of language ('en', 'ru' or 'uz'); ValueError for any other."""
    # Imported here: each language module builds a Labels, defined above.
    from desktop_app.core.reports import lang_en, lang_ru, lang_uz

    by_language = {"en": lang_en.LABELS, "ru": lang_ru.LABELS, "uz": lang_uz.LABELS}
    try:
        return by_language[language]
    except KeyError:
        raise ValueError(f"no report language {language!r}") from None


def role_label(code: str, sex: str, labels: Labels) -> str:
    """A role's label for a person of sex: the feminine form for a woman where the language
    has one, else the plain label (the code itself for a role it does not know)."""
    if sex == "female" and code in labels.female_roles:
        return labels.female_roles[code]
    return labels.roles.get(code, code)


def format_partial_date(value: str, labels: Labels, after_preposition: bool = False) -> str:
    """A partial date as a reader writes it: '13 June 2010', 'June 2010', '2010' (Uzbek
    '2010-yil 13-iyun', '2010-yil iyun', '2010-yil').
    after_preposition: the month as after "since" or "until" (Russian "с июня 2010")."""
    parts = value.split("-") if value else []
    if len(parts) == 1:
        return labels["date_year"].format(year=parts[0])
    if len(parts) == 2:
        months = labels.day_months if after_preposition else labels.months
        return labels["date_month"].format(month=months[int(parts[1]) - 1], year=parts[0])
    if len(parts) == 3:
        month = labels.day_months[int(parts[1]) - 1]
        return labels["date_day"].format(day=int(parts[2]), month=month, year=parts[0])
    return labels["date_unknown"]


def format_moment(moment: dt.datetime, labels: Labels) -> str:
    """An aware moment to the minute, in UTC, its date written as the dossier's other dates:
    '27 November 2026, 02:04 UTC', '2026-yil 27-noyabr, 02:04 UTC'."""
    utc = moment.astimezone(dt.UTC)
    date = format_partial_date(utc.date().isoformat(), labels)
    return labels["date_time"].format(date=date, time=utc.strftime("%H:%M"))


def format_period(start: str, end: str, labels: Labels) -> str:
    """'June 2010 – 2012', 'since 14 March 2022' (no end recorded: one date alone would read
    as a period of one day), 'until 2012', one date if both are the same, or '' when both
    are unknown."""
    if start and end and start != end:
        return f"{format_partial_date(start, labels)} – {format_partial_date(end, labels)}"
    if start and end:
        return format_partial_date(start, labels)
    if start:
        return labels["period_since"].format(date=format_partial_date(start, labels, True))
    if end:
        return labels["period_until"].format(date=format_partial_date(end, labels, True))
    return ""


def format_byte_count(size: int, labels: Labels) -> str:
    """The exact size, as a reader checks it against a file, its digits grouped as the
    language groups them: '24 982 байта', '12,354 bytes', '1 byte'."""
    digits = f"{size:,}".replace(",", labels.digit_group_separator)
    return labels.byte_counts[labels.plural_form(size)].format(n=digits)


def format_size(size: int, labels: Labels) -> str:
    """A size as the interface writes it in that language ('24,40 КБ', '1.50 MiB'), or the
    exact count below 1 KiB."""
    if size < 1024:
        return format_byte_count(size, labels)
    value, unit = size / 1024, 0
    while round(value, 2) >= 1024 and unit < len(labels.size_units) - 1:
        value, unit = value / 1024, unit + 1
    number = f"{value:.2f}".replace(".", labels.decimal_separator)
    return labels.size_units[unit].format(n=number)
