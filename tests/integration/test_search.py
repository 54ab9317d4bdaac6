"""Search against a real vault: across scripts and spellings, ranked, filtered, paged."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from desktop_app.core.search import service
from desktop_app.core.search.query_notes import NoteCode
from desktop_app.core.search.service import Match, SearchFilters, search, search_results
from desktop_app.core.search.snippets import bracketed_snippet
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import Sandiq
from tests.integration.search_vectors import fill_with_names, load_entities, measure


class Archive:
    """A small vault with records in Russian, Uzbek and English; ids by a short name."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.ids: dict[str, UUID] = {}

    def add(self, writer: Any, name: str, kind: str, data: dict[str, Any]) -> str:
        record = writer.create(kind, {**data})
        writer.session.flush()
        self.ids[name] = record.id
        return str(record.id)

    def names(self, hits: list[service.SearchHit]) -> list[str]:
        """The short names of the hits, in order."""
        by_id = {v: k for k, v in self.ids.items()}
        return [by_id[h.record_id] for h in hits]

    def find(self, query: str, **kw: Any) -> list[str]:
        """Short names of what search finds."""
        with self.vault.read() as session:
            return self.names(search(session, query, limit=100, **kw))

    def hits(self, query: str) -> list[service.SearchHit]:
        """What search finds."""
        with self.vault.read() as session:
            return search(session, query, limit=100)


def fill(archive: Archive) -> None:
    with archive.vault.transaction() as session:
        w = archive.vault.writer(session)
        kg = archive.add(w, "kg", "case", {
            "reference": "KG-2010-0007", "title": "Detention of Azimjan Askarov", "country": "KG",
            "start_date": "2010-06", "end_date": "2010-09", "status": "open",
            "violation_types": ["torture", "arbitrary_detention"], "sensitivity": "confidential",
            "place": "Bazar-Korgon",
        })  # fmt: skip
        uz = archive.add(w, "uz", "case", {
            "reference": "UZ-2005-0013", "title": "Andijan, May 2005", "country": "UZ",
            "start_date": "2005-05", "status": "closed", "violation_types": ["killing"],
        })  # fmt: skip
        tj = archive.add(w, "tj", "case", {
            "reference": "TJ-2012-0001", "title": "Khorog checkpoint", "country": "TJ",
            "start_date": "2012", "status": "under_review", "sensitivity": "restricted",
            "violation_types": ["travel_ban"],
        })  # fmt: skip
        askarov = archive.add(w, "askarov", "person", {
            "name": "Azimjan Askarov", "other_names": ["Азимжан Аскаров"], "birth_date": "1951",
        })  # fmt: skip
        shams = archive.add(w, "shams", "person", {"name": "Шамсутдинов Рустам"})
        yold = archive.add(w, "yoldoshev", "person", {"name": "Yoʻldoshev Bakhtiyor"})
        archive.add(w, "tukhvatullin", "person", {"name": "Tukhvatullin"})
        archive.add(w, "tukhbatullin", "person", {"name": "Tukhbatullin"})
        askarova = archive.add(w, "askarova", "person", {"name": "Askarova Dilnoza"})
        for case, person, role in ((kg, askarov, "victim"), (kg, shams, "witness"),
                                   (uz, yold, "witness"), (uz, askarova, "relative"),
                                   (tj, shams, "lawyer")):  # fmt: skip
            w.create("case_party", {"case": case, "person": person, "role": role})
        archive.add(w, "t_ru", "testimony", {
            "case": kg, "witness": shams, "date": "2010-07-02", "status": "final",
            "narrative": "Показания о задержании Аскарова в Базар-Коргоне. Его били в милиции.",
        })  # fmt: skip
        archive.add(w, "t_en", "testimony", {
            "case": uz, "witness": yold, "date": "2005", "status": "draft",
            "sensitivity": "restricted",
            "narrative": "Shamsuddinov saw the shooting on Bobur square in Andijon.",
        })  # fmt: skip
        archive.add(w, "t_night", "testimony", {
            "case": kg, "date": "2010-06-13", "status": "verified",
            "narrative": "Askarov was taken at night from his home.",
        })  # fmt: skip
        archive.add(w, "e_osh", "event", {
            "case": kg, "date": "2010-06", "place": "Osh", "act_type": "torture",
            "description": "Аскаров был избит в отделе.", "victims": [askarov],
        })  # fmt: skip
        archive.add(w, "e_andijan", "event", {
            "case": uz, "date": "2005-05-13", "place": "Андижан", "act_type": "killing",
            "description": "Shooting of protesters.",
        })  # fmt: skip


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    vault = create_vault(tmp_path_factory.mktemp("search") / "vault", PASSPHRASE, kdf=FAST_KDF)
    result = Archive(vault.vault)
    fill(result)
    yield result
    vault.vault.lock()


