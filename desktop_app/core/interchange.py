"""The plain JSON interchange format (``docs/json-format.md``): export and import.

Export writes plaintext, so callers must warn the user first. Import validates the whole file
(types, vocabularies, every reference) before it changes anything, then applies it in the
caller's transaction; importing the same file twice changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Case, CaseParty, Event, Person, Testimony
from desktop_app.core.content import MODEL_OF_KIND, Record, quoted, record_label, to_content
from desktop_app.core.errors import Cancelled, InvalidInput
from desktop_app.core.one_line_text import ONE_LINE_FIELDS, one_line_problem
from desktop_app.core.record_validation import ValidRecord, read_id, validate_record, with_article
from desktop_app.core.records import RecordWriter
from desktop_app.core.reference_folding import is_same_spelling, reference_key
from desktop_app.core.strict_json import DuplicateKey, unique_object

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
# Why a file is refused before any record is read ({} a detail); the GUI matches these
# sentences to say them in the user's language (ui/core_messages.py).
TOO_LARGE = "the file is too large to import"
NOT_UTF8 = "the file is not UTF-8 text"
EMPTY = "the file is empty"
KEY_TWICE = "the file is not valid Sandiq JSON: the key {} appears twice in one object"
# The parser's own words ({} last) help on the command line; a translation may leave them out.
NOT_JSON = "the file is not valid JSON (line {}, column {}: {})"
NOT_JSON_LIMITS = "the file is not valid JSON (too deeply nested or too long a number)"
NOT_SANDIQ = 'not a Sandiq JSON file (expected "format": "sandiq")'
UNSUPPORTED_VERSION = "unsupported Sandiq JSON version {}"
UNKNOWN_SECTION = "unknown section {}"
NOT_A_LIST = '"{}" must be a list'
_BATCH = 500  # ids per IN (...) query, well below SQLite's variable limit
_WRITE_BATCH = 500  # new records written at once

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, for a dry run, would do)."""

    inserted: int
    updated: int
    unchanged: int


def export_document(session: Session) -> dict[str, Any]:
    """Every live record of the vault in the interchange shape, in a stable order.

    The result imports cleanly: tombstoned records are left out, and so are references to
    them (a testimony's deleted witness becomes null) and records that cannot stand without
    one (the parties and the testimonies and events of a deleted case). Into another vault
    too, unless the vault holds what the import refuses and bundles let in: references that
    differ only in letter case, a name with control characters (see one_line_text).
    """
    document: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    order = {
        "case": Case.reference,
        "person": Person.name,
        "case_party": CaseParty.id,
        "testimony": Testimony.id,
        "event": Event.id,
    }
    exported: dict[str, set[str]] = {}
    for section, kind in SECTIONS:
        model: Any = MODEL_OF_KIND[kind]
        query = select(model).where(model.is_deleted.is_(False)).order_by(order[kind], model.id)
        contents = []
        for record in session.scalars(query).yield_per(500):
            content = _without_deleted_references(kind, to_content(record), exported)
            if content is not None:
                contents.append(content)
        document[section] = contents
        exported[kind] = {c["id"] for c in contents}
    return document


def _without_deleted_references(
    kind: str, content: dict[str, Any], exported: dict[str, set[str]]
) -> dict[str, Any] | None:
    required = {"case_party": ("case", "person"), "testimony": ("case",), "event": ("case",)}
    target = {"case": "case", "person": "person"}
    if any(content[f] not in exported[target[f]] for f in required.get(kind, ())):
        return None
    if kind == "testimony" and content["witness"] not in exported["person"]:
        content["witness"] = None
    if kind == "event":
        for field, target_kind in (
            ("victims", "person"),
            ("perpetrators", "person"),
            ("sources", "testimony"),
        ):
            content[field] = [i for i in content[field] if i in exported[target_kind]]
    return content


