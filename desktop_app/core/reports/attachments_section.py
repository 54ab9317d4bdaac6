"""The attachments of a case: a table with the SHA-256 of each original, when each was
captured and received and the researcher's note on it, and photo figures."""

from __future__ import annotations

import datetime as dt
import io
from uuid import UUID

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Spacer

from db.models import Attachment
from desktop_app.core.attachments import iter_attachment_bytes
from desktop_app.core.dates import normalize_partial_date
from desktop_app.core.errors import InvalidInput
from desktop_app.core.media_kinds import media_kind
from desktop_app.core.reports.context import CELL_PADDING, GRID, ReportContext, markup, shortened
from desktop_app.core.reports.keep import SURE_ROOM
from desktop_app.core.reports.labels import (
    format_byte_count,
    format_moment,
    format_partial_date,
    format_size,
)
from desktop_app.core.reports.layout import FRAME_HEIGHT, FRAME_WIDTH
from desktop_app.core.reports.material import IMAGE_TYPES, CaseMaterial
from desktop_app.core.reports.name_text import normal_text
from desktop_app.core.reports.photos import (
    MAX_FIGURE_HEIGHT,
    MAX_SOURCE_BYTES,
    CleanImage,
    TooLarge,
    clean_copy,
)
from desktop_app.core.reports.rtl import Paragraph
from desktop_app.core.reports.unnamed import former_owners

# The rows of one attachment are kept on one page, and the heading above the table stays with
# them only if they start within SURE_ROOM (keep.py): with the header row, the paddings and the
# SHA-256 row, that leaves GROUP_ROOM for the file name, the times and the note. A note that
# does not fit in what is left follows the table in full (as a long event description does),
# its start in the table.
GROUP_ROOM = SURE_ROOM - 39.0  # points
MEASURED_NOTE = 1000  # characters; a longer note is long without laying it out
NOTE_START = 300  # characters of a long note's start, in at most NOTE_START_LINES lines
NOTE_START_LINES = 3
MAX_WHEN = 200  # characters of a capture time typed as free text: not an account
NAME_WIDTH = 255 - 2 * CELL_PADDING  # the file column's text
DETAILS_WIDTH = FRAME_WIDTH - 22 - 2 * CELL_PADDING  # all but the number column's


class Photo(Flowable):
    """A photo that holds only its encoded bytes until the build ends.

    reportlab's Image keeps an ImageReader, and drawing it decodes the pixels (to name the
    image by a digest of them) and keeps those too, so every photo of a dossier stayed in
    memory twice over, decoded, until the PDF was written: a gigabyte for 400 small photos.
    Here the reader lives only while the photo is drawn.
    """

    def __init__(self, clean: CleanImage, width: float, height: float) -> None:
        super().__init__()
        self.data = clean.data
        self.width, self.height = width, height
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        reader = ImageReader(io.BytesIO(self.data))
        try:
            self.canv.drawImage(reader, 0, 0, self.width, self.height, mask="auto")
        finally:
            # A reader refers to itself (its jpeg_fh), so only the cycle collector would free
            # it, and with it the decoded pixels: tens of photos at a time. Free them now.
            reader.__dict__.clear()


def _size(ctx: ReportContext, size: int) -> str:
    """'1,50 КБ<br/>1536 байт', or '14 байт': rounded for reading, exact for checking."""
    exact = markup(format_byte_count(size, ctx.labels))
    if size < 1024:
        return exact
    return f"{markup(format_size(size, ctx.labels))}<br/>{exact}"


def _kind(ctx: ReportContext, media_type: str) -> str:
    """The file's kind by name ('PDF document'); a type with no name as imported (free text)."""
    code = media_kind(media_type)
    return markup(ctx.labels.media_kinds[code]) if code else ctx.text(media_type)


def _owner(ctx: ReportContext, material: CaseMaterial, attachment: Attachment) -> str:
    labels, owner = ctx.labels, attachment.owner_id
    if attachment.owner_kind == "event":
        numbers = [n for n, e in enumerate(material.events, start=1) if e.id == owner]
        return labels["owner_event"].format(n=numbers[0]) if numbers else ""
    if attachment.owner_kind == "testimony":
        number = material.testimony_number(str(owner))
        return labels["owner_testimony"].format(n=number) if number else ""
    if attachment.owner_kind == "person" and owner in material.persons:
        return labels["owner_person"].format(name=ctx.person_name(material.persons[owner]))
    return labels["owner_case"]