def test_cyrillic_query_finds_latin_spelling_and_marks_it(archive: Archive) -> None:
    (hit,) = [h for h in archive.hits("Шамсутдинов") if h.kind == "testimony"]
    assert hit.record_id == archive.ids["t_en"]
    assert hit.match is Match.FOLDED
    assert hit.case_reference == "UZ-2005-0013"
    assert "[Shamsuddinov]" in bracketed_snippet(hit.snippet)


def test_latin_query_finds_cyrillic_name(archive: Archive) -> None:
    assert archive.find("Shamsudinov")[:2] == ["shams", "t_en"]


@pytest.mark.parametrize(
    "query", ["Azimzhan Askarov", "Азимжан Аскаров", "Azimjon Asqarov", "askarov azimdzhan"]
)
def test_every_spelling_of_a_name_finds_the_person(archive: Archive, query: str) -> None:
    assert archive.find(query)[0] == "askarov"


def test_uzbek_latin_spelling_finds_the_russian_one_as_fuzzy(archive: Archive) -> None:
    hits = archive.hits("Юлдашев")
    assert archive.names(hits) == ["yoldoshev"]
    assert hits[0].match is Match.FUZZY
    assert bracketed_snippet(hits[0].snippet) == "[Yoʻldoshev] Bakhtiyor"


@pytest.mark.parametrize("typo", ["Askarvo", "Askarow", "Tukhbatulln"])
def test_one_wrong_letter_still_finds_the_person(archive: Archive, typo: str) -> None:
    found = archive.find(typo)
    assert "askarov" in found or "tukhbatullin" in found


def test_a_name_the_vault_holds_is_not_corrected_into_another(archive: Archive) -> None:
    assert archive.find("Tukhvatullin") == ["tukhvatullin"]
    assert archive.find("Tukhbatullin") == ["tukhbatullin"]


def test_feminine_form_is_another_person(archive: Archive) -> None:
    assert "askarova" not in archive.find("Askarov")
    assert archive.find("Askarova") == ["askarova", "t_ru"]  # t_ru: "показания Аскарова"


def test_inflected_name_in_prose_is_found_below_the_name(archive: Archive) -> None:
    hits = archive.hits("Аскаров")
    names = archive.names(hits)
    assert names.index("askarov") < names.index("t_ru")
    assert hits[names.index("t_ru")].match is Match.FUZZY
    assert "[Аскарова]" in bracketed_snippet(hits[names.index("t_ru")].snippet)
    assert archive.find("Андижан") == ["e_andijan", "uz", "t_en"]  # Андижан, Andijan, Andijon


def test_exact_matches_rank_above_folded_above_fuzzy(archive: Archive) -> None:
    hits = archive.hits("Askarov")
    tiers = [h.match for h in hits]
    assert tiers == sorted(tiers, key=[Match.EXACT, Match.FOLDED, Match.FUZZY].index)
    by_name = dict(zip(archive.names(hits), tiers, strict=True))
    assert by_name["askarov"] is Match.EXACT  # Latin, as typed
    assert by_name["t_night"] is Match.EXACT
    assert by_name["e_osh"] is Match.FOLDED  # Аскаров
    assert by_name["t_ru"] is Match.FUZZY  # Аскарова (genitive)


