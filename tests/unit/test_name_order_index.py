"""The name order's keys are stored in indexes (revision 0009): rules that change a key must
come with a revision that rebuilds those indexes, or lists would page in a stale order."""

from __future__ import annotations

import hashlib

from db.name_order import name_sort_key

# Names that exercise every rule of db/name_order.py.
NAMES = (
    "Abdulla Karimov", "Ájiniyaz Qosbergenov", "alimova Dilnoza", "Gʻayrat Usmonov",
    "Gʻayrat Usmonov", "Go'zal", "Oʻrinboyeva Malika", "Maʼruf", "Il'ya", "IVANOV", "Ivanov",
    "Ivanov-Petrov  Ivan", "Ёлкин Сергей", "Елена Ким", "Ғайрат", "Қодиров", "Ўктам", "Ҳасан",
    "Ҷӯрабек", "Әлия", "Өмір", "Ұлан", "Ңa", "Йўлдош", "Straße", "Łukasz", "Ørsted", "Ελένη",
    "12 Witness", "", "  Zokirov\tBahrom ",
)  # fmt: skip
# The keys of NAMES when ix_person_name_order, ix_person_pseudonym_order and
# ix_case_title_order were last built (0009).
INDEXED_KEYS_SHA256 = "56aa0cb15ef6bef67584deea17a494b7478a98784543d6d04c8fc4c00bf7c2c3"


def test_a_change_to_the_name_order_comes_with_a_revision_that_reindexes() -> None:
    keys = "\n".join(str(name_sort_key(name)) for name in NAMES)
    assert hashlib.sha256(keys.encode()).hexdigest() == INDEXED_KEYS_SHA256, (
        "the name order's keys changed: add a revision that runs REINDEX on the name order "
        "indexes (see 0009), then record the new digest here"
    )
