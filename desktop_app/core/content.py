"""Records as plain content: the JSON interchange shape, validated in one place.

The same content dict is what a record's hash is computed over, what a revision stores, what
``export-json`` writes and ``import-json`` reads, and what bundles carry. ``apply_content``
validates a dict against the data model and sets it on a record, or raises InvalidInput naming
the record and the field, before anything is changed.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any
from uuid import UUID

from db.models import Attachment, Case, CaseParty, Event, Person, Testimony
from desktop_app.core import vocab
from desktop_app.core.dates import is_before, normalize_partial_date
from desktop_app.core.errors import InvalidInput

Record = Case | Person | CaseParty | Testimony | Event | Attachment
MAX_REFERENCE_CHARS = 64  # the column's width
MODEL_OF_KIND: dict[str, type[Record]] = {
    "case": Case,
    "person": Person,
    "case_party": CaseParty,
    "testimony": Testimony,
    "event": Event,
    "attachment": Attachment,
}
KIND_OF_MODEL = {model: kind for kind, model in MODEL_OF_KIND.items()}
MAX_TEXT = 10_000_000  # one narrative of several hours of typing is far below this
# A lone surrogate ("\ud800" in a JSON file) is not text: it cannot be stored or hashed.
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_UNICODE = "is not valid Unicode text (it holds a lone surrogate)"
_LOCKED_HASH_BYTES = 2047  # hashlib hashes pieces this small without releasing the lock
_TIME = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")  # ASCII digits, a real time of day
MAX_TRANSLATIONS = 20  # of one testimony; each is limited like the narrative
# A BCP 47 tag's shape ("ru", "uz-Cyrl", "kaa"; "_" as POSIX locales write it), at most the
# 35 characters BCP 47 asks every implementation to take.
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*")
MAX_LANGUAGE_CODE_CHARS = 35


QUOTED_CHARS = 60  # of a value quoted in an error message


def quoted(value: object) -> str:
    """value as an error message quotes it: repr() of at most QUOTED_CHARS characters of it,
    with an ellipsis where it was cut (a 9 MB date must not make a 9 MB error line)."""
    if isinstance(value, str):
        return repr(value if len(value) <= QUOTED_CHARS else value[:QUOTED_CHARS] + "…")
    text = repr(value)
    return text if len(text) <= QUOTED_CHARS else text[:QUOTED_CHARS] + "…"


def kind_of(record: Record) -> str:
    """The record kind code ('case', 'person', ...)."""
    return KIND_OF_MODEL[type(record)]


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON bytes (sorted keys, no spaces, UTF-8) for hashing and comparison."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_hash(content: dict[str, Any]) -> str:
    """SHA-256 of a record's canonical content."""
    # hashlib lets go of the interpreter lock while it hashes 2 KiB or more, and takes it
    # back a microsecond later; done for every record of a batch, that kept another thread
    # (a window's) waiting for the lock for 50 to 150 ms. Pieces under 2 KiB keep the lock,
    # which then changes hands at the usual switch interval.
    digest = hashlib.sha256()
    data = memoryview(canonical_json(content))
    for start in range(0, len(data), _LOCKED_HASH_BYTES):
        digest.update(data[start : start + _LOCKED_HASH_BYTES])
    return digest.hexdigest()


def _id(value: UUID | None) -> str | None:
    return None if value is None else str(value)


def to_content(record: Record) -> dict[str, Any]:
    """The record's content in the interchange shape (no bookkeeping fields)."""
    kind = KIND_OF_MODEL.get(type(record))
    if kind is None:
        raise TypeError(f"not a record: {type(record).__name__}")
    return _content_of(kind, record)


