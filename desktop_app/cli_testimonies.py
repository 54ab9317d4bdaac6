"""`sandiq testimony add/list/show/edit`: testimonies, named by their id."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Case, Person, Testimony
from desktop_app.cli_common import Command, print_json, refuse_unfit_one_line, unlocked
from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_records import (
    case_by_reference,
    edit_record,
    edited_fields,
    id_arg,
    print_created,
    read_text_arg,
    show_record,
)
from desktop_app.core.content import to_content
from desktop_app.core.vocab import CONSENT_SCOPES

# testimony edit's options that set a field as given (an option left out keeps its field)...
_TESTIMONY_EDIT_FIELDS = {
    "summary": "summary",
    "interviewer": "interviewer",
    "date": "date",
    "time": "time",
    "place": "place",
    "language": "language",
    "interpreter": "interpreter",
    "status": "status",
    "sensitivity": "sensitivity",
}
# ... and those that change one in their own way (a file read, a case looked up, consent).
_TESTIMONY_EDIT_OTHERS = ("case", "witness", "text_file", "consent", "no_consent", "anonymise")


def _witness(value: str) -> str | None:
    # '' for no witness (an anonymous source, a document).
    return str(id_arg(value, "person")) if value.strip() else None


def cmd_testimony_add(args: argparse.Namespace) -> None:
    refuse_unfit_one_line("testimony", {"place": args.place})
    narrative = read_text_arg(args.text_file)
    with unlocked(args) as vault, vault.transaction() as session:
        case = case_by_reference(session, args.case)
        testimony = vault.writer(session).create(
            "testimony",
            {
                "case": str(case.id),
                "witness": _witness(args.witness or ""),
                "interviewer": args.interviewer,
                "date": args.date,
                "time": args.time,
                "place": args.place,
                "language": args.language,
                "interpreter": args.interpreter,
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
        created = to_content(testimony)
    print_created(args, created)


def cmd_testimony_list(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        query = (
            select(Testimony, Case.reference, Person.name)
            .join(Case, Testimony.case_id == Case.id)
            .outerjoin(Person, (Testimony.witness_id == Person.id) & Person.is_deleted.is_(False))
            .where(Testimony.is_deleted.is_(False))
            .order_by(Case.reference, Testimony.date, Testimony.created_at)
        )
        if args.case is not None:
            query = query.where(Testimony.case_id == case_by_reference(session, args.case).id)
        rows = session.execute(query).all()
        if args.json:
            print_json([to_content(t) for t, _, _ in rows])
            return
        for t, reference, witness in rows:
            print(f"{t.id}\t{reference}\t{t.date}\t{t.status}\t{witness or ''}")


def cmd_testimony_show(args: argparse.Namespace) -> None:
    show_record(args, "testimony")


def cmd_testimony_edit(args: argparse.Namespace) -> None:
    changes = edited_fields(args, _TESTIMONY_EDIT_FIELDS, "--summary", _TESTIMONY_EDIT_OTHERS)
    refuse_unfit_one_line("testimony", changes)
    if args.witness is not None:
        changes["witness"] = _witness(args.witness)
    if args.text_file is not None:  # read before the vault opens, as `add` does
        changes["narrative"] = read_text_arg(args.text_file)

    def edited_content(session: Session, content: dict[str, Any]) -> dict[str, Any]:
        consent = dict(content["consent"])
        if args.consent is not None:
            consent.update(given=True, scope=args.consent)
        if args.no_consent:
            consent.update(given=False, scope=[])
        if args.anonymise is not None:
            consent["anonymise"] = args.anonymise
        edited = content | changes | {"consent": consent}
        if args.case is not None:
            edited["case"] = str(case_by_reference(session, args.case).id)
        return edited

    edit_record(args, "testimony", edited_content)


def _add_consent_options(p: argparse.ArgumentParser, is_edit: bool) -> None:
    if is_edit:
        consent = translate(
            "CliTestimonies", "consent given for SCOPE: one of %1 (repeatable; replaces)"
        )
    else:
        consent = translate("CliTestimonies", "consent given for SCOPE: one of %1 (repeatable)")
    anonymised = translate("CliTestimonies", "consent only if anonymised")
    given = p.add_mutually_exclusive_group() if is_edit else p
    given.add_argument(
        "--consent",
        action="append",
        metavar="SCOPE",
        help=fill(consent, ", ".join(CONSENT_SCOPES)),
    )
    if not is_edit:
        p.add_argument("--anonymise", action="store_true", help=anonymised)
        return
    given.add_argument(
        "--no-consent",
        action="store_const",
        const=True,
        help=translate("CliTestimonies", "withdraw consent"),
    )
    anonymise = p.add_mutually_exclusive_group()
    anonymise.add_argument("--anonymise", action="store_const", const=True, help=anonymised)
    anonymise.add_argument(
        "--no-anonymise",
        dest="anonymise",
        action="store_const",
        const=False,
        help=translate("CliTestimonies", "reports may name the witness"),
    )


def add_testimony_commands(sub: Any, command: Command) -> None:
    """Mount `testimony` and its actions under the sandiq parser's subcommands."""
    testimony = sub.add_parser(
        "testimony", help=translate("CliTestimonies", "testimonies")
    ).add_subparsers(dest="testimony_command", required=True, metavar="ACTION")
    add = command(
        "add",
        cmd_testimony_add,
        translate("CliTestimonies", "add a testimony (narrative from a file or stdin)"),
        testimony,
    )
    add.add_argument(
        "--case",
        required=True,
        metavar="REF",
        help=translate("CliTestimonies", "the case's reference"),
    )
    add.add_argument(
        "--text-file",
        metavar="FILE",
        help=translate("CliTestimonies", "narrative text (default: stdin)"),
    )
    listed = command(
        "list", cmd_testimony_list, translate("CliTestimonies", "list testimonies"), testimony
    )
    listed.add_argument(
        "--case",
        metavar="REF",
        help=translate("CliTestimonies", "only the testimonies of this case"),
    )
    p = command(
        "show", cmd_testimony_show, translate("CliTestimonies", "show one testimony"), testimony
    )
    named = translate("CliTestimonies", "the testimony's id, or its first 8 or more hex digits")
    p.add_argument("id", metavar="TESTIMONY_ID", help=named)
    edit = command(
        "edit",
        cmd_testimony_edit,
        translate("CliTestimonies", "change a testimony's fields (others stay as they are)"),
        testimony,
    )
    edit.add_argument("id", metavar="TESTIMONY_ID", help=named)
    edit.add_argument(
        "--case", metavar="REF", help=translate("CliTestimonies", "move it to this case")
    )
    edit.add_argument(
        "--text-file",
        metavar="FILE",
        help=translate("CliTestimonies", "replace the narrative ('-': stdin)"),
    )
    for p, default in ((add, ""), (edit, None)):
        p.add_argument(
            "--witness", metavar="PERSON_ID", help=translate("CliTestimonies", "'' for none")
        )
        p.add_argument(
            "--summary", default=default, help=translate("CliTestimonies", "a short summary")
        )
        p.add_argument(
            "--interviewer",
            default=default,
            help=translate("CliTestimonies", "who took the testimony"),
        )
        p.add_argument(
            "--date",
            default=default,
            help=translate("CliTestimonies", "YYYY, YYYY-MM or YYYY-MM-DD"),
        )
        p.add_argument("--time", default=default, help=translate("CliTestimonies", "HH:MM"))
        p.add_argument(
            "--place", default=default, help=translate("CliTestimonies", "where it was taken")
        )
        p.add_argument(
            "--language",
            default=default,
            help=translate("CliTestimonies", "the language spoken, as a code, e.g. uz"),
        )
        p.add_argument(
            "--interpreter",
            default=default,
            help=translate("CliTestimonies", "the interpreter, if any"),
        )
        _add_consent_options(p, is_edit=p is edit)
        p.add_argument(
            "--status",
            default="draft" if p is add else None,
            help=translate("CliTestimonies", "draft, final or verified"),
        )
        p.add_argument(
            "--sensitivity",
            default="normal" if p is add else None,
            help=translate("CliTestimonies", "normal, confidential or restricted"),
        )
