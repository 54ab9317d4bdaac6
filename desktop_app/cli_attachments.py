"""`sandiq attach`, `attachments` and `extract`: files into a record, listed with their SHA-256,
and one copied out again, checked against that hash as it is written.

The SHA-256 of a file's original bytes, taken at intake, is its chain of custody: a lawyer
compares it with the copy they receive. So the same bytes attached twice to one record are
refused unless asked for (two copies of one piece of evidence confuse that chain), and the same
bytes on another record are said, as they may tie two records together.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from db.models import Attachment, Case
from desktop_app.cli_common import (
    Command,
    os_error_said,
    print_json,
    progress_printer,
    unlocked,
)
from desktop_app.cli_dangling import kind_word
from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_output import local_time
from desktop_app.cli_record_ids import check_id_arg, record_id_arg
from desktop_app.cli_records import live_record_or_case
from desktop_app.core.attachment_access import name_for_disk, write_attachment_copy
from desktop_app.core.attachments import (
    add_attachment,
    attachments_of,
    attachments_with_sha256,
    intake_size,
    open_for_intake,
)
from desktop_app.core.content import MODEL_OF_KIND, kind_of, quoted, to_content
from desktop_app.core.errors import InvalidInput, RecordNotFound, SandiqError
from desktop_app.core.fileio import check_output_folder


def cmd_attach(args: argparse.Namespace) -> None:
    path = Path(args.file)
    try:
        # Refused before the passphrase is asked for; closed below, after the transaction.
        source = open_for_intake(path)
    except OSError as exc:
        text = translate("CliAttachments", "cannot read %1: %2")
        raise SandiqError(fill(text, str(path), os_error_said(str(exc.strerror)))) from None
    with source, unlocked(args) as vault, vault.transaction() as session:
        owner = live_record_or_case(session, args.record)
        attachment = add_attachment(
            vault.writer(session),
            kind_of(owner),
            owner.id,
            source,
            path.name,
            total_size=intake_size(source),
            note=args.note,
            progress=progress_printer(translate("CliAttachments", "attaching")),
        )
        # Known only once the file is in: raising here rolls the intake back.
        earlier = [
            a for a in attachments_with_sha256(session, attachment.sha256) if a.id != attachment.id
        ]
        here = [a for a in earlier if a.owner_id == owner.id]
        if here and not args.again:
            text = translate(
                "CliAttachments",
                "%1 is already attached to this record as %2; nothing was attached (--again "
                "attaches it a second time)",
            )
            raise InvalidInput(fill(text, quoted(attachment.file_name), _named(here[0])))
        elsewhere = _other_records(session, [a for a in earlier if a.owner_id != owner.id])
        created = to_content(attachment)
    if args.json:
        print_json(created)
    else:
        print(f"{created['id']}\t{created['sha256']}\t{created['size']}")
    if elsewhere:
        # On stderr: stdout stays the one line (or document) a script reads.
        note = translate("CliAttachments", "note: the same file is already attached to %1")
        print(fill(note, elsewhere), file=sys.stderr)


def _named(attachment: Attachment) -> str:
    """An attachment as a message names it: its file name and when it was taken in."""
    if not attachment.received_at:
        return quoted(attachment.file_name)
    text = translate("CliAttachments", "%1 (added %2)")
    return fill(text, quoted(attachment.file_name), local_time(attachment.received_at))


def _other_records(session: Session, attachments: list[Attachment]) -> str:
    """The records these attachments belong to, each once, with the file's name there ("" for
    none): a case by its reference, another record by its kind and id, which the other
    commands take."""
    named: dict[UUID, str] = {}
    for attachment in attachments:
        if attachment.owner_id in named:
            continue
        owner = session.get(MODEL_OF_KIND[attachment.owner_kind], attachment.owner_id)
        if isinstance(owner, Case):
            record = fill(translate("CliAttachments", "case %1"), owner.reference)
        else:
            record = f"{kind_word(attachment.owner_kind)} {attachment.owner_id}"
        text = translate("CliAttachments", "%1 as %2")
        named[attachment.owner_id] = fill(text, record, _named(attachment))
    return "; ".join(named.values())


def cmd_attachments(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        record = live_record_or_case(session, args.record)
        # An attachment's own id lists that attachment: what `extract` would write.
        found = [record] if isinstance(record, Attachment) else attachments_of(session, record.id)
        rows = [to_content(attachment) for attachment in found]
    if args.json:
        print_json(rows)
        return
    if not rows:
        print(
            translate("CliAttachments", "No attachments."), file=sys.stderr
        )  # stdout stays empty for scripts
    for row in rows:
        captured = local_time(row["captured_at"]) if row["captured_at"] else "-"
        received = local_time(row["received_at"]) if row["received_at"] else "-"
        # The name last: it may hold spaces, and `cut -f` still finds every column before it.
        print(
            f"{row['id']}\t{row['size']}\t{row['media_type']}\t{captured}\t{received}\t"
            f"{row['sha256']}\t{row['file_name']}"
        )


def cmd_extract(args: argparse.Namespace) -> None:
    check_id_arg(args.attachment, "attachment")
    out = Path(args.out)
    into_folder = out.is_dir()
    if not into_folder:
        # Refused before the passphrase is asked for, as export-json does.
        if out.exists() and not args.force:
            raise InvalidInput(_exists(out))
        check_output_folder(out)
    with unlocked(args) as vault, vault.read() as session:
        attachment_id = record_id_arg(session, args.attachment, "attachment")
        attachment = session.get(Attachment, attachment_id)
        if attachment is None or attachment.is_deleted:
            text = translate("CliAttachments", "no attachment with id %1")
            raise RecordNotFound(fill(text, str(attachment_id)))
        if into_folder:
            out = out / name_for_disk(attachment.file_name)
            if out.exists() and not args.force:
                raise InvalidInput(_exists(out))
        written = write_attachment_copy(
            session,
            attachment_id,
            out,
            progress=progress_printer(translate("CliAttachments", "extracting")),
        )
        done = {
            "id": str(attachment_id),
            "path": str(written),
            "size": attachment.size,
            "sha256": attachment.sha256,
        }
    if args.json:
        print_json(done)
    else:
        print(f"{written}\t{done['sha256']}\t{done['size']}")
    # After the write, so that a failed extraction shows its error alone, on one line.
    if not args.plaintext_ok:
        text = translate(
            "CliAttachments",
            "warning: the copy is NOT encrypted; delete it when it is no longer needed, and "
            "keep it off shared or seized devices.",
        )
        print(text, file=sys.stderr)


def _exists(path: Path) -> str:
    text = translate("CliAttachments", "%1 already exists; choose another file name or use --force")
    return fill(text, str(path))


def add_attachment_commands(command: Command) -> None:
    """Mount attach, attachments and extract under the sandiq parser's subcommands."""
    reference = translate("CliAttachments", "a record id, or a case's reference")
    p = command("attach", cmd_attach, translate("CliAttachments", "attach a file to a record"))
    p.add_argument("record", metavar="RECORD_ID|REF", help=reference)
    p.add_argument("file", help=translate("CliAttachments", "the file to attach"))
    p.add_argument(
        "--note",
        default="",
        help=translate("CliAttachments", "a note on the file: what it shows, where it came from"),
    )
    p.add_argument(
        "--again",
        action="store_true",
        help=translate(
            "CliAttachments", "attach the file even if the record already holds the same bytes"
        ),
    )
    p = command(
        "attachments",
        cmd_attachments,
        translate(
            "CliAttachments", "list a record's attachments with their size, type, times and SHA-256"
        ),
    )
    p.add_argument("record", metavar="RECORD_ID|REF", help=reference)
    p = command(
        "extract",
        cmd_extract,
        translate(
            "CliAttachments",
            "write an unencrypted copy of an attachment, checked against its SHA-256",
        ),
    )
    p.add_argument(
        "attachment",
        metavar="ATTACHMENT_ID",
        help=translate("CliAttachments", "the attachment's id, or its first 8 or more hex digits"),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=translate(
            "CliAttachments", "file to write, or a folder to write it in under its own name"
        ),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("CliAttachments", "replace FILE if it exists"),
    )
    p.add_argument(
        "--plaintext-ok",
        action="store_true",
        help=translate("CliAttachments", "skip the plaintext warning"),
    )
