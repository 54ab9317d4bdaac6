"""The people and case lists come in a reader's name order across Latin and Cyrillic, page
after page, and key-set paging on that order neither skips nor repeats anyone."""

from __future__ import annotations

import random
from uuid import UUID, uuid4

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.name_order import name_sort_key
from desktop_app.core import listing
from desktop_app.core.vault import Vault

# The order a reader expects (code points put ivanov after Zokirov, Ájiniyaz after Oʻrinboyeva,
# Ё before А, and Ғ Қ Ў Ҳ after Я).
PEOPLE_IN_ORDER = [
    "Abdulla Karimov",
    "Ájiniyaz Qosbergenov",
    "alimova Dilnoza",
    "Gulnora Rashidova",
    "Gʻayrat Usmonov",
    "ivanov Pyotr",
    "Ivanova Anna",
    "Oybek Tursunov",
    "Oʻrinboyeva Malika",
    "Pulat Ergashev",
    "Zokirov Bahrom",
    "Гулнора Шамсутдинова",
    "Ғайрат Усмонов",
    "Елена Ким",
    "Ёлкин Сергей",
    "Жуков Илья",
    "Кудрат Алиев",
    "Қодиров Бахтиёр",
    "Лола Юсупова",
    "Уткир Содиков",
    "Ўктам Ўринбоев",
    "Фарход Назаров",
    "Хасан Мирзаев",
    "Ҳасан Мирзаев",
    "Яков Иванов",
]


def add_people(vault: Vault, names: list[str], pseudonym: str = "") -> dict[UUID, str]:
    """The people created, by id, in a shuffled order."""
    shuffled = list(names)
    random.Random(7).shuffle(shuffled)
    with vault.transaction() as session:
        writer = vault.writer(session)
        return {
            writer.create("person", {"name": name, "pseudonym": pseudonym}).id: name
            for name in shuffled
        }


def walk(
    vault: Vault,
    kind: str,
    sort: str,
    page_size: int,
    descending: bool = False,
    flt: listing.ListFilter | None = None,
) -> list[listing.Row]:
    """Every row of a list, read page by page as the list views read it."""
    rows: list[listing.Row] = []
    while True:
        after = listing.page_key(rows[-1], sort) if rows else None
        with vault.read() as session:
            page = listing.fetch_page(
                session, kind, flt or listing.ListFilter(), sort, descending, after, page_size
            )
        rows += page
        if len(page) < page_size:
            return rows


def test_people_list_pages_come_in_a_readers_name_order(tmp_vault: Vault) -> None:
    add_people(tmp_vault, PEOPLE_IN_ORDER)
    names = [row.name for row in walk(tmp_vault, "person", "name", page_size=4)]
    assert names == PEOPLE_IN_ORDER
    backwards = walk(tmp_vault, "person", "name", page_size=3, descending=True)
    assert [row.name for row in backwards] == PEOPLE_IN_ORDER[::-1]


def test_people_of_one_name_are_each_listed_once_across_pages(tmp_vault: Vault) -> None:
    ids = add_people(tmp_vault, ["Ёлкин", "Елкин", "ЁЛКИН", "ёлкин"] * 3)
    rows = walk(tmp_vault, "person", "name", page_size=2)
    assert sorted(row.id for row in rows) == sorted(ids)
    assert [row.name for row in rows] == ["Елкин"] * 3 + ["ЁЛКИН"] * 3 + ["Ёлкин"] * 3 + [
        "ёлкин"
    ] * 3


def test_case_list_sorted_by_title_follows_the_same_order(tmp_vault: Vault) -> None:
    titles = ["Arrest in Andijon", "Ájiniyaz street raid", "Oʻrda detention", "Қарши", "Ёшлар"]
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        for n, title in enumerate(reversed(titles)):
            writer.create("case", {"reference": f"UZ-{n}", "title": title})
    rows = walk(tmp_vault, "case", "title", page_size=2)
    assert [row.title for row in rows] == [
        "Ájiniyaz street raid",
        "Arrest in Andijon",
        "Oʻrda detention",
        "Ёшлар",
        "Қарши",
    ]


_LETTERS = "AaÁáOoʻ'GgZz ЁёЕеЯяҚқКкЛлЎўУуҲҳХхӘә"


def is_letter(char: str) -> bool:
    return char.isalpha() and char != "ʻ"  # a modifier letter, but no letter of the alphabet


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(
        st.text(_LETTERS, min_size=1, max_size=5).filter(lambda n: any(map(is_letter, n))),
        min_size=1,
        max_size=12,
    ),
    page_size=st.integers(1, 5),
    descending=st.booleans(),
)
def test_paging_by_name_neither_skips_nor_repeats_anyone(
    tmp_vault: Vault, names: list[str], page_size: int, descending: bool
) -> None:
    tag = f"tag-{uuid4().hex}"  # this example's people only, in a vault shared by examples
    ids = add_people(tmp_vault, names, pseudonym=tag)
    flt = listing.ListFilter(text=tag)
    rows = walk(tmp_vault, "person", "name", page_size, descending, flt)
    assert sorted(row.id for row in rows) == sorted(ids)
    in_key_order = sorted(ids, key=lambda id_: (name_sort_key(ids[id_]), id_), reverse=descending)
    assert [row.id for row in rows] == in_key_order
    first_letters = [next(filter(is_letter, row.name)) for row in rows]
    scripts = [0 if c.isascii() or c in "Áá" else 1 for c in first_letters]  # Latin, Cyrillic
    assert scripts == sorted(scripts, reverse=descending)
    whole = walk(tmp_vault, "person", "name", len(names) + 1, descending, flt)
    assert [row.id for row in rows] == [row.id for row in whole]
