"""Input widgets shared by the forms: partial dates, vocabulary pickers, checklists.

Each widget has a ``value()`` / ``set_value()`` pair in the content shape of the JSON format
(codes, 'YYYY-MM' strings, lists of codes) and a ``changed`` signal, so forms can read and
fill themselves uniformly and validate as the user types.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from desktop_app.core.reports import labels as report_labels
from desktop_app.ui.i18n import current_language, vocab_label


def focus_through(composite: QWidget, first_input: QWidget) -> None:
    """Let a field made of several widgets take the focus as one: its label's Alt+letter and
    a click on the label reach first_input. Qt gives a label's buddy the focus only if the
    buddy accepts focus itself, and a plain QWidget does not; Tab still goes from input to
    input (it passes over a widget that has a focus proxy)."""
    composite.setFocusProxy(first_input)
    composite.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _month_names(after_day: bool) -> list[str]:
    """January to December in the interface language, as a month stands alone ("март 2026")
    or after a day (Russian "10 марта 2026"). Qt's Uzbek capitalises them ("Mart"), where
    Uzbek writes them in lower case, as Sandiq's lists and dossiers do ("mart")."""
    if current_language() == "uz":
        labels = report_labels.labels_for("uz")
        return list(labels.day_months if after_day else labels.months)
    locale = QLocale()
    name = locale.monthName if after_day else locale.standaloneMonthName
    return [name(month) for month in range(1, 13)]


class PartialDateEdit(QWidget):
    """A date that may be known to the day, the month, the year, or not at all."""

    changed = Signal()
    UNKNOWN, YEAR, MONTH, DAY = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.precision = QComboBox()
        for text in (self.tr("Unknown"), self.tr("Year"), self.tr("Month"), self.tr("Full date")):
            self.precision.addItem(text)
        self.precision.setAccessibleName(self.tr("Date precision"))
        self.year = QSpinBox()
        self.year.setRange(1900, 2100)
        self.year.setAccessibleName(self.tr("Year"))
        self.month = QComboBox()
        for month, name in enumerate(_month_names(after_day=False), 1):
            self.month.addItem(name, month)
        self.month.setAccessibleName(self.tr("Month"))
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setAccessibleName(self.tr("Day"))
        self._parts = QHBoxLayout(self)
        self._parts.setContentsMargins(0, 0, 0, 0)
        # Uzbek writes the year first ("2026-yil 5-mart"). Tab follows the order the parts are
        # added in: a widget joins the focus chain when the layout makes it a child.
        if current_language() == "uz":
            parts = (self.year, self.month, self.day)
        else:
            parts = (self.day, self.month, self.year)
        for widget in (self.precision, *parts):
            self._parts.addWidget(widget)
        self._parts.addStretch(1)
        focus_through(self, self.precision)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.precision.currentIndexChanged.connect(self._sync)
        self.year.valueChanged.connect(self._sync)
        self.month.currentIndexChanged.connect(self._sync)
        self.day.valueChanged.connect(self.changed)
        self.set_value("")

    def sizeHint(self) -> QSize:
        """As wide as a full date, whatever is shown now: a form sized to fit the field keeps
        its label beside it when the day and month appear."""
        hint = super().sizeHint()
        parts = (self.precision, self.day, self.month, self.year)
        width = sum(part.sizeHint().width() for part in parts)
        width += max(self._parts.spacing(), 0) * (len(parts) - 1)
        margins = self._parts.contentsMargins()
        return QSize(max(hint.width(), width + margins.left() + margins.right()), hint.height())

    def _sync(self) -> None:
        level = self.precision.currentIndex()
        self.year.setVisible(level >= self.YEAR)
        self.month.setVisible(level >= self.MONTH)
        self.day.setVisible(level >= self.DAY)
        for index, name in enumerate(_month_names(after_day=level >= self.DAY)):
            self.month.setItemText(index, name)
        last_day = calendar.monthrange(self.year.value(), self.month.currentIndex() + 1)[1]
        self.day.setMaximum(last_day)
        self.changed.emit()

    def value(self) -> str:
        """'' (unknown), 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""
        level = self.precision.currentIndex()
        if level == self.UNKNOWN:
            return ""
        text = f"{self.year.value():04d}"
        if level >= self.MONTH:
            text += f"-{self.month.currentIndex() + 1:02d}"
        if level >= self.DAY:
            text += f"-{self.day.value():02d}"
        return text

    def set_value(self, value: str) -> None:
        """Show a partial date (anything unparseable shows as unknown). The parts it leaves
        out are today's: a user who makes the date more precise expects to start there."""
        parts = [int(p) for p in value.split("-")] if value else []
        today = QDate.currentDate()
        year, month, day = parts + [today.year(), today.month(), today.day()][len(parts) :]
        self.year.setValue(year)
        self.month.setCurrentIndex(month - 1)
        self.precision.setCurrentIndex(min(len(parts), self.DAY))
        self._sync()  # the day's maximum, for this month
        self.day.setValue(day)


class CodeCombo(QComboBox):
    """A choice among vocabulary codes, showing their translated labels."""

    changed = Signal()

    def __init__(self, codes: Sequence[str], labels: dict[str, str] | None = None) -> None:
        super().__init__()
        # Long labels (in Russian, at large text) may be cut, not push the window wider than
        # the screen; a filter bar that has the room shows them whole (show_whole_labels).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        for code in codes:
            label = (labels or {}).get(code) or vocab_label(code) or "—"
            self.addItem(label, code)
        self.currentIndexChanged.connect(self.changed)

    def show_whole_labels(self) -> None:
        """Never be narrower than the longest label: a combo box cuts its text off without an
        ellipsis ("Любая конфиденциально"), which a filter bar's short choices need not."""
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def value(self) -> str:
        """The selected code."""
        return str(self.currentData() or "")

    def set_value(self, code: str) -> None:
        """Select a code; one not offered (a colleague's own act type) is added as it is, so
        the record keeps it when something else is edited."""
        index = self.findData(code)
        if index < 0 and code:
            self.addItem(code, code)
            index = self.count() - 1
        if index >= 0:
            self.setCurrentIndex(index)


