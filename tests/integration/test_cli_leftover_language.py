"""What `sandiq` still said in English in Russian and Uzbek: a newcomer named by kind and id, the
"note:" of a search, the example pseudonym, the fields of `show` and `conflicts show`, and a
system error's reason. English keeps its words (the other tests pin them)."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import Site
from tests.integration.test_exchange_safeguards import (  # noqa: F401 (shared is a fixture)
    REAL_NAME,
    shared,
)

RU = {"SANDIQ_LANGUAGE": "ru"}
UZ = {"SANDIQ_LANGUAGE": "uz"}


def test_a_newcomer_held_or_kept_out_is_named_by_the_window_s_kind(
    shared: tuple[Site, Site, dict[str, UUID]],  # noqa: F811
    sandiq: Sandiq,
) -> None:
    alice, bob, _ids = shared
    newcomer = bob.write("person", {"name": REAL_NAME})
    path = bob.export("Alice", since_last=True).path
    assert isinstance(path, Path)
    alice.vault.lock()
    folder = alice.vault.path
    run = sandiq.ok("bundle", "import", str(path), "--dry-run", vault=folder, env=RU)
    # Before: "человек\t<id>\tperson <id>".
    assert (
        f"  будет ждать вашего решения\tчеловек\t{newcomer}\tчеловек {newcomer}"
        in run.stdout.splitlines()
    )
    english = sandiq.ok("bundle", "import", str(path), "--dry-run", vault=folder).stdout
    assert f"  would hold\tperson\t{newcomer}\tperson {newcomer}" in english.splitlines()
    sandiq.ok("bundle", "import", str(path), vault=folder)
    (listed,) = sandiq.ok("conflicts", vault=folder, env=UZ).stdout.splitlines()[:1]
    assert listed.split("\t")[1:3] == ["person", f"shaxs {newcomer}"]
    (listed,) = sandiq.ok("conflicts", vault=folder).stdout.splitlines()[:1]
    assert listed.split("\t")[1:3] == ["person", f"person {newcomer}"]
    number = listed.split("\t")[0]
    sandiq.ok("conflicts", "resolve", number, "--keep", "mine", vault=folder)
    (deleted,) = [
        line
        for line in sandiq.ok("deleted", vault=folder, env=RU).stdout.splitlines()
        if line.startswith(str(newcomer))
    ]
    assert deleted.split("\t")[-1].startswith(f"человек {newcomer} (")


def test_search_notes_say_note_in_the_language_as_attach_does(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    for name in ("Ali Valiyev", "Ali Karimov"):
        sandiq.ok("person", "add", "--name", name)
    more = "there are more hits; --offset 1 shows the next ones"
    assert f"note: {more}" in sandiq.ok("search", "Ali", "--limit", "1").error_lines
    (said,) = [
        line
        for line in sandiq.ok("search", "Ali", "--limit", "1", env=UZ).error_lines
        if "--offset 1" in line
    ]
    assert said.startswith("eslatma: ")
    (said,) = [
        line
        for line in sandiq.ok("search", "Ali", "--limit", "1", env=RU).error_lines
        if "--offset 1" in line
    ]
    assert said.startswith("примечание: ")


def test_the_example_pseudonym_is_the_window_s(sandiq: Sandiq, locked_vault: Path) -> None:
    add = ("person", "add", "--name", "Gulnora Saidova", "--protected")
    refused = sandiq.fails(*add, "--pseudonym", "Gulnora S.", env=RU)
    assert refused.error_lines[0].endswith("выберите другой, например «Свидетель А»")
    refused = sandiq.fails(*add, "--pseudonym", "Gulnora S.", env=UZ)
    assert refused.error_lines[0].endswith("boshqasini tanlang, masalan, «Guvoh A»")
    refused = sandiq.fails(*add, "--pseudonym", "Gulnora S.")
    assert refused.error_lines[0].endswith('choose another, e.g. "Witness A"')


def test_show_says_fields_and_values_as_the_window_does(sandiq: Sandiq, locked_vault: Path) -> None:
    sandiq.ok(
        "case", "add", "--reference", "UZ-1", "--title", "Detention", "--status", "under_review"
    )
    shown = sandiq.ok("case", "show", "UZ-1", env=RU).stdout.splitlines()
    assert "Статус: На рассмотрении" in shown
    assert "Версия: 1" in shown
    assert "status: under_review" in sandiq.ok("case", "show", "UZ-1").stdout.splitlines()
    person = sandiq.ok("person", "add", "--name", "Ali Valiyev").stdout.strip()
    shown = sandiq.ok("person", "show", person, env=UZ).stdout.splitlines()
    assert "Himoyalangan: Yoʻq" in shown
    assert "protected: False" in sandiq.ok("person", "show", person).stdout.splitlines()


def test_a_system_error_s_reason_is_said_in_the_language(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-1", "--title", "Detention")
    missing = tmp_path / "missing.pdf"
    refused = sandiq.fails("attach", "UZ-1", str(missing), env=RU)
    assert refused.error_lines[0].endswith("файл не существует")
    refused = sandiq.fails("attach", "UZ-1", str(missing))
    assert refused.error_lines == [
        f"sandiq: error: cannot read {missing}: No such file or directory"
    ]
    for command in ("import-json", "contact add"):
        refused = sandiq.fails(*command.split(), str(missing), env=RU)
        assert refused.error_lines == [
            f"sandiq: error: не удаётся прочитать {missing}: файл не существует"
        ]


def test_conflicts_show_says_fields_and_values_as_the_window_does(
    shared: tuple[Site, Site, dict[str, UUID]],  # noqa: F811
    sandiq: Sandiq,
) -> None:
    alice, bob, ids = shared
    alice.edit("case", ids["case"], status="closed")
    bob.edit("case", ids["case"], status="archived", violation_types=["arbitrary_detention"])
    path = bob.export("Alice", since_last=True).path
    assert isinstance(path, Path)
    alice.vault.lock()
    folder = alice.vault.path
    sandiq.ok("bundle", "import", str(path), vault=folder)
    (listed,) = sandiq.ok("conflicts", vault=folder).stdout.splitlines()[:1]
    number = listed.split("\t")[0]
    shown = sandiq.ok("conflicts", "show", number, vault=folder, env=RU).stdout
    # Before: "status:\n  моя:    closed" and "violation_types: arbitrary_detention, ...".
    assert "Статус:\n  моя:    Закрыто\n  их:     В архиве\n" in shown
    assert "Виды нарушений: Произвольное задержание, [-Пытки или жестокое обращение-]" in shown
    english = sandiq.ok("conflicts", "show", number, vault=folder).stdout
    assert "status:\n  mine:   closed\n  theirs: archived\n" in english
    assert "violation_types: arbitrary_detention, [-torture-]" in english
