"""`sandiq history`: the versions of a record of any kind, who saved each and what it changed.

``build_parser`` in ``cli.py`` mounts it with ``add_history_command``. Its texts keep the
translation context of ``cli_records``, where the command lived, so the catalogues' entries
still match.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from db.vault_bookkeeping import Revision
from desktop_app.cli_common import Command, print_json, unlocked
from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_output import local_time
from desktop_app.cli_record_ids import record_id_arg
from desktop_app.core.authors import (
    Author,
    AuthorKind,
    KnownVaults,
    known_vaults,
    version_authors,
)
from desktop_app.core.errors import RecordNotFound
from desktop_app.core.kept_merges import KeptMerge, kept_merges
from desktop_app.core.records import history
from desktop_app.core.version_changes import versions_changes


def cmd_history(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        revisions = history(session, record_id_arg(session, args.id))
        if not revisions:
            raise RecordNotFound(fill(translate("CliRecords", "no record with id %1"), args.id))
        if args.show is not None:
            chosen = next((r for r in revisions if r.version == args.show), None)
            if chosen is None:
                message = translate("CliRecords", "record %1 has no version %2")
                raise RecordNotFound(fill(message, args.id, str(args.show)))
            print_json(chosen.data)
            return
        authors = version_authors(
            session, vault.fingerprint, [(r.record_kind, r.record_id, r.version) for r in revisions]
        )
        vaults = known_vaults(session, vault.fingerprint)
        kept = kept_merges(
            session,
            vault.fingerprint,
            [(r.record_id, r.version) for r in revisions if r.is_deleted],
        )
        # Every version is read already: what each changed costs no further read.
        changed = versions_changes((r.version, r.data) for r in revisions)

        if args.json:
            rows: list[Any] = [
                {
                    "version": r.version,
                    "saved_at": r.saved_at,
                    "saved_by": r.saved_by,
                    "author": authors[(r.record_id, r.version)],
                    "author_name": _author_text(
                        vaults.author(authors[(r.record_id, r.version)]), _as_written
                    ),
                    "deleted": r.is_deleted,
                    "content_hash": r.content_hash,
                    "changed": changed[r.version],
                    "kept_merge": _kept_merge_fields(kept.get((r.record_id, r.version)), vaults),
                }
                for r in revisions
            ]
        else:
            rows = [
                _history_line(
                    r,
                    vaults.author(authors[(r.record_id, r.version)]),
                    changed[r.version],
                    kept.get((r.record_id, r.version)),
                    vaults,
                )
                for r in revisions
            ]
    if args.json:
        print_json(rows)
        return
    for line in rows:
        print(line)


def _history_line(
    revision: Revision,
    author: Author,
    changed: tuple[str, ...] | None,
    kept: KeptMerge | None,
    vaults: KnownVaults,
) -> str:
    """One version as ``sandiq history`` prints it, in the user's language: tab-separated
    number, time, author and fields changed, and whether it deleted the record."""
    deleted = "\t" + translate("CliRecords", "deleted") if revision.is_deleted else ""
    if kept is not None:
        deleted += f": {_kept_merge_text(kept, vaults.author(kept.merged_by), _as_said)}"
    who = _author_text(author, _as_said)
    when = local_time(revision.saved_at)
    return f"{revision.version}\t{when}\t{who}\t{', '.join(changed or ())}{deleted}"


# Who made a version and whose merge a deletion kept: English in `history --json`, which
# scripts read, and in the user's language in the lines `history` prints.
_THIS_VAULT = QT_TRANSLATE_NOOP("CliRecords", "this vault")
_REMOVED_KEY = QT_TRANSLATE_NOOP("CliRecords", "%1 — removed key %2")
_UNKNOWN_KEY = QT_TRANSLATE_NOOP("CliRecords", "unknown key %1")
_NOT_RECORDED = QT_TRANSLATE_NOOP("CliRecords", "not recorded")
_KEPT_OWN_MERGE = QT_TRANSLATE_NOOP("CliRecords", "kept this vault's merge into %1")
_KEPT_NAMED_MERGE = QT_TRANSLATE_NOOP("CliRecords", "kept %1's merge into %2")
_KEPT_A_MERGE = QT_TRANSLATE_NOOP("CliRecords", "kept a merge into %1")


def _as_written(text: str) -> str:
    """text as it is: English, for --json."""
    return text


def _as_said(text: str) -> str:
    """text in the user's language, for the lines printed."""
    return translate("CliRecords", text)


def _author_text(author: Author, say: Callable[[str], str]) -> str:
    """Who made a version, in English or, with say=_as_said, in the user's language."""
    match author.kind:
        case AuthorKind.THIS_VAULT:
            return say(_THIS_VAULT)
        case AuthorKind.CONTACT:
            return author.name
        case AuthorKind.REMOVED_KEY:
            return fill(say(_REMOVED_KEY), author.name, author.fingerprint)
        case AuthorKind.UNKNOWN_KEY:
            return fill(say(_UNKNOWN_KEY), author.fingerprint)
    return say(_NOT_RECORDED)


def _kept_merge_text(kept: KeptMerge, merger: Author, say: Callable[[str], str]) -> str:
    """The words ``sandiq history`` ends a deletion's line with when it kept a merge."""
    if merger.kind is AuthorKind.THIS_VAULT:
        return fill(say(_KEPT_OWN_MERGE), kept.into_label)
    if merger.kind in (AuthorKind.CONTACT, AuthorKind.REMOVED_KEY):
        return fill(say(_KEPT_NAMED_MERGE), merger.name, kept.into_label)
    return fill(say(_KEPT_A_MERGE), kept.into_label)


def _kept_merge_fields(kept: KeptMerge | None, vaults: KnownVaults) -> dict[str, Any] | None:
    """A deletion that kept a merge in a conflict, as ``history --json`` gives it: whose merge
    (a version kept that way is the vault's that kept it, though a colleague merged), into
    whom, and the words ``sandiq history`` ends its line with, in English."""
    if kept is None:
        return None
    merger = vaults.author(kept.merged_by)
    return {
        "merged_by": kept.merged_by,
        "merged_by_name": _author_text(merger, _as_written),
        "into": str(kept.into_id),
        "into_name": kept.into_label,
        "text": _kept_merge_text(kept, merger, _as_written),
    }


def add_history_command(command: Command) -> None:
    """Mount history under the sandiq parser's subcommands."""
    p = command("history", cmd_history, translate("CliRecords", "list the versions of a record"))
    p.add_argument(
        "id",
        metavar="RECORD_ID",
        help=translate("CliRecords", "the record's id, or its first 8 or more hex digits"),
    )
    p.add_argument("--show", type=int, metavar="N", help=translate("CliRecords", "print version N"))
