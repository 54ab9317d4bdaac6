"""Files picked or dropped together go into a case on one worker, one after another in the
order given, so the dossier lists them in that order (by time received). The case window is
read again once for the lot, and one message at the end says which files were refused or were
already attached: with a refresh and a message box per file, 200 photos froze the window for
seconds and asked for 200 clicks. The files are recorded in the vault before the first is
copied (``unfinished_intakes``), so that those an intake killed midway never added are said at
the next unlock."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QCoreApplication

from desktop_app.core.attachments import (
    add_attachment,
    intake_size,
    open_for_intake,
    safe_file_name,
)
from desktop_app.core.case_file import case_attachments
from desktop_app.core.errors import AttachmentTooLarge, Cancelled, InvalidInput, SandiqError
from desktop_app.core.unfinished_intakes import (
    InterruptedIntake,
    end_intake,
    forget_intakes,
    record_intakes,
)
from desktop_app.core.vault import Vault
from desktop_app.ui.bidi_text import isolated
from desktop_app.ui.error_texts import error_text, os_error_text
from desktop_app.ui.i18n import fill, format_size
from desktop_app.ui.tasks import Progress

# Errors about one file: the others still go in. Any other error (Cancel, a full disk, the case
# deleted meanwhile, a damaged vault) would befall every file left, so it ends the intake.
_ONE_FILE_ERRORS = (OSError, AttachmentTooLarge, InvalidInput)
_NAMES_LISTED = 4  # in a message about many files; the rest are counted
_REFUSALS_LISTED = 10


def shown_file_name(name: str) -> str:
    """The name the vault will give a file called name, or, if it can give none, name isolated
    so that its direction controls cannot garble the sentence it is shown in."""
    try:
        return safe_file_name(name)
    except InvalidInput:
        return isolated(name)


@dataclass(frozen=True)
class TakenIn:
    """A file now attached; same_as names an attachment of the case with the same SHA-256."""

    attachment_id: UUID
    stored_name: str
    same_as: str | None


@dataclass(frozen=True)
class Refused:
    """A file that was not attached, and why."""

    shown_name: str
    error: Exception


@dataclass(frozen=True)
class IntakeOutcome:
    """What became of the files of one intake; stopped_by is what ended it early, if anything
    (the files before it stay attached, those after it were not tried)."""

    added: tuple[TakenIn, ...]
    refused: tuple[Refused, ...]
    stopped_by: Exception | None


def take_in_files(
    vault: Vault, case_id: UUID, paths: Sequence[Path], progress: Progress
) -> IntakeOutcome:
    """Attach each file to the case in its own transaction, in the order given; progress counts
    the bytes of all of them. Run on a worker."""
    sizes = [_size_or_zero(path) for path in paths]
    grand_total = sum(sizes)
    with vault.read() as session:
        first_named: dict[str, str] = {}  # SHA-256 -> the name of one attachment with it
        for row in case_attachments(session, case_id):
            first_named.setdefault(row.sha256, row.file_name)
    try:
        intakes = record_intakes(vault, "case", case_id, [path.name for path in paths])
    except SandiqError as error:  # the vault cannot be written: no file could be added
        return IntakeOutcome((), (), error)
    added: list[TakenIn] = []
    refused: list[Refused] = []
    stopped_by: Exception | None = None
    start = 0
    for path, size, intake_id in zip(paths, sizes, intakes, strict=True):
        try:
            attachment_id, sha256, stored_name = _take_in(
                vault,
                case_id,
                path,
                intake_id,
                _shifted(progress, start, grand_total),
                progress.cancelled,
            )
        except _ONE_FILE_ERRORS as error:
            refused.append(Refused(shown_file_name(path.name), error))
        except Exception as error:  # a bug too: the files added before it are still reported
            stopped_by = error
            break
        else:
            added.append(TakenIn(attachment_id, stored_name, first_named.get(sha256)))
            first_named.setdefault(sha256, stored_name)
        start += size
        progress(start, grand_total)
    # The files not added are said by this outcome's message, not again at the next unlock.
    forget_intakes(vault, intakes)
    return IntakeOutcome(tuple(added), tuple(refused), stopped_by)


def _take_in(
    vault: Vault,
    case_id: UUID,
    path: Path,
    intake_id: int | None,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> tuple[UUID, str, str]:
    # Opened first: a pipe or a device is refused before the vault is written to.
    with open_for_intake(path) as source, vault.transaction() as session:
        end_intake(session, intake_id)  # committed with the attachment, or not at all
        attachment = add_attachment(
            vault.writer(session),
            "case",
            case_id,
            source,
            path.name,
            total_size=intake_size(source),
            progress=progress,
            cancelled=cancelled,
        )
        return attachment.id, attachment.sha256, attachment.file_name


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # said when the file itself is tried
        return 0


def _shifted(progress: Progress, start: int, total: int) -> Callable[[int, int], None]:
    """One file's progress as part of the whole intake's."""
    return lambda done, _file_total: progress(start + done, total)


def intake_message(outcome: IntakeOutcome) -> tuple[str, bool]:
    """The one message to show after an intake ("" for none), and whether it is a warning."""
    paragraphs = [*_refusals(outcome.refused), *_stop(outcome), *_copies(outcome.added)]
    return "\n\n".join(paragraphs), bool(outcome.refused or outcome.stopped_by)


def _refusals(refused: Sequence[Refused]) -> list[str]:
    lines = [refusal_text(file) for file in refused[:_REFUSALS_LISTED]]
    if len(refused) > _REFUSALS_LISTED:
        lines.append(
            QCoreApplication.translate(
                "AttachmentsTab",
                "%n more file(s) could not be added.",
                None,
                len(refused) - _REFUSALS_LISTED,
            )
        )
    return ["\n".join(lines)] if lines else []


def refusal_text(refused: Refused) -> str:
    """Why one file was not attached, naming it: several may have been picked at once."""
    error = refused.error
    if isinstance(error, AttachmentTooLarge):
        text = QCoreApplication.translate(
            "AttachmentsTab", "%1 is larger than the %2 an attachment may be."
        )
        return fill(text, refused.shown_name, format_size(error.limit))
    if isinstance(error, OSError) and error.strerror:
        text = QCoreApplication.translate("AttachmentsTab", "%1 could not be added: %2")
        return fill(text, refused.shown_name, os_error_text(error.strerror))
    return error_text(error)  # a file that is not an ordinary one is named there already


def _stop(outcome: IntakeOutcome) -> list[str]:
    error = outcome.stopped_by
    if error is None:
        return []
    if not outcome.added:
        return [error_text(error)]
    if isinstance(error, Cancelled):  # its own text says nothing was changed
        said = QCoreApplication.translate("AttachmentsTab", "Cancelled.")
    else:
        said = error_text(error)
    kept = QCoreApplication.translate(
        "AttachmentsTab",
        "The %n file(s) added before that are kept; the others were not added.",
        None,
        len(outcome.added),
    )
    return [f"{said} {kept}"]


def _copies(added: Sequence[TakenIn]) -> list[str]:
    # Said, not refused: two copies of one piece of evidence confuse its chain of custody, but
    # only the user knows whether the second was meant.
    copies = [file for file in added if file.same_as is not None]
    if len(copies) == 1:  # names both: they may differ
        text = QCoreApplication.translate(
            "AttachmentsTab",
            "%1 is already attached to this case as %2 (the same SHA-256). "
            "Both are kept; remove one if it was added by mistake.",
        )
        return [fill(text, copies[0].stored_name, copies[0].same_as or "")]
    if not copies:
        return []
    text = QCoreApplication.translate(
        "AttachmentsTab",
        "%n of the files were already attached to this case (the same SHA-256): %1. Both "
        "copies of each are kept; remove any added by mistake.",
        None,
        len(copies),
    )
    return [fill(text, name_list([file.stored_name for file in copies]))]


def name_list(names: Sequence[str]) -> str:
    """The first few names, and how many more: a message box must fit on the screen."""
    if len(names) <= _NAMES_LISTED + 1:
        return ", ".join(names)
    text = QCoreApplication.translate(
        "AttachmentsTab", "%1 and %n more", None, len(names) - _NAMES_LISTED
    )
    return fill(text, ", ".join(names[:_NAMES_LISTED]))


def unfinished_intakes_text(intakes: Sequence[InterruptedIntake]) -> str:
    """Which files an intake cut short (a kill, a power cut) did not add, a paragraph per
    record, as the next unlock says it."""
    by_owner: dict[UUID, list[str]] = {}
    labels: dict[UUID, str] = {}
    for intake in intakes:
        by_owner.setdefault(intake.owner_id, []).append(intake.file_name)
        labels[intake.owner_id] = intake.owner_label or str(intake.owner_id)[:8]
    paragraphs = []
    for owner_id, names in by_owner.items():
        if len(names) == 1:
            text = QCoreApplication.translate(
                "AttachmentsTab",
                "Adding “%1” to %2 did not finish: Sandiq stopped while copying it into the "
                "vault (it was closed, or the computer lost power). The file is not in the "
                "vault; add it again.",
            )
        else:
            text = QCoreApplication.translate(
                "AttachmentsTab",
                "Adding %n files to %2 did not finish: Sandiq stopped while copying them into "
                "the vault (it was closed, or the computer lost power). These files are not in "
                "the vault; add them again: %1.",
                None,
                len(names),
            )
        paragraphs.append(fill(text, name_list(names), labels[owner_id]))
    return "\n\n".join(paragraphs)
