"""A recorded pseudonym that is a built-in label keeps its letter in every report language:
Latin and Cyrillic letters correspond by sound, as the Uzbek alphabets pair them ("Guvoh N" is
"Свидетель Н", never "Свидетель Р", which a reader takes for "Guvoh P" or "Guvoh R"); a letter
without a counterpart among the other script's label letters keeps the pseudonym as typed.
Generated letters never read as a recorded pseudonym in any language."""

from __future__ import annotations

import pytest

from desktop_app.core.lookalikes import skeleton
from desktop_app.core.reports.labels import LANGUAGES, labels_for
from desktop_app.core.reports.pseudonyms import _Labeller, in_language


def printed(recorded: str) -> list[str]:
    return [in_language(recorded, labels_for(language)) for language in ("en", "ru", "uz")]


@pytest.mark.parametrize(
    ("recorded", "en", "ru", "uz"),
    [
        # the tester's two witnesses: their Cyrillic letters are theirs, not of the same place
        ("Guvoh N", "Witness N", "Свидетель Н", "Guvoh N"),
        ("Guvoh P", "Witness P", "Свидетель П", "Guvoh P"),
        ("Guvoh R", "Witness R", "Свидетель Р", "Guvoh R"),
        ("Shaxs S", "Person S", "Лицо С", "Shaxs S"),
        ("Witness U", "Witness U", "Свидетель У", "Guvoh U"),
        ("Guvoh X", "Witness X", "Свидетель Х", "Guvoh X"),
        ("Guvoh F", "Witness F", "Свидетель Ф", "Guvoh F"),
        # and back: a label typed in Russian has the Latin letter it is read as
        ("Свидетель Н", "Witness N", "Свидетель Н", "Guvoh N"),
        ("Свидетель В", "Witness V", "Свидетель В", "Guvoh V"),
        ("Лицо Г", "Person G", "Лицо Г", "Shaxs G"),
        ("Свидетель АМ", "Witness AM", "Свидетель АМ", "Guvoh AM"),
    ],
)
def test_a_recorded_label_keeps_its_letter_in_the_other_script(
    recorded: str, en: str, ru: str, uz: str
) -> None:
    assert printed(recorded) == [en, ru, uz]


@pytest.mark.parametrize(
    ("recorded", "en", "ru", "uz"),
    [
        # О and З are no Russian label letters (read as 0 and 3): printed as typed there
        ("Guvoh O", "Witness O", "Guvoh O", "Guvoh O"),
        ("Witness Z", "Witness Z", "Witness Z", "Guvoh Z"),
        # H is Uzbek Ҳ, and Х (which is X) or Н (which is N) would be another witness's letter
        ("Guvoh H", "Witness H", "Guvoh H", "Guvoh H"),
        ("Witness C", "Witness C", "Witness C", "Guvoh C"),
        ("Witness Y", "Witness Y", "Witness Y", "Guvoh Y"),
        ("Witness NZ", "Witness NZ", "Witness NZ", "Guvoh NZ"),
        # Ж is J in Uzbek but Zh to a Russian reader; Ш, Я have no one Latin letter
        ("Свидетель Ж", "Свидетель Ж", "Свидетель Ж", "Свидетель Ж"),
        ("Лицо Ш", "Лицо Ш", "Лицо Ш", "Лицо Ш"),
        (" Свидетель Я ", "Свидетель Я", "Свидетель Я", "Свидетель Я"),
    ],
)
def test_a_letter_without_a_counterpart_keeps_the_pseudonym_as_typed(
    recorded: str, en: str, ru: str, uz: str
) -> None:
    assert printed(recorded) == [en, ru, uz]


def test_latin_and_cyrillic_labels_of_one_letter_correspond_one_to_one() -> None:
    latin = labels_for("uz").label_letters
    russian = labels_for("ru").label_letters
    pairs = {
        (letter, in_language(f"Guvoh {letter}", labels_for("ru")).removeprefix("Свидетель "))
        for letter in latin
    }
    cyrillic = {ru for _, ru in pairs if ru in russian}
    assert len(cyrillic) == len([ru for _, ru in pairs if ru in russian])  # none given twice
    for letter, ru in pairs:
        if ru in russian:
            assert in_language(f"Свидетель {ru}", labels_for("uz")) == f"Guvoh {letter}"


def test_a_generated_russian_letter_never_sits_beside_a_recorded_guvoh_n() -> None:
    labeller = _Labeller(labels_for("ru"), ["Guvoh N"])
    # Thirty witnesses without a pseudonym are lettered first, then the one with "Guvoh N".
    generated = [labeller("", "witness_label") for _ in range(30)]
    assert labeller("Guvoh N", "witness_label") == "Свидетель Н"
    assert "Свидетель Н" not in generated
    assert skeleton("Свидетель Н") not in {skeleton(label) for label in generated}
    # Nor is a generated letter the one "Guvoh N" prints in another language.
    for language in LANGUAGES:
        labels = labels_for(language)
        assert in_language("Guvoh N", labels) not in {in_language(g, labels) for g in generated}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_generated_letter_reads_as_a_recorded_label_in_any_language(language: str) -> None:
    recorded = ["Guvoh N", "Свидетель Р", "Witness S", "Guvoh O"]
    labeller = _Labeller(labels_for(language), recorded)
    generated = [labeller("", "witness_label") for _ in range(40)]
    for other in LANGUAGES:
        labels = labels_for(other)
        taken = {skeleton(in_language(pseudonym, labels)) for pseudonym in recorded}
        assert not taken & {skeleton(in_language(label, labels)) for label in generated}
