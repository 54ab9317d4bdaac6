"""Every window and dialog in every shipped language: nothing left in English, nothing clipped;
the language chosen in the settings, and Qt's own words, follow it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QWidget,
    QWizard,
)

from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.i18n import I18N_DIR, LANGUAGES, install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Preferences, Settings
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import MessageLog
from tests.gui.every_window import every_state, open_everything, with_sample_records

SHIPPED = [lang for lang in LANGUAGES if lang != "en"]


def _translated_sources(lang: str) -> set[str]:
    """English source texts whose translation in lang differs from the source."""
    sources = set()
    for message in ET.parse(I18N_DIR / f"sandiq_{lang}.ts").iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if any(form != source for form in forms):
            sources.add(source)
    return sources


def _texts(root: QWidget) -> Iterator[tuple[QWidget, str, bool]]:
    """Every user-visible string of a window and its children, and whether it is drawn as
    the widget's own one-line text (so it can be checked for clipping)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isWindow():
            yield widget, widget.windowTitle(), False
        yield widget, widget.accessibleName(), False
        match widget:
            case QLabel():
                yield widget, widget.text(), True
            case QAbstractButton():
                yield widget, widget.text(), True
                yield widget, widget.toolTip(), False
            case QGroupBox():
                yield widget, widget.title(), False
            case QLineEdit():
                yield widget, widget.placeholderText(), False
            case QAbstractSpinBox():
                yield widget, getattr(widget, "suffix", lambda: "")(), False
            case QTabWidget():
                for i in range(widget.count()):
                    yield widget, widget.tabText(i), False
            case QComboBox():
                for i in range(widget.count()):
                    yield widget, widget.itemText(i), False
            case QListWidget():
                for i in range(widget.count()):
                    yield widget, widget.item(i).text(), False
                    yield widget, widget.item(i).toolTip(), False
            case QAbstractItemView() if widget.model() is not None:
                model = widget.model()
                for column in range(model.columnCount()):
                    header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                    yield widget, header, False
            case QMainWindow():
                for action in widget.menuBar().actions():
                    yield widget, action.text(), False
                    for sub in action.menu().actions():
                        yield widget, sub.text(), False
            case QWizard():
                for page_id in widget.pageIds():
                    yield widget, widget.page(page_id).title(), False
                    yield widget, widget.page(page_id).subTitle(), False


def _clipped(widget: QWidget, text: str) -> bool:
    """True if a one-line button, check box or label is narrower than its text."""
    if not text or not widget.isVisible() or "\n" in text:
        return False
    if isinstance(widget, QLabel) and (
        widget.wordWrap() or widget.textFormat() == Qt.TextFormat.RichText
    ):
        return False
    if not isinstance(widget, QPushButton | QCheckBox | QLabel):
        return False
    width = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
    if isinstance(widget, QCheckBox):
        width += 20  # the box itself
    return width > widget.contentsRect().width()


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_window_is_translated_and_unclipped(
    qtbot, settings, vault_dir, tmp_vault, tmp_path, lang, messages: MessageLog
):
    sample_vault = with_sample_records(tmp_vault)
    install_translators(lang)
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    english = _translated_sources(lang)
    untranslated, clipped = set(), set()
    for screen in open_everything(window, sample_vault, tmp_path):
        name = type(screen).__name__
        for _ in every_state(screen, window):
            QApplication.processEvents()  # let layouts take the new texts in
            for widget, text, drawn in _texts(screen):
                if text in english:
                    untranslated.add(f"{name}: {text!r}")
                if drawn and _clipped(widget, text):
                    clipped.add(f"{name}/{type(widget).__name__}: {text!r}")
    untranslated |= {f"message box: {text!r}" for text in messages.texts() if text in english}
    window.lock()
    assert not untranslated, "\n".join(sorted(untranslated))
    assert not clipped, "\n".join(sorted(clipped))


def test_search_choices_show_whole_labels_on_a_laptop_screen(qtbot, unlocked_window):
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    from desktop_app.ui.main_window import PAGE_SEARCH

    unlocked_window.resize(1366, 768)
    unlocked_window.show()
    unlocked_window.go_to(PAGE_SEARCH)
    page = unlocked_window.search_page
    page.act_combo.set_value("arbitrary_detention")
    page.sensitivity_combo.set_value("confidential")
    qtbot.wait(10)
    # Each choice kept 10 characters' width beside an empty stretch, and cut its label.
    for combo in (page.act_combo, page.status_combo, page.sensitivity_combo, page.role_combo):
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        text_rect = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField
        )
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert needed <= text_rect.width(), combo.currentText()


def test_language_chosen_in_settings_shows_russian_after_restart(qtbot, settings, vault_dir):
    create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF).vault.lock()  # a locked vault, not none
    dialog_window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(dialog_window)
    dialog = dialog_window.open_settings()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    dialog.save()
    assert Settings(settings.path).preferences() == Preferences(language="ru")
    install_translators(settings.preferences().language)  # what the next start does
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == ["Дела", "Люди", "Показания", "Поиск", "Обмен"]
    assert window.menuBar().actions()[0].text() == "&Хранилище"
    assert window.lock_label.text() == "Заблокировано"
    assert window.locked_page.label.text() == "Хранилище заблокировано."


def test_qt_buttons_and_text_menus_are_uzbek_too(qtbot):
    from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit

    install_translators("uz")
    try:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, "Sandiq", "?", buttons)
        assert sorted(b.text() for b in box.buttons()) == ["&Ha", "&Yoʻq"]
        for field in (QLineEdit(), QPlainTextEdit()):
            menu = field.createStandardContextMenu()
            texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
            assert "&Nusxalash" in texts and "&Copy" not in texts
    finally:
        install_translators("en")
