"""Dossier tables keep each row on one page (an attachment's file name with its SHA-256), and
the dossier words things as the app does: "Деяние" for an act, one colon in the consent line,
"PDF document" rather than "application/pdf"."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.attachments import add_attachment
from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


def _page_texts(path: Path) -> list[str]:
    """Each page's text, read page by page as a reader would print them."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    pages = int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])
    return [
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-f", str(n), "-l", str(n), str(path), "-"],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        for n in range(1, pages + 1)
    ]


def _pages_with(pages: list[str], text: str) -> list[int]:
    return [number for number, page in enumerate(pages, start=1) if text in page]


def test_an_attachment_row_and_its_sha256_are_always_on_one_page(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    # One case for each length of summary, a line apart: in one of them the attachments table
    # meets the foot of a page at every height of its first row. Before, the file name ended a
    # page and its SHA-256 began the next, under a repeated header.
    files: dict[str, bytes] = {}
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        ids: list[UUID] = []
        for lines in range(30, 56):
            case = writer.create(
                "case",
                {
                    "reference": f"KG-2010-{lines:04d}",
                    "title": "Detention",
                    "summary": "\n\n".join(["A line of the summary."] * lines),
                },
            )
            for name in (f"first_{lines}.pdf", f"second_{lines}.txt"):
                files[name] = f"{name} contents".encode()
                add_attachment(writer, "case", case.id, io.BytesIO(files[name]), name)
            ids.append(case.id)
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, ids, path, DossierOptions(language="en", include_photos=False))
    pages = _page_texts(path)
    apart = {
        name: (_pages_with(pages, name), _pages_with(pages, hashlib.sha256(data).hexdigest()))
        for name, data in files.items()
    }
    assert {name: where for name, where in apart.items() if where[0] != where[1]} == {}
    assert all(len(where[0]) == 1 for where in apart.values())


def test_a_people_row_is_kept_whole_on_one_page(tmp_vault: Vault, tmp_path: Path) -> None:
    # Rows of three lines or so, the table meeting the foot of a page at every height of its
    # first row: before, that row was cut, its name on one page and its last spellings on the
    # next.
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        ids: list[UUID] = []
        for lines in range(30, 56):
            case = writer.create(
                "case",
                {
                    "reference": f"KG-2010-{lines:04d}",
                    "title": "Detention",
                    "summary": "\n\n".join(["A line of the summary."] * lines),
                },
            )
            spellings = [f"Spelling{lines}x{k} Karimov" for k in range(8)] + [f"Tail{lines}end"]
            person = writer.create(
                "person", {"name": f"Person{lines} Karimov", "other_names": spellings}
            )
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": "witness"}
            )
            ids.append(case.id)
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, ids, path, DossierOptions(language="en"))
    pages = _page_texts(path)
    split = {
        n: (_pages_with(pages, f"Person{n} Karimov"), _pages_with(pages, f"Tail{n}end"))
        for n in range(30, 56)
    }
    assert {n: where for n, where in split.items() if where[0] != where[1]} == {}


def _case_with_event_testimony_and_files(vault: Vault) -> UUID:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2026-0001", "title": "Detention"})
        writer.create("event", {"case": str(case.id), "act_type": "torture", "date": "2026-03"})
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "consent": {"given": True, "scope": ["reports", "partners"]},
                "narrative": "Seen.",
            },
        )
        for name, media_type in (
            ("справка.pdf", "application/pdf"),
            ("фото.jpg", "image/jpeg"),
            ("data.bin", "application/x-custom-thing"),
        ):
            add_attachment(
                writer, "case", case.id, io.BytesIO(name.encode()), name, media_type=media_type
            )
        return case.id


@pytest.mark.parametrize(
    ("language", "wording"),
    [
        (
            "en",
            [
                "Act",
                "Consent: given for use in reports, sharing with partners",
                "PDF document",
                "JPEG image",
            ],
        ),
        (
            "ru",
            [
                "Деяние",
                "Согласие: дано на использование в отчётах, передачу партнёрам",
                "Документ PDF",
                "Изображение JPEG",
            ],
        ),
        (
            "uz",
            [
                "Qilmish",
                "Rozilik: hisobotlarda foydalanish, hamkorlarga berish uchun berilgan",
                "PDF hujjat",
                "JPEG rasm",
            ],
        ),
    ],
)
def test_the_dossier_names_acts_consent_and_file_kinds_as_people_do(
    tmp_vault: Vault, tmp_path: Path, language: str, wording: list[str]
) -> None:
    path = tmp_path / "d.pdf"
    case_id = _case_with_event_testimony_and_files(tmp_vault)
    build_dossier(tmp_vault, [case_id], path, DossierOptions(language=language))
    text = " ".join(" ".join(_page_texts(path)).split())
    assert [w for w in wording if w not in text] == []
    assert "application/pdf" not in text and "image/jpeg" not in text
    assert "application/x-custom-thing" in text  # a type with no name is shown as it is
    assert {"Нарушение", "Huquqbuzarlik"}.isdisjoint(text.split())
