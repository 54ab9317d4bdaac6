"""A dossier of values of any length: a field taller than a page runs on over the next pages,
whole, instead of failing the build (reportlab's LayoutError) or hanging it."""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from desktop_app.core.reports import DossierOptions, build_dossier
from desktop_app.core.reports.layout import MARGIN_BOTTOM, MARGIN_TOP, PAGE_SIZE
from desktop_app.core.vault import Vault
from tests.integration.held_from_before import held_from_before

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)

SCRIPTS = {"latin": ("Detention", "Osh", "Askarov"), "cyrillic": ("Задержание", "Ош", "Аскаров")}


def _repeated(word: str, length: int, separator: str = "") -> str:
    return ((word + separator) * (length // len(word) + 1))[:length]


def _body_text(path: Path) -> str:
    """The text of every page between the header and the footer, without white space: what
    the dossier printed, whatever its line and page breaks."""
    top, height = MARGIN_TOP - 4, PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM + 8
    out = subprocess.run(
        [
            *("pdftotext", "-enc", "UTF-8", "-x", "0", "-W", str(int(PAGE_SIZE[0]))),
            *("-y", str(int(top)), "-H", str(int(height)), str(path), "-"),
        ],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return re.sub(r"\s+", "", out)


@contextmanager
def _within(seconds: int) -> Iterator[None]:
    """Fails the block if it runs longer than seconds (it hung before)."""

    def stop(*_: Any) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _case(vault: Vault, case: dict[str, Any], testimony: dict[str, Any] | None = None) -> UUID:
    # Names, titles and places longer than a one-line field takes now: a vault may hold them
    # from before the bound, and its dossier must print them.
    with vault.transaction() as session:
        writer = vault.writer(session)
        created = writer.create("case", {"reference": "KG-1", "title": "T"})
        held_from_before(created, **case)
        if testimony is not None:
            witness = writer.create("person", {"name": "P"})
            held_from_before(witness, name=testimony.pop("witness", "P"))
            writer.create(
                "case_party",
                {"case": str(created.id), "person": str(witness.id), "role": "witness"},
            )
            written = writer.create(
                "testimony",
                {
                    "case": str(created.id),
                    "witness": str(witness.id),
                    "consent": {"given": True, "scope": ["reports"]},
                    "narrative": "He was taken at night.",
                },
            )
            held_from_before(written, **testimony)
        return created.id


@pytest.mark.parametrize("script", SCRIPTS)
def test_case_summary_fields_taller_than_a_page_are_printed_whole(
    tmp_vault: Vault, tmp_path: Path, script: str
) -> None:
    # Before: LayoutError, "Table ... too large on page 4", and no dossier at all.
    word, place, _ = SCRIPTS[script]
    title = _repeated(word, 60_000, " ")
    values = {"title": title, "place": _repeated(place, 20_000), "region": _repeated(place, 9_000)}
    path = tmp_path / "d.pdf"
    result = build_dossier(tmp_vault, [_case(tmp_vault, values)], path)
    text = _body_text(path)
    for value in values.values():
        assert re.sub(r"\s+", "", value) in text
    assert result.pages > 10


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_testimony_place_taller_than_a_page_is_printed_whole(
    tmp_vault: Vault, tmp_path: Path, script: str
) -> None:
    # Before: LayoutError, "Facts ... too large on page 5".
    _, place, _ = SCRIPTS[script]
    long_place = _repeated(place, 20_000)
    case_id = _case(tmp_vault, {}, {"place": long_place, "interviewer": "N. R."})
    path = tmp_path / "d.pdf"
    build_dossier(tmp_vault, [case_id], path)
    text = _body_text(path)
    assert long_place in text
    # The facts after it follow it (the separator is left out at the start of a line).
    assert re.search(re.escape(long_place) + "·?Interviewer:N.R.·?Consent:", text)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_name_of_thousands_of_letters_does_not_hang_the_dossier(
    tmp_vault: Vault, tmp_path: Path, script: str
) -> None:
    # Before: the redactor spelt the 5,000-letter word every way Uzbek and Russian spell a
    # name, twelve million spellings of 5,000 letters each, for hours.
    _, _, name = SCRIPTS[script]
    long_name = _repeated(name, 5_000)
    case_id = _case(tmp_vault, {}, {"witness": long_name})
    path = tmp_path / "d.pdf"
    with _within(120):
        build_dossier(tmp_vault, [case_id], path, DossierOptions(language="ru"))
    assert long_name in _body_text(path)  # in the testimony's heading, run on over pages
