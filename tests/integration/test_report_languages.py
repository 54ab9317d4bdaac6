"""Every report language is complete, and a dossier reads in it from cover to appendix."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.core.reports import LANGUAGES, DossierOptions, build_dossier
from desktop_app.core.reports.labels import Labels, format_partial_date, labels_for
from desktop_app.core.vault import Vault
from desktop_app.core.vocab import CONSENT_SCOPES, ROLES, SENSITIVITIES

PLACEHOLDER = re.compile(r"\{\w+\}")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_the_same_placeholders(language: str) -> None:
    english, labels = labels_for("en"), labels_for(language)
    assert labels.text.keys() == english.text.keys()
    for key, text in english.text.items():
        assert placeholders(labels[key]) == placeholders(text), key
        assert labels[key].strip(), key
    assert labels.roles.keys() == set(ROLES)
    assert labels.sensitivities.keys() == labels.markings.keys() == set(SENSITIVITIES)
    assert labels.consent_scopes.keys() == set(CONSENT_SCOPES)
    assert len(labels.months) == len(labels.day_months) == 12
    assert len(labels.verify_appendix) == len(english.verify_appendix)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ("13 June 2010", "June 2010", "2010")),
        ("ru", ("13 июня 2010", "июнь 2010", "2010")),
        ("uz", ("13 iyun 2010", "iyun 2010", "2010")),
    ],
)
def test_partial_dates_are_written_as_precise_as_they_are(
    language: str, expected: tuple[str, ...]
) -> None:
    labels: Labels = labels_for(language)
    assert (
        tuple(format_partial_date(v, labels) for v in ("2010-06-13", "2010-06", "2010")) == expected
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_uzbek_dossier_reads_in_uzbek(tmp_vault: Vault, tmp_path: Path) -> None:
    with tmp_vault.transaction() as session:
        case = tmp_vault.writer(session).create(
            "case",
            {
                "reference": "UZ-2016-0004",
                "title": "Majburiy mehnat",
                "violation_types": ["forced_labour"],
            },
        )
    path = tmp_path / "uz.pdf"
    build_dossier(tmp_vault, [case.id], path, DossierOptions(language="uz"))
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    text = " ".join(out.stdout.split())
    for expected in (
        "Mundarija",
        "Voqealar xronologiyasi",
        "Guvohlik koʻrsatmalari",
        "Majburiy mehnat",
    ):
        assert expected in text
    assert "MAXFIYLIK DARAJASI: ODDIY" in text
