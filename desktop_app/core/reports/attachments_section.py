"""The attachments of a case: a table with the SHA-256 of each original, and photo figures."""

from __future__ import annotations

import io
from uuid import UUID

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Spacer

from db.models import Attachment
from desktop_app.core.attachments import iter_attachment_bytes
from desktop_app.core.media_kinds import media_kind
from desktop_app.core.reports.context import GRID, ReportContext, markup
from desktop_app.core.reports.labels import format_byte_count, format_size
from desktop_app.core.reports.layout import FRAME_WIDTH
from desktop_app.core.reports.material import IMAGE_TYPES, CaseMaterial
from desktop_app.core.reports.photos import (
    MAX_FIGURE_HEIGHT,
    MAX_SOURCE_BYTES,
    CleanImage,
    TooLarge,
    clean_copy,
)
from desktop_app.core.reports.rtl import Paragraph
from desktop_app.core.reports.unnamed import former_owners


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


def _shows_protected_person(
    ctx: ReportContext, material: CaseMaterial, attachment: Attachment, former: set[UUID]
) -> bool:
    """True for photos of a protected person, from a protected witness's testimony, or whose
    file name names a protected person ("Askarov_at_the_station.jpg" attached to the case);
    also if a saved version attached it to one of them (former: whom it belonged to then)."""
    if _file_name(ctx, material, attachment) != attachment.file_name:
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


def _table(ctx: ReportContext, material: CaseMaterial) -> Flowable:
    labels, styles = ctx.labels, ctx.styles
    rows: list[list[Flowable | str]] = []
    extra: list[tuple] = []
    for number, attachment in enumerate(material.attachments, start=1):
        kind = _kind(ctx, attachment.media_type)
        name = markup(_file_name(ctx, material, attachment))
        rows.append(
            [
                Paragraph(str(number), styles.cell),
                Paragraph(f"<b>{name}</b><br/>{kind}", styles.cell),
                Paragraph(_size(ctx, attachment.size), styles.cell),
                Paragraph(markup(_owner(ctx, material, attachment)), styles.cell),
            ]
        )
        rows.append(["", Paragraph(f"SHA-256: {attachment.sha256}", styles.mono), "", ""])
        hash_row = len(rows)  # the header is row 0
        extra += [
            ("SPAN", (1, hash_row), (3, hash_row)),
            ("NOSPLIT", (0, hash_row - 1), (-1, hash_row)),
            ("LINEBELOW", (0, hash_row), (-1, hash_row), 0.3, GRID),
            ("TOPPADDING", (0, hash_row), (-1, hash_row), 0),
        ]
    header = [labels["no"], labels["file_name"], labels["size"], labels["attached_to"]]
    return ctx.grid(header, rows, [22, 255, 90, FRAME_WIDTH - 367], extra=extra, ruled=False)


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
    story.append(_table(ctx, material))
    if ctx.include_photos:
        story += _figures(ctx, material)
    return story
