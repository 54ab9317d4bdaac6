"""Which language the sandiq command speaks: SANDIQ_LANGUAGE, else the locale as gettext reads
it, else English."""

from __future__ import annotations

import pytest

from desktop_app.cli_i18n import language_from


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "uz_UZ"}, "uz"),
        ({"LANG": "uz_UZ@latin"}, "uz"),
        ({"LANG": "uz"}, "uz"),
        ({"LANG": "uz_UZ.UTF-8@cyrillic"}, "uz"),  # Sandiq's Uzbek is in Latin letters only
        ({"LANG": "C"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        # gettext's order: LANGUAGE, LC_ALL, LC_MESSAGES, LANG; the first not empty counts.
        ({"LANGUAGE": "ru", "LC_ALL": "uz_UZ.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LANGUAGE": "", "LC_ALL": "uz_UZ.UTF-8", "LANG": "ru_RU.UTF-8"}, "uz"),
        ({"LC_MESSAGES": "ru_RU.UTF-8", "LANG": "uz_UZ"}, "ru"),
        ({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}, "en"),
        ({"LANGUAGE": "de:uz:ru"}, "uz"),  # the first of a list that Sandiq has
        # SANDIQ_LANGUAGE over every locale variable.
        ({"SANDIQ_LANGUAGE": "ru", "LANGUAGE": "uz", "LANG": "en_US.UTF-8"}, "ru"),
        ({"SANDIQ_LANGUAGE": "en", "LC_ALL": "ru_RU.UTF-8"}, "en"),
        ({"SANDIQ_LANGUAGE": "uz", "LANG": "ru_RU.UTF-8"}, "uz"),
        ({"SANDIQ_LANGUAGE": "", "LANG": "ru_RU.UTF-8"}, "ru"),
        ({"SANDIQ_LANGUAGE": "fr", "LANG": "ru_RU.UTF-8"}, "en"),
    ],
)
def test_the_language_comes_from_sandiq_language_then_the_locale(
    environ: dict[str, str], language: str
) -> None:
    assert language_from(environ) == language
