"""Uzbek words with an apostrophe (oʻ, gʻ, the tutuq belgisi) in search results: the snippet
marks the word found, whole, whichever of ', ʻ, ’, ‘, ` or ʼ the query and the text use, in
Latin and Cyrillic; a case reference is not marked by a folded reading of a query word; a
person's row names the person's cases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.search.service import SearchHit, search
from desktop_app.core.search.snippets import snippet_parts
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

# From the tester's testimony (T2): ASCII apostrophes mostly, a ‘ and a ` here and there.
LATIN = (
    "Men, Rustam Toshmatov, singlim Gulnora bilan sodir bo'lgan voqea haqida so'zlab beraman. "
    "Ular o'zlarini ichki ishlar xodimlari deb tanishtirishdi, ammo hech qanday hujjat "
    "ko'rsatishmadi. Biz Andijon shahar ichki ishlar bo'limiga murojaat qildik. U ikki kecha "
    "stulda o'tirib uxlagan. Singlimning so‘zlariga ko‘ra, qog‘ozda nima yozilganini o`qishga "
    "ruxsat berishmagan. Bu ko'rsatmani o'z ixtiyorim bilan beraman."
)
CYRILLIC = "Улар ўзларини ходим деб таништиришди. У ўтириб ухлаган. Маъсулиятни ўз зиммамга оламан."
APOSTROPHES = ["'", "ʻ", "’", "‘", "`", "ʼ"]


def _marked(hit: SearchHit) -> list[str]:
    return [text for text, is_match in snippet_parts(hit.snippet) if is_match]


class Archive:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def hits(self, query: str) -> list[SearchHit]:
        """What search finds."""
        with self.vault.read() as session:
            return search(session, query, limit=20)

    def hit(self, query: str, kind: str, reference: str) -> SearchHit:
        """The hit of this kind in the case with this reference."""
        (hit,) = [h for h in self.hits(query) if (h.kind, h.case_reference) == (kind, reference)]
        return hit


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    created = create_vault(tmp_path_factory.mktemp("uz") / "vault", PASSPHRASE, kdf=FAST_KDF)
    vault = created.vault
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create(
            "case",
            {"reference": "UZ-2026-0001", "title": "Andijonda qamoqqa olish", "country": "UZ"},
        )
        other = writer.create("case", {"reference": "UZ-2026-0002", "title": "Tintuv"})
        gone = writer.create("case", {"reference": "UZ-2026-0003", "title": "Xato"})
        session.flush()
        writer.create("testimony", {"case": str(case.id), "narrative": LATIN})
        person = writer.create("person", {"name": "Gulnora Toshmatova"})
        session.flush()
        for party_case, role in ((other, "witness"), (case, "victim"), (gone, "victim")):
            writer.create(
                "case_party", {"case": str(party_case.id), "person": str(person.id), "role": role}
            )
        session.flush()
        writer.delete(gone)
    with vault.transaction() as session:
        case2 = vault.writer(session).create("case", {"reference": "UZ-2026-0004", "title": "Ish"})
        session.flush()
        vault.writer(session).create("testimony", {"case": str(case2.id), "narrative": CYRILLIC})
    yield Archive(vault)
    vault.lock()


@pytest.mark.parametrize("mark", APOSTROPHES)
@pytest.mark.parametrize(
    ("word", "shown"),
    [
        # Before: "Ular [o]'zlarini", "[ko]'rsatishmadi", "sodir [bo]'lgan" for ASCII queries.
        ("o'tirib", "o'tirib"),
        ("ko'rsatmani", "ko'rsatmani"),
        ("bo'limiga", "bo'limiga"),
        ("o'qishga", "o`qishga"),
        ("so'zlariga", "so‘zlariga"),
    ],
)
def test_the_word_found_is_marked_whole_whatever_its_apostrophe(
    archive: Archive, word: str, shown: str, mark: str
) -> None:
    hit = archive.hit(word.replace("'", mark), "testimony", "UZ-2026-0001")
    assert _marked(hit) == [shown]


@pytest.mark.parametrize("mark", APOSTROPHES)
@pytest.mark.parametrize(
    ("word", "shown"),
    [("o'tirib", "ўтириб"), ("o'zlarini", "ўзларини"), ("ma'suliyatni", "Маъсулиятни")],
)
def test_a_latin_word_with_an_apostrophe_marks_its_cyrillic_spelling_whole(
    archive: Archive, word: str, shown: str, mark: str
) -> None:
    hit = archive.hit(word.replace("'", mark), "testimony", "UZ-2026-0004")
    assert _marked(hit) == [shown]


@pytest.mark.parametrize(("query", "shown"), [("ўтириб", "o'tirib"), ("ўз", "o'z")])
def test_a_cyrillic_word_marks_its_latin_spelling_whole(
    archive: Archive, query: str, shown: str
) -> None:
    assert _marked(archive.hit(query, "testimony", "UZ-2026-0001")) == [shown]


def test_a_part_of_a_word_typed_alone_marks_the_word_whole(archive: Archive) -> None:
    # The index splits o'tirib at the ASCII apostrophe, so tirib finds it: show why, whole.
    assert _marked(archive.hit("tirib", "testimony", "UZ-2026-0001")) == ["o'tirib"]


def test_a_case_reference_is_marked_only_as_typed(archive: Archive) -> None:
    # o'z is read as uz, as Cyrillic ўз and уз are; the reference UZ-2026-0001 holds "uz" but
    # is a code, not a word: before, the case's snippet was "[UZ]-2026-0001 Andijonda …".
    for query in ("o'z", "ўз", "уз"):
        for case in (h for h in archive.hits(query) if h.kind == "case"):
            assert _marked(case) == [], (query, case.snippet)
    assert _marked(archive.hit("UZ-2026-0001", "case", "UZ-2026-0001")) == ["UZ-2026-0001"]
    assert _marked(archive.hit("uz Andijonda", "case", "UZ-2026-0001")) == ["UZ", "Andijonda"]


def test_a_person_found_shows_the_cases_the_person_is_a_party_to(archive: Archive) -> None:
    # Before: an empty Case column. A deleted case is not listed.
    (hit,) = [h for h in archive.hits("Toshmatova") if h.kind == "person"]
    assert hit.case_reference == "UZ-2026-0001, UZ-2026-0002"
    assert _marked(hit) == ["Toshmatova"]
