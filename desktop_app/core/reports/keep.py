"""Headings and run-in labels stay on the page of what follows them.

A heading (with the facts under a testimony's heading, and any label or heading right after
it) is a *lead*: it moves to the next page unless it fits here together with the start of the
flowable it leads to: two lines of a paragraph, a table's header and first row, or the whole
of a block kept together (the timeline chart). A fixed reserve would either leave a heading
alone under too little room or push a short section ("Attachments / No attachments.") onto a
page of its own; reportlab's KeepTogether or keepWithNext would move a long first paragraph
whole to the next page, leaving half a page blank.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable, KeepTogether, PageBreak
from reportlab.platypus.doctemplate import FrameBreak

# With this much room below the leads, any first flowable of a dossier can start: measuring it
# (a paragraph laid out twice) is left for the few leads near the foot of a page.
SURE_ROOM = 150.0


def lead(flowable: Flowable) -> Flowable:
    """flowable, marked to stay on the page of the flowable after it."""
    flowable.keeps_with_next = True  # type: ignore[attr-defined]
    return flowable


def is_lead(flowable: Flowable) -> bool:
    """Whether flowable stays on the page of the flowable after it."""
    return bool(getattr(flowable, "keeps_with_next", False))


class StartTogether(Flowable):
    """Zero-size: starts a new page unless leads fit here with the start of first."""

    def __init__(self, leads: list[Flowable], first: Flowable | None) -> None:
        super().__init__()
        self.leads = leads
        self.first = first

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if (
            frame is not None
            and not frame._atTop
            and not self.fits(available_width, available_height)
        ):
            frame.add_generated_content(FrameBreak)
        return 0, 0

    def fits(self, width: float, height: float) -> bool:
        """Whether the leads and the start of first fit in width × height points."""
        room, space_after = height, 0.0
        for flowable in self.leads:
            room -= max(space_after, flowable.getSpaceBefore()) + flowable.wrap(width, height)[1]
            space_after = flowable.getSpaceAfter()
        first = self.first
        if first is None:
            return room >= 0
        room -= max(space_after, first.getSpaceBefore())
        if room <= 0:
            return False
        if room >= SURE_ROOM and not isinstance(first, KeepTogether):
            return True
        first.canv = self.canv  # as the frame sets it before wrapping, and KeepTogether needs
        if isinstance(first, KeepTogether):  # its wrap asks for a split; _H is its height
            first.wrap(width, room)
            return bool(room >= first._H)
        if first.wrap(width, room)[1] <= room:
            return True
        return bool(first.split(width, room))  # [] if not even its start fits

    def draw(self) -> None:
        """Nothing visible."""


def keep_leads_with_next(story: Iterable[Flowable]) -> list[Flowable]:
    """story with a StartTogether before each run of leads, for the flowable after them."""
    result: list[Flowable] = []
    leads: list[Flowable] = []
    for flowable in story:
        if is_lead(flowable):
            leads.append(flowable)
            continue
        if leads:
            first = None if isinstance(flowable, PageBreak) else flowable
            result += [StartTogether(leads, first), *leads]
            leads = []
        result.append(flowable)
    if leads:
        result += [StartTogether(leads, None), *leads]
    return result
