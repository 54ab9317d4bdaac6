"""Contacts named on the `sandiq` command line, and core's refusals of a name in the user's
language.

Core's ``find_contact`` refuses in English (scripts and docs quote it); the exchange commands
catch its refusals where nothing else of the same class can come, or look the names up
themselves where something can (``bundle export``: a --case reference), and say them as here.
English stays core's sentence word for word.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop_app.cli_i18n import fill, translate
from desktop_app.core.errors import InvalidInput, RecordNotFound
from desktop_app.core.exchange.contacts import find_contact


def no_such_contact(who: str) -> RecordNotFound:
    """What ``find_contact`` refuses for a name no contact goes by."""
    text = translate("CliExchange", "no contact named %1 (see sandiq contact list)")
    return RecordNotFound(fill(text, repr(who.strip())))


def several_contacts(who: str) -> InvalidInput:
    """What ``find_contact`` refuses for a name several contacts go by."""
    text = translate("CliExchange", "several contacts match %1; give the start of a key id instead")
    return InvalidInput(fill(text, repr(who.strip())))


def recipient_ids(session: Session, who: Sequence[str]) -> list[str]:
    """The key ids of the contacts named (names or key ids), in order."""
    key_ids: list[str] = []
    for name in who:
        try:
            key_ids.append(find_contact(session, name).key_id)
        except RecordNotFound:
            raise no_such_contact(name) from None
        except InvalidInput:  # its only other one
            raise several_contacts(name) from None
    return key_ids
