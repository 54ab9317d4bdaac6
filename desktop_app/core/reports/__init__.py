"""PDF dossiers: complete, redactable, verifiable, in any script (see docs/reports.md).

The API the CLI and the GUI use is ``build_dossier`` with ``DossierOptions``; everything else in
this package is how a dossier is put together.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.core.reports.dossier import (
        DossierOptions,
        DossierResult,
        ReportFileExists,
        build_dossier,
        render_dossier,
        suggested_file_name,
    )
    from desktop_app.core.reports.fonts import FontNotFound
    from desktop_app.core.reports.labels import LANGUAGES
    from desktop_app.core.reports.material import case_ids_for_references

# Read on first use: the dossier builder brings in reportlab (a third of a second), and most
# importers of this package (the exchange's list of protected names, the window's labels, every
# `sandiq` command) never build a PDF.
_MODULE_OF = {
    "DossierOptions": "dossier",
    "DossierResult": "dossier",
    "ReportFileExists": "dossier",
    "build_dossier": "dossier",
    "render_dossier": "dossier",
    "suggested_file_name": "dossier",
    "FontNotFound": "fonts",
    "LANGUAGES": "labels",
    "case_ids_for_references": "material",
}

__all__ = [
    "LANGUAGES",
    "DossierOptions",
    "DossierResult",
    "FontNotFound",
    "ReportFileExists",
    "build_dossier",
    "case_ids_for_references",
    "render_dossier",
    "suggested_file_name",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
