"""The name Sandiq suggests for a copy of an attachment is a file name every OS takes.

A stored name is what the user attached, or what a colleague's bundle says: it may be CON,
nul.txt, end in a dot, or hold characters Windows refuses. The copy's name must be none of
those, and an ordinary name must come out as it went in.
"""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from desktop_app.core.attachment_access import name_for_disk
from desktop_app.core.fileio import MAX_NAME_BYTES, write_atomically

# Windows' device names, written out here rather than taken from the code under test.
DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789¹²³"
}
WINDOWS_REFUSES = set('<>:"/\\|?*')
ORDINARY_LETTERS = "abcxyzABCXYZ0189" + "абвёжюяАБЁЖЯўқғҳЎҚҒҲ" + "ʻʼ" + "ğışçöüİƏə"


def _is_safe(name: str) -> bool:
    return (
        name != ""
        and name not in (".", "..")
        and not set(name) & WINDOWS_REFUSES
        and not any(unicodedata.category(c)[0] == "C" or c in "\u2028\u2029" for c in name)
        and not name.endswith((".", " "))
        and name == name.strip()
        and name.split(".", 1)[0].rstrip(" ").upper() not in DEVICES
        and len(name.encode()) <= MAX_NAME_BYTES
    )


@pytest.mark.parametrize(
    ("stored", "on_disk"),
    [
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("aux", "_aux"),
        ("COM1.jpg", "_COM1.jpg"),
        ("LPT9", "_LPT9"),
        ("Con .tar.gz", "_Con .tar.gz"),
        ("report.", "report"),
        ("report. . ", "report"),
        ("report\u00a0.", "report"),  # a no-break space bared by the dot's removal
        ("\u2003CON", "_CON"),
        ('a<b>c:d"e/f\\g|h?i*j.txt', "a_b_c_d_e_f_g_h_i_j.txt"),
        ("tab\there\x7f.txt", "tabhere.txt"),
        ("...", "attachment"),
        ("", "attachment"),
        ("ф" * 250 + ".pdf", "ф" * 125 + ".pdf"),  # 2 bytes a letter, within 255
        ("a" * 251 + ".pdf", "a" * 251 + ".pdf"),  # 255 bytes: what every disk takes, kept
        # The cut would fall between a letter and its accent: both go.
        ("a" + "й" * 125 + "\u0301" + "b" * 9 + ".txt", "a" + "й" * 124 + ".txt"),
        ("CON" + " " * 300 + ".txt", "_CON.txt"),  # shortening must not leave a device
        ("COM10.txt", "COM10.txt"),
        ("console.log", "console.log"),
        ("Протокол допроса Оʻktam 2005-05-13.pdf", "Протокол допроса Оʻktam 2005-05-13.pdf"),
    ],
)
def test_a_hostile_name_becomes_one_every_system_takes(stored: str, on_disk: str) -> None:
    assert name_for_disk(stored) == on_disk
    assert _is_safe(on_disk)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300))
def test_any_stored_name_gives_a_safe_name_that_stays_as_it_is(stored: str) -> None:
    name = name_for_disk(stored)
    assert _is_safe(name), (stored, name)
    assert name_for_disk(name) == name


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(ORDINARY_LETTERS, min_size=1, max_size=12), min_size=1, max_size=4),
    st.sampled_from([" ", "-", "_", " (", ") "]),
    st.sampled_from(["", ".pdf", ".jpg", ".tar.gz", ".docx", ".mp4"]),
)
def test_an_ordinary_name_is_suggested_unchanged(
    words: list[str], separator: str, extension: str
) -> None:
    stored = separator.join(words).strip() + extension
    assume(stored.split(".", 1)[0].upper() not in DEVICES)  # "con" is no ordinary name
    assert name_for_disk(stored) == stored


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
@example("ф" * 300 + ".pdf")  # 600 bytes in UTF-8: past what ext4 takes
@example("😀" * 100)
@example("ж" * 125 + ".txt")  # 254 bytes: taken as it is
def test_a_copy_can_be_written_under_the_suggested_name(stored: str) -> None:
    # The real file system (and the temp name the atomic write goes through) take the name.
    with tempfile.TemporaryDirectory() as folder:
        name = name_for_disk(stored)
        write_atomically(Path(folder) / name, b"evidence")
        assert [p.name for p in Path(folder).iterdir()] == [name]
