"""PDF dossiers: complete, redactable, verifiable, in any script (see docs/reports.md).

The API the CLI and the GUI use is ``build_dossier`` with ``DossierOptions``; everything else in
this package is how a dossier is put together.
"""

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
