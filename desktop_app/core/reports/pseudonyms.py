"""Who a dossier must not name, and what it calls them instead.

Protected people (with redaction on) and witnesses who consented only to anonymised use (always)
get their pseudonym, or "Witness A", "Person B", ... The letters are given in the order the
witnesses' testimonies appear and then by record id — never by name, so they reveal nothing
about the real names — and the same person keeps one label across every case of a dossier.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from uuid import UUID

from db.models import Person
from desktop_app.core.reports.labels import Labels
from desktop_app.core.reports.material import CaseMaterial, wants_anonymity
from desktop_app.core.reports.redaction import NamedPerson, Redactor

WITNESS_ROLES = ("witness", "source")


def redaction_default(
    materials: Sequence[CaseMaterial], protected_in_vault: Sequence[Person]
) -> bool:
    """On if any case is confidential or restricted, or anyone is protected: in the dossier,
    or anywhere in the vault (the dossier's text may name them)."""
    return (
        any(m.case.sensitivity != "normal" for m in materials)
        or any(p.is_protected for m in materials for p in m.persons.values())
        or bool(protected_in_vault)
    )


def letters(n: int) -> str:
    """0 → 'A', 25 → 'Z', 26 → 'AA'."""
    text = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        text = string.ascii_uppercase[rest] + text
    return text


def _unnamed(
    materials: Sequence[CaseMaterial], is_redacted: bool, anonymous: set[UUID]
) -> list[UUID]:
    """Everyone the dossier must not name, in lettering order."""
    order: dict[UUID, None] = {}
    for material in materials:
        for testimony in material.testimonies:
            witness = material.persons.get(testimony.witness_id)  # type: ignore[arg-type]
            if witness and (wants_anonymity(testimony) or (is_redacted and witness.is_protected)):
                order[witness.id] = None
    for material in materials:  # who asked for anonymity in a testimony left out, or elsewhere
        order.update(dict.fromkeys(sorted(anonymous & material.persons.keys(), key=str)))
    if is_redacted:
        for material in materials:
            protected = (p.id for p in material.persons.values() if p.is_protected)
            order.update(dict.fromkeys(sorted(protected, key=str)))
    return list(order)


class _Labeller:
    """Gives the people a dossier must not name their labels: a pseudonym if one is recorded
    and not taken, else the next letter of its kind."""

    def __init__(self, labels: Labels) -> None:
        self._labels = labels
        self._taken: set[str] = set()
        self._counters = {"witness_label": 0, "person_label": 0}

    def __call__(self, pseudonym: str, kind: str) -> str:
        label = pseudonym.strip()
        while not label or label in self._taken:
            label = self._labels[kind].format(letter=letters(self._counters[kind]))
            self._counters[kind] += 1
        self._taken.add(label)
        return label


def _assign_labels(
    materials: Sequence[CaseMaterial],
    is_redacted: bool,
    anonymous: set[UUID],
    labeller: _Labeller,
) -> dict[UUID, str]:
    """Person id → the label that replaces them, for everyone the dossier must not name."""
    persons = {pid: p for m in materials for pid, p in m.persons.items()}
    witnesses = {
        pid for m in materials for pid, roles in m.roles.items() if set(roles) & set(WITNESS_ROLES)
    }
    kind = {pid: "witness_label" if pid in witnesses else "person_label" for pid in persons}
    return {
        pid: labeller(persons[pid].pseudonym, kind[pid])
        for pid in _unnamed(materials, is_redacted, anonymous)
    }


def build_redactor(
    materials: Sequence[CaseMaterial],
    is_redacted: bool,
    labels: Labels,
    protected_in_vault: Sequence[Person],
    anonymous_in_vault: Sequence[Person],
) -> Redactor:
    """The redactor of a dossier: knows everyone in it, and the people of other cases it must
    not name if the text names them — every protected person with redaction on, and, always,
    whoever gave a testimony for anonymised use only (labelled after the dossier's own, in the
    order the text first names them); replaces those it must not name."""
    labeller = _Labeller(labels)
    anonymous = {p.id for p in anonymous_in_vault}
    assigned = _assign_labels(materials, is_redacted, anonymous, labeller)
    persons = {pid: p for m in materials for pid, p in m.persons.items()}
    people = [
        NamedPerson(str(pid), (p.name, *p.other_names), assigned.get(pid))
        for pid, p in persons.items()
    ]
    unnamed_elsewhere = [*anonymous_in_vault, *(protected_in_vault if is_redacted else ())]
    outside = {str(p.id): p for p in unnamed_elsewhere if p.id not in persons}
    people += [
        NamedPerson(pid, (p.name, *p.other_names), is_labelled_when_named=True)
        for pid, p in outside.items()
    ]

    def label_when_named(pid: str) -> str:
        person = outside[pid]
        return labeller(
            person.pseudonym, "witness_label" if person.id in anonymous else "person_label"
        )

    return Redactor(people, labels["name_withheld"], label_when_named)
