"""PDF dossiers built through the core API from a real vault, read back with pdftotext and pypdf.

One sample case is built once per module and written as a redacted, an unredacted and a Russian
dossier; the tests read those files as a recipient would.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop_app.core.attachments import add_attachment
from desktop_app.core.errors import Cancelled
from desktop_app.core.reports import (
    DossierOptions,
    ReportFileExists,
    build_dossier,
    suggested_file_name,
)
from desktop_app.core.reports.dossier import MAX_SUGGESTED_NAME
from desktop_app.core.reports.fonts import FontNotFound, find_font_family
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.held_from_before import held_from_before

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

GENERATED_AT = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
TAJIK = "Ҳуқуқи инсон ҷойи ғамхорӣ ӯ"
KAZAKH = "Әділет үшін күрес ңөұүһі"
UZBEK = "Oʻzbekiston gʻalabasi"  # with U+02BB, the letter Uzbek writes in oʻ and gʻ
RUSSIAN = "В камере было ещё трое."
# Every way the protected witness is written in the sample, stored or inflected.
PROTECTED_SPELLINGS = ("Аскаров", "Askarov", "Азамжон", "Azamjon", "Azamzhon")
PROTECTED_DETAILS = ("1971-03-14", "14 March 1971", "+996 555 123456", "near the mosque")
EXIF_CANARY = b"CANARY-EXIF-Jalal-Abad"


@dataclass(frozen=True)
class Sample:
    """The sample vault and what the tests check against."""

    vault: Vault
    case_id: UUID
    second_case_id: UUID
    attachment_sha256: str
    photo_sha256: str


def jpeg_with_gps() -> bytes:
    """A small JPEG whose EXIF holds a description and a GPS position."""
    exif = Image.Exif()
    exif[0x010E] = EXIF_CANARY.decode()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (40.0, 56.0, 12.0), "E", (72.0, 59.0, 30.0)
    out = io.BytesIO()
    Image.new("RGB", (320, 200), (70, 110, 150)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def fill(vault: Vault) -> Sample:
    """A confidential case naming a protected witness in every field that prints."""
    photo = jpeg_with_gps()
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create(
            "case",
            {
                "reference": "KG-2010-0007",
                "title": "Detention of Азамжон Аскаров in Bazar-Korgon",
                "summary": f"Аскарова задержали в июне 2010 года. {TAJIK}.\n\n{UZBEK}. {KAZAKH}.",
                "country": "KG",
                "start_date": "2010-06",
                "end_date": "2011",
                "violation_types": ["arbitrary_detention", "torture"],
                "sensitivity": "confidential",
            },
        )
        witness = writer.create(
            "person",
            {
                "name": "Азамжон Аскаров",
                "other_names": ["Azamjon Askarov", "Askarov Azamzhon"],
                "birth_date": "1971-03-14",
                "contact": "+996 555 123456",
                "notes": "lives near the mosque",
                "protected": True,
            },
        )
        victim = writer.create(
            "person",
            {"name": "Rustam Karimov", "other_names": ["Рустам Каримов"], "occupation": "teacher"},
        )
        officer = writer.create("person", {"name": "Major Bakyt Osmonov"})
        for person, role in ((witness, "witness"), (victim, "victim"), (officer, "perpetrator")):
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
        told = writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(witness.id),
                "interviewer": "N. R.",
                "date": "2010-07-02",
                "place": "Osh",
                "language": "ru",
                "consent": {"given": True, "scope": ["reports", "partners"]},
                "narrative": "Меня, Азамжона Аскарова, забрали ночью.\n"
                f"Аскарову не дали адвоката.\n\n{RUSSIAN}",
                "summary": "Askarov's account of the arrest.",
                "status": "final",
            },
        )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(victim.id),
                "date": "2010-07",
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "Askarovning uyi yonida. I saw Azamjon there.",
            },
        )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(victim.id),
                "consent": {"given": True, "scope": ["partners"]},
                "narrative": "NOT-FOR-REPORTS narrative",
            },
        )
        for date, act in (
            ("2010-06-15", "arbitrary_detention"),
            ("2010-06", "torture"),
            ("", "other"),
        ):
            writer.create(
                "event",
                {
                    "case": str(case.id),
                    "date": date,
                    "act_type": act,
                    "description": "Аскарова избили в отделе.",
                    "victims": [str(witness.id), str(victim.id)],
                    "perpetrators": [str(officer.id)],
                    "sources": [str(told.id)],
                },
            )
        statement = add_attachment(
            writer, "case", case.id, io.BytesIO(b"signed statement\n"), "statement.txt"
        )
        scene = add_attachment(writer, "case", case.id, io.BytesIO(photo), "scene.jpg")
        add_attachment(writer, "person", witness.id, io.BytesIO(photo), "askarov_face.jpg")
        second = writer.create(
            "case",
            {"reference": "KG-2011-0002", "title": "Travel ban on a lawyer", "country": "KG"},
        )
        return Sample(vault, case.id, second.id, statement.sha256, scene.sha256)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sample]:
    """The sample vault, unlocked for the whole module."""
    created = create_vault(
        tmp_path_factory.mktemp("vault") / "v", PASSPHRASE, display_name="Osh team", kdf=FAST_KDF
    )
    yield fill(created.vault)
    created.vault.lock()


def build(sample: Sample, path: Path, **options: object) -> Path:
    """Write the sample case's dossier with these options."""
    build_dossier(
        sample.vault,
        [sample.case_id],
        path,
        DossierOptions(**options),  # type: ignore[arg-type]
        generated_at=GENERATED_AT,
    )
    return path


