"""The `sandiq` command: the archive without a screen.

Thin over ``desktop_app.core``: parse arguments, get the passphrase (never from argv), call core,
print. Every expected failure prints one line, ``sandiq: error: <message>``, and exits 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from db.models import Case, Person
from desktop_app.cli_common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    print_json,
    progress_printer,
    read_secret_file,
    secret,
    unlocked,
    vault_dir,
)
from desktop_app.cli_exchange import add_exchange_commands
from desktop_app.core import interchange
from desktop_app.core.attachments import add_attachment
from desktop_app.core.content import kind_of, to_content
from desktop_app.core.duplicates import find_duplicate_persons, merge_persons
from desktop_app.core.errors import InvalidInput, RecordNotFound, SandiqError
from desktop_app.core.fileio import write_atomically
from desktop_app.core.records import find_record, history
from desktop_app.core.search.service import search_results
from desktop_app.core.stats import vault_stats
from desktop_app.core.vault import (
    create_vault,
    unlock,
    unlock_with_recovery_key,
    wipe,
)
from desktop_app.core.verify import verify_vault


def _read_text_arg(path: str | None) -> str:
    if path is None or path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SandiqError(f"cannot read {path}: {exc}") from None


def _case_by_reference(session: Any, reference: str) -> Case:
    case = session.scalar(
        select(Case).where(Case.reference == reference, Case.is_deleted.is_(False))
    )
    if case is None:
        raise RecordNotFound(f"no case with reference {reference}")
    return case


def _person_id(session: Any, value: str) -> str:
    try:
        uid = UUID(value)
    except ValueError:
        raise InvalidInput(f"{value!r} is not a person id") from None
    if session.get(Person, uid) is None:
        raise RecordNotFound(f"no person with id {value}")
    return str(uid)


# --- commands -----------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> None:
    passphrase = secret(
        args.passphrase_file, PASSPHRASE_ENV, "New passphrase: ", confirm=sys.stdin.isatty()
    )
    created = create_vault(vault_dir(args), passphrase, display_name=args.name or "")
    created.vault.lock()
    if args.json:
        print_json(
            {
                "vault": str(vault_dir(args)),
                "fingerprint": created.vault.fingerprint,
                "recovery_key": created.recovery_key,
            }
        )
        return
    print(f"Vault created at {vault_dir(args)}")
    print("Recovery key (write it down now; it is shown only once):")
    print(f"  {created.recovery_key}")


def cmd_case_add(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.transaction() as session:
        case = vault.writer(session).create(
            "case",
            {
                "reference": args.reference,
                "title": args.title,
                "summary": args.summary,
                "status": args.status,
                "country": args.country,
                "region": args.region,
                "place": args.place,
                "start_date": args.start,
                "end_date": args.end,
                "violation_types": args.type or [],
                "tags": args.tag or [],
                "sensitivity": args.sensitivity,
            },
        )
        if session.scalar(
            select(Case.id).where(
                Case.reference == case.reference, Case.id != case.id, Case.is_deleted.is_(False)
            )
        ):
            raise InvalidInput(f"a case with reference {args.reference} already exists")
        print(case.id)


def cmd_case_list(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        cases = session.scalars(
            select(Case).where(Case.is_deleted.is_(False)).order_by(Case.reference)
        ).all()
        if args.json:
            print_json([to_content(c) for c in cases])
            return
        for c in cases:
            print(f"{c.reference}\t{c.status}\t{c.country}\t{c.title}")


def cmd_case_show(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        case = _case_by_reference(session, args.reference)
        content = to_content(case) | {"version": case.version, "updated_at": case.updated_at}
        if args.json:
            print_json(content)
            return
        for key, value in content.items():
            shown = ", ".join(value) if isinstance(value, list) else value
            print(f"{key}: {shown}")


def cmd_person_add(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.transaction() as session:
        person = vault.writer(session).create(
            "person",
            {
                "name": args.name,
                "other_names": args.other_name or [],
                "sex": args.sex,
                "birth_date": args.birth_date,
                "nationality": args.nationality,
                "ethnicity": args.ethnicity,
                "occupation": args.occupation,
                "notes": args.notes,
                "protected": args.protected,
                "pseudonym": args.pseudonym,
            },
        )
        for spec in args.case or []:
            reference, _, role = spec.partition(":")
            case = _case_by_reference(session, reference)
            vault.writer(session).create(
                "case_party",
                {"case": str(case.id), "person": str(person.id), "role": role or "other"},
            )
        print(person.id)


def cmd_person_list(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        persons = session.scalars(
            select(Person).where(Person.is_deleted.is_(False)).order_by(Person.name)
        ).all()
        if args.json:
            print_json([to_content(p) for p in persons])
            return
        for p in persons:
            flag = " (protected)" if p.is_protected else ""
            print(f"{p.id}\t{p.name}{flag}")


def cmd_person_duplicates(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        candidates = find_duplicate_persons(session)
    if args.json:
        print_json(
            [
                {
                    "a": str(c.a),
                    "b": str(c.b),
                    "names": list(c.names),
                    "score": c.score,
                    "reasons": list(c.reasons),
                }
                for c in candidates
            ]
        )
        return
    for c in candidates:
        print(f"{c.score:.2f}\t{c.a}\t{c.b}\t{'; '.join(c.reasons)}")


def cmd_person_merge(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.transaction() as session:
        summary = merge_persons(vault.writer(session), _uuid_arg(args.keep), _uuid_arg(args.merge))
    print(
        f"merged {summary.merged} into {summary.kept}: {summary.case_parties} case parties, "
        f"{summary.testimonies} testimonies, {summary.events} events, "
        f"{summary.attachments} attachments moved"
    )


def cmd_testimony_add(args: argparse.Namespace) -> None:
    narrative = _read_text_arg(args.text_file)
    with unlocked(args) as vault, vault.transaction() as session:
        case = _case_by_reference(session, args.case)
        testimony = vault.writer(session).create(
            "testimony",
            {
                "case": str(case.id),
                "witness": _person_id(session, args.witness) if args.witness else None,
                "interviewer": args.interviewer,
                "date": args.date,
                "place": args.place,
                "language": args.language,
                "consent": {
                    "given": args.consent is not None,
                    "scope": args.consent or [],
                    "anonymise": args.anonymise,
                },
                "narrative": narrative,
                "summary": args.summary,
                "status": args.status,
                "sensitivity": args.sensitivity,
            },
        )
        print(testimony.id)


def cmd_attach(args: argparse.Namespace) -> None:
    path = Path(args.file)
    try:
        source = open(path, "rb")  # noqa: SIM115 (closed below, after the transaction)
    except OSError as exc:
        raise SandiqError(f"cannot read {path}: {exc.strerror}") from None
    with source, unlocked(args) as vault, vault.transaction() as session:
        owner = find_record(session, _uuid_arg(args.record))
        attachment = add_attachment(
            vault.writer(session),
            kind_of(owner),
            owner.id,
            source,
            path.name,
            total_size=path.stat().st_size,
            note=args.note,
            progress=progress_printer("attaching"),
        )
        if args.json:
            print_json(to_content(attachment))
        else:
            print(f"{attachment.id}\t{attachment.sha256}\t{attachment.size}")


def _uuid_arg(value: str) -> UUID:
    try:
        return UUID(value)
    except ValueError:
        raise InvalidInput(f"{value!r} is not a record id") from None


def cmd_import_json(args: argparse.Namespace) -> None:
    try:
        raw = Path(args.file).read_bytes()
    except OSError as exc:
        raise SandiqError(f"cannot read {args.file}: {exc.strerror}") from None
    document = interchange.parse_document(raw)
    with unlocked(args) as vault, vault.transaction() as session:
        summary = interchange.import_document(
            vault.writer(session), document, progress=progress_printer("importing")
        )
    if args.json:
        print_json(summary.__dict__)
    else:
        print(
            f"inserted {summary.inserted}, updated {summary.updated}, unchanged {summary.unchanged}"
        )


def cmd_export_json(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        data = interchange.dump_document(interchange.export_document(session))
    if args.out == "-":
        sys.stdout.buffer.write(data)
    else:
        write_atomically(Path(args.out), data)
    # After the write, so that a failed export shows its error alone, on one line.
    if not args.plaintext_ok:
        print(
            "warning: the export is NOT encrypted; it holds every name and testimony in plain "
            "text. Keep it off shared or seized devices.",
            file=sys.stderr,
        )


def cmd_search(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        found = search_results(session, " ".join(args.query), args.limit, args.offset)
    for note in found.notes:
        print(f"note: {note.message}", file=sys.stderr)
    if args.json:
        print_json(
            [
                {
                    "kind": h.kind,
                    "id": str(h.record_id),
                    "case_reference": h.case_reference,
                    "score": round(h.score, 4),
                    "match": str(h.match),
                    "snippet": h.snippet,
                }
                for h in found.hits
            ]
        )
        return
    for h in found.hits:
        print(f"{h.kind}\t{h.case_reference}\t{h.record_id}\t{h.snippet}")


def cmd_report(args: argparse.Namespace) -> None:
    from desktop_app.core.reports import DossierOptions, build_dossier, case_ids_for_references

    options = DossierOptions(
        redact=args.redact,
        summary_only=args.summary_only,
        language=args.language,
        include_photos=not args.no_photos,
        include_generator_name=args.with_name,
    )
    with unlocked(args) as vault:
        with vault.read() as session:
            case_ids = case_ids_for_references(session, args.references)
        result = build_dossier(
            vault,
            case_ids,
            Path(args.out),
            options,
            overwrite=args.force,
            progress=progress_printer("report"),
        )
    if args.json:
        print_json(result.__dict__)
        return
    print(
        f"{result.path}: {result.pages} pages, {result.cases} case(s), "
        f"{result.testimonies} testimonies ({result.withheld_testimonies} withheld for lack of "
        f"consent), redaction {'on' if result.is_redacted else 'off'}"
    )


def cmd_history(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        revisions = history(session, _uuid_arg(args.id))
        if not revisions:
            raise RecordNotFound(f"no record with id {args.id}")
        if args.show is not None:
            chosen = next((r for r in revisions if r.version == args.show), None)
            if chosen is None:
                raise RecordNotFound(f"record {args.id} has no version {args.show}")
            print_json(chosen.data)
            return
        rows = [
            {
                "version": r.version,
                "saved_at": r.saved_at,
                "saved_by": r.saved_by,
                "deleted": r.is_deleted,
                "content_hash": r.content_hash,
            }
            for r in revisions
        ]
        if args.json:
            print_json(rows)
            return
        for row in rows:
            deleted = "\tdeleted" if row["deleted"] else ""
            print(f"{row['version']}\t{row['saved_at']}\t{row['saved_by'][:16]}{deleted}")


def cmd_passwd(args: argparse.Namespace) -> None:
    if args.recovery_key_file:
        vault = unlock_with_recovery_key(
            vault_dir(args), read_secret_file(args.recovery_key_file), rebuild_stale_index=False
        )
    else:  # the next command that unlocks rebuilds a stale search index, saying so
        vault = unlock(
            vault_dir(args),
            secret(args.passphrase_file, PASSPHRASE_ENV, "Current passphrase: "),
            rebuild_stale_index=False,
        )
    try:
        new = secret(
            args.new_passphrase_file,
            NEW_PASSPHRASE_ENV,
            "New passphrase: ",
            confirm=sys.stdin.isatty(),
        )
        vault.change_passphrase(new)
        print("Passphrase changed.")
    finally:
        vault.lock()


def cmd_verify(args: argparse.Namespace) -> None:
    with unlocked(args) as vault:
        problems = verify_vault(vault)
    if args.json:
        print_json({"ok": not problems, "problems": problems})
    else:
        for problem in problems:
            print(problem)
        print("vault verified: OK" if not problems else f"{len(problems)} problem(s) found")
    if problems:
        raise SystemExit(1)


def cmd_stats(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        stats = vault_stats(session)
    if args.json:
        print_json(stats)
    else:
        for key, value in stats.items():
            print(f"{key}: {value}")


def cmd_wipe(args: argparse.Namespace) -> None:
    if not args.yes:
        raise SandiqError("wipe destroys the vault for good; repeat with --yes to do it")
    wipe(vault_dir(args))
    print("Vault destroyed.")


# --- argument parsing ---------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors are one line, like every other sandiq error."""

    def error(self, message: str) -> NoReturn:
        """Print `sandiq: error: ...` and exit 2."""
        self.exit(2, f"sandiq: error: {message} (see {self.prog} --help)\n")


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", metavar="PATH", help="vault folder (default: per-user data)")
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"read the passphrase from FILE ({PASSPHRASE_ENV})",
    )
    common.add_argument("--json", action="store_true", help="machine-readable output")
    return common


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sandiq command."""
    common = _common()
    parser = _Parser(
        prog="sandiq", description="Sandiq: an offline, encrypted human-rights archive."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, func: Callable[[argparse.Namespace], None], help: str, parent: Any = sub
    ) -> argparse.ArgumentParser:
        p = parent.add_parser(name, parents=[common], help=help, description=help)
        p.set_defaults(func=func)
        return p

    p = command("init", cmd_init, "create a new vault")
    p.add_argument("--name", help="display name of this vault's identity")

    case = sub.add_parser("case", help="cases").add_subparsers(dest="case_command", required=True)
    p = command("add", cmd_case_add, "add a case", case)
    p.add_argument("--reference", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--summary", default="")
    p.add_argument("--status", default="open")
    p.add_argument("--country", default="")
    p.add_argument("--region", default="")
    p.add_argument("--place", default="")
    p.add_argument("--start", default="", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--end", default="")
    p.add_argument("--type", action="append", help="violation type code (repeatable)")
    p.add_argument("--tag", action="append")
    p.add_argument("--sensitivity", default="normal")
    command("list", cmd_case_list, "list cases", case)
    p = command("show", cmd_case_show, "show one case", case)
    p.add_argument("reference")

    person = sub.add_parser("person", help="people").add_subparsers(
        dest="person_command", required=True
    )
    p = command("add", cmd_person_add, "add a person", person)
    p.add_argument("--name", required=True)
    p.add_argument("--other-name", action="append")
    p.add_argument("--sex", default="")
    p.add_argument("--birth-date", default="")
    p.add_argument("--nationality", default="")
    p.add_argument("--ethnicity", default="")
    p.add_argument("--occupation", default="")
    p.add_argument("--notes", default="")
    p.add_argument("--protected", action="store_true")
    p.add_argument("--pseudonym", default="")
    p.add_argument(
        "--case", action="append", metavar="REF[:ROLE]", help="link to a case with a role"
    )
    command("list", cmd_person_list, "list people", person)
    command("duplicates", cmd_person_duplicates, "list people likely entered twice", person)
    p = command("merge", cmd_person_merge, "merge person MERGE into person KEEP", person)
    p.add_argument("keep", metavar="KEEP")
    p.add_argument("merge", metavar="MERGE")

    testimony = sub.add_parser("testimony", help="testimonies").add_subparsers(
        dest="testimony_command", required=True
    )
    p = command(
        "add", cmd_testimony_add, "add a testimony (narrative from a file or stdin)", testimony
    )
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--witness", metavar="PERSON_ID")
    p.add_argument("--text-file", metavar="FILE", help="narrative text (default: stdin)")
    p.add_argument("--summary", default="")
    p.add_argument("--interviewer", default="")
    p.add_argument("--date", default="")
    p.add_argument("--place", default="")
    p.add_argument("--language", default="")
    p.add_argument(
        "--consent", action="append", metavar="SCOPE", help="consent given for SCOPE (repeatable)"
    )
    p.add_argument("--anonymise", action="store_true")
    p.add_argument("--status", default="draft")
    p.add_argument("--sensitivity", default="normal")

    p = command("attach", cmd_attach, "attach a file to a record")
    p.add_argument("record", metavar="RECORD_ID")
    p.add_argument("file")
    p.add_argument("--note", default="")

    p = command("import-json", cmd_import_json, "import a Sandiq JSON file")
    p.add_argument("file")
    p = command("export-json", cmd_export_json, "export everything as plain JSON (unencrypted!)")
    p.add_argument("--out", required=True, metavar="FILE", help="file to write, or - for stdout")
    p.add_argument("--plaintext-ok", action="store_true", help="skip the plaintext warning")

    p = command("search", cmd_search, "search names and text in any script or spelling")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0, help="skip this many hits (next page)")

    p = command("report", cmd_report, "write a PDF dossier of one or more cases")
    p.add_argument("references", nargs="+", metavar="CASE_REF")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    redaction = p.add_mutually_exclusive_group()
    redaction.add_argument(
        "--redact",
        action="store_true",
        default=None,
        help="replace protected people by pseudonyms (the default for confidential and "
        "restricted cases and whenever a protected person appears)",
    )
    redaction.add_argument("--no-redact", dest="redact", action="store_false")
    p.add_argument("--summary-only", action="store_true", help="testimony summaries only")
    p.add_argument("--language", choices=("en", "ru", "uz"), default="en")
    p.add_argument("--no-photos", action="store_true", help="do not show photos as figures")
    p.add_argument("--with-name", action="store_true", help="name this vault's owner as author")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")

    p = command("history", cmd_history, "list the versions of a record")
    p.add_argument("id", metavar="RECORD_ID")
    p.add_argument("--show", type=int, metavar="N", help="print version N")

    p = command("passwd", cmd_passwd, f"change the passphrase (new one from {NEW_PASSPHRASE_ENV})")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.add_argument("--recovery-key-file", metavar="FILE", help="unlock with the recovery key")

    command("verify", cmd_verify, "check encryption, integrity and the audit chain")
    command("stats", cmd_stats, "count what the vault holds")
    p = command("wipe", cmd_wipe, "destroy the vault's key material and database")
    p.add_argument("--yes", action="store_true", help="confirm")

    add_exchange_commands(sub, command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sandiq command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        args.func(args)
    except SandiqError as exc:
        print(f"sandiq: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("sandiq: interrupted; nothing was changed by the unfinished command", file=sys.stderr)
        return 130
    except OSError as exc:  # disk full, no permission, a closed pipe
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"sandiq: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except DBAPIError as exc:  # "database is locked", "disk I/O error": never the statement
        print(f"sandiq: error: the vault database failed: {exc.orig}", file=sys.stderr)
        return 1
    except Exception as exc:
        # A bug. Its traceback could quote case data, so it is shown only when asked for.
        if os.environ.get("SANDIQ_DEBUG"):
            raise
        print(
            f"sandiq: error: internal error ({type(exc).__name__}); "
            "set SANDIQ_DEBUG=1 to see the details",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
