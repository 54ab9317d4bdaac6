"""Every window and dialog in every shipped language: nothing left in English, nothing clipped."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTranslator
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
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
    QWizard,
)

from desktop_app.core import drafts
from desktop_app.core.attachments import add_attachment
from desktop_app.core.case_file import case_attachments
from desktop_app.core.content import to_content
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.attachment_viewer import AttachmentViewer
from desktop_app.ui.case_view import AddPartyDialog
from desktop_app.ui.create_wizard import CreateVaultWizard
from desktop_app.ui.duplicates_dialog import DuplicatesDialog
from desktop_app.ui.history_tab import VersionDialog
from desktop_app.ui.i18n import I18N_DIR, LANGUAGES, install_translators
from desktop_app.ui.index_rebuild import IndexProgressDialog
from desktop_app.ui.main_window import PAGE_EXCHANGE, MainWindow
from desktop_app.ui.passphrase_dialog import ChangePassphraseDialog
from desktop_app.ui.report_actions import DossierDialog
from desktop_app.ui.restore_dialog import RestoreDialog
from desktop_app.ui.settings import Preferences, Settings
from desktop_app.ui.shares_dialog import RecoverySharesDialog
from desktop_app.ui.strength_meter import confirm_weak_passphrase
from desktop_app.ui.version_comparison import VersionComparisonDialog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import MessageLog

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


@pytest.fixture
def sample_vault(tmp_vault: Vault) -> Vault:
    """A case with a person, a testimony, an event, a text attachment and a draft, and the
    person entered again in Cyrillic."""
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "KG-1", "title": "Case", "start_date": "2010"})
        person = writer.create("person", {"name": "Azimjan Askarov"})
        writer.create("person", {"name": "Азимжан Аскаров"})  # a likely duplicate
        ids = {"case": str(case.id)}
        writer.create("case_party", {**ids, "person": str(person.id), "role": "witness"})
        writer.create("testimony", {**ids, "witness": str(person.id), "narrative": "Osh night"})
        writer.create("event", {**ids, "act_type": "torture", "date": "2010-06"})
        add_attachment(writer, "case", case.id, io.BytesIO(b"Osh"), "notes.txt")
        drafts.save_draft(session, "person", None, {"name": "Half typed"})
    return tmp_vault


def _edit_case(vault: Vault, case_id: UUID) -> None:
    """A second version of the case, with a new title and a long summary, to compare."""
    with vault.transaction() as session:
        case = get_record(session, "case", case_id)
        content = to_content(case)
        content["title"] = "Case of the Osh night"
        content["summary"] = "Detained at night in Osh and held without a lawyer. " * 4
        vault.writer(session).update(case, content, is_local_edit=True)


def _settle() -> None:
    """Let the workers finish and their results reach the windows, shown then as loaded."""
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def _open_everything(window: MainWindow, vault: Vault, tmp_path: Path) -> Iterator[QWidget]:
    """Every window and dialog in the state a user sees it, each checked as it is yielded.
    Message boxes are recorded (tests/gui/conftest.py): their texts are the caller's to check."""
    unlock = window.show_unlock()
    yield window
    yield unlock
    unlock.close()
    wizard = CreateVaultWizard(tmp_path / "new", FAST_KDF)
    wizard.show()
    yield wizard
    wizard.close()
    window.attach(vault)  # also opens the drafts dialog: there is a draft
    yield window
    registry = window.registry
    with vault.read() as session:
        case_id = window.case_model.row_at(0).id
        attachment = case_attachments(session, case_id)[0]
    _edit_case(vault, case_id)
    window.search_page.query_edit.setText("Osh")
    window.search_page.run_search()
    view = registry.open_case(case_id)
    yield view
    yield registry.open_form("case", case_id)
    yield registry.open_form("person")
    yield view.new_testimony()
    yield view.new_event()
    view.tabs.setCurrentWidget(view.history_tab)  # a tab is read when it is shown
    history = view.history_tab
    history.table.selectRow(
        next(row for row in range(history.model.rowCount()) if history.model.row_at(row).version)
    )
    history.compare_button.click()  # the case's version 2 with version 1
    comparison = history.findChild(VersionComparisonDialog)
    _settle()
    yield comparison
    comparison.close()
    yield window.open_settings()
    yield window.offer_drafts()
    chooser = window.new_testimony()  # from the Testimonies list: which case is it for?
    _settle()
    yield chooser
    chooser.close()
    for dialog in (
        ChangePassphraseDialog(vault, window),
        AddPartyDialog(registry, case_id, view),
        AttachmentViewer(registry, attachment, view),
        VersionDialog("v", {"title": "x"}, {}, view),
        DossierDialog(view),
        RestoreDialog(tmp_path / "restored", window),
    ):
        dialog.show()
        yield dialog
    duplicates = DuplicatesDialog(registry, window.refresh_lists, window)
    duplicates.show()
    while duplicates.is_busy():  # the pairs found, then the chosen pair's two people read
        _settle()
    yield duplicates
    duplicates.not_same_button.click()
    duplicates.marked_box.setChecked(True)  # the pairs marked as not the same person
    yield duplicates
    duplicates.close()
    weak = ChangePassphraseDialog(vault, window)
    weak.current_edit.setText(PASSPHRASE)
    for edit in (weak.new_edit, weak.repeat_edit):
        edit.setText("Olma anor")  # the meter says "weak"
    weak.show()
    yield weak
    for passphrase in ("parol123", "Olma anor"):  # very weak, weak: each asks before use
        confirm_weak_passphrase(weak, passphrase)
    weak.close()
    shares = RecoverySharesDialog(vault, window)
    shares.show()
    yield shares
    shares.make_button.click()
    yield shares
    while shares.next_button.isVisible():
        shares.next_button.click()
    shares.check_button.click()
    yield shares
    shares.close_for_lock()
    progress = IndexProgressDialog(window)
    progress.show_progress(12345, 100000)
    progress.show()
    yield progress
    progress.close()
    window.search_page.set_index_ready(False)  # as after a cancelled rebuild
    yield window
    window.search_page.set_index_ready(True)


