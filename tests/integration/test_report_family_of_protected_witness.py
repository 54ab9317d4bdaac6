"""A redacted dossier of a protected witness whose printed father is also known as "father of
Gulnora and Rustam": her name words never print, in his other name in the People table, in
prose beside a word of that name ("the brother of Toshmatova"), as the predicate ("Men
Toshmatovaman") or as a spelling variant in a Russian case ("Гульнару увезли"), while her
brother's and father's own names stay."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

NARRATIVE = (
    "They said it — the brother of Toshmatova. Men Toshmatovaman. Biz Toshmatovalarmiz. "
    "U Gulnoradir. Гульнару увезли. Я думал о Гульнаре. Rustam Toshmatov was there."
)


def printed(path: Path) -> str:
    pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", pages.stdout.decode()).split())


def test_her_name_words_never_print_beside_her_fathers_other_name(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-7", "title": "Andijon"})
        people = [
            (
                {"name": "Gulnora Toshmatova", "protected": True, "pseudonym": "Witness L"},
                "witness",
            ),
            ({"name": "Rustam Toshmatov"}, "victim"),
            (
                {"name": "Baxtiyor Toshmatov", "other_names": ["father of Gulnora and Rustam"]},
                "relative",
            ),
        ]
        for record, role in people:
            person = writer.create("person", record)
            writer.create(
                "case_party", {"case": str(case.id), "person": str(person.id), "role": role}
            )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "narrative": NARRATIVE,
                "consent": {"given": True, "scope": ["reports"]},
            },
        )
        case_id = case.id
    out = tmp_path / "d.pdf"
    build_dossier(tmp_vault, [case_id], out, DossierOptions(redact=True))
    text = printed(out)
    for form in ("Gulnor", "Toshmatova", "Гульнар"):
        assert form not in text
    assert "father of [name withheld] and Rustam" in text  # his other name, in the People table
    assert "the brother of [name withheld]." in text
    # her given name is a word of his other name too: withheld, never her label
    assert "Men Witness L-man. Biz Witness L-larmiz. U [name withheld]-dir." in text
    assert "[name withheld]-у увезли. Я думал о [name withheld]-е." in text
    assert "Rustam Toshmatov was there." in text and "Baxtiyor Toshmatov" in text
