"""The Unicode font embedded in dossiers: found on the system, checked, registered once.

reportlab's built-in fonts cover Latin-1 only, so a dossier embeds a TrueType family with
regular, bold, italic and bold italic faces. We look for DejaVu Sans (Debian/Ubuntu package
``fonts-dejavu-core``; its licence allows embedding) and then Noto Sans (static faces, SIL OFL),
first in ``$SANDIQ_FONT_DIR``, then in ``resources/fonts`` (where a packaged build puts them),
then in the usual system and user font folders. A family is used only if every face has a glyph
for each letter of Russian, Uzbek Latin (oʻ gʻ), Tajik and Kazakh, so a report never shows boxes.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

from desktop_app.core.errors import SandiqError
from desktop_app.core.reports.rtl import set_upright_for_arabic

FONT_DIR_ENV = "SANDIQ_FONT_DIR"
# Letters a dossier must be able to show: Russian, Uzbek Latin and Cyrillic, Tajik, Kazakh.
REQUIRED_LETTERS = "ЖжЁёЩщЪъ" + "oʻgʻOʻGʻʼ" + "ЎўҚқҒғҲҳ" + "ӢӣӮӯҶҷ" + "ӘәҢңӨөҰұҮүҺһІі" + "–—«»“”№"
# Arabic-script names (Arabic, Persian, Uyghur), with the joined forms they are drawn in.
ARABIC_SCRIPT_LETTERS = "ابتجدرسعلمنهوي" + "پچژگکی" + "ئۇۆۈۋېە" + "ﻋﺒﺪﺍﻟﻠﻪﻻ"


class FontNotFound(SandiqError):
    """No embeddable Unicode font with the needed letters was found."""


@dataclass(frozen=True)
class FontFamily:
    """Files of one font family; mono may be None (the regular face is used instead)."""

    name: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path
    mono: Path | None


@dataclass(frozen=True)
class RegisteredFonts:
    """reportlab font names to use in styles."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    mono: str
    family: FontFamily


# (family name, regular, bold, italic, bold italic, monospace)
_CANDIDATES: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "DejaVu Sans",
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
        "DejaVuSansMono.ttf",
    ),
    (
        "Noto Sans",
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoSans-Italic.ttf",
        "NotoSans-BoldItalic.ttf",
        "NotoSansMono-Regular.ttf",
    ),
)

INSTALL_HINT = (
    "no Unicode font for PDF reports was found: install DejaVu Sans (Debian/Ubuntu: "
    "apt install fonts-dejavu-core; Fedora: dnf install dejavu-sans-fonts) or put "
    "DejaVuSans.ttf, DejaVuSans-Bold.ttf, DejaVuSans-Oblique.ttf and DejaVuSans-BoldOblique.ttf "
    f"in a folder and name it in {FONT_DIR_ENV}"
)


def font_search_dirs() -> list[Path]:
    """Folders searched for fonts, in order of preference."""
    dirs: list[Path] = []
    if os.environ.get(FONT_DIR_ENV):
        dirs.append(Path(os.environ[FONT_DIR_ENV]))
    dirs.append(Path(__file__).resolve().parents[3] / "resources" / "fonts")
    bundle = getattr(sys, "_MEIPASS", None)  # where a PyInstaller build unpacks its files
    if bundle:
        dirs.append(Path(bundle) / "resources" / "fonts")
    home = Path.home()
    dirs += [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
        Path("/Library/Fonts"),
        home / "Library" / "Fonts",
    ]
    if os.name == "nt":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def _locate(file_name: str, dirs: Iterable[Path]) -> Path | None:
    for directory in dirs:
        if not directory.is_dir():
            continue
        direct = directory / file_name
        if direct.is_file():
            return direct
        found = next(directory.rglob(file_name), None)
        if found is not None:
            return found
    return None


def _has_letters(path: Path) -> bool:
    try:
        glyphs = TTFontFile(str(path)).charToGlyph
    except Exception:  # an unreadable font file is simply not a candidate
        return False
    return all(ord(ch) in glyphs for ch in REQUIRED_LETTERS)


def find_font_family(dirs: Sequence[Path] | None = None) -> FontFamily:
    """The first complete, Unicode-capable font family found, or FontNotFound."""
    search = font_search_dirs() if dirs is None else list(dirs)
    for name, *faces, mono in _CANDIDATES:
        paths = [_locate(face, search) for face in faces]
        if any(p is None for p in paths):
            continue
        checked = [p for p in paths if p is not None and _has_letters(p)]
        if len(checked) == 4:
            regular, bold, italic, bold_italic = checked
            return FontFamily(name, regular, bold, italic, bold_italic, _locate(mono, search))
    raise FontNotFound(INSTALL_HINT)


_lock = threading.Lock()
_registered: list[RegisteredFonts] = []


def _has_arabic(font_name: str) -> bool:
    glyphs = pdfmetrics.getFont(font_name).face.charToGlyph
    return all(ord(ch) in glyphs for ch in ARABIC_SCRIPT_LETTERS)


def _register(family: FontFamily) -> RegisteredFonts:
    base = "Sandiq" + family.name.replace(" ", "")
    names = (base, base + "-Bold", base + "-Italic", base + "-BoldItalic")
    files = (family.regular, family.bold, family.italic, family.bold_italic)
    for font_name, path in zip(names, files, strict=True):
        pdfmetrics.registerFont(TTFont(font_name, str(path)))
    for bold, italic, font_name in ((0, 0, names[0]), (1, 0, names[1]), (0, 1, names[2])):
        addMapping(base, bold, italic, font_name)
    addMapping(base, 1, 1, names[3])
    # DejaVu Sans has Arabic-script letters in its upright faces only: Arabic-script runs of
    # italic text are set upright (see rtl.py) rather than left blank.
    for italic_face, upright_face in ((names[2], names[0]), (names[3], names[1])):
        if not _has_arabic(italic_face) and _has_arabic(upright_face):
            set_upright_for_arabic(italic_face, upright_face)
    mono = names[0]
    if family.mono is not None:
        mono = base + "-Mono"
        pdfmetrics.registerFont(TTFont(mono, str(family.mono)))
    return RegisteredFonts(*names, mono=mono, family=family)


def register_fonts() -> RegisteredFonts:
    """Find the dossier font family and register it with reportlab (once per process)."""
    with _lock:
        if not _registered:
            _registered.append(_register(find_font_family()))
        return _registered[0]
