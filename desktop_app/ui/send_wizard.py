"""Exchange > Send a bundle: a wizard asking what to send (every change since the last bundle,
or chosen cases), to whom, and where to write it, suggesting a new file in the user's Documents
or where the last bundle went. The Exchange page writes the bundle."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.core.exchange.contacts import ContactInfo
from desktop_app.core.exchange.export_plan import ExportPlan
from desktop_app.ui.exchange_dialogs import bundle_filter
from desktop_app.ui.file_dialogs import choose_file_to_save, usual_folder
from desktop_app.ui.i18n import fill
from desktop_app.ui.tasks import Progress, Result, Task, run_task

BUNDLE_SUFFIX = ".sandiq"
# What a bundle to these recipients (key ids) of these cases (none: every change since the last
# bundle) would carry: how many protected people under their real names, and to whom everything
# again. Run on a worker: it reads the vault (seconds in a large one).
PlanExport = Callable[[Sequence[str], Sequence[str]], ExportPlan]
# How long the last step waits for that count before it shows "Counting…": a small vault's
# count is there at once, without a flash of "Counting…"; a large one's takes seconds.
COUNT_WAIT_MS = 100


def _checklist(accessible_name: str) -> QListWidget:
    box = QListWidget()
    box.setAccessibleName(accessible_name)
    box.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    return box


def _checked(box: QListWidget) -> list[str]:
    return [
        box.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    ]


def _add_choice(box: QListWidget, text: str, value: str, tooltip: str = "") -> None:
    item = QListWidgetItem(text, box)
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    item.setToolTip(tooltip)


class _Step(QWizardPage):
    """A wizard step whose Next (or Finish) button is enabled only once is_ready() is true.

    Every step has a subtitle: Qt draws a step without one in another, larger style, and the
    steps looked like parts of different dialogs.
    """

    def __init__(self, title: str, subtitle: str, is_ready: Callable[[], bool]) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._is_ready = is_ready

    def isComplete(self) -> bool:
        """Qt asks this whenever completeChanged is emitted."""
        return self._is_ready()


def new_bundle_path(folder: Path, today: date) -> Path:
    """sandiq-bundle-2026-11-26.sandiq in folder, or -2, -3... if that is taken.

    Only the date: a colleague's name in it would tell whoever sees the file on a memory stick
    or in a mail who sends case data to whom (contact names are often real names), and the
    bundle itself already says who may open it.
    """
    stem = f"sandiq-bundle-{today.isoformat()}"
    candidate, number = folder / f"{stem}{BUNDLE_SUFFIX}", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{BUNDLE_SUFFIX}"
    return candidate


class ExportWizard(QWizard):
    """Three steps: what to send (cases or every change), to whom, and where to write it (a
    new file in folder if given, else where the file dialogs open: the folder last chosen,
    the user's Documents or home). The last step says how many protected people the bundle
    names by their real names, and that a since-last bundle carries everything again to a
    colleague whose vault went back, when the caller can plan the bundle: planned on a worker,
    and the bundle cannot be written before the user has seen the plan."""

    def __init__(
        self,
        cases: Sequence[tuple[str, str]],
        contacts: Sequence[ContactInfo],
        parent: QWidget | None = None,
        folder: Path | None = None,
        plan: PlanExport | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self.count_task: Task | None = None
        self._protected_count: int | None = None  # None while (or until) it is counted
        self._counts_asked = 0  # a count asked for an earlier choice is dropped
        self.setWindowTitle(self.tr("Send a bundle"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # Qt ships no Uzbek catalogue of its own: the wizard's buttons are ours to translate.
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Write bundle")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
        what = _Step(
            self.tr("What to send"),
            self.tr("Choose what the bundle carries to your colleagues."),
            self._what_is_chosen,
        )
        self.since_last_radio = QRadioButton(self.tr("Everything changed since the last bundle"))
        self.cases_radio = QRadioButton(self.tr("These cases, with their people and files:"))
        self.since_last_radio.setChecked(True)
        self.case_list = _checklist(self.tr("Cases"))
        for reference, title in cases:
            text = f"{reference} — {title}"
            _add_choice(self.case_list, text, reference, text)
        self.case_list.setEnabled(False)
        self.cases_radio.toggled.connect(self.case_list.setEnabled)
        self.cases_radio.toggled.connect(what.completeChanged)
        self.case_list.itemChanged.connect(what.completeChanged)
        layout = QVBoxLayout(what)
        for widget in (self.since_last_radio, self.cases_radio, self.case_list):
            layout.addWidget(widget)
        who = _Step(
            self.tr("Who may open it"),
            self.tr("Tick each colleague who may open the bundle."),
            lambda: bool(self.recipients()),
        )
        self.contact_list = _checklist(self.tr("Colleagues"))
        for contact in contacts:
            _add_choice(
                self.contact_list, contact.display_name, contact.key_id, contact.fingerprint
            )
        if len(contacts) == 1:
            self.contact_list.item(0).setCheckState(Qt.CheckState.Checked)
        self.contact_list.itemChanged.connect(who.completeChanged)
        self.attachments_check = QCheckBox(self.tr("Include attachments (photos, recordings)"))
        self.attachments_check.setChecked(True)
        layout = QVBoxLayout(who)
        layout.addWidget(self.contact_list)
        layout.addWidget(self.attachments_check)
        where = _Step(
            self.tr("Where to write it"),
            self.tr(
                "Only the colleagues ticked can open this file: carry it to them on a memory "
                "stick, or send it."
            ),
            lambda: bool(self.path_edit.text().strip()) and self._is_counted(),
        )
        suggested = new_bundle_path(folder or usual_folder(), date.today())
        self.path_edit = QLineEdit(str(suggested))
        self.path_edit.setAccessibleName(self.tr("Bundle file"))
        self.path_edit.textChanged.connect(where.completeChanged)
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._choose_file)
        # A user who ticked "Protected" expects only the pseudonym to travel: the colleague's
        # vault needs the real record (docs/security.md), so say so before the file exists.
        self.protected_label = QLabel()
        self.protected_label.setWordWrap(True)
        self.protected_label.hide()
        # Much larger than the usual bundle, and the user may wonder why.
        self.everything_label = QLabel()
        self.everything_label.setWordWrap(True)
        self.everything_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(where)
        layout.addLayout(row)
        layout.addWidget(self.protected_label)
        layout.addWidget(self.everything_label)
        layout.addStretch(1)
        for page in (what, who, where):
            self.addPage(page)
        self._where = where
        self.currentIdChanged.connect(self._step_shown)
        # Case titles are long ("Disappearance of M. Tursunova on the way to Bishkek"): at its
        # own size hint the wizard cut most of them off.
        self.resize(760, 520)

    def _choose_file(self) -> None:
        name = choose_file_to_save(
            self, self.tr("Write the bundle to"), self.path_edit.text().strip(), bundle_filter()
        )
        if name:
            self.path_edit.setText(name)

    def _is_counted(self) -> bool:
        return self._plan is None or self._protected_count is not None

    def _step_shown(self) -> None:
        plan = self._plan
        if self.currentPage() is not self._where or plan is None:
            return
        recipients, references = self.recipients(), self.case_references()
        self._counts_asked += 1
        asked = self._counts_asked
        self._protected_count = None
        self.everything_label.hide()
        plans: list[ExportPlan] = []
        is_done = threading.Event()

        def count(_progress: Progress) -> ExportPlan:
            try:
                plans.append(plan(recipients, references))
                return plans[-1]
            finally:
                is_done.set()

        def counted(result: Result[ExportPlan]) -> None:
            # Shown already (counted within the wait), or asked for an earlier choice.
            if asked != self._counts_asked or self._protected_count is not None:
                return
            if not result.ok or result.value is None:
                raise result.error or RuntimeError("no count")  # a bug: the app reports it
            self._show_plan(result.value)

        self.count_task = run_task(self, count, counted)
        if is_done.wait(COUNT_WAIT_MS / 1000) and plans:
            self._show_plan(plans[0])
            return
        self.protected_label.setText(self.tr("Counting…"))
        self.protected_label.show()
        self._where.completeChanged.emit()

    def _show_plan(self, plan: ExportPlan) -> None:
        count = self._protected_count = plan.protected_people
        text = self.tr(
            "This bundle carries everything again, from the start, because a colleague's vault "
            "was restored from a backup: %1."
        )
        self.everything_label.setText(fill(text, ", ".join(plan.sent_everything_again)))
        self.everything_label.setVisible(bool(plan.sent_everything_again))
        self.protected_label.setText(
            self.tr(
                "This bundle carries the real names of %n protected person(s); only the "
                "colleagues you chose can read it, and their Sandiq keeps them protected.",
                "",
                count,
            )
        )
        self.protected_label.setVisible(count > 0)
        self._where.completeChanged.emit()

    def _what_is_chosen(self) -> bool:
        return self.since_last_radio.isChecked() or bool(self.case_references())

    def case_references(self) -> list[str]:
        """The chosen cases (empty for everything since the last bundle)."""
        return [] if self.since_last_radio.isChecked() else _checked(self.case_list)

    def recipients(self) -> list[str]:
        """Key ids of the chosen contacts."""
        return _checked(self.contact_list)

    def out_path(self) -> Path:
        """The file to write."""
        return Path(self.path_edit.text().strip())
