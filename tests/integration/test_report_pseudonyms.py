"""What a dossier calls the people it must not name: no label may point at two people."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.core.lookalikes import skeleton
from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


@pytest.mark.parametrize(
    ("language", "recorded", "generated"),
    [
        ("en", "Witness A", "Witness B"),
        ("ru", "Свидетель А", "Свидетель Б"),
        ("uz", "Guvoh A", "Guvoh B"),
    ],
)
def test_a_recorded_pseudonym_is_never_given_to_someone_else_in_any_language(
    tmp_path: Path, language: str, recorded: str, generated: str
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "TJ-7", "title": "Raid"})
        # Sitora's pseudonym is recorded; Zarina, whose testimony comes first, has none.
        sitora = writer.create(
            "person", {"name": "Sitora Nazarova", "protected": True, "pseudonym": "Witness A"}
        )
        zarina = writer.create("person", {"name": "Zarina Rahimova", "protected": True})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(sitora.id), "role": "victim"}
        )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(zarina.id),
                "date": "2022-01-01",
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "Zarina Rahimova saw Sitora Nazarova taken away.",
            },
        )
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(language=language))
    assert f"{generated} saw {recorded} taken away." in text_of(out)
    vault.lock()


def labels_of(text: str, word: str = "Свидетель") -> set[str]:
    """The labels "word X" that text prints, X a letter."""
    return set(re.findall(rf"{word} \w(?!\w)", text))


def test_a_generated_label_never_looks_like_a_recorded_cyrillic_one(tmp_path: Path) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-1", "title": "Ош", "country": "KG"})
        # Typed as the form suggests, with a Cyrillic А.
        asel = writer.create(
            "person", {"name": "Асель Жанабаева", "protected": True, "pseudonym": "Свидетель А"}
        )
        dilnoza = writer.create("person", {"name": "Дильноза Рахимова"})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(asel.id), "role": "victim"}
        )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(dilnoza.id),
                "date": "2024-03-20",
                "consent": {"given": True, "scope": ["reports"], "anonymise": True},
                "narrative": "Меня зовут Дильноза Рахимова. Асель Жанабаева была там.",
            },
        )
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(language="ru"))
    vault.lock()
    text = text_of(out)
    assert "Меня зовут Свидетель Б. Свидетель А была там." in text
    labels = labels_of(text)
    assert labels == {"Свидетель А", "Свидетель Б"}
    assert len({skeleton(label) for label in labels}) == 2  # no two alike in print


def test_two_recorded_pseudonyms_that_look_alike_are_not_both_printed(tmp_path: Path) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-2", "title": "Ош"})
        # One typed with a Cyrillic А, the other with a Latin A.
        for name, pseudonym in (
            ("Асель Жанабаева", "Свидетель А"),
            ("Үмүт Өмүрбекова", "Свидетель A"),
        ):
            person = writer.create(
                "person", {"name": name, "protected": True, "pseudonym": pseudonym}
            )
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": "victim"}
            )
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(language="ru"))
    vault.lock()
    text = text_of(out)
    # The first (by record id) keeps hers; the other is given a letter of her own.
    assert ("Свидетель А" in text) != ("Свидетель A" in text)
    assert "Лицо А" in text


def test_generated_labels_in_a_russian_dossier_are_cyrillic_letters(tmp_path: Path) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    names = ("Асель Жанабаева", "Дильноза Рахимова", "Гулноза Каримова")
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-3", "title": "Ош"})
        for day, name in enumerate(names, start=1):
            witness = writer.create("person", {"name": name})
            writer.create(
                "testimony",
                {
                    "case": str(case.id),
                    "witness": str(witness.id),
                    "date": f"2024-03-0{day}",
                    "consent": {"given": True, "scope": ["reports"], "anonymise": True},
                    "narrative": f"Меня зовут {name}.",
                },
            )
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(language="ru"))
    vault.lock()
    text = text_of(out)
    for letter in "АБГ":
        assert f"Меня зовут Свидетель {letter}." in text
    assert labels_of(text) == {"Свидетель А", "Свидетель Б", "Свидетель Г"}  # all Cyrillic
