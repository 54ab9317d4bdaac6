"""The window's refusal of a bundled case whose reference is this vault's written with the same
letters in another Unicode form says so, neither "already has" alone (the user sees two
references that look alike and no reason) nor a difference in letter case."""

from __future__ import annotations

from pathlib import Path

from desktop_app.ui.exchange_dialogs import exchange_error_text
from tests.integration.test_case_reference_unicode_form_exchange import unicode_form_refusal


def test_a_unicode_form_clash_says_the_letters_are_the_same(qtbot, tmp_path: Path) -> None:
    refusal = unicode_form_refusal(tmp_path)

    assert exchange_error_text(refusal) == (
        f"The bundle was refused and nothing was changed: Case {refusal.case_id} in this bundle "
        f"has the reference “{refusal.reference}”, which another case in this vault "
        f"({refusal.other_id}) already has, written there with the same letters in another "
        "Unicode form; rename one of them first."
    )
