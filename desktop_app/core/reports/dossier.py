"""Building a PDF dossier of one or more cases: the API the CLI and the GUI call.

``build_dossier`` reads the cases in its own read session (so a GUI worker thread can call it
with plain ids), lays the dossier out once in memory, and only then writes the PDF through a
temp file and a rename: a cancelled or failed build leaves no file and never a half-written
one, and a build killed midway (kill -9) leaves nothing on disk, unless during the seconds of
the write, when the temp it leaves is recorded in the vault for the next unlock to remove. It
refuses to replace an existing file unless ``overwrite=True``.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO
from uuid import UUID

from reportlab.platypus import Flowable, PageBreak
from sqlalchemy.orm import Session

from desktop_app.core.errors import Cancelled, InvalidInput, SandiqError
from desktop_app.core.file_name_characters import (
    MAX_SUGGESTED_STEM,
    NOT_IN_FILE_NAMES,
    RESERVED_FILE_NAMES,
)
from desktop_app.core.fileio import check_output_path, write_atomically_with
from desktop_app.core.identity import load_identity
from desktop_app.core.leftovers import ledger_of
from desktop_app.core.reports import case_sections
from desktop_app.core.reports.attachments_section import attachments_section
from desktop_app.core.reports.context import ReportContext, shortened
from desktop_app.core.reports.fonts import register_fonts
from desktop_app.core.reports.front_matter import (
    cover,
    dossier_title,
    highest_sensitivity,
    verify_appendix,
)
from desktop_app.core.reports.keep import keep_leads_with_next
from desktop_app.core.reports.labels import LANGUAGES, labels_for
from desktop_app.core.reports.layout import (
    DossierDocTemplate,
    PageMark,
    PageSpace,
    SetPageMark,
    StampingCanvas,
    Stamps,
    Styles,
)
from desktop_app.core.reports.material import CaseMaterial, act_type_labels, gather_case
from desktop_app.core.reports.pseudonyms import build_redactor, redaction_default
from desktop_app.core.reports.redaction import Redactor
from desktop_app.core.reports.relatives_named import RelativeNamed, dossier_relatives
from desktop_app.core.reports.unnamed import UnnamedPerson, anonymous_witnesses, protected_persons
from desktop_app.core.vault import Vault

Progress = Callable[[int, int], None]
# Progress is reported as (done, 1000), in shares measured on a 26-page dossier: reading the
# cases 0-20, reading and indexing whom the dossier must not name 20-100 (in a
# 100,000-testimony vault as long as laying out 30 pages), redacting the text into
# paragraphs, section by section, 100-400, placing them on pages 400-900, then stamping the
# pages and assembling the PDF (a tenth of the time, with no hook inside) 900-1000.
PROGRESS_TOTAL = 1000
CASES_READ = 20
REDACTOR_BUILT = 100
STORY_BUILT = 400
LAID_OUT = 900


class ReportFileExists(SandiqError):
    """The chosen PDF file exists already and replacing it was not allowed."""


@dataclass(frozen=True)
class DossierOptions:
    """What the user chose for a dossier."""

    redact: bool | None = None  # None: pseudonyms.redaction_default decides
    summary_only: bool = False
    language: str = "en"
    include_photos: bool = True
    include_generator_name: bool = False


@dataclass(frozen=True)
class DossierResult:
    """What was written."""

    path: Path
    pages: int
    cases: int
    testimonies: int
    withheld_testimonies: int
    is_redacted: bool
    protected_people: int
    # Whom it names in full beside a protected relative it hides (by her label only).
    relatives_named: tuple[RelativeNamed, ...] = ()


def _check_target(out: Path, overwrite: bool) -> None:
    if out.is_dir():  # an empty --out is the current folder
        raise SandiqError(f"{out} is a folder; give the PDF a file name")
    if out.exists() and not overwrite:
        raise ReportFileExists(f"{out} exists already; choose another name or allow replacing it")
    if not out.parent.is_dir():
        raise SandiqError(f"cannot write {out}: the folder does not exist")


def _pdf_date(moment: dt.datetime) -> Callable[..., str]:
    """A date formatter that stamps the PDF with the cover's time, in UTC, whatever the clock."""
    text = moment.strftime("D:%Y%m%d%H%M%S+00'00'")
    return lambda *_: text


