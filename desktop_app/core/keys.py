"""The vault header: the data key, wrapped under each way the user has to open the vault.

The database is encrypted with a random 256-bit data key. That key is never stored in the clear:
the header holds it wrapped (ChaCha20-Poly1305) once per *slot* — a passphrase slot whose
wrapping key comes from Argon2id, a recovery slot whose wrapping key comes from a random 256-bit
recovery key shown once at creation (HKDF is enough there: the key is already uniform), and,
when the user made them, a shares slot under a random secret split among colleagues
(``recovery_shares``).
Changing the passphrase rewraps the data key; the database is not touched. Destroying the
header destroys every way to the data key (crypto-shredding).

The header is JSON so that a future version can add slots and KDF parameters without guessing
at byte offsets; it holds no case data, only a random vault id, salts, nonces and ciphertexts.

Every write adds ``checksum_sha256`` (older headers lack it and stay valid), so that a slot
failing in a header damaged by accident raises VaultHeaderDamaged, not WrongPassphrase. It is
no defence against a deliberate edit: each slot's AEAD already makes that fail safely.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.core.errors import (
    InvalidInput,
    NotARecoveryKey,
    SlotMissing,
    VaultCorrupted,
    VaultFromNewerVersion,
    VaultHeaderDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
    WrongShares,
)
from desktop_app.core.fileio import write_atomically

HEADER_FORMAT = "sandiq-vault-header"
HEADER_VERSION = 1
# A header with a shares slot says version 2, so that a Sandiq from before shares refuses it as
# "made by a newer version" rather than as damaged; the slots' binding (_aad) stays at 1.
SHARES_HEADER_VERSION = 2
DATA_KEY_BYTES = 32
RECOVERY_KEY_BYTES = 32
MAX_HEADER_BYTES = 64 * 1024
SLOT_PASSPHRASE = "passphrase"
SLOT_RECOVERY = "recovery"
SLOT_SHARES = "shares"
CHECKSUM_FIELD = "checksum_sha256"
# Crockford's base32: no I, L, O, U, so a handwritten key cannot be misread.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_READ_AS = {"O": "0", "I": "1", "L": "1"}


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored in the header so they can be raised later."""

    memory_kib: int = 128 * 1024
    iterations: int = 4
    lanes: int = 4

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        """Derive a 256-bit wrapping key from a passphrase."""
        return Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(secret)


# About 0.45 s on a 2-core laptop: slow for a guesser, unnoticeable at unlock.
DEFAULT_KDF = KdfParams()
# Floor for any header we accept, so a tampered header cannot downgrade the KDF to nothing.
MIN_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
# Ceiling, so a tampered header cannot make unlocking take hours or exhaust memory.
MAX_KDF = KdfParams(memory_kib=4 * 1024 * 1024, iterations=64, lanes=64)


def kdf_in_range(params: KdfParams) -> bool:
    """True if a header may use these parameters (between MIN_KDF and MAX_KDF)."""
    return all(
        getattr(MIN_KDF, name) <= getattr(params, name) <= getattr(MAX_KDF, name)
        for name in ("memory_kib", "iterations", "lanes")
    )


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the data key."""

    kind: str
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    kdf: KdfParams | None  # None: HKDF, for the uniform recovery key

    def __repr__(self) -> str:
        return f"Slot(kind={self.kind!r})"


@dataclass(frozen=True)
class Header:
    """The parsed vault header."""

    vault_id: UUID
    slots: tuple[Slot, ...]
    # The file's checksum did not match. How it was read, not what it holds: not compared.
    is_damaged: bool = field(default=False, compare=False)

    def slot(self, kind: str) -> Slot | None:
        """The slot of this kind, if the vault has one."""
        return next((s for s in self.slots if s.kind == kind), None)

    def with_slot(self, slot: Slot) -> Header:
        """A copy with this slot added or replacing the slot of the same kind."""
        return replace(self, slots=(*self.without_slot(slot.kind).slots, slot))

    def without_slot(self, kind: str) -> Header:
        """A copy without the slot of this kind."""
        return replace(self, slots=tuple(s for s in self.slots if s.kind != kind))


def new_data_key() -> bytes:
    """A fresh random database key."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_key() -> str:
    """A fresh recovery key, formatted for printing (13 groups of 4 characters)."""
    raw = secrets.token_bytes(RECOVERY_KEY_BYTES)
    number = int.from_bytes(raw, "big")
    chars = [_RECOVERY_ALPHABET[(number >> (5 * i)) & 31] for i in range(52)]
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, 52, 4))


