"""Page layout of a dossier: styles, headings, the contents, and what every page carries.

The document is laid out in one pass. Pages are kept on the canvas until the end, when the
total is known; only then each page gets its header and footer (sensitivity marking,
reference, "page X of Y"), its bookmarks, and, on the pages reserved for it, the table of
contents. The contents can be reserved before layout because the headings are known before
layout: only their page numbers are not, and those are recorded as each heading is placed. This
keeps a dossier at the cost of one layout, where reportlab's TableOfContents needs two or more.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop_app.core.reports.fonts import RegisteredFonts
from desktop_app.core.reports.rtl import Paragraph, shape, visual_line

PAGE_SIZE = A4
MARGIN_X = 56.0
MARGIN_TOP = 64.0
MARGIN_BOTTOM = 58.0
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM
MARKING_COLORS = {
    "normal": colors.HexColor("#555555"),
    "confidential": colors.HexColor("#b35900"),
    "restricted": colors.HexColor("#b00020"),
}
GRID = colors.HexColor("#bbbbbb")  # the rules of tables
CONTENTS_TITLE_SPACE = 44.0
CONTENTS_LINE = {0: 20.0, 1: 15.0}


@dataclass
class Styles:
    """Paragraph styles of a dossier, all in the embedded font."""

    fonts: RegisteredFonts
    body: ParagraphStyle = field(init=False)
    small: ParagraphStyle = field(init=False)
    cell: ParagraphStyle = field(init=False)
    cell_bold: ParagraphStyle = field(init=False)
    mono: ParagraphStyle = field(init=False)
    note: ParagraphStyle = field(init=False)
    caption: ParagraphStyle = field(init=False)
    headings: dict[int, ParagraphStyle] = field(init=False)
    cover_title: ParagraphStyle = field(init=False)
    cover_marking: ParagraphStyle = field(init=False)

    def __post_init__(self) -> None:
        f = self.fonts
        self.body = ParagraphStyle(
            "body",
            fontName=f.regular,
            bulletFontName=f.regular,
            fontSize=10,
            leading=14,
            spaceAfter=6,
        )
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=11.5)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8.5, leading=11, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=f.bold)
        self.mono = ParagraphStyle("mono", parent=self.cell, fontName=f.mono, fontSize=7.5)
        self.note = ParagraphStyle(
            "note", parent=self.small, fontName=f.italic, textColor=colors.HexColor("#444444")
        )
        self.caption = ParagraphStyle("caption", parent=self.note, alignment=TA_CENTER)
        self.headings = {
            0: ParagraphStyle(
                "h0", parent=self.body, fontName=f.bold, fontSize=17, leading=22, spaceAfter=10
            ),
            1: ParagraphStyle(
                "h1",
                parent=self.body,
                fontName=f.bold,
                fontSize=13,
                leading=17,
                spaceBefore=12,
                spaceAfter=6,
            ),
            2: ParagraphStyle(
                "h2",
                parent=self.body,
                fontName=f.bold,
                fontSize=11,
                leading=15,
                spaceBefore=10,
                spaceAfter=4,
            ),
        }
        self.cover_title = ParagraphStyle(
            "cover_title", parent=self.body, fontName=f.bold, fontSize=24, leading=30
        )
        self.cover_marking = ParagraphStyle(
            "cover_marking",
            parent=self.body,
            fontName=f.bold,
            fontSize=15,
            leading=20,
            textColor=colors.white,
            alignment=TA_CENTER,
        )


_keys = itertools.count()


class Heading(Paragraph):
    """A section heading; it becomes a bookmark, and a contents line if in_contents."""

    def __init__(
        self, markup: str, plain: str, style: ParagraphStyle, level: int, in_contents: bool
    ):
        super().__init__(markup, style)
        self.markup = markup
        self.plain = plain
        self.level = level
        self.in_contents = in_contents
        self.key = f"s{next(_keys)}"

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Nothing (the heading moves whole to the next page) if it fits on a page; else an
        anchor that takes the heading's bookmark and contents line, and the heading's text cut
        as a paragraph's is. (reportlab's own split would build more Headings, each with a
        new key, through a constructor that takes other arguments.)"""
        if self.wrap(available_width, FRAME_HEIGHT)[1] <= FRAME_HEIGHT:
            return []
        parts = Paragraph(self.markup, self.style).split(available_width, available_height)
        return [HeadingAnchor(self), *parts] if parts else []


