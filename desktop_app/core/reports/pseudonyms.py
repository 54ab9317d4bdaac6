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

from desktop_app.core.reports.labels import Labels
from desktop_app.core.reports.material import CaseMaterial, wants_anonymity
from desktop_app.core.reports.redaction import NamedPerson, Redactor

WITNESS_ROLES = ("witness", "source")


def redaction_default(materials: Sequence[CaseMaterial]) -> bool:
    """On if any case is confidential or restricted, or anyone in the dossier is protected."""
    return any(m.case.sensitivity != "normal" for m in materials) or any(
        p.is_protected for m in materials for p in m.persons.values()
    )


def letters(n: int) -> str:
    """0 → 'A', 25 → 'Z', 26 → 'AA'."""
    text = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        text = string.ascii_uppercase[rest] + text
    return text


def _unnamed(materials: Sequence[CaseMaterial], is_redacted: bool) -> list[UUID]:
    """Everyone the dossier must not name, in lettering order."""
    order: dict[UUID, None] = {}
    for material in materials:
        for testimony in material.testimonies:
            witness = material.persons.get(testimony.witness_id)  # type: ignore[arg-type]
            if witness and (wants_anonymity(testimony) or (is_redacted and witness.is_protected)):
                order[witness.id] = None
    if is_redacted:
        for material in materials:
            protected = (p.id for p in material.persons.values() if p.is_protected)
            order.update(dict.fromkeys(sorted(protected, key=str)))
    return list(order)


def assign_labels(
    materials: Sequence[CaseMaterial], is_redacted: bool, labels: Labels
) -> dict[UUID, str]:
    """Person id → the label that replaces them, for everyone the dossier must not name."""
    persons = {pid: p for m in materials for pid, p in m.persons.items()}
    witnesses = {
        pid for m in materials for pid, roles in m.roles.items() if set(roles) & set(WITNESS_ROLES)
    }
    result: dict[UUID, str] = {}
    counters = {"witness_label": 0, "person_label": 0}
    for pid in _unnamed(materials, is_redacted):
        label = persons[pid].pseudonym.strip()
        kind = "witness_label" if pid in witnesses else "person_label"
        while not label or label in result.values():
            label = labels[kind].format(letter=letters(counters[kind]))
            counters[kind] += 1
        result[pid] = label
    return result


def build_redactor(
    materials: Sequence[CaseMaterial], is_redacted: bool, labels: Labels
) -> Redactor:
    """The redactor of a dossier: knows everyone in it, replaces those it must not name."""
    assigned = assign_labels(materials, is_redacted, labels)
    persons = {pid: p for m in materials for pid, p in m.persons.items()}
    return Redactor(
        [
            NamedPerson(str(pid), (p.name, *p.other_names), assigned.get(pid))
            for pid, p in persons.items()
        ],
        labels["name_withheld"],
    )
