"""The `sandiq report` command: a PDF dossier of one or more cases.

Thin over ``desktop_app.core.reports``, like the rest of the CLI: parse, call core, print.
``build_parser`` in ``cli.py`` mounts it with ``add_report_command``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli_common import Command, print_json, progress_printer, unlocked
from desktop_app.cli_i18n import fill, translate

if TYPE_CHECKING:
    from desktop_app.core.reports import DossierResult
    from desktop_app.core.reports.relatives_named import RelativeNamed


def cmd_report(args: argparse.Namespace) -> None:
    # Here, not at the top: the PDF machinery (reportlab) is slow to load and only report needs it.
    from desktop_app.core.reports import (
        DossierOptions,
        ReportFileExists,
        build_dossier,
        case_ids_for_references,
    )

    options = DossierOptions(
        redact=args.redact,
        summary_only=args.summary_only,
        language=args.language,
        include_photos=not args.no_photos,
        include_generator_name=args.with_name,
    )
    with unlocked(args) as vault:
        with vault.read() as session:
            case_ids = case_ids_for_references(session, args.references)
        try:
            result = build_dossier(
                vault,
                case_ids,
                Path(args.out),
                options,
                overwrite=args.force,
                progress=progress_printer(translate("CliReport", "report")),
            )
        except ReportFileExists:
            # Core's sentence cannot name the option: the GUI asks instead.
            message = translate(
                "CliReport", "%1 exists already; choose another name or add --force"
            )
            raise ReportFileExists(fill(message, args.out)) from None
    if args.json:
        print_json(dataclasses.asdict(result))
    else:
        _print_written(result)
    _note_relatives_named(result.relatives_named)


def _print_written(result: DossierResult) -> None:
    # The counts go in as %2 to %5, not %n: English has always printed "1 pages", and a line
    # that scripts read keeps its words.
    if result.is_redacted:
        written = translate(
            "CliReport",
            "%1: %2 pages, %3 case(s), %4 testimonies (%5 withheld for lack of consent), "
            "redaction on",
        )
    else:
        written = translate(
            "CliReport",
            "%1: %2 pages, %3 case(s), %4 testimonies (%5 withheld for lack of consent), "
            "redaction off",
        )
    counts = (result.pages, result.cases, result.testimonies, result.withheld_testimonies)
    print(fill(written, str(result.path), *map(str, counts)))


def _note_relatives_named(relatives: Sequence[RelativeNamed]) -> None:
    """Tell the user whom the dossier names in full beside a protected relative it hides: by
    his name and her label, never hers. On stderr: stdout stays what scripts read."""
    note = translate(
        "CliReport",
        "note: the dossier names %1 in full, who shares a family name with %2, a protected "
        "person it hides; check before handing it out",
    )
    for relative in relatives:
        print(fill(note, relative.name, relative.pseudonym), file=sys.stderr)


def add_report_command(command: Command) -> None:
    """Mount report under the sandiq parser's subcommands."""
    p = command(
        "report", cmd_report, translate("CliReport", "write a PDF dossier of one or more cases")
    )
    p.add_argument(
        "references",
        nargs="+",
        metavar="CASE_REF",
        help=translate("CliReport", "the cases' references, in the order the dossier gives them"),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE.pdf",
        help=translate("CliReport", "the PDF file to write"),
    )
    redaction = p.add_mutually_exclusive_group()
    redaction.add_argument(
        "--redact",
        action="store_true",
        default=None,
        help=translate(
            "CliReport",
            "replace protected people by pseudonyms (the default for confidential and "
            "restricted cases and whenever the vault holds a protected person)",
        ),
    )
    redaction.add_argument(
        "--no-redact",
        dest="redact",
        action="store_false",
        help=translate("CliReport", "print every name as recorded, protected people's too"),
    )
    p.add_argument(
        "--summary-only",
        action="store_true",
        help=translate("CliReport", "testimony summaries only"),
    )
    p.add_argument(
        "--language",
        choices=("en", "ru", "uz"),
        default="en",
        help=translate("CliReport", "the dossier's language (default: en)"),
    )
    p.add_argument(
        "--no-photos",
        action="store_true",
        help=translate("CliReport", "do not show photos as figures"),
    )
    p.add_argument(
        "--with-name",
        action="store_true",
        help=translate("CliReport", "name this vault's owner as author"),
    )
    p.add_argument(
        "--force", action="store_true", help=translate("CliReport", "replace FILE.pdf if it exists")
    )
