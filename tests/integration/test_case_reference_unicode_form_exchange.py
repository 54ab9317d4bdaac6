"""A bundled case whose reference is another case's written with the same letters in another
Unicode form ("ЎЗ" typed as У and a combining breve) is refused in words that say so, not as a
difference in letter case, on the command line and in the window's sentence."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from desktop_app.core.exchange.incoming_records import CaseReferenceTaken
from tests.integration.exchange_support import introduce, make_site

COMPOSED = "ЎЗ-2024-0001"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def unicode_form_refusal(tmp_path: Path) -> CaseReferenceTaken:
    """Bob refusing Alice's case whose reference is his, decomposed."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    bob.write("case", {"reference": COMPOSED, "title": "Andijan detention"})
    alice.write("case", {"reference": DECOMPOSED, "title": "Another case"})
    bundle = alice.export("Bob", case_references=[DECOMPOSED]).path
    with pytest.raises(CaseReferenceTaken) as refusal:
        bob.import_(bundle)
    return refusal.value


def test_a_unicode_form_clash_is_not_called_a_letter_case_one(tmp_path: Path) -> None:
    refusal = unicode_form_refusal(tmp_path)
    assert refusal.reference != refusal.taken
    message = str(refusal)
    # Before: "…and references must differ in more than letter case", which they do.
    assert "letter case" not in message
    assert message.endswith(
        f"is already used by another case in this vault ({refusal.other_id}), written there "
        "with the same letters in another Unicode form; rename one of them first."
    )