def test_phrase_or_and_exclusion(archive: Archive) -> None:
    assert archive.find('"taken at night"') == ["t_night"]
    assert archive.find('"night taken"') == []
    assert set(archive.find("Osh OR Andijan")) == {"e_osh", "e_andijan", "uz", "t_en"}
    assert "t_en" not in archive.find("Andijan -Shamsutdinov")
    assert set(archive.find("Andijan -Shamsutdinov")) == {"e_andijan", "uz"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country:KG", {"kg", "askarov", "shams", "t_ru", "t_night", "e_osh"}),
        ("askarov country:UZ", set()),
        (
            "-country:KG -country:TJ",
            {"uz", "yoldoshev", "askarova", "t_en", "e_andijan", "tukhvatullin", "tukhbatullin"},
        ),
        ("type:torture", {"kg", "askarov", "shams", "t_ru", "t_night", "e_osh"}),
        ("type:killing", {"uz", "yoldoshev", "askarova", "t_en", "e_andijan"}),
        ("type:пытки", {"kg", "askarov", "shams", "t_ru", "t_night", "e_osh"}),
        ("type:qotillik", {"uz", "yoldoshev", "askarova", "t_en", "e_andijan"}),  # a former label
        ("status:draft", {"t_en"}),
        ("status:closed", {"uz", "yoldoshev", "askarova", "t_en", "e_andijan"}),
        ('status:"under review"', {"tj", "shams"}),
        ("sensitivity:restricted", {"tj", "shams", "t_en"}),
        ("role:victim", {"kg", "askarov", "e_osh"}),
        ("role:witness", {"kg", "uz", "shams", "yoldoshev", "t_ru", "t_en"}),
        ("from:2010 to:2010", {"kg", "askarov", "shams", "t_ru", "t_night", "e_osh"}),
        ("from:2005-05 to:2005-05", {"uz", "yoldoshev", "askarova", "t_en", "e_andijan"}),
        ("to:2005-04", {"t_en"}),  # a year-only date overlaps every month of the year
        ("from:2010-07", {"kg", "askarov", "shams", "t_ru", "tj"}),
        ("from:2013 to:2012", {"tj", "shams"}),  # swapped: the years between
        ("Askarov role:victim", {"kg", "askarov", "e_osh"}),
    ],
)
def test_filters(archive: Archive, query: str, expected: set[str]) -> None:
    assert set(archive.find(query)) == expected


def test_filters_from_a_filter_bar_match_the_typed_ones(archive: Archive) -> None:
    bar = SearchFilters(countries=("KG",), date_from="2010-07")
    assert set(archive.find("", filters=bar)) == set(archive.find("country:KG from:2010-07"))


def test_unknown_filter_value_matches_nothing_and_says_why(archive: Archive) -> None:
    with archive.vault.read() as session:
        results = search_results(session, "Askarov status:opened")
    assert results.hits == []
    assert [n.message for n in results.notes] == [
        "status:opened is not a known value, so nothing matches it"
    ]


def test_pages_add_up_to_the_whole_list(archive: Archive) -> None:
    with archive.vault.read() as session:
        whole = search(session, "Askarov OR Andijan OR Osh", limit=100)
        pages = [search(session, "Askarov OR Andijan OR Osh", 3, offset) for offset in (0, 3, 6)]
    assert [h.record_id for page in pages for h in page] == [h.record_id for h in whole][:9]


