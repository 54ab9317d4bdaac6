"""`sandiq case add` and `case edit` refuse a reference another case has in another letter
case or Unicode form, and say which: two references that differ only in how a letter is
encoded ("Ў" as one character, or "У" and a combining breve) look the same, so "they must
differ in more than letter case" would send the user looking for a difference that does not
show. `case show` says the same when it notes a look-alike case."""

from __future__ import annotations

import unicodedata
from uuid import UUID

from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq, snapshot

REFERENCE = "ЎЗ-2024-0001"  # Ў as one character (NFC), as the case form stores it
DECOMPOSED = unicodedata.normalize("NFD", REFERENCE)  # У + U+0306: looks the same
LOWER = "ўз-2024-0001"
ENCODED = (
    f"sandiq: error: a case with reference {REFERENCE} already exists (the two look the same: "
    "they differ only in how a letter is encoded)"
)
LETTER_CASE = (
    f"sandiq: error: a case with reference {REFERENCE} already exists (references must differ "
    "in more than letter case)"
)


def _create(vault: Vault, reference: str) -> UUID:
    # The core writer, as an import before the check did, takes any reference.
    with vault.transaction() as session:
        return vault.writer(session).create("case", {"reference": reference, "title": "T"}).id


def test_a_new_case_in_another_unicode_form_is_refused_as_encoded_differently(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    _create(tmp_vault, REFERENCE)
    tmp_vault.lock()
    before = snapshot(tmp_vault.path)
    refused = sandiq.fails("case", "add", "--reference", DECOMPOSED, "--title", "Second")
    assert refused.error_lines == [ENCODED]
    assert snapshot(tmp_vault.path) == before


def test_a_rename_to_another_unicode_form_is_refused_as_encoded_differently(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    _create(tmp_vault, REFERENCE)
    _create(tmp_vault, "UZ-2")
    tmp_vault.lock()
    refused = sandiq.fails("case", "edit", "UZ-2", "--reference", DECOMPOSED)
    assert refused.error_lines == [ENCODED]


def test_a_reference_in_another_letter_case_is_still_refused_as_such(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    _create(tmp_vault, REFERENCE)
    tmp_vault.lock()
    # In another letter case, typed in either Unicode form: letter case is what shows.
    for reference in (LOWER, unicodedata.normalize("NFD", LOWER)):
        refused = sandiq.fails("case", "add", "--reference", reference, "--title", "Second")
        assert refused.error_lines == [LETTER_CASE]


def test_the_same_reference_is_refused_without_a_reason(sandiq: Sandiq, tmp_vault: Vault) -> None:
    _create(tmp_vault, REFERENCE)
    tmp_vault.lock()
    refused = sandiq.fails("case", "add", "--reference", f" {REFERENCE} ", "--title", "Second")
    assert refused.error_lines == [
        f"sandiq: error: a case with reference {REFERENCE} already exists"
    ]


def test_show_notes_a_lookalike_case_in_another_unicode_form(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    shown, other = _create(tmp_vault, REFERENCE), _create(tmp_vault, DECOMPOSED)
    tmp_vault.lock()
    run = sandiq.ok("case", "show", REFERENCE)
    assert run.error_lines == [
        f"sandiq: note: this is case {REFERENCE} ({shown}); this vault also holds "
        f"{DECOMPOSED} ({other}), whose reference looks the same and differs only in how a "
        "letter is encoded; rename one of them with 'sandiq case edit ID --reference NEW'"
    ]
    # The id the note gives is the way to the other one.
    renamed = sandiq.ok("case", "edit", str(other), "--reference", "ЎЗ-2024-0002")
    assert renamed.stdout == "Case ЎЗ-2024-0002 updated.\n"