def pdf_text(path: Path, page: int | None = None, layout: bool = False) -> str:
    """What pdftotext reads from the PDF (one page if given)."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    if layout:
        args.append("-layout")
    return subprocess.run(
        [*args, str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def flat(text: str) -> str:
    """Text with every run of whitespace as one space (lines wrap where the layout says)."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def redacted(sample: Sample, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample dossier with the defaults: confidential, so redacted."""
    return build(sample, tmp_path_factory.mktemp("pdf") / "redacted.pdf")


@pytest.fixture(scope="module")
def plain(sample: Sample, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample dossier with redaction off."""
    return build(sample, tmp_path_factory.mktemp("pdf") / "plain.pdf", redact=False)


def test_dossier_has_every_section_in_reading_order(redacted: Path) -> None:
    sections = [
        "Case KG-2010-0007: Detention of Witness A in Bazar-Korgon",
        "Case summary",
        "Violation types",
        "Timeline of events",
        "People",
        "Testimonies",
        "Attachments",
        "How to verify attachments",
    ]
    pages = len(PdfReader(redacted).pages)
    body = flat("".join(pdf_text(redacted, n) for n in range(3, pages + 1)))
    positions = []
    for section in sections:
        positions.append(body.find(section, positions[-1] + 1 if positions else 0))
    assert -1 not in positions, dict(zip(sections, positions, strict=True))
    assert "Arbitrary detention" in body and "Torture or ill-treatment" in body
    assert "sha256sum FILE" in body


def test_cyrillic_tajik_kazakh_and_uzbek_text_come_out_exactly(plain: Path) -> None:
    text = flat(pdf_text(plain))
    for sample_text in (TAJIK, KAZAKH, UZBEK, RUSSIAN, "Меня, Азамжона Аскарова, забрали ночью."):
        assert sample_text in text


def test_fonts_are_embedded_with_bold_and_italic(redacted: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(redacted)], capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts
    embedded = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert len(embedded) >= 3
    assert all(" yes " in line for line in embedded), fonts
    assert any("Bold" in line for line in embedded) and any(
        "Oblique" in line or "Italic" in line for line in embedded
    )


def test_attachments_are_listed_with_the_sha256_of_the_original(
    sample: Sample, redacted: Path
) -> None:
    text = flat(pdf_text(redacted))
    assert sample.attachment_sha256 == hashlib.sha256(b"signed statement\n").hexdigest()
    assert f"SHA-256: {sample.attachment_sha256}" in text
    assert f"SHA-256: {sample.photo_sha256}" in text
    assert "statement.txt" in text and "17 bytes" in text


def test_timeline_lists_events_by_date_with_partial_dates_as_written(redacted: Path) -> None:
    text = flat(pdf_text(redacted))
    table = text[text.find("# Date Act Place Description") :]
    order = [table.find(s) for s in ("1 June 2010", "2 15 June 2010", "3 date unknown")]
    assert -1 not in order and order == sorted(order), table[:400]
    assert "Events with an unknown date, listed in the table but not drawn: 1" in text


def test_every_page_carries_marking_reference_and_page_x_of_y(redacted: Path) -> None:
    pages = len(PdfReader(redacted).pages)
    assert pages >= 5
    for number in range(1, pages + 1):
        text = pdf_text(redacted, number)
        assert "CONFIDENTIAL" in text
        assert "KG-2010-0007" in text
        assert f"page {number} of {pages}" in text


def test_contents_give_the_page_each_section_starts_on(redacted: Path) -> None:
    contents = pdf_text(redacted, 2, layout=True)
    assert "Contents" in contents
    for title in ("Timeline of events", "Testimonies", "How to verify attachments"):
        match = re.search(re.escape(title) + r"\s+(\d+)\s*$", contents, re.MULTILINE)
        assert match, (title, contents)
        assert title in flat(pdf_text(redacted, int(match.group(1))))


def test_redacted_dossier_never_names_the_protected_witness(redacted: Path) -> None:
    text = pdf_text(redacted).casefold()
    reader = PdfReader(redacted)
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values()).casefold()
    outline = " ".join(item.title for item in _flatten(reader.outline)).casefold()
    for spelling in PROTECTED_SPELLINGS + PROTECTED_DETAILS:
        assert spelling.casefold() not in text, spelling
        assert spelling.casefold() not in metadata, spelling
        assert spelling.casefold() not in outline, spelling
    flat_text = flat(pdf_text(redacted))
    assert "Testimony 2: Witness A" in flat_text  # testimony 1, from July 2010, comes first
    assert "Witness A-а задержали" in flat_text  # the inflected surname, replaced in the summary
    assert "Witness A Victim, Witness identifying details withheld" in flat_text  # People row
    assert "Witness A_face.jpg" in flat_text
    assert "Photos not shown, to protect identities: 1" in flat_text
    assert "Rustam Karimov" in flat_text  # people who are not protected keep their names


def test_unredacted_dossier_shows_real_names(plain: Path) -> None:
    text = flat(pdf_text(plain))
    assert "Detention of Азамжон Аскаров in Bazar-Korgon" in text
    assert "Redaction is off" in text


def test_each_testimony_states_when_where_by_whom_and_with_what_consent(plain: Path) -> None:
    text = flat(pdf_text(plain))
    assert (
        "Date: 2 July 2010 · Place: Osh · Language: Russian · Interviewer: N. R. · "
        "Consent: given for use in reports, sharing with partners · Status: Final"
    ) in text


def test_testimonies_without_consent_for_reports_are_left_out_and_counted(redacted: Path) -> None:
    text = flat(pdf_text(redacted))
    assert "NOT-FOR-REPORTS" not in text
    assert (
        "Testimonies left out because the witness did not consent to “use in reports” "
        "(consent to “anonymised use only” alone is not enough): 1"
    ) in text


def test_a_testimony_for_anonymised_use_only_is_left_out_for_want_of_use_in_reports(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "KG-2024-01", "title": "Ош"})
        witness = writer.create("person", {"name": "Мухаббат Оринбоева"})
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(witness.id),
                "consent": {"given": True, "scope": ["anonymised_only"], "anonymise": True},
                "narrative": "ANONYMISED-ONLY narrative",
            },
        )
    path = tmp_path / "ru.pdf"
    result = build_dossier(tmp_vault, [case.id], path, DossierOptions(language="ru"))
    text = flat(pdf_text(path))
    assert result.withheld_testimonies == 1 and "ANONYMISED-ONLY" not in text
    # The reader learns which consent is missing, not just that one is.
    assert (
        "Не включены показания, свидетель которых не дал согласия на «использование в "
        "отчётах» (одного согласия на «только анонимное использование» недостаточно): 1"
    ) in text
    # The cover said "the testimonies included are given in full" of none at all.
    assert "Включённые показания приведены полностью" not in text


def test_metadata_reveals_nothing_beyond_the_cover(redacted: Path) -> None:
    reader = PdfReader(redacted)
    info = reader.metadata
    assert info is not None
    assert info.get("/Title") == "Detention of Witness A in Bazar-Korgon"
    assert info.get("/Subject") == "Case dossier: KG-2010-0007"
    for key in ("/Author", "/Creator", "/Producer", "/Keywords"):
        assert info.get(key, "") == "", key
    assert info.get("/CreationDate") == info.get("/ModDate") == "D:20240501120000+00'00'"
    assert reader.xmp_metadata is None
    assert "Osh team" not in flat(pdf_text(redacted))  # the author was not asked to be named


def test_photos_are_shown_without_their_exif_and_gps(redacted: Path) -> None:
    images = [image for page in PdfReader(redacted).pages for image in page.images]
    assert len(images) == 1  # the scene; the protected witness's own photo is withheld
    data = images[0].data
    assert data.startswith(b"\xff\xd8")
    assert b"Exif" not in data and EXIF_CANARY not in data
    assert EXIF_CANARY not in redacted.read_bytes()


def test_russian_dossier_uses_russian_headings_and_act_labels(
    sample: Sample, tmp_path: Path
) -> None:
    path = build(sample, tmp_path / "ru.pdf", language="ru")
    text = flat(pdf_text(path))
    for heading in (
        "Содержание",
        "Хронология событий",
        "Свидетельские показания",
        "Произвольное задержание",
    ):
        assert heading in text
    assert "Свидетель А" in text and "Свидетель A" not in text  # Cyrillic letters
    assert "стр. 1 из" in text


def test_summary_only_dossier_leaves_narratives_out(sample: Sample, tmp_path: Path) -> None:
    text = flat(pdf_text(build(sample, tmp_path / "s.pdf", summary_only=True)))
    assert "Witness A's account of the arrest." in text
    assert RUSSIAN not in text
    assert "Testimonies are given as summaries only." in text


def test_generator_is_named_only_when_asked(sample: Sample, tmp_path: Path) -> None:
    path = build(sample, tmp_path / "named.pdf", include_generator_name=True)
    assert "Generated by Osh team" in flat(pdf_text(path, 1))
    assert (PdfReader(path).metadata or {}).get("/Author") == "Osh team"


def test_multi_case_dossier_has_one_contents_page(sample: Sample, tmp_path: Path) -> None:
    path = tmp_path / "two.pdf"
    result = build_dossier(
        sample.vault, [sample.case_id, sample.second_case_id], path, generated_at=GENERATED_AT
    )
    text = flat(pdf_text(path))
    assert result.cases == 2
    assert text.count("Contents") == 1
    assert "Dossier of 2 cases" in text
    contents = flat(pdf_text(path, 2))
    assert (
        "Case KG-2010-0007" in contents and "Case KG-2011-0002: Travel ban on a lawyer" in contents
    )
    last_case_page = flat(pdf_text(path, result.pages - 1))
    assert "SENSITIVITY: NORMAL" in last_case_page and "KG-2011-0002" in last_case_page


def test_existing_file_is_not_replaced_unless_allowed(sample: Sample, tmp_path: Path) -> None:
    path = tmp_path / "dossier.pdf"
    path.write_bytes(b"an earlier dossier")
    with pytest.raises(ReportFileExists):
        build_dossier(sample.vault, [sample.case_id], path)
    assert path.read_bytes() == b"an earlier dossier"
    build_dossier(sample.vault, [sample.case_id], path, overwrite=True)
    assert path.read_bytes().startswith(b"%PDF")


def test_cancelled_build_leaves_no_file(sample: Sample, tmp_path: Path) -> None:
    path = tmp_path / "dossier.pdf"
    calls: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        build_dossier(
            sample.vault,
            [sample.case_id],
            path,
            progress=lambda done, total: calls.append((done, total)),
            cancelled=lambda: len(calls) >= 3,
        )
    assert list(tmp_path.iterdir()) == []


def test_progress_rises_to_the_total(sample: Sample, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    build_dossier(
        sample.vault, [sample.case_id], tmp_path / "d.pdf", progress=lambda *c: calls.append(c)
    )
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1] and len(calls) > 5


def test_progress_moves_while_the_vault_is_read_for_whom_not_to_name(
    sample: Sample, tmp_path: Path
) -> None:
    # Whom a dossier must not name is read from the whole vault: in a 100,000-testimony vault
    # that takes as long as laying out 30 pages, and the bar must not wait at 0 meanwhile.
    calls: list[tuple[int, int]] = []
    build_dossier(
        sample.vault, [sample.case_id], tmp_path / "d.pdf", progress=lambda *c: calls.append(c)
    )
    before_layout = {done for done, _ in calls if 0 < done <= 100}
    assert len(before_layout) >= 3


def test_the_suggested_file_name_reports_progress_and_stops_when_cancelled(
    sample: Sample,
) -> None:
    calls: list[tuple[int, int]] = []
    with sample.vault.read() as session:
        name = suggested_file_name(
            session, [sample.case_id], DossierOptions(), progress=lambda *c: calls.append(c)
        )
        with pytest.raises(Cancelled):
            suggested_file_name(session, [sample.case_id], DossierOptions(), cancelled=lambda: True)
    assert name.endswith(".pdf")
    assert calls[0] == (0, 100) and calls[-1] == (100, 100) and len(calls) > 2


def test_anonymised_consent_hides_the_witness_even_without_redaction(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "TJ-2015-0001", "title": "Raid in Khorog"})
        witness = writer.create("person", {"name": "Ҷӯрабек Назаров"})
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(witness.id),
                "consent": {"given": True, "scope": ["reports"], "anonymise": True},
                "narrative": "Назарову сказали молчать.",
            },
        )
    path = tmp_path / "d.pdf"
    result = build_dossier(tmp_vault, [case.id], path, DossierOptions(redact=False))
    text = flat(pdf_text(path))
    assert "Назаров" not in text and "Ҷӯрабек" not in text
    assert "Witness A-у сказали молчать." in text
    assert not result.is_redacted and result.protected_people == 1


def test_missing_font_names_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(FontNotFound, match="fonts-dejavu-core"):
        find_font_family([tmp_path])


def _flatten(outline: list) -> Iterator:  # type: ignore[type-arg]
    for item in outline:
        if isinstance(item, list):
            yield from _flatten(item)
        else:
            yield item


def test_long_contents_run_over_several_pages_with_right_numbers(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        ids = [
            writer.create("case", {"reference": f"KZ-2022-{n:04d}", "title": f"Case number {n}"}).id
            for n in range(1, 31)
        ]
    path = tmp_path / "many.pdf"
    result = build_dossier(tmp_vault, ids, path)
    pages = [pdf_text(path, page, layout=True) for page in range(1, 7)]
    first = next(n for n, text in enumerate(pages) if "Contents" in text)
    assert first >= 1  # after a cover that itself runs over two pages with 30 cases
    assert "Contents" not in pages[first + 1] and "Case KZ-2022-00" in pages[first + 1]
    listed = "".join(pages[first:])
    match = re.search(r"Case KZ-2022-0030: Case number 30\s+(\d+)\s*$", listed, re.MULTILINE)
    assert match, listed
    page = int(match.group(1))
    assert "Case KZ-2022-0030: Case number 30" in flat(pdf_text(path, page))
    assert f"page {page} of {result.pages}" in pdf_text(path, page)


def test_long_accounts_and_descriptions_are_printed_in_full(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    sentence = "Его держали в подвале и не давали спать. "
    account = sentence * 400 + "Последняя фраза показаний."  # one line, about 16,000 characters
    description = "Searched the house and took the documents. " * 60 + "END-OF-DESCRIPTION"
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2009-0001", "title": "Long texts"})
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": account,
            },
        )
        writer.create(
            "event",
            {"case": str(case.id), "act_type": "other", "description": description},
        )
    path = tmp_path / "long.pdf"
    build_dossier(tmp_vault, [case.id], path)
    page_furniture = re.compile(r"^(SENSITIVITY: NORMAL|UZ-2009-0001|page \d+ of \d+)$")
    lines = pdf_text(path).replace("\f", "\n").splitlines()
    text = flat("\n".join(line for line in lines if not page_furniture.match(line.strip())))
    assert "continued after the table (event 1 in full)" in text
    assert "Event 1 in full" in text and "END-OF-DESCRIPTION" in text
    assert text.count("Его держали в подвале и не давали спать.") == 400
    assert "Последняя фраза показаний." in text


def test_a_case_photo_named_after_a_protected_person_is_withheld(tmp_path: Path) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-1", "title": "Detention"})
        witness = writer.create("person", {"name": "Азамжон Аскаров", "protected": True})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(witness.id), "role": "witness"}
        )
        photo = jpeg_with_gps()
        add_attachment(writer, "case", case.id, io.BytesIO(photo), "Аскаров_у_отдела.jpg")
        add_attachment(writer, "case", case.id, io.BytesIO(photo), "scene.jpg")
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(), generated_at=GENERATED_AT)
    images = [image for page in PdfReader(out).pages for image in page.images]
    assert len(images) == 1  # the scene only
    assert "Аскаров" not in pdf_text(out)
    vault.lock()


def test_a_protected_person_of_another_case_is_not_named_when_a_testimony_mentions_him(
    tmp_path: Path,
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, display_name="Team", kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        mentioned = writer.create("case", {"reference": "UZ-1", "title": "Raid"})
        his_own = writer.create("case", {"reference": "KZ-1", "title": "Arrest"})
        protected = writer.create(
            "person",
            {
                "name": "Зарипов Қодирхон Ҷумъаевич",
                "other_names": ["Zaripov Qodirkhon"],
                "protected": True,
            },
        )
        # Protected too, but never named in UZ-1: gets no label, so no letter is used up.
        writer.create("person", {"name": "Nodira Valieva", "protected": True})
        writer.create(
            "case_party", {"case": str(his_own.id), "person": str(protected.id), "role": "witness"}
        )
        witness = writer.create("person", {"name": "Rustam Karimov"})
        writer.create(
            "testimony",
            {
                "case": str(mentioned.id),
                "witness": str(witness.id),
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "Zaripov Qodirkhon (Зарипов Қодирхон) ham u yerda edi. "
                "Зарипова тоже избили.",
            },
        )
    default = tmp_path / "default.pdf"
    result = build_dossier(vault, [mentioned.id], default, generated_at=GENERATED_AT)
    text = flat(pdf_text(default))
    assert result.is_redacted and result.protected_people == 1
    assert "Person A (Person A) ham u yerda edi. Person A-а тоже избили." in text
    assert not {"Zaripov", "Зарипов", "Қодирхон", "Nodira"} & set(re.findall(r"\w+", text))
    assert "Rustam Karimov" in text  # nobody else is touched

    forced_off = tmp_path / "off.pdf"
    build_dossier(vault, [mentioned.id], forced_off, DossierOptions(redact=False))
    assert "Zaripov Qodirkhon (Зарипов Қодирхон)" in flat(pdf_text(forced_off))
    vault.lock()


def test_a_witness_who_asked_for_anonymity_is_not_named_even_where_his_account_is_left_out(
    tmp_path: Path,
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, display_name="Team", kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2", "title": "Farm seizure"})
        other_case = writer.create("case", {"reference": "UZ-3", "title": "Other"})
        farmer = writer.create("person", {"name": "Абдуллаев Шерзод", "occupation": "фермер"})
        neighbour = writer.create("person", {"name": "Karimova Nilufar"})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(farmer.id), "role": "witness"}
        )
        for witness, target, scope, narrative in (
            # anonymised use only, and not for reports: the account is left out
            (farmer, case, ["anonymised_only"], "Меня выгнали."),
            (neighbour, other_case, ["reports", "anonymised_only"], "I saw it."),
            (writer.create("person", {"name": "Rustam Karimov"}), case, ["reports"],
             "Абдуллаев Шерзод видел Абдуллаева. Karimova Nilufar was there."),
        ):  # fmt: skip
            writer.create(
                "testimony",
                {
                    "case": str(target.id),
                    "witness": str(witness.id),
                    "consent": {"given": True, "scope": scope},
                    "narrative": narrative,
                },
            )
    out = tmp_path / "d.pdf"
    result = build_dossier(vault, [case.id], out, DossierOptions(redact=False))
    text = flat(pdf_text(out))
    assert result.withheld_testimonies == 1
    assert "Witness A видел Witness A-а. Witness B was there." in text
    assert not {"Абдуллаев", "Шерзод", "Karimova", "Nilufar"} & set(re.findall(r"\w+", text))
    assert "Rustam Karimov" in text
    vault.lock()


def test_the_suggested_file_name_is_the_reference_as_printed_and_safe_for_any_disk(
    tmp_path: Path,
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG/ASKAROV:2010?", "title": "Detention"})
        witness = writer.create("person", {"name": "Азамжон Аскаров", "protected": True})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(witness.id), "role": "witness"}
        )
        plain = writer.create("case", {"reference": "KG-2011-0002", "title": "Travel ban"})
    with vault.read() as session:
        assert suggested_file_name(session, [case.id], DossierOptions()) == (
            "KG_Witness A_2010_.pdf"
        )
        unredacted = DossierOptions(redact=False)
        assert suggested_file_name(session, [case.id], unredacted) == "KG_ASKAROV_2010_.pdf"
        assert suggested_file_name(session, [plain.id], DossierOptions()) == "KG-2011-0002.pdf"
    vault.lock()


def test_a_long_list_of_references_is_cut_between_references_and_counts_the_rest(
    tmp_path: Path,
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        ids = [
            writer.create("case", {"reference": f"UZ-2024-{n:04}", "title": "Detention"}).id
            for n in range(1, 21)
        ]
    with vault.read() as session:
        english = suggested_file_name(session, ids, DossierOptions())
        russian = suggested_file_name(session, ids, DossierOptions(language="ru"))
    vault.lock()
    shown = ", ".join(f"UZ-2024-{n:04}" for n in range(1, 8))
    assert english == f"{shown} and 13 more.pdf"
    # "и ещё 12" is shorter than "and 13 more": one reference more fits.
    assert russian == f"{shown}, UZ-2024-0008 и ещё 12.pdf"
    assert len(english) <= MAX_SUGGESTED_NAME + len(".pdf")


def test_a_title_of_any_length_builds_on_a_one_page_cover_and_is_whole_in_the_summary(
    tmp_path: Path,
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    title = "Appeal on behalf of " + ", ".join(f"Relative{n} Karimov" for n in range(120))
    title += " final title words"  # 2,000 characters or so
    with vault.transaction() as session:
        writer = vault.writer(session)
        # Longer than a one-line field takes now, as a vault may hold them from before.
        case = writer.create("case", {"reference": "TJ-9", "title": "Appeal"})
        held_from_before(case, title=title)
        # A name longer than a page: its testimony heading has to be cut across pages.
        witness = writer.create("person", {"name": "Abdurahmonov"})
        held_from_before(witness, name=" ".join(["Abdurahmonov"] * 700))
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(witness.id),
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "After the long name.",
            },
        )
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, generated_at=GENERATED_AT)
    cover, contents = pdf_text(out, 1), pdf_text(out, 2)
    assert "Relative10 Karimov" in flat(cover) and "…" in cover
    assert "final title words" not in cover
    assert "Contents" in contents
    text = flat(pdf_text(out))
    assert "Relative119 Karimov final title words" in text  # in the case summary
    assert "Testimony 1: Abdurahmonov" in text and "After the long name." in text
    # The whole heading, and the People table's cell cut short at 3,000 characters.
    assert text.count("Abdurahmonov") >= 700 + 200 and "cut short here:" in text
    vault.lock()


def test_a_long_unbroken_value_under_a_testimony_wraps_inside_the_page(tmp_path: Path) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    place = "https://example.org/" + "x" * 280
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "TJ-10", "title": "Raid"})
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "place": place,
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "Seen.",
            },
        )
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, generated_at=GENERATED_AT)
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], capture_output=True, check=True, text=True
    ).stdout
    words = re.findall(r'xMax="([\d.]+)"[^>]*>([^<]*)</word>', boxes)
    pieces = [word for _, word in words if re.fullmatch(r"(https://example\.org/)?x+", word)]
    assert "".join(pieces) == place  # all of it, in pieces
    assert max(float(x_max) for x_max, _ in words) <= 595.3 - 56 + 1  # A4 less the margin
    vault.lock()


def _varied_case(vault: Vault, reference: str) -> UUID:
    """A case with events and testimonies of every length, so that rows, headings and labels
    fall at every height of a page."""
    sentence = "Его задержали у ворот фабрики и увезли в отдел без объяснений. "
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": reference, "title": "Many pages"})
        for n in range(24):
            writer.create(
                "event",
                {
                    "case": str(case.id),
                    "date": f"2021-05-{n + 1:02d}",
                    "act_type": "arbitrary_detention",
                    "description": sentence * (2 + (n * 7) % 17),
                },
            )
            writer.create(
                "testimony",
                {
                    "case": str(case.id),
                    "date": f"2021-06-{n + 1:02d}",
                    "place": "Andijan",
                    "consent": {"given": True, "scope": ["reports"]},
                    "summary": sentence * (1 + n % 3),
                    "narrative": "\n\n".join([sentence * (1 + (n * 5) % 7)] * (1 + n % 4)),
                },
            )
        return case.id


def _page_texts(path: Path) -> list[str]:
    pages = len(PdfReader(path).pages)
    return [pdf_text(path, page, layout=True) for page in range(1, pages + 1)]


def test_the_events_table_repeats_its_header_only_at_the_top_of_a_page(tmp_path: Path) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    out = tmp_path / "d.pdf"
    build_dossier(vault, [_varied_case(vault, "UZ-5")], out, generated_at=GENERATED_AT)
    header = re.compile(r"#\s+Date\s+Act\s+Place\s+Description")
    pages = [text for text in _page_texts(out) if header.search(text)]
    assert len(pages) >= 3  # the table runs over several pages
    for text in pages:
        assert len(header.findall(text)) == 1
        # at the top, or under the chart where the table starts
        before = text[: header.search(text).start()]
        assert "Timeline of events" in before or len(before.strip().splitlines()) == 1
    vault.lock()


def test_no_testimony_heading_facts_or_label_is_left_alone_at_the_foot_of_a_page(
    tmp_path: Path,
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    out = tmp_path / "d.pdf"
    build_dossier(vault, [_varied_case(vault, "UZ-6")], out, generated_at=GENERATED_AT)
    for text in _page_texts(out):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        last = lines[-2]  # above the footer line
        assert not re.match(r"(Summary|Account|Testimony \d+:|Date:|Place:)", last), last
    vault.lock()
