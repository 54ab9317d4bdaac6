"""The conflicts, delete/undelete, attachments and salvage commands in Russian and Uzbek: help
texts, what they print and their refusals (cli_conflicts, cli_held, cli_deletion,
cli_attachments, cli_salvage), after the unchanged "sandiq: error: " prefix."""

from __future__ import annotations

import json
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.deletion import restore_deleted
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site, introduce, make_site, sample_case

RU = {"SANDIQ_LANGUAGE": "ru"}
UZ = {"SANDIQ_LANGUAGE": "uz"}


def _send(sender: Site, receiver: Site) -> None:
    receiver.import_(sender.export(receiver.name, since_last=True).path)


@pytest.fixture
def alice_vault(tmp_path: Path) -> tuple[Path, dict[str, UUID]]:
    """Alice's vault, locked, with a plain conflict from Bob over the case's title and a held
    one: Bob brings back an event Alice deleted."""
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice)
    _send(alice, bob)
    alice.delete("event", ids["event"])
    _send(alice, bob)
    with bob.vault.transaction() as session:
        restore_deleted(bob.vault.writer(session), "event", ids["event"])
    alice.edit("case", ids["case"], title="Alice's title")
    bob.edit("case", ids["case"], title="Bob's title")
    _send(bob, alice)
    for site in (alice, bob):
        site.vault.lock()
    return alice.vault.path, ids


def test_resolving_all_asks_and_names_the_held_version_in_russian_and_uzbek(
    sandiq: Sandiq, alice_vault: tuple[Path, dict[str, UUID]]
) -> None:
    folder, _ids = alice_vault
    run = sandiq.fails("conflicts", "resolve", "--all", "--keep", "mine", vault=folder, env=RU)
    lines = run.stdout.splitlines()
    assert lines[0] == (
        "Оставить мою версию в 2 конфликтах. 1 из них ждёт вашего решения: оставив свою "
        "версию, вы сохраните в этом хранилище всё как есть:"
    )
    assert lines[1].startswith("  Ждёт вашего решения: пакет от Bob возвращает удалённое здесь: ")
    assert "событие «" in lines[1]  # the record named by its kind, in Russian
    assert run.error_lines == [
        "sandiq: error: ни один конфликт не разрешён; повторите с --yes, чтобы разрешить их"
    ]
    run = sandiq.ok(
        "conflicts", "resolve", "--all", "--keep", "theirs", "--yes", vault=folder, env=UZ
    )
    assert run.stdout.splitlines()[0] == (
        "1 ta ziddiyatda ularniki qolsin. Qaror kutayotgan 1 ta ziddiyat ochiq qoladi (ularda "
        "ham ularnikini qoldirish uchun --held-too qoʻshing):"
    )
    assert "1 ta ziddiyat hal qilindi: ularniki qoldirildi." in run.stdout.splitlines()
    assert "Qaror kutayotgan 1 ta ziddiyat ochiq qoldi (sandiq conflicts ga qarang):" in run.stdout


def test_conflicts_show_and_list_speak_russian_and_keep_the_json(
    sandiq: Sandiq, alice_vault: tuple[Path, dict[str, UUID]]
) -> None:
    folder, ids = alice_vault
    listed = json.loads(sandiq.ok("conflicts", "--json", vault=folder).stdout)
    assert json.loads(sandiq.ok("conflicts", "--json", vault=folder, env=RU).stdout) == listed
    number = next(c["id"] for c in listed if c["record_id"] == str(ids["case"]))
    shown = sandiq.ok("conflicts", "show", str(number), vault=folder, env=RU).stdout.splitlines()
    assert shown[0] == f"Конфликт {number}: дело {ids['case']}"
    assert shown[1].startswith("Только различающиеся поля;")
    assert shown[2:5] == ["Название:", "  моя:    Alice's title", "  их:     Bob's title"]
    assert "\tот Bob\t" in sandiq.ok("conflicts", vault=folder, env=RU).stdout


def test_help_texts_of_the_commands_are_translated(sandiq: Sandiq) -> None:
    assert "включая разрешённые конфликты" in sandiq.ok("conflicts", "--help", env=RU).stdout
    shown = sandiq.ok("conflicts", "resolve", "--help", env=UZ).stdout
    assert "soʻramasdan hal qilish" in shown
    assert "удалить дело, человека" in sandiq.ok("--help", env=RU).stdout
    assert "yozuvga fayl biriktirish" in sandiq.ok("--help", env=UZ).stdout
    shown = sandiq.ok("salvage", "--help", env=RU).stdout
    assert "новая или пустая папка" in shown
    assert "(новая парольная фраза: SANDIQ_NEW_PASSPHRASE)" in shown


def test_delete_undelete_and_their_refusal_in_russian_and_uzbek(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    person = sandiq.ok("person", "add", "--name", "Шерзод Мирзаев").stdout.strip()
    run = sandiq.fails("undelete", person, env=RU)
    assert run.error_lines == [f"sandiq: error: человек {person}: запись не удалена"]
    assert sandiq.ok("delete", person, env=RU).stdout == (
        f"Удалено: человек {person}; 'sandiq undelete {person}' вернёт запись.\n"
    )
    listed = sandiq.ok("deleted", env=UZ).stdout
    assert listed.startswith(f"{person}\tperson\t")  # the kind stays a code, as a column
    assert "\tbu saqlagich\tШерзод Мирзаев\n" in listed
    assert sandiq.ok("undelete", person, env=UZ).stdout == f"Tiklandi: shaxs {person}.\n"


def test_attachments_say_none_and_refuse_to_overwrite_in_russian(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    case = json.loads(
        sandiq.ok("case", "add", "--reference", "UZ-2024-0001", "--title", "T", "--json").stdout
    )["id"]
    run = sandiq.ok("attachments", "UZ-2024-0001", env=RU)
    assert (run.stdout, run.stderr) == ("", "Вложений нет.\n")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    attachment = sandiq.ok("attach", case, str(photo)).stdout.split("\t")[0]
    run = sandiq.fails("extract", attachment, "--out", str(photo), env=RU)
    assert run.error_lines == [
        f"sandiq: error: {photo} уже существует; выберите другое имя файла или укажите --force"
    ]
    run = sandiq.ok("extract", attachment, "--out", str(tmp_path / "copy.jpg"), env=UZ)
    assert run.stderr.startswith("ogohlantirish: nusxa SHIFRLANMAGAN;")