def _content_of(kind: str, r: Any) -> dict[str, Any]:
    # Reads the columns by attribute, of a model instance or of the values a validation
    # produced (ValidRecord.values): both give the same content.
    match kind:
        case "case":
            return {
                "id": str(r.id),
                "reference": r.reference,
                "title": r.title,
                "summary": r.summary,
                "status": r.status,
                "country": r.country,
                "region": r.region,
                "place": r.place,
                "start_date": r.start_date,
                "end_date": r.end_date,
                "violation_types": list(r.violation_types),
                "tags": list(r.tags),
                "sensitivity": r.sensitivity,
            }
        case "person":
            return {
                "id": str(r.id),
                "name": r.name,
                "other_names": list(r.other_names),
                "sex": r.sex,
                "birth_date": r.birth_date,
                "ethnicity": r.ethnicity,
                "nationality": r.nationality,
                "occupation": r.occupation,
                "contact": r.contact,
                "notes": r.notes,
                "protected": r.is_protected,
                "pseudonym": r.pseudonym,
            }
        case "case_party":
            return {
                "id": str(r.id),
                "case": str(r.case_id),
                "person": str(r.person_id),
                "role": r.role,
            }
        case "testimony":
            return {
                "id": str(r.id),
                "case": str(r.case_id),
                "witness": _id(r.witness_id),
                "interviewer": r.interviewer,
                "date": r.date,
                "time": r.time,
                "place": r.place,
                "language": r.language,
                "interpreter": r.interpreter,
                "consent": {
                    "given": r.consent_given,
                    "scope": list(r.consent_scope),
                    "anonymise": r.consent_anonymise,
                },
                "narrative": r.narrative,
                "summary": r.summary,
                "translations": dict(r.translations),
                "status": r.status,
                "sensitivity": r.sensitivity,
            }
        case "event":
            return {
                "id": str(r.id),
                "case": str(r.case_id),
                "date": r.date,
                "place": r.place,
                "act_type": r.act_type,
                "description": r.description,
                "victims": list(r.victims),
                "perpetrators": list(r.perpetrators),
                "institutions": list(r.institutions),
                "sources": list(r.sources),
            }
        case "attachment":
            return {
                "id": str(r.id),
                "owner_kind": r.owner_kind,
                "owner": str(r.owner_id),
                "file_name": r.file_name,
                "media_type": r.media_type,
                "size": r.size,
                "sha256": r.sha256,
                "captured_at": r.captured_at,
                "received_at": r.received_at,
                "note": r.note,
            }
    raise ValueError(f"not a record kind: {kind}")


class _Reader:
    """Typed access to one incoming dict, with errors that name the record and field."""

    def __init__(self, kind: str, data: Any) -> None:
        if not isinstance(data, dict):
            raise InvalidInput(f"{kind}: expected an object, got {type(data).__name__}")
        self.kind = kind
        self.data = data
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
        if _SURROGATE.search(value):
            raise self.fail(field, _NOT_UNICODE)
        if required and not value.strip():
            raise self.fail(field, "must not be empty")
        return value

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
        if any(_SURROGATE.search(v) for v in value):
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
    case.title = r.text("title", required=True)
    case.summary = r.text("summary")
    case.status = r.choice("status", vocab.CASE_STATUSES, "open")
    country = r.text("country").strip().upper()
    if country and (len(country) != 2 or not country.isascii() or not country.isalpha()):
        raise r.fail("country", f"{quoted(country)} is not an ISO 3166 two-letter code")
    case.country = country
    case.region = r.text("region")
    case.place = r.text("place")
    case.start_date = r.date("start_date")
    case.end_date = r.date("end_date")
    if is_before(case.end_date, case.start_date):
        raise r.fail("end_date", "is before the start date")
    types = r.text_list("violation_types")
    for code in types:
        if code not in act_types:
            raise r.fail("violation_types", f"unknown act type {quoted(code)}")
    case.violation_types = types
    case.tags = r.text_list("tags")
    case.sensitivity = r.choice("sensitivity", vocab.SENSITIVITIES, "normal")


def _apply_person(r: _Reader, person: Any) -> None:
    person.name = r.text("name", required=True)
    person.other_names = r.text_list("other_names")
    person.sex = r.choice("sex", vocab.SEXES, "")
    person.birth_date = r.date("birth_date")
    person.ethnicity = r.text("ethnicity")
    person.nationality = r.text("nationality")
    person.occupation = r.text("occupation")
    person.contact = r.text("contact")
    person.notes = r.text("notes")
    person.is_protected = r.flag("protected")
    person.pseudonym = r.text("pseudonym")