def normalize_recovery_key(text: str) -> bytes:
    """The 32 bytes of a recovery key as typed (case, spaces, dashes, O/0 and I/1 forgiven), or
    NotARecoveryKey if the text cannot be one."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    cleaned = "".join(_RECOVERY_READ_AS.get(ch, ch) for ch in cleaned)
    if len(cleaned) != 52 or any(ch not in _RECOVERY_ALPHABET for ch in cleaned):
        raise NotARecoveryKey("that is not a recovery key (52 letters and digits expected)")
    number = 0
    for ch in cleaned:
        number = (number << 5) | _RECOVERY_ALPHABET.index(ch)
    if number >> (8 * RECOVERY_KEY_BYTES):
        raise NotARecoveryKey("that is not a recovery key")
    return number.to_bytes(RECOVERY_KEY_BYTES, "big")


def _aad(vault_id: UUID, kind: str) -> bytes:
    # Binding the vault id and slot kind stops a slot being moved to another header or role.
    return f"{HEADER_FORMAT}/{HEADER_VERSION}/{vault_id}/{kind}".encode()


def _wrapping_key(slot_kind: str, secret: bytes, salt: bytes, kdf: KdfParams | None) -> bytes:
    if kdf is not None:
        return kdf.derive(secret, salt)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=slot_kind.encode()).derive(
        secret
    )


def wrap_slot(
    vault_id: UUID, kind: str, secret: bytes, data_key: bytes, kdf: KdfParams | None
) -> Slot:
    """Wrap the data key under a secret (passphrase bytes with a KDF, or a uniform random
    secret: the recovery key, the shares' secret)."""
    if kdf is not None and not kdf_in_range(kdf):
        # Such a header could never be opened again (parse_header refuses it).
        raise ValueError(f"Argon2id parameters out of range: {kdf}")
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapping = _wrapping_key(kind, secret, salt, kdf)
    ciphertext = ChaCha20Poly1305(wrapping).encrypt(nonce, data_key, _aad(vault_id, kind))
    return Slot(kind=kind, salt=salt, nonce=nonce, ciphertext=ciphertext, kdf=kdf)


# Each kind of secret has a class of its own, so that only a passphrase is called one.
_WRONG_SECRET: dict[str, tuple[type[WrongPassphrase], str]] = {
    SLOT_PASSPHRASE: (WrongPassphrase, "wrong passphrase"),
    SLOT_RECOVERY: (WrongRecoveryKey, "wrong recovery key"),
    SLOT_SHARES: (
        WrongShares,
        "these shares do not open this vault (they were made for another vault, or "
        "replaced by newer ones)",
    ),
}
_DAMAGED = {
    SLOT_PASSPHRASE: "the vault header is damaged: the passphrase cannot be checked; open the "
    "vault with the recovery key, or restore a backup",
    SLOT_RECOVERY: "the vault header is damaged: the recovery key cannot be checked; open the "
    "vault with the passphrase, or restore a backup",
    SLOT_SHARES: "the vault header is damaged: the recovery shares cannot be checked; open the "
    "vault with the passphrase or the recovery key, or restore a backup",
}
_NO_SLOT = {
    SLOT_PASSPHRASE: "this vault has no passphrase slot",
    SLOT_RECOVERY: "this vault has no recovery key",
    SLOT_SHARES: "this vault has no recovery shares (or they were removed)",
}


def unwrap_slot(header: Header, kind: str, secret: bytes) -> bytes:
    """The data key from one slot, or WrongPassphrase (WrongRecoveryKey, WrongShares for those
    slots; SlotMissing if the header has no such slot; VaultHeaderDamaged if the header failed
    its checksum, so the secret cannot be judged); nothing is written."""
    slot = header.slot(kind)
    if slot is None:
        raise SlotMissing(_NO_SLOT[kind])
    wrapping = _wrapping_key(kind, secret, slot.salt, slot.kdf)
    try:
        return ChaCha20Poly1305(wrapping).decrypt(
            slot.nonce, slot.ciphertext, _aad(header.vault_id, kind)
        )
    except InvalidTag:
        if header.is_damaged:  # the slot itself may be what changed: the secret may be right
            raise VaultHeaderDamaged(_DAMAGED[kind], kind) from None
        wrong, message = _WRONG_SECRET[kind]
        raise wrong(message) from None


def passphrase_bytes(passphrase: str) -> bytes:
    """The passphrase as the KDF sees it (NFC, so the same words typed anywhere match), or
    InvalidInput if it is not text (bytes that were not UTF-8, kept as lone surrogates)."""
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            "the passphrase is not valid text (it holds bytes that are not UTF-8)"
        ) from None


