"""The dossier's progress bar moves through the whole build: while each case's sections are
redacted into paragraphs (before, it waited at 10% for that, a quarter of the run) and stops
short of full while the pages are stamped and the PDF assembled (before, it sat at 99.9%)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from desktop_app.core.reports import build_dossier, case_sections, dossier
from desktop_app.core.reports.layout import StampingCanvas
from desktop_app.core.vault import Vault

SECTIONS = ("summary_section", "timeline_section", "people_section", "testimonies_section")


def two_cases(vault: Vault) -> list[UUID]:
    """Two cases, each with people, events and testimonies: a dossier of a few pages."""
    ids = []
    with vault.transaction() as session:
        writer = vault.writer(session)
        for number in (1, 2):
            case = writer.create(
                "case",
                {"reference": f"KG-{number}", "title": "Detentions", "summary": "Arrests. " * 80},
            )
            session.flush()
            witness = writer.create("person", {"name": f"Rustam Karimov {number}"})
            writer.create(
                "case_party", {"case": str(case.id), "person": str(witness.id), "role": "witness"}
            )
            writer.create(
                "event",
                {
                    "case": str(case.id),
                    "act_type": "arbitrary_detention",
                    "date": "2010-06",
                },
            )
            for _ in range(3):
                writer.create(
                    "testimony",
                    {
                        "case": str(case.id),
                        "witness": str(witness.id),
                        "consent": {"given": True, "scope": ["reports"]},
                        "narrative": "I saw the arrest. " * 200,
                    },
                )
            ids.append(case.id)
    return ids


def _noting(
    calls: list[tuple[int, int]], seen: list[int], function: Callable[..., Any]
) -> Callable[..., Any]:
    """function as it is, noting the bar's value when it is called."""

    def noted(*args: Any, **kwargs: Any) -> Any:
        seen.append(calls[-1][0] if calls else 0)
        return function(*args, **kwargs)

    return noted


def test_progress_moves_section_by_section_before_the_pages_are_laid_out(
    tmp_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_ids = two_cases(tmp_vault)
    calls: list[tuple[int, int]] = []
    seen: list[int] = []
    for name in SECTIONS:
        monkeypatch.setattr(case_sections, name, _noting(calls, seen, getattr(case_sections, name)))
    monkeypatch.setattr(
        dossier, "attachments_section", _noting(calls, seen, dossier.attachments_section)
    )
    build_dossier(tmp_vault, case_ids, tmp_path / "d.pdf", progress=lambda *c: calls.append(c))
    assert len(seen) == 2 * (len(SECTIONS) + 1)
    assert seen == sorted(seen) and len(set(seen)) == len(seen), seen


def test_progress_stops_short_of_full_while_the_pdf_is_assembled(
    tmp_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_ids = two_cases(tmp_vault)
    calls: list[tuple[int, int]] = []
    seen: list[int] = []
    monkeypatch.setattr(StampingCanvas, "save", _noting(calls, seen, StampingCanvas.save))
    build_dossier(tmp_vault, case_ids, tmp_path / "d.pdf", progress=lambda *c: calls.append(c))
    [at_save] = seen
    total = calls[-1][1]
    assert 0.8 * total <= at_save <= 0.95 * total
    assert calls[-1][0] == total
    done = [d for d, _ in calls]
    assert done == sorted(done)
