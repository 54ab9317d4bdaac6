"""In Russian and Uzbek, `sandiq` says why a colleague's version is held as the Exchange page's
notes say it (the CLI's own line where the note would not name the record's kind), names
the record kinds of a dry run's lines as the window does, refuses a text that names no
conflict, and explains `attach --note`; English keeps its own lines (cli_held,
cli_conflict_lookup, cli_import_report, cli_attachments)."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.deletion import restore_deleted
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, introduce, make_site, sample_case

RU = {"SANDIQ_LANGUAGE": "ru"}
UZ = {"SANDIQ_LANGUAGE": "uz"}
REFERENCE = "KG-2010-0007"
LABEL = f"{REFERENCE} Detention of Azimjan Askarov"  # the case as core names it


def _send(sender: Site, receiver: Site) -> None:
    receiver.import_(sender.export(receiver.name, since_last=True).path)


@pytest.fixture
def held_bundle(tmp_path: Path) -> tuple[Path, Path, dict[str, UUID]]:
    """Alice's vault, locked, and Bob's bundle to her, not yet imported: it lowers the case's
    sensitivity and brings back an event Alice deleted, both held for her decision."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice, REFERENCE)
    _send(alice, bob)
    alice.delete("event", ids["event"])
    _send(alice, bob)
    with bob.vault.transaction() as session:
        restore_deleted(bob.vault.writer(session), "event", ids["event"])
    bob.edit("case", ids["case"], sensitivity="normal")
    bundle = bob.export("Alice", since_last=True).path
    for site in (alice, bob):
        site.vault.lock()
    return alice.vault.path, bundle, ids


def test_a_dry_run_names_kinds_and_held_reasons_as_the_window_does(
    sandiq: Sandiq, held_bundle: tuple[Path, Path, dict[str, UUID]]
) -> None:
    folder, bundle, ids = held_bundle
    lines = sandiq.ok("bundle", "import", str(bundle), "--dry-run", vault=folder, env=RU)
    printed = lines.stdout.splitlines()
    assert f"  будет ждать вашего решения\tдело\t{ids['case']}\t{LABEL}" in printed
    # The Exchange page's note; before, the CLI's own sentence in Russian.
    assert (
        f"  Ждёт вашего решения: пакет от Bob понижает степень конфиденциальности дела «{LABEL}»."
    ) in printed
    # The window's note would not say it is an event: the CLI's line, which does.
    (revived,) = [line for line in printed if "возвращает" in line]
    assert revived.startswith("  Ждёт вашего решения: пакет от Bob возвращает")
    assert "событие «" in revived
    english = sandiq.ok("bundle", "import", str(bundle), "--dry-run", vault=folder).stdout
    assert f"  would hold\tcase\t{ids['case']}\t{LABEL}" in english.splitlines()
    assert (
        f"  Held for your decision: Bob's bundle lowers the sensitivity of case '{LABEL}'"
    ) in english.splitlines()


def test_the_conflicts_list_says_a_held_reason_in_uzbek_and_russian(
    sandiq: Sandiq, held_bundle: tuple[Path, Path, dict[str, UUID]]
) -> None:
    folder, bundle, _ids = held_bundle
    sandiq.ok("bundle", "import", str(bundle), vault=folder)
    notes = {
        "ru": "Ждёт вашего решения: пакет от Bob понижает степень конфиденциальности дела «%s».",
        "uz": "Qaroringizni kutmoqda: Bob yuborgan paket «%s» ishining maxfiylik darajasini "
        "pasaytiradi.",
    }
    for language, note in notes.items():
        env = {"SANDIQ_LANGUAGE": language}
        listed = sandiq.ok("conflicts", vault=folder, env=env).stdout.splitlines()
        assert "  " + note % LABEL in listed


def test_a_text_naming_no_conflict_is_refused_in_russian_and_uzbek(
    sandiq: Sandiq, held_bundle: tuple[Path, Path, dict[str, UUID]]
) -> None:
    folder, bundle, _ids = held_bundle
    sandiq.ok("bundle", "import", str(bundle), vault=folder)
    run = sandiq.fails("conflicts", "show", "nonsense", vault=folder, env=RU)
    assert run.error_lines == [
        "sandiq: error: 'nonsense' — не номер конфликта и не id записи (см. sandiq conflicts)"
    ]
    run = sandiq.fails("conflicts", "resolve", "nonsense", "--keep", "mine", vault=folder, env=UZ)
    assert run.error_lines == [
        "sandiq: error: 'nonsense' na ziddiyat raqami, na yozuvning id raqami "
        "(sandiq conflicts ga qarang)"
    ]
    run = sandiq.fails("conflicts", "show", "abcdef", vault=folder, env=RU)
    assert run.error_lines == [
        "sandiq: error: 'abcdef' — слишком короткое начало id записи: укажите не меньше 8 его "
        "шестнадцатеричных цифр или номер конфликта (см. sandiq conflicts)"
    ]
    run = sandiq.fails("conflicts", "show", "abcdef", vault=folder)
    assert run.error_lines == [
        "sandiq: error: 'abcdef' is too short for a record id: give 8 or more of its hex "
        "digits, or the conflict number (see sandiq conflicts)"
    ]


def test_attach_explains_its_note_in_russian(sandiq: Sandiq) -> None:
    helped = sandiq.ok("attach", "--help", env=RU).stdout
    assert "примечание к файлу: что на нём и откуда он" in " ".join(helped.split())


def test_a_dry_run_names_a_case_partys_role_as_the_window_does(
    sandiq: Sandiq, tmp_path: Path
) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice, REFERENCE)
    bundle = alice.export("Bob", since_last=True).path
    bob.vault.lock()
    said = {
        "ru": f"Azimjan Askarov, пострадавший в деле {REFERENCE}",
        "uz": f"Azimjan Askarov, {REFERENCE} ishida jabrlanuvchi",
        "en": f"Azimjan Askarov, victim in {REFERENCE}",
    }
    for language, name in said.items():
        env = {"SANDIQ_LANGUAGE": language}
        run = sandiq.ok("bundle", "import", str(bundle), "--dry-run", vault=bob.vault.path, env=env)
        (line,) = [line for line in run.stdout.splitlines() if str(ids["party"]) in line]
        assert line.endswith(f"\t{ids['party']}\t{name}"), line
