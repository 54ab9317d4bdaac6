"""The field-by-field table of the version and conflict views: readable values, whole texts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QVBoxLayout

from desktop_app.ui.field_table import field_table
from desktop_app.ui.i18n import field_text, format_timestamp, install_translators

NARRATIVE = (
    "Нам сказали, что если мы будем жаловаться, то у нас тоже будут проблемы. "
    "The judge did not ask about the injuries on his hands. " * 8 + "\n\n"
) * 3


@pytest.fixture
def russian():
    install_translators("ru")
    yield
    install_translators("en")


def test_long_texts_get_rows_of_their_height_once_the_columns_settle(qtbot):
    dialog = QDialog()
    table = field_table(
        ["Field", "This vault", "Colleague"],
        ["id", "narrative", "status"],
        [
            {"id": "x", "narrative": NARRATIVE, "status": "open"},
            {"id": "x", "narrative": NARRATIVE + " Later addition.", "status": "open"},
        ],
        "Both versions",
        {},
    )
    QVBoxLayout(dialog).addWidget(table)
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)
    dialog.show()
    qtbot.waitExposed(dialog)

    def rows_fit() -> bool:
        header = table.verticalHeader()
        return all(
            table.rowHeight(r) == max(table.sizeHintForRow(r), header.sectionSizeHint(r))
            for r in range(table.rowCount())
        )

    # Sized on each column's resize, the narrative's row kept a narrower layout's height.
    qtbot.waitUntil(rows_fit)
    narrow = table.rowHeight(1)
    dialog.resize(1300, 560)
    qtbot.waitUntil(lambda: rows_fit() and table.rowHeight(1) < narrow)


def test_consent_reads_as_sentences_with_scope_labels(qtbot):
    consent = {"given": True, "scope": ["reports", "anonymised_only"], "anonymise": False}
    assert field_text("consent", consent).splitlines() == [
        "Consent given: Yes",
        "Agreed to: Use in reports, Only anonymised",
        "Anonymise the witness: No",
    ]
    assert "Agreed to: —" in field_text("consent", {"given": False, "scope": []})


def test_consent_and_translations_in_russian(qtbot, russian):
    consent = {"given": True, "scope": ["publish"], "anonymise": True}
    assert field_text("consent", consent).splitlines() == [
        "Согласие дано: Да",
        "Свидетель согласился на: Публикация",
        "Анонимизировать свидетеля: Да",
    ]
    translations = {"uz": "Meni qamoqqa olishdi.", "en": "They detained me."}
    assert field_text("translations", translations) == (
        "en: They detained me.\n\nuz: Meni qamoqqa olishdi."
    )


def test_act_types_and_dates_read_as_words(qtbot, russian):
    types = field_text("violation_types", ["forced_labour", "harassment"])
    assert types == "Принудительный труд, Угрозы и преследование"
    assert field_text("start_date", "2006-05") == "май 2006"
    assert field_text("end_date", "2007") == "2007"


def test_the_time_a_file_was_received_is_written_as_the_interface_writes_times(qapp) -> None:
    # It showed as stored: 2026-11-27T02:02:08.618101Z.
    stored = "2026-11-27T02:02:08.618101Z"
    assert field_text("received_at", stored) == format_timestamp(stored)
    assert "T" not in field_text("received_at", stored)
