"""This vault's exchange identity and its contacts, as stored in the vault.

The identity's keys live in the ``identity`` row (created with the vault); contacts are the
``contact`` table. A contact is added from a contact file only after the user compared its
fingerprint; removing one keeps the row (marked removed) so that what was exchanged with that
colleague keeps a name, and bundles from removed contacts are refused. The removal is logged in
the audit log (the removed key id where a record's content hash would be: both are SHA-256 hex),
so a refusal can say when. No two active contacts share a name: ``--to NAME`` must name one.

The name inside a contact file is not covered by the fingerprint, so adding a contact again
keeps the name the user gave it unless they give another. A file pairing a contact's (or this
vault's) signing or encryption key with a different key is refused: it was altered or is not
theirs, and bundles sent "to" it would be readable by whoever holds its encryption key.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange_state import Contact
from db.vault_bookkeeping import AuditEntry
from desktop_app.core.audit import AuditLog
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import ContactFileRejected, InvalidInput, RecordNotFound
from desktop_app.core.exchange.contact import display_name_problem, export_contact, parse_contact
from desktop_app.core.exchange.identity import BundleIdentity, ContactKeys, format_fingerprint
from desktop_app.core.exchange.open_refusals import UNKNOWN_SENDER
from desktop_app.core.identity import load_identity

if TYPE_CHECKING:
    from desktop_app.core.vault import Vault

MIN_KEY_ID_PREFIX = 8
REMOVE_CONTACT = "remove_contact"  # the audit action
REMOVED_SENDER = (
    "This bundle comes from {}, who was removed from your contacts (fingerprint {}); add the "
    "contact again to accept it."
)
REMOVED_SENDER_ON = (
    "This bundle comes from {}, who was removed from your contacts on {} (fingerprint {}); add "
    "the contact again to accept it."
)
# The same name now belongs to another key: the old one may be on a lost or seized laptop, so
# these do not suggest adding it again.
OLD_KEY = (
    "This bundle comes from a key of {} that was removed from your contacts (fingerprint {}). "
    "{} now uses another key; this bundle is from the old one."
)
OLD_KEY_ON = (
    "This bundle comes from a key of {} that was removed from your contacts on {} (fingerprint "
    "{}). {} now uses another key; this bundle is from the old one."
)


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


class ContactNameTaken(InvalidInput):
    """Another active contact already goes by the name; ``other`` is that contact."""

    def __init__(self, name: str, other: ContactInfo) -> None:
        super().__init__(
            f"another contact is already named {name!r} (fingerprint {other.fingerprint}); "
            "add this one under another name with --name NAME"
        )
        self.name = name
        self.other = other


class ContactKeyReused(ContactFileRejected):
    """A contact file carries the signing or encryption key of a contact (``other``), or of
    this vault (``other`` None), paired with a key that is not theirs."""

    def __init__(self, which: str, other: ContactInfo | None) -> None:
        owner = (
            "this vault"
            if other is None
            else f"your contact {other.display_name} (fingerprint {other.fingerprint})"
        )
        super().__init__(
            f"This contact file has the {which} key of {owner} with a different "
            f"{_OTHER_KEY[which]} key; it was altered or is not theirs, and was not added.",
            "key_reused",
        )
        self.which = which
        self.other = other


_OTHER_KEY = {"signing": "encryption", "encryption": "signing"}


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
    """The keys in a contact file, refusing this vault's own and one that pairs a key of a
    contact (or of this vault) with another key (ContactKeyReused); nothing is stored yet."""
    keys = parse_contact(data)
    own = vault_identity(session).public
    if keys.key_id == own.key_id:
        raise ContactFileRejected("This contact file is this vault's own identity.", "own")
    if keys.ed25519_public == own.ed25519_public:
        raise ContactKeyReused("signing", None)
    if keys.x25519_public == own.x25519_public:
        raise ContactKeyReused("encryption", None)
    query = select(Contact).where(
        Contact.key_id != keys.key_id,
        (Contact.ed25519_public == keys.ed25519_public)
        | (Contact.x25519_public == keys.x25519_public),
    )
    # Removed contacts too: their keys were theirs, and a removal is no reason to lend them.
    other = session.scalars(query.order_by(Contact.key_id)).first()
    if other is not None:
        which = "signing" if other.ed25519_public == keys.ed25519_public else "encryption"
        raise ContactKeyReused(which, _info(other))
    return keys


def same_name(name: str, other: str) -> bool:
    """True when two display names are the same to a reader (any case, any Unicode form)."""

    def folded(text: str) -> str:
        return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())

    return folded(name) == folded(other)


def namesake(session: Session, name: str, key_id: str) -> ContactInfo | None:
    """The active contact, other than the one with key_id, whose display name is name."""
    query = select(Contact).where(Contact.is_removed.is_(False), Contact.key_id != key_id)
    return next((_info(c) for c in session.scalars(query) if same_name(c.display_name, name)), None)


def add_contact(
    vault: Vault, data: bytes, *, is_verified: bool = False, display_name: str | None = None
) -> ContactInfo:
    """Store the contact in a contact file (call only after the user confirmed its fingerprint),
    under display_name if given, else under the name it has as an active contact, else the
    file's name.

    The file's name is not covered by the fingerprint: an edited copy of a colleague's file
    must not rename them, so an active contact is renamed only when display_name says so.
    Adding a contact that was removed makes it active again; the verified mark is kept.
    Raises ContactNameTaken (nothing stored) when another active contact already has that
    name, ContactKeyReused when the file pairs another contact's key with a new one.
    """
    with vault.transaction() as session:
        keys = read_contact_file(session, data)
        contact = session.get(Contact, keys.key_id)
        if display_name is not None:
            name = display_name.strip()
        elif contact is not None and not contact.is_removed:
            name = contact.display_name
        else:
            name = keys.display_name
        problem = display_name_problem(name)
        if problem:
            raise InvalidInput(f"The display name {problem}.")
        other = namesake(session, name, keys.key_id)
        if other is not None:
            raise ContactNameTaken(name, other)
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
        contact.display_name = name
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
    by_name = [c for c in contacts if same_name(c.display_name, who)]
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
        AuditLog(session).append(
            utc_now(), vault.fingerprint, REMOVE_CONTACT, content_hash=contact.key_id
        )
        return _info(contact)


def _removal_date(session: Session, key_id: str) -> str:
    """The day (UTC) key_id was last removed from the contacts ("" if never, or before
    removals were logged)."""
    query = (
        select(AuditEntry.at)
        .where(AuditEntry.action == REMOVE_CONTACT, AuditEntry.content_hash == key_id)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    )
    return (session.scalar(query) or "")[:10]


def sender_name(session: Session, sender: ContactKeys) -> str:
    """Who signed a bundle, as every line about it names them: by their contact name (a
    removed contact's too, as its refusal does), a stranger by fingerprint."""
    contact = session.get(Contact, sender.key_id)
    return contact.display_name if contact and contact.display_name else sender.fingerprint


def sender_refusal(session: Session, sender: ContactKeys) -> str:
    """Why a bundle signed by sender, no active contact, is refused: a stranger's, a removed
    contact's (when it was removed), or the old key of a colleague who now uses another."""
    contact = session.get(Contact, sender.key_id)
    if contact is None or not contact.is_removed:
        return UNKNOWN_SENDER.format(sender.fingerprint)
    removed_on = _removal_date(session, contact.key_id)
    name, fingerprint = contact.display_name, sender.fingerprint
    successor = namesake(session, name, contact.key_id)
    if successor is not None:
        if removed_on:
            return OLD_KEY_ON.format(name, removed_on, fingerprint, successor.display_name)
        return OLD_KEY.format(name, fingerprint, successor.display_name)
    if removed_on:
        return REMOVED_SENDER_ON.format(name, removed_on, fingerprint)
    return REMOVED_SENDER.format(name, fingerprint)


def removed_contacts(session: Session) -> dict[str, str]:
    """The contacts this vault removed: display name by key id."""
    query = select(Contact.key_id, Contact.display_name).where(Contact.is_removed.is_(True))
    return {key_id: name for key_id, name in session.execute(query)}


def contact_keys(contact: Contact) -> ContactKeys:
    """The public keys of a stored contact."""
    return ContactKeys(contact.x25519_public, contact.ed25519_public, contact.display_name)


def active_contact_keys(session: Session) -> list[ContactKeys]:
    """The keys bundles may come from."""
    query = select(Contact).where(Contact.is_removed.is_(False))
    return [contact_keys(contact) for contact in session.scalars(query)]