def _person_of(material: CaseMaterial, attachment: Attachment) -> str | None:
    """The person an attachment belongs to: attached to him, or to his testimony."""
    if attachment.owner_kind == "person":
        return str(attachment.owner_id)
    if attachment.owner_kind == "testimony":
        for testimony in material.testimonies:
            if testimony.id == attachment.owner_id and testimony.witness_id is not None:
                return str(testimony.witness_id)
    return None


def _file_name(ctx: ReportContext, material: CaseMaterial, attachment: Attachment) -> str:
    """The attachment's file name as the dossier prints it: a spelling of its person's name
    there is his, as beside his name (IMG_Otkir.jpg of Oʻtkir's testimony)."""
    return ctx.redact.file_name(attachment.file_name, _person_of(material, attachment))


def _when(ctx: ReportContext, value: str) -> str:
    """A captured or received time as the dossier writes dates: a partial date as such, a time
    with its zone in UTC ('2 April 2024, 14:05 UTC'), a typed time without one as written, and
    anything else (imported free text) as case text, redacted."""
    value = value.strip()
    try:
        return format_partial_date(normalize_partial_date(value), ctx.labels)
    except InvalidInput:
        pass
    try:
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is not None:
            return format_moment(moment, ctx.labels)
    except (ValueError, OverflowError):  # OverflowError: in UTC, before year 1 or after 9999
        return ctx.redact(value)
    date = format_partial_date(moment.date().isoformat(), ctx.labels)
    return ctx.labels["date_time_as_written"].format(date=date, time=moment.strftime("%H:%M"))


def _times(ctx: ReportContext, attachment: Attachment) -> list[Flowable]:
    """When the file was captured and received, as a paragraph of a cell; none if neither."""
    labels = ctx.labels
    times = [
        f"<i>{markup(labels[key])}:</i> {markup(shortened(_when(ctx, value), MAX_WHEN))}"
        for key, value in (
            ("captured_at", attachment.captured_at),
            ("received_at", attachment.received_at),
        )
        if value.strip()
    ]
    return [Paragraph(" · ".join(times), ctx.styles.cell)] if times else []


def _note(
    ctx: ReportContext, number: int, attachment: Attachment, room: float
) -> tuple[list[Flowable], bool]:
    """The note as a paragraph of a cell, whole if it fits in room points, else its start,
    and whether it follows the table in full."""
    labels, style = ctx.labels, ctx.styles.cell
    if not attachment.note.strip():
        return [], False
    # Redacted whole, then cut, so that no name is cut in two.
    note = ctx.redact(attachment.note).strip()
    label = f"<i>{markup(labels['attachment_note'])}:</i> "
    if len(note) <= MEASURED_NOTE:
        whole = Paragraph(label + markup(note), style)
        if whole.wrap(DETAILS_WIDTH, FRAME_HEIGHT)[1] <= room:
            return [whole], False
    start = "\n".join(note.splitlines()[:NOTE_START_LINES])
    if len(start) > NOTE_START:
        start = start[:NOTE_START].rsplit(None, 1)[0]
    more = markup(labels["note_continued"].format(n=number))
    return [Paragraph(f"{label}{markup(start)} … <i>{more}</i>", style)], True


def _notes_in_full(ctx: ReportContext, continued: list[tuple[int, Attachment]]) -> list[Flowable]:
    """The notes continued after the table, each in full under its label."""
    story: list[Flowable] = []
    for number, attachment in continued:
        story += ctx.label(ctx.labels["note_in_full"].format(n=number))
        story += ctx.paragraphs(attachment.note)
    return story


def _shows_protected_person(
    ctx: ReportContext, material: CaseMaterial, attachment: Attachment, former: set[UUID]
) -> bool:
    """True for photos of a protected person, from a protected witness's testimony, or whose
    file name or note names a protected person ("Askarov_at_the_station.jpg" attached to the
    case; "his face after release": beside the note, printed, the figure would show whom the
    pseudonym stands for); also if a saved version attached it to one of them (former: whom
    it belonged to then)."""
    # Compared composed: the redactor returns a name so, and one stored decomposed (as macOS
    # writes "й", kept so by older vaults and bundles) would otherwise always differ.
    if normal_text(_file_name(ctx, material, attachment)) != normal_text(attachment.file_name):
        return True
    if normal_text(ctx.redact(attachment.note)) != normal_text(attachment.note):
        return True
    if any(ctx.redact.must_not_name(str(person)) for person in former):
        return True
    person = _person_of(material, attachment)
    if person is None:
        return False
    if attachment.owner_kind == "person":
        return ctx.redact.label(person) is not None
    # must_not_name, not label: a deleted witness has a label only once named.
    return ctx.redact.must_not_name(person)


