"""The dossier's attachments table prints each attachment's note and when it was captured and
received, redacted as the rest of the case text, in the dossier's language; read back with
pdftotext."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop_app.core.attachments import add_attachment
from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.reports.layout import MARGIN_X, PAGE_SIZE
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

SHORT_NOTE = "Photo of bruises taken by the witness's sister on 12 March"
# 600 characters of Cyrillic and Latin (Uzbek with its ʻ), wrapping over several lines.
LONG_SENTENCE = "Аудиозапись беседы, первые десять минут на узбекском: Oʻzbekiston gʻalabasi. "
NOTE_600 = (LONG_SENTENCE * 8)[:600].rsplit(" ", 1)[0]
UNBROKEN = "https://example.org/" + "x" * 580  # one word wider than the page


def pdf_words(path: Path) -> str:
    """What pdftotext reads from the PDF, every run of whitespace as one space."""
    run = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    )
    return " ".join(run.stdout.split())


def right_edges(path: Path) -> list[float]:
    """Where each word pdftotext finds in the PDF ends, in points from the page's left."""
    run = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True
    )
    return [float(x) for x in re.findall(r'<word xMin="[\d.]+" \S+ xMax="([\d.]+)"', run.stdout)]


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 200), (70, 110, 150)).save(out, "JPEG")
    return out.getvalue()


