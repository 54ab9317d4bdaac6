"""In Russian and Uzbek: the start of a record's id refused in the user's words, a dry run's
action word beside its kind, and the help of options that had none. English keeps its words
(test_cli_record_prefix and the exchange tests pin them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import UUID

from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site
from tests.integration.test_cli_record_prefix import prefixed  # noqa: F401 (a fixture)
from tests.integration.test_exchange_safeguards import shared  # noqa: F401 (a fixture)

RU = {"SANDIQ_LANGUAGE": "ru"}
UZ = {"SANDIQ_LANGUAGE": "uz"}


def test_the_start_of_an_id_is_refused_in_the_user_s_words(
    sandiq: Sandiq,
    prefixed: dict[str, Any],  # noqa: F811
) -> None:
    several = sandiq("person", "show", "5e5e5e5e", env=RU)
    assert several.error_lines == [
        "sandiq: error: С 5e5e5e5e начинаются id 2 записей: укажите больше цифр"
    ]
    short = sandiq("testimony", "show", "1b2c3d", env=UZ)
    assert short.error_lines == [
        "sandiq: error: '1b2c3d' yozuv id raqami uchun juda qisqa: uning kamida 8 ta oʻn "
        "oltilik raqamini kiriting"
    ]
    missing = sandiq("event", "show", "deadbeef", env=RU)
    assert missing.error_lines == ["sandiq: error: нет события, id которого начинается с deadbeef"]
    assert several.returncode == short.returncode == missing.returncode == 1
    # The start found, the record is shown as in English.
    shown = sandiq.ok("testimony", "show", "1b2c3d4e", env=UZ).stdout
    assert "1b2c3d4e-0000-4000-8000-000000000001" in shown


def test_options_without_help_have_it_in_the_user_s_language(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    person = " ".join(sandiq.ok("person", "add", "--help", env=RU).stdout.split())  # as wrapped
    assert "полное имя человека" in person
    assert "female, male, other или unknown" in person
    shown = " ".join(sandiq.ok("testimony", "show", "--help", env=UZ).stdout.split())
    assert "koʻrsatma id raqami yoki uning kamida 8 ta boshlangʻich oʻn oltilik raqami" in shown
    case = " ".join(sandiq.ok("case", "edit", "--help", env=RU).stdout.split())
    assert "новое название" in case


def test_a_dry_run_says_what_it_would_do_in_the_user_s_language(
    shared: tuple[Site, Site, dict[str, UUID]],  # noqa: F811
    sandiq: Sandiq,
) -> None:
    alice, bob, _ids = shared
    newcomer = bob.write("person", {"name": "Rustam Nazarov"})
    path = bob.export("Alice", since_last=True).path
    assert isinstance(path, Path)
    alice.vault.lock()
    folder = alice.vault.path
    runs = {
        language: sandiq.ok(
            "bundle", "import", str(path), "--dry-run", vault=folder, env=env
        ).stdout.splitlines()
        for language, env in (("ru", RU), ("uz", UZ), ("en", {}))
    }
    assert f"  добавится\tчеловек\t{newcomer}\tRustam Nazarov" in runs["ru"]
    assert f"  qoʻshiladi\tshaxs\t{newcomer}\tRustam Nazarov" in runs["uz"]
    assert f"  would insert\tperson\t{newcomer}\tRustam Nazarov" in runs["en"]
