"""What core finds no such thing of, said in the user's language by the command that asked: a
contact by name (contact remove/verify, conflicts resolve --from), a conflict by its number or
by its record's id (conflicts show/resolve); in English, core's own sentence, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.conftest import Sandiq

RECORD = "0a1b2c3d-0000-4000-8000-000000000000"  # no conflict is about it: the vault is new
COMMANDS = {
    "contact remove": ("contact", "remove", "nobody"),
    "contact verify": ("contact", "verify", "  nobody "),
    "resolve --from": ("conflicts", "resolve", "--all", "--from", "nobody", "--keep", "mine"),
    "show a number": ("conflicts", "show", "7"),
    "resolve a number": ("conflicts", "resolve", "7", "--keep", "theirs"),
    "show a record": ("conflicts", "show", RECORD),
}
SAID = {
    "en": {
        "contact": "no contact named 'nobody' (see sandiq contact list)",
        "number": "no conflict 7 (see sandiq conflicts)",
        "record": f"no conflict about record {RECORD}",
    },
    "ru": {
        "contact": "нет контакта с именем 'nobody' (см. sandiq contact list)",
        "number": "нет конфликта 7 (см. sandiq conflicts)",
        "record": f"нет конфликта по записи {RECORD}",
    },
    "uz": {
        "contact": "'nobody' nomli hamkasb yoʻq (sandiq contact list ga qarang)",
        "number": "7 raqamli ziddiyat yoʻq (sandiq conflicts ga qarang)",
        "record": f"{RECORD} yozuvi boʻyicha ziddiyat yoʻq",
    },
}


@pytest.mark.parametrize("language", ["en", "ru", "uz"])
def test_what_is_not_found_is_said_in_the_language(
    sandiq: Sandiq, locked_vault: Path, language: str
) -> None:
    said = SAID[language]
    for name, args in COMMANDS.items():
        run = sandiq.fails(*args, env={"SANDIQ_LANGUAGE": language})
        what = "contact" if name.startswith("contact") or "--from" in name else name.split()[-1]
        assert run.error_lines == [f"sandiq: error: {said[what]}"], name
