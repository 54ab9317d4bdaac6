"""Render Sandiq's main screens offscreen to PNG files, for the user guide.

    python scripts/screenshots.py [--out docs/screenshots] [--lang en ru]

A demo vault of synthetic records (scripts/make_demo_vault.py) is made in a temp folder; each
language runs in its own process, since translators are chosen at start. The file names are
``<screen>-<lang>.png``; ``large-font-<lang>.png`` shows a window at 200% text size.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from make_demo_vault import DEMO_PASSPHRASE, make_demo_vault  # noqa: E402

from desktop_app.core.keys import KdfParams  # noqa: E402

# The demo vault holds nothing real: a cheap KDF keeps the script quick.
DEMO_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def _settle() -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()


def _save(widget: object, out: Path, name: str, lang: str) -> None:
    _settle()
    path = out / f"{name}-{lang}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def make_exchange_partners(work: Path) -> None:
    """Give the demo vault a colleague, a conflict with her, a bundle from her not yet imported
    (``pending.sandiq``) and the contact file of a second colleague not yet added."""
    from sqlalchemy import select

    from db.models import Case
    from desktop_app.core.content import to_content
    from desktop_app.core.exchange.contacts import add_contact, my_contact_file
    from desktop_app.core.exchange.export import export_bundle
    from desktop_app.core.exchange.importer import import_bundle
    from desktop_app.core.vault import Vault, unlock
    from desktop_app.core.vault_creation import create_vault

    demo = unlock(work / "vault", DEMO_PASSPHRASE)
    dilnoza = create_vault(
        work / "dilnoza", DEMO_PASSPHRASE, display_name="Дилноза Юсупова (Khujand)", kdf=DEMO_KDF
    ).vault
    karina = create_vault(work / "karina", DEMO_PASSPHRASE, display_name="Karina", kdf=DEMO_KDF)
    with karina.vault.read() as session:
        (work / "karina.contact").write_bytes(my_contact_file(session))
    karina.vault.lock()
    for one, other in ((demo, dilnoza), (dilnoza, demo)):
        with other.read() as session:
            add_contact(one, my_contact_file(session))
    with demo.read() as session:
        reference = session.scalars(select(Case.reference).order_by(Case.reference)).first()
    assert reference is not None

    def send(sender: Vault, to: str, name: str, **what: object) -> Path:
        path = work / name
        export_bundle(sender, path, [to], **what)  # type: ignore[arg-type]
        return path

    def retitle(vault: Vault, title: str) -> None:
        with vault.transaction() as session:
            case = session.scalars(select(Case).where(Case.reference == reference)).one()
            vault.writer(session).update(case, {**to_content(case), "title": title})

    import_bundle(dilnoza, send(demo, "Дилноза Юсупова (Khujand)", "out.sandiq",
                                case_references=[reference]), staging_dir=work)  # fmt: skip
    retitle(demo, "Detention and beating in Andijan, May 2005")
    retitle(dilnoza, "Задержание и избиение в Андижане, май 2005")
    import_bundle(demo, send(dilnoza, "Demo", "back.sandiq", since_last=True),
                  staging_dir=work)  # fmt: skip
    with dilnoza.transaction() as session:
        writer = dilnoza.writer(session)
        writer.create("person", {"name": "Юсупов Бахром", "other_names": ["Yusupov Bakhrom"]})
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        writer.update(case, {**to_content(case), "summary": "Уточнено по показаниям соседей."})
    send(dilnoza, "Demo", "pending.sandiq", since_last=True)
    dilnoza.lock()
    demo.lock()


def render(lang: str, out: Path, work: Path) -> None:
    """Render every screen in one language."""
    from PySide6.QtGui import QFont
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.core.vault import unlock
    from desktop_app.ui.i18n import install_translators
    from desktop_app.ui.index_rebuild import IndexProgressDialog
    from desktop_app.ui.main_window import PAGE_PEOPLE, PAGE_SEARCH, PAGE_TESTIMONIES, MainWindow
    from desktop_app.ui.settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setFont(QFont("DejaVu Sans", 10))
    # Nobody is there to answer a question box offscreen: answer Yes instead of waiting.
    for kind in ("question", "warning", "information"):
        setattr(QMessageBox, kind, staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    install_translators(lang)
    settings = Settings(work / f"settings-{lang}.ini")
    vault_path = work / "vault"
    window = MainWindow(settings, vault_path, DEMO_KDF)
    window.resize(1200, 720)
    window.show()
    dialog = window.show_unlock()
    dialog.passphrase_edit.setText("••••••••••••")
    _save(window, out, "locked", lang)
    _save(dialog, out, "unlock", lang)
    dialog.close()

    wizard = window.show_create(work / "new-vault")
    page = wizard.passphrase_page
    page.name_edit.setText("Field office")
    page.passphrase_edit.setText("correct horse battery")
    page.repeat_edit.setText("correct horse battery")
    wizard.resize(640, 480)
    _save(wizard, out, "create-vault", lang)
    wizard.close()

    window.attach(unlock(vault_path, DEMO_PASSPHRASE))
    window.idle.stop()
    for dialog_widget in app.topLevelWidgets():
        if dialog_widget is not window and dialog_widget.isVisible():
            dialog_widget.close()
    _save(window, out, "cases", lang)
    rebuild = IndexProgressDialog(window)
    rebuild.show_progress(41_500, 100_000)
    rebuild.show()
    _save(rebuild, out, "index-rebuild", lang)
    rebuild.close()
    window.go_to(PAGE_PEOPLE)
    _save(window, out, "people", lang)
    window.go_to(PAGE_TESTIMONIES)
    _save(window, out, "testimonies", lang)
    window.go_to(PAGE_SEARCH)
    window.search_page.query_edit.setText("Andijan")
    window.search_page.run_search()
    _save(window, out, "search", lang)

    case_id = window.case_model.row_at(0).id
    view = window.registry.open_case(case_id)
    view.resize(1100, 700)
    for index, name in enumerate(
        ("case-summary", "case-people", "case-testimonies", "case-events", "case-attachments",
         "case-history")
    ):  # fmt: skip
        view.tabs.setCurrentIndex(index)
        if name == "case-attachments":
            view.attachments_tab.table.selectRow(0)
        _save(view, out, name, lang)

    testimony_id = view.testimony_model.row_at(0).id
    event_id = view.timeline_model.row_at(0).id
    person_id = view.party_model.row_at(0).person_id
    shots: list[tuple[str, Callable[[], object]]] = [
        ("case-form", lambda: window.registry.open_form("case", case_id)),
        ("testimony-editor", lambda: window.registry.open_form("testimony", testimony_id)),
        ("event-form", lambda: window.registry.open_form("event", event_id)),
        ("person-form", lambda: window.registry.open_form("person", person_id)),
        ("settings", window.open_settings),
    ]
    for name, opener in shots:
        widget = opener()
        _save(widget, out, name, lang)
        widget.close()  # type: ignore[attr-defined]

    from desktop_app.ui.attachment_viewer import AttachmentViewer

    for row in range(view.attachments_tab.model.rowCount()):
        attachment = view.attachments_tab.model.row_at(row)
        kind = {"image/png": "image", "application/pdf": "pdf"}.get(attachment.media_type)
        if kind:
            viewer = AttachmentViewer(window.registry, attachment, view)
            viewer.show()
            if kind == "pdf":  # QPdfView renders pages on a thread: give it a moment
                QTest.qWait(800)
            _save(viewer, out, f"viewer-{kind}", lang)
            viewer.close()

    from desktop_app.ui.shares_dialog import RecoverySharesDialog

    shares = RecoverySharesDialog(window.vault, window)
    shares.show()
    shares.make_button.click()
    _save(shares, out, "shares", lang)
    shares.close()

    view.close()
    _render_exchange(window, out, work, lang)
    window.lock()
    _save(window, out, "after-lock", lang)
    window.unlock_dialog.close()
    window.attach(unlock(vault_path, DEMO_PASSPHRASE))
    window.idle.stop()
    for widget in app.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()

    # 200% text: new windows made after the font is doubled, as at a start with large text.
    app.setFont(QFont("DejaVu Sans", 20))
    editor = window.registry.open_form("testimony", testimony_id)
    editor.resize(1400, 900)
    _save(editor, out, "large-font", lang)
    editor.close()
    large = MainWindow(settings, vault_path, DEMO_KDF)
    large.resize(1500, 900)
    large.show()
    large.attach(window.vault)
    large.idle.stop()
    _save(large, out, "large-font-cases", lang)
    large.vault = None
    large.close()
    window.lock()


def _render_exchange(window: object, out: Path, work: Path, lang: str) -> None:
    """The Exchange page, its dialogs, and a bundle's preview (see make_exchange_partners)."""
    from desktop_app.core.exchange.importer import import_bundle
    from desktop_app.ui.exchange_dialogs import ImportPreviewDialog
    from desktop_app.ui.main_window import PAGE_EXCHANGE

    window.go_to(PAGE_EXCHANGE)  # type: ignore[attr-defined]
    page = window.exchange_page  # type: ignore[attr-defined]
    page.conflict_table.selectRow(0)
    _save(window, out, "exchange", lang)
    report = import_bundle(
        window.vault,  # type: ignore[attr-defined]
        work / "pending.sandiq",
        dry_run=True,
        staging_dir=work,
    )
    shots = [
        ("exchange-preview", lambda: ImportPreviewDialog(report, page)),
        ("exchange-conflict", page.resolve),
        ("exchange-send", page.send_bundle),
        ("exchange-add-contact", lambda: page.contacts.add_contact(work / "karina.contact")),
    ]
    for name, opener in shots:
        dialog = opener()
        dialog.show()
        _save(dialog, out, name, lang)
        dialog.close()


def main(argv: list[str]) -> int:
    """Make the demo vault once and render every language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["en", "ru"])
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.work is not None:  # one language, in this process
        render(args.lang[0], args.out, args.work)
        return 0
    with tempfile.TemporaryDirectory(prefix="sandiq-shots-") as temp:
        work = Path(temp)
        make_demo_vault(work / "vault", DEMO_PASSPHRASE, kdf=DEMO_KDF).lock()
        make_exchange_partners(work)
        for lang in args.lang:
            subprocess.run(
                [sys.executable, __file__, "--out", str(args.out), "--lang", lang, "--work", temp],
                check=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
