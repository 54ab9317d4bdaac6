"""Details a lawyer reading a dossier notices: a table pasted from Word keeps its columns
apart (and redacted), "№ 12" never breaks at "№", an event's sources are listed in order, the
testimonies' heading and its note never end a page without the first testimony, and the people
table never leaves its last row alone on a page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)
PEOPLE = ["Adil Bekov", "Bolot Chynov", "Cholpon Dair", "Dinara Erkin", "Elmira Fazil"]
PEOPLE += ["Farid Gani", "Gulzat Isaeva"]


def _pages(path: Path, *options: str) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return out.split("\f")


def _consented(case_id: str, narrative: str, **fields: object) -> dict[str, object]:
    return {
        "case": case_id,
        "consent": {"given": True, "scope": ["reports"]},
        "narrative": narrative,
        **fields,
    }


def test_a_table_pasted_with_tabs_keeps_its_columns_apart_and_redacted(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    # Before: each tab was drawn as one space at most: "Name Rank Room Did" ran together.
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "KG-2022-0017", "title": "Detention"})
        witness = writer.create(
            "person", {"name": "Gulnora Shamsutdinova", "protected": True, "pseudonym": "Witness A"}
        )
        narrative = (
            "Officers we listed (copied from Word):\n"
            "Name\tRank\tRoom\tWhat they did\n"
            "Satybaldiev E.\tlieutenant\t214\tbeat Shamsutdinova\n"
            "Sydykova D.\tinvestigator\t310\tquestioned without a lawyer\n"
            "Unknown\tduty officer\t1st floor\ttook the phones\n"
            "Phone:\t+996 555 123456"
        )
        writer.create("testimony", _consented(str(case.id), narrative, witness=str(witness.id)))
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, [case.id], path, DossierOptions(language="en", redact=True))
    text = "".join(_pages(path, "-layout"))
    assert re.search(r"Name\s{2,}Rank\s{2,}Room\s{2,}What they did", text)
    assert re.search(r"Sydykova D\.\s{2,}investigator\s{2,}310\s{2,}questioned", text)
    assert re.search(r"Phone:\s{2,}\+996 555 123456", text)
    assert "Shamsutdinova" not in text
    assert re.search(r"214\s{2,}beat Witness A", text)


def test_the_number_sign_never_ends_a_line_without_its_number(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    # Before: "школы №" ended a line and "12" began the next.
    summary = " ".join(f"{'ш' * (i % 9 + 1)} школы № {i}" for i in range(1, 160))
    with tmp_vault.transaction() as session:
        case = tmp_vault.writer(session).create(
            "case", {"reference": "KG-2022-0012", "title": "School", "summary": summary}
        )
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, [case.id], path, DossierOptions(language="ru"))
    lines = [line.strip() for page in _pages(path) for line in page.split("\n")]
    assert len(re.findall(r"№\s\d", "\n".join(lines))) == 159  # each, with its number
    assert [line for line in lines if line.endswith("№")] == []


def test_an_events_sources_are_listed_by_number(tmp_vault: Vault, tmp_path: Path) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "KG-2022-0003", "title": "Detention"})
        cid = str(case.id)
        told = [
            writer.create("testimony", _consented(cid, f"Account {n}.", date=f"2022-0{n}-01"))
            for n in (1, 2, 3)
        ]
        sources = [str(told[2].id), str(told[0].id), str(told[1].id)]
        writer.create(
            "event", {"case": cid, "act_type": "torture", "date": "2022-06", "sources": sources}
        )
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, [case.id], path, DossierOptions(language="en"))
    assert "Sources: testimony 1, testimony 2, testimony 3" in "".join(_pages(path))


def _summary_lengths_vault(vault: Vault, people: bool, withheld: bool) -> list[object]:
    """One case for each length of summary, a line apart, so that what follows the summary
    meets the foot of a page at every height of it."""
    ids = []
    with vault.transaction() as session:
        writer = vault.writer(session)
        for lines in range(0, 56):
            case = writer.create(
                "case",
                {
                    "reference": f"KG-2010-{lines:04d}",
                    "title": "Detention",
                    "summary": "\n\n".join(["A line of the summary."] * lines),
                },
            )
            cid = str(case.id)
            for name in PEOPLE if people else []:
                person = writer.create("person", {"name": name})
                writer.create(
                    "case_party", {"case": cid, "person": str(person.id), "role": "victim"}
                )
            if withheld:
                withheld_fields = {"consent": {"given": False, "scope": []}}
                writer.create("testimony", {"case": cid, "narrative": "No.", **withheld_fields})
                writer.create("testimony", _consented(cid, "Seen.", date="2010-06-13", place="Osh"))
            ids.append(case.id)
    return ids


def test_the_testimonies_heading_and_its_note_keep_the_first_testimony(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    # Before: the heading and "Testimonies left out ..." ended a page; Testimony 1 began the next.
    ids = _summary_lengths_vault(tmp_vault, people=False, withheld=True)
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, ids, path, DossierOptions(language="en"))
    pages = [[line.strip() for line in page.split("\n") if line.strip()] for page in _pages(path)]
    with_note = [lines for lines in pages if any(x.startswith("Testimonies left") for x in lines)]
    assert len(with_note) == len(ids)
    assert [p[-4:] for p in with_note if not any(x.startswith("Testimony 1:") for x in p)] == []


def test_the_people_table_never_leaves_its_last_row_alone_on_a_page(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    ids = _summary_lengths_vault(tmp_vault, people=True, withheld=False)
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, ids, path, DossierOptions(language="en"))
    pages = [[line.strip() for line in page.split("\n")] for page in _pages(path)]
    continued = [lines for lines in pages if "Details" in lines and "People" not in lines]
    assert continued  # the table was split across pages in some of the cases
    rows_on = [sum(name in lines for name in PEOPLE) for lines in continued]
    assert 1 not in rows_on
