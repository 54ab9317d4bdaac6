"""Act types are found by the words users type for them, not only by their current labels:
"qamoq" (the old Uzbek label's word) finds arbitrary detention after a lawyer's wording
replaced it, and everyday words in English, Russian and Uzbek find their type."""

from __future__ import annotations

import pytest

from desktop_app.core import vocab
from desktop_app.core.search.act_types import act_type_codes
from desktop_app.core.vault import Vault


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("qamoq", "arbitrary_detention"),  # Oʻzboshimchalik bilan qamoqqa olish, before
        ("қамоқ", "arbitrary_detention"),  # the same, typed in Uzbek Cyrillic
        ("qotillik", "killing"),  # Qotillik, before
        ("qiynoq", "torture"),
        ("несправедливый суд", "unfair_trial"),  # Несправедливый суд, before
        ("арест", "arbitrary_detention"),
        ("arrest", "arbitrary_detention"),
        ("намойиш", "assembly_restriction"),
    ],
)
def test_a_word_users_type_finds_its_act_type(tmp_vault: Vault, typed: str, code: str) -> None:
    with tmp_vault.read() as session:
        assert act_type_codes(session, typed) == {code}


def test_each_synonym_finds_its_own_act_type_only(tmp_vault: Vault) -> None:
    with tmp_vault.read() as session:
        found = {
            word: act_type_codes(session, word)
            for words in vocab.ACT_TYPE_SYNONYMS.values()
            for word in words
        }
    assert {
        word: codes
        for word, codes in found.items()
        if codes != {c for c, words in vocab.ACT_TYPE_SYNONYMS.items() if word in words}
    } == {}


def test_labels_and_codes_still_find_their_type(tmp_vault: Vault) -> None:
    with tmp_vault.read() as session:
        assert act_type_codes(session, "torture") == {"torture"}
        assert act_type_codes(session, "пытки") == {"torture"}
        assert act_type_codes(session, "ozodlikdan") == {"arbitrary_detention"}
