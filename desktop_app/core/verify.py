"""`sandiq verify`: is the vault whole and untampered, and what still refers to deleted records?

A live record referring to a record that does not exist at all is a problem, not a warning:
nothing in Sandiq makes one (deleting keeps a tombstone, and no import leaves one), so a damaged
vault or a bug left it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from db.engine import DriverDatabaseError, DriverOperationalError, integrity_problems
from db.vault_bookkeeping import AuditEntry, Revision
from desktop_app.core.attachments import attachment_digest
from desktop_app.core.audit import chain_problems
from desktop_app.core.content import MODEL_OF_KIND, canonical_json, content_hash, to_content
from desktop_app.core.errors import known_database_reason
from desktop_app.core.exchange.dangling import DanglingReference, all_dangling_references
from desktop_app.core.exchange.progress import Phases, ProgressCallback
from desktop_app.core.vault import Vault
from desktop_app.core.vault_schema import OlderFormat

# The audit action of the entry salvage leaves in the vault it made (core/salvage.py).
SALVAGED = "salvage"
# What each table holds, in the words of the plain summary of a damaged vault.
_PART_OF_TABLE = {
    "case": "cases", "person": "people", "case_party": "people's roles in cases",
    "testimony": "testimonies", "event": "events", "attachment": "attached files",
    "attachment_chunk": "attached files", "revision": "saved versions (history)",
    "audit_log": "the audit log", "draft": "unsaved drafts", "vocabulary_term": "vocabulary",
    "identity": "this vault's exchange keys", "contact": "contacts and exchange bookkeeping",
    "exchanged_bundle": "contacts and exchange bookkeeping",
    "record_clock": "contacts and exchange bookkeeping",
    "sync_conflict": "contacts and exchange bookkeeping",
    "not_same_pair": "the pairs of people marked as not the same person",
}  # fmt: skip
_SEARCH_INDEX = "the search index"
# Shares of verify's time on a 100k-testimony vault: SQLite's checks, the audit chain, the
# saved versions, the records; so that the bar moves at an even pace.
_SHARES = (26, 5, 12, 15)
_ROWS_PER_REPORT = 500


@dataclass(frozen=True)
class VerifyReport:
    """What verify found: problems of integrity (none: the vault verified), and live records
    left referring to deleted ones, which are a warning: the vault is whole, but the user has a
    choice to make again (an import or a conflict's resolution named them once already).
    missing: live records referring to one that does not exist, each also among the problems.
    salvage_notes: losses recorded when the vault was salvaged, which are no problem of its
    own; advice: for a damaged vault, which parts are damaged and what to do, in plain words.
    older_format: set for a vault in an older format, of which only SQLCipher's and SQLite's
    checks ran (the others read the tables as this version has them)."""

    problems: list[str]
    dangling: list[DanglingReference]
    missing: list[DanglingReference] = field(default_factory=list)
    salvage_notes: list[str] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)
    older_format: OlderFormat | None = None


def verify_report(vault: Vault, progress: ProgressCallback | None = None) -> VerifyReport:
    """verify_vault's problems (and records referring to missing ones), every live record
    referring to a deleted record, the losses a salvage recorded, and for a damaged vault what
    is damaged and what to do. progress gets (done, total) now and then, and reaches the end
    when verify does. A vault opened in an older format is checked without upgrading it: by
    SQLCipher's and SQLite's checks alone (see VerifyReport.older_format)."""
    if vault.older_format is not None:
        problems = integrity_problems(vault.engine, progress)
        advice = damage_advice(damaged_parts(vault.engine)) if problems else []
        return VerifyReport(problems, [], advice=advice, older_format=vault.older_format)
    phases = Phases(progress, _SHARES)
    problems, notes = _checked(vault, phases)
    try:
        with vault.read() as session:
            found = all_dangling_references(session)
    except DriverDatabaseError as exc:  # a damaged page, already among the problems
        problems.append(f"references: the check could not finish: {_damage(exc)}")
        found = []
    dangling = [d for d in found if not d.is_target_missing]
    missing = [d for d in found if d.is_target_missing]
    problems += [_missing_target_problem(d) for d in missing]
    advice = damage_advice(damaged_parts(vault.engine)) if problems else []
    for part in range(len(_SHARES)):  # parts a damaged page cut short
        phases.step(part)(1, 1)
    return VerifyReport(problems, dangling, missing, notes, advice)


def _missing_target_problem(d: DanglingReference) -> str:
    label = f" ({d.label})" if d.label else ""
    return (
        f"references: {d.kind} {d.record_id}{label}: {d.field} refers to {d.target_kind} "
        f"{d.target_id}, which is missing"
    )


def verify_vault(vault: Vault) -> list[str]:
    """Every problem found; an empty list means the vault verified.

    Checks SQLCipher's page authentication and SQLite's integrity, the audit chain, that every
    saved version is in the chain and still hashes to what the chain says, that every record's
    stored content hash matches its content and its latest version, and every attachment's
    bytes against the SHA-256 taken at intake. Losses a salvage recorded are not problems.
    """
    return _checked(vault, Phases(None, _SHARES))[0]


def _checked(vault: Vault, phases: Phases) -> tuple[list[str], list[str]]:
    problems = integrity_problems(vault.engine, phases.step(0))
    notes: list[str] = []
    try:
        _add_record_problems(vault, problems, notes, phases)
    except DriverDatabaseError as exc:  # a damaged page: report what was found up to it
        problems.append(f"records: the checks could not finish: {_damage(exc)}")
    return problems, notes


def loss_findings(session: Session) -> list[str]:
    """The audit chain's and the history's findings, sorted: what a salvage commits to."""
    return sorted(chain_problems(session) + _history_problems(session))


def findings_digest(findings: list[str]) -> str:
    """The SHA-256 a salvage entry holds of the findings it explains."""
    return hashlib.sha256(canonical_json(findings)).hexdigest()


def _explained_by_salvage(session: Session, findings: list[str]) -> bool:
    # Exactly the findings the last salvage entry committed to: losses of the damaged vault
    # it was copied from. Anything more (or less) and every finding stays a problem.
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.action == SALVAGED).order_by(AuditEntry.seq.desc())
    ).first()
    return entry is not None and entry.content_hash == findings_digest(sorted(findings))


def damaged_parts(engine: Engine) -> list[str]:
    """What the damaged tables hold, in plain words ("testimonies", "the search index"), each
    table checked on its own (one damaged page makes SQLite's whole check call every table
    after it damaged)."""
    with engine.connect() as conn:
        tables = conn.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0")
        ).all()
    parts: list[str] = []
    for table in tables:
        if _is_damaged(engine, table):
            part = (
                _SEARCH_INDEX
                if table.startswith("search_")
                else _PART_OF_TABLE.get(table, "the database's own tables")
            )
            if part not in parts:
                parts.append(part)
    return parts


def _is_damaged(engine: Engine, table: str) -> bool:
    # A connection whose read failed on damage is discarded (db/engine.py), so every table
    # is checked on a connection that has not failed before.
    with engine.connect() as conn:
        try:
            verdict = conn.exec_driver_sql(f'PRAGMA quick_check("{table}")').all()
        except DriverOperationalError:
            raise
        except DriverDatabaseError:
            return True
    return [tuple(row) for row in verdict] != [("ok",)]


def damage_advice(parts: list[str]) -> list[str]:
    """The plain-words summary verify ends with on a damaged vault: what is damaged and the
    next steps."""
    if parts == [_SEARCH_INDEX]:
        what = [
            "In plain words: only the search index is damaged; every record is intact.",
            "Search and backup fail until it is replaced.",
        ]
    elif parts:
        what = [
            f"In plain words: the damaged parts hold {', '.join(parts)}.",
            "What is in them may be lost; the rest of the vault still reads.",
        ]
    else:
        what = ["In plain words: the vault's records or history do not match what was saved."]
    return [
        *what,
        "Next steps: restore a backup made before the damage (sandiq restore BACKUP --vault "
        "NEWFOLDER), or copy everything that still reads into a new vault: sandiq salvage "
        "--to NEWFOLDER. Neither changes this vault; keep it until the new one is checked.",
    ]


def _damage(exc: DriverDatabaseError) -> str:
    # A full disk or a lock says nothing about the vault: raised. A value that cannot be
    # decoded is damage, and the driver's text for it quotes the value: left out.
    reason = known_database_reason(exc)
    if reason is not None and isinstance(exc, DriverOperationalError):
        raise exc
    return reason or "a stored value cannot be read"


def _counter(report: ProgressCallback | None, total: int) -> Callable[[], None]:
    """A function to call once per row: reports (rows, total) every few hundred rows."""
    done = 0

    def count() -> None:
        nonlocal done
        done += 1
        if report is not None and (done % _ROWS_PER_REPORT == 0 or done == total):
            report(done, total)

    return count


def _add_record_problems(
    vault: Vault, problems: list[str], notes: list[str], phases: Phases
) -> None:
    # Appends as it goes, so that what was found before a damaged page stays in the report.
    with vault.read() as session:
        findings = chain_problems(session)
        phases.step(1)(1, 1)
        findings += _history_problems(session, phases.step(2))
        if findings and _explained_by_salvage(session, findings):
            notes += findings
        else:
            problems += findings
        records = sum(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in MODEL_OF_KIND.values()
        )
        count = _counter(phases.step(3), records)
        for kind, model in MODEL_OF_KIND.items():
            for record in session.scalars(select(model)).yield_per(1000):
                count()
                if content_hash(to_content(record)) != record.content_hash:
                    problems.append(f"{kind} {record.id}: content does not match its hash")
            latest = (
                select(model.id)
                .outerjoin(
                    Revision,
                    (Revision.record_id == model.id) & (Revision.version == model.version),
                )
                .where(
                    Revision.id.is_(None)
                    | (Revision.content_hash != model.content_hash)
                    | (Revision.is_deleted != model.is_deleted)
                )
            )
            for record_id in session.scalars(latest):
                problems.append(f"{kind} {record_id}: does not match its latest saved version")
        attachments = session.scalars(select(MODEL_OF_KIND["attachment"])).all()
        for attachment in attachments:
            if attachment_digest(session, attachment.id) != attachment.sha256:  # type: ignore[attr-defined]
                problems.append(f"attachment {attachment.id}: bytes do not match their SHA-256")


def _history_problems(session: Session, progress: ProgressCallback | None = None) -> list[str]:
    # The chain alone cannot see its last entries cut off, nor an old version removed or
    # rewritten in the revision table: every version must be in the chain and hash to what
    # its audit entry recorded, and every entry about a record must have its version.
    problems: list[str] = []
    unlogged = (
        select(Revision.record_kind, Revision.record_id, Revision.version)
        .outerjoin(
            AuditEntry,
            (AuditEntry.record_id == Revision.record_id)
            & (AuditEntry.version == Revision.version)
            & (AuditEntry.content_hash == Revision.content_hash),
        )
        .where(AuditEntry.seq.is_(None))
    )
    for kind, record_id, version in session.execute(unlogged):
        problems.append(f"{kind} {record_id}: version {version} is missing from the audit log")
    unsaved = (
        select(AuditEntry.record_kind, AuditEntry.record_id, AuditEntry.version)
        .outerjoin(
            Revision,
            (Revision.record_id == AuditEntry.record_id) & (Revision.version == AuditEntry.version),
        )
        .where(AuditEntry.record_id.is_not(None), Revision.id.is_(None))
    )
    for kind, record_id, version in session.execute(unsaved):
        problems.append(f"{kind} {record_id}: version {version} is missing from the history")
    versions = select(Revision).order_by(Revision.id).execution_options(yield_per=500)
    count = _counter(progress, session.scalar(select(func.count(Revision.id))) or 0)
    for revision in session.scalars(versions):
        count()
        if content_hash(revision.data) != revision.content_hash:
            problems.append(
                f"{revision.record_kind} {revision.record_id}: "
                f"version {revision.version} was altered after it was saved"
            )
    return problems
