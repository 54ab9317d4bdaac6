"""Languages, translators, and how codes, dates and times are shown in the chosen language.

Vocabulary codes (``under_review``, ``witness``) are data; their labels are looked up here:
statuses, roles and the like through Qt Linguist (context ``Vocab``), act types from the
vault vocabulary's own en/ru/uz labels. Dates keep their precision when shown: a year stays a
year, a month is written with the month's name, a full date in the locale's short format;
Uzbek dates are written as its dossiers write them ("2024-yil 2-aprel"), not in Qt's forms.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTimeZone,
    QTranslator,
)

from desktop_app.core.reports import labels as report_labels
from desktop_app.core.vocab import ACT_TYPES

LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "uz": "Oʻzbekcha"}
I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"

_current = "en"
_translators: list[QTranslator] = []  # kept referenced: Qt does not own installed translators

_VOCAB: dict[str, str] = {
    # case statuses
    "open": QT_TRANSLATE_NOOP("Vocab", "Open"),
    "under_review": QT_TRANSLATE_NOOP("Vocab", "Under review"),
    "closed": QT_TRANSLATE_NOOP("Vocab", "Closed"),
    "archived": QT_TRANSLATE_NOOP("Vocab", "Archived"),
    # testimony statuses
    "draft": QT_TRANSLATE_NOOP("Vocab", "Draft"),
    "final": QT_TRANSLATE_NOOP("Vocab", "Final"),
    "verified": QT_TRANSLATE_NOOP("Vocab", "Verified"),
    # sensitivities
    "normal": QT_TRANSLATE_NOOP("Vocab", "Normal"),
    "confidential": QT_TRANSLATE_NOOP("Vocab", "Confidential"),
    "restricted": QT_TRANSLATE_NOOP("Vocab", "Restricted"),
    # roles
    "victim": QT_TRANSLATE_NOOP("Vocab", "Victim"),
    "witness": QT_TRANSLATE_NOOP("Vocab", "Witness"),
    "perpetrator": QT_TRANSLATE_NOOP("Vocab", "Alleged perpetrator"),
    "source": QT_TRANSLATE_NOOP("Vocab", "Source"),
    "lawyer": QT_TRANSLATE_NOOP("Vocab", "Lawyer"),
    "relative": QT_TRANSLATE_NOOP("Vocab", "Relative"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other"),
    # consent scopes
    "reports": QT_TRANSLATE_NOOP("Vocab", "Use in reports"),
    "partners": QT_TRANSLATE_NOOP("Vocab", "Share with partners"),
    "publish": QT_TRANSLATE_NOOP("Vocab", "Publish"),
    "anonymised_only": QT_TRANSLATE_NOOP("Vocab", "Only anonymised"),
    # sexes
    "female": QT_TRANSLATE_NOOP("Vocab", "Female"),
    "male": QT_TRANSLATE_NOOP("Vocab", "Male"),
    "unknown": QT_TRANSLATE_NOOP("Vocab", "Unknown"),
    # record kinds
    "case": QT_TRANSLATE_NOOP("Vocab", "Case"),
    "person": QT_TRANSLATE_NOOP("Vocab", "Person"),
    "case_party": QT_TRANSLATE_NOOP("Vocab", "Case party"),
    "testimony": QT_TRANSLATE_NOOP("Vocab", "Testimony"),
    "event": QT_TRANSLATE_NOOP("Vocab", "Event"),
    "attachment": QT_TRANSLATE_NOOP("Vocab", "Attachment"),
    # audit actions
    "create": QT_TRANSLATE_NOOP("Vocab", "Created"),
    "update": QT_TRANSLATE_NOOP("Vocab", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Vocab", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("Vocab", "Restored"),
    "import": QT_TRANSLATE_NOOP("Vocab", "Imported"),
    "merge": QT_TRANSLATE_NOOP("Vocab", "Merged"),
    # Keeping the other version writes it ("resolve"); the decision itself is logged apart,
    # also when this vault's version stays ("resolve_conflict").
    "resolve": QT_TRANSLATE_NOOP("Vocab", "Version kept in a conflict"),
    "resolve_conflict": QT_TRANSLATE_NOOP("Vocab", "Conflict resolved"),
}


# What the fields of a record's content are called on screen (the keys are the interchange
# format's, in English, for files and scripts).
_FIELDS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("Fields", "Id"),
    "reference": QT_TRANSLATE_NOOP("Fields", "Reference"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "region": QT_TRANSLATE_NOOP("Fields", "Region"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "start_date": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Fields", "End date"),
    "violation_types": QT_TRANSLATE_NOOP("Fields", "Violation types"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "sensitivity": QT_TRANSLATE_NOOP("Fields", "Sensitivity"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "other_names": QT_TRANSLATE_NOOP("Fields", "Other names"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "ethnicity": QT_TRANSLATE_NOOP("Fields", "Ethnicity"),
    "nationality": QT_TRANSLATE_NOOP("Fields", "Nationality"),
    "occupation": QT_TRANSLATE_NOOP("Fields", "Occupation"),
    "contact": QT_TRANSLATE_NOOP("Fields", "Contact details"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "protected": QT_TRANSLATE_NOOP("Fields", "Protected"),
    "pseudonym": QT_TRANSLATE_NOOP("Fields", "Pseudonym"),
    "case": QT_TRANSLATE_NOOP("Fields", "Case"),
    "person": QT_TRANSLATE_NOOP("Fields", "Person"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "witness": QT_TRANSLATE_NOOP("Fields", "Witness"),
    "interviewer": QT_TRANSLATE_NOOP("Fields", "Interviewer"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "time": QT_TRANSLATE_NOOP("Fields", "Time"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "interpreter": QT_TRANSLATE_NOOP("Fields", "Interpreter"),
    "consent": QT_TRANSLATE_NOOP("Fields", "Consent"),
    "narrative": QT_TRANSLATE_NOOP("Fields", "Narrative"),
    "translations": QT_TRANSLATE_NOOP("Fields", "Translations"),
    "act_type": QT_TRANSLATE_NOOP("Fields", "Act type"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "victims": QT_TRANSLATE_NOOP("Fields", "Victims"),
    "perpetrators": QT_TRANSLATE_NOOP("Fields", "Alleged perpetrators"),
    "institutions": QT_TRANSLATE_NOOP("Fields", "Institutions"),
    "sources": QT_TRANSLATE_NOOP("Fields", "Sources"),
    "owner_kind": QT_TRANSLATE_NOOP("Fields", "Belongs to a"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Belongs to"),
    "file_name": QT_TRANSLATE_NOOP("Fields", "File name"),
    "media_type": QT_TRANSLATE_NOOP("Fields", "File type"),
    "size": QT_TRANSLATE_NOOP("Fields", "Size in bytes"),
    "sha256": QT_TRANSLATE_NOOP("Fields", "SHA-256"),
    "captured_at": QT_TRANSLATE_NOOP("Fields", "Captured"),
    "received_at": QT_TRANSLATE_NOOP("Fields", "Received"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "deleted": QT_TRANSLATE_NOOP("Fields", "Deleted"),
}

# A testimony's consent in the version and conflict views: given, scope, anonymise.
_CONSENT_LINES = (
    QT_TRANSLATE_NOOP("Fields", "Consent given: %1"),
    QT_TRANSLATE_NOOP("Fields", "Agreed to: %1"),
    QT_TRANSLATE_NOOP("Fields", "Anonymise the witness: %1"),
)

_SHORT = QLocale.FormatType.ShortFormat

# Fields whose values are vocabulary codes, and partial dates.
_VOCAB_FIELDS = {"status", "sensitivity", "sex", "role", "owner_kind"}
_DATE_FIELDS = {"start_date", "end_date", "birth_date", "date"}


def current_language() -> str:
    """The interface language code in use ('en', 'ru' or 'uz')."""
    return _current


def locale_for(language: str) -> QLocale:
    """The QLocale whose formats match an interface language."""
    if language == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    if language == "uz":
        return QLocale(
            QLocale.Language.Uzbek, QLocale.Script.LatinScript, QLocale.Country.Uzbekistan
        )
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def language_of(locale: QLocale) -> str:
    """The interface language a user of locale reads best: the first of the locale's languages
    (LANGUAGE, then LC_ALL, LC_MESSAGES or LANG on Linux) that Sandiq has, else English."""
    offered = {
        QLocale.Language.English: "en",
        QLocale.Language.Russian: "ru",
        QLocale.Language.Uzbek: "uz",  # in Latin letters, whatever the locale's script
    }
    for tag in locale.uiLanguages():
        language = offered.get(QLocale(tag).language())
        if language is not None:
            return language
    return "en"


def install_translators(language: str) -> None:
    """Load Sandiq's and Qt's own translations for language into the running application."""
    global _current
    app = QCoreApplication.instance()
    remove_translators()
    _current = language if language in LANGUAGES else "en"
    QLocale.setDefault(locale_for(_current))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English too has a catalogue: it holds the plural forms ("1 word", "2 words").
    for name, folder in ((f"qtbase_{_current}", qt_dir), (f"sandiq_{_current}", str(I18N_DIR))):
        if name == "qtbase_en":
            continue
        translator = QTranslator()
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
        elif folder == str(I18N_DIR) and _current != "en":
            # Compiled catalogues are built by `make`, not by pip: say why the interface
            # stays in English instead of leaving the user to guess.
            print(
                f"sandiq: no compiled {_current} translation in {I18N_DIR}; "
                "run 'make translations' (the interface stays in English)",
                file=sys.stderr,
            )


def remove_translators() -> None:
    """Take the installed translations out of the running application, before it shuts down
    (``cli_i18n``): shutting down deletes them, and a later application must not meet them."""
    app = QCoreApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()


def fill(text: str, *values: str) -> str:
    """A translated text with %1, %2… replaced by values, in one pass: a value that holds
    "%2" itself (a case reference, a name or a summary may) is not filled in again."""
    return re.sub(r"%([1-9])", lambda match: values[int(match.group(1)) - 1], text)


def vocab_label(code: str) -> str:
    """The label of a status, role, sensitivity, consent scope, sex or record kind code."""
    if not code:
        return ""
    source = _VOCAB.get(code)
    return QCoreApplication.translate("Vocab", source) if source else code


def field_label(name: str) -> str:
    """The label of a field of a record's content (``narrative``: "Narrative")."""
    source = _FIELDS.get(name)
    return QCoreApplication.translate("Fields", source) if source else name


