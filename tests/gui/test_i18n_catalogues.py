"""The translation catalogues themselves: complete, every plural form built, Uzbek in its own
letters, and a missing compiled catalogue named rather than silently shown in English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop_app.ui.i18n import I18N_DIR, LANGUAGES, install_translators

SHIPPED = [lang for lang in LANGUAGES if lang != "en"]


def test_translation_sources_are_complete():
    for lang in LANGUAGES:
        text = (I18N_DIR / f"sandiq_{lang}.ts").read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, lang
        assert 'type="vanished"' not in text and 'type="obsolete"' not in text, lang


def test_every_plural_message_is_in_the_built_translations():
    """lrelease drops a plural message with an empty form, and the user then sees English."""
    for lang in SHIPPED:
        translator = QTranslator()
        assert translator.load(str(I18N_DIR / f"sandiq_{lang}.qm"))
        dropped = []
        for context in ET.parse(I18N_DIR / f"sandiq_{lang}.ts").iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                if message.get("numerus") != "yes":
                    continue
                source = message.findtext("source") or ""
                for n in (1, 2, 5, 21):
                    if not translator.translate(name, source, None, n):
                        dropped.append(f"{name}: {source} (n={n})")
        assert not dropped, f"{lang}: " + "; ".join(dropped)


def test_uzbek_uses_the_modifier_letter_turned_comma():
    text = (I18N_DIR / "sandiq_uz.ts").read_text(encoding="utf-8")
    assert "oʻ" in text and "gʻ" in text
    assert "o'" not in text and "g'" not in text and "o‘" not in text


def test_a_missing_compiled_catalogue_is_named_not_silently_english(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.ui import i18n

    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)  # a pip install: .ts only, no .qm
    try:
        install_translators("ru")
        assert "no compiled ru translation" in capsys.readouterr().err
        install_translators("en")
        assert capsys.readouterr().err == ""
    finally:
        monkeypatch.undo()
        install_translators("en")
