"""A refused bundle's reason is shown in the interface language, its detail kept."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import BundleRejected, ContactFileRejected
from desktop_app.core.exchange import contacts, open_refusals, own_claims
from desktop_app.ui.exchange_dialogs import exchange_error_text
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.refusals import refusal_text


@pytest.fixture
def russian():
    install_translators("ru")
    yield
    install_translators("en")


def test_a_refusal_reads_in_russian_with_its_detail(qtbot, russian):
    damaged = exchange_error_text(BundleRejected(open_refusals.DAMAGED))
    assert damaged == (
        "Пакет отклонён, ничего не изменено: "
        "Пакет повреждён или неполон: часть его не прошла проверку целостности."
    )
    fingerprint = "12345 67890 12345 67890 12345 67890 12345 67890"
    stranger = refusal_text(open_refusals.UNKNOWN_SENDER.format(fingerprint))
    assert (
        stranger == f"Пакет от неизвестного отправителя (отпечаток {fingerprint}); "
        "сначала добавьте контакт."
    )


def test_a_refusal_of_an_old_key_keeps_every_detail_in_its_place(qtbot):
    fingerprint = "12345 67890 12345 67890 12345 67890 12345 67890"
    message = contacts.OLD_KEY_ON.format("Гульнора Б.", "2026-11-20", fingerprint, "Гульнора Б.")
    assert exchange_error_text(BundleRejected(message)) == (
        "The bundle was refused and nothing was changed: This bundle comes from a key of "
        f"Гульнора Б. that was removed from your contacts on 2026-11-20 (fingerprint "
        f"{fingerprint}). Гульнора Б. now uses another key; this bundle is from the old one."
    )
    removed = refusal_text(contacts.REMOVED_SENDER.format("%2 Aziza", fingerprint))
    assert removed == (
        f"This bundle comes from %2 Aziza, who was removed from your contacts (fingerprint "
        f"{fingerprint}); add the contact again to accept it."
    )


def test_a_sentence_not_listed_stays_as_core_wrote_it(qtbot, russian):
    assert refusal_text("Something new went wrong.") == "Something new went wrong."


def test_the_systems_reason_for_an_unreadable_bundle_is_translated_too(qtbot, russian):
    missing = refusal_text(open_refusals.READ_FAILED.format("No such file or directory"))
    assert missing == "Не удалось прочитать файл пакета: файл не существует."


def test_a_contact_file_that_cannot_be_added_says_why_in_russian(qtbot, russian, tmp_vault):
    from desktop_app.core.exchange.contact import parse_contact
    from desktop_app.core.exchange.contacts import my_contact_file, read_contact_file
    from desktop_app.ui.messages import error_text

    def refusal(call) -> str:
        with pytest.raises(ContactFileRejected) as caught:
            call()
        return error_text(caught.value)

    with tmp_vault.read() as session:
        own = my_contact_file(session)
        assert refusal(lambda: read_contact_file(session, own)).startswith(
            "Это ваш собственный файл контакта"
        )
    assert refusal(lambda: parse_contact(b"\x89PNG")).startswith("Это не файл контакта Sandiq.")
    altered = own.replace(b'"ed25519": "', b'"ed25519": "zz')
    assert refusal(lambda: parse_contact(altered)) == (
        "Файл контакта повреждён или изменён; попросите его ещё раз."
    )


def test_every_listed_sentence_reads_in_english_as_core_wrote_it(qtbot):
    # A sentence whose English source drifted from core's would never match, and stay English.
    from desktop_app.ui.refusals import _SENTENCES

    for sentence, _ in _SENTENCES:
        details = [f"<detail {n}>" for n in range(sentence.count("{}"))]
        message = sentence.format(*details)
        assert refusal_text(message) == message
    forged = own_claims.NOT_MADE_HERE.format("person 1")
    assert refusal_text(forged) == forged
