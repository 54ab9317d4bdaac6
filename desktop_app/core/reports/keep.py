"""Headings and run-in labels stay on the page of what follows them.

A heading (with the facts under a testimony's heading, and any label or heading right after
it) is a *lead*: it moves to the next page unless it fits here together with the start of the
flowable it leads to: two lines of a paragraph, a table's header and first row, or the whole
of a block kept together (the timeline chart). A fixed reserve would either leave a heading
alone under too little room or push a short section ("Attachments / No attachments.") onto a
page of its own; reportlab's KeepTogether or keepWithNext would move a long first paragraph
whole to the next page, leaving half a page blank.

What is kept together is bounded: a lead taller than TALL_LEAD (the facts of a testimony whose
place runs to thousands of characters) is itself cut at the foot of the page, so only its first
lines need fit with the leads before it; the leads after it are measured again where it ends.
Kept whole, it and its heading moved to the next page and left most of a page blank.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph
from reportlab.platypus.doctemplate import FrameBreak

from desktop_app.core.reports.layout import FRAME_HEIGHT

# With this much room below the leads, a paragraph's first two lines fit: measuring it (laid
# out twice) is left for the few leads near the foot of a page. Anything else is measured: a
# table's first row may be taller (an attachment's 1,000-character file name, some 200 points).
SURE_ROOM = 150.0
TALL_LEAD = FRAME_HEIGHT / 3  # points: no heading's, label's or ordinary facts' height


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
            and self.measures()
            and not self.fits(available_width, available_height)
        ):
            frame.add_generated_content(FrameBreak)
        return 0, 0

    def measures(self) -> bool:
        """Whether the leads are to be measured here."""
        return True

    def space_above(self) -> float:
        """Points of space below the flowable before the leads that the frame has left for
        the first lead's space before to overlap (none after this zero-size flowable)."""
        return 0.0

    def fits(self, width: float, height: float) -> bool:
        """Whether the leads and the start of first fit in width × height points."""
        # The frame has taken the space below the flowable before from height already, and
        # gives the next one only what its own space before asks beyond that.
        space_after = self.space_above()
        room = height + space_after
        for flowable in self.leads:
            room -= max(space_after, flowable.getSpaceBefore())
            lead_height = flowable.wrap(width, height)[1]
            if lead_height > TALL_LEAD:  # its start is enough; the leads after it wait for it
                return room > 0 and (lead_height <= room or bool(flowable.split(width, room)))
            room -= lead_height
            space_after = flowable.getSpaceAfter()
        first = self.first
        if first is None:
            return room >= 0
        room -= max(space_after, first.getSpaceBefore())
        if room <= 0:
            return False
        if room >= SURE_ROOM and isinstance(first, Paragraph):
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


class StartAfterTall(StartTogether):
    """Zero-size, between two leads: measures the leads from the second on, with the start of
    first, only if the lead before them was tall (then they start wherever it ended). Its
    space is the lead's before it, so it leaves the gap between the two as it was."""

    _SPACETRANSFER = True

    def __init__(self, leads: list[Flowable], first: Flowable | None, after: Flowable) -> None:
        super().__init__(leads, first)
        self.after = after

    def measures(self) -> bool:
        return bool(self.after.height > TALL_LEAD)  # as the frame last measured it

    def space_above(self) -> float:
        return float(self.after.getSpaceAfter())


def _kept(leads: list[Flowable], first: Flowable | None) -> list[Flowable]:
    """leads, with a StartTogether before them and a StartAfterTall between each two."""
    kept: list[Flowable] = [StartTogether(leads, first), leads[0]]
    for index in range(1, len(leads)):
        kept += [StartAfterTall(leads[index:], first, leads[index - 1]), leads[index]]
    return kept


def keep_leads_with_next(story: Iterable[Flowable]) -> list[Flowable]:
    """story with a StartTogether before each run of leads, for the flowable after them."""
    result: list[Flowable] = []
    leads: list[Flowable] = []
    for flowable in story:
        if is_lead(flowable):
            leads.append(flowable)
            continue
        if leads:
            result += _kept(leads, None if isinstance(flowable, PageBreak) else flowable)
            leads = []
        result.append(flowable)
    if leads:
        result += _kept(leads, None)
    return result