class HeadingAnchor(Flowable):
    """Zero-size marker where a heading too long for one page starts: its bookmark target."""

    def __init__(self, heading: Heading) -> None:
        super().__init__()
        self.heading = heading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        """Nothing visible: the doc template records where it was placed."""


class PageSpace(Flowable):
    """Takes up a whole page; the contents are drawn on it at the end."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, FRAME_HEIGHT - 0.01

    def draw(self) -> None:
        """Nothing to draw until the page numbers are known."""


@dataclass(frozen=True)
class PageMark:
    """What a page's header and footer show."""

    sensitivity: str
    reference: str


class SetPageMark(Flowable):
    """Zero-size marker: pages from here on carry this sensitivity and reference."""

    def __init__(self, mark: PageMark) -> None:
        super().__init__()
        self.mark = mark

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        """Nothing visible: the doc template reads the mark after it is placed."""


@dataclass
class ContentsLine:
    """One line of the contents: a heading's text and level, and the page it landed on."""

    level: int
    text: str
    key: str
    page: int = 0


@dataclass
class Stamps:
    """What is drawn on pages once the layout is done; filled while pages are laid out."""

    fonts: RegisteredFonts
    contents_title: str
    page_label: str  # "page {page} of {pages}"
    marking_of: Callable[[str], str]
    mark: PageMark
    lines: dict[str, ContentsLine] = field(default_factory=dict)  # by heading key
    page_marks: list[PageMark] = field(default_factory=list)
    contents_pages: list[int] = field(default_factory=list)
    bookmarks: dict[int, list[tuple[Heading, float]]] = field(default_factory=dict)
    _forms: dict[PageMark, str] = field(default_factory=dict)

    def contents_pages_needed(self) -> int:
        """How many pages the contents take, given the heading list."""
        return len(self._paginate())

    def _paginate(self) -> list[list[ContentsLine]]:
        pages: list[list[ContentsLine]] = [[]]
        room = FRAME_HEIGHT - CONTENTS_TITLE_SPACE
        for line in self.lines.values():
            height = CONTENTS_LINE[line.level]
            if height > room:
                pages.append([])
                room = FRAME_HEIGHT
            pages[-1].append(line)
            room -= height
        return pages

    def stamp(self, canvas: Canvas, page: int, pages: int) -> None:
        """Header, footer, bookmarks and (if reserved) contents of one page."""
        mark = self.page_marks[page - 1] if page <= len(self.page_marks) else self.mark
        self._header_footer(canvas, mark, page, pages)
        for heading, y in self.bookmarks.get(page, []):
            canvas.bookmarkHorizontal(heading.key, 0, y)
            canvas.addOutlineEntry(
                heading.plain, heading.key, heading.level, closed=heading.level > 0
            )
        if page in self.contents_pages:
            index = self.contents_pages.index(page)
            pagination = self._paginate()
            if index < len(pagination):
                self._draw_contents(canvas, pagination[index], first=index == 0)

    def _header_footer(self, canvas: Canvas, mark: PageMark, page: int, pages: int) -> None:
        # The parts that repeat are drawn once per mark into a form, which every page reuses.
        form = self._forms.get(mark)
        if form is None:
            form = self._forms[mark] = f"pagemark{len(self._forms)}"
            canvas.beginForm(form)
            self._draw_mark(canvas, mark)
            canvas.endForm()
        canvas.doForm(form)
        canvas.saveState()
        canvas.setFont(self.fonts.regular, 9)
        label = self.page_label.format(page=page, pages=pages)
        canvas.drawRightString(PAGE_SIZE[0] - MARGIN_X, 30, label)
        canvas.restoreState()

    def _draw_mark(self, canvas: Canvas, mark: PageMark) -> None:
        """Marking at top and bottom, reference at top right, and the rules under and above."""
        width, height = PAGE_SIZE
        f = self.fonts
        marking = self.marking_of(mark.sensitivity)
        canvas.setFillColor(MARKING_COLORS[mark.sensitivity])
        canvas.setFont(f.bold, 9)
        canvas.drawString(MARGIN_X, height - 36, marking)
        canvas.drawString(MARGIN_X, 30, marking)
        canvas.setFillColor(colors.black)
        canvas.setFont(f.regular, 9)
        reference = visual_line(_fit(shape(mark.reference), f.regular, 9, FRAME_WIDTH / 2))
        canvas.drawRightString(width - MARGIN_X, height - 36, reference)
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, height - 42, width - MARGIN_X, height - 42)
        canvas.line(MARGIN_X, 42, width - MARGIN_X, 42)

    def _draw_contents(self, canvas: Canvas, lines: list[ContentsLine], first: bool) -> None:
        f = self.fonts
        top = PAGE_SIZE[1] - MARGIN_TOP
        canvas.saveState()
        if first:
            canvas.setFont(f.bold, 17)
            canvas.drawString(MARGIN_X, top - 20, self.contents_title)
            top -= CONTENTS_TITLE_SPACE
        right = PAGE_SIZE[0] - MARGIN_X
        for line in lines:
            height = CONTENTS_LINE[line.level]
            y = top - height + 5
            font, size = (f.bold, 10.5) if line.level == 0 else (f.regular, 9.5)
            indent = MARGIN_X + 16 * line.level
            number = str(line.page)
            room = right - indent - stringWidth(number, font, size) - 24
            text = _fit(shape(line.text), font, size, room)
            canvas.setFont(font, size)
            canvas.drawString(indent, y, visual_line(text))
            canvas.drawRightString(right, y, number)
            dots_from = indent + stringWidth(text, font, size) + 6
            dots_to = right - stringWidth(number, font, size) - 6
            if dots_to > dots_from:
                canvas.setDash(1, 3)
                canvas.setStrokeColor(colors.HexColor("#888888"))
                canvas.line(dots_from, y, dots_to, y)
                canvas.setDash()
            canvas.linkAbsolute("", line.key, (indent, y - 3, right, y + size))
            top -= height
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """text shortened with an ellipsis to fit width."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 10))]
    return text.rstrip() + "…"


class StampingCanvas(Canvas):
    """A canvas that holds every page until save(), then stamps them with the final total."""

    def __init__(self, *args: Any, stamps: Stamps, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._stamps = stamps
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            # The annotation counter numbers link names document-wide: never rewind it.
            annotations: int = self.__dict__["_annotationCount"]
            self.__dict__.update(state)
            self.__dict__["_annotationCount"] = max(annotations, state["_annotationCount"])
            self._stamps.stamp(self, number, total)
            super().showPage()
        super().save()


class DossierDocTemplate(BaseDocTemplate):
    """One frame per page; records where headings, marks and contents pages land."""

    def __init__(self, target: Any, stamps: Stamps, **kwargs: Any) -> None:
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kwargs,
        )
        self.stamps = stamps
        self._mark = stamps.mark
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._page_end)])

    def _page_end(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.stamps.page_marks.append(self._mark)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, SetPageMark):
            self._mark = flowable.mark
        elif isinstance(flowable, PageSpace):
            self.stamps.contents_pages.append(self.page)
        elif isinstance(flowable, Heading | HeadingAnchor):
            top = self.frame._y + flowable.height  # the frame's cursor is just below it
            heading = flowable.heading if isinstance(flowable, HeadingAnchor) else flowable
            self.stamps.bookmarks.setdefault(self.page, []).append((heading, top))
            line = self.stamps.lines.get(heading.key)
            if line is not None:
                line.page = self.page