def field_text(name: str, value: Any) -> str:
    """A field's value as one text: vocabulary codes by their labels, lists joined."""
    if value is None:
        return ""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("Fields", "Yes")
        return QCoreApplication.translate("Fields", "No")
    if name == "act_type":
        return act_type_label(value)
    if name == "violation_types":
        return ", ".join(act_type_label(code) for code in value)
    if name in _VOCAB_FIELDS:
        return vocab_label(value)
    if name in _DATE_FIELDS:
        return format_partial_date(value)
    if name == "received_at":  # stored by Sandiq in UTC, unlike a typed capture time
        return format_timestamp(value)
    if name == "language":
        return language_label(value)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if name == "consent" and isinstance(value, dict):
        return _consent_text(value)
    if isinstance(value, dict):  # a testimony's translations: language code -> text
        return "\n\n".join(f"{key}: {text}" for key, text in sorted(value.items()))
    return str(value)


def _consent_text(consent: dict[str, Any]) -> str:
    """A testimony's consent, one line per part of it."""
    scope = ", ".join(vocab_label(code) for code in consent.get("scope") or [])
    values = (
        field_text("given", bool(consent.get("given"))),
        scope or "—",
        field_text("anonymise", bool(consent.get("anonymise"))),
    )
    return "\n".join(
        QCoreApplication.translate("Fields", source).replace("%1", value)
        for source, value in zip(_CONSENT_LINES, values, strict=True)
    )


