"""The cover page and the closing appendix on verifying attachments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop_app.core.countries import country_name
from desktop_app.core.reports.context import ReportContext, markup, shortened
from desktop_app.core.reports.labels import format_moment, format_period
from desktop_app.core.reports.layout import FRAME_WIDTH, MARKING_COLORS
from desktop_app.core.reports.material import CaseMaterial
from desktop_app.core.reports.rtl import Paragraph

SENSITIVITY_ORDER = ("normal", "confidential", "restricted")


def highest_sensitivity(materials: Sequence[CaseMaterial]) -> str:
    """The most restrictive sensitivity of the cases: what the whole dossier is marked."""
    return max((m.case.sensitivity for m in materials), key=SENSITIVITY_ORDER.index)


def dossier_title(ctx: ReportContext, materials: Sequence[CaseMaterial]) -> str:
    """The title on the cover and in the PDF's metadata (redacted)."""
    if len(materials) == 1:
        return ctx.redact(materials[0].case.title)
    return ctx.labels["dossier_of_cases"].format(n=len(materials))


def _period(ctx: ReportContext, materials: Sequence[CaseMaterial]) -> str:
    """From the earliest start to the latest end; open ("since ...") if a case has no end."""
    starts = sorted(m.case.start_date for m in materials if m.case.start_date)
    ends = sorted(m.case.end_date for m in materials if m.case.end_date)
    is_open = any(m.case.start_date and not m.case.end_date for m in materials)
    end = ends[-1] if ends and not is_open else ""
    return format_period(starts[0] if starts else "", end, ctx.labels)


def cover(
    ctx: ReportContext,
    materials: Sequence[CaseMaterial],
    generated_at: dt.datetime,
    generated_by: str,
    is_redacted: bool,
) -> list[Flowable]:
    """The cover: marking, title, what the dossier covers, when and by whom it was made."""
    labels, styles = ctx.labels, ctx.styles
    sensitivity = highest_sensitivity(materials)
    banner = Table(
        [[Paragraph(markup(labels.markings[sensitivity]), styles.cover_marking)]],
        colWidths=[FRAME_WIDTH],
    )
    banner.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.fonts.bold, 15),  # tables default to Helvetica
                ("BACKGROUND", (0, 0), (-1, -1), MARKING_COLORS[sensitivity]),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    references = ", ".join(m.case.reference for m in materials)
    # By name alone: the cover is read first, by people who do not know the ISO codes.
    countries = ", ".join(
        dict.fromkeys(
            country_name(m.case.country, ctx.language) for m in materials if m.case.country
        )
    )
    counts = [
        labels["count_events"].format(n=sum(len(m.events) for m in materials)),
        labels["count_testimonies"].format(n=sum(len(m.testimonies) for m in materials)),
    ]
    withheld = sum(m.withheld_testimonies for m in materials)
    if withheld:
        counts.append(labels["count_withheld"].format(n=withheld))
    counts.append(labels["count_attachments"].format(n=sum(len(m.attachments) for m in materials)))
    rows = [
        (
            labels["reference"] if len(materials) == 1 else labels["references"],
            ctx.text(references),
        ),
        (labels["country"], ctx.text(countries)),
        (labels["period"], markup(_period(ctx, materials))),
        (labels["sensitivity"], markup(labels.sensitivities[sensitivity])),
        (labels["contains"], markup(", ".join(counts))),
        (labels["generated_at"], markup(format_moment(generated_at, labels))),
        (labels["generated_by"], markup(generated_by)),
    ]
    story: list[Flowable] = [
        banner,
        Spacer(1, 60),
        Paragraph(markup(shortened(dossier_title(ctx, materials))), styles.cover_title),
        Spacer(1, 24),
        ctx.key_values([r for r in rows if r[1]], FRAME_WIDTH),
        Spacer(1, 18),
    ]
    if len(materials) > 1:
        case_rows: list[list[Flowable | str]] = [
            [
                Paragraph(ctx.text(m.case.reference), styles.cell),
                Paragraph(markup(shortened(ctx.redact(m.case.title))), styles.cell),
                Paragraph(markup(labels.sensitivities[m.case.sensitivity]), styles.cell),
            ]
            for m in materials
        ]
        header = [labels["reference"], labels["title"], labels["sensitivity"]]
        story += [ctx.grid(header, case_rows, [90, FRAME_WIDTH - 190, 100]), Spacer(1, 18)]
    story.append(ctx.fixed(labels["redaction_on" if is_redacted else "redaction_off"], styles.note))
    if any(m.testimonies for m in materials):  # how testimonies are given, if any are
        mode = labels["mode_summary" if ctx.summary_only else "mode_full"]
        story.append(ctx.fixed(mode, styles.note))
    return story


def verify_appendix(ctx: ReportContext) -> list[Flowable]:
    """How a recipient checks an attachment against the SHA-256 listed in the dossier."""
    mono = ctx.styles.fonts.mono
    story: list[Flowable] = [*ctx.heading(ctx.labels["how_to_verify"], 0)]
    for text in ctx.labels.verify_appendix:
        # The appendix strings are the dossier's own markup (monospace commands), not case text.
        bullet = "•" if "{mono}" in text else None
        story.append(Paragraph(text.format(mono=mono), ctx.styles.body, bulletText=bullet))
    return story
