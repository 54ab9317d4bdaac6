"""`sandiq event add/list/show/edit`: events (acts or incidents of a case), named by their id.

An event has one date, as precise as it is known (YYYY, YYYY-MM or YYYY-MM-DD); victims and
alleged perpetrators are people (by id), institutions are named in text, and sources are the
testimonies it rests on (by id).
"""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Case, Event, VocabularyTerm
from desktop_app.cli_common import Command, print_json, refuse_unfit_one_line, unlocked
from desktop_app.cli_i18n import fill, translate
from desktop_app.cli_records import (
    AppendOrClear,
    case_by_reference,
    edit_record,
    edited_fields,
    id_list_arg,
    print_created,
    show_record,
)
from desktop_app.core.content import to_content
from desktop_app.core.errors import InvalidInput
from desktop_app.core.vocab import ACT_TYPE_VOCABULARY

# event edit's options that set a field as given (an option left out keeps its field)...
_EVENT_EDIT_FIELDS = {
    "date": "date",
    "place": "place",
    "type": "act_type",
    "description": "description",
    "institution": "institutions",
}
# ... and those that change one in their own way (a case looked up, ids checked).
_EVENT_EDIT_OTHERS = ("case", "victim", "perpetrator", "source")


def _people_and_sources(args: argparse.Namespace) -> dict[str, list[str] | None]:
    """The victims, perpetrators and sources the options give, as ids (None: not given)."""
    return {
        "victims": id_list_arg(args.victim, "person"),
        "perpetrators": id_list_arg(args.perpetrator, "person"),
        "sources": id_list_arg(args.source, "testimony"),
    }


def refuse_unknown_act_type(session: Session, code: str | None) -> None:
    """Raise InvalidInput naming the vault's act type codes if code (None: not given) is none
    of them: a typed --type is a guess at a code, and the codes are what `--type` takes."""
    if code is None:
        return
    query = select(VocabularyTerm.code).where(VocabularyTerm.vocabulary == ACT_TYPE_VOCABULARY)
    known = sorted(session.scalars(query))
    if code not in known:
        message = translate("CliEvents", "unknown act type %1; the act types are: %2")
        raise InvalidInput(fill(message, repr(code), ", ".join(known)))


def cmd_event_add(args: argparse.Namespace) -> None:
    refuse_unfit_one_line("event", {"place": args.place})
    involved = {field: ids or [] for field, ids in _people_and_sources(args).items()}
    with unlocked(args) as vault, vault.transaction() as session:
        refuse_unknown_act_type(session, args.type)
        case = case_by_reference(session, args.case)
        event = vault.writer(session).create(
            "event",
            {
                "case": str(case.id),
                "date": args.date,
                "place": args.place,
                "act_type": args.type,
                "description": args.description,
                "institutions": args.institution or [],
                **involved,
            },
        )
        created = to_content(event)
    print_created(args, created)


def cmd_event_list(args: argparse.Namespace) -> None:
    with unlocked(args) as vault, vault.read() as session:
        query = (
            select(Event, Case.reference)
            .join(Case, Event.case_id == Case.id)
            .where(Event.is_deleted.is_(False))
            .order_by(Case.reference, Event.date, Event.created_at)
        )
        if args.case is not None:
            query = query.where(Event.case_id == case_by_reference(session, args.case).id)
        rows = session.execute(query).all()
        if args.json:
            print_json([to_content(e) for e, _ in rows])
            return
        for e, reference in rows:
            print(f"{e.id}\t{reference}\t{e.date}\t{e.act_type}\t{e.place}")


def cmd_event_show(args: argparse.Namespace) -> None:
    show_record(args, "event")


def cmd_event_edit(args: argparse.Namespace) -> None:
    changes = edited_fields(args, _EVENT_EDIT_FIELDS, "--description", _EVENT_EDIT_OTHERS)
    refuse_unfit_one_line("event", changes)
    changes |= {f: ids for f, ids in _people_and_sources(args).items() if ids is not None}

    def edited_content(session: Session, content: dict[str, Any]) -> dict[str, Any]:
        refuse_unknown_act_type(session, args.type)
        edited = content | changes
        if args.case is not None:
            edited["case"] = str(case_by_reference(session, args.case).id)
        return edited

    edit_record(args, "event", edited_content)


def add_event_commands(sub: Any, command: Command) -> None:
    """Mount `event` and its actions under the sandiq parser's subcommands."""
    events = translate("CliEvents", "events (acts or incidents)")
    event = sub.add_parser("event", help=events).add_subparsers(
        dest="event_command", required=True, metavar="ACTION"
    )
    add = command("add", cmd_event_add, translate("CliEvents", "add an event to a case"), event)
    add.add_argument(
        "--case", required=True, metavar="REF", help=translate("CliEvents", "the case's reference")
    )
    act_type = translate("CliEvents", "act type code")
    add.add_argument("--type", required=True, metavar="ACT", help=act_type)
    command("list", cmd_event_list, translate("CliEvents", "list events"), event).add_argument(
        "--case", metavar="REF", help=translate("CliEvents", "only the events of this case")
    )
    p = command("show", cmd_event_show, translate("CliEvents", "show one event"), event)
    named = translate("CliEvents", "the event's id, or its first 8 or more hex digits")
    p.add_argument("id", metavar="EVENT_ID", help=named)
    edit = command(
        "edit",
        cmd_event_edit,
        translate("CliEvents", "change an event's fields (others stay as they are)"),
        event,
    )
    edit.add_argument("id", metavar="EVENT_ID", help=named)
    edit.add_argument("--case", metavar="REF", help=translate("CliEvents", "move it to this case"))
    edit.add_argument("--type", metavar="ACT", help=act_type)
    date = translate("CliEvents", "YYYY, YYYY-MM or YYYY-MM-DD; empty for unknown")
    # Whole sentences, as add and edit say them: an edit's list replaces the one saved.
    added = (
        translate("CliEvents", "a victim (repeatable)"),
        translate("CliEvents", "an alleged perpetrator (repeatable)"),
        translate("CliEvents", "an institution involved (repeatable)"),
        translate("CliEvents", "a testimony it rests on (repeatable)"),
    )
    edited = (
        translate("CliEvents", "a victim (repeatable; replaces; '' for none)"),
        translate("CliEvents", "an alleged perpetrator (repeatable; replaces; '' for none)"),
        translate("CliEvents", "an institution involved (repeatable; replaces; '' for none)"),
        translate("CliEvents", "a testimony it rests on (repeatable; replaces; '' for none)"),
    )
    for p, default, helps in ((add, "", added), (edit, None, edited)):
        p.add_argument("--date", default=default, help=date)
        p.add_argument("--place", default=default, help=translate("CliEvents", "where it happened"))
        p.add_argument(
            "--description", default=default, help=translate("CliEvents", "what happened")
        )
        for (option, metavar), text in zip(
            (
                ("victim", "PERSON_ID"),
                ("perpetrator", "PERSON_ID"),
                ("institution", "NAME"),
                ("source", "TESTIMONY_ID"),
            ),
            helps,
            strict=True,
        ):
            p.add_argument(f"--{option}", action=AppendOrClear, metavar=metavar, help=text)