# Qt writes Uzbek oʻ and gʻ with a quotation mark ("o‘zbek", U+2018); Uzbek spelling, and the
# rest of Sandiq, use the letter ʻ (U+02BB).
_UZBEK_MARK = re.compile(r"(?<=[oOgG])[‘’'`]")


def language_label(code: str) -> str:
    """'ru — русский' for a known language code, the code itself otherwise."""
    if not code:
        return code
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if code == "en":
        name = "English"  # Qt says "American English": an interview's language, not a dialect
    elif locale.language() == QLocale.Language.Uzbek:
        name = _UZBEK_MARK.sub("ʻ", name)
    return f"{code} — {name}" if name else code


def act_type_label(code: str) -> str:
    """The label of an act type in the interface language."""
    labels = ACT_TYPES.get(code)
    if labels is None:
        return code
    en, ru, uz = labels
    return {"ru": ru, "uz": uz}.get(_current, en)


_RECORD_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def record_label_text(kind: str, label: str) -> str:
    """A record's short label (``content.record_label``) with its vocabulary code, a
    party's role or an event's act type, in the interface language."""
    if kind == "case_party":
        return vocab_label(label)
    # A record core names by kind and id (a person whose name is a protected person's).
    kind_word, _, record_id = label.partition(" ")
    if kind_word == kind and _RECORD_ID.fullmatch(record_id):
        return f"{vocab_label(kind)} {record_id}"
    date, _, code = label.rpartition(" ")
    if kind == "event" and code in ACT_TYPES:
        return f"{date} {act_type_label(code)}".strip()
    return label


