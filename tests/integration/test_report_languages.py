"""Every report language is complete, and a dossier reads in it from cover to appendix; names
and text in Arabic script (Arabic, Persian, Uyghur) come out joined and right to left."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core.reports import LANGUAGES, DossierOptions, build_dossier
from desktop_app.core.reports.labels import (
    Labels,
    format_partial_date,
    format_period,
    labels_for,
)
from desktop_app.core.reports.rtl import shape, visual_line
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
        ("uz", ("2010-yil 13-iyun", "2010-yil iyun", "2010-yil")),
    ],
)
def test_partial_dates_are_written_as_precise_as_they_are(
    language: str, expected: tuple[str, ...]
) -> None:
    labels: Labels = labels_for(language)
    assert (
        tuple(format_partial_date(v, labels) for v in ("2010-06-13", "2010-06", "2010")) == expected
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ("since 14 March 2022", "since June 2010", "until 2012", "2010 – 2012")),
        ("ru", ("с 14 марта 2022", "с июня 2010", "до 2012", "2010 – 2012")),
        (
            "uz",
            (
                "2022-yil 14-martdan",
                "2010-yil iyundan",
                "2012-yilgacha",
                "2010-yil – 2012-yil",
            ),
        ),
    ],
)
def test_a_period_without_an_end_does_not_read_as_one_day(
    language: str, expected: tuple[str, ...]
) -> None:
    labels = labels_for(language)
    periods = [("2022-03-14", ""), ("2010-06", ""), ("", "2012"), ("2010", "2012")]
    assert tuple(format_period(start, end, labels) for start, end in periods) == expected


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize(
    ("language", "period", "when"),
    [
        ("en", "Period since 14 March 2022", "Date: date unknown, time 15:48"),
        ("ru", "Период с 14 марта 2022", "Дата: дата неизвестна, время 15:48"),
        ("uz", "Davr 2022-yil 14-martdan", "Sana: sana nomaʼlum, soat 15:48"),
    ],
)
def test_an_open_period_and_a_time_without_a_date_say_so(
    tmp_vault: Vault, tmp_path: Path, language: str, period: str, when: str
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create(
            "case", {"reference": "TJ-2022-1", "title": "Raid", "start_date": "2022-03-14"}
        )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "time": "15:48",
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "Seen.",
            },
        )
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, [case.id], path, DossierOptions(language=language))
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    text = " ".join(out.stdout.split())
    assert text.count(period) == 2  # on the cover and in the case summary
    assert when in text


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


ARABIC_NAME = "عبدالله شمس الدين"
UYGHUR_NAME = "ئابدۇرېھىم ھېيت"  # a protected witness
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e]")


def arabic_dossier(vault: Vault, path: Path, redact: bool | None = None) -> Path:
    """A case about a man with an Arabic name, told in English and Arabic, with a protected
    Uyghur witness; its dossier in English."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create(
            "case",
            {
                "reference": "TJ-2011-0003",
                "title": f"Testimony of {ARABIC_NAME}, 2011",
                "summary": f"{ARABIC_NAME} شاهد على الاعتقال وقال إن الشرطة لا تسمح بالزيارات.",
            },
        )
        named = writer.create("person", {"name": ARABIC_NAME})
        protected = writer.create("person", {"name": UYGHUR_NAME, "protected": True})
        for person in (named, protected):
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": "witness"}
            )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(named.id),
                "date": "2011-05-02",
                "place": "دوشنبه",
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": f"I met {ARABIC_NAME} in Dushanbe. He said {UYGHUR_NAME} was taken."
                f"\nقال عبدالله إن {UYGHUR_NAME} اعتقل ليلا.",
            },
        )
    build_dossier(vault, [case.id], path, DossierOptions(redact=redact))
    return path


def pdf_words(path: Path) -> tuple[str, str]:
    """pdftotext's reading of the PDF as drawn (presentation forms), and as letters (NFKC),
    both without bidi marks and with whitespace runs as one space."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    drawn = " ".join(BIDI_MARKS.sub(" ", out.stdout.decode()).split())
    return drawn, " ".join(unicodedata.normalize("NFKC", drawn).split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_arabic_names_are_joined_and_read_right_to_left(tmp_vault: Vault, tmp_path: Path) -> None:
    drawn, letters = pdf_words(arabic_dossier(tmp_vault, tmp_path / "ar.pdf", redact=False))
    # Drawn with joined letter forms: عبدالله as initial ain, medial beh, final dal, ...
    assert "ﻋﺒﺪﺍﻟﻠﻪ" in drawn and "ﺷﻤﺲ" in drawn
    assert "ﻻ" in drawn  # the lam-alef ligature of "لا تسمح"
    # ... in right-to-left order: read back, the name comes out as written, never reversed.
    assert ARABIC_NAME in letters and UYGHUR_NAME in letters
    assert "نيدلا" not in letters and "هللادبع" not in letters
    assert "قال عبدالله إن" in letters


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_an_arabic_name_keeps_its_place_in_a_left_to_right_sentence(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    path = arabic_dossier(tmp_vault, tmp_path / "ar.pdf", redact=False)
    _, letters = pdf_words(path)
    sentence = letters.index("I met")
    assert sentence < letters.index(ARABIC_NAME, sentence) < letters.index("Dushanbe", sentence)
    # The year stays after the name (the bare bidi algorithm would put it before the name).
    title = letters.index("Testimony of")
    assert title < letters.index(ARABIC_NAME, title) < letters.index("2011", title)
    assert "Testimony of 2011" not in letters
    # The PDF's own title stays in logical order: a viewer lays it out itself.
    assert PdfReader(path).metadata.title == f"Testimony of {ARABIC_NAME}, 2011"


def test_arabic_words_are_drawn_in_visual_order_per_line() -> None:
    shaped = shape(ARABIC_NAME)
    assert shaped == "ﻋﺒﺪﺍﻟﻠﻪ ﺷﻤﺲ ﺍﻟﺪﻳﻦ"
    reversed_name = " ".join(word[::-1] for word in reversed(shaped.split()))
    assert visual_line(f"of {ARABIC_NAME}, 2011") == f"of {reversed_name}, 2011"
    # A bracket opened inside the Arabic words closes with them.
    bracketed = f"of ({shape('محمد')[::-1]}) {reversed_name} 2011"
    assert visual_line(f"of {ARABIC_NAME} (محمد) 2011") == bracketed
    assert visual_line("Case KG-2010-0007") == "Case KG-2010-0007"  # the usual path, untouched


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_protected_witness_arabic_script_name_is_redacted(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    drawn, letters = pdf_words(arabic_dossier(tmp_vault, tmp_path / "ar.pdf"))
    for word in UYGHUR_NAME.split():
        assert word not in letters, word  # neither as letters ...
        assert shape(word) not in drawn, word  # ... nor as drawn, joined
        assert visual_line(word) not in drawn, word  # ... nor reversed
    assert "He said Witness A was taken." in letters
    assert ARABIC_NAME in letters  # not protected
