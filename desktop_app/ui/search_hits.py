"""Search hits in the search page's table: a model that fetches them a page at a time, and a
delegate that draws each snippet with its matched words highlighted."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Signal
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.core.search.service import SearchHit
from desktop_app.core.search.snippets import snippet_parts
from desktop_app.ui.record_list_model import ROOT, ROW_ROLE, Index
from desktop_app.ui.row_models import SearchResultModel


def snippet_html(snippet: str) -> str:
    """The snippet as HTML with its matches highlighted and everything else escaped (the
    text's own brackets, tags and ampersands are text)."""
    return "".join(
        f'<b style="background-color:#ffe680">{html.escape(text)}</b>'
        if is_match
        else html.escape(text)
        for text, is_match in snippet_parts(" ".join(snippet.split()))
    )


class SearchHitModel(SearchResultModel):
    """Search hits, a page at a time: when the view reaches the end of the list and more hits
    follow, ``more_wanted`` asks the page for the next one (fetched on a worker)."""

    more_wanted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.has_more = False
        self._is_fetching = False

    def set_rows(self, rows: Sequence[SearchHit], has_more: bool = False) -> None:
        """Replace every hit with the first page of a search (empty: clear, as on lock)."""
        self.has_more, self._is_fetching = has_more, False
        super().set_rows(rows)

    def add_page(self, hits: Sequence[SearchHit], has_more: bool) -> None:
        """Append the next page of the same search."""
        self.has_more, self._is_fetching = has_more, False
        if hits:
            first = self.rowCount()
            self.beginInsertRows(ROOT, first, first + len(hits) - 1)
            self._rows += hits
            self.endInsertRows()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        """True while more hits follow and none are being fetched."""
        return not parent.isValid() and self.has_more and not self._is_fetching

    def fetchMore(self, parent: Index = ROOT) -> None:
        """Ask for the next page (add_page delivers it)."""
        if self.canFetchMore(parent):
            self._is_fetching = True
            self.more_wanted.emit()


class SnippetDelegate(QStyledItemDelegate):
    """Draws a snippet cell with its matches highlighted."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Paint the background as usual, then the highlighted text."""
        self.initStyleOption(option, index)
        hit = index.data(ROW_ROLE)
        text = hit.snippet if isinstance(hit, SearchHit) else option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(snippet_html(text))
        painter.save()
        top = (option.rect.height() - document.size().height()) / 2
        painter.translate(option.rect.left(), option.rect.top() + max(top, 0))
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.drawContents(painter)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as one line of text."""
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 8))
