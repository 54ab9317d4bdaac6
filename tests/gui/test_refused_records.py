"""A bundle refused for one of its records says what to do in the user's language, naming the
case by its reference: one that needs the sender's earlier bundles, one whose case reference
this vault already uses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange import sequences
from desktop_app.core.exchange.sequences import MissedBundles
from desktop_app.ui.exchange_dialogs import exchange_error_text
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.refusals import missed_text, not_imported_text
from tests.integration.exchange_support import Site, introduce, make_site

REFERENCE = "TJ-2026-003"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Words of the core's English sentences that must not survive in a translation ("import" is
# Uzbek too: "import qiling").
_ENGLISH = re.compile(
    r"\b(bundle|record|refers|neither|vault|sender|earlier|first|case|reference|"
    r"already|used|another|rename|one|them)\b",
    re.IGNORECASE,
)


@pytest.fixture
def alice_and_bob(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    """Two colleagues who know each other."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    yield alice, bob
    for site in (alice, bob):
        site.vault.lock()


def _new_case(site: Site) -> str:
    return str(site.write("case", {"reference": REFERENCE, "title": "Detention in Khujand"}))


def _refusals(bob: Site, bundle: Path | None) -> dict[str, str]:
    """Bob's import of bundle is refused; the CLI's line, and what the exchange page says in en,
    ru and uz (and, as "ru note" and "uz note", how each says that Alice's bundle 1, sent to Bob,
    is missing; as "ru cautious" and "uz cautious", that bundle 1 is not imported, for a bundle
    that does not say what it followed)."""
    with pytest.raises(BundleRejected) as caught:
        bob.import_(bundle)
    texts = {"cli": str(caught.value), "en": exchange_error_text(caught.value)}
    try:
        for language in ("ru", "uz"):
            install_translators(language)
            texts[language] = exchange_error_text(caught.value)
            texts[f"{language} note"] = missed_text("Alice", MissedBundles((range(1, 2),)))
            texts[f"{language} cautious"] = not_imported_text("Alice", (range(1, 2),))
    finally:
        install_translators("en")
    return texts


def _words_left_in_english(text: str) -> list[str]:
    return _ENGLISH.findall(_UUID.sub("", text.replace(REFERENCE, "")))


def test_a_bundle_needing_earlier_ones_says_so_in_russian_and_uzbek(qtbot, alice_and_bob):
    alice, bob = alice_and_bob
    case_id = _new_case(alice)
    alice.export("Bob", since_last=True)  # the bundle Bob never imports
    person = alice.write("person", {"name": "Farrukh Yusupov"})
    alice.write("case_party", {"case": case_id, "person": str(person), "role": "victim"})
    later = alice.export("Bob", since_last=True).path

    texts = _refusals(bob, later)

    assert texts.pop("cli") == (
        "Import bundle 1 from Alice first: this bundle builds on it (a role in a case belongs to "
        "a case it brought)."
    )
    assert texts.pop("en") == (
        "The bundle was refused and nothing was changed: Import bundle 1 from Alice first: this "
        "bundle builds on it (a role in a case belongs to a case it brought)."
    )
    # The sentence naming the missing bundle follows.
    ru_note, uz_note = " " + texts.pop("ru note"), " " + texts.pop("uz note")
    assert ru_note == (
        " Ещё не импортированы пакеты от контакта «Alice»: 1; они были отправлены в это хранилище."
    )
    assert uz_note == (
        " Bu yerga import qilinmagan paketlar (yuboruvchi: Alice): 1; ular shu saqlagichga "
        "yuborilgan."
    )
    assert texts.pop("ru cautious") == (
        "Ещё не импортированы пакеты от контакта «Alice»: 1; пакеты, отправленные только "
        "другим коллегам, сюда никогда не приходят."
    )
    assert texts.pop("uz cautious") == (
        "Bu yerga import qilinmagan paketlar (yuboruvchi: Alice): 1; faqat boshqa hamkasblarga "
        "yuborilgan paketlar bu yerga hech qachon kelmaydi."
    )
    assert texts["ru"] == (
        "Пакет отклонён, ничего не изменено: Сначала импортируйте пакет 1 от контакта «Alice»: "
        "этот пакет опирается на него (роль в деле относится к делу из того пакета)."
    )
    assert texts["uz"] == (
        "Paket rad etildi, hech narsa oʻzgarmadi: Avval Alice yuborgan 1-paketni import qiling: "
        "bu paket unga tayanadi (ishdagi rol ishga tegishli, u oʻsha paketda kelgan)."
    )
    for text in (texts["ru"], texts["uz"]):
        assert _words_left_in_english(text.replace("Alice", "")) == []


def test_a_case_reference_already_used_is_named_in_russian_and_uzbek(qtbot, alice_and_bob):
    alice, bob = alice_and_bob
    theirs = _new_case(alice)
    ours = _new_case(bob)
    bundle = alice.export("Bob", case_references=[REFERENCE]).path

    texts = _refusals(bob, bundle)
    for note in ("ru note", "uz note", "ru cautious", "uz cautious"):
        del texts[note]

    assert texts.pop("cli") == (
        f"This bundle holds an invalid record: case {theirs}: its reference '{REFERENCE}' is "
        f"already used by another case in this vault ({ours}); rename one of them first."
    )
    assert texts.pop("en") == (
        f"The bundle was refused and nothing was changed: Case {theirs} in this bundle has the "
        f"reference “{REFERENCE}”, which another case in this vault ({ours}) already has; "
        "rename one of them first."
    )
    assert texts["ru"] == (
        f"Пакет отклонён, ничего не изменено: Дело {theirs} из пакета имеет номер "
        f"«{REFERENCE}», который уже занят другим делом в этом хранилище ({ours}); "
        "сначала измените номер одного из них."
    )
    assert texts["uz"] == (
        f"Paket rad etildi, hech narsa oʻzgarmadi: Paketdagi ish ({theirs}) raqami "
        f"«{REFERENCE}» bu saqlagichdagi boshqa ishda ({ours}) ham bor; avval ulardan birining "
        "raqamini oʻzgartiring."
    )
    for text in texts.values():
        assert _words_left_in_english(text) == []


def test_bundles_lost_among_others_are_counted_in_the_cores_words(qtbot) -> None:
    # Where only a count is known among several numbers, the others went to other colleagues
    # only; the GUI said "2 of bundle(s) 2, 4–7; all were sent to this vault".
    some = MissedBundles(certain=(range(8, 9),), more=2, among=(range(2, 3), range(4, 8)))
    assert missed_text("Dilya", some) == (
        "Not imported here from Dilya: bundle(s) 8 and 2 more among bundle(s) 2, 4–7, sent to "
        "this vault; the rest of those numbers went to other colleagues only."
    )
    unsure = MissedBundles(more=1, among=(range(2, 4),))
    assert missed_text("Dilya", unsure) == (
        "Not imported here from Dilya: 1 bundle(s) among bundle(s) 2–3, sent to this vault; the "
        "rest of those numbers went to other colleagues only."
    )
    for missed in (some, unsure):
        assert missed_text("Dilya", missed) == sequences.missed_text("Dilya", missed)
