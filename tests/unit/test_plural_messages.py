"""A message that counts (%n) is found by Qt only when the catalogue marks it plural: one not so
marked is looked up with the count and falls back to English ("3 people have this name" in the
Russian duplicates dialog)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from desktop_app.ui.i18n import I18N_DIR, LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_counting_message_is_marked_plural(lang: str) -> None:
    unmarked = [
        message.findtext("source")
        for message in ET.parse(I18N_DIR / f"sandiq_{lang}.ts").iter("message")
        if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes"
    ]
    assert unmarked == []