def _every_state(screen: QWidget, window: MainWindow) -> Iterator[None]:
    """Show each tab of a window (each page of the main window, Exchange too) in turn."""
    if screen is window:
        for index in range(PAGE_EXCHANGE + 1):
            window.stack.setCurrentIndex(index)
            yield
        return
    yield
    for tabs in screen.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_window_is_translated_and_unclipped(
    qtbot, settings, vault_dir, sample_vault, tmp_path, lang, messages: MessageLog
):
    install_translators(lang)
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    english = _translated_sources(lang)
    untranslated, clipped = set(), set()
    for screen in _open_everything(window, sample_vault, tmp_path):
        name = type(screen).__name__
        for _ in _every_state(screen, window):
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


def test_interview_languages_are_named_in_sandiqs_spelling(qtbot, unlocked_window):
    vault = unlocked_window.vault
    with vault.transaction() as session:
        case = vault.writer(session).create("case", {"reference": "UZ-1", "title": "T"})
    editor = unlocked_window.registry.open_form("testimony", initial={"case": str(case.id)})
    combo = editor.language_combo
    labels = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    # Before: "uz — o‘zbek" (Qt's quotation mark, not the letter ʻ) and "en — American English".
    assert labels["uz"] == "uz — oʻzbek"
    assert labels["en"] == "en — English"
    assert labels["ru"] == "ru — русский"


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


def test_every_input_has_an_accessible_name(qtbot, settings, vault_dir, sample_vault, tmp_path):
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    inputs = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)
    unnamed = set()
    for screen in _open_everything(window, sample_vault, tmp_path):
        buddies = {label.buddy() for label in screen.findChildren(QLabel) if label.buddy()}
        for widget in screen.findChildren(QWidget):
            inner = isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
            focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            if not isinstance(widget, inputs) or inner or not focusable:
                continue
            if not widget.isVisibleTo(screen):
                continue
            if not widget.accessibleName() and widget not in buddies:
                unnamed.add(f"{type(screen).__name__}/{type(widget).__name__}")
    window.lock()
    assert not unnamed, "\n".join(sorted(unnamed))


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