def test_large_result_sets_keep_tiers_without_ranking_everything(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    ranked = archive.hits("Askarov")
    monkeypatch.setattr(service, "RANK_ALL", 1)
    with archive.vault.read() as session:
        results = search_results(session, "Askarov", limit=100)
        pages = [search(session, "Askarov", 2, offset) for offset in range(0, 10, 2)]
    assert not results.is_ranked
    assert sorted(h.record_id for h in results.hits) == sorted(h.record_id for h in ranked)
    tiers = [h.match for h in results.hits]
    assert tiers == sorted(tiers, key=[Match.EXACT, Match.FOLDED, Match.FUZZY].index)
    assert [h.record_id for p in pages for h in p] == [h.record_id for h in results.hits]
    for filtered in ("Askarov country:KG", "Askarov role:victim", "Askarov from:2010-06-13"):
        monkeypatch.setattr(service, "RANK_ALL", 1000)
        expected = set(archive.find(filtered))
        monkeypatch.setattr(service, "RANK_ALL", 1)
        assert set(archive.find(filtered)) == expected, filtered


def test_edits_and_deletions_reach_the_index(tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        person = tmp_vault.writer(session).create("person", {"name": "Askerov"})
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).update(person, {"name": "Askarov"})
    with tmp_vault.read() as session:
        assert [h.record_id for h in search(session, "Аскаров")] == [person.id]
        # The old spelling left the name list: it is a misspelling again, and corrected.
        assert [h.match for h in search(session, "Askerov")] == [Match.FUZZY]
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).delete(person)
    with tmp_vault.read() as session:
        assert search(session, "Askarov") == []


def test_name_test_set_recall_and_precision(tmp_vault: Vault) -> None:
    entities = load_entities()
    figures = measure(tmp_vault, entities, fill_with_names(tmp_vault, entities, names_only=False))
    # Measured 99.5% and 99.6% (docs/search-folding.md); at 0.90 the four wrong finds of Osh
    # spellings (98.7%) went unnoticed. Raise these when search improves; never lower them to
    # pass a change.
    assert figures.recall >= 0.99, figures.misses
    assert figures.precision >= 0.99, figures.wrong_finds


