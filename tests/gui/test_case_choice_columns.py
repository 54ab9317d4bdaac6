"""The case choice (New testimony on the Testimonies page) shows a case's dates, sensitivity
and title whole at the size it opens at: at 760 px it showed "10.03.20…", "27.11.20…" and
"Конфиденциальн…" on a 1366x768 laptop (shot 113)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from desktop_app.core.vault import Vault
from desktop_app.ui import screen_fit
from desktop_app.ui.case_choice import CaseChoiceDialog
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import PAGE_TESTIMONIES, MainWindow
from desktop_app.ui.settings import Settings
from tests.conftest import FAST_KDF
from tests.gui.test_new_records_from_lists import shown

# Most of a 1366x768 screen, as screen_fit leaves it (offscreen Qt's screen is 800x800).
LAPTOP_ROOM = QSize(1229, 691)


@pytest.fixture(params=["ru", "uz"])
def window(
    request, qtbot, settings: Settings, vault_dir: Path, tmp_vault: Vault, monkeypatch
) -> Iterator[MainWindow]:
    """The main window in a language on a laptop's screen, over a vault with the tester's case."""
    monkeypatch.setattr(screen_fit, "room_on_screen", lambda _window: LAPTOP_ROOM)
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).create(
            "case",
            {
                "reference": "UZ-2026-0001",
                "title": "Задержание активиста в Андижане",
                "status": "open",
                "country": "UZ",
                "start_date": "2026-03-10",
                "sensitivity": "confidential",
            },
        )
    install_translators(request.param)
    main = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(main)
    main.show()
    main.attach(tmp_vault)
    yield main
    main.registry.close_all_for_lock((main,))


def test_dates_sensitivity_and_title_are_whole_at_the_size_it_opens_at(
    qtbot, window: MainWindow
) -> None:
    window.go_to(PAGE_TESTIMONIES)
    window.menus.new_action.trigger()
    [dialog] = shown(CaseChoiceDialog)
    assert isinstance(dialog, CaseChoiceDialog)
    table = dialog.page.table
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    header = table.horizontalHeader()
    for column in range(header.count()):
        cell = dialog.model.index(0, column).data()
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), (column, cell)
    assert header.length() <= table.viewport().width()  # and no scroll bar for it
    assert dialog.width() <= LAPTOP_ROOM.width()
    if os.environ.get("SANDIQ_SCREENSHOTS"):
        dialog.grab().save(str(Path(os.environ["SANDIQ_SCREENSHOTS"]) / "case-choice.png"))
