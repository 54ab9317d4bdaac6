"""Two (or three) vaults that know each other, and what a user would compare after an import."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import func, select

from db.exchange_state import Contact, ExchangedBundle, RecordClock, SyncConflict
from db.models import AttachmentChunk
from db.vault_bookkeeping import AuditEntry, Revision
from desktop_app.core.attachments import add_attachment, iter_attachment_bytes
from desktop_app.core.content import MODEL_OF_KIND
from desktop_app.core.exchange.contacts import add_contact, my_contact_file
from desktop_app.core.exchange.export import ExportReport, export_bundle
from desktop_app.core.exchange.importer import ImportReport, import_bundle
from desktop_app.core.interchange import export_document
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

PHOTO = bytes(range(256)) * 700  # crosses the 64 KiB chunk boundary of age and of the reader


@dataclass
class Site:
    """One vault with its owner's name, and a place for files it sends."""

    name: str
    vault: Vault
    folder: Path

    def export(self, *to: str, **kwargs: Any) -> ExportReport:
        """Write a bundle to colleagues (by display name) into this site's folder."""
        count = len(list(self.folder.glob("*.sandiq")))
        out = self.folder / f"{self.name.lower()}-{count + 1}.sandiq"
        return export_bundle(self.vault, out, list(to), **kwargs)

    def import_(self, path: Path | None, **kwargs: Any) -> ImportReport:
        """Import a bundle, staging in this site's private folder."""
        assert path is not None
        staging = self.folder / "staging"
        staging.mkdir(exist_ok=True)
        return import_bundle(self.vault, path, staging_dir=staging, **kwargs)

    def write(self, kind: str, data: dict[str, Any]) -> UUID:
        """Create a record, as a user would."""
        with self.vault.transaction() as session:
            return self.vault.writer(session).create(kind, data).id

    def edit(self, kind: str, record_id: UUID, **changes: Any) -> None:
        """Change some fields of a record."""
        from desktop_app.core.content import to_content

        with self.vault.transaction() as session:
            record = get_record(session, kind, record_id)
            self.vault.writer(session).update(record, {**to_content(record), **changes})

    def delete(self, kind: str, record_id: UUID) -> None:
        """Tombstone a record."""
        with self.vault.transaction() as session:
            self.vault.writer(session).delete(get_record(session, kind, record_id))

    def attach(self, owner_kind: str, owner_id: UUID, data: bytes, name: str) -> UUID:
        """Take a file into the vault."""
        with self.vault.transaction() as session:
            writer = self.vault.writer(session)
            return add_attachment(writer, owner_kind, owner_id, io.BytesIO(data), name).id

    def content(self, kind: str, record_id: UUID) -> dict[str, Any]:
        """A record's content and tombstone flag."""
        from desktop_app.core.content import to_content

        with self.vault.read() as session:
            record = get_record(session, kind, record_id)
            return {**to_content(record), "deleted": record.is_deleted}

    def attachment_bytes(self, attachment_id: UUID) -> bytes:
        """The stored bytes of an attachment."""
        with self.vault.read() as session:
            return b"".join(iter_attachment_bytes(session, attachment_id))

    def document(self) -> dict[str, Any]:
        """Every live record, as export-json sees them."""
        with self.vault.read() as session:
            return export_document(session)

    def snapshot(self) -> dict[str, Any]:
        """Everything an import could change, to compare before and after a refusal."""
        with self.vault.read() as session:
            counts = {
                model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (
                    AuditEntry,
                    Revision,
                    AttachmentChunk,
                    ExchangedBundle,
                    SyncConflict,
                    RecordClock,
                    Contact,
                    *MODEL_OF_KIND.values(),
                )
            }
            clocks = dict(session.execute(select(RecordClock.record_id, RecordClock.clock)).all())
            return {"document": export_document(session), "counts": counts, "clocks": clocks}


def make_site(root: Path, name: str) -> Site:
    """A new vault owned by name."""
    folder = root / name.lower()
    vault = create_vault(folder / "vault", PASSPHRASE, display_name=name, kdf=FAST_KDF).vault
    return Site(name, vault, folder)


def introduce(*sites: Site) -> None:
    """Every site adds every other as a contact."""
    for site in sites:
        for other in sites:
            if other is not site:
                with other.vault.read() as session:
                    add_contact(site.vault, my_contact_file(session))


@contextmanager
def acquainted(root: Path, *names: str) -> Iterator[tuple[Site, ...]]:
    """New vaults owned by these names, each a contact of the others; locked when done."""
    sites = tuple(make_site(root, name) for name in names)
    introduce(*sites)
    try:
        yield sites
    finally:
        for site in sites:
            if not site.vault.is_locked:
                site.vault.lock()


def sample_case(site: Site, reference: str = "KG-2010-0007") -> dict[str, UUID]:
    """A case using every kind of record and reference, with two attachments."""
    case = site.write(
        "case",
        {
            "reference": reference,
            "title": "Detention of Azimjan Askarov",
            "summary": "Arrested after the June events in Bazar-Korgon.",
            "status": "under_review",
            "country": "KG",
            "region": "Jalal-Abad",
            "place": "Bazar-Korgon",
            "start_date": "2010-06",
            "end_date": "2010-09-15",
            "violation_types": ["arbitrary_detention", "torture"],
            "tags": ["june-2010"],
            "sensitivity": "confidential",
        },
    )
    victim = site.write("person", {"name": "Azimjan Askarov", "other_names": ["Азимжан Аскаров"]})
    witness = site.write(
        "person",
        {
            "name": "Dilnoza Shamsutdinova",
            "sex": "female",
            "birth_date": "1979",
            "protected": True,
            "pseudonym": "Witness A",
            "notes": "Lives in Osh.",
        },
    )
    party = site.write("case_party", {"case": str(case), "person": str(victim), "role": "victim"})
    testimony = site.write(
        "testimony",
        {
            "case": str(case),
            "witness": str(witness),
            "interviewer": "N. R.",
            "date": "2010-07-02",
            "time": "14:30",
            "place": "Osh",
            "language": "uz",
            "consent": {"given": True, "scope": ["reports"], "anonymise": True},
            "narrative": "Uni kechasi uyidan olib ketishdi. Его забрали ночью.",
            "summary": "Saw the arrest.",
            "translations": {"ru": "Его забрали ночью."},
            "status": "final",
            "sensitivity": "restricted",
        },
    )
    event = site.write(
        "event",
        {
            "case": str(case),
            "date": "2010-06-15",
            "place": "Bazar-Korgon",
            "act_type": "arbitrary_detention",
            "description": "Taken from home by police.",
            "victims": [str(victim)],
            "perpetrators": [],
            "institutions": ["Bazar-Korgon police"],
            "sources": [str(testimony)],
        },
    )
    photo = site.attach("event", event, PHOTO, "фото ареста.jpg")
    audio = site.attach("testimony", testimony, b"RIFF....WAVE", "interview.wav")
    return {
        "case": case,
        "victim": victim,
        "witness": witness,
        "party": party,
        "testimony": testimony,
        "event": event,
        "photo": photo,
        "audio": audio,
    }
