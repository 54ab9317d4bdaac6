"""Incoming records checked against the data model, in one place, before anything is changed.

A record's content comes from outside in three ways: a JSON file (``import-json``), a
colleague's bundle, and the CLI and the forms. Each is validated here, field by field, into
the values the record's columns take, or refused with an InvalidInput naming the record and
the field. The shape that content has, and its hash, are ``content``'s; this module is what
may enter that shape.

A one-line field (a name, a title, a place, a tag, a file name: what a form edits in a line
edit, or one per line) is at most ``MAX_ONE_LINE_CHARS`` long and holds no control character
(NUL, escape, a line break): each shows in every list, dossier and CLI line, and a 10 MB name
froze them. A value the record already holds (``held``) is let through unchanged, so that its
old data never stops an edit of another field, a merge or a restore; it stays readable and
exportable whatever its length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any
from uuid import UUID

from desktop_app.core import vocab
from desktop_app.core.content import Record, content_hash, content_of, kind_of, quoted
from desktop_app.core.dates import is_before, normalize_partial_date
from desktop_app.core.errors import InvalidInput
from desktop_app.core.one_line_text import MAX_ONE_LINE_CHARS, saved_line_fault

MAX_REFERENCE_CHARS = 64  # the column's width
MAX_TEXT = 10_000_000  # one narrative of several hours of typing is far below this
_NOT_UNICODE = "is not valid Unicode text (it holds a lone surrogate)"
_TIME = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")  # ASCII digits, a real time of day
MAX_TRANSLATIONS = 20  # of one testimony; each is limited like the narrative
# A BCP 47 tag's shape ("ru", "uz-Cyrl", "kaa"; "_" as POSIX locales write it), at most the
# 35 characters BCP 47 asks every implementation to take.
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*")
MAX_LANGUAGE_CODE_CHARS = 35


def with_article(noun: str) -> str:
    """noun after "a" or "an" ("an event", "a case"), as a message names a kind of record."""
    return f"{'an' if noun[:1] in ('a', 'e', 'i', 'o', 'u') else 'a'} {noun}"


def _has_surrogate(value: str) -> bool:
    """True if value holds a lone surrogate ("\\ud800" in a JSON file): not text, it cannot be
    stored or hashed."""
    # A surrogate is the one code point UTF-8 cannot encode; encoding is a C loop a few times
    # faster than a regular expression's search (every narrative of an import is checked).
    if value.isascii():
        return False
    try:
        value.encode()
    except UnicodeEncodeError:
        return True
    return False


class _Reader:
    """Typed access to one incoming dict, with errors that name the record and field."""

    def __init__(self, kind: str, data: Any, held: Mapping[str, Any] | None = None) -> None:
        if not isinstance(data, dict):
            raise InvalidInput(f"{kind}: expected an object, got {type(data).__name__}")
        self.kind = kind
        self.data = data
        self.held = held or {}
        self.label = f"{kind} {str(data.get('id', '(no id)'))[:64]}"

    def fail(self, field: str, problem: str) -> InvalidInput:
        return InvalidInput(f"{self.label}: {field}: {problem}")

    def text(self, field: str, default: str = "", required: bool = False) -> str:
        value = self.data.get(field)
        if value is None:
            if required:
                raise self.fail(field, "is required")
            return default
        if not isinstance(value, str):
            raise self.fail(field, "must be text")
        if len(value) > MAX_TEXT:
            raise self.fail(field, "is too long")
        if _has_surrogate(value):
            raise self.fail(field, _NOT_UNICODE)
        if required and not value.strip():
            raise self.fail(field, "must not be empty")
        return value

    def line(self, field: str, default: str = "", required: bool = False) -> str:
        """A one-line field's text: as ``text``, and at most MAX_ONE_LINE_CHARS long without a
        control character unless the record already holds it."""
        value = self.text(field, default, required)
        self._check_line(field, value, value == self.held.get(field))
        return value

    def line_list(self, field: str, source: dict[str, Any] | None = None) -> list[str]:
        """A list of one-line values (names, tags): each as ``line`` checks it."""
        values = self.text_list(field, source)
        held = self.held.get(field) if source is None else None
        for value in values:
            self._check_line(field, value, isinstance(held, list) and value in held)
        return values

    def _check_line(self, field: str, value: str, is_held: bool) -> None:
        fault = None if is_held else saved_line_fault(value)
        if fault is None:
            return
        if fault.kind == "too_long":
            too_long = f"{fault.length:,} characters; at most {MAX_ONE_LINE_CHARS:,}"
            raise self.fail(field, f"is too long ({too_long})")
        raise self.fail(field, f"holds the control character {fault.code_point}")

    def choice(self, field: str, allowed: tuple[str, ...] | list[str], default: str) -> str:
        value = self.text(field, default)
        if value not in allowed:
            raise self.fail(
                field, f"{quoted(value)} is not one of {', '.join(a for a in allowed if a)}"
            )
        return value

    def flag(self, field: str, default: bool = False, source: dict[str, Any] | None = None) -> bool:
        value = (self.data if source is None else source).get(field, default)
        if not isinstance(value, bool):
            raise self.fail(field, "must be true or false")
        return value

    def text_list(self, field: str, source: dict[str, Any] | None = None) -> list[str]:
        value = (self.data if source is None else source).get(field)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(field, "must be a list of text")
        if any(map(_has_surrogate, value)):
            raise self.fail(field, _NOT_UNICODE)
        return list(value)

    def date(self, field: str) -> str:
        text = self.text(field)  # its own errors already name the record and the field
        try:
            return normalize_partial_date(text)
        except InvalidInput as exc:  # its message says what is wrong, not with what
            raise self.fail(field, f"{quoted(text.strip())}: {exc}") from None

    def uuid(self, field: str, required: bool = True) -> UUID | None:
        value = self.data.get(field)
        if value is None and not required:
            return None
        if not isinstance(value, str):
            raise self.fail(field, "must be a UUID")
        try:
            return UUID(value)
        except ValueError:
            raise self.fail(field, "must be a UUID") from None

    def uuid_list(self, field: str) -> list[str]:
        values = self.text_list(field)
        try:
            return [str(UUID(v)) for v in values]
        except ValueError:
            raise self.fail(field, "must be a list of UUIDs") from None


def read_id(kind: str, data: Any) -> UUID:
    """The id of an incoming record, or InvalidInput."""
    uid = _Reader(kind, data).uuid("id")
    assert uid is not None
    return uid


def _apply_case(r: _Reader, case: Any, act_types: set[str]) -> None:
    case.reference = r.text("reference", required=True).strip()
    # A reference names the case in lists, dossiers and bundles, one per line: a line break
    # would make one case look like two, an invisible or direction character two look alike.
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in case.reference):
        raise r.fail("reference", "must not contain control or invisible characters")
    if len(case.reference) > MAX_REFERENCE_CHARS:
        raise r.fail("reference", f"must be at most {MAX_REFERENCE_CHARS} characters")
    case.title = r.line("title", required=True)
    case.summary = r.text("summary")
    case.status = r.choice("status", vocab.CASE_STATUSES, "open")
    country = r.text("country").strip().upper()
    if country and (len(country) != 2 or not country.isascii() or not country.isalpha()):
        raise r.fail("country", f"{quoted(country)} is not an ISO 3166 two-letter code")
    case.country = country
    case.region = r.line("region")
    case.place = r.line("place")
    case.start_date = r.date("start_date")
    case.end_date = r.date("end_date")
    if is_before(case.end_date, case.start_date):
        raise r.fail("end_date", "is before the start date")
    types = r.text_list("violation_types")
    for code in types:
        if code not in act_types:
            raise r.fail("violation_types", f"unknown act type {quoted(code)}")
    case.violation_types = types
    case.tags = r.line_list("tags")
    case.sensitivity = r.choice("sensitivity", vocab.SENSITIVITIES, "normal")


def _apply_person(r: _Reader, person: Any) -> None:
    person.name = r.line("name", required=True)
    person.other_names = r.line_list("other_names")
    person.sex = r.choice("sex", vocab.SEXES, "")
    person.birth_date = r.date("birth_date")
    person.ethnicity = r.line("ethnicity")
    person.nationality = r.line("nationality")
    person.occupation = r.line("occupation")
    person.contact = r.text("contact")
    person.notes = r.text("notes")
    person.is_protected = r.flag("protected")
    person.pseudonym = r.line("pseudonym")


def _apply_party(r: _Reader, party: Any) -> None:
    party.case_id = r.uuid("case")
    party.person_id = r.uuid("person")
    party.role = r.choice("role", vocab.ROLES, "other")


def _apply_testimony(r: _Reader, testimony: Any) -> None:
    testimony.case_id = r.uuid("case")
    testimony.witness_id = r.uuid("witness", required=False)
    testimony.interviewer = r.line("interviewer")
    testimony.date = r.date("date")
    time = r.text("time").strip()
    if time and not _TIME.fullmatch(time):
        raise r.fail("time", "use HH:MM")
    testimony.time = time
    testimony.place = r.line("place")
    testimony.language = r.line("language")
    testimony.interpreter = r.line("interpreter")
    consent = r.data.get("consent") or {}
    if not isinstance(consent, dict):
        raise r.fail("consent", "must be an object")
    testimony.consent_given = r.flag("given", source=consent)
    scope = r.text_list("scope", source=consent)
    for item in scope:
        if item not in vocab.CONSENT_SCOPES:
            scopes = ", ".join(vocab.CONSENT_SCOPES)
            raise r.fail("consent.scope", f"unknown scope {quoted(item)}, not one of {scopes}")
    testimony.consent_scope = scope
    testimony.consent_anonymise = r.flag("anonymise", source=consent)
    testimony.narrative = r.text("narrative")
    testimony.summary = r.text("summary")
    testimony.translations = _translations(r)
    testimony.status = r.choice("status", vocab.TESTIMONY_STATUSES, "draft")
    testimony.sensitivity = r.choice("sensitivity", vocab.SENSITIVITIES, "normal")


def _translations(r: _Reader) -> dict[str, str]:
    translations = r.data.get("translations") or {}
    if not isinstance(translations, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in translations.items()
    ):
        raise r.fail("translations", "must map language codes to text")
    if len(translations) > MAX_TRANSLATIONS:
        raise r.fail("translations", f"must hold at most {MAX_TRANSLATIONS} languages")
    for code, text in translations.items():
        # A code is shown as a column and a tab, and chosen by a report's language: "ru",
        # "uz-Cyrl", never a sentence or a direction override.
        if len(code) > MAX_LANGUAGE_CODE_CHARS or not _LANGUAGE_CODE.fullmatch(code):
            raise r.fail("translations", f"{quoted(code)} is not a language code (like ru)")
        if len(text) > MAX_TEXT:
            raise r.fail("translations", f"the {code} text is too long")
        if _has_surrogate(text):
            raise r.fail("translations", _NOT_UNICODE)
    return dict(translations)


def _apply_event(r: _Reader, event: Any, act_types: set[str]) -> None:
    event.case_id = r.uuid("case")
    event.date = r.date("date")
    event.place = r.line("place")
    act_type = r.text("act_type", required=True)
    if act_type not in act_types:
        raise r.fail("act_type", f"unknown act type {quoted(act_type)}")
    event.act_type = act_type
    event.description = r.text("description")
    event.victims = r.uuid_list("victims")
    event.perpetrators = r.uuid_list("perpetrators")
    event.institutions = r.line_list("institutions")
    event.sources = r.uuid_list("sources")


def _apply_attachment(r: _Reader, attachment: Any) -> None:
    attachment.owner_kind = r.choice("owner_kind", ("case", "person", "testimony", "event"), "")
    attachment.owner_id = r.uuid("owner")
    attachment.file_name = r.line("file_name", required=True)
    attachment.media_type = r.line("media_type", "application/octet-stream")
    size = r.data.get("size", 0)
    if type(size) is not int or size < 0:
        raise r.fail("size", "must be a non-negative integer")
    attachment.size = size
    sha = r.text("sha256").lower()
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise r.fail("sha256", "must be 64 hex digits")
    attachment.sha256 = sha
    attachment.captured_at = r.line("captured_at")
    attachment.received_at = r.line("received_at")
    attachment.note = r.text("note")


@dataclass(frozen=True, slots=True)
class ValidRecord:
    """Incoming data that passed validation: the columns it sets and its interchange content."""

    kind: str
    id: UUID
    values: SimpleNamespace  # id and every column but the bookkeeping ones, by attribute
    content: dict[str, Any]  # the interchange shape: what is hashed and kept in a revision
    content_hash: str  # of content


def _validated_values(
    kind: str, data: Any, act_types: set[str], held: Mapping[str, Any] | None = None
) -> SimpleNamespace:
    # A plain namespace, not a model instance: validating 10,000 records builds no ORM state.
    values = SimpleNamespace()
    _APPLY[kind](_Reader(kind, data, held), values, act_types)
    return values


def validate_record(
    kind: str,
    data: Any,
    act_types: set[str],
    record_id: UUID,
    *,
    held: Mapping[str, Any] | None = None,
) -> ValidRecord:
    """Validate data as the content of record record_id of this kind, or raise InvalidInput;
    held: the content the record has in this vault, whose one-line values pass unchanged."""
    values = _validated_values(kind, data, act_types, held)
    values.id = record_id
    content = content_of(kind, values)
    return ValidRecord(kind, record_id, values, content, content_hash(content))


def apply_content(record: Record, data: Any, act_types: set[str]) -> None:
    """Validate data and set it on record; on InvalidInput the record is left as it was."""
    for column, value in vars(_validated_values(kind_of(record), data, act_types)).items():
        setattr(record, column, value)


_APPLY: dict[str, Callable[[_Reader, Any, set[str]], None]] = {
    "case": _apply_case,
    "person": lambda r, values, _: _apply_person(r, values),
    "case_party": lambda r, values, _: _apply_party(r, values),
    "testimony": lambda r, values, _: _apply_testimony(r, values),
    "event": _apply_event,
    "attachment": lambda r, values, _: _apply_attachment(r, values),
}
