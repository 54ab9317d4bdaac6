"""A protected person's name stays withheld inside a longer name: another person's other name
("son of Гулнора Шамсутдинова") must not shield hers in titles, headings, metadata or tables."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path
from uuid import UUID

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.reports.dossier import suggested_file_name
from desktop_app.core.reports.labels import labels_for
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="needs poppler-utils (make test installs it)",
)


def printed_text(path: Path) -> str:
    """What a reader of the PDF sees, and what its metadata says, as one string."""
    pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True)
    text = pages.stdout.decode() + "\n" + info.stdout.decode()
    return " ".join(unicodedata.normalize("NFKC", text).split())


def metadata(path: Path) -> dict[str, str]:
    """pdfinfo's fields (Title, Subject, Keywords, Author...)."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in info.stdout.splitlines())
    }


def make_case(
    vault: Vault,
    title: str,
    summary: str,
    protected_name: str,
    relative: str,
    relative_other_name: str,
) -> UUID:
    """A case whose protected witness is "Witness A", and an unprotected relative of hers
    whose other name contains her name."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create(
            "case", {"reference": "UZ-3", "title": title, "summary": summary, "country": "UZ"}
        )
        witness = writer.create(
            "person", {"name": protected_name, "protected": True, "pseudonym": "Witness A"}
        )
        other = writer.create("person", {"name": relative, "other_names": [relative_other_name]})
        for person, role in ((witness, "witness"), (other, "victim")):
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
        return case.id


@pytest.mark.parametrize(
    ("title", "relative", "relative_other_name"),
    [
        ("Arrest of Гулнора Шамсутдинова", "Анвар Шамсутдинов", "son of Гулнора Шамсутдинова"),
        ("Arrest of Gulnora Shamsutdinova", "Rustam Aliyev", "Husband of Gulnora Shamsutdinova"),
    ],
)
def test_a_protected_name_inside_another_persons_other_name_is_withheld_everywhere(
    tmp_path: Path, title: str, relative: str, relative_other_name: str
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    case_id = make_case(
        vault,
        title,
        "Гулнора Шамсутдинова was detained with Рустам Шамсутдинов.",
        "Гулнора Шамсутдинова",
        relative,
        relative_other_name,
    )
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(include_generator_name=True))
    text = printed_text(out)
    for form in ("Гулнор", "Gulnor", "Шамсутдинова", "Shamsutdinova"):
        assert form not in text
    assert "Witness A" in text
    assert relative in text  # the relative himself is not protected
    fields = metadata(out)
    assert "Arrest of" in fields["Title"]
    for field in ("Title", "Subject", "Keywords", "Author"):
        assert "Гулнор" not in fields.get(field, "") and "Gulnor" not in fields.get(field, "")
    with vault.read() as session:
        assert suggested_file_name(session, [case_id], DossierOptions()) == "UZ-3.pdf"
    vault.lock()


# Names built from parts: (Cyrillic, Latin) given names and surnames, and the forms Russian
# and Uzbek text gives them, which the redactor knows in either script.
WOMEN = (("Гулнора", "Gulnora"), ("Дилноза", "Dilnoza"), ("Зарина", "Zarina"), ("Нодира", "Nodira"))
MEN = (("Рустам", "Rustam"), ("Анвар", "Anvar"), ("Азамжон", "Azamjon"), ("Тимур", "Timur"))
SURNAMES = (
    ("Шамсутдинов", "Shamsutdinov"),
    ("Каримов", "Karimov"),
    ("Юсупов", "Yusupov"),
    ("Назаров", "Nazarov"),
)
KIN = ("son of {}", "wife of {}", "husband of {}", "дочь {}", "сын {}", "брат {}")


def full_names(given: str, surname: str, is_woman: bool, is_cyrillic: bool) -> list[str]:
    """The person's full name in the forms text may give it: as stored, in the other order,
    and inflected (Russian genitive and instrumental, Uzbek genitive)."""
    if not is_cyrillic:
        return [f"{given} {surname}", f"{surname} {given}", f"{given} {surname}ning"]
    if is_woman:
        stem = given[:-1]
        return [
            f"{given} {surname}",
            f"{surname} {given}",
            f"{stem}ы {surname[:-1]}ой",
            f"{stem}ой {surname[:-1]}ой",
        ]
    return [f"{given} {surname}", f"{surname} {given}", f"{given}а {surname}а"]


@st.composite
def families(draw: st.DrawFn) -> dict[str, object]:
    """A protected person and an unprotected relative whose other name mentions her or him,
    and a case whose title and summary do too."""
    is_woman = draw(st.booleans())
    given = draw(st.sampled_from(WOMEN if is_woman else MEN))
    surname = draw(st.sampled_from(SURNAMES))
    relative_given = draw(st.sampled_from([g for g in MEN if g != given]))
    relative_surname = draw(st.sampled_from([surname, *SURNAMES]))  # a brother, often
    stored_script = draw(st.sampled_from((0, 1)))

    def name_in(script: int) -> tuple[str, str]:
        surname_form = surname[script] + ("а" if script == 0 else "a") * is_woman
        return given[script], surname_form

    # In both scripts, inflected too, whichever is stored (Азамжона for a stored Azamjon).
    forms = [
        form
        for script in (0, 1)
        for form in full_names(*name_in(script), is_woman, is_cyrillic=script == 0)
    ]
    mention = draw(st.sampled_from(forms))
    return {
        "protected_name": " ".join(name_in(stored_script)),
        "relative": f"{relative_given[stored_script]} {relative_surname[stored_script]}",
        "relative_other_name": draw(st.sampled_from(KIN)).format(draw(st.sampled_from(forms))),
        "title": f"Arrest of {mention}",
        "summary": f"{draw(st.sampled_from(forms))} was detained.",
        "forms": forms,
    }


# A given name stored in Latin with -jon, declined in Cyrillic: -jon folds to -jan only at the
# end of a word, so Азамжона once escaped a stored Azamjon.
AZAMJON_DECLINED_IN_CYRILLIC = {
    "protected_name": "Azamjon Shamsutdinov",
    "relative": "Rustam Shamsutdinov",
    "relative_other_name": "son of Азамжона Шамсутдинова",
    "title": "Arrest of Азамжона Шамсутдинова",
    "summary": "Азамжону Шамсутдинову was detained.",
    "forms": [
        *full_names("Azamjon", "Shamsutdinov", is_woman=False, is_cyrillic=False),
        *full_names("Азамжон", "Шамсутдинов", is_woman=False, is_cyrillic=True),
    ],
}


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(family=families())
@example(family=AZAMJON_DECLINED_IN_CYRILLIC)
def test_no_form_of_a_protected_full_name_survives_in_titles_other_names_or_summaries(
    tmp_path: Path, family: dict[str, object]
) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))  # tmp_path is shared by the examples
    vault = create_vault(folder / "v", PASSPHRASE, kdf=FAST_KDF).vault
    forms = family["forms"]
    assert isinstance(forms, list)
    case_id = make_case(vault, **{k: str(v) for k, v in family.items() if k != "forms"})
    out = folder / "d.pdf"
    build_dossier(vault, [case_id], out)
    vault.lock()
    text = printed_text(out).casefold()
    for form in forms:
        assert form.casefold() not in text, form
    assert "witness a" in text


def make_witness_case(vault: Vault, summary: str, witness: str, others: tuple[str, ...]) -> UUID:
    """A case whose protected witness is "Witness A", with other, unprotected people."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create(
            "case",
            {"reference": "UZ-4", "title": "Detention", "summary": summary, "country": "UZ"},
        )
        people = [(witness, {"protected": True, "pseudonym": "Witness A"}, "witness")]
        people += [(name, {}, "victim") for name in others]
        for name, fields, role in people:
            person = writer.create("person", {"name": name, **fields})
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
        return case.id