def dump_document(document: dict[str, Any]) -> bytes:
    """The document as UTF-8 JSON, stable byte for byte for the same content."""
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def parse_document(raw: bytes) -> dict[str, Any]:
    """Parse and check the envelope of an interchange file, or InvalidInput."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise InvalidInput(TOO_LARGE)
    try:
        # A BOM, as Windows Notepad writes, is skipped. A key given twice is refused: keeping
        # either value ("narrative": "FIRST...", "narrative": "second") would lose the other.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(NOT_UTF8) from None
    # JSON's own white space: "line 1, column 1: Expecting value" says nothing of an empty file.
    if not text.strip(" \t\n\r"):
        raise InvalidInput(EMPTY)
    try:
        document = json.loads(text, object_pairs_hook=unique_object)
    except DuplicateKey as exc:
        raise InvalidInput(KEY_TWICE.format(quoted(exc.key))) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(NOT_JSON.format(exc.lineno, exc.colno, exc.msg)) from None
    except (ValueError, RecursionError):  # a 5,000-digit number, arrays nested 100,000 deep
        raise InvalidInput(NOT_JSON_LIMITS) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise InvalidInput(NOT_SANDIQ)
    version = document.get("version")
    if type(version) is not int or version != FORMAT_VERSION:
        raise InvalidInput(UNSUPPORTED_VERSION.format(quoted(version)))
    # A misspelt section ("testimonys") would otherwise be skipped without a word.
    known = {"format", "version", *(section for section, _ in SECTIONS)}
    unknown = sorted(str(key) for key in document if key not in known)
    if unknown:
        raise InvalidInput(UNKNOWN_SECTION.format(quoted(unknown[0])))
    for section, _ in SECTIONS:
        if not isinstance(document.get(section, []), list):
            raise InvalidInput(NOT_A_LIST.format(section))
    return document


def _batches(ids: set[UUID]) -> Iterator[list[UUID]]:
    """ids in sorted batches small enough for one IN (...) each."""
    pending = sorted(ids, key=lambda uid: uid.int)  # UUID order, without UUID.__lt__
    for start in range(0, len(pending), _BATCH):
        yield pending[start : start + _BATCH]


def _exists_in_vault(session: Session, kind: str, ids: set[UUID]) -> set[UUID]:
    """Which of ids are records of this kind in the vault."""
    model: Any = MODEL_OF_KIND[kind]
    found: set[UUID] = set()
    for batch in _batches(ids):
        found.update(session.scalars(select(model.id).where(model.id.in_(batch))))
    return found


def _load_existing(session: Session, kind: str, ids: set[UUID]) -> dict[UUID, Record]:
    """The records of this kind already in the vault among ids."""
    model: Any = MODEL_OF_KIND[kind]
    records: dict[UUID, Record] = {}
    for batch in _batches(ids):
        records.update((r.id, r) for r in session.scalars(select(model).where(model.id.in_(batch))))
    return records


def _references(kind: str, item: dict[str, Any]) -> list[tuple[str, str, UUID]]:
    """(field, target kind, id) of every reference an already validated record makes."""
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
    return [(field, target, UUID(value)) for field, target, value in refs]


def _named(kind: str, item: dict[str, Any]) -> str:
    """A record whose id read_id accepted, as a message names it: kind, id, and the label a
    user finds it by in the file (a person's name, a case's reference and title), quoted and
    cut short."""
    name = f"{kind} {UUID(item['id'])}"  # canonical: UUID() lets in "{...}" and white space
    # Text values only: a name given as a list nested 10,000 deep has no label to show.
    texts = {field: value for field, value in item.items() if isinstance(value, str)}
    label = record_label(kind, texts) if kind != "case_party" else ""  # a role names no one
    return f"{name} ({quoted(label)})" if label else name


def _validated(kind: str, item: Any, act_types: set[str], stored: Record | None) -> ValidRecord:
    # What the record already holds passes unchanged, as in _check_one_line_fields.
    held = to_content(stored) if stored is not None else None
    try:
        return validate_record(kind, item, act_types, UUID(item["id"]), held=held)
    except InvalidInput as exc:
        # validate_record (shared with bundles) names the record by id alone.
        bare, message = f"{kind} {item['id']}:", str(exc)
        if not message.startswith(bare):
            raise
        raise InvalidInput(f"{_named(kind, item)}:{message[len(bare) :]}") from None


def _check_fields(kind: str, item: dict[str, Any], content: dict[str, Any]) -> None:
    # A misspelt field ("narative") would otherwise be dropped without a word.
    unknown = sorted(set(item) - set(content))
    consent = item.get("consent")
    if kind == "testimony" and isinstance(consent, dict):
        unknown += [f"consent.{k}" for k in sorted(set(consent) - set(content["consent"]))]
    if unknown:
        raise InvalidInput(f"{_named(kind, item)}: unknown field {quoted(unknown[0])}")


def _check_one_line_fields(record: ValidRecord, stored: Record | None) -> None:
    # Here and not in validate_record: bundles must still carry what a vault already holds.
    # For the same reason a value the record already has in this vault is let through, so
    # that a vault's own export imports again.
    for kind, field, is_list in ONE_LINE_FIELDS:
        value = record.content[field] if kind == record.kind else None
        if value is None or (stored is not None and getattr(stored, field) == value):
            continue
        for line in value if is_list else [value]:
            problem = one_line_problem(line)
            if problem is not None:
                raise InvalidInput(f"{_named(kind, record.content)}: {field}: {problem}")


def _check_case_references(
    session: Session, items: dict[str, list[Any]], incoming: dict[str, set[UUID]]
) -> None:
    # Case references are how people name cases (`sandiq case show KG-2010-0007`): after the
    # import every live case must still have its own, in any letter case and Unicode form
    # (reference_folding), as `case add` and a bundle want (case_file.case_with_reference;
    # that reads every case per call, this reads them once).
    stored: dict[UUID, str] = {}
    owner: dict[str, tuple[UUID, str]] = {}
    for case_id, reference in session.execute(
        select(Case.id, Case.reference).where(Case.is_deleted.is_(False))
    ):
        stored[case_id] = reference_key(reference)
        if case_id not in incoming["case"]:
            owner[reference_key(reference)] = (case_id, reference)
    for item in items["case"]:
        uid, reference = UUID(item["id"]), item["reference"].strip()
        key = reference_key(reference)
        other, taken = owner.setdefault(key, (uid, reference))
        if other == uid:
            continue
        # "ЎЗ-1" with Ў as one character and as У + breve look the same: an exact clash.
        if is_same_spelling(taken, reference):
            raise InvalidInput(
                f"{_named('case', item)}: reference {quoted(reference)} is already used by "
                f"case {other}"
            )
        # Bundles once compared references exactly, so a vault may hold UZ-1 and uz-1 already:
        # its own export must import again. Only a new pair is refused.
        if not stored.get(uid) == stored.get(other) == key:
            raise InvalidInput(
                f"{_named('case', item)}: reference {quoted(reference)} differs only in letter "
                f"case from {quoted(taken)} of case {other} (references must differ in more "
                "than letter case)"
            )


def _validate(
    writer: RecordWriter,
    items: dict[str, list[Any]],
    incoming: dict[str, set[UUID]],
    existing: dict[str, dict[UUID, Record]],
) -> dict[str, list[ValidRecord]]:
    """Every item validated (in the same order), or InvalidInput."""
    session = writer.session
    valid: dict[str, list[ValidRecord]] = {}
    for kind, kind_items in items.items():
        valid[kind] = []
        for item in kind_items:
            stored = existing[kind].get(UUID(item["id"]))
            record = _validated(kind, item, writer.act_types, stored)
            _check_fields(kind, item, record.content)
            valid[kind].append(record)
    # Ids are unique across kinds: history, search and attachments find a record by id alone.
    for kind, ids in incoming.items():
        for other_kind in MODEL_OF_KIND:
            if other_kind == kind:
                continue
            clash = ids & incoming.get(other_kind, set()) or _exists_in_vault(
                session, other_kind, ids
            )
            if clash:
                item = next(i for i in items[kind] if UUID(i["id"]) == min(clash))
                used_by = with_article(other_kind)
                raise InvalidInput(f"{_named(kind, item)}: id is already used by {used_by}")
    wanted: dict[str, set[UUID]] = {kind: set() for kind in incoming}
    for kind, kind_items in items.items():
        for item in kind_items:
            for _, target, uid in _references(kind, item):
                if uid not in incoming[target]:
                    wanted[target].add(uid)
    known = {kind: _exists_in_vault(session, kind, ids) for kind, ids in wanted.items() if ids}
    for kind, kind_items in items.items():
        for item in kind_items:
            for field, target, uid in _references(kind, item):
                if uid not in incoming[target] and uid not in known[target]:
                    raise InvalidInput(
                        f"{_named(kind, item)}: {field} refers to a missing {target} {uid}"
                    )
    _check_case_references(session, items, incoming)
    return valid


def import_document(
    writer: RecordWriter,
    document: dict[str, Any],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Validate every record, then apply them through writer (the caller commits).

    Nothing is written unless the whole document is valid: any InvalidInput is raised before
    the first change, naming the record and the field.
    """
    session = writer.session
    items = {kind: list(document.get(section) or []) for section, kind in SECTIONS}
    incoming: dict[str, set[UUID]] = {kind: set() for kind in items}
    for kind, kind_items in items.items():
        for item in kind_items:
            uid = read_id(kind, item)
            if uid in incoming[kind]:
                raise InvalidInput(f"{_named(kind, item)} appears twice")
            incoming[kind].add(uid)
    existing = {kind: _load_existing(session, kind, ids) for kind, ids in incoming.items()}
    valid = _validate(writer, items, incoming, existing)
    for kind, records in valid.items():
        for record in records:
            _check_one_line_fields(record, existing[kind].get(record.id))
    total = sum(len(kind_items) for kind_items in items.values())
    done = inserted = updated = unchanged = 0
    # New records are written in batches (see RecordWriter.insert), flushed before an update
    # so that revisions and audit entries keep the document's order.
    new: list[ValidRecord] = []
    for kind, kind_items in items.items():
        for item, record in zip(kind_items, valid[kind], strict=True):
            if cancelled is not None and cancelled():
                raise Cancelled("import cancelled; nothing was imported")
            stored = existing[kind].get(record.id)
            if stored is None:
                new.append(record)
                inserted += 1
            else:
                writer.insert(new)
                new.clear()
                if writer.update(stored, item):
                    updated += 1
                else:
                    unchanged += 1
            if len(new) == _WRITE_BATCH:
                writer.insert(new)
                new.clear()
            done += 1
            if progress is not None and (done % 100 == 0 or done == total):
                progress(done, total)
        # Records of the next kinds may refer to these.
        writer.insert(new)
        new.clear()
    return ImportSummary(inserted, updated, unchanged)