# Labels of codes a checklist is given but does not offer, by code.
DescribeUnknown = Callable[[list[str]], Mapping[str, str]]


class ChecklistBox(QListWidget):
    """Several codes (or ids) chosen from a list by ticking them.

    A code given to ``set_value`` that is not among the choices (a victim no longer a party of
    the case, an act type added by a colleague) is added to the list, ticked, and labelled by
    ``describe_unknown`` (the code itself without it): dropped, it vanished from the record at
    the next save of an unrelated change.
    """

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, describe_unknown: DescribeUnknown | None = None
    ) -> None:
        super().__init__(parent)
        self._describe_unknown = describe_unknown
        self._given_order: list[str] = []
        self._fit_rows = 0
        self.itemChanged.connect(lambda _item: self.changed.emit())
        # A name wider than the list (a long label beside it in Russian) brings a horizontal
        # scroll bar, which would cover the last row: the list grows to make room for it.
        self.horizontalScrollBar().rangeChanged.connect(self._refit)
        # Over an empty list, greyed as the form's empty text boxes say what goes in them:
        # what would be offered and where it comes from (``set_empty_hint``).
        self._empty_label = QLabel(self.viewport())
        self._empty_label.setWordWrap(True)
        self._empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._empty_label.hide()

    def set_empty_hint(self, text: str) -> None:
        """Show text while the list offers nothing to tick."""
        self._empty_label.setText(text)
        self._show_emptiness()

    def _show_emptiness(self) -> None:
        self._empty_label.setVisible(bool(self._empty_label.text()) and not self.count())
        self._refit()

    def viewportEvent(self, event: QEvent) -> bool:
        """Keep the empty list's hint over the viewport, and the list as tall as the hint's
        lines at its width."""
        if event.type() == QEvent.Type.Resize:
            margin = self.spacing() + 4  # where an item's text would begin
            self._empty_label.setGeometry(self.viewport().rect().adjusted(margin, 2, -margin, 0))
            if self._empty_label.isVisibleTo(self):
                self._refit()
        return super().viewportEvent(event)

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        """Replace the list with (code, label) pairs, keeping what was ticked (a ticked code
        the new choices lack stays, with its label)."""
        ticked = {item.data(Qt.ItemDataRole.UserRole): item.text() for item in self._ticked()}
        self.blockSignals(True)
        self.clear()
        for code, label in choices:
            self._add(code, label, ticked.pop(code, None) is not None)
        for code, label in ticked.items():
            self._add(code, label, True)
        self.blockSignals(False)
        self._show_emptiness()

    def _add(self, code: str, label: str, checked: bool) -> None:
        item = QListWidgetItem(label)
        item.setToolTip(label)  # whole, when the list is too narrow for it
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.addItem(item)

    def _ticked(self) -> list[QListWidgetItem]:
        items = (self.item(i) for i in range(self.count()))
        return [item for item in items if item.checkState() == Qt.CheckState.Checked]

    def fit_rows(self, rows: int) -> None:
        """Be as tall as this many rows at the current font (scrolling beyond)."""
        self._fit_rows = rows
        row_height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 4
        shown = min(rows, max(self.count(), 1))
        height = row_height * shown + 2 * self.frameWidth() + 2
        if self._empty_label.isVisibleTo(self):  # the hint, wrapped, in full
            hint = self._empty_label.heightForWidth(self._empty_label.width()) + 4
            height = max(height, hint + 2 * self.frameWidth() + 2)
        scroll_bar = self.horizontalScrollBar()
        if scroll_bar.maximum() > 0:
            height += scroll_bar.sizeHint().height()
        self.setFixedHeight(height)

    def _refit(self) -> None:
        if self._fit_rows:
            self.fit_rows(self._fit_rows)

    def value(self) -> list[str]:
        """The ticked codes: those given to set_value in their order, then new ones."""
        ticked = [item.data(Qt.ItemDataRole.UserRole) for item in self._ticked()]
        kept = [code for code in self._given_order if code in ticked]
        return kept + [code for code in ticked if code not in kept]

    def set_value(self, codes: Iterable[str]) -> None:
        """Tick exactly these codes, adding those the list does not offer."""
        self._given_order = list(codes)
        wanted = set(self._given_order)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            offered = item.data(Qt.ItemDataRole.UserRole)
            checked = offered in wanted
            wanted.discard(offered)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        unknown = list(dict.fromkeys(code for code in self._given_order if code in wanted))
        labels = self._describe_unknown(unknown) if unknown and self._describe_unknown else {}
        for code in unknown:
            self._add(code, labels.get(code) or code, True)
        self.blockSignals(False)
        self.changed.emit()
        if unknown:
            self._show_emptiness()


def set_height_in_lines(edit: QPlainTextEdit, lines: int) -> None:
    """Make a text box this many lines high at its font, so it grows with large text."""
    margins = edit.contentsMargins()
    frame = 2 * edit.frameWidth() + margins.top() + margins.bottom()
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + frame + 8)


def split_lines(text: str) -> list[str]:
    """Non-empty stripped lines (for 'one per line' fields)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def split_commas(text: str) -> list[str]:
    """Non-empty stripped comma-separated items (for tags)."""
    return [item.strip() for item in text.split(",") if item.strip()]
