"""A redacted dossier that names a protected woman's husband in full: the file is written as
before, and the user is told, by his name and her pseudonym only."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.reports.relatives_named import RelativeNamed
from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

HER_NAMES = ("Гулнора", "Шамсутдинова", "Gulnora", "Shamsutdinova")
# Her pseudonym as the English dossier prints it ("Свидетель А" is "Witness A" there).
WARNING = (
    "note: the dossier names Бахтиёр Шамсутдинов in full, who shares a family name with "
    "Witness A, a protected person it hides; check before handing it out"
)


def add_family(vault: Vault, sensitivity: str = "normal") -> UUID:
    """A case with a protected woman (her Latin spelling as another name), her unprotected
    husband and an unrelated official; returns the case id."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create(
            "case",
            {
                "reference": "UZ-2016-0031",
                "title": "Search of a home",
                "summary": "Бахтиёр Шамсутдинов was questioned; his wife was not.",
                "sensitivity": sensitivity,
            },
        )
        people = [
            (
                {
                    "name": "Гулнора Шамсутдинова",
                    "other_names": ["Gulnora Shamsutdinova"],
                    "protected": True,
                    "pseudonym": "Свидетель А",
                },
                "witness",
            ),
            ({"name": "Бахтиёр Шамсутдинов"}, "victim"),
            ({"name": "Rustam Karimov"}, "perpetrator"),
        ]
        for fields, role in people:
            person = writer.create("person", fields)
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
        return case.id


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


def test_core_names_the_husband_and_her_pseudonym_in_a_redacted_dossier_only(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    case_id = add_family(tmp_vault)

    def relatives(name: str, options: DossierOptions) -> tuple[RelativeNamed, ...]:
        return build_dossier(tmp_vault, [case_id], tmp_path / name, options).relatives_named

    redacted = relatives("redacted.pdf", DossierOptions(redact=True))
    automatic = relatives("automatic.pdf", DossierOptions())
    russian = relatives("russian.pdf", DossierOptions(language="ru"))
    plain = relatives("plain.pdf", DossierOptions(redact=False))
    assert redacted == automatic == (RelativeNamed("Бахтиёр Шамсутдинов", "Witness A"),)
    assert russian == (RelativeNamed("Бахтиёр Шамсутдинов", "Свидетель А"),)
    assert plain == ()


def test_report_warns_of_the_husband_and_still_writes_the_dossier(
    sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path
) -> None:
    add_family(tmp_vault)
    tmp_vault.lock()
    out = tmp_path / "dossier.pdf"
    run = sandiq.ok("report", "UZ-2016-0031", "--out", str(out))
    assert "redaction on" in run.stdout
    assert run.stderr.splitlines()[-1] == WARNING
    assert not any(word in run.stdout + run.stderr for word in HER_NAMES)
    text = text_of(out)
    assert "Witness A" in text and "Бахтиёр Шамсутдинов" in text
    assert not any(word in text for word in HER_NAMES)


def test_json_output_names_them_too_and_the_warning_goes_to_stderr(
    sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path
) -> None:
    add_family(tmp_vault)
    tmp_vault.lock()
    out = tmp_path / "dossier.pdf"
    run = sandiq.ok("report", "UZ-2016-0031", "--out", str(out), "--json")
    written = json.loads(run.stdout)
    assert written["is_redacted"] is True and written["protected_people"] == 1
    assert written["relatives_named"] == [{"name": "Бахтиёр Шамсутдинов", "pseudonym": "Witness A"}]
    assert WARNING in run.stderr.splitlines()


def test_no_warning_without_redaction(sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path) -> None:
    add_family(tmp_vault)
    tmp_vault.lock()
    run = sandiq.ok("report", "UZ-2016-0031", "--out", str(tmp_path / "d.pdf"), "--no-redact")
    assert "redaction off" in run.stdout
    assert "family name" not in run.stderr


def test_she_need_not_be_a_party_only_named_in_the_text(tmp_vault: Vault, tmp_path: Path) -> None:
    # Her own case elsewhere; this one names her in its summary and lists only her brother-in-law.
    add_family(tmp_vault)
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create(
            "case",
            {
                "reference": "RU-2024-0004",
                "title": "Обыск",
                "summary": "Гулнора Шамсутдинова видела обыск.",
            },
        )
        relative = writer.create("person", {"name": "Камол Шамсутдинов"})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(relative.id), "role": "relative"}
        )
        case_id = case.id
    out = tmp_path / "ru4.pdf"
    written = build_dossier(tmp_vault, [case_id], out, DossierOptions(language="ru"))
    assert written.relatives_named == (RelativeNamed("Камол Шамсутдинов", "Свидетель А"),)
    assert not any(word in text_of(out) for word in HER_NAMES)
