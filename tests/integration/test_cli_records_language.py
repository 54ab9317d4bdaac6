"""The record commands (case, person, testimony, event, history, search, report) in Russian
and Uzbek: their help, what they print and their refusals, after the unchanged "sandiq:
error: " prefix; --json stays English."""

from __future__ import annotations

from pathlib import Path

from tests.integration.conftest import Sandiq

RU = {"SANDIQ_LANGUAGE": "ru"}
UZ = {"SANDIQ_LANGUAGE": "uz"}


def test_help_texts_are_translated(sandiq: Sandiq) -> None:
    assert (
        "двухбуквенный код ISO 3166, например UZ" in sandiq.ok("case", "add", "-h", env=RU).stdout
    )
    assert "shuncha natijani oʻtkazib yuborish" in sandiq.ok("search", "-h", env=UZ).stdout
    assert "заменить FILE.pdf, если он существует" in sandiq.ok("report", "-h", env=RU).stdout


def test_cases_are_edited_and_refused_in_the_language(sandiq: Sandiq, locked_vault: Path) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-1", "--title", "Detention")
    assert sandiq.ok("case", "edit", "UZ-1", "--title", "Arrest", env=RU).stdout == (
        "Дело UZ-1 изменено.\n"
    )
    assert sandiq.ok("case", "edit", "uz-1", "--title", "Arrest", env=UZ).stdout == (
        "UZ-1 ishi oʻzgarmadi.\n"
    )
    refused = sandiq.fails("case", "add", "--reference", "uz-1", "--title", "Again", env=RU)
    assert refused.error_lines == [
        "sandiq: error: дело с номером UZ-1 уже существует (номера должны различаться не "
        "только регистром букв)"
    ]
    refused = sandiq.fails("case", "edit", "UZ-1", env=UZ)
    assert refused.error_lines == [
        "sandiq: error: oʻzgartiradigan narsa yoʻq: kamida bitta parametr bering, masalan, --title"
    ]


def test_people_are_marked_and_their_history_said_in_the_language(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    first = sandiq.ok("person", "add", "--name", "Ali Valiyev", "--birth-date", "1980").stdout
    second = sandiq.ok("person", "add", "--name", "Ali Valiev", "--birth-date", "1980").stdout
    first, second = first.strip(), second.strip()
    pair = sorted((first, second))
    marked = sandiq.ok("person", "not-same", first, second, env=UZ)
    assert marked.stdout == f"{first} va {second} boshqa-boshqa shaxslar deb belgilandi\n"
    listed = sandiq.ok("person", "duplicates", env=RU)
    assert listed.stdout == ""
    assert listed.error_lines == [
        "Возможные дубли не показаны.",
        "не показана 1 пара, отмеченная как разные люди (--include-marked покажет её)",
    ]
    listed = sandiq.ok("person", "duplicates", "--include-marked", env=UZ)
    # The pair's names in its order, which is that of the (random) ids.
    names = {first: "Ali Valiyev", second: "Ali Valiev"}
    assert listed.stdout.endswith(
        f"\t{pair[0]}\t{pair[1]}\tbir xil ism: «{names[pair[0]]}» va «{names[pair[1]]}»; "
        "ikkalasi ham 1980-yilda tugʻilgan; boshqa-boshqa shaxslar deb belgilangan\n"
    )
    history = sandiq.ok("history", first, env=RU).stdout
    assert history.split("\t")[2] == "это хранилище"
    english = sandiq.ok("history", first, "--json").stdout
    assert sandiq.ok("history", first, "--json", env=RU).stdout == english
    refused = sandiq.fails("person", "show", "x", env=RU)
    assert refused.error_lines == ["sandiq: error: 'x' — не идентификатор человека"]


def test_events_search_and_report_refuse_in_the_language(
    sandiq: Sandiq, locked_vault: Path, tmp_path: Path
) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-1", "--title", "Detention")
    refused = sandiq.fails("event", "add", "--case", "UZ-1", "--type", "beating", env=UZ)
    assert refused.error_lines[0].startswith(
        "sandiq: error: nomaʼlum qilmish turi 'beating'; qilmish turlari: "
    )
    refused = sandiq.fails("search", "Askarov", "--limit", "0", env=RU)
    assert refused.error_lines == [
        "sandiq: error: аргумент --limit: нужно число от 1 до 1000, а не 0 "
        "(см. sandiq search --help)"
    ]
    assert sandiq.ok("search", "Askarov", env=UZ).error_lines == ["Hech narsa topilmadi."]
    out = tmp_path / "dossier.pdf"
    out.write_bytes(b"kept")
    refused = sandiq.fails("report", "UZ-1", "--out", str(out), env=RU)
    assert refused.error_lines == [
        f"sandiq: error: {out} уже существует; выберите другое имя или добавьте --force"
    ]
    assert out.read_bytes() == b"kept"


def test_an_unfit_pseudonym_and_an_unknown_case_are_refused_in_the_language(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    missing = sandiq.fails(
        "person", "add", "--name", "Gulchehra Hamroqulova", "--protected", env=RU
    )
    assert missing.error_lines == [
        "sandiq: error: защищённому человеку нужен псевдоним (--pseudonym): в отчётах он "
        "показан под ним"
    ]
    named = sandiq.fails(
        "person", "add", "--name", "Gulchehra Hamroqulova", "--protected",
        "--pseudonym", "Gulchehra H.", env=UZ,
    )  # fmt: skip
    assert named.error_lines == [
        "sandiq: error: --pseudonym shaxs ismining bir soʻzini oʻz ichiga oladi (Gulchehra): "
        "hisobotlar uni koʻrsatmasligi kerak; boshqasini tanlang, masalan, «Guvoh A»"
    ]
    unknown = sandiq.fails("case", "show", "UZ-404", env=RU)
    assert unknown.error_lines == ["sandiq: error: нет дела с номером UZ-404"]
