"""A patronymic names the father and narrows who a protected witness is: written inside, after
or (with only initials before it) before her name, it goes with her name into her label, and
stays beside anyone else's."""

from __future__ import annotations

import pytest

from desktop_app.core.reports.redaction import NamedPerson, Redactor

WITHHELD = "[name withheld]"
DILNOZA = NamedPerson("d", ("Dilnoza Karimova",), "Witness A")  # no patronymic stored
RUSTAM = NamedPerson("r", ("Рустам Юсупов",), "Witness B")
NURLAN = NamedPerson("n", ("Нұрлан Әлиев",), "Witness C")
OFFICIAL = NamedPerson("o", ("Akmal Rahimov",))  # printed, not protected


@pytest.fixture
def redact() -> Redactor:
    return Redactor([DILNOZA, RUSTAM, NURLAN, OFFICIAL], WITHHELD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inside her name, after it, in either order, in either script
        ("Dilnoza Bahodirovna Karimova came.", "Witness A came."),
        ("Dilnoza Bahodirovna came.", "Witness A came."),
        ("Karimova Dilnoza Bahodirovna came.", "Witness A came."),
        ("KARIMOVA DILNOZA BAHODIROVNA", "Witness A"),
        ("Дилноза Баходировна Каримова", "Witness A"),
        # declined in Russian text, and with Uzbek suffixes
        ("Дилнозы Баходировны Каримовой не было.", "Witness A-ой не было."),
        ("с Дилнозой Баходировной", "с Witness A-ой"),
        ("Каримовой Дилнозе Баходировне", "Witness A-е"),
        ("Dilnoza Bahodirovnaning uyi", "Witness A uyi"),
        ("Dilnoza Bahodirovna's house", "Witness A's house"),
        # the masculine forms, declined
        ("Рустам Баходирович Юсупов", "Witness B"),
        ("Рустама Баходировича Юсупова", "Witness B-а"),
        ("Yusupov Rustam Bahodirovich", "Witness B"),
        # Uzbek: the father's name, then qizi or oʻgʻli in any apostrophe form
        ("Karimova Dilnoza Bahodir qizi keldi", "Witness A keldi"),
        ("Dilnoza Bahodir qizi Karimova", "Witness A"),
        ("Каримова Дилноза Баҳодир қизи", "Witness A"),
        ("Yusupov Rustam Bahodir oʻgʻli", "Witness B"),
        ("Yusupov Rustam Bahodir o'g'li", "Witness B"),
        ("Yusupov Rustam Bahodir o‘g‘li", "Witness B"),
        ("Yusupov Rustam Bahodir o’g’li", "Witness B"),
        ("Yusupov Rustam Bahodir o`g`li", "Witness B"),
        ("Юсупов Рустам Баҳодир ўғли", "Witness B"),
        ("Юсупов Рустам Бахадир угли", "Witness B"),
        # Kazakh, joined to the father's name or a word of its own
        ("Нұрлан Серікұлы Әлиев", "Witness C"),
        ("Әлиев Нұрлан Серік ұлы", "Witness C"),
        # with only initials before it: one name word with initials, so withheld
        ("D. Bahodirovna Karimova said", f"{WITHHELD} said"),
        ("Karimova D. Bahodirovna said", f"{WITHHELD} said"),
    ],
)
def test_a_patronymic_beside_a_protected_name_goes_into_her_label(
    redact: Redactor, text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Akmal Bahodirovich Rahimov came.",
        "Rahimov Akmal Bahodirovich came.",
        "Rahimov Akmal Bahodir oʻgʻli came.",
    ],
)
def test_a_patronymic_beside_a_name_that_is_not_protected_stays(
    redact: Redactor, text: str
) -> None:
    assert redact(text) == text


def test_a_patronymic_after_another_persons_name_stays_his(redact: Redactor) -> None:
    text = "Akmal Bahodirovich Rahimov and Dilnoza Bahodirovna Karimova"
    assert redact(text) == "Akmal Bahodirovich Rahimov and Witness A"
    # no punctuation between the two names: the patronymic follows his name, so it is his
    assert redact("Akmal Bahodirovich Karimova") == "Akmal Bahodirovich Witness A"


def test_ordinary_words_beside_her_name_stay(redact: Redactor) -> None:
    # lower case, no capital: not taken for a patronymic; "July" is no Kazakh -uly
    assert redact("у Каримовой кирпич украли") == "у Witness A-ой кирпич украли"
    assert redact("Dilnoza Karimova July 2020") == "Witness A July 2020"


def test_a_patronymic_beside_a_surname_two_protected_sisters_share_is_withheld() -> None:
    nodira = NamedPerson("s", ("Nodira Karimova",), "Witness D")
    redact = Redactor([DILNOZA, nodira], WITHHELD)
    assert redact("Karimova Bahodirovna came.") == f"{WITHHELD} came."
    assert redact("Nodira Bahodirovna Karimova came.") == "Witness D came."


@pytest.mark.parametrize(
    "other_name",
    ["Dilnoza Bahodirovna Karimova", "husband of Dilnoza Bahodirovna Karimova"],
)
def test_an_initial_and_a_patronymic_inside_a_relatives_longer_name_do_not_shield_hers(
    other_name: str,
) -> None:
    relative = NamedPerson("v", ("Rustam Aliev", other_name))
    redact = Redactor([DILNOZA, relative], WITHHELD)
    for text in ("D. Bahodirovna Karimova said", "Karimova D. Bahodirovna said"):
        assert redact(text) == f"{WITHHELD} said"
    assert redact(other_name) == other_name.replace("Dilnoza Bahodirovna Karimova", WITHHELD)
