"""How a query is read as tiers of MATCH expressions before the index is searched
(``match_tiers``), in a real vault: the tiers go from the strongest way to match to the
weakest, a word still being typed and too short waits with a note, and a * or a last word
typed too soon says so."""

from __future__ import annotations

from desktop_app.core.search.match_tiers import Match, read_query, too_short_notes
from desktop_app.core.search.query import NoteCode, QueryNote, parse_query
from desktop_app.core.vault import Vault


def _add_person(vault: Vault, name: str) -> None:
    with vault.transaction() as session:
        vault.writer(session).create("person", {"name": name})


def test_tiers_go_from_the_exact_word_to_the_loosest_spelling(tmp_vault):
    _add_person(tmp_vault, "Rustam Shamsutdinov")
    with tmp_vault.read() as session:
        reading = read_query(session, parse_query("Шамсутдинов"))
    matches = [match for match, _expression in reading.plan.tiers]
    assert matches[:2] == [Match.EXACT, Match.FOLDED]
    order = list(Match)
    assert matches == sorted(matches, key=order.index)  # never a weaker way before a stronger
    assert "шамсутдинов" in reading.plan.plain and reading.notes == ()


def test_a_last_word_too_short_to_complete_waits_with_a_note(tmp_vault):
    _add_person(tmp_vault, "Rustam Shamsutdinov")
    with tmp_vault.read() as session:
        reading = read_query(session, parse_query("Rustam B"))
    assert reading.notes == (QueryNote(NoteCode.NOT_YET_USED, "B"),)
    assert [term.text for group in reading.query.required for term in group.terms] == ["Rustam"]


def test_a_star_after_one_letter_and_a_last_word_of_two_are_noted_as_too_short():
    assert too_short_notes(parse_query("S*")) == (QueryNote(NoteCode.TOO_SHORT, "S*"),)
    assert too_short_notes(parse_query("Rustam Sh")) == (QueryNote(NoteCode.TOO_SHORT, "Sh"),)
    assert too_short_notes(parse_query("Sh*")) == ()  # two letters and a * are completed
