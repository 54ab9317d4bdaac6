"""Other forms of a prose word, in a real vault: a Russian or English query word finds the
testimonies that hold another form of it (задержан finds "задержали"), after every exact hit,
with a note; names are never stemmed (docs/search-folding.md: Other forms of a word).

``NARRATIVES`` and ``FORM_QUERIES`` are also the corpus the recall figures in the docs were
measured on: each query with the testimonies a researcher would want from it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.search.query import NoteCode, QueryNote
from desktop_app.core.search.service import Match
from desktop_app.core.search.snippets import bracketed_snippet
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.search_archive import NarrativeArchive

PERSONS = {
    "p_askarov": "Аскаров Азимжан",
    "p_karimova": "Каримова Дилноза",
    "p_arestov": "Арестов Игорь",  # a surname that begins like арестовать
}
NARRATIVES = {
    "t_detained_night": "Его задержали ночью у дома и увезли в отдел милиции.",
    "t_detained_market": "Азимжан Аскаров был задержан сотрудниками СНБ на рынке.",
    "t_after_detention": "После задержания брата семье ничего не сообщили.",
    "t_detainee_cellar": "Задержанного держали в подвале трое суток.",
    "t_will_detain": "Нас задержат, если мы пойдём на митинг, сказал сосед.",
    "t_beat_batons": "Сотрудники избили его дубинками в коридоре.",
    "t_beating_marks": "Следы избиения были видны на спине и руках.",
    "t_beaten_cell": "Он был жестоко избит в изоляторе.",
    "t_beat_nightly": "Его избивали каждую ночь, требуя признания.",
    "t_tortured_current": "В отделе его пытали электрическим током.",
    "t_tortures_wife": "Она рассказала о пытках, которым подвергался муж.",
    "t_torture_denied": "Применение пыток следователь отрицал.",
    "t_tried_to_run": "Он пытался бежать, но его поймали у ворот.",
    "t_threatened_children": "Следователь угрожал расправой над детьми.",
    "t_threats_went_on": "Угрозы продолжались после освобождения.",
    "t_threatened_phone": "Семье угрожали по телефону неизвестные.",
    "t_searched_house": "Дом обыскали без ордера и понятых.",
    "t_during_search": "Во время обыска изъяли телефоны и книги.",
    "t_arrested_airport": "Каримову Дилнозу арестовали в аэропорту Ташкента.",
    "t_arrest_extended": "Арест продлили ещё на два месяца.",
    "t_arrested_moved": "Арестованных вывезли в другой город.",
    "t_neighbour_arestov": "Соседа Игоря Арестова тоже вызывали на допрос.",
    "t_questioned_hours": "Её допрашивали без адвоката двенадцать часов.",
    "t_at_questioning": "На допросе присутствовали двое в штатском.",
    "t_record_of_questioning": "Протокол допроса он не подписал.",
    "t_abducted_day": "Его похитили у дома средь бела дня.",
    "t_abduction_reported": "О похищении сына мать заявила в прокуратуру.",
    "t_disappeared_brother": "Брат исчез после вызова в отдел.",
    "t_disappearance_journalist": "Исчезновение журналиста власти не расследовали.",
    "t_complaint_sent": "Родственники обратились с жалобой в прокуратуру.",
    "t_complaints_unanswered": "Жалобы оставлены без ответа.",
    "t_sentenced": "Его осудили на семь лет по сфабрикованному делу.",
    "t_witnesses_barred": "Свидетелей защиты не допустили в зал.",
    "t_witness_saw": "Свидетель видел, как его выводили из здания суда.",
    "t_injuries_recorded": "Врач зафиксировал травмы головы.",
    "t_injuries_work": "Из-за полученных травм он не мог работать.",
    "t_coerced": "Его принуждали подписать признание.",
    "t_under_coercion": "Под принуждением он подписал бумаги.",
    "t_deported_citizens": "Депортированных граждан передали узбекской стороне.",
    "t_deported_2014": "Его депортировали из России в 2014 году.",
    "t_en_detained": "He was detained at the border crossing.",
    "t_en_detainee": "The detainee was not allowed to call his family.",
    "t_en_tortured": "She said her husband was tortured in custody.",
    "t_en_torture": "Torture was reported by three witnesses.",
}
_DETENTION = {
    "t_detained_night",
    "t_detained_market",
    "t_after_detention",
    "t_detainee_cellar",
    "t_will_detain",
}
_BEATING = {"t_beat_batons", "t_beating_marks", "t_beaten_cell", "t_beat_nightly"}
_TORTURE = {"t_tortured_current", "t_tortures_wife", "t_torture_denied"}
_THREATS = {"t_threatened_children", "t_threats_went_on", "t_threatened_phone"}
_ARREST = {"t_arrested_airport", "t_arrest_extended", "t_arrested_moved"}
_QUESTIONING = {
    "t_neighbour_arestov",
    "t_questioned_hours",
    "t_at_questioning",
    "t_record_of_questioning",
}
_ABDUCTION = {"t_abducted_day", "t_abduction_reported"}
_DISAPPEARANCE = {"t_disappeared_brother", "t_disappearance_journalist"}
# Each query, typed in a form no testimony holds or in one of several, with what it is after.
FORM_QUERIES: dict[str, set[str]] = {
    "задержан": _DETENTION,
    "задержали": _DETENTION,
    "задержание": _DETENTION,
    "избили": _BEATING,
    "избиение": _BEATING,
    "пытали": _TORTURE,
    "пытки": _TORTURE,
    "угрожали": _THREATS,
    "угроза": _THREATS,
    "обыск": {"t_searched_house", "t_during_search"},
    "арестован": _ARREST,
    "арестовали": _ARREST,
    "допрос": _QUESTIONING,
    "допрашивали": _QUESTIONING,
    "похищен": _ABDUCTION,
    "похитили": _ABDUCTION,
    "исчез": _DISAPPEARANCE,
    "исчезновении": _DISAPPEARANCE,
    "жалоба": {"t_complaint_sent", "t_complaints_unanswered"},
    "осуждён": {"t_sentenced"},
    "свидетели": {"t_witnesses_barred", "t_witness_saw"},
    "травма": {"t_injuries_recorded", "t_injuries_work"},
    "принуждение": {"t_coerced", "t_under_coercion"},
    "депортирован": {"t_deported_citizens", "t_deported_2014"},
    "detained": {"t_en_detained", "t_en_detainee"},
    "torture": {"t_en_tortured", "t_en_torture"},
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NarrativeArchive]:
    created = create_vault(tmp_path_factory.mktemp("forms") / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield NarrativeArchive(created.vault, PERSONS, NARRATIVES, typing=False)
    created.vault.lock()


@pytest.mark.parametrize(
    ("query", "other_form"),
    [
        ("задержан", "t_detained_night"),  # задержали
        ("задержали", "t_after_detention"),  # задержания
        ("угрожали", "t_threatened_children"),  # угрожал
        ("обыск", "t_searched_house"),  # обыскали
        ("принуждение", "t_under_coercion"),  # принуждением
        ("арестован", "t_arrested_moved"),  # арестованных
        ("свидетели", "t_witness_saw"),  # свидетель
        ("депортирован", "t_deported_2014"),  # депортировали
        ("detained", "t_en_detainee"),
        ("torture", "t_en_tortured"),
    ],
)
def test_a_prose_word_finds_its_other_forms(
    archive: NarrativeArchive, query: str, other_form: str
) -> None:
    found = archive.matches(query)
    assert other_form in found
    assert found[other_form] is Match.FORMS


def test_other_forms_come_after_every_exact_hit(archive: NarrativeArchive) -> None:
    found = list(archive.matches("задержан").items())
    assert found[0] == ("t_detained_market", Match.EXACT)
    assert {name for name, match in found[1:]} == _DETENTION - {"t_detained_market"}
    assert all(match is Match.FORMS for _name, match in found[1:])


def test_other_forms_are_said_in_a_note_and_marked_in_the_snippet(
    archive: NarrativeArchive,
) -> None:
    results = archive.results("задержан ночью")
    assert QueryNote(NoteCode.OTHER_FORMS, "«задержан»") in results.notes
    (hit,) = results.hits
    assert "[задержали] [ночью]" in bracketed_snippet(hit.snippet)


def test_no_note_when_only_exact_hits_are_shown(archive: NarrativeArchive) -> None:
    results = archive.results("рынке")
    assert [n.code for n in results.notes] == []


def test_a_word_of_a_different_form_needs_every_other_word_to_match(
    archive: NarrativeArchive,
) -> None:
    assert archive.matches("задержали рынке") == {"t_detained_market": Match.FORMS}
    assert archive.matches("задержали аэропорту") == {}


@pytest.mark.parametrize("query", ["Арестов", "арестов", "арестова", "аскарова"])
def test_a_name_is_not_read_as_a_stem(archive: NarrativeArchive, query: str) -> None:
    assert Match.FORMS not in archive.matches(query).values()


def test_a_capitalised_word_after_the_first_is_taken_as_a_name(archive: NarrativeArchive) -> None:
    assert "t_detained_night" not in archive.matches("ночью Задержан")


@pytest.mark.parametrize("query", ["дом", "били"])
def test_a_stem_shorter_than_four_letters_finds_nothing_more(
    archive: NarrativeArchive, query: str
) -> None:
    # дом and били stem to дом, бил, which begin домой and билет as well.
    assert Match.FORMS not in archive.matches(query).values()


@pytest.mark.parametrize("query", ["избили", "избиение"])
def test_the_forms_of_a_verb_snowball_cuts_into_its_root_meet(
    archive: NarrativeArchive, query: str
) -> None:
    # Both stemmed to изб or избиен, which found 1 of the 4 beatings (verb_stems).
    assert set(archive.matches(query)) == _BEATING
