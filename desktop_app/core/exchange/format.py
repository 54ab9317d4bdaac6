"""The bundle payload format, versions 1 and 2: constants, limits and the manifest.

``docs/bundle-format.md`` is the specification; this module is its executable half. The payload
(the age plaintext) is::

    magic | u32 length | manifest (canonical JSON) | Ed25519 signature | records | attachments

The manifest lists the SHA-256 and size of the records and of every attachment, so the signature
over the manifest covers the whole payload, and a reader knows every length before it reads.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.identity import ContactKeys, age_recipient_to_bytes
from desktop_app.core.file_name_characters import is_dropped_from_names
from desktop_app.core.strict_json import canonical_json, loads_strict

MAGIC_BYTES = 17  # every version's magic is as long, so a reader knows how much to read first
LENGTH_BYTES = 4
SIGNATURE_BYTES = 64
CHUNK_BYTES = 64 * 1024

# Limits of versions 1 and 2. A writer MUST stay within them and a reader MUST reject anything
# beyond them before it allocates or stages a byte (see the spec for each reason).
MAX_AGE_HEADER_BYTES = 16 * 1024
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_RECIPIENTS = 64
MAX_ATTACHMENTS = 50_000
MAX_RECORDS_BYTES = 256 * 1024 * 1024
MIN_RECORDS_BYTES = 2  # "{}"
MAX_ATTACHMENT_BYTES = 64 * 1024**3
MAX_BODY_BYTES = 256 * 1024**3
MAX_SEQUENCE = 2**53 - 1  # exact in every JSON implementation
MAX_NAME_CHARS = 255

_MANIFEST_KEYS = {
    "attachments",
    "bundle_id",
    "created_at",
    "recipients",
    "records",
    "sender",
    "sequence",
}
# In every manifest of version 2, in none of version 1 (see the spec's "Versioning").
_SENT_BEFORE = "sent_before"
_SENT_BEFORE_KEYS = {"bundles", "latest"}
_SENDER_KEYS = {"ed25519", "x25519"}
_PART_KEYS = {"sha256", "size"}
_ATTACHMENT_KEYS = {"id", "name", "sha256", "size"}
_HEX64 = re.compile(r"[0-9a-f]{64}")
# ASCII digits only: ``\d`` and strptime take Arabic-Indic ones too, so two readers of the same
# signed bytes could disagree.
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
# Characters that change how a name is read or where a file lands. The vault's own intake
# (attachments.safe_file_name) drops these and every other one file_name_characters names, so
# its names pass. A backslash is part of a name on Linux and macOS, so it travels; a copy saved
# to disk has it replaced (attachment_access.name_for_disk).
_NAME_FORBIDDEN = set("/")
_NAME_FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Zl", "Zp"}
_WINDOWS_DRIVE = re.compile(r"[A-Za-z]:")


@dataclass(frozen=True)
class FormatVersion:
    """One version of the payload: its magic, and the context string its signatures are made
    in (so that a signature made for one version never verifies as another's)."""

    number: int
    magic: bytes
    signature_context: bytes

    @property
    def has_sent_before(self) -> bool:
        """Whether its manifest carries sent_before: always from version 2 on, never before."""
        return self.number >= 2

    def signed_message(self, header: bytes) -> bytes:
        """What the sender signs: this version's context string and magic | length | manifest."""
        return self.signature_context + header


VERSION_1 = FormatVersion(1, b"sandiq-bundle/v1\n", b"sandiq-bundle-signature/v1\n")
VERSION_2 = FormatVersion(2, b"sandiq-bundle/v2\n", b"sandiq-bundle-signature/v2\n")
CURRENT = VERSION_2  # what writers write; readers read every version in VERSIONS
VERSIONS = {version.magic: version for version in (VERSION_1, VERSION_2)}


@dataclass(frozen=True)
class AttachmentEntry:
    """One attachment as the manifest lists it."""

    id: UUID
    name: str
    size: int
    sha256: bytes


@dataclass(frozen=True)
class SentBefore:
    """How many bundles the sender wrote to one recipient before this one, and the sequence
    number of the latest of them (0 if none): what tells that recipient which were lost."""

    key_id: str
    bundles: int
    latest: int


@dataclass(frozen=True)
class BundleInfo:
    """What a bundle declares about itself (its manifest), once written or verified."""

    bundle_id: UUID
    created_at: datetime
    sender: ContactKeys
    recipients: tuple[str, ...]  # key ids, sorted
    sequence: int
    records_size: int
    records_sha256: bytes
    attachments: tuple[AttachmentEntry, ...]
    # One per recipient, in their order; None for a bundle of version 1, which lacks it.
    sent_before: tuple[SentBefore, ...] | None = None

    def sent_before_to(self, key_id: str) -> SentBefore | None:
        """What the bundle says the sender wrote to key_id before it, if it says (None)."""
        return next((s for s in self.sent_before or () if s.key_id == key_id), None)

    @property
    def body_size(self) -> int:
        """Bytes after the signature: the records and every attachment."""
        return self.records_size + sum(entry.size for entry in self.attachments)


def attachment_name_problem(name: str) -> str | None:
    """Why name cannot be an attachment's file name, or None if it can."""
    if not 1 <= len(name) <= MAX_NAME_CHARS:
        return f"must be 1 to {MAX_NAME_CHARS} characters"
    if name in {".", ".."} or _WINDOWS_DRIVE.match(name):
        return "must not be a path"
    if name != name.strip():
        return "must not start or end with white space"
    if any(
        c in _NAME_FORBIDDEN or unicodedata.category(c) in _NAME_FORBIDDEN_CATEGORIES for c in name
    ):
        return "must not contain slashes or control characters"
    if any(is_dropped_from_names(c) for c in name):
        return "must not contain invisible, private-use or unassigned characters"
    return None


def encode_manifest(info: BundleInfo) -> bytes:
    """The canonical manifest bytes for info: of version 2 if it has sent_before, else of 1."""
    manifest = {
        "attachments": [
            {"id": str(e.id), "name": e.name, "sha256": e.sha256.hex(), "size": e.size}
            for e in info.attachments
        ],
        "bundle_id": str(info.bundle_id),
        "created_at": format_timestamp(info.created_at),
        "recipients": list(info.recipients),
        "records": {"sha256": info.records_sha256.hex(), "size": info.records_size},
        "sender": {
            "ed25519": info.sender.ed25519_public.hex(),
            "x25519": info.sender.age_recipient,
        },
        "sequence": info.sequence,
    }
    if info.sent_before is not None:
        manifest[_SENT_BEFORE] = {
            s.key_id: {"bundles": s.bundles, "latest": s.latest} for s in info.sent_before
        }
    return canonical_json(manifest)


def format_timestamp(moment: datetime) -> str:
    """A time as the manifest writes it: UTC, to the second, ``2025-01-31T12:00:00Z``."""
    utc = moment.astimezone(UTC)
    # Not strftime: glibc writes year 1 as "1", which is not the manifest's form.
    return f"{utc.year:04d}-{utc:%m-%dT%H:%M:%S}Z"


def _malformed(what: str) -> BundleRejected:
    return BundleRejected(f"This bundle's manifest is malformed: {what}.")


def _object(value: Any, keys: set[str], what: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise _malformed(
            f"{what} must be an object with exactly the keys {', '.join(sorted(keys))}"
        )
    return value


def _integer(value: Any, low: int, high: int, what: str) -> int:
    # bool is an int in Python but not in JSON's sense.
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _malformed(f"{what} must be an integer from {low} to {high}")
    return value


def _digest(value: Any, what: str) -> bytes:
    if not isinstance(value, str) or not _HEX64.fullmatch(value):
        raise _malformed(f"{what} must be 64 lower-case hex digits")
    return bytes.fromhex(value)


def _uuid(value: Any, what: str) -> UUID:
    try:
        parsed = UUID(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != value:
        raise _malformed(f"{what} must be a lower-case UUID")
    return parsed


def _bundle_id(value: Any) -> UUID:
    parsed = _uuid(value, "bundle_id")
    # Every Sandiq release wrote uuid4 ids; a nil or time-based id is made by hand, and a time
    # one would also tell when and on which machine the bundle was made.
    if parsed.version != 4:
        raise _malformed("bundle_id must be a random (version 4) UUID")
    return parsed


def _timestamp(value: Any) -> datetime:
    try:
        if isinstance(value, str) and _TIMESTAMP.fullmatch(value):
            return datetime.strptime(value, _TIMESTAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        pass
    raise _malformed("created_at must be a UTC time like 2025-01-31T12:00:00Z")


def _sender(value: Any) -> ContactKeys:
    sender = _object(value, _SENDER_KEYS, "sender")
    ed25519 = sender["ed25519"]
    if not isinstance(ed25519, str) or not _HEX64.fullmatch(ed25519):
        raise _malformed("sender.ed25519 must be 64 lower-case hex digits")
    try:
        x25519 = age_recipient_to_bytes(sender["x25519"])
    except (ValueError, AttributeError, TypeError):
        raise _malformed("sender.x25519 must be an age1... recipient") from None
    return ContactKeys(x25519_public=x25519, ed25519_public=bytes.fromhex(ed25519))


def _recipients(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_RECIPIENTS:
        raise _malformed(f"recipients must list 1 to {MAX_RECIPIENTS} key ids")
    for key_id in value:
        _digest(key_id, "each recipient")
    if value != sorted(set(value)):
        raise _malformed("recipients must be sorted and unique")
    return tuple(value)


def _attachments(value: Any) -> tuple[AttachmentEntry, ...]:
    if not isinstance(value, list) or len(value) > MAX_ATTACHMENTS:
        raise _malformed(f"attachments must list at most {MAX_ATTACHMENTS} entries")
    entries = []
    for raw in value:
        item = _object(raw, _ATTACHMENT_KEYS, "an attachment")
        name = item["name"]
        problem = attachment_name_problem(name) if isinstance(name, str) else "must be a string"
        if problem:
            raise _malformed(f"an attachment name {problem}")
        entries.append(
            AttachmentEntry(
                id=_uuid(item["id"], "an attachment id"),
                name=name,
                size=_integer(item["size"], 0, MAX_ATTACHMENT_BYTES, "an attachment size"),
                sha256=_digest(item["sha256"], "an attachment sha256"),
            )
        )
    if len({entry.id for entry in entries}) != len(entries):
        raise _malformed("attachment ids must be unique")
    return tuple(entries)


def sent_before_problem(sent: SentBefore, sequence: int) -> str | None:
    """Why sent cannot describe the bundles before bundle number sequence, or None if it can:
    the latest is below this one, is 0 exactly when there were none, and leaves room for them
    (numbers start at 1)."""
    if not 0 <= sent.bundles <= sent.latest < sequence or (sent.bundles == 0) != (sent.latest == 0):
        return (
            "sent_before must give, for each recipient, 0 bundles and latest 0, or n bundles "
            "and a latest from n to the sequence minus 1"
        )
    return None


def _sent_before(value: Any, recipients: tuple[str, ...], sequence: int) -> tuple[SentBefore, ...]:
    if not isinstance(value, dict) or sorted(value) != list(recipients):
        raise _malformed("sent_before must have exactly one member for each recipient")
    entries = []
    for key_id in recipients:
        item = _object(value[key_id], _SENT_BEFORE_KEYS, "each sent_before entry")
        entry = SentBefore(
            key_id=key_id,
            bundles=_integer(item["bundles"], 0, MAX_SEQUENCE, "sent_before bundles"),
            latest=_integer(item["latest"], 0, MAX_SEQUENCE, "sent_before latest"),
        )
        problem = sent_before_problem(entry, sequence)
        if problem:
            raise _malformed(problem)
        entries.append(entry)
    return tuple(entries)


def parse_manifest(data: bytes, version: FormatVersion) -> BundleInfo:
    """Parse and check manifest bytes of version, or raise BundleRejected saying what is wrong."""
    try:
        raw = loads_strict(data)
    except ValueError:
        raise _malformed("it is not strict UTF-8 JSON") from None
    has_sent_before = version.has_sent_before
    keys = _MANIFEST_KEYS | {_SENT_BEFORE} if has_sent_before else _MANIFEST_KEYS
    manifest = _object(raw, keys, "the manifest")
    records = _object(manifest["records"], _PART_KEYS, "records")
    recipients = _recipients(manifest["recipients"])
    sequence = _integer(manifest["sequence"], 1, MAX_SEQUENCE, "sequence")
    info = BundleInfo(
        bundle_id=_bundle_id(manifest["bundle_id"]),
        created_at=_timestamp(manifest["created_at"]),
        sender=_sender(manifest["sender"]),
        recipients=recipients,
        sequence=sequence,
        records_size=_integer(
            records["size"], MIN_RECORDS_BYTES, MAX_RECORDS_BYTES, "records.size"
        ),
        records_sha256=_digest(records["sha256"], "records.sha256"),
        attachments=_attachments(manifest["attachments"]),
        sent_before=(
            _sent_before(manifest[_SENT_BEFORE], recipients, sequence) if has_sent_before else None
        ),
    )
    if info.body_size > MAX_BODY_BYTES:
        raise _malformed(f"the content must total at most {MAX_BODY_BYTES} bytes")
    # One byte string per manifest: no second encoding of the same facts to reason about.
    try:
        is_canonical = canonical_json(manifest) == data
    except (ValueError, UnicodeEncodeError):
        is_canonical = False
    if not is_canonical:
        raise _malformed("it is not in canonical form")
    return info
