"""The first start speaks the system's language (Russian, Uzbek); a language chosen in Settings
wins over it from then on."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desktop_app.ui.settings import Preferences, Settings
from tests.integration.conftest import REPO

# What app.run does before the first window: the saved (or system) language, then the
# translators; then the text a locked window shows.
_FIRST_WINDOW_TEXT = textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication
    from desktop_app.ui.i18n import install_translators
    from desktop_app.ui.locked_page import LockedPage
    from desktop_app.ui.settings import Settings
    app = QApplication([])
    install_translators(Settings().preferences().language)
    page = LockedPage(Settings())
    print(page.label.text())
    """
)


def _first_window_text(system_locale: str, config: Path) -> str:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")
    }
    env.update(
        LANG=system_locale,
        QT_QPA_PLATFORM="offscreen",
        SANDIQ_CONFIG_DIR=str(config),
        PYTHONPATH=str(REPO),
        PYTHONIOENCODING="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-c", _FIRST_WINDOW_TEXT],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return run.stdout.strip()


@pytest.mark.parametrize(
    ("system_locale", "shown"),
    [
        ("ru_RU.UTF-8", "Хранилище заблокировано."),
        ("uz_UZ@latin", "Saqlagich qulflangan."),
        ("uz_UZ.UTF-8", "Saqlagich qulflangan."),
        ("de_DE.UTF-8", "The vault is locked."),  # a language Sandiq lacks: English
    ],
)
def test_the_first_start_speaks_the_system_language(tmp_path: Path, system_locale: str, shown: str):
    assert _first_window_text(system_locale, tmp_path / "config") == shown


def test_a_language_chosen_in_settings_wins_over_the_system_one(tmp_path: Path):
    config = tmp_path / "config"
    Settings(config / "settings.ini").save_preferences(Preferences(language="en"))
    assert _first_window_text("ru_RU.UTF-8", config) == "The vault is locked."


def test_the_language_follows_the_locale_until_one_is_saved(tmp_path: Path):
    settings = Settings(tmp_path / "settings.ini")
    russian = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    uzbek_cyrillic = QLocale(
        QLocale.Language.Uzbek, QLocale.Script.CyrillicScript, QLocale.Country.Uzbekistan
    )
    assert settings.preferences(russian).language == "ru"
    assert settings.preferences(uzbek_cyrillic).language == "uz"  # Sandiq's Uzbek is Latin
    assert settings.preferences(QLocale(QLocale.Language.French)).language == "en"
    prefs = settings.preferences(russian)
    prefs.language = "uz"
    settings.save_preferences(prefs)
    assert settings.preferences(russian).language == "uz"
