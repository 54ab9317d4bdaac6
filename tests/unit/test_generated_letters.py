"""Generated letters ("Witness G" for a protected witness with no pseudonym) correspond across
the report languages: the same person is "Witness G", "Свидетель Г" and "Guvoh G", past the last
letter too, and a recorded pseudonym is taken or kept the same way in every language."""

from __future__ import annotations

from desktop_app.core.lookalikes import skeleton
from desktop_app.core.reports.labels import LANGUAGES, labels_for
from desktop_app.core.reports.pseudonyms import COUNTERPARTS, GENERATED_LETTERS, _Labeller


def labelled(calls: list[tuple[str, str]], recorded: list[str]) -> dict[str, list[str]]:
    """Each language's labels for the same people, labelled in the same order."""
    out = {}
    for language in LANGUAGES:
        labeller = _Labeller(labels_for(language), recorded)
        out[language] = [labeller(pseudonym, kind) for pseudonym, kind in calls]
    return out


def letter_of(label: str) -> str:
    return label.rsplit(" ", 1)[1]


def test_the_letters_are_counterparts_none_drawn_like_another() -> None:
    latin, cyrillic = GENERATED_LETTERS
    assert (latin, cyrillic) == ("ABGDEIKLMNRSTFX", "АБГДЕИКЛМНРСТФХ")
    assert all(COUNTERPARTS[a] == b for a, b in zip(latin, cyrillic, strict=True))
    # В is drawn like B, П like n, У like Г: those pairs are left out.
    shapes = [{skeleton(a), skeleton(b)} for a, b in zip(latin, cyrillic, strict=True)]
    assert all(not one & other for i, one in enumerate(shapes) for other in shapes[i + 1 :])


def test_three_hundred_people_have_corresponding_unique_letters_in_every_language() -> None:
    calls = [("", "witness_label")] * 300 + [("", "person_label")] * 20
    labels = labelled(calls, [])
    en, ru, uz = (labels[language] for language in ("en", "ru", "uz"))
    assert en[:3] == ["Witness A", "Witness B", "Witness G"]
    assert en[14:17] == ["Witness X", "Witness AA", "Witness AB"]
    assert ru[14:17] == ["Свидетель Х", "Свидетель АА", "Свидетель АБ"]
    assert en[300:302] == ["Person A", "Person B"] and ru[300:302] == ["Лицо А", "Лицо Б"]
    assert [letter_of(label) for label in en] == [letter_of(label) for label in uz]
    assert ["".join(COUNTERPARTS[c] for c in letter_of(label)) for label in en] == [
        letter_of(label) for label in ru
    ]
    for language, given in labels.items():
        assert len({skeleton(label) for label in given}) == len(given)
        assert all(
            set(letter_of(label)) <= set(labels_for(language).label_letters) for label in given
        )


def test_recorded_pseudonyms_shift_the_letters_alike_in_every_language() -> None:
    recorded = ["Guvoh N", "Свидетель Д", "Witness B"]
    calls = [("", "witness_label")] * 6 + [(p, "witness_label") for p in recorded]
    labels = labelled(calls, recorded)
    assert labels["uz"] == [*(f"Guvoh {c}" for c in "AGEIKL"), "Guvoh N", "Guvoh D", "Guvoh B"]
    assert labels["ru"] == [
        *(f"Свидетель {c}" for c in "АГЕИКЛ"),
        "Свидетель Н",
        "Свидетель Д",
        "Свидетель Б",
    ]


def test_a_pseudonym_that_reads_as_an_earlier_one_in_one_language_only_yields_in_all() -> None:
    # "Witness C" and "Guvoh C" are one label in an English and an Uzbek dossier; a Russian
    # one prints both as typed (C has no Cyrillic counterpart), where they differ. The second
    # witness still gets a letter there, or she would be "Guvoh C" in one dossier of three.
    recorded = ["Witness C", "Guvoh C"]
    labels = labelled([(p, "witness_label") for p in recorded], recorded)
    assert labels == {
        "en": ["Witness C", "Witness A"],
        "ru": ["Witness C", "Свидетель А"],
        "uz": ["Guvoh C", "Guvoh A"],
    }