def render_dossier(
    session: Session,
    case_ids: Sequence[UUID],
    target: BinaryIO,
    options: DossierOptions,
    generated_at: dt.datetime,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DossierResult:
    """Lay the dossier out and write the PDF bytes to target (path in the result is empty)."""
    if options.language not in LANGUAGES:
        raise InvalidInput(f"report language must be one of {', '.join(LANGUAGES)}")
    unique_ids = list(dict.fromkeys(case_ids))
    if not unique_ids:
        raise InvalidInput("choose at least one case for the dossier")

    report = _reporter(progress, cancelled, PROGRESS_TOTAL)
    fonts = register_fonts()
    labels = labels_for(options.language)
    materials = []
    for index, case_id in enumerate(unique_ids):
        report(CASES_READ * index // len(unique_ids))
        materials.append(gather_case(session, case_id))
    is_redacted, redactor, protected = _redactor(
        session, materials, options, _share(report, CASES_READ, REDACTOR_BUILT)
    )
    ctx = ReportContext(
        session=session,
        language=options.language,
        labels=labels,
        styles=Styles(fonts),
        redact=redactor,
        summary_only=options.summary_only,
        include_photos=options.include_photos,
        act_types=act_type_labels(session),
    )
    # The vault's display name is typed by its user, who may be a protected witness too.
    display_name = load_identity(session).display_name if options.include_generator_name else ""
    generated_by = ctx.redact(display_name)
    references = ctx.redact(", ".join(m.case.reference for m in materials))
    dossier_mark = PageMark(highest_sensitivity(materials), references)

    story_part = _share(report, REDACTOR_BUILT, STORY_BUILT)
    body: list[Flowable] = []
    for index, material in enumerate(materials):
        body += _case_story(
            ctx, material, lambda part, i=index: story_part((i + part) / len(materials))
        )
    body += [PageBreak(), SetPageMark(dossier_mark), *verify_appendix(ctx)]
    body = keep_leads_with_next(body)

    stamps = Stamps(
        fonts=fonts,
        contents_title=labels["contents"],
        page_label=labels["page_x_of_y"],
        marking_of=lambda sensitivity: labels.markings[sensitivity],
        mark=dossier_mark,
        lines=ctx.contents,
    )
    front = cover(ctx, materials, generated_at, generated_by, is_redacted)
    story = [
        *front,
        PageBreak(),
        *(PageSpace() for _ in range(stamps.contents_pages_needed())),
        *body,
    ]
    report(STORY_BUILT)
    doc = DossierDocTemplate(
        target,
        stamps,
        title=dossier_title(ctx, materials),
        author=generated_by,
        subject=f"{labels['subject' if len(materials) == 1 else 'subject_many']}: {references}",
        creator="",
        producer="",
        keywords="",
        lang=options.language,
        initialFontName=fonts.regular,  # not Helvetica: every font in the file is embedded
    )
    doc.setProgressCallBack(
        partial(_layout_progress, _share(report, STORY_BUILT, LAID_OUT), len(story))
    )
    doc.build(story, canvasmaker=partial(_make_canvas, stamps=stamps, date=_pdf_date(generated_at)))
    report(PROGRESS_TOTAL)
    return DossierResult(
        path=Path(),
        pages=doc.page,
        cases=len(materials),
        testimonies=sum(len(m.testimonies) for m in materials),
        withheld_testimonies=sum(m.withheld_testimonies for m in materials),
        is_redacted=is_redacted,
        protected_people=len(ctx.redact.labels),
        relatives_named=tuple(
            dossier_relatives(materials, protected, redactor, options.language)
            if is_redacted
            else ()
        ),
    )


def _reporter(
    progress: Progress | None, cancelled: Callable[[], bool] | None, total: int
) -> Callable[[int], None]:
    """report(done): raises Cancelled once cancelled() turns true, else passes done of total
    on to progress, never backwards (split flowables go back in the layout's queue)."""
    reached = [0]

    def report(done: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled("report cancelled; no file was written")
        if progress is not None and done >= reached[0]:
            reached[0] = done
            progress(done, total)

    return report


def _share(report: Callable[[int], None], start: int, end: int) -> Callable[[float], None]:
    """A report(part) for one stage of the work: part (0 to 1) of it done is start to end."""
    return lambda part: report(start + int((end - start) * min(max(part, 0.0), 1.0)))


def _redactor(
    session: Session,
    materials: Sequence[CaseMaterial],
    options: DossierOptions,
    report: Callable[[float], None],
) -> tuple[bool, Redactor, list[UnnamedPerson]]:
    """Whether the dossier is redacted, the redactor of its text, and whom it must not name.
    It reads the whole vault, so report(part) tells how much of it is done (0 to 1)."""
    protected = protected_persons(session)
    report(0.1)
    is_redacted = (
        redaction_default(materials, protected) if options.redact is None else options.redact
    )
    labels = labels_for(options.language)
    anonymous = anonymous_witnesses(session)  # reads every testimony: most of the time
    report(0.8)
    redactor = build_redactor(materials, is_redacted, labels, protected, anonymous)
    report(1.0)
    return is_redacted, redactor, protected


MAX_SUGGESTED_NAME = MAX_SUGGESTED_STEM  # characters before ".pdf"


def suggested_file_name(
    session: Session,
    case_ids: Sequence[UUID],
    options: DossierOptions,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str:
    """A file name for the dossier of these cases ("KG-2010-0007.pdf") that names nobody the
    dossier hides: the references as the dossier prints them with these options, made safe
    for any file system ("TJ-Person A-APPEAL-2023.pdf"); RecordNotFound for a missing case.
    It reads whom the dossier must not name from the whole vault, as the dossier does (seconds
    in a 100,000-testimony vault): the GUI asks on a worker, with progress(done, 100) and
    Cancelled once cancelled() turns true."""
    if options.language not in LANGUAGES:
        raise InvalidInput(f"report language must be one of {', '.join(LANGUAGES)}")
    report = _reporter(progress, cancelled, 100)
    report(0)
    materials = [gather_case(session, case_id) for case_id in dict.fromkeys(case_ids)]
    _, redactor, _ = _redactor(session, materials, options, lambda part: report(int(100 * part)))
    references = [_safe_in_file_name(redactor(m.case.reference)) for m in materials]
    name = _whole_references(references, labels_for(options.language)["and_more"])
    if not name or RESERVED_FILE_NAMES.fullmatch(name):
        name = f"dossier {name}".strip()
    return f"{name}.pdf"


def _safe_in_file_name(text: str) -> str:
    # Not file_stem_from: a reference that is a reserved name or holds no letter stays in the
    # name, joined to the others, where it is harmless ("dossier CON.pdf", "---, KG-2.pdf").
    return " ".join(NOT_IN_FILE_NAMES.sub("_", text).split()).strip(" .")


def _whole_references(references: Sequence[str], and_more: str) -> str:
    """As many whole references as fit in MAX_SUGGESTED_NAME, then "and 12 more": a reference
    cut in the middle reads as another case's."""
    references = [r for r in references if r]
    for shown in range(len(references), 0, -1):
        name = ", ".join(references[:shown])
        if shown < len(references):
            name += " " + and_more.format(n=len(references) - shown)
        if len(name) <= MAX_SUGGESTED_NAME:
            return name
    return references[0][:MAX_SUGGESTED_NAME].rstrip(" .") if references else ""


def _case_story(
    ctx: ReportContext, material: CaseMaterial, report: Callable[[float], None]
) -> list[Flowable]:
    """One case, from a new page: heading, summary, timeline, people, testimonies, attachments;
    report(part) after each section (redacting a long testimony takes as long as placing it)."""
    reference = ctx.redact(material.case.reference)
    title = ctx.labels["case_heading"].format(
        reference=reference, title=shortened(ctx.redact(material.case.title))
    )
    story = [
        PageBreak(),
        SetPageMark(PageMark(material.case.sensitivity, reference)),
        *ctx.heading(title, 0),
    ]
    sections = (
        case_sections.summary_section,
        case_sections.timeline_section,
        case_sections.people_section,
        case_sections.testimonies_section,
        attachments_section,
    )
    for done, section in enumerate(sections, start=1):
        story += section(ctx, material)
        report(done / len(sections))
    return story


def _make_canvas(
    *args: Any, stamps: Stamps, date: Callable[..., str], **kwargs: Any
) -> StampingCanvas:
    canvas = StampingCanvas(*args, stamps=stamps, **kwargs)
    canvas.setDateFormatter(date)
    return canvas


def _layout_progress(report: Callable[[float], None], total: int, kind: str, value: int) -> None:
    # ReportLab counts the flowables placed; after the last it saves the canvas (LAID_OUT).
    if kind == "PROGRESS":
        report(value / max(total, 1))


def build_dossier(
    vault: Vault,
    case_ids: Sequence[UUID],
    out: Path,
    options: DossierOptions | None = None,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    generated_at: dt.datetime | None = None,
) -> DossierResult:
    """Write the dossier of these cases to out (atomically); on any error no file is left.

    Raises ReportFileExists if out exists and overwrite is False, Cancelled if cancelled()
    turns true, RecordNotFound for a missing case, FontNotFound if no usable font is installed.
    progress(done, total) is called from the calling thread as the work advances.
    """
    options = options or DossierOptions()
    moment = (generated_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    _check_target(out, overwrite)
    check_output_path(out)  # refused now, not after minutes of layout
    # Laid out in memory, where ReportLab holds the whole PDF until its last page anyway (this
    # adds one copy of it: 26 MB for a dossier of 400 photos, each fitted to print size): a
    # temp file made first held the dossier's name for the whole layout and its plaintext,
    # left behind for good by a build killed then.
    pdf = io.BytesIO()
    with vault.read() as session:
        result = render_dossier(session, case_ids, pdf, options, moment, progress, cancelled)
    try:
        write_atomically_with(out, lambda fh: fh.write(pdf.getbuffer()), ledger=ledger_of(vault))
    except OSError as exc:
        raise SandiqError(f"cannot write {out}: {exc.strerror or exc}") from None
    return replace(result, path=out)
