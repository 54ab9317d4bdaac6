"""A colleague's new person whose name is a protected witness's in letters drawn like hers
from any script Unicode lists (a Latin alpha, a small capital, Armenian, Cherokee, Lisu or
Hebrew letters, a capital I or a digit for a small letter) waits for the user; real names in
Uzbek, Kazakh, Tajik, Turkish or Arabic spelling that only resemble hers in sound come in."""

from __future__ import annotations

from uuid import UUID

from tests.integration.exchange_support import Site
from tests.integration.test_exchange_safeguards import send, shared  # noqa: F401 (fixture)
from tests.integration.test_exchange_safeguards_newcomers import held

Shared = tuple[Site, Site, dict[str, UUID]]
HERS = "Gulnara Karimova"
LOOK_ALIKES = [
    "Gulnɑra Karimova",  # U+0251 LATIN SMALL LETTER ALPHA
    "Gulnᴀra Karimova",  # U+1D00 LATIN LETTER SMALL CAPITAL A
    "Gulnara Karimova".replace("G", "ꓖ"),  # LISU LETTER GA
    "ɡulnara Karimova",  # U+0261 LATIN SMALL LETTER SCRIPT G
    "Guӏnara Karimova",  # U+04CF CYRILLIC SMALL LETTER PALOCHKA
    "Gulnara Karimօva",  # U+0585 ARMENIAN SMALL LETTER OH
    "Gulnara KᎪrimova",  # U+13AA CHEROKEE LETTER GO
    "Gulnara Karɩmova",  # U+0269 LATIN SMALL LETTER IOTA
    "Gulnara ᴋarimova",  # U+1D0B LATIN LETTER SMALL CAPITAL K
    "Guוnara Karimסva",  # HEBREW LETTER VAV, SAMEKH
    "GuInara Karimova",  # a capital I for the l
    "Gulnara Karim0va",  # a digit zero for the o
]
REAL_NAMES = [
    "Oʻtkir Gʻaniyev",
    "O'tkir G'aniyev",
    "Gulnora Karimova",  # a different name, one letter apart
    "Гүлнар Қарімова",  # Kazakh letters
    "Әсел Нұрланқызы",
    "Ҳусайн Ҷӯраев",  # Tajik letters
    "Гулнор Каримзода",
    "Aydın Şahin",  # Turkish ı, ş
    "İlkay Çelik",
    "گلنار کریمی",  # Arabic script (Persian)
    "محمد کریم",
]


def test_a_newcomer_with_her_name_in_letters_drawn_like_hers_is_held(
    shared: Shared,  # noqa: F811
) -> None:
    alice, bob, _ = shared
    alice.write("person", {"name": HERS, "protected": True, "pseudonym": "Witness G"})
    newcomers = [bob.write("person", {"name": name}) for name in LOOK_ALIKES]
    report = send(bob, alice)
    assert (report.inserted, report.conflicts) == (0, len(LOOK_ALIKES))
    assert held(report) == {"person": {("enters_with_protected_name",)}}
    assert all(alice.content("person", newcomer)["deleted"] for newcomer in newcomers)


def test_real_names_that_only_sound_like_hers_come_in(shared: Shared) -> None:  # noqa: F811
    alice, bob, _ = shared
    alice.write("person", {"name": HERS, "protected": True, "pseudonym": "Witness G"})
    newcomers = [bob.write("person", {"name": name}) for name in REAL_NAMES]
    report = send(bob, alice)
    assert (report.inserted, report.conflicts) == (len(REAL_NAMES), 0)
    assert [alice.content("person", n)["name"] for n in newcomers] == REAL_NAMES