def _table(
    ctx: ReportContext, material: CaseMaterial
) -> tuple[Flowable, list[tuple[int, Attachment]]]:
    """The attachments table, and the attachments whose note follows it in full."""
    labels, styles = ctx.labels, ctx.styles
    rows: list[list[Flowable | str]] = []
    extra: list[tuple] = []
    continued: list[tuple[int, Attachment]] = []
    for number, attachment in enumerate(material.attachments, start=1):
        kind = _kind(ctx, attachment.media_type)
        name = markup(_file_name(ctx, material, attachment))
        name_cell = Paragraph(f"<b>{name}</b><br/>{kind}", styles.cell)
        rows.append(
            [
                Paragraph(str(number), styles.cell),
                name_cell,
                Paragraph(_size(ctx, attachment.size), styles.cell),
                Paragraph(markup(_owner(ctx, material, attachment)), styles.cell),
            ]
        )
        first = len(rows)  # the header is row 0
        rows.append(["", Paragraph(f"SHA-256: {attachment.sha256}", styles.mono), "", ""])
        times = _times(ctx, attachment)
        room = GROUP_ROOM - sum(
            p.wrap(w, FRAME_HEIGHT)[1]
            for p, w in ((name_cell, NAME_WIDTH), *((t, DETAILS_WIDTH) for t in times))
        )
        note, is_continued = _note(ctx, number, attachment, room)
        if is_continued:
            continued.append((number, attachment))
        if times or note:
            rows.append(["", [*times, *note], "", ""])
        last = len(rows)
        extra += [
            *(("SPAN", (1, row), (3, row)) for row in range(first + 1, last + 1)),
            ("NOSPLIT", (0, first), (-1, last)),
            ("LINEBELOW", (0, last), (-1, last), 0.3, GRID),
            ("TOPPADDING", (0, first + 1), (-1, last), 0),
        ]
    header = [labels["no"], labels["file_name"], labels["size"], labels["attached_to"]]
    widths = [22, 255, 90, FRAME_WIDTH - 367]
    table = ctx.grid(header, rows, widths, extra=extra, ruled=False)
    if continued:  # the first note in full would touch the table's last rule
        table.spaceAfter = 8
    return table, continued


def _figures(ctx: ReportContext, material: CaseMaterial) -> list[Flowable]:
    labels = ctx.labels
    groups: list[list[Flowable]] = []  # each kept on one page
    withheld = 0
    photos = [a for a in material.attachments if a.media_type in IMAGE_TYPES]
    former = former_owners(ctx.session, photos)
    for number, attachment in enumerate(material.attachments, start=1):
        if attachment.media_type not in IMAGE_TYPES:
            continue
        if _shows_protected_person(ctx, material, attachment, former.get(attachment.id, set())):
            withheld += 1
            continue
        name = _file_name(ctx, material, attachment)
        clean = None
        if attachment.size <= MAX_SOURCE_BYTES:
            clean = clean_copy(b"".join(iter_attachment_bytes(ctx.session, attachment.id)))
        if isinstance(clean, TooLarge):
            too_large = labels["photo_too_large"].format(name=name, n=clean.megapixels)
            groups.append([ctx.fixed(too_large, ctx.styles.note)])
            continue
        if clean is None:
            groups.append(
                [ctx.fixed(labels["photo_unreadable"].format(name=name), ctx.styles.note)]
            )
            continue
        scale = min(FRAME_WIDTH / clean.width, MAX_FIGURE_HEIGHT / clean.height, 1.0)
        image = Photo(clean, clean.width * scale, clean.height * scale)
        caption = markup(labels["figure"].format(n=number, name=name))
        groups.append([Spacer(1, 8), image, Spacer(1, 3), Paragraph(caption, ctx.styles.caption)])
    notes = [ctx.fixed(labels["figure_note"], ctx.styles.note)] if groups else []
    if withheld:
        notes.append(ctx.fixed(labels["photos_withheld"].format(n=withheld), ctx.styles.note))
    if not groups:
        return notes
    # The notes go with the last figure: alone at the top of a page they read as orphans of
    # nothing (a whole page holding one line of "copies were re-encoded").
    groups[-1] += notes
    return [KeepTogether(group) for group in groups]


def attachments_section(ctx: ReportContext, material: CaseMaterial) -> list[Flowable]:
    """The attachments table and, if asked for, the photos as figures."""
    story: list[Flowable] = [*ctx.heading(ctx.labels["attachments"], 1)]
    if not material.attachments:
        return [*story, ctx.fixed(ctx.labels["no_attachments"], ctx.styles.note)]
    table, continued = _table(ctx, material)
    story += [table, *_notes_in_full(ctx, continued)]
    if ctx.include_photos:
        story += _figures(ctx, material)
    return story