@pytest.mark.parametrize("lang", ["en", "ru", "uz"])
def test_dates_and_times_show_four_digit_years(qtbot, lang):
    from desktop_app.ui.i18n import format_partial_date, format_timestamp

    install_translators(lang)
    try:
        assert "2011" in format_partial_date("2011-07-28")
        assert "2026" in format_timestamp("2026-11-26T05:39:08.286635Z")
    finally:
        install_translators("en")


@pytest.mark.parametrize(
    ("lang", "sizes"),
    [
        ("en", ["1 byte", "18 bytes", "1,023 bytes", "2.00 KiB", "4.77 MiB", "3.00 GiB"]),
        ("ru", ["1 байт", "18 байт", "1\xa0023 байта", "2,00 КБ", "4,77 МБ", "3,00 ГБ"]),
        ("uz", ["1 bayt", "18 bayt", "1\xa0023 bayt", "2,00 KB", "4,77 MB", "3,00 GB"]),
    ],
)
def test_sizes_are_written_in_the_interface_language(qtbot, lang, sizes):
    # Qt's own formattedDataSize wrote "1 bytes", "18 байты" and KiB in every language.
    from desktop_app.ui.i18n import format_size

    install_translators(lang)
    try:
        written = [format_size(n) for n in (1, 18, 1023, 2048, 5_000_000, 3 * 1024**3)]
        assert written == sizes
    finally:
        install_translators("en")


def test_record_labels_in_exchange_lists_show_vocabulary_in_the_interface_language(qtbot):
    from desktop_app.ui.i18n import record_label_text

    install_translators("ru")
    try:
        assert (
            record_label_text("event", "2021-05 torture") == "2021-05 Пытки или жестокое обращение"
        )
        assert record_label_text("event", "killing") == "Убийство"
        assert record_label_text("case_party", "victim") == "Пострадавший"
        # A testimony's label is its date and summary, whatever words the summary holds.
        assert record_label_text("testimony", "2021 torture") == "2021 torture"
    finally:
        install_translators("en")


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


def _alt_key(text: str) -> str | None:
    """The letter after a single '&' (Alt+letter), or None; '&&' is a literal ampersand."""
    index = 0
    while (index := text.find("&", index)) >= 0 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].casefold()
        index += 2
    return None


def _alt_keys_in_view(screen: QWidget) -> Iterator[tuple[str | None, str]]:
    """(Alt key, text) of everything an Alt+letter reaches in screen as it is shown now: its
    visible buttons, labels of fields, group boxes and tabs, and a main window's menu titles."""
    for widget in [screen, *screen.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not screen:
            continue
        match widget:
            case QAbstractButton():
                yield _alt_key(widget.text()), widget.text()
            case QLabel() if widget.buddy() is not None:
                yield _alt_key(widget.text()), widget.text()
            case QGroupBox():
                yield _alt_key(widget.title()), widget.title()
            case QTabWidget():
                for i in range(widget.count()):
                    yield _alt_key(widget.tabText(i)), widget.tabText(i)
            case QMainWindow():
                for action in widget.menuBar().actions():
                    yield _alt_key(action.text()), action.text()


def _clashes(texts: Iterator[tuple[str | None, str]]) -> set[str]:
    holders: dict[str, list[str]] = {}
    for key, text in texts:
        if key is not None:
            holders.setdefault(key, []).append(text)
    return {f"Alt+{key}: {' / '.join(sorted(t))}" for key, t in holders.items() if len(t) > 1}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_two_things_in_a_window_or_menu_share_an_alt_key(
    qtbot, settings, vault_dir, sample_vault, tmp_path, lang
):
    # With two owners Alt+letter only moves the focus between them: the key a user learnt
    # (or read in the manual) stops doing what it says.
    install_translators(lang)
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    clashes = set()
    for screen in _open_everything(window, sample_vault, tmp_path):
        name = type(screen).__name__
        for _ in _every_state(screen, window):
            QApplication.processEvents()
            clashes |= {f"{name}: {c}" for c in _clashes(_alt_keys_in_view(screen))}
    for menu_title in window.menuBar().actions():
        menu = menu_title.menu()
        texts = ((_alt_key(a.text()), a.text()) for a in menu.actions() if not a.isSeparator())
        clashes |= {f"menu {menu_title.text()!r}: {c}" for c in _clashes(texts)}
    window.lock()
    assert not clashes, "\n".join(sorted(clashes))
