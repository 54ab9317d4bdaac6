"""`sandiq bundle export --to` refuses a name no contact goes by, or one several contacts go by
(as do `contact verify` and `remove`), in the user's language, where it said core's English;
English keeps core's sentence word for word, and an unknown --case reference is not said to be
a contact."""

from __future__ import annotations

from pathlib import Path

from db.exchange_state import Contact
from desktop_app.core.exchange.contacts import find_contact
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import introduce, make_site


def test_unknown_and_ambiguous_recipients_are_refused_in_the_language(
    sandiq: Sandiq, tmp_path: Path
) -> None:
    bob, alice, carol = (make_site(tmp_path, name) for name in ("Bob", "Alice", "Carol"))
    introduce(bob, alice)
    introduce(bob, carol)
    with bob.vault.transaction() as session:  # as a vault from before names had to differ
        carol_key = find_contact(session, "Carol").key_id
        contact = session.get(Contact, carol_key)
        assert contact is not None
        contact.display_name = "ALICE"
    bob.vault.lock()

    def refusal(to: str, language: str, *what: str) -> str:
        out = str(tmp_path / f"{language}.sandiq")
        args = ("bundle", "export", "--to", to, *(what or ("--since-last",)), "--out", out)
        run = sandiq.fails(*args, vault=bob.vault.path, env={"SANDIQ_LANGUAGE": language})
        return run.error_lines[0].removeprefix("sandiq: error: ")

    assert refusal("nobody", "en") == "no contact named 'nobody' (see sandiq contact list)"
    assert refusal("nobody", "ru") == "нет контакта с именем 'nobody' (см. sandiq contact list)"
    assert refusal(" nobody", "uz") == "'nobody' nomli hamkasb yoʻq (sandiq contact list ga qarang)"
    assert refusal("alice", "en") == (
        "several contacts match 'alice'; give the start of a key id instead"
    )
    assert refusal("alice", "ru") == (
        "под 'alice' подходят несколько контактов; укажите начало ID ключа"
    )
    assert (
        refusal("alice", "uz")
        == "'alice' ga bir nechta hamkasb mos keladi; kalit ID boshini kiriting"
    )
    verify = sandiq.fails(
        "contact", "verify", "alice", vault=bob.vault.path, env={"SANDIQ_LANGUAGE": "ru"}
    )
    assert verify.error_lines == [
        "sandiq: error: под 'alice' подходят несколько контактов; укажите начало ID ключа"
    ]
    # The contact found by its key id, the case not: that refusal is not about a contact.
    case = refusal(carol_key[:16], "ru", "--case", "KG-1999-0001")
    assert "KG-1999-0001" in case
    assert "контакт" not in case
