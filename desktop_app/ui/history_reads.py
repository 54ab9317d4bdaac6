"""What reads a case's History on workers, a page at a time, for the History tab's model
(``history_model``, which pages like the big lists through ``page_reads``): a page of a case in
a 100,000-testimony vault took 268 ms on the GUI thread, the window frozen. Each read gets
plain values only (the case's id, an audit position, the records shown) and opens its own
session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy.orm import Session

from desktop_app.core import case_file
from desktop_app.core.authors import change_authors
from desktop_app.core.case_history import HistoryRow, case_history, case_history_since
from desktop_app.core.errors import RecordNotFound
from desktop_app.core.kept_merges import KeptMerge, history_kept_merges
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.ui.history_names import untitled_testimony_names
from desktop_app.ui.i18n import act_type_label, format_partial_date

if TYPE_CHECKING:
    from desktop_app.ui.windows import WindowRegistry


@dataclass(frozen=True)
class HistoryPage:
    """Some of a case's audit entries, newest first, with the names of their records, who
    made each change (audit seq -> key id, None where not recorded) and the deletions that
    kept a merge in a conflict (audit seq -> whose merge, into whom)."""

    rows: list[HistoryRow]
    labels: dict[Any, str] = field(default_factory=dict)
    authors: dict[int, str | None] = field(default_factory=dict)
    kept_merges: dict[int, KeptMerge] = field(default_factory=dict)


class HistorySource:
    """The reads of one case's History, each made on the GUI thread and run on a worker."""

    def __init__(self, registry: WindowRegistry, case_id: UUID) -> None:
        self._registry = registry
        self._case_id = case_id

    @property
    def vault(self) -> Vault:
        """The vault the reads run against (the one open now)."""
        return self._registry.vault

    def older(self, older_than: int | None) -> Callable[[Session], HistoryPage]:
        """What reads the newest page, or the page before an audit position."""
        case_id, own_key_id = self._case_id, self.vault.fingerprint

        def fetch(session: Session) -> HistoryPage:
            rows = case_history(session, case_id, older_than)
            return _history_page(session, own_key_id, rows, [])

        return fetch

    def newer(
        self, newer_than: int, shown: list[tuple[str, UUID]]
    ) -> Callable[[Session], HistoryPage | None]:
        """What reads the entries made since an audit position (a few, after a save), with
        the names of the records shown taken anew (a witness renamed); the read gives None if
        what changed cannot be told (see ``case_history_since``)."""
        case_id, own_key_id = self._case_id, self.vault.fingerprint

        def fetch(session: Session) -> HistoryPage | None:
            rows = case_history_since(session, case_id, newer_than)
            return None if rows is None else _history_page(session, own_key_id, rows, shown)

        return fetch


def _history_page(
    session: Session, own_key_id: str, rows: list[HistoryRow], shown: list[tuple[str, UUID]]
) -> HistoryPage:
    """A page of rows, with the names of their records and of those shown already."""
    records = shown + [(r.record_kind, r.record_id) for r in rows if r.record_id is not None]
    labels = _record_names(session, records)
    authors = change_authors(session, own_key_id, rows)
    kept = history_kept_merges(session, own_key_id, rows)
    return HistoryPage(rows, labels, authors, kept)


def _record_names(session: Session, records: list[tuple[str, UUID]]) -> dict[UUID, str]:
    """The Name column's text for (kind, id) records: core's titles, and an event without a
    place by its date and act, as the Events tab shows it (its title, the place, is empty)."""
    names = case_file.record_titles(session, records)
    for kind, record_id in records:
        if kind == "event" and record_id not in names:
            try:
                event = get_record(session, "event", record_id)
            except RecordNotFound:
                continue
            date = format_partial_date(event.date)
            names[record_id] = " ".join(filter(None, (date, act_type_label(event.act_type))))
    untitled = [rid for kind, rid in records if kind == "testimony" and rid not in names]
    names.update(untitled_testimony_names(session, untitled))
    return names
