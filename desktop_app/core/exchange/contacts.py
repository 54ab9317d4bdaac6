"""This vault's exchange identity and its contacts, as stored in the vault.

The identity's keys live in the ``identity`` row (created with the vault); contacts are the
``contact`` table. A contact is added from a contact file only after the user compared its
fingerprint; removing one keeps the row (marked removed) so that what was exchanged with that
colleague keeps a name, and bundles from removed contacts are refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Contact
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import ContactFileRejected, InvalidInput, RecordNotFound
from desktop_app.core.exchange.contact import display_name_problem, export_contact, parse_contact
from desktop_app.core.exchange.identity import BundleIdentity, ContactKeys, format_fingerprint
from desktop_app.core.identity import load_identity

if TYPE_CHECKING:
    from desktop_app.core.vault import Vault

MIN_KEY_ID_PREFIX = 8


@dataclass(frozen=True)
class IdentityInfo:
    """What this vault shows about itself."""

    display_name: str
    key_id: str
    fingerprint: str


@dataclass(frozen=True)
class ContactInfo:
    """A contact as lists and dialogs show it."""

    key_id: str
    display_name: str
    fingerprint: str
    is_verified: bool
    is_removed: bool
    added_at: str
    last_sequence_received: int


def vault_identity(session: Session) -> BundleIdentity:
    """This vault's private exchange keys."""
    identity = load_identity(session)
    return BundleIdentity(identity.x25519_private, identity.ed25519_private)


def identity_info(session: Session) -> IdentityInfo:
    """This vault's display name, key id and readable fingerprint."""
    row = load_identity(session)
    return IdentityInfo(
        display_name=row.display_name,
        key_id=row.fingerprint,
        fingerprint=format_fingerprint(bytes.fromhex(row.fingerprint)),
    )


def rename_identity(vault: Vault, display_name: str) -> None:
    """Change the name colleagues see in this vault's contact file."""
    display_name = display_name.strip()
    problem = display_name_problem(display_name)
    if problem:
        raise InvalidInput(f"The display name {problem}.")
    with vault.transaction() as session:
        load_identity(session).display_name = display_name


def my_contact_file(session: Session) -> bytes:
    """The contact file of this vault (public keys and display name only)."""
    row = load_identity(session)
    if not row.display_name:
        raise InvalidInput(
            "This vault has no display name yet; set one first (sandiq identity rename NAME)."
        )
    return export_contact(vault_identity(session), row.display_name)


def _info(contact: Contact) -> ContactInfo:
    return ContactInfo(
        key_id=contact.key_id,
        display_name=contact.display_name,
        fingerprint=format_fingerprint(bytes.fromhex(contact.key_id)),
        is_verified=contact.is_verified,
        is_removed=contact.is_removed,
        added_at=contact.added_at,
        last_sequence_received=contact.last_sequence_received,
    )


def read_contact_file(session: Session, data: bytes) -> ContactKeys:
    """The keys in a contact file, refusing this vault's own; nothing is stored yet."""
    keys = parse_contact(data)
    if keys.key_id == load_identity(session).fingerprint:
        raise ContactFileRejected("This contact file is this vault's own identity.", "own")
    return keys


def add_contact(vault: Vault, data: bytes, *, is_verified: bool = False) -> ContactInfo:
    """Store the contact in a contact file (call only after the user confirmed its fingerprint).

    Adding a contact that was removed makes it active again; adding one that exists updates
    its display name.
    """
    with vault.transaction() as session:
        keys = read_contact_file(session, data)
        contact = session.get(Contact, keys.key_id)
        if contact is None:
            contact = Contact(
                key_id=keys.key_id,
                x25519_public=keys.x25519_public,
                ed25519_public=keys.ed25519_public,
                added_at=utc_now(),
                is_verified=False,
                records_sent_through=0,
                attachments_sent_through=0,
                last_sequence_received=0,
            )
            session.add(contact)
        contact.display_name = keys.display_name
        contact.is_removed = False
        contact.is_verified = contact.is_verified or is_verified
        session.flush()
        return _info(contact)


def list_contacts(session: Session, *, include_removed: bool = False) -> list[ContactInfo]:
    """Contacts by display name; removed ones only when asked for."""
    query = select(Contact).order_by(Contact.display_name, Contact.key_id)
    if not include_removed:
        query = query.where(Contact.is_removed.is_(False))
    return [_info(contact) for contact in session.scalars(query)]


def find_contact(session: Session, who: str, *, include_removed: bool = False) -> Contact:
    """The contact named who (display name, any case) or whose key id starts with who."""
    who = who.strip()
    query = select(Contact)
    if not include_removed:
        query = query.where(Contact.is_removed.is_(False))
    contacts = list(session.scalars(query))
    by_name = [c for c in contacts if c.display_name.casefold() == who.casefold()]
    prefix = who.lower().replace(" ", "")
    by_key = (
        [c for c in contacts if c.key_id.startswith(prefix)]
        if len(prefix) >= MIN_KEY_ID_PREFIX
        else []
    )
    matches = by_name or by_key
    if not matches:
        raise RecordNotFound(f"no contact named {who!r} (see sandiq contact list)")
    if len(matches) > 1:
        raise InvalidInput(f"several contacts match {who!r}; give the start of a key id instead")
    return matches[0]


def set_contact_verified(vault: Vault, who: str, is_verified: bool = True) -> ContactInfo:
    """Mark a contact as verified (fingerprint compared in person) or not."""
    with vault.transaction() as session:
        contact = find_contact(session, who)
        contact.is_verified = is_verified
        return _info(contact)


def remove_contact(vault: Vault, who: str) -> ContactInfo:
    """Stop accepting bundles from a contact and stop offering it as a recipient."""
    with vault.transaction() as session:
        contact = find_contact(session, who)
        contact.is_removed = True
        return _info(contact)


def contact_keys(contact: Contact) -> ContactKeys:
    """The public keys of a stored contact."""
    return ContactKeys(contact.x25519_public, contact.ed25519_public, contact.display_name)


def active_contact_keys(session: Session) -> list[ContactKeys]:
    """The keys bundles may come from."""
    query = select(Contact).where(Contact.is_removed.is_(False))
    return [contact_keys(contact) for contact in session.scalars(query)]
