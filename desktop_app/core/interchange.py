"""The plain JSON interchange format (``docs/json-format.md``): export and import.

Export writes plaintext, so callers must warn the user first. Import validates the whole file
(types, vocabularies, every reference) before it changes anything, then applies it in the
caller's transaction; importing the same file twice changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Case, CaseParty, Event, Person, Testimony
from desktop_app.core.content import MODEL_OF_KIND, Record, apply_content, read_id, to_content
from desktop_app.core.errors import Cancelled, InvalidInput
from desktop_app.core.records import RecordWriter

FORMAT_NAME = "sandiq"
FORMAT_VERSION = 1
# Order matters: a record may only refer to kinds that come before it.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("cases", "case"),
    ("persons", "person"),
    ("case_parties", "case_party"),
    ("testimonies", "testimony"),
    ("events", "event"),
)
MAX_IMPORT_BYTES = 2 * 1024**3

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, for a dry run, would do)."""

    inserted: int
    updated: int
    unchanged: int


def export_document(session: Session, include_deleted: bool = False) -> dict[str, Any]:
    """Every record of the vault in the interchange shape, in a stable order."""
    document: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    order = {
        "case": Case.reference,
        "person": Person.name,
        "case_party": CaseParty.id,
        "testimony": Testimony.id,
        "event": Event.id,
    }
    for section, kind in SECTIONS:
        model: Any = MODEL_OF_KIND[kind]
        query = select(model).order_by(order[kind], model.id)
        if not include_deleted:
            query = query.where(model.is_deleted.is_(False))
        document[section] = [to_content(r) for r in session.scalars(query).yield_per(500)]
    return document


def dump_document(document: dict[str, Any]) -> bytes:
    """The document as UTF-8 JSON, stable byte for byte for the same content."""
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def parse_document(raw: bytes) -> dict[str, Any]:
    """Parse and check the envelope of an interchange file, or InvalidInput."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise InvalidInput("the file is too large to import")
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InvalidInput("the file is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"the file is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise InvalidInput('not a Sandiq JSON file (expected "format": "sandiq")')
    if document.get("version") != FORMAT_VERSION:
        raise InvalidInput(f"unsupported Sandiq JSON version {document.get('version')!r}")
    for section, _ in SECTIONS:
        if not isinstance(document.get(section, []), list):
            raise InvalidInput(f'"{section}" must be a list')
    return document


def _check_references(
    session: Session, kind: str, item: dict[str, Any], incoming: dict[str, set[UUID]]
) -> None:
    def exists(target_kind: str, value: Any) -> bool:
        uid = UUID(value)
        return (
            uid in incoming[target_kind] or session.get(MODEL_OF_KIND[target_kind], uid) is not None
        )

    refs: list[tuple[str, str, Any]] = []
    if kind in ("case_party", "testimony", "event"):
        refs.append(("case", "case", item.get("case")))
    if kind == "case_party":
        refs.append(("person", "person", item.get("person")))
    if kind == "testimony" and item.get("witness"):
        refs.append(("witness", "person", item["witness"]))
    if kind == "event":
        refs += [("victims", "person", v) for v in item.get("victims") or []]
        refs += [("perpetrators", "person", v) for v in item.get("perpetrators") or []]
        refs += [("sources", "testimony", v) for v in item.get("sources") or []]
    for field, target_kind, value in refs:
        if not exists(target_kind, value):
            raise InvalidInput(f"{kind} {item['id']}: {field} refers to a missing {target_kind}")


def import_document(
    writer: RecordWriter,
    document: dict[str, Any],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Validate every record, then apply them through writer (the caller commits)."""
    session = writer.session
    incoming: dict[str, set[UUID]] = {kind: set() for _, kind in SECTIONS}
    for section, kind in SECTIONS:
        for item in document.get(section, []):
            uid = read_id(kind, item)
            if uid in incoming[kind]:
                raise InvalidInput(f"{kind} {uid} appears twice")
            incoming[kind].add(uid)
    # First pass: validate everything without touching the vault.
    for section, kind in SECTIONS:
        for item in document.get(section, []):
            apply_content(MODEL_OF_KIND[kind](), item, writer.act_types)
            _check_references(session, kind, item, incoming)
    total = sum(len(document.get(section, [])) for section, _ in SECTIONS)
    done = inserted = updated = unchanged = 0
    for section, kind in SECTIONS:
        for item in document.get(section, []):
            if cancelled is not None and cancelled():
                raise Cancelled("import cancelled; nothing was imported")
            existing: Record | None = session.get(MODEL_OF_KIND[kind], UUID(item["id"]))
            if existing is None:
                writer.create(kind, item)
                inserted += 1
            elif writer.update(existing, item):
                updated += 1
            else:
                unchanged += 1
            done += 1
            if progress is not None and (done % 100 == 0 or done == total):
                progress(done, total)
    return ImportSummary(inserted, updated, unchanged)
