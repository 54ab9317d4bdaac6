"""The sandiq command in the user's language (cli_i18n): core's sentences that the GUI
translates are said in Russian or Uzbek after the unchanged "sandiq: error: " prefix, with the
same exit status; --json stays as it is; a missing catalogue leaves English, saying so; and the
CLI needs no display (QtCore only)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app import cli
from desktop_app.ui import i18n
from tests.integration.conftest import REPO, Sandiq


@pytest.fixture
def empty_json(tmp_path: Path) -> Path:
    """A JSON file to import that core refuses with one fixed sentence ("the file is empty")."""
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize(
    ("env", "said"),
    [
        ({"SANDIQ_LANGUAGE": "ru"}, "файл пуст"),
        ({"SANDIQ_LANGUAGE": "uz"}, "fayl boʻsh"),
        ({"LANG": "ru_RU.UTF-8"}, "файл пуст"),
        ({"LANG": "uz_UZ@latin"}, "fayl boʻsh"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "uz"}, "fayl boʻsh"),
        ({"LC_ALL": "ru_RU.UTF-8", "LANG": "uz_UZ"}, "файл пуст"),
        ({"SANDIQ_LANGUAGE": "en", "LANG": "ru_RU.UTF-8"}, "the file is empty"),
        ({"LANG": "C"}, "the file is empty"),
        ({"LANG": "POSIX"}, "the file is empty"),
    ],
)
def test_a_core_sentence_is_said_in_the_language_chosen(
    sandiq: Sandiq, empty_json: Path, env: dict[str, str], said: str
) -> None:
    run = sandiq.fails("import-json", str(empty_json), env=env)
    assert run.returncode == 1
    assert run.error_lines == [f"sandiq: error: {said}"]


def test_a_core_sentence_with_a_detail_keeps_the_detail(sandiq: Sandiq, tmp_path: Path) -> None:
    folder = tmp_path / "Отчёт 2024"
    folder.mkdir()
    sandiq.ok("init")
    run = sandiq.fails("export-json", "--out", str(folder), "--force", env={"LANG": "uz_UZ"})
    assert run.error_lines == [f"sandiq: error: {folder} — bu jild: faylga nom bering."]
    # English keeps core's own words, not the GUI's rewording ("…: give the file a name.").
    run = sandiq.fails("export-json", "--out", str(folder), "--force")
    assert run.error_lines == [f"sandiq: error: {folder} is a folder; give the file a name"]


def test_json_output_stays_as_it_is_in_every_language(sandiq: Sandiq) -> None:
    sandiq.ok("init")
    english = sandiq.ok("stats", "--json").stdout
    for env in ({"SANDIQ_LANGUAGE": "ru"}, {"LANG": "uz_UZ.UTF-8"}):
        assert sandiq.ok("stats", "--json", env=env).stdout == english
    assert json.loads(english)["case"] == 0


def test_a_locale_that_is_not_utf8_adds_no_qt_warning(sandiq: Sandiq, empty_json: Path) -> None:
    """Cron runs with LANG=C: Qt's four lines about the locale must not join sandiq's one."""
    run = sandiq.fails("import-json", str(empty_json), env={"LANG": None, "LC_ALL": "C"})
    assert run.error_lines == ["sandiq: error: the file is empty"]


def test_a_missing_catalogue_leaves_english_and_says_so(
    empty_json: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path / "no-catalogues")  # a pip install
    monkeypatch.setenv("SANDIQ_LANGUAGE", "ru")
    application = QCoreApplication.instance()  # a GUI test's, if one ran before in this process
    assert cli.main(["import-json", str(empty_json)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("sandiq: no compiled ru translation in ")
    assert lines[0].endswith("run 'make translations' (the interface stays in English)")
    assert lines[1:] == ["sandiq: error: the file is empty"]
    # Run in-process, it leaves no application of its own behind for a GUI test to trip over.
    assert QCoreApplication.instance() is application
    assert i18n.current_language() == "en"


def _python_in_russian(code: str) -> subprocess.CompletedProcess[str]:
    """code run by a fresh Python with the CLI in Russian, as a user's shell would."""
    env = {"PYTHONPATH": str(REPO), "SANDIQ_LANGUAGE": "ru", "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )


def test_the_cli_loads_no_widgets() -> None:
    """QtCore only: quick to start, and no display or GUI libraries needed; nor the PDF library
    (a third of a second) for a command other than `report`."""
    run = _python_in_russian(
        "import sys\n"
        "from desktop_app import cli\n"
        "cli.main(['import-json', '/nonexistent'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6.Qt', 'reportlab'))))\n"
    )
    assert run.stderr.startswith("sandiq: error: "), run.stderr
    assert run.stdout.strip() == "['PySide6.QtCore']"


def test_the_cli_runs_twice_in_one_process() -> None:
    """Each run makes its own application and shuts it down: the second must not meet the
    first's translations, deleted with it."""
    run = _python_in_russian(
        "from desktop_app import cli\n"
        "for _ in range(2):\n"
        "    assert cli.main(['import-json', '/nonexistent']) == 1\n"
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("sandiq: error: ") == 2