def one_case(vault: Vault, notes: list[tuple[str, str, str]], protected: bool = False) -> UUID:
    """A case with a witness (protected if asked: Гулнора Каримова) and one attachment to the
    case for each (file name, note, captured_at)."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-7", "title": "Detention"})
        witness = writer.create(
            "person",
            {
                "name": "Гулнора Каримова",
                "other_names": ["Gulnora Karimova"],
                "protected": protected,
            },
        )
        writer.create(
            "case_party", {"case": str(case.id), "person": str(witness.id), "role": "witness"}
        )
        for name, note, captured in notes:
            data = jpeg() if name.endswith(".jpg") else name.encode()
            add_attachment(
                writer, "case", case.id, io.BytesIO(data), name, note=note, captured_at=captured
            )
        return case.id


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    created = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    yield created
    created.lock()


def build(vault: Vault, case_id: UUID, path: Path, **options: object) -> Path:
    build_dossier(vault, [case_id], path, DossierOptions(**options))  # type: ignore[arg-type]
    return path


# The time Sandiq stored on receiving the file, in UTC, to the minute.
RECEIVED = re.compile(r"Received: \d{1,2} [A-Z][a-z]+ 20\d\d, \d\d:\d\d UTC")


def test_each_attachment_prints_its_note_and_when_it_was_captured_and_received(
    vault: Vault, tmp_path: Path
) -> None:
    case_id = one_case(
        vault,
        [
            ("bruises.txt", SHORT_NOTE, "2022-03-12"),
            ("interview.m4a", NOTE_600, "2022-03-12T09:30:00+05:00"),
            ("no_note.pdf", "", ""),
            ("typed.txt", "", "2022-03-12 09:30"),
            ("imported.txt", "", "spring 2022, per the sister"),
            ("odd.txt", "", "0001-01-01T00:00:00+05:00"),  # in UTC, before year 1
        ],
    )
    text = pdf_words(build(vault, case_id, tmp_path / "d.pdf"))
    table = text[text.index("bruises.txt") :]
    assert "Captured: 12 March 2022 · Received: " in table
    assert f"Note: {SHORT_NOTE}" in table
    assert "Captured: 12 March 2022, 04:30 UTC · Received: " in table  # in UTC, as stored
    assert f"Note: {' '.join(NOTE_600.split())}" in table  # whole, wrapped over lines
    assert "Captured: 12 March 2022, 09:30 · Received: " in table  # typed: as written
    assert "Captured: spring 2022, per the sister · Received: " in table
    no_note = table[table.index("no_note.pdf") : table.index("typed.txt")]
    assert "Note" not in no_note and "Captured" not in no_note
    assert RECEIVED.search(no_note)
    assert "Captured: 0001-01-01T00:00:00+05:00 · Received: " in table
    assert len(RECEIVED.findall(table)) == 6


def test_a_protected_witness_named_in_a_note_prints_as_her_pseudonym_and_her_photo_is_withheld(
    vault: Vault, tmp_path: Path
) -> None:
    case_id = one_case(
        vault,
        [
            ("bruises.txt", "Снято сестрой Гулноры Каримовой 12 марта", ""),
            ("call.txt", "Gulnara Karimova's sister called at 9:00", ""),
            ("face.jpg", "Лицо Гулноры после освобождения", ""),
            ("street.jpg", "The street, north side", ""),
        ],
        protected=True,
    )
    out = build(vault, case_id, tmp_path / "d.pdf", language="ru")
    text = pdf_words(out)
    assert "Примечание: Снято сестрой Свидетель А" in text
    assert "Примечание: Свидетель А's sister called at 9:00" in text
    assert "Примечание: Лицо Свидетель А" in text
    assert not {"Гулнора", "Гулноры", "Каримовой", "Gulnara", "Karimova"} & set(
        re.findall(r"\w+", text)
    )
    # Beside a note that names her, a photo would show whom "Свидетель А" stands for.
    assert len([image for page in PdfReader(out).pages for image in page.images]) == 1
    assert "Фотографии не показаны ради защиты личности: 1" in text


def test_labels_are_in_the_dossier_language(vault: Vault, tmp_path: Path) -> None:
    case_id = one_case(vault, [("a.txt", "Oʻzbekiston gʻalabasi", "2022-03")])
    uzbek = pdf_words(build(vault, case_id, tmp_path / "uz.pdf", language="uz"))
    assert "Olingan: 2022-yil mart · Qabul qilingan: " in uzbek
    assert "Izoh: Oʻzbekiston gʻalabasi" in uzbek
    russian = pdf_words(build(vault, case_id, tmp_path / "ru.pdf", language="ru"))
    assert "Снято: март 2022 · Получен: " in russian
    assert "Примечание: Oʻzbekiston gʻalabasi" in russian


def test_a_long_note_starts_in_the_table_and_follows_it_in_full(
    vault: Vault, tmp_path: Path
) -> None:
    long_note = " ".join(f"Sentence {n} of the researcher's account." for n in range(60))
    many_lines = "\n".join(f"line {n}" for n in range(20))
    case_id = one_case(vault, [("long.txt", long_note, ""), ("lines.txt", many_lines, "")])
    text = pdf_words(build(vault, case_id, tmp_path / "d.pdf"))
    text = re.sub(r" SENSITIVITY: NORMAL page \d+ of \d+ SENSITIVITY: NORMAL UZ-7", "", text)
    assert "… continued after the table (note on attachment 1 in full)" in text
    assert "… continued after the table (note on attachment 2 in full)" in text
    in_table, after = text.split("Note on attachment 1 in full", 1)
    assert "Sentence 59" not in in_table
    assert f"{long_note} Note on attachment 2 in full {' '.join(many_lines.split())}" in after


def test_a_note_of_one_unbroken_word_wraps_inside_the_page(vault: Vault, tmp_path: Path) -> None:
    case_id = one_case(vault, [("link.txt", UNBROKEN, "")])
    out = build(vault, case_id, tmp_path / "d.pdf")
    edges = right_edges(out)
    assert edges and max(edges) <= PAGE_SIZE[0] - MARGIN_X + 1  # within the right margin
    assert "x" * 580 in pdf_words(out).replace(" ", "")


def test_the_attachments_heading_is_never_left_alone_above_a_noted_attachment(
    vault: Vault, tmp_path: Path
) -> None:
    # One case per summary length from none to a page's worth of lines, so that the heading
    # meets the foot of a page at every height: kept with the first rows of the table only if
    # they are short enough (keep.py), so a note too tall for them follows the table (first
    # attachment), and one that fits, the longest in Russian, whose label is longest, stays.
    note_600 = "Аудиозапись беседы, первые десять минут на узбекском. " * 11
    note_900 = "Видеозапись у отдела, снятая соседкой из окна второго этажа. " * 15
    cases = {}
    with vault.transaction() as session:
        writer = vault.writer(session)
        for lines in range(55):
            summary = "\n".join(f"Строка {n}." for n in range(lines))
            case = writer.create(
                "case", {"reference": f"UZ-{lines}", "title": "Raid", "summary": summary}
            )
            for name, note in (("a.mp4", note_900), ("b.m4a", note_600)):
                data = io.BytesIO(f"{lines}{name}".encode())
                add_attachment(writer, "case", case.id, data, name, note=note, captured_at="2022")
            cases[case.id] = case.reference
    out = tmp_path / "d.pdf"
    build_dossier(vault, list(cases), out, DossierOptions(language="ru"))
    texts = [page.extract_text() for page in PdfReader(out).pages]
    heading = re.compile(r"(?:^|\n)Приложения\n(?!\d+\n)")  # not a line of the contents
    assert sum(1 for text in texts if heading.search(text)) == len(cases)
    assert not [text for text in texts if heading.search(text) and "SHA-256" not in text]
    words = " ".join(" ".join(texts).split())
    assert words.count("(примечание к приложению 1 полностью)") == len(cases)
    assert f"Примечание: {' '.join(note_600.split())} Примечание к приложению 1" in words