def redacted_dossier(tmp_path: Path, summary: str, witness: str, others: tuple[str, ...]) -> str:
    """What the dossier of that case prints."""
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    case_id = make_witness_case(vault, summary, witness, others)
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out)
    vault.lock()
    return printed_text(out)


def test_a_spelling_variant_of_a_protected_given_name_is_withheld_with_her_surname(
    tmp_path: Path,
) -> None:
    text = redacted_dossier(
        tmp_path,
        "Gulnara Shamsutdinova was detained. Гульнары Шамсутдиновой не было дома. "
        "Gulnara was beaten. Her neighbour Gulnoza Karimova saw it from the gulnara tea house.",
        "Гулнора Шамсутдинова",
        ("Gulnoza Karimova",),
    )
    for form in ("Gulnara", "Гульнар", "Shamsutdinova", "Шамсутдиновой"):
        assert form not in text
    assert "Witness A was detained" in text
    assert "Witness A-ой не было дома" in text
    assert "[name withheld] was beaten" in text  # her name alone, or another Gulnara's
    # another name (Gulnoza), another person's name and an ordinary word stay
    assert "Gulnoza Karimova saw it from the gulnara tea house" in text


def test_a_protected_latin_name_in_jon_is_withheld_in_cyrillic_cases(tmp_path: Path) -> None:
    text = redacted_dossier(
        tmp_path,
        "Показания Азамжона Рахимова. Азамжону не дали адвоката. "
        "Следователь Азамат Каримов говорил с Азамжоном.",
        "Azamjon Rahimov",
        ("Азамат Каримов",),
    )
    for form in ("Азамжон", "Рахимов", "Azamjon"):
        assert form not in text
    assert "Показания Witness A-а. Witness A-у не дали адвоката" in text
    assert "Следователь Азамат Каримов говорил с Witness A-ом." in text