def format_partial_date(value: str, after_preposition: bool = False) -> str:
    """A partial date as the user reads it: '2010', 'June 2010', or the locale's short date;
    in Uzbek '2010-yil', '2010-yil iyun', '2010-yil 13-iyun'.
    after_preposition: a month as after "from" or "until" (Russian "с марта 2024")."""
    if not value:
        return ""
    if _current == "uz":
        # Qt's Uzbek writes "Mart 2024" and "02/04/2024": the Russian order, not the Uzbek one.
        return report_labels.format_partial_date(
            value, report_labels.labels_for("uz"), after_preposition
        )
    parts = [int(p) for p in value.split("-")]
    locale = QLocale()
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        month = locale.monthName if after_preposition else locale.standaloneMonthName
        return f"{month(parts[1])} {parts[0]}"
    return locale.toString(QDate(*parts), _four_digit_years(locale.dateFormat(_SHORT)))


def format_timestamp(value: str) -> str:
    """A stored UTC timestamp in local time and the locale's short date-time format; in
    Uzbek '2024-yil 2-aprel, 14:05'."""
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()).toLocalTime()
    locale = QLocale()
    if _current == "uz":
        date = format_partial_date(local.date().toString(Qt.DateFormat.ISODate))
        return f"{date}, {local.time().toString('HH:mm')}"
    return locale.toString(local, _four_digit_years(locale.dateTimeFormat(_SHORT)))


def _four_digit_years(pattern: str) -> str:
    # Uzbek's short format writes 26/11/26: in an archive spanning decades, ambiguous.
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


_SIZE_UNITS = (
    QT_TRANSLATE_NOOP("Sizes", "%1 KiB"),
    QT_TRANSLATE_NOOP("Sizes", "%1 MiB"),
    QT_TRANSLATE_NOOP("Sizes", "%1 GiB"),
    QT_TRANSLATE_NOOP("Sizes", "%1 TiB"),
)


def format_size(size: int) -> str:
    """A byte count in the interface language (18 bytes, 4.77 MiB; 18 байт, 4,77 МБ): Qt's
    own formattedDataSize says "1 bytes" in English, "18 байты" in Russian, KiB in every
    language."""
    if size < 1024:
        return QCoreApplication.translate("Sizes", "%Ln byte(s)", None, size)
    value, unit = size / 1024, 0
    while value >= 1024 and unit < len(_SIZE_UNITS) - 1:
        value, unit = value / 1024, unit + 1
    number = QLocale().toString(value, "f", 2)
    return QCoreApplication.translate("Sizes", _SIZE_UNITS[unit]).replace("%1", number)
