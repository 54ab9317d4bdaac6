"""The sections of one case: summary and violation types, timeline, people, testimonies."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

from reportlab.platypus import Flowable, KeepTogether, Spacer

from db.models import Event, Person, Testimony
from desktop_app.core.countries import country_name, is_country_code
from desktop_app.core.reports.context import ReportContext, markup
from desktop_app.core.reports.facts import Facts
from desktop_app.core.reports.keep import lead
from desktop_app.core.reports.labels import format_partial_date, format_period, role_label
from desktop_app.core.reports.layout import FRAME_WIDTH
from desktop_app.core.reports.material import CaseMaterial
from desktop_app.core.reports.name_scripts import spelling_for
from desktop_app.core.reports.rtl import Paragraph
from desktop_app.core.reports.timeline_chart import ChartEvent, timeline_drawing

LONG_DESCRIPTION = 1200  # characters; longer descriptions follow the table in full


def _country(code: str, language: str) -> str:
    """The case's country by name, with the code it is filed under: "Uzbekistan (UZ)"."""
    if not is_country_code(code):
        return code
    return f"{country_name(code, language)} ({code.upper()})"


def summary_section(ctx: ReportContext, material: CaseMaterial) -> list[Flowable]:
    """Case facts, summary and violation types."""
    case, labels = material.case, ctx.labels
    rows = [
        (labels["reference"], ctx.text(case.reference)),
        (labels["title"], ctx.text(case.title)),
        (labels["status"], markup(labels.case_statuses.get(case.status, case.status))),
        (labels["country"], ctx.text(_country(case.country, ctx.language))),
        (labels["region"], ctx.text(case.region)),
        (labels["place"], ctx.text(case.place)),
        (labels["period"], markup(format_period(case.start_date, case.end_date, labels))),
        (labels["sensitivity"], markup(labels.sensitivities[case.sensitivity])),
        (labels["tags"], ctx.text(", ".join(case.tags))),
    ]
    story: list[Flowable] = [
        *ctx.heading(labels["case_summary"], 1),
        ctx.key_values([r for r in rows if r[1]], FRAME_WIDTH),
        Spacer(1, 8),
        *ctx.paragraphs(case.summary),
    ]
    if case.violation_types:
        story += ctx.heading(labels["violation_types"], 2, in_contents=False)
        story += [
            Paragraph(markup(ctx.act_label(code)), ctx.styles.body, bulletText="•")
            for code in case.violation_types
        ]
    return story


def _names(ctx: ReportContext, material: CaseMaterial, person_ids: list[str]) -> str:
    persons = (material.persons.get(UUID(pid)) for pid in person_ids)
    return ", ".join(ctx.person_name(p) for p in persons if p is not None)


def _is_long(event: Event) -> bool:
    return len(event.description) > LONG_DESCRIPTION


