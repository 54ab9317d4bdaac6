"""Values written in the interface language: dates, sizes, the names of interview languages and
the vocabulary in exchange lists."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from desktop_app.ui.i18n import install_translators


def test_interview_languages_are_named_in_sandiqs_spelling(qtbot, unlocked_window):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "UZ-1", "title": "T"})
    editor = unlocked_window.registry.open_form("testimony", initial={"case": str(case.id)})
    combo = editor.language_combo
    labels = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    # Before: "uz — o‘zbek" (Qt's quotation mark, not the letter ʻ) and "en — American English".
    assert labels["uz"] == "uz — oʻzbek"
    assert labels["en"] == "en — English"
    assert labels["ru"] == "ru — русский"


@pytest.mark.parametrize("lang", ["en", "ru", "uz"])
def test_dates_and_times_show_four_digit_years(qtbot, lang):
    from desktop_app.ui.i18n import format_partial_date, format_timestamp

    install_translators(lang)
    try:
        assert "2011" in format_partial_date("2011-07-28")
        assert "2026" in format_timestamp("2026-11-26T05:39:08.286635Z")
    finally:
        install_translators("en")


@pytest.mark.parametrize(
    ("lang", "sizes"),
    [
        ("en", ["1 byte", "18 bytes", "1,023 bytes", "2.00 KiB", "4.77 MiB", "3.00 GiB"]),
        ("ru", ["1 байт", "18 байт", "1\xa0023 байта", "2,00 КБ", "4,77 МБ", "3,00 ГБ"]),
        ("uz", ["1 bayt", "18 bayt", "1\xa0023 bayt", "2,00 KB", "4,77 MB", "3,00 GB"]),
    ],
)
def test_sizes_are_written_in_the_interface_language(qtbot, lang, sizes):
    # Qt's own formattedDataSize wrote "1 bytes", "18 байты" and KiB in every language.
    from desktop_app.ui.i18n import format_size

    install_translators(lang)
    try:
        written = [format_size(n) for n in (1, 18, 1023, 2048, 5_000_000, 3 * 1024**3)]
        assert written == sizes
    finally:
        install_translators("en")


def test_record_labels_in_exchange_lists_show_vocabulary_in_the_interface_language(qtbot):
    from desktop_app.ui.i18n import record_label_text
    from desktop_app.ui.import_notes import record_name

    install_translators("ru")
    try:
        assert (
            record_label_text("event", "2021-05 torture") == "2021-05 Пытки или жестокое обращение"
        )
        assert record_label_text("event", "killing") == "Убийство"
        assert record_label_text("case_party", "victim") == "Пострадавший"
        # A testimony's label is its date and summary, whatever words the summary holds.
        assert record_label_text("testimony", "2021 torture") == "2021 torture"
        # A person named by kind and id (her name is a protected person's): the kind in Russian.
        held = "person 7fdce9f3-1b2c-4d5e-8f90-a1b2c3d4e5f6"
        assert record_label_text("person", held) == "Человек 7fdce9f3-1b2c-4d5e-8f90-a1b2c3d4e5f6"
        assert record_label_text("person", "person of interest") == "person of interest"
        # So is a case party's person named so, in the import preview's rows.
        party = SimpleNamespace(
            kind="case_party", person=held, label="victim", case="KG-1", person_sex=None
        )
        assert record_name(party).startswith("Человек 7fdce9f3-")
    finally:
        install_translators("en")
