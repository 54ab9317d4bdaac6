"""A recorded pseudonym that is a built-in label ("Свидетель А", "Witness B") prints in the
dossier's language, with the same letter; Kyrgyz endings stay after it."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from pypdf import PdfReader

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

LABELS = {
    "en": ("Testimony {n}: ", "Witness A", "Witness B", "Witness G"),
    "ru": ("Показание {n}: ", "Свидетель А", "Свидетель Б", "Свидетель Г"),
    "uz": ("{n}-koʻrsatma: ", "Guvoh A", "Guvoh B", "Guvoh G"),
}


def printed_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


def bookmarks(path: Path) -> str:
    def titles(outline: list) -> Iterator[str]:  # type: ignore[type-arg]
        for item in outline:
            yield from titles(item) if isinstance(item, list) else (item.title,)

    return " ".join(titles(PdfReader(path).outline))


def make_case(vault: Vault) -> UUID:
    """Three protected witnesses: Aigül's pseudonym typed in the Russian interface, Nodira's
    in the English one, Zarina with none (she is given the next free letter)."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-OSH-1", "title": "Ош", "country": "KG"})
        witnesses = [
            ("Айгүл Мөңкүбаева", ["Aigül Möngkübaeva"], "Свидетель А", "2022-06-14"),
            ("Нодира Йўлдошева", ["Nodira Yoʻldosheva"], "Witness B", "2022-07-01"),
            ("Зарина Рахимова", [], "", "2022-08-01"),
        ]
        narrative = (
            "Men Aigül Möngkübaeva. Möngkübaevanyn telefonu alyngan. "
            "Мөңкүбаеванын телефону алынган. Aigüldün sözü. "
            "Nodira Yoʻldosheva ham koʻrdi. Зарина Рахимова тоже."
        )
        for name, other_names, pseudonym, date in witnesses:
            person = writer.create(
                "person",
                {
                    "name": name,
                    "other_names": other_names,
                    "protected": True,
                    "pseudonym": pseudonym,
                },
            )
            writer.create(
                "testimony",
                {
                    "case": str(case.id),
                    "witness": str(person.id),
                    "date": date,
                    "consent": {"given": True, "scope": ["reports"]},
                    "narrative": narrative,
                },
            )
        return case.id


@pytest.mark.parametrize("language", ["en", "ru", "uz"])
def test_a_recorded_builtin_label_prints_in_the_dossiers_language(
    tmp_path: Path, language: str
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    case_id = make_case(vault)
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(language=language))
    vault.lock()
    text, outline = printed_text(out), bookmarks(out)
    heading, aigul, nodira, zarina = LABELS[language]
    for n, label in enumerate((aigul, nodira, zarina), start=1):
        assert heading.format(n=n) + label in text
        assert heading.format(n=n) + label in outline
    # Zarina's letter is the next free one, the same in every language: A and B are recorded,
    # and G, Г follows (V, В is no generated letter: В looks like B).
    assert f"Men {aigul}." in text
    assert f"{nodira} ham koʻrdi. {zarina} тоже." in text
    # No label of another language is printed.
    for other, labels in LABELS.items():
        if other != language:
            for label in labels[1:]:
                assert label not in text and label not in outline
    for name in ("Мөңкүбаев", "Möngkübaev", "Aigül", "Йўлдошев", "Yoʻldoshev", "Рахимов"):
        assert name not in text


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_kyrgyz_genitive_stays_after_the_label_in_latin_and_cyrillic(
    tmp_path: Path, language: str
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    case_id = make_case(vault)
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(language=language))
    vault.lock()
    text = printed_text(out)
    aigul = LABELS[language][1]
    assert f"{aigul}-nyn telefonu alyngan." in text
    assert f"{aigul}-нын телефону алынган." in text
    assert f"{aigul}-dün sözü." in text


def test_a_russian_dossier_calls_kyrgyzstan_by_its_un_name(tmp_path: Path) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    case_id = make_case(vault)
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(language="ru"))
    vault.lock()
    text = printed_text(out)
    assert "Кыргызстан" in text
    assert "Киргизия" not in text
