"""`sandiq verify`: is the vault whole and untampered, and what still refers to deleted records?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import DriverDatabaseError, DriverOperationalError, integrity_problems
from db.models import AuditEntry, Revision
from desktop_app.core.attachments import attachment_digest
from desktop_app.core.audit import chain_problems
from desktop_app.core.content import MODEL_OF_KIND, content_hash, to_content
from desktop_app.core.errors import known_database_reason
from desktop_app.core.exchange.dangling import DanglingReference, all_dangling_references
from desktop_app.core.vault import Vault


@dataclass(frozen=True)
class VerifyReport:
    """What verify found: problems of integrity (none: the vault verified), and live records
    left referring to deleted ones, which are a warning: the vault is whole, but the user has a
    choice to make again (an import or a conflict's resolution named them once already)."""

    problems: list[str]
    dangling: list[DanglingReference]


def verify_report(vault: Vault) -> VerifyReport:
    """verify_vault's problems, and every live record referring to a deleted record."""
    problems = verify_vault(vault)
    try:
        with vault.read() as session:
            dangling = all_dangling_references(session)
    except DriverDatabaseError as exc:  # a damaged page, already among the problems
        problems.append(f"references: the check could not finish: {_damage(exc)}")
        dangling = []
    return VerifyReport(problems, dangling)


def verify_vault(vault: Vault) -> list[str]:
    """Every problem found; an empty list means the vault verified.

    Checks SQLCipher's page authentication and SQLite's integrity, the audit chain, that every
    saved version is in the chain and still hashes to what the chain says, that every record's
    stored content hash matches its content and its latest version, and every attachment's
    bytes against the SHA-256 taken at intake.
    """
    problems = integrity_problems(vault.engine)
    try:
        _add_record_problems(vault, problems)
    except DriverDatabaseError as exc:  # a damaged page: report what was found up to it
        problems.append(f"records: the checks could not finish: {_damage(exc)}")
    return problems


def _damage(exc: DriverDatabaseError) -> str:
    # A full disk or a lock says nothing about the vault: raised. A value that cannot be
    # decoded is damage, and the driver's text for it quotes the value: left out.
    reason = known_database_reason(exc)
    if reason is not None and isinstance(exc, DriverOperationalError):
        raise exc
    return reason or "a stored value cannot be read"


def _add_record_problems(vault: Vault, problems: list[str]) -> None:
    # Appends as it goes, so that what was found before a damaged page stays in the report.
    with vault.read() as session:
        problems += chain_problems(session)
        problems += _history_problems(session)
        for kind, model in MODEL_OF_KIND.items():
            for record in session.scalars(select(model)).yield_per(1000):
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


def _history_problems(session: Session) -> list[str]:
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
    for revision in session.scalars(versions):
        if content_hash(revision.data) != revision.content_hash:
            problems.append(
                f"{revision.record_kind} {revision.record_id}: "
                f"version {revision.version} was altered after it was saved"
            )
    return problems
