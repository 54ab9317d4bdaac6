"""A recorded pseudonym that is a built-in label is printed as that label in the dossier's
language, with the same letter in its script (see test_pseudonym_letters_across_languages);
any other is printed as typed."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.labels import labels_for
from desktop_app.core.reports.pseudonyms import in_language


@pytest.mark.parametrize(
    ("recorded", "en", "ru", "uz"),
    [
        ("Свидетель А", "Witness A", "Свидетель А", "Guvoh A"),
        ("Свидетель Б", "Witness B", "Свидетель Б", "Guvoh B"),
        ("Witness B", "Witness B", "Свидетель Б", "Guvoh B"),
        ("Guvoh B", "Witness B", "Свидетель Б", "Guvoh B"),
        ("Лицо Б", "Person B", "Лицо Б", "Shaxs B"),
        ("Shaxs V", "Person V", "Лицо В", "Shaxs V"),
        # the letter, not its place: И is the eighth Russian label letter, H the eighth Latin one
        ("Свидетель И", "Witness I", "Свидетель И", "Guvoh I"),
        ("Witness AB", "Witness AB", "Свидетель АБ", "Guvoh AB"),
        # typed with a Latin A, or spaced and in small letters: the same label to a reader
        ("Свидетель A", "Witness A", "Свидетель А", "Guvoh A"),
        (" witness  b ", "Witness B", "Свидетель Б", "Guvoh B"),
    ],
)
def test_a_builtin_label_is_printed_in_the_dossiers_language_with_its_letter(
    recorded: str, en: str, ru: str, uz: str
) -> None:
    assert [in_language(recorded, labels_for(lang)) for lang in ("en", "ru", "uz")] == [en, ru, uz]


@pytest.mark.parametrize(
    "recorded",
    [
        "Informant 7",
        "Свидетель З",  # З is no label letter (GOST 2.105)
        "Свидетель Y",  # a Latin Y reads as Г and as У: which place is unsure
        "Witness A.",
        "Главный свидетель",
        "Witness",
    ],
)
def test_any_other_pseudonym_is_printed_as_typed(recorded: str) -> None:
    for language in ("en", "ru", "uz"):
        assert in_language(f" {recorded} ", labels_for(language)) == recorded
