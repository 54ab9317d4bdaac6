"""Bringing a vault's database up to this version: its schema and built-in vocabulary.

Done when a vault is created and when it is unlocked. A vault made by an older version is in an
older format (its schema revision): upgrading it adds the new tables, and older versions of
Sandiq refuse it afterwards, so callers with a user to ask (the window, the command line) open
it as it is first and upgrade it only once they have said so (see ``vault.unlock``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from db.migrate import current_revision, head_revision, is_current, known_revisions, upgrade
from db.models import VocabularyTerm
from db.name_order_index import rebuild_stale_name_order_indexes
from desktop_app.core.errors import VaultFromNewerVersion
from desktop_app.core.search.index import ensure_search_index
from desktop_app.core.search.index_unicode import mark_stale_after_unicode_change
from desktop_app.core.vocab import ACT_TYPE_VOCABULARY, ACT_TYPES


@dataclass(frozen=True)
class OlderFormat:
    """A vault in the format of an older Sandiq: format is its schema revision as a number
    (8 for revision 0008), current this version's."""

    format: int
    current: int


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


def older_format(engine: Engine) -> OlderFormat | None:
    """The older format the database is in, None if it is this version's; raises
    VaultFromNewerVersion for a vault made by a newer version. Writes nothing."""
    if is_current(engine):  # nearly every unlock: no need to load Alembic
        return None
    revision = current_revision(engine)
    if revision is not None and revision not in known_revisions():
        raise VaultFromNewerVersion("this vault was made by a newer version of Sandiq")
    # Revisions are numbered 0001, 0002...; an empty database has none.
    return OlderFormat(int(revision or 0), int(head_revision()))


def prepare_schema(engine: Engine) -> None:
    """Upgrade the schema to this version; raises VaultFromNewerVersion, changing nothing,
    for a vault made by a newer version."""
    if older_format(engine) is not None:
        upgrade(engine)


def bring_up_to_date(engine: Engine, rebuild_stale_index: bool) -> None:
    """Upgrade the schema (as prepare_schema), write the built-in vocabulary, and renew what
    was made with another Unicode version or folding: the name-order indexes, and the search
    index if rebuild_stale_index (minutes on a large vault; see vault.unlock)."""
    prepare_schema(engine)
    with sessionmaker(engine).begin() as session:
        sync_vocabulary(session)
        rebuild_stale_name_order_indexes(session)
        mark_stale_after_unicode_change(session)
        if rebuild_stale_index:  # after an upgrade, new folding rules or a new Unicode
            ensure_search_index(session)
