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
from desktop_app.cli_common import Command, print_json, progress_printer, unlocked
from desktop_app.cli_output import local_time
from desktop_app.cli_records import id_arg, live_record_or_case
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

_EXISTS = "{} already exists; choose another file name or use --force"


def cmd_attach(args: argparse.Namespace) -> None:
    path = Path(args.file)
    try:
        # Refused before the passphrase is asked for; closed below, after the transaction.
        source = open_for_intake(path)
    except OSError as exc:
        raise SandiqError(f"cannot read {path}: {exc.strerror}") from None
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
            progress=progress_printer("attaching"),
        )
        # Known only once the file is in: raising here rolls the intake back.
        earlier = [
            a for a in attachments_with_sha256(session, attachment.sha256) if a.id != attachment.id
        ]
        here = [a for a in earlier if a.owner_id == owner.id]
        if here and not args.again:
            raise InvalidInput(
                f"{quoted(attachment.file_name)} is already attached to this record as "
                f"{_named(here[0])}; nothing was attached (--again attaches it a second time)"
            )
        elsewhere = _other_records(session, [a for a in earlier if a.owner_id != owner.id])
        created = to_content(attachment)
    if args.json:
        print_json(created)
    else:
        print(f"{created['id']}\t{created['sha256']}\t{created['size']}")
    if elsewhere:
        # On stderr: stdout stays the one line (or document) a script reads.
        print(f"note: the same file is already attached to {elsewhere}", file=sys.stderr)


def _named(attachment: Attachment) -> str:
    """An attachment as a message names it: its file name and when it was taken in."""
    added = f" (added {local_time(attachment.received_at)})" if attachment.received_at else ""
    return f"{quoted(attachment.file_name)}{added}"


def _other_records(session: Session, attachments: list[Attachment]) -> str:
    """The records these attachments belong to, each once, with the file's name there ("" for
    none): a case by its reference, another record by its kind and id, which the other
    commands take."""
    named: dict[UUID, str] = {}
    for attachment in attachments:
        if attachment.owner_id in named:
            continue
        owner = session.get(MODEL_OF_KIND[attachment.owner_kind], attachment.owner_id)
        record = (
            f"case {owner.reference}"
            if isinstance(owner, Case)
            else f"{attachment.owner_kind} {attachment.owner_id}"
        )
        named[attachment.owner_id] = f"{record} as {_named(attachment)}"
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
        print("No attachments.", file=sys.stderr)  # stdout stays empty for scripts
    for row in rows:
        captured = local_time(row["captured_at"]) if row["captured_at"] else "-"
        received = local_time(row["received_at"]) if row["received_at"] else "-"
        # The name last: it may hold spaces, and `cut -f` still finds every column before it.
        print(
            f"{row['id']}\t{row['size']}\t{row['media_type']}\t{captured}\t{received}\t"
            f"{row['sha256']}\t{row['file_name']}"
        )


def cmd_extract(args: argparse.Namespace) -> None:
    attachment_id = id_arg(args.attachment, "attachment")
    out = Path(args.out)
    into_folder = out.is_dir()
    if not into_folder:
        # Refused before the passphrase is asked for, as export-json does.
        if out.exists() and not args.force:
            raise InvalidInput(_EXISTS.format(out))
        check_output_folder(out)
    with unlocked(args) as vault, vault.read() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None or attachment.is_deleted:
            raise RecordNotFound(f"no attachment with id {attachment_id}")
        if into_folder:
            out = out / name_for_disk(attachment.file_name)
            if out.exists() and not args.force:
                raise InvalidInput(_EXISTS.format(out))
        written = write_attachment_copy(
            session, attachment_id, out, progress=progress_printer("extracting")
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
        print(
            "warning: the copy is NOT encrypted; delete it when it is no longer needed, and "
            "keep it off shared or seized devices.",
            file=sys.stderr,
        )


def add_attachment_commands(command: Command) -> None:
    """Mount attach, attachments and extract under the sandiq parser's subcommands."""
    p = command("attach", cmd_attach, "attach a file to a record")
    p.add_argument("record", metavar="RECORD_ID|REF", help="a record id, or a case's reference")
    p.add_argument("file")
    p.add_argument("--note", default="")
    p.add_argument(
        "--again",
        action="store_true",
        help="attach the file even if the record already holds the same bytes",
    )
    p = command(
        "attachments",
        cmd_attachments,
        "list a record's attachments with their size, type, times and SHA-256",
    )
    p.add_argument("record", metavar="RECORD_ID|REF", help="a record id, or a case's reference")
    p = command(
        "extract",
        cmd_extract,
        "write an unencrypted copy of an attachment, checked against its SHA-256",
    )
    p.add_argument("attachment", metavar="ATTACHMENT_ID")
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="file to write, or a folder to write it in under its own name",
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--plaintext-ok", action="store_true", help="skip the plaintext warning")