def _event_cell(
    ctx: ReportContext, material: CaseMaterial, number: int, event: Event
) -> list[Flowable]:
    labels, small = ctx.labels, ctx.styles.cell
    if _is_long(event):
        # A table row cannot be laid out across pages cheaply: the start goes in the table,
        # the whole description after it.
        start = ctx.redact(event.description)[: LONG_DESCRIPTION // 2].rsplit(None, 1)[0]
        more = labels["continued"].format(n=number)
        cell: list[Flowable] = [Paragraph(f"{markup(start)} … <i>{markup(more)}</i>", small)]
    else:
        cell = [*ctx.paragraphs(event.description, small)]
    numbers = sorted(
        n for n in (material.testimony_number(source) for source in event.sources) if n is not None
    )
    sources = ", ".join(labels["owner_testimony"].format(n=n) for n in numbers)
    for key, value in (
        ("victims", markup(_names(ctx, material, event.victims))),
        ("perpetrators", markup(_names(ctx, material, event.perpetrators))),
        ("institutions", ctx.text(", ".join(event.institutions))),
        ("sources", markup(sources)),
    ):
        if value:
            cell.append(Paragraph(f"<i>{markup(labels[key])}:</i> {value}", small))
    return cell


def timeline_section(ctx: ReportContext, material: CaseMaterial) -> list[Flowable]:
    """The timeline chart and the table of events, by date."""
    labels = ctx.labels
    story: list[Flowable] = [*ctx.heading(labels["timeline"], 1)]
    if not material.events:
        return [*story, ctx.fixed(labels["no_events"], ctx.styles.note)]
    chart_events = [
        ChartEvent(number, e.date, ctx.act_label(e.act_type))
        for number, e in enumerate(material.events, start=1)
    ]
    drawing = timeline_drawing(
        chart_events, FRAME_WIDTH, ctx.styles.fonts.regular, ctx.styles.fonts.bold, labels
    )
    if drawing is not None:
        notes = [ctx.fixed(labels["chart_caption"], ctx.styles.note)]
        undated = sum(1 for e in material.events if not e.date)
        if undated:
            notes.append(ctx.fixed(labels["undated_not_drawn"].format(n=undated), ctx.styles.note))
        story += [KeepTogether([drawing, Spacer(1, 4), *notes]), Spacer(1, 8)]
    rows: list[list[Flowable | str]] = [
        [
            Paragraph(str(number), ctx.styles.cell),
            Paragraph(markup(format_partial_date(e.date, labels)), ctx.styles.cell),
            Paragraph(markup(ctx.act_label(e.act_type)), ctx.styles.cell),
            ctx.para(e.place, ctx.styles.cell),
            _event_cell(ctx, material, number, e),
        ]
        for number, e in enumerate(material.events, start=1)
    ]
    header = [
        labels["no"],
        labels["date"],
        labels["act_type"],
        labels["place"],
        labels["description"],
    ]
    widths = [22, 72, 88, 76, FRAME_WIDTH - 258]
    story.append(ctx.grid(header, rows, widths))
    for number, event in enumerate(material.events, start=1):
        if _is_long(event):
            story += ctx.label(labels["event_in_full"].format(n=number))
            story += ctx.paragraphs(event.description)
    return story


def _person_details(ctx: ReportContext, person: Person) -> str:
    labels = ctx.labels
    if ctx.redact.label(str(person.id)):
        return markup(labels["details_withheld"])
    parts = [
        labels.sexes.get(person.sex, "") if person.sex else "",
        labels["born"].format(date=format_partial_date(person.birth_date, labels))
        if person.birth_date
        else "",
    ]
    fixed = [markup(p) for p in parts if p]
    free = [ctx.text(v) for v in (person.nationality, person.ethnicity, person.occupation) if v]
    # The spelling the row is headed by (see _name_cell) is not repeated here.
    other_names = [n for n in person.other_names if n != _spelling(ctx, person)]
    if other_names:
        names = ctx.text(", ".join(other_names))
        before, _, after = labels["also_known_as"].partition("{names}")
        free.append(markup(before) + names + markup(after))
    return "; ".join(fixed + free)


def _spelling(ctx: ReportContext, person: Person) -> str:
    return spelling_for(person.name, person.other_names, ctx.language)


def _name_cell(ctx: ReportContext, person: Person, shown: str) -> str:
    """The People table's name cell, as markup: the name shown, and under a spelling in the
    dossier's script the name they are recorded under, "Dilorom Gʻaniyeva (Дилором Ғаниева)",
    so that a reader can match it with the sources."""
    if ctx.redact.label(str(person.id)) or _spelling(ctx, person) == person.name:
        return markup(shown)
    # On a line of its own: the column is narrow, and a name cut inside the brackets misreads.
    return f"{markup(shown)}<br/>({ctx.text(person.name)})"


def _roles(ctx: ReportContext, person: Person, roles: list[str]) -> str:
    # A protected person's role stays in the plain form: "Пострадавшая" beside "Лицо А"
    # would tell her sex, which her withheld details hide.
    sex = "" if ctx.redact.label(str(person.id)) else person.sex
    return ", ".join(role_label(role, sex, ctx.labels) for role in roles)


def people_section(ctx: ReportContext, material: CaseMaterial) -> list[Flowable]:
    """Everyone linked to the case, with roles; protected people by label only."""
    labels = ctx.labels
    story: list[Flowable] = [*ctx.heading(labels["people"], 1)]
    if not material.roles:
        return [*story, ctx.fixed(labels["no_people"], ctx.styles.note)]
    # Sorted by the name shown, so the order never hints at a protected person's real name.
    shown = sorted(
        ((ctx.person_name(material.persons[pid]), pid) for pid in material.roles),
        key=lambda item: item[0].casefold(),
    )
    rows: list[list[Flowable | str]] = [
        [
            Paragraph(_name_cell(ctx, material.persons[pid], name), ctx.styles.cell_bold),
            Paragraph(
                markup(_roles(ctx, material.persons[pid], material.roles[pid])), ctx.styles.cell
            ),
            Paragraph(_person_details(ctx, material.persons[pid]), ctx.styles.cell),
        ]
        for name, pid in shown
    ]
    header = [labels["name"], labels["role"], labels["details"]]
    return [*story, ctx.grid(header, rows, [150, 110, FRAME_WIDTH - 260])]


def _consent(ctx: ReportContext, testimony: Testimony) -> str:
    labels = ctx.labels
    if not testimony.consent_given:
        return labels["consent_not_given"]
    scopes = [labels.consent_scopes.get(s, s) for s in testimony.consent_scope]
    if testimony.consent_anonymise and "anonymised_only" not in testimony.consent_scope:
        scopes.append(labels.consent_scopes["anonymised_only"])
    return labels["consent_given"].format(scopes=", ".join(scopes))


def _testimony(
    ctx: ReportContext, material: CaseMaterial, number: int, testimony: Testimony
) -> Iterator[Flowable]:
    labels = ctx.labels
    witness = material.persons.get(testimony.witness_id) if testimony.witness_id else None
    witness_name = ctx.person_name(witness) if witness else labels["unnamed_witness"]
    if testimony.date and testimony.time:  # the time as typed: its zone is not recorded
        date = format_partial_date(testimony.date, labels)
        when = labels["date_time_as_written"].format(date=date, time=testimony.time)
    elif testimony.date:
        when = format_partial_date(testimony.date, labels)
    else:  # "Date: 15:48" alone would read as a date
        when = labels["time_without_date"].format(time=testimony.time) if testimony.time else ""
    language = labels.language_names.get(testimony.language.lower(), testimony.language)
    facts = [
        (labels["date"], when),
        (labels["place"], ctx.redact(testimony.place)),
        (labels["language"], ctx.redact(language)),
        (labels["interviewer"], ctx.redact(testimony.interviewer)),
        (labels["interpreter"], ctx.redact(testimony.interpreter)),
        (labels["consent"], _consent(ctx, testimony)),
        (labels["status"], labels.testimony_statuses.get(testimony.status, testimony.status)),
    ]
    fonts = ctx.styles.fonts
    yield from ctx.heading(
        labels["testimony_n"].format(n=number, witness=witness_name),
        2,
        in_contents=False,
        then=Facts([(name, value) for name, value in facts if value], fonts.regular, fonts.bold),
    )
    if ctx.summary_only or testimony.summary:
        yield from ctx.label(labels["summary"])
        if testimony.summary:
            yield from ctx.paragraphs(testimony.summary)
        else:
            yield ctx.fixed(labels["no_summary"], ctx.styles.note)
    if ctx.summary_only:
        return
    if testimony.summary:  # tell the summary from the account that follows it
        yield from ctx.label(labels["narrative"])
    yield from ctx.paragraphs(testimony.narrative)
    translation = testimony.translations.get(ctx.language)
    if translation and testimony.language.lower() != ctx.language:
        language_name = labels.language_names[ctx.language]
        yield from ctx.label(labels["translation"].format(language=language_name))
        yield from ctx.paragraphs(translation)


def testimonies_section(ctx: ReportContext, material: CaseMaterial) -> list[Flowable]:
    """Testimonies the witnesses consented to for reports, and how many were left out."""
    labels = ctx.labels
    testimonies = [
        list(_testimony(ctx, material, number, testimony))
        for number, testimony in enumerate(material.testimonies, start=1)
    ]
    story: list[Flowable] = [*ctx.heading(labels["testimonies"], 1)]
    if material.withheld_testimonies:
        line = labels["withheld_testimonies"].format(n=material.withheld_testimonies)
        note = ctx.fixed(line, ctx.styles.note)
        # A lead with the heading when testimonies follow: alone with it at a page's foot, it
        # left the section empty there (keep.py).
        story.append(lead(note) if testimonies else note)
    if not testimonies:
        story.append(ctx.fixed(labels["no_testimonies"], ctx.styles.note))
    for flowables in testimonies:
        story += flowables
    return story
