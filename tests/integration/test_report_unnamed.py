"""Who a dossier must not name, beyond the current version of each record: deleted people who
were protected, witnesses whose anonymous testimony was deleted, and a colleague's version
waiting in an open sync conflict."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.content import to_content
from desktop_app.core.person_merge import merge_persons
from desktop_app.core.records import get_record
from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.exchange_support import introduce, make_site, sample_case

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


def words_of(path: Path) -> set[str]:
    """The words pdftotext reads from the PDF."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return set(re.findall(r"\w+", out.stdout))


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


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


def test_a_deleted_protected_witness_is_not_named_by_the_testimony_he_left(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "TJ-1", "title": "Disappearance"})
        insider = writer.create(
            "person", {"name": "Маҳмуд Шарипов", "protected": True, "pseudonym": "Source Zeta"}
        )
        # protected once, no longer by the time he was deleted
        neighbour = writer.create("person", {"name": "Farhod Nabiev", "protected": True})
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(insider.id),
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "Ман, Маҳмуд Шарипов, тасдиқ мекунам. Nabievni ham olib ketishdi.",
            },
        )
        ids = (case.id, insider.id, neighbour.id)
    edit(vault, "person", ids[2], protected=False)
    delete(vault, "person", ids[1])
    delete(vault, "person", ids[2])
    out = tmp_path / "d.pdf"
    result = build_dossier(vault, [ids[0]], out)
    assert result.is_redacted
    assert "Ман, Source Zeta, тасдиқ мекунам. Person A-ni ham olib ketishdi." in text_of(out)
    assert not {"Маҳмуд", "Шарипов", "Nabievni", "Farhod"} & words_of(out)


def test_a_witness_whose_anonymous_testimony_was_deleted_is_still_not_named(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2", "title": "Farm seizure"})
        other = writer.create("case", {"reference": "UZ-3", "title": "Other"})
        neighbour = writer.create("person", {"name": "Karimova Nilufar"})
        gone = writer.create("person", {"name": "Абдуллаев Шерзод"})
        asked = [
            writer.create(
                "testimony",
                {
                    "case": str(other.id),
                    "witness": str(witness.id),
                    "consent": {"given": True, "scope": ["reports", "anonymised_only"]},
                    "narrative": "I saw it.",
                },
            ).id
            for witness in (neighbour, gone)
        ]
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "witness": str(writer.create("person", {"name": "Rustam Karimov"}).id),
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "Karimova Nilufar and Абдуллаев Шерзод were there.",
            },
        )
        case_id, gone_id = case.id, gone.id
    for testimony_id in asked:
        delete(vault, "testimony", testimony_id)
    delete(vault, "person", gone_id)  # and one of them deleted too
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out, DossierOptions(redact=False))
    assert "Witness A and Witness B were there." in text_of(out)
    assert not {"Karimova", "Nilufar", "Абдуллаев", "Шерзод"} & words_of(out)


def test_a_person_a_colleague_protected_in_an_open_conflict_is_not_named(tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice)
    bob.import_(alice.export("Bob", since_last=True).path)
    alice.import_(bob.export("Alice", since_last=True).path)
    # At the same time, Alice protects the victim and Bob adds a note: a conflict on Bob's side.
    alice.edit("person", ids["victim"], protected=True, pseudonym="Source K")
    bob.edit("person", ids["victim"], notes="Moved to Osh.")
    report = bob.import_(alice.export("Bob", since_last=True).path)
    assert report.conflicts == 1
    out = tmp_path / "d.pdf"
    build_dossier(bob.vault, [ids["case"]], out)
    # Protected as the colleague's version says, but labelled as this vault's own says: a
    # colleague's pseudonym may be anything, her real name included.
    assert "Detention of Person A" in text_of(out)
    assert "Source" not in words_of(out)
    assert not {"Azimjan", "Askarov", "Азимжан", "Аскаров"} & words_of(out)
    for site in (alice, bob):
        site.vault.lock()


def test_a_protected_person_merged_with_his_duplicate_keeps_his_label(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "TJ-3", "title": "Raid"})
        kept = writer.create(
            "person", {"name": "Маҳмуд Шарипов", "protected": True, "pseudonym": "Source Zeta"}
        )
        duplicate = writer.create("person", {"name": "Mahmud Sharipov", "protected": True})
        writer.create(
            "case_party", {"case": str(case.id), "person": str(kept.id), "role": "source"}
        )
        merge_persons(writer, kept.id, duplicate.id)  # the duplicate is deleted, still protected
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "consent": {"given": True, "scope": ["reports"]},
                "narrative": "Mahmud Sharipov and Маҳмуд Шарипов are one man.",
            },
        )
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(vault, [case_id], out)
    assert "Source Zeta and Source Zeta are one man." in text_of(out)
