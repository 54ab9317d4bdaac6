"""Records as plain content: the JSON interchange shape, its hash, and short labels.

The same content dict is what a record's hash is computed over, what a revision stores, what
``export-json`` writes and ``import-json`` reads, and what bundles carry. What may enter that
shape (the checks on incoming data, ``validate_record`` and ``apply_content``) is
``record_validation``'s.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any
from uuid import UUID

from db.models import Attachment, Case, CaseParty, Event, Person, Testimony

Record = Case | Person | CaseParty | Testimony | Event | Attachment
MODEL_OF_KIND: dict[str, type[Record]] = {
    "case": Case,
    "person": Person,
    "case_party": CaseParty,
    "testimony": Testimony,
    "event": Event,
    "attachment": Attachment,
}
KIND_OF_MODEL = {model: kind for kind, model in MODEL_OF_KIND.items()}
_LOCKED_HASH_BYTES = 2047  # hashlib hashes pieces this small without releasing the lock
QUOTED_CHARS = 60  # of a value quoted in an error message
# json.dumps with these options would build this encoder anew for every record it hashes.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


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
    return _CANONICAL.encode(value).encode()


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
    return content_of(kind, record)


def content_of(kind: str, r: Any) -> dict[str, Any]:
    """The content of a record of this kind, from its columns read by attribute."""
    # Of a model instance or of the values a validation produced (ValidRecord.values): both
    # give the same content.
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
