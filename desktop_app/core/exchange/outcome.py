"""What an import's decisions mean for its report, known before anything is written.

While writing, the importer keeps a colleague's conflicting version unless that version, or a
newer one of theirs, is already waiting (``conflicts.keep_conflict``), and closes the open
conflicts whose other side a record's new clock has seen (``conflicts.close_superseded``). The
report, and a dry run that writes nothing, must say both beforehand, so ``Outcome`` applies the
same clock rules to each batch of decisions before it is written. It also names each case
party's person and case, which may arrive in the same bundle (a dry run never stores them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from uuid import UUID

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from db.exchange_state import SyncConflict
from db.models import Case, Person
from desktop_app.core.authors import short_fingerprint, vault_names
from desktop_app.core.exchange.clock import Clock, Order, compare, merge
from desktop_app.core.exchange.incoming_records import Incoming
from desktop_app.core.exchange.merge import Action, Decision
from desktop_app.core.id_batches import in_batches

WaitingConflicts = dict[UUID, list[tuple[int, Clock]]]  # record id -> [(conflict id, clock)]


def _open_conflicts(session: Session, record_ids: Iterable[UUID]) -> WaitingConflicts:
    found: WaitingConflicts = {}
    for batch in in_batches(record_ids):
        query = (
            select(SyncConflict.record_id, SyncConflict.id, SyncConflict.theirs_clock)
            .where(SyncConflict.record_id.in_(batch), SyncConflict.resolved_at == "")
            .order_by(SyncConflict.id)
        )
        for record_id, conflict_id, clock in session.execute(query):
            found.setdefault(record_id, []).append((conflict_id, dict(clock)))
    return found


def _is_already_waiting(waiting: list[tuple[int, Clock]], incoming: Mapping[str, int]) -> bool:
    # As keep_conflict: the first waiting version not concurrent with the incoming one decides.
    for _, theirs in waiting:
        order = compare(theirs, incoming)
        if order is not Order.CONCURRENT:
            return order in (Order.OLDER, Order.SAME)
    return False


def _clock_after(decision: Decision) -> Clock | None:
    """The record's clock after the import, if the import sets it (as ``apply`` decides)."""
    if decision.action in (Action.OLDER, Action.CONFLICT, Action.REFUSED):
        return None
    clock = merge(decision.local_clock, decision.incoming.clock)
    changed = clock != decision.local_clock or decision.action is Action.INSERT
    return clock if changed else None


class Outcome:
    """Conflicts already waiting, conflicts settled and parties' names, batch by batch."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.already_waiting: set[UUID] = set()  # conflicting records adding no new conflict
        self.settled: list[tuple[int, Incoming]] = []  # (conflict id, the record settling it)
        # party id -> (person name, case ref, person's sex)
        self.parties: dict[UUID, tuple[str, str, str]] = {}
        self._names: dict[UUID, str] = {}  # the bundle's people and cases so far
        self._sexes: dict[UUID, str] = {}  # the bundle's people so far
        self._vault_names: dict[str, str] | None = None  # contacts by key id, once needed

    def add(self, decisions: Sequence[Decision]) -> None:
        """Take in one batch of decisions, before the batch is written."""
        waiting = _open_conflicts(self._session, [d.incoming.id for d in decisions])
        for decision in decisions:
            conflicts = waiting.get(decision.incoming.id)
            if not conflicts:
                continue
            if decision.action is Action.CONFLICT:
                if _is_already_waiting(conflicts, decision.incoming.clock):
                    self.already_waiting.add(decision.incoming.id)
            elif (clock := _clock_after(decision)) is not None:
                self.settled += [
                    (conflict_id, decision.incoming)
                    for conflict_id, theirs in conflicts
                    if compare(theirs, clock) in (Order.NEWER, Order.SAME)  # close_superseded
                ]
        self._name_parties([d.incoming for d in decisions])

    def author_name(self, key_id: str) -> str:
        """Who wrote a version, as the user knows them: a contact's display name, or the
        start of the key's fingerprint."""
        if self._vault_names is None:
            self._vault_names = vault_names(self._session)
        return self._vault_names.get(key_id) or short_fingerprint(key_id)

    def _name_parties(self, records: list[Incoming]) -> None:
        for record in records:
            if record.kind in ("person", "case"):
                self._names[record.id] = record.case_reference or record.label
            if record.kind == "person":
                self._sexes[record.id] = record.sex
        parties = [r for r in records if r.kind == "case_party"]
        wanted = {uid for r in parties for _, _, uid in r.references if uid not in self._names}
        # A person protected here is named as reports name her: by her pseudonym.
        shown = case((Person.is_protected.is_(True), Person.pseudonym), else_=Person.name)
        for model, column in ((Person, shown), (Case, Case.reference)):
            for batch in in_batches(wanted):
                query = select(model.id, column).where(model.id.in_(batch))
                self._names.update((uid, name) for uid, name in self._session.execute(query))
        # Her sex too (a woman's role is named in the feminine), protected or not.
        for batch in in_batches(wanted):
            query = select(Person.id, Person.sex).where(Person.id.in_(batch))
            self._sexes.update((uid, sex or "") for uid, sex in self._session.execute(query))
        for party in parties:
            names = {target: self._names.get(uid, "") for _, target, uid in party.references}
            people = [uid for _, target, uid in party.references if target == "person"]
            sex = self._sexes.get(people[0], "") if people else ""
            self.parties[party.id] = (names.get("person", ""), names.get("case", ""), sex)