def new_header(
    data_key: bytes, passphrase: str, recovery_key: str, kdf: KdfParams = DEFAULT_KDF
) -> Header:
    """A header for a new vault with a passphrase slot and a recovery slot."""
    vault_id = uuid4()
    return Header(
        vault_id=vault_id,
        slots=(
            wrap_slot(vault_id, SLOT_PASSPHRASE, passphrase_bytes(passphrase), data_key, kdf),
            wrap_slot(
                vault_id, SLOT_RECOVERY, normalize_recovery_key(recovery_key), data_key, None
            ),
        ),
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, size: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise ValueError("expected base64 text")
    data = base64.b64decode(value, validate=True)
    if size is not None and len(data) != size:
        raise ValueError("wrong length")
    return data


def header_checksum(document: dict[str, Any]) -> str:
    """The checksum_sha256 of a header document: SHA-256, as 64 lowercase hex digits, of its
    canonical JSON without that field (keys sorted by code point, no whitespace, non-ASCII
    escaped as \\uXXXX, integers in decimal), so only a change in content changes it."""
    content = {key: value for key, value in document.items() if key != CHECKSUM_FIELD}
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def serialize_header(header: Header) -> bytes:
    """The header as stored on disk, with its checksum (every write adds a fresh one)."""
    slots = []
    for slot in header.slots:
        entry: dict[str, Any] = {"kind": slot.kind, "salt": _b64(slot.salt)}
        if slot.kdf is None:
            entry["kdf"] = {"name": "hkdf-sha256"}
        else:
            entry["kdf"] = {
                "name": "argon2id",
                "memory_kib": slot.kdf.memory_kib,
                "iterations": slot.kdf.iterations,
                "lanes": slot.kdf.lanes,
            }
        entry |= {
            "aead": "chacha20-poly1305",
            "nonce": _b64(slot.nonce),
            "ciphertext": _b64(slot.ciphertext),
        }
        slots.append(entry)
    document = {
        "format": HEADER_FORMAT,
        "version": SHARES_HEADER_VERSION if header.slot(SLOT_SHARES) else HEADER_VERSION,
        "vault_id": str(header.vault_id),
        "slots": slots,
    }
    document[CHECKSUM_FIELD] = header_checksum(document)
    return (json.dumps(document, indent=1) + "\n").encode("ascii")


def _parse_kdf(raw: Any) -> KdfParams | None:
    if not isinstance(raw, dict):
        raise ValueError("kdf")
    if raw.get("name") == "hkdf-sha256":
        return None
    if raw.get("name") != "argon2id":
        raise ValueError("unknown kdf")
    values = [raw.get("memory_kib"), raw.get("iterations"), raw.get("lanes")]
    if not all(type(v) is int for v in values):
        raise ValueError("kdf parameters")
    params = KdfParams(*values)  # type: ignore[arg-type]
    if not kdf_in_range(params):
        raise ValueError("kdf parameters out of range")
    return params


# Which KDF each slot must use: a passphrase slot without Argon2id (or a recovery slot with
# it) can only come from tampering, e.g. the two slots swapped.
_KDF_OF_SLOT = {
    SLOT_PASSPHRASE: "argon2id",
    SLOT_RECOVERY: "hkdf-sha256",
    SLOT_SHARES: "hkdf-sha256",
}


def parse_header(data: bytes) -> Header:
    """Parse a header, or raise VaultCorrupted with a one-line reason. A checksum that does not
    match marks it is_damaged (its intact slots still open); one without (older) is not."""
    try:
        if len(data) > MAX_HEADER_BYTES:
            raise ValueError("too large")
        document = json.loads(data.decode("ascii"))
        if document.get("format") != HEADER_FORMAT:
            raise ValueError("not a Sandiq header")
        if type(document.get("version")) is not int:
            raise ValueError("no version")
        if document["version"] not in (HEADER_VERSION, SHARES_HEADER_VERSION):
            raise VaultFromNewerVersion(
                f"vault header version {document.get('version')!r} is not supported: the vault "
                "was made by a newer version of Sandiq"
            )
        vault_id = UUID(document["vault_id"])
        slots: list[Slot] = []
        for raw in document["slots"]:
            if raw.get("aead") != "chacha20-poly1305":
                raise ValueError("unknown aead")
            kind = raw["kind"]
            if kind not in _KDF_OF_SLOT or any(s.kind == kind for s in slots):
                raise ValueError("unknown or repeated slot")
            if raw["kdf"].get("name") != _KDF_OF_SLOT[kind]:
                raise ValueError("slot with the wrong kdf")
            slots.append(
                Slot(
                    kind=kind,
                    salt=_unb64(raw["salt"], 16),
                    nonce=_unb64(raw["nonce"], 12),
                    ciphertext=_unb64(raw["ciphertext"], DATA_KEY_BYTES + 16),
                    kdf=_parse_kdf(raw["kdf"]),
                )
            )
        if not any(s.kind == SLOT_PASSPHRASE for s in slots):
            raise ValueError("no passphrase slot")
        expected = header_checksum(document)
        is_damaged = document.get(CHECKSUM_FIELD, expected) != expected
        return Header(vault_id=vault_id, slots=tuple(slots), is_damaged=is_damaged)
    except VaultCorrupted:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise VaultCorrupted("the vault header is damaged or not a Sandiq vault") from exc


def read_header(path: Path) -> Header:
    """Read and parse the header file."""
    with open(path, "rb") as fh:
        return parse_header(fh.read(MAX_HEADER_BYTES + 1))


def write_header(path: Path, header: Header) -> None:
    """Replace the header file atomically (temp, fsync, rename, fsync directory)."""
    write_atomically(path, serialize_header(header), vault_file=True)


def shred_file(path: Path) -> None:
    """Overwrite a small file with random bytes, flush it to disk, then remove it."""
    size = max(path.stat().st_size, 1)
    with open(path, "r+b") as fh:
        fh.write(os.urandom(size))
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()
