"""A refused bundle's reason is shown in the interface language, its detail kept."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange import importer, reader
from desktop_app.ui.exchange_dialogs import exchange_error_text
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.refusals import refusal_text


@pytest.fixture
def russian():
    install_translators("ru")
    yield
    install_translators("en")


def test_a_refusal_reads_in_russian_with_its_detail(qtbot, russian):
    damaged = exchange_error_text(BundleRejected(reader.DAMAGED))
    assert damaged == (
        "Пакет отклонён, ничего не изменено: "
        "Пакет повреждён или неполон: часть его не прошла проверку целостности."
    )
    fingerprint = "12345 67890 12345 67890 12345 67890 12345 67890"
    stranger = refusal_text(reader.UNKNOWN_SENDER.format(fingerprint))
    assert (
        stranger == f"Пакет от неизвестного отправителя (отпечаток {fingerprint}); "
        "сначала добавьте контакт."
    )
    removed = refusal_text(importer.REMOVED_SENDER.format("Гульнора Б."))
    assert removed.startswith("Пакет от Гульнора Б., удалённого")


def test_a_sentence_not_listed_stays_as_core_wrote_it(qtbot, russian):
    assert refusal_text("Something new went wrong.") == "Something new went wrong."