@pytest.mark.parametrize("language", ["en", "ru", "uz"])
def test_her_given_name_with_a_possessive_or_jon_is_withheld_despite_a_relatives_other_name(
    tmp_path: Path, language: str
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    case_id = make_case(
        vault,
        "Gulnoraxon's son",
        "Gulnora's son came. Gulnora’s son stayed. Gulnorajon was there. Gulnorajonning uyi.",
        "Гулнора Шамсутдинова",
        "Рустам Шамсутдинов",
        "Gulnora's son Rustam",
    )
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(language=language))
    vault.lock()
    text = printed_text(out)
    withheld = labels_for(language)["name_withheld"]
    for form in ("Gulnor", "Гулнор"):
        assert form not in text
    assert f"{withheld}'s son came. {withheld}’s son stayed." in text
    assert f"{withheld}'s son Rustam" in text  # the son's other name, in the People table
    # her name is his name's word too, so never her label
    assert f"{withheld} was there. {withheld}-ning uyi." in text
    # her recorded "Witness A", in the dossier's language
    assert {"en": "Witness A", "ru": "Свидетель А", "uz": "Guvoh A"}[language] in text
    assert "Рустам Шамсутдинов" in text  # he is not protected
    assert metadata(out)["Title"].endswith(f"{withheld}'s son")


@pytest.mark.parametrize(
    ("other_name", "printed"),
    [
        ("сын Гулноры", "сын [name withheld]"),
        ("syn Gulnory", "syn [name withheld]"),
        ("Гулнораның ұлы", "[name withheld] ұлы"),
    ],
)
def test_her_given_name_with_a_case_ending_in_a_relatives_other_name_is_withheld(
    tmp_path: Path, other_name: str, printed: str
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    case_id = make_case(
        vault,
        f"Arrest of {other_name}",
        f"{other_name} пришёл.",
        "Гулнора Шамсутдинова",
        "Рустам Шамсутдинов",
        other_name,
    )
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out)
    vault.lock()
    text = printed_text(out)
    for form in ("Гулнор", "Gulnor"):
        assert form not in text
    assert f"{printed} пришёл." in text  # the summary
    assert f"Рустам Шамсутдинов Victim also known as {printed}" in text  # the People table
    assert metadata(out)["Title"] == f"Arrest of {printed}"
    assert "Witness A" in text


def test_a_relatives_maiden_name_that_is_a_protected_surname_in_the_feminine_stays(
    tmp_path: Path,
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    case_id = make_case(
        vault,
        "Arrest",
        "Рустам Каримов was detained. His sister Азиза Каримова came.",
        "Рустам Каримов",
        "Азиза Юсупова",
        "Азиза Каримова",
    )
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out)
    vault.lock()
    text = printed_text(out)
    assert "Witness A was detained. His sister Азиза Каримова came." in text
    assert "Рустам" not in text


# Her stored name has no patronymic; the accounts give it, in Latin and Cyrillic, declined, in
# the Russian order, as the Uzbek "qizi", and with her initial.
WITH_PATRONYMIC = (
    "Dilnoza Bahodirovna Karimova was detained. Дилнозы Баходировны Каримовой не было дома. "
    "D. Bahodirovna Karimova signed. Karimova Dilnoza Bahodir qizi was beaten."
)


@pytest.mark.parametrize(
    ("relative_other_name", "label"),
    [
        # a relative's other name holds all her words: withheld, never her label
        ("Dilnoza Bahodirovna Karimova", "[name withheld]"),
        # a patronymic beside his own name stays printed
        ("Akmal Bahodirovich Rahimov", "Witness A"),
    ],
)
def test_her_patronymic_and_initial_are_not_printed_beside_her_label(
    tmp_path: Path, relative_other_name: str, label: str
) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).vault
    case_id = make_case(
        vault,
        "Arrest of Dilnoza Bahodirovna",
        WITH_PATRONYMIC,
        "Dilnoza Karimova",
        "Rustam Aliev",
        relative_other_name,
    )
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out)
    vault.lock()
    text = printed_text(out)
    for form in ("Bahodirovna", "Баходировн", "Bahodir qizi", "Dilnoza", "Дилноз", "Karimov"):
        assert form not in text, form
    assert (
        f"{label} was detained. {label}-ой не было дома. [name withheld] signed. "
        f"{label} was beaten." in text
    )
    assert metadata(out)["Title"] == f"Arrest of {label}"
    assert "Witness A" in text  # her row of the People table
    assert "Rustam Aliev" in text
    if label == "Witness A":
        assert "also known as Akmal Bahodirovich Rahimov" in text
