"""A recorded pseudonym that is a built-in label is printed as that label in the dossier's
language, with the letter of the same place; any other is printed as typed."""

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
        ("Shaxs C", "Person C", "Лицо В", "Shaxs C"),
        # GOST skips З, Й, О...: the eighth Russian letter is И, the eighth Latin one H
        ("Свидетель И", "Witness H", "Свидетель И", "Guvoh H"),
        # the place, not the letter: the Russian alphabet has 25 letters, the Latin one 26
        ("Witness Z", "Witness Z", "Свидетель АА", "Guvoh Z"),
        ("Witness AB", "Witness AB", "Свидетель АВ", "Guvoh AB"),
        # typed with a Latin A, or spaced and in small letters: the same label to a reader
        ("Свидетель A", "Witness A", "Свидетель А", "Guvoh A"),
        (" witness  b ", "Witness B", "Свидетель Б", "Guvoh B"),
    ],
)
def test_a_builtin_label_is_printed_in_the_dossiers_language_at_the_same_place(
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
