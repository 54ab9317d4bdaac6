"""A case's Attachments tab shows a file's kind whole in every language ("Изображение JPEG"),
the file name giving way first. Before, Russian showed "Изображение…" (which image?) while
the File column had room to spare."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray
from PySide6.QtGui import QColor, QImage

from desktop_app.core.attachments import add_attachment
from desktop_app.core.vault import Vault
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.row_models import AttachmentModel
from desktop_app.ui.settings import Settings
from tests.conftest import FAST_KDF
from tests.gui.test_case_columns import CASE_WINDOW_AT_1366x768


@pytest.fixture(params=["ru", "uz"])
def window(request, qtbot, settings: Settings, vault_dir: Path, tmp_vault: Vault) -> Iterator:
    install_translators(request.param)
    main = MainWindow(settings, vault_dir, FAST_KDF)
    qtbot.addWidget(main)
    main.show()
    main.attach(tmp_vault)
    yield main
    main.registry.close_all_for_lock((main,))


def _image(image_format: str) -> bytes:
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, image_format)
    return bytes(data)


@pytest.mark.parametrize("width", [CASE_WINDOW_AT_1366x768[0], 760])
def test_a_files_kind_is_whole(qtbot, window: MainWindow, width: int) -> None:
    with window.vault.transaction() as session:
        writer = window.vault.writer(session)
        case_id = writer.create("case", {"reference": "UZ-2026-0001", "title": "Andijon"}).id
        session.flush()
        for name, data in (("фото_побоев.png", _image("PNG")), ("снимок.jpg", _image("JPG"))):
            add_attachment(writer, "case", case_id, io.BytesIO(data), name)
    view = window.registry.open_case(case_id)
    view.resize(width, CASE_WINDOW_AT_1366x768[1])
    view.tabs.setCurrentWidget(view.attachments_tab)
    table = view.attachments_tab.table
    qtbot.waitExposed(table)
    column = AttachmentModel.COL_TYPE
    kinds = {table.model().index(row, column).data() for row in range(2)}
    assert len(kinds) == 2 and not kinds & {"JPEG image", "PNG image"}  # translated
    assert table.horizontalHeader().sectionSize(column) >= table.sizeHintForColumn(column)
