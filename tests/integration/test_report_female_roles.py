"""A Russian dossier names a woman's role in the feminine ("Пострадавшая", "Родственница"),
except a protected woman's under redaction, whose sex her withheld details hide."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.reports.labels import labels_for, role_label
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

PEOPLE = (
    # name, sex, protected, role
    ("Гульнора Каримова", "female", False, "victim"),
    ("Дильноза Рахимова", "female", False, "relative"),
    ("Шахло Юсупова", "female", False, "witness"),
    ("Азимжан Аскаров", "male", False, "relative"),
    ("Зарина Рахимова", "female", True, "victim"),
)


def _case(vault: Vault) -> UUID:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2024-0001", "title": "Задержание"})
        for name, sex, protected, role in PEOPLE:
            content = {"name": name, "sex": sex, "protected": protected}
            if protected:
                content["pseudonym"] = "Лицо А"
            person = writer.create("person", content)
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
        return case.id


def _roles(path: Path) -> dict[str, str]:
    """The People table as pdftotext lays it out: name → role."""
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    cells = [re.split(r"\s{2,}", line.strip()) for line in text.splitlines()]
    return {row[0]: row[1] for row in cells if len(row) >= 2}


def test_a_russian_dossier_names_a_womans_role_in_the_feminine(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "ru.pdf"
    build_dossier(tmp_vault, [_case(tmp_vault)], path, DossierOptions(language="ru", redact=True))
    roles = _roles(path)
    # Before: "Пострадавший" and "Родственник" for both women.
    assert roles["Гульнора Каримова"] == "Пострадавшая"
    assert roles["Дильноза Рахимова"] == "Родственница"
    assert roles["Шахло Юсупова"] == "Свидетель"
    assert roles["Азимжан Аскаров"] == "Родственник"
    # The protected woman, shown as "Лицо А": a feminine role would tell her sex.
    assert roles["Лицо А"] == "Пострадавший"
    assert not any("Зарина" in name for name in roles)


@pytest.mark.parametrize("language", ["en", "uz"])
def test_english_and_uzbek_name_a_role_alike_for_everyone(language: str) -> None:
    labels = labels_for(language)
    for code, label in labels.roles.items():
        assert role_label(code, "female", labels) == label == role_label(code, "male", labels)


def test_every_russian_role_has_a_label_for_a_woman_and_an_unknown_code_stays_itself() -> None:
    ru = labels_for("ru")
    assert set(ru.female_roles) <= set(ru.roles)
    assert role_label("witness", "female", ru) == "Свидетель"
    assert role_label("interpreter", "female", ru) == "interpreter"
    assert role_label("victim", "", ru) == "Пострадавший"
