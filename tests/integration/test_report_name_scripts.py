"""A dossier names a person in its own script (Latin for en and uz, Cyrillic for ru) when a
spelling of her name in it is recorded, everywhere it names her; the People table gives the
name she is recorded under too. Nobody the dossier must not name, and no spelling that was not
recorded, is printed so."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.attachments import add_attachment
from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.reports.name_scripts import spelling_for
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="needs poppler-utils (make test installs it)",
)

DILOROM, DILOROM_LATIN = "Дилором Ғаниева", "Dilorom Gʻaniyeva"
# Recorded only under an alias in Latin: no Latin spelling of her name is made up.
LENA, LENA_ALIAS = "Елена Ким", "Lena"
NODIRA = "Нодира Саидова"  # no other name at all
RUSTAM, RUSTAM_CYRILLIC = "Rustam Karimov", "Рустам Каримов"
ZARINA, ZARINA_LATIN = "Зарина Рахимова", "Zarina Rahimova"  # protected
SHAHLO, SHAHLO_LATIN = "Шаҳло Тошматова", "Shahlo Toshmatova"  # anonymised testimony only


def _case(vault: Vault) -> UUID:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2024-0019", "title": "Andijon"})

        def person(name: str, *others: str, **content: object) -> str:
            record = writer.create("person", {"name": name, "other_names": list(others), **content})
            return str(record.id)

        dilorom = person(DILOROM, "Mother of Nodira", DILOROM_LATIN)
        lena = person(LENA, LENA_ALIAS)
        nodira = person(NODIRA)
        rustam = person(RUSTAM, RUSTAM_CYRILLIC)
        zarina = person(ZARINA, ZARINA_LATIN, protected=True, pseudonym="Person A")
        shahlo = person(SHAHLO, SHAHLO_LATIN)
        for pid, role in (
            (dilorom, "victim"),
            (lena, "witness"),
            (nodira, "relative"),
            (rustam, "perpetrator"),
            (zarina, "victim"),
        ):
            writer.create("case_party", {"case": str(case.id), "person": pid, "role": role})
        consent = {"given": True, "scope": ["reports"]}
        for witness in (lena, dilorom):
            writer.create(
                "testimony",
                {"case": str(case.id), "witness": witness, "consent": consent, "narrative": "-"},
            )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": shahlo,
                "consent": {"given": True, "scope": ["reports", "anonymised_only"]},
                "narrative": "-",
            },
        )
        writer.create(
            "event",
            {
                "case": str(case.id),
                "date": "2024-03-01",
                "act_type": "arbitrary_detention",
                "description": "Detained at home.",
                "victims": [dilorom, zarina],
                "perpetrators": [rustam],
            },
        )
        add_attachment(writer, "person", UUID(dilorom), io.BytesIO(b"statement\n"), "s.txt")
        return case.id


def _dossier(vault: Vault, tmp_path: Path, language: str) -> tuple[Path, str]:
    path = tmp_path / f"{language}.pdf"
    build_dossier(vault, [_case(vault)], path, DossierOptions(language=language, redact=True))
    text = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    # As read: a name wrapped in a narrow cell is one name.
    return path, re.sub(r"\s+", " ", text)


@pytest.mark.parametrize(
    ("language", "heading", "victims", "owner"),
    [
        ("en", "Testimony 2: ", "Victims: ", "person: "),
        ("uz", "2-koʻrsatma: ", "Jabrlanuvchilar: ", "shaxs: "),
    ],
)
def test_a_latin_dossier_names_her_as_her_recorded_latin_spelling(
    tmp_vault: Vault, tmp_path: Path, language: str, heading: str, victims: str, owner: str
) -> None:
    _, text = _dossier(tmp_vault, tmp_path, language)
    # Before: "2-koʻrsatma: Дилором Ғаниева" and the People table in Cyrillic.
    assert heading + DILOROM_LATIN in text
    assert victims + DILOROM_LATIN in text
    assert owner + DILOROM_LATIN in text
    assert f"{DILOROM_LATIN} ({DILOROM})" in text  # the People table
    assert text.count(DILOROM) == 1  # only there, beside the Latin spelling
    assert "Mother of Nodira" in text  # her other names stay listed, the one shown is not
    assert text.count(DILOROM_LATIN) == 4
    # An alias is not her name in Latin, and none is made up for whom none is recorded.
    assert f"Testimony 1: {LENA}" in text or f"1-koʻrsatma: {LENA}" in text
    assert NODIRA in text
    assert RUSTAM in text and RUSTAM_CYRILLIC in text  # his name, and his other name listed
    # Whom the dossier must not name stays a label in every spelling.
    for name in (ZARINA, ZARINA_LATIN, SHAHLO, SHAHLO_LATIN):
        assert name not in text
        assert name.split()[1] not in text


def test_a_russian_dossier_names_him_as_his_recorded_cyrillic_spelling(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    _, text = _dossier(tmp_vault, tmp_path, "ru")
    assert f"Пострадавшие: {DILOROM}" in text  # already in Cyrillic: as recorded
    assert f"Предполагаемые виновные: {RUSTAM_CYRILLIC}" in text
    assert f"{RUSTAM_CYRILLIC} ({RUSTAM})" in text
    assert text.count(RUSTAM) == 1
    assert DILOROM_LATIN in text  # listed among her other names, not used for her
    for name in (ZARINA, ZARINA_LATIN, SHAHLO, SHAHLO_LATIN):
        assert name not in text


@pytest.mark.parametrize(
    ("name", "others", "language", "printed"),
    [
        (DILOROM, [DILOROM_LATIN], "en", DILOROM_LATIN),
        (DILOROM, [DILOROM_LATIN], "ru", DILOROM),
        (
            "Ганиева Дилором Бахтиёровна",
            ["Dilorom Baxtiyorovna Gʻaniyeva"],
            "uz",
            "Dilorom Baxtiyorovna Gʻaniyeva",
        ),
        ("Гульнара Юсупова", ["Gulnora Yusupova"], "en", "Gulnora Yusupova"),
        # only part of the name, a description, another name, or mixed scripts: not hers
        (DILOROM, ["Dilorom"], "en", DILOROM),
        (DILOROM, ["mother of Dilorom Gʻaniyeva"], "en", DILOROM),
        (DILOROM, ["Malika Karimova"], "en", DILOROM),
        (DILOROM, ["Dilorom Ганиева"], "en", DILOROM),
        (RUSTAM, ["Rustam K.", RUSTAM_CYRILLIC], "ru", RUSTAM_CYRILLIC),
        (RUSTAM, [RUSTAM_CYRILLIC], "uz", RUSTAM),
    ],
)
def test_only_a_recorded_spelling_of_the_same_name_is_printed(
    name: str, others: list[str], language: str, printed: str
) -> None:
    assert spelling_for(name, others, language) == printed
