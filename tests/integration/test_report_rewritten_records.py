"""A dossier withholds what a record said before it was rewritten: a colleague's bundle (or a
careless edit) applied as a plain update can rename a protected witness, change an anonymous
testimony's witness, or move a protected person's photo, and a label never comes from a
colleague's version waiting in a conflict. The rewritten state is made here with the vault's
own RecordWriter, as an imported bundle leaves it."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from PIL import Image
from pypdf import PdfReader

from db.exchange_state import SyncConflict
from desktop_app.core.attachments import add_attachment
from desktop_app.core.content import to_content
from desktop_app.core.dates import utc_now
from desktop_app.core.records import get_record
from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

HER_NAME = {"Gulnora", "Karimova", "Гулнора", "Каримова"}
HIS_NAME = {"Dilshod", "Rahimov", "Дилшод", "Рахимов"}


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


def words_of(path: Path) -> set[str]:
    return set(re.findall(r"\w+", text_of(path)))


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    created = create_vault(tmp_path / "v", PASSPHRASE, display_name="Team", kdf=FAST_KDF)
    yield created.vault
    created.vault.lock()


def edit(vault: Vault, kind: str, record_id: UUID, **changes: object) -> None:
    with vault.transaction() as session:
        record = get_record(session, kind, record_id)
        vault.writer(session).update(record, {**to_content(record), **changes})


def delete(vault: Vault, kind: str, record_id: UUID) -> None:
    with vault.transaction() as session:
        vault.writer(session).delete(get_record(session, kind, record_id))


def arrest_case(vault: Vault, *, protected: bool) -> dict[str, UUID]:
    """A case whose account names Gulnora Karimova (a party, protected or not) and Dilshod
    Rahimov, the witness of an anonymous testimony in another case."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-UN-02", "title": "Arrest at the market"})
        other = writer.create("case", {"reference": "UZ-UN-03", "title": "Threats"})
        her = writer.create(
            "person",
            {
                "name": "Gulnora Karimova",
                "other_names": ["Гулнора Каримова"],
                "protected": protected,
            },
        )
        him = writer.create("person", {"name": "Dilshod Rahimov", "other_names": ["Дилшод"]})
        akmal = writer.create("person", {"name": "Akmal Yusupov"})
        writer.create("case_party", {"case": str(case.id), "person": str(her.id), "role": "victim"})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(akmal.id), "role": "witness"}
        )
        anonymous = writer.create(
            "testimony",
            {
                "case": str(other.id),
                "witness": str(him.id),
                "consent": {"given": True, "scope": ["reports"], "anonymise": True},
                "narrative": "They threatened me.",
            },
        )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(akmal.id),
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "Gulnora Karimova also saw the arrest. Дилшод told me the rest.",
            },
        )
        return {
            "case": case.id,
            "her": her.id,
            "him": him.id,
            "akmal": akmal.id,
            "anonymous": anonymous.id,
        }


def test_a_renamed_protected_person_is_not_named_by_her_former_name(
    vault: Vault, tmp_path: Path
) -> None:
    ids = arrest_case(vault, protected=True)
    edit(vault, "person", ids["her"], name="W. A. (name withheld)", other_names=[])
    out = tmp_path / "d.pdf"
    build_dossier(vault, [ids["case"]], out)
    assert "Person A also saw the arrest. Witness A told me the rest." in text_of(out)
    assert not HER_NAME & words_of(out)


def test_a_renamed_anonymous_witness_is_not_named_by_his_former_name(
    vault: Vault, tmp_path: Path
) -> None:
    ids = arrest_case(vault, protected=False)
    edit(vault, "person", ids["him"], name="D. R.", other_names=[])
    out = tmp_path / "d.pdf"
    build_dossier(vault, [ids["case"]], out, DossierOptions(redact=False))
    assert "Gulnora Karimova also saw the arrest. Witness A told me the rest." in text_of(out)
    assert not HIS_NAME & words_of(out)


@pytest.mark.parametrize("new_witness", [None, "akmal"])
def test_an_anonymous_testimony_given_another_witness_still_hides_the_one_who_gave_it(
    vault: Vault, tmp_path: Path, new_witness: str | None
) -> None:
    ids = arrest_case(vault, protected=False)
    witness = str(ids[new_witness]) if new_witness else None
    edit(vault, "testimony", ids["anonymous"], witness=witness)
    out = tmp_path / "d.pdf"
    build_dossier(vault, [ids["case"]], out, DossierOptions(redact=False))
    assert "told me the rest." in text_of(out)
    assert not HIS_NAME & words_of(out)


def test_a_label_never_comes_from_a_colleagues_conflicting_version(
    vault: Vault, tmp_path: Path
) -> None:
    ids = arrest_case(vault, protected=True)
    with vault.transaction() as session:  # as an import holds a bundle's change of pseudonym
        her = get_record(session, "person", ids["her"])
        session.add(
            SyncConflict(
                record_kind="person",
                record_id=her.id,
                theirs={**to_content(her), "pseudonym": "Gulnora Karimova"},
                theirs_clock={"bob": 2},
                theirs_updated_at=utc_now(),
                theirs_updated_by="bob",
                sender="bob",
                bundle_id=uuid4(),
                detected_at=utc_now(),
            )
        )
    out = tmp_path / "d.pdf"
    build_dossier(vault, [ids["case"]], out)
    assert "Person A also saw the arrest." in text_of(out)
    assert not HER_NAME & words_of(out)


@pytest.mark.parametrize("pseudonym", ["Gulnora Karimova", "Gulnara K.", "Гулнора"])
def test_a_pseudonym_that_gives_her_name_is_not_her_label(
    vault: Vault, tmp_path: Path, pseudonym: str
) -> None:
    ids = arrest_case(vault, protected=True)
    edit(vault, "person", ids["her"], name="W. A.", other_names=[])
    edit(vault, "person", ids["her"], pseudonym=pseudonym)  # a plain update from a bundle
    out = tmp_path / "d.pdf"
    build_dossier(vault, [ids["case"]], out)
    assert "Person A also saw the arrest." in text_of(out)
    assert not {"Gulnara", *HER_NAME} & words_of(out)


def photo() -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 30, 30)).save(out, format="JPEG")
    out.seek(0)
    return out


@pytest.mark.parametrize(
    ("owner", "is_protected", "owner_record"),
    [
        ("her", True, "kept"),
        ("her", True, "deleted"),
        ("him", False, "kept"),  # an anonymous witness of another case; nobody is protected
    ],
)
def test_a_photo_that_was_a_protected_persons_is_not_shown_once_moved(
    vault: Vault, tmp_path: Path, owner: str, is_protected: bool, owner_record: str
) -> None:
    ids = arrest_case(vault, protected=is_protected)
    with vault.transaction() as session:
        writer = vault.writer(session)
        portrait = add_attachment(writer, "person", ids[owner], photo(), "IMG_0042.jpg").id
        add_attachment(writer, "person", ids["akmal"], photo(), "IMG_0043.jpg")
    # moved to Akmal (as a merge into his record would, if the owner's is then deleted)
    edit(vault, "attachment", portrait, owner=str(ids["akmal"]), file_name="akmal_at_home.jpg")
    if owner_record == "deleted":
        delete(vault, "person", ids[owner])
    out = tmp_path / "d.pdf"
    build_dossier(vault, [ids["case"]], out)
    assert "Photos not shown, to protect identities: 1" in text_of(out)
    assert sum(len(page.images) for page in PdfReader(out).pages) == 1  # Akmal's own
