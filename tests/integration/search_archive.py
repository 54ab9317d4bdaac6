"""A vault of people and testimonies known by short names, for the search tests that ask which
records a query finds and how each was matched."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from desktop_app.core.search.match_tiers import Match
from desktop_app.core.search.service import SearchResults, search_results
from desktop_app.core.vault import Vault


class NarrativeArchive:
    """people (short name → name) and narratives (short name → testimony text, all in one case),
    searched as the search box does; typing: whether the last word of a query is taken as still
    being typed (completed), unless a call says otherwise."""

    def __init__(
        self,
        vault: Vault,
        people: Mapping[str, str],
        narratives: Mapping[str, str],
        case: tuple[str, str] = ("UZ-2014-0001", "Андижан"),
        *,
        typing: bool = True,
    ) -> None:
        self.vault = vault
        self.typing = typing
        self.names: dict[UUID, str] = {}
        reference, title = case
        with vault.transaction() as session:
            writer = vault.writer(session)
            case_id = str(writer.create("case", {"reference": reference, "title": title}).id)
            session.flush()
            for short, name in people.items():
                self.names[writer.create("person", {"name": name}).id] = short
            for short, narrative in narratives.items():
                testimony: dict[str, Any] = {"case": case_id, "narrative": narrative}
                self.names[writer.create("testimony", testimony).id] = short

    def results(
        self, query: str, limit: int = 100, *, typing: bool | None = None, **kw: Any
    ) -> SearchResults:
        """What the search box shows for query."""
        completing = self.typing if typing is None else typing
        with self.vault.read() as session:
            return search_results(session, query, limit=limit, complete_last_word=completing, **kw)

    def matches(self, query: str, *, typing: bool | None = None) -> dict[str, Match]:
        """How each record found was matched, best first."""
        return {
            self.names[hit.record_id]: hit.match for hit in self.results(query, typing=typing).hits
        }

    def find(self, query: str, **kw: Any) -> list[str]:
        """Short names of what search finds, best first."""
        return [self.names[hit.record_id] for hit in self.results(query, **kw).hits]