def _apply_party(r: _Reader, party: Any) -> None:
    party.case_id = r.uuid("case")
    party.person_id = r.uuid("person")
    party.role = r.choice("role", vocab.ROLES, "other")


def _apply_testimony(r: _Reader, testimony: Any) -> None:
    testimony.case_id = r.uuid("case")
    testimony.witness_id = r.uuid("witness", required=False)
    testimony.interviewer = r.text("interviewer")
    testimony.date = r.date("date")
    time = r.text("time").strip()
    if time and not _TIME.fullmatch(time):
        raise r.fail("time", "use HH:MM")
    testimony.time = time
    testimony.place = r.text("place")
    testimony.language = r.text("language")
    testimony.interpreter = r.text("interpreter")
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
        if _SURROGATE.search(text):
            raise r.fail("translations", _NOT_UNICODE)
    return dict(translations)


def _apply_event(r: _Reader, event: Any, act_types: set[str]) -> None:
    event.case_id = r.uuid("case")
    event.date = r.date("date")
    event.place = r.text("place")
    act_type = r.text("act_type", required=True)
    if act_type not in act_types:
        raise r.fail("act_type", f"unknown act type {quoted(act_type)}")
    event.act_type = act_type
    event.description = r.text("description")
    event.victims = r.uuid_list("victims")
    event.perpetrators = r.uuid_list("perpetrators")
    event.institutions = r.text_list("institutions")
    event.sources = r.uuid_list("sources")


def _apply_attachment(r: _Reader, attachment: Any) -> None:
    attachment.owner_kind = r.choice("owner_kind", ("case", "person", "testimony", "event"), "")
    attachment.owner_id = r.uuid("owner")
    attachment.file_name = r.text("file_name", required=True)
    attachment.media_type = r.text("media_type", "application/octet-stream")
    size = r.data.get("size", 0)
    if type(size) is not int or size < 0:
        raise r.fail("size", "must be a non-negative integer")
    attachment.size = size
    sha = r.text("sha256").lower()
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise r.fail("sha256", "must be 64 hex digits")
    attachment.sha256 = sha
    attachment.captured_at = r.text("captured_at")
    attachment.received_at = r.text("received_at")
    attachment.note = r.text("note")


@dataclass(frozen=True, slots=True)
class ValidRecord:
    """Incoming data that passed validation: the columns it sets and its interchange content."""

    kind: str
    id: UUID
    values: SimpleNamespace  # id and every column but the bookkeeping ones, by attribute
    content: dict[str, Any]  # the interchange shape: what is hashed and kept in a revision
    content_hash: str  # of content


def _validated_values(kind: str, data: Any, act_types: set[str]) -> SimpleNamespace:
    # A plain namespace, not a model instance: validating 10,000 records builds no ORM state.
    values = SimpleNamespace()
    _APPLY[kind](_Reader(kind, data), values, act_types)
    return values


def validate_record(kind: str, data: Any, act_types: set[str], record_id: UUID) -> ValidRecord:
    """Validate data as the content of record record_id of this kind, or raise InvalidInput."""
    values = _validated_values(kind, data, act_types)
    values.id = record_id
    content = _content_of(kind, values)
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


# Long enough for a whole case reference and title: lists elide a label at their column's
# width (with the whole of it in the tooltip), and one cut here was cut whatever the room.
# Bounded all the same: a deleted testimony's label may be its narrative.
_LABEL_CHARS = 200


def record_label(kind: str, content: dict[str, Any]) -> str:
    """A short name for a record in lists: a case's reference, a person's name, a file name."""
    text = {
        "case": f"{content.get('reference', '')} {content.get('title', '')}",
        "person": content.get("name", ""),
        "case_party": content.get("role", ""),
        "testimony": f"{content.get('date', '')} {content.get('summary', '')}",
        "event": f"{content.get('date', '')} {content.get('act_type', '')}",
        "attachment": content.get("file_name", ""),
    }.get(kind, "")
    text = " ".join(str(text).split())
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1] + "…"
