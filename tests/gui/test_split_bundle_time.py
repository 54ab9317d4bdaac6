"""A bundle that carries only the oldest changes says up to when in local time, in the format
of every other time the GUI shows, not as a cut UTC stamp."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.exchange.packing import BundleLimits
from desktop_app.ui.exchange_page import ExchangePage
from desktop_app.ui.i18n import format_timestamp, install_translators
from tests.integration.exchange_support import introduce, make_site, sample_case


def test_a_split_bundle_says_up_to_when_in_local_time(qtbot, tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    for number in (7, 8, 9):
        sample_case(alice, f"KG-2010-000{number}")
    limits = BundleLimits(records_bytes=8_000, attachments=2)
    report = alice.export("Bob", since_last=True, limits=limits)
    assert report.carried_up_to  # too large for one bundle: it stops at a change
    page = ExchangePage(lambda: alice.vault)
    qtbot.addWidget(page)
    try:
        for language in ("en", "ru"):
            install_translators(language)
            text = page.written_text(report)
            assert format_timestamp(report.carried_up_to) in text
            assert report.carried_up_to[:10] not in text  # no UTC ISO date
    finally:
        install_translators("en")
        for site in (alice, bob):
            site.vault.lock()
