"""Violation types and dossier wording read as an Uzbek (and a Russian) lawyer writes them:
"ozodlikdan mahrum qilish" for detention (qamoq is imprisonment), "UZ-2023-0001-sonli ish",
"1-sahifa (jami 6)", "soat 14:30"; a vault made with the older terms shows the new ones once
unlocked, and the timeline chart prints every term whole."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import pytest
from reportlab.graphics.shapes import String
from sqlalchemy import select

from db.models import VocabularyTerm
from desktop_app.core.attachments import add_attachment
from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.reports.fonts import register_fonts
from desktop_app.core.reports.labels import labels_for
from desktop_app.core.reports.layout import FRAME_WIDTH
from desktop_app.core.reports.timeline_chart import ChartEvent, timeline_drawing
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.vocab import ACT_TYPE_VOCABULARY, ACT_TYPES
from tests.conftest import PASSPHRASE

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def _pdf_words(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


def _case(vault: Vault) -> UUID:
    """An archived, restricted case with a timed testimony and an attachment; its id."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create(
            "case",
            {
                "reference": "UZ-2023-0001",
                "title": "Andijonda hibsga olish",
                "status": "archived",
                "sensitivity": "restricted",
                "violation_types": ["arbitrary_detention", "torture", "unfair_trial", "killing"],
            },
        )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "date": "2023-04-02",
                "time": "14:30",
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "Koʻrdim.",
            },
        )
        add_attachment(writer, "case", case.id, io.BytesIO(b"scan"), "qaror.pdf")
        return case.id


@needs_pdftotext
def test_uzbek_dossier_reads_as_a_lawyer_writes_it(tmp_vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "uz.pdf"
    build_dossier(tmp_vault, [_case(tmp_vault)], path, DossierOptions(language="uz"))
    text = _pdf_words(path)
    for expected in (
        "UZ-2023-0001-sonli ish: Andijonda hibsga olish",
        "1-sahifa (jami ",
        "Qaysi yozuvga tegishli",
        "FOYDALANISH CHEKLANGAN",
        "Sana: 2023-yil 2-aprel, soat 14:30",
        "Holati Arxivda",
        "Oʻzboshimchalik bilan ozodlikdan mahrum qilish",
        "Qiynoqqa solish yoki shafqatsiz muomala",
        "Adolatsiz sud muhokamasi",
        "Gʻayriqonuniy hayotdan mahrum qilish",
    ):
        assert expected in text
    for old in ("qamoqqa", "Qotillik", "sahifadan", "Tegishli", "CHEKLANGAN FOYDALANISH"):
        assert old not in text
    assert "Arxivlangan" not in text


@needs_pdftotext
def test_russian_dossier_names_an_unfair_trial_as_the_covenant_does(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "ru.pdf"
    build_dossier(tmp_vault, [_case(tmp_vault)], path, DossierOptions(language="ru"))
    text = _pdf_words(path)
    assert "Несправедливое судебное разбирательство" in text
    assert "Убийство" in text
    assert "Дата: 2 апреля 2023, 14:30" in text
    assert "Несправедливый суд" not in text


def test_a_vault_with_the_older_terms_shows_the_new_ones_once_unlocked(
    tmp_vault: Vault,
) -> None:
    # Built-in terms are rewritten on every unlock (vault_schema.sync_vocabulary): no migration.
    with tmp_vault.transaction() as session:
        term = session.get(VocabularyTerm, (ACT_TYPE_VOCABULARY, "arbitrary_detention"))
        assert term is not None
        term.label_uz, term.label_ru = "Oʻzboshimchalik bilan qamoqqa olish", "Старое"
    folder = tmp_vault.path
    tmp_vault.lock()
    vault = unlock(folder, PASSPHRASE)
    try:
        with vault.transaction() as session:
            labels = {
                t.code: (t.label_en, t.label_ru, t.label_uz)
                for t in session.scalars(
                    select(VocabularyTerm).where(VocabularyTerm.vocabulary == ACT_TYPE_VOCABULARY)
                )
            }
    finally:
        vault.lock()
    assert labels["arbitrary_detention"][2] == "Oʻzboshimchalik bilan ozodlikdan mahrum qilish"
    assert {code: labels[code] for code in ACT_TYPES} == ACT_TYPES


@pytest.mark.parametrize("language", ["en", "ru", "uz"])
def test_the_timeline_chart_prints_every_act_type_whole(language: str) -> None:
    index = ("en", "ru", "uz").index(language)
    terms = [labels[index] for labels in ACT_TYPES.values()]
    events = [ChartEvent(n, f"2023-{n:02d}", term) for n, term in enumerate(terms, start=1)]
    fonts = register_fonts()
    drawing = timeline_drawing(events, FRAME_WIDTH, fonts.regular, fonts.bold, labels_for(language))
    assert drawing is not None
    # A lane's label is the regular-font text at the left edge, in one or two lines.
    lines = [s.text for s in drawing.contents if isinstance(s, String) and s.x == 4]
    assert "…" not in "".join(lines)
    assert " ".join(lines).split() == " ".join(terms).split()
