"""argparse's own words ("usage:", "options", a missing or unknown argument) in the user's
language (cli_argparse), and English left exactly as argparse says it."""

from __future__ import annotations

import argparse

import pytest

from desktop_app import cli
from tests.integration.conftest import Sandiq

HELP = {
    "ru": ("использование: sandiq case", "позиционные аргументы:", "параметры:"),
    "uz": ("foydalanish: sandiq case", "pozitsion argumentlar:", "parametrlar:"),
    "en": ("usage: sandiq case", "positional arguments:", "options:"),
}
SHOW_HELP = {
    "ru": "показать эту справку и выйти",
    "uz": "ushbu maʼlumotnomani koʻrsatish va chiqish",
    "en": "show this help message and exit",
}
MISSING = {
    "ru": "не указаны обязательные аргументы: --reference, --title (см. sandiq case add --help)",
    "uz": "majburiy argumentlar koʻrsatilmagan: --reference, --title "
    "(sandiq case add --help ga qarang)",
    "en": "the following arguments are required: --reference, --title (see sandiq case add --help)",
}
NO_VALUE = {
    "ru": "аргумент --to: ожидается хотя бы одно значение (см. sandiq bundle export --help)",
    "uz": "--to argumenti: kamida bitta qiymat kutilmoqda (sandiq bundle export --help ga qarang)",
    "en": "argument --to: expected at least one argument (see sandiq bundle export --help)",
}


@pytest.mark.parametrize("language", ["ru", "uz", "en"])
def test_help_and_usage_errors_are_in_the_language(sandiq: Sandiq, language: str) -> None:
    env = {"SANDIQ_LANGUAGE": language}
    shown = sandiq.ok("case", "--help", env=env).stdout
    assert shown.startswith(HELP[language][0])
    for title in HELP[language][1:]:
        assert f"\n{title}\n" in shown
    assert f"-h, --help  {SHOW_HELP[language]}" in shown
    for args, said in (
        (("case", "add"), MISSING[language]),
        (("bundle", "export", "--to"), NO_VALUE[language]),
    ):
        run = sandiq.fails(*args, env=env)
        assert run.returncode == 2
        assert run.error_lines == [f"sandiq: error: {said}"]


def test_argparse_speaks_english_again_after_a_command_in_russian(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run in-process (as a GUI could), the Russian words are argparse's only while it runs."""
    monkeypatch.setenv("SANDIQ_LANGUAGE", "ru")
    with pytest.raises(SystemExit):
        cli.main(["frob"])
    assert "недопустимое значение: 'frob'" in capsys.readouterr().err
    parser = argparse.ArgumentParser(prog="other")
    assert parser.format_usage().startswith("usage: other")
    assert "options:" in parser.format_help()