def test_cli_search_json_gives_kind_id_case_score_match_and_snippet(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-2005-0013", "--title", "Andijan")
    sandiq.ok("testimony", "add", "--case", "UZ-2005-0013", stdin="Шамсутдинов был там.")
    run = sandiq.ok("search", "Shamsuddinov", "--json")
    (hit,) = json.loads(run.stdout)
    assert set(hit) == {"kind", "id", "case_reference", "score", "match", "snippet"}
    assert (hit["kind"], hit["case_reference"], hit["match"]) == (
        "testimony",
        "UZ-2005-0013",
        "folded",
    )
    assert hit["snippet"] == "[Шамсутдинов] был там."
    noted = sandiq.ok("search", "Shamsuddinov", "country:Uzbekistan")
    assert noted.stdout == ""
    assert "note: country:UZBEKISTAN is not a known value" in noted.stderr


def test_cli_search_pages_with_offset(sandiq: Sandiq, locked_vault: Path) -> None:
    sandiq.ok("case", "add", "--reference", "R-1", "--title", "Osh one")
    sandiq.ok("case", "add", "--reference", "R-2", "--title", "Osh two")
    first = json.loads(sandiq.ok("search", "Osh", "--limit", "1", "--json").stdout)
    second = json.loads(
        sandiq.ok("search", "Osh", "--limit", "1", "--offset", "1", "--json").stdout
    )
    assert {first[0]["case_reference"], second[0]["case_reference"]} == {"R-1", "R-2"}


def test_an_exclusion_narrows_a_search_of_filters_alone(archive: Archive) -> None:
    everything_uzbek = {"uz", "yoldoshev", "askarova", "t_en", "e_andijan"}
    assert set(archive.find("country:UZ")) == everything_uzbek
    # Andijan (the case's title), Andijon (t_en), Андижан (e_andijan): as typed and folded.
    assert set(archive.find("-Andijan country:UZ")) == {"yoldoshev", "askarova"}
    bar = SearchFilters(countries=("UZ",))
    assert set(archive.find("NOT Andijan", filters=bar)) == {"yoldoshev", "askarova"}


def test_an_exclusion_alone_finds_nothing_and_says_what_is_missing(archive: Archive) -> None:
    with archive.vault.read() as session:
        results = search_results(session, "-Andijan")
    assert results.hits == []
    assert [n.message for n in results.notes] == [
        "-Andijan only says what to leave out; add a word or a filter to search for, "
        "e.g. country:UZ"
    ]


def test_an_unknown_field_searches_its_words_and_says_so(archive: Archive) -> None:
    with archive.vault.read() as session:
        results = search_results(session, "title:Andijan", limit=100)
    assert archive.names(results.hits) == archive.find("Andijan")
    assert results.hits
    assert [n.code for n in results.notes] == [NoteCode.UNKNOWN_FIELD]


def test_a_soft_hyphen_or_zero_width_space_in_a_query_word_is_ignored(archive: Archive) -> None:
    assert archive.find("Andi\u00adjan") == archive.find("Andijan") != []
    assert archive.find("Shamsu\u200bddinov") == archive.find("Shamsuddinov") != []


def test_a_page_says_whether_more_hits_follow(archive: Archive) -> None:
    with archive.vault.read() as session:
        whole = search_results(session, "Askarov OR Andijan OR Osh", limit=100)
        first = search_results(session, "Askarov OR Andijan OR Osh", limit=3)
        last = search_results(session, "Askarov OR Andijan OR Osh", 3, len(whole.hits) - 3)
        only_filters = search_results(session, "country:KG", limit=2)
    assert not whole.has_more
    assert first.has_more and len(first.hits) == 3
    assert not last.has_more and len(last.hits) == 3
    assert only_filters.has_more


def test_text_the_index_holds_without_invisible_characters(tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-1", "title": "Andi\u00adjan"})
        writer.create("testimony", {"case": str(case.id), "narrative": "Sham\u200bsutdinov"})
    with tmp_vault.read() as session:
        assert [h.kind for h in search(session, "Andijan")] == ["case"]
        (hit,) = search(session, "Шамсутдинов")
    assert bracketed_snippet(hit.snippet) == "[Shamsutdinov]"


def test_a_person_found_by_notes_is_shown_by_name(tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).create(
            "person",
            {
                "name": "Малика Турсунова",
                "protected": True,
                "pseudonym": "Witness A",
                "notes": "Lives in Andijan, fears reprisals",
            },
        )
    with tmp_vault.read() as session:
        (hit,) = search(session, "Andijan")
    assert bracketed_snippet(hit.snippet) == (
        "Малика Турсунова: …A Lives in [Andijan], fears reprisals"
    )


def test_cli_search_takes_an_exclusion_and_keeps_brackets_of_the_text(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-2005-0013", "--title", "Andijan")
    sandiq.ok("case", "add", "--reference", "UZ-2005-0014", "--title", "Tashkent")
    sandiq.ok("testimony", "add", "--case", "UZ-2005-0013", stdin="Шамсутдинов [плачет] там.")
    sandiq.ok("testimony", "add", "--case", "UZ-2005-0014", stdin="Шамсутдинов в Ташкенте.")
    run = sandiq.ok("search", "Shamsutdinov", "-Ташкенте", "--json")
    (hit,) = json.loads(run.stdout)
    assert hit["snippet"] == "[Шамсутдинов] \\[плачет\\] там."
    mixed = sandiq.ok("search", "-плачет", "--json", "Shamsutdinov")  # words around an option
    assert [h["case_reference"] for h in json.loads(mixed.stdout)] == ["UZ-2005-0014"]
    assert mixed.stderr == ""
    paged = sandiq.ok("search", "Shamsutdinov", "--limit", "1")
    assert "note: there are more hits; --offset 1 shows the next ones" in paged.stderr
