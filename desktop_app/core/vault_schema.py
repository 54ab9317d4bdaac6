"""Bringing a vault's database up to this version: its schema and built-in vocabulary.

Done when a vault is created and on every unlock, so a vault made by an older version opens
with the new tables and the current labels of the built-in act types.
"""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from db.migrate import current_revision, is_current, known_revisions, upgrade
from db.models import VocabularyTerm
from desktop_app.core.errors import VaultFromNewerVersion
from desktop_app.core.vocab import ACT_TYPE_VOCABULARY, ACT_TYPES


def sync_vocabulary(session: Session) -> None:
    """Write the built-in act types with their current labels; terms the user added stay."""
    existing = {
        term.code: term
        for term in session.scalars(
            select(VocabularyTerm).where(VocabularyTerm.vocabulary == ACT_TYPE_VOCABULARY)
        )
    }
    for code, (en, ru, uz) in ACT_TYPES.items():
        term = existing.get(code) or VocabularyTerm(vocabulary=ACT_TYPE_VOCABULARY, code=code)
        term.label_en, term.label_ru, term.label_uz, term.is_builtin = en, ru, uz, True
        session.add(term)


def prepare_schema(engine: Engine) -> None:
    """Upgrade the schema to this version; raises VaultFromNewerVersion, changing nothing,
    for a vault made by a newer version."""
    if is_current(engine):  # nearly every unlock: no need to load Alembic
        return
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise VaultFromNewerVersion("this vault was made by a newer version of Sandiq")
    upgrade(engine)
