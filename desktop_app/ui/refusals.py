"""Why a bundle was refused, in the user's language.

Core refuses a bundle with one English sentence from a fixed set (``open_refusals``,
``importer``, ``incoming_records``...), some with a detail filled in: a fingerprint, a size, an
id. A Russian or Uzbek user deciding whether a file was tampered with must read that sentence in
their language, so each one is matched here and replaced by its translation, the detail carried
over as it is. The two invalid records a user can act on (a reference to a record of the
sender's earlier bundles, a case reference already taken) come as exceptions with their facts
and are said in full; the English detail of any other invalid record, or a sentence not listed,
stays English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange import (
    contacts,
    importer,
    incoming_records,
    open_refusals,
    own_claims,
    sequences,
    sync_records,
    vault_store,
)
from desktop_app.core.reference_folding import is_same_spelling
from desktop_app.ui.core_messages import translated_sentence
from desktop_app.ui.error_texts import os_error_text
from desktop_app.ui.i18n import fill, vocab_label

_CONTEXT = "Refusals"
# (core's sentence, with {} for each detail; the translatable sentence, with %1, %2... for them)
_SENTENCES = (
    (
        open_refusals.NOT_A_BUNDLE,
        QT_TRANSLATE_NOOP(
            "Refusals", "This file is not a Sandiq bundle, or its header is damaged."
        ),
    ),
    (
        open_refusals.HEADER_TOO_LARGE,
        QT_TRANSLATE_NOOP(
            "Refusals", "This file's encryption header is too large for a Sandiq bundle."
        ),
    ),
    (
        open_refusals.NOT_FOR_ME,
        QT_TRANSLATE_NOOP(
            "Refusals", "This bundle is not addressed to this vault, or its header was altered."
        ),
    ),
    (
        open_refusals.DAMAGED,
        QT_TRANSLATE_NOOP(
            "Refusals",
            "This bundle is damaged or incomplete: part of it failed its integrity check.",
        ),
    ),
    (
        open_refusals.NEWER_VERSION,
        QT_TRANSLATE_NOOP(
            "Refusals",
            "This bundle was made by a newer version of Sandiq; update Sandiq to open it.",
        ),
    ),
    (
        open_refusals.ABSURD_LENGTH,
        QT_TRANSLATE_NOOP("Refusals", "This bundle declares an impossible manifest length."),
    ),
    (
        open_refusals.BAD_SIGNATURE,
        QT_TRANSLATE_NOOP("Refusals", "The sender's signature on this bundle is not valid."),
    ),
    (
        open_refusals.FORWARDED,
        QT_TRANSLATE_NOOP(
            "Refusals", "This bundle was signed for other recipients, not for this vault."
        ),
    ),
    (
        open_refusals.UNKNOWN_SENDER,
        QT_TRANSLATE_NOOP(
            "Refusals",
            "This bundle comes from an unknown sender (fingerprint %1); add the contact first.",
        ),
    ),
    (
        open_refusals.TOO_LARGE_FOR_FILE,
        QT_TRANSLATE_NOOP("Refusals", "This bundle declares more content than the file holds."),
    ),
    (
        open_refusals.RECORDS_MISMATCH,
        QT_TRANSLATE_NOOP("Refusals", "The records in this bundle do not match its manifest."),
    ),
    (
        open_refusals.ATTACHMENT_MISMATCH,
        QT_TRANSLATE_NOOP(
            "Refusals", "Attachment %1 in this bundle does not match its recorded SHA-256."
        ),
    ),
    (
        open_refusals.ENDS_EARLY,
        QT_TRANSLATE_NOOP("Refusals", "This bundle ends before all of its declared content."),
    ),
    (
        open_refusals.EXTRA_DATA,
        QT_TRANSLATE_NOOP("Refusals", "This bundle has unexpected data after its last attachment."),
    ),
    (
        open_refusals.NO_SPACE,
        QT_TRANSLATE_NOOP(
            "Refusals", "Not enough free disk space to check this bundle (about %1 MB needed)."
        ),
    ),
    (
        open_refusals.READ_FAILED,
        QT_TRANSLATE_NOOP("Refusals", "Could not read the bundle file: %1."),
    ),
    (
        open_refusals.STAGING_FAILED,
        QT_TRANSLATE_NOOP(
            "Refusals", "Could not keep the encrypted working copy of the bundle: %1."
        ),
    ),
    (
        contacts.REMOVED_SENDER,
        QT_TRANSLATE_NOOP(
            "Refusals",
            "This bundle comes from %1, who was removed from your contacts (fingerprint %2); "
            "add the contact again to accept it.",
        ),
    ),
    (
        contacts.REMOVED_SENDER_ON,
        QT_TRANSLATE_NOOP(
            "Refusals",
            "This bundle comes from %1, who was removed from your contacts on %2 (fingerprint "
            "%3); add the contact again to accept it.",
        ),
    ),
    (
        contacts.OLD_KEY,
        QT_TRANSLATE_NOOP(
            "Refusals",
            "This bundle comes from a key of %1 that was removed from your contacts "
            "(fingerprint %2). %3 now uses another key; this bundle is from the old one.",
        ),
    ),
    (
        contacts.OLD_KEY_ON,
        QT_TRANSLATE_NOOP(
            "Refusals",
            "This bundle comes from a key of %1 that was removed from your contacts on %2 "
            "(fingerprint %3). %4 now uses another key; this bundle is from the old one.",
        ),
    ),
    (
        importer.OWN_BUNDLE,
        QT_TRANSLATE_NOOP(
            "Refusals", "This bundle was made by this vault for %1; there is nothing to import."
        ),
    ),
    (
        sequences.TOO_FAR_AHEAD,
        QT_TRANSLATE_NOOP(
            "Refusals",
            "Bundle %1 from %2 is numbered more than %3 past the last one imported from them "
            "(%4); no vault writes that many bundles, so it is refused.",
        ),
    ),
    (
        vault_store.NO_SPACE_IN_VAULT,
        QT_TRANSLATE_NOOP(
            "Refusals", "Not enough free disk space in the vault's folder for this bundle's files."
        ),
    ),
    (
        vault_store.VAULT_WRITE_FAILED,
        QT_TRANSLATE_NOOP("Refusals", "Could not write this bundle's files into the vault: %1."),
    ),
    (
        own_claims.NOT_MADE_HERE,
        QT_TRANSLATE_NOOP(
            "Refusals",
            "This bundle claims versions made by this vault that it never made (%1): it was "
            "forged, or this vault was restored from a backup older than them.",
        ),
    ),
    (
        incoming_records.INVALID_RECORD,
        QT_TRANSLATE_NOOP("Refusals", "This bundle holds an invalid record: %1."),
    ),
    (
        sync_records.INVALID,
        QT_TRANSLATE_NOOP("Refusals", "This bundle's records are malformed: %1."),
    ),
)

# What a record needs of a missing one, by (its kind, the missing one's kind): every reference
# ``references`` reads. Whole phrases, as a language declines the second kind by the verb.
_NEEDS = {
    ("case_party", "case"): QT_TRANSLATE_NOOP("Refusals", "a role in a case belongs to a case"),
    ("case_party", "person"): QT_TRANSLATE_NOOP("Refusals", "a role in a case names a person"),
    ("testimony", "case"): QT_TRANSLATE_NOOP("Refusals", "a testimony belongs to a case"),
    ("testimony", "person"): QT_TRANSLATE_NOOP("Refusals", "a testimony names a person"),
    ("event", "case"): QT_TRANSLATE_NOOP("Refusals", "an event belongs to a case"),
    ("event", "person"): QT_TRANSLATE_NOOP("Refusals", "an event names a person"),
    ("event", "testimony"): QT_TRANSLATE_NOOP("Refusals", "an event rests on a testimony"),
    ("attachment", "case"): QT_TRANSLATE_NOOP("Refusals", "an attachment belongs to a case"),
    ("attachment", "person"): QT_TRANSLATE_NOOP("Refusals", "an attachment belongs to a person"),
    ("attachment", "testimony"): QT_TRANSLATE_NOOP(
        "Refusals", "an attachment belongs to a testimony"
    ),
    ("attachment", "event"): QT_TRANSLATE_NOOP("Refusals", "an attachment belongs to an event"),
}


def refusal_text(message: str) -> str:
    """message (core's reason for refusing a bundle) in the interface language. A detail that
    is the system's reason ("No such file or directory") is translated too; an id, a size, a
    name or a fingerprint is carried over as it is."""
    return translated_sentence(_CONTEXT, _SENTENCES, message, os_error_text) or message


def not_imported_text(sender_name: str, missing: tuple[range, ...]) -> str:
    """Which of a sender's earlier bundles were never imported here (``sequences``)."""
    text = QCoreApplication.translate(
        "Refusals",
        "Not imported here from %1: bundle(s) %2; bundles sent only to other colleagues never "
        "arrive here.",
    )
    return fill(text, sender_name, sequences.sequences_text(missing))


def missed_text(sender_name: str, missed: sequences.MissedBundles) -> str:
    """Which of a sender's earlier bundles to this vault were never imported here (the import's
    notes say it in the same words, hence their context)."""
    translate = QCoreApplication.translate
    if not missed.more:
        text = translate(
            "ImportNotes", "Not imported here from %1: bundle(s) %2, sent to this vault."
        )
        return fill(text, sender_name, sequences.sequences_text(missed.certain))
    # Only a count is known among these numbers: the others went to other colleagues only.
    among = sequences.sequences_text(missed.among)
    if not missed.certain:
        text = translate(
            "ImportNotes",
            "Not imported here from %1: %n bundle(s) among bundle(s) %2, sent to this vault; "
            "the rest of those numbers went to other colleagues only.",
            "",
            missed.more,
        )
        return fill(text, sender_name, among)
    text = translate(
        "ImportNotes",
        "Not imported here from %1: bundle(s) %2 and %n more among bundle(s) %3, sent to this "
        "vault; the rest of those numbers went to other colleagues only.",
        "",
        missed.more,
    )
    return fill(text, sender_name, sequences.sequences_text(missed.certain), among)


def _need_text(reference: incoming_records.MissingReference) -> str:
    """What a record of the bundle needs from an earlier one, as core's ``need`` says it
    without who brought it ("an attachment belongs to an event")."""
    source = _NEEDS[reference.kind, reference.target]
    return QCoreApplication.translate("Refusals", source)


def _earlier_bundles_text(error: sequences.EarlierBundlesMissing) -> str:
    """Which of the sender's bundles to import first, and what this one needs of them."""
    translate = QCoreApplication.translate
    need = _need_text(error.reference)
    missed = error.missed
    if missed is not None and not missed.more:
        bundles = sequences.sequences_text(missed.certain)
        if sum(map(len, missed.certain)) == 1:
            text = translate(
                "Refusals",
                "Import bundle %2 from %1 first: this bundle builds on it (%3 it brought).",
            )
        else:
            text = translate(
                "Refusals",
                "Import bundles %2 from %1 first: this bundle builds on them (%3 they brought).",
            )
        return fill(text, error.sender_name, bundles, need)
    # Which of the bundles holds the record is unsure: the note names the candidates.
    if missed is None:
        note = not_imported_text(error.sender_name, error.missing)
    else:
        note = missed_text(error.sender_name, missed)
    text = translate(
        "Refusals",
        "Import the earlier bundles from %1 first: this bundle builds on one of them (%2 one "
        "of them brought).",
    )
    return f"{fill(text, error.sender_name, need)} {note}"


def bundle_refusal_text(error: BundleRejected) -> str:
    """Why core refused a bundle, in the interface language, with the facts a user acts on."""
    if isinstance(error, sequences.EarlierBundlesMissing):
        return _earlier_bundles_text(error)
    if isinstance(error, incoming_records.MissingReference):
        text = QCoreApplication.translate(
            "Refusals",
            "A record in this bundle refers to one that is neither in the bundle nor in this "
            "vault (%1 %2 → %3 %4); import the sender's earlier bundles first.",
        )
        return fill(
            text,
            vocab_label(error.kind),
            str(error.record_id),
            vocab_label(error.target),
            str(error.target_id),
        )
    if isinstance(error, incoming_records.CaseReferenceTaken):
        # Both spellings, so the user knows which cases to rename.
        if not is_same_spelling(error.taken, error.reference):
            text = QCoreApplication.translate(
                "Refusals",
                "Case %1 in this bundle has the reference “%2”, which differs only in letter "
                "case from “%3” of another case in this vault (%4); references must differ in "
                "more than letter case: rename one of them first.",
            )
            return fill(text, str(error.case_id), error.reference, error.taken, str(error.other_id))
        if error.taken != error.reference:  # the same letters, stored in another form
            text = QCoreApplication.translate(
                "Refusals",
                "Case %1 in this bundle has the reference “%2”, which another case in this vault "
                "(%3) already has, written there with the same letters in another Unicode form; "
                "rename one of them first.",
            )
        else:
            text = QCoreApplication.translate(
                "Refusals",
                "Case %1 in this bundle has the reference “%2”, which another case in this vault "
                "(%3) already has; rename one of them first.",
            )
        return fill(text, str(error.case_id), error.reference, str(error.other_id))
    return refusal_text(str(error))
