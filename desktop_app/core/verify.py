"""`sandiq verify`: is the vault whole and untampered?"""

from __future__ import annotations

from sqlalchemy import select

from db.engine import integrity_problems
from desktop_app.core.attachments import attachment_digest
from desktop_app.core.audit import chain_problems
from desktop_app.core.content import MODEL_OF_KIND, content_hash, to_content
from desktop_app.core.vault import Vault


def verify_vault(vault: Vault) -> list[str]:
    """Every problem found; an empty list means the vault verified.

    Checks SQLCipher's page authentication and SQLite's integrity, the audit chain, that every
    record's stored content hash matches its content, and every attachment's bytes against the
    SHA-256 taken at intake.
    """
    problems = integrity_problems(vault.engine)
    with vault.read() as session:
        problems += chain_problems(session)
        for kind, model in MODEL_OF_KIND.items():
            for record in session.scalars(select(model)).yield_per(1000):
                if content_hash(to_content(record)) != record.content_hash:
                    problems.append(f"{kind} {record.id}: content does not match its hash")
        attachments = session.scalars(select(MODEL_OF_KIND["attachment"])).all()
        for attachment in attachments:
            if attachment_digest(session, attachment.id) != attachment.sha256:  # type: ignore[attr-defined]
                problems.append(f"attachment {attachment.id}: bytes do not match their SHA-256")
    return problems
