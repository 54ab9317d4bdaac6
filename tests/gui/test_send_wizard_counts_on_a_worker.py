"""The send wizard counts the protected people a bundle names on a worker: its last step is
shown at once, says "Counting…", and the bundle cannot be written before the count is shown."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QWizard

from desktop_app.core.exchange.contacts import add_contact, my_contact_file
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from desktop_app.ui.main_window import PAGE_EXCHANGE, MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE


class _Occupying(QRunnable):
    """Keeps one of the pool's threads busy until released, as a long export would."""

    def __init__(self, started: threading.Semaphore, release: threading.Event) -> None:
        super().__init__()
        self._started, self._release = started, release

    def run(self) -> None:
        self._started.release()
        self._release.wait(30)


@pytest.fixture
def busy_pool() -> Iterator[threading.Event]:
    """Every thread of the pool busy until the event is set (set at teardown too)."""
    pool, release, started = QThreadPool.globalInstance(), threading.Event(), threading.Semaphore(0)
    for _ in range(pool.maxThreadCount()):
        pool.start(_Occupying(started, release))
    for _ in range(pool.maxThreadCount()):
        assert started.acquire(timeout=10)
    yield release
    release.set()
    pool.waitForDone()


@pytest.fixture
def bob(tmp_path: Path) -> Iterator[Vault]:
    """A colleague's vault."""
    vault = create_vault(tmp_path / "bob", PASSPHRASE, display_name="Bob", kdf=FAST_KDF).vault
    yield vault
    if not vault.is_locked:
        vault.lock()


def test_last_step_shows_counting_and_waits_for_the_count_before_writing(
    qtbot, unlocked_window: MainWindow, bob: Vault, busy_pool: threading.Event
) -> None:
    vault = unlocked_window.vault
    with bob.read() as session:
        add_contact(vault, my_contact_file(session))
    with vault.transaction() as session:
        protected = {"name": "Dilnoza Karimova", "protected": True, "pseudonym": "Witness A"}
        vault.writer(session).create("person", protected)
    unlocked_window.go_to(PAGE_EXCHANGE)
    wizard = unlocked_window.exchange_page.send_bundle()
    assert wizard is not None
    wizard.next()
    wizard.next()  # every change since the last bundle, to Bob
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    # Before: the count ran on the GUI thread (2.4 s frozen in a 100,000-testimony vault);
    # here the pool is busy, so the count waits, and the step is shown meanwhile.
    assert wizard.currentPage().title() == "Where to write it"
    assert wizard.protected_label.isVisible()
    assert wizard.protected_label.text() == "Counting…"
    assert not finish.isEnabled()  # the user must see the count before the file is written
    busy_pool.set()
    qtbot.waitUntil(finish.isEnabled, timeout=10_000)
    assert wizard.protected_label.text().startswith(
        "This bundle carries the real name of 1 protected person;"
    )
    wizard.back()
    wizard.next()  # asked again for the choice as it is now
    qtbot.waitUntil(finish.isEnabled, timeout=10_000)
    assert "1 protected person" in wizard.protected_label.text()
    wizard.reject()
