"""No two things in a window or a menu share an Alt key, in any language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from desktop_app.ui.i18n import LANGUAGES, install_translators
from desktop_app.ui.main_window import MainWindow
from tests.conftest import FAST_KDF
from tests.gui.every_window import every_state, open_everything, with_sample_records


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
    qtbot, settings, vault_dir, tmp_vault, tmp_path, lang
):
    # With two owners Alt+letter only moves the focus between them: the key a user learnt
    # (or read in the manual) stops doing what it says.
    sample_vault = with_sample_records(tmp_vault)
    install_translators(lang)
    window = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    clashes = set()
    for screen in open_everything(window, sample_vault, tmp_path):
        name = type(screen).__name__
        for _ in every_state(screen, window):
            QApplication.processEvents()
            clashes |= {f"{name}: {c}" for c in _clashes(_alt_keys_in_view(screen))}
    for menu_title in window.menuBar().actions():
        menu = menu_title.menu()
        texts = ((_alt_key(a.text()), a.text()) for a in menu.actions() if not a.isSeparator())
        clashes |= {f"menu {menu_title.text()!r}: {c}" for c in _clashes(texts)}
    window.lock()
    assert not clashes, "\n".join(sorted(clashes))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_locked_page_without_a_vault_shares_no_alt_key_with_the_menus(
    qtbot, settings, tmp_path, lang
):
    # open_everything shows the locked page over a vault only, offering Unlock; without one
    # (a first start, a vault wiped) it offers Create, which shared Alt+C with the Case menu.
    install_translators(lang)
    window = MainWindow(settings, tmp_path / "no vault here", FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.locked_page.create_button.isVisible()
    clashes = _clashes(_alt_keys_in_view(window))
    assert not clashes, "\n".join(sorted(clashes))
