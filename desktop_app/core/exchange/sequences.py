"""Which of a sender's bundles were never imported here, by their sequence numbers.

A vault numbers every bundle it writes 1, 2, 3, …, whoever it is for, so from the number alone
a number the reader never imported is a bundle lost on the way, not imported yet, or sent to
other colleagues only. A bundle's signed ``sent_before`` (how many bundles the sender wrote to
this vault before it, and the latest of them) tells the first two from the third. Either way a
hint to give the user, never a reason to refuse or to skip a check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange_state import Contact, ExchangedBundle
from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange import contacts
from desktop_app.core.exchange.format import SentBefore
from desktop_app.core.exchange.identity import ContactKeys
from desktop_app.core.exchange.incoming_records import MissingReference

# For a bundle without sent_before, which cannot tell a lost bundle from one sent to others.
NOT_IMPORTED = (
    "Not imported here from {}: bundle(s) {}; bundles sent only to other colleagues never "
    "arrive here."
)
# For a bundle with it: each named bundle was sent to this vault. Where only a count is known
# among several numbers, the others of those numbers are the bundles that went to other
# colleagues only: sent_before gives a count and the latest number, not which ones came here.
MISSED = "Not imported here from {}: bundle(s) {}, sent to this vault."
MISSED_AND_SOME = (
    "Not imported here from {}: bundle(s) {} and {} more among bundle(s) {}, sent to this "
    "vault; the rest of those numbers went to other colleagues only."
)
MISSED_SOME = (
    "Not imported here from {}: {} bundle(s) among bundle(s) {}, sent to this vault; the rest "
    "of those numbers went to other colleagues only."
)
# A refusal for a record an earlier bundle brought leads with the fix: which bundles to import.
IMPORT_BUNDLE_FIRST = "Import bundle {1} from {0} first: this bundle builds on it ({2})."
IMPORT_BUNDLES_FIRST = "Import bundles {1} from {0} first: this bundle builds on them ({2})."
IMPORT_EARLIER_FIRST = (
    "Import the earlier bundles from {} first: this bundle builds on one of them ({}). {}"
)
_SHOWN_RUNS = 5  # a sender whose bundles mostly go to others leaves many gaps
# A vault numbers one bundle per export, so no honest sender gets this far ahead of what it sent
# here before (a hundred a day for nearly three years to colleagues other than this one). A
# number beyond it could only be made by hand, and would leave every later bundle of the
# sender's "older than the last" and a gap note of absurd length.
MAX_SEQUENCE_JUMP = 100_000
TOO_FAR_AHEAD = (
    "Bundle {} from {} is numbered more than {} past the last one imported from them ({}); no "
    "vault writes that many bundles, so it is refused."
)


def sequences_text(runs: tuple[range, ...]) -> str:
    """Runs of sequence numbers as a reader scans them: "2–4, 7" (the first few, then "…")."""
    texts = [str(run.start) if len(run) == 1 else f"{run.start}–{run[-1]}" for run in runs]
    return ", ".join(texts[:_SHOWN_RUNS] + (["…"] if len(texts) > _SHOWN_RUNS else []))


def _received_below(session: Session, sender: str, sequence: int) -> list[int]:
    query = select(ExchangedBundle.sequence).where(
        ExchangedBundle.direction == "received",
        ExchangedBundle.sender == sender,
        ExchangedBundle.sequence < sequence,
    )
    return sorted(set(session.scalars(query)))


def _runs_between(start: int, end: int, received: Iterable[int]) -> tuple[range, ...]:
    """The runs of numbers from start up to (not including) end that are not in received."""
    runs = []
    for number in [*(n for n in received if n < end), end]:
        if number > start:
            runs.append(range(start, number))
        start = max(start, number + 1)
    return tuple(runs)


def not_imported(session: Session, sender: str, sequence: int) -> tuple[range, ...]:
    """The runs of sequence numbers below sequence that no bundle imported from sender had,
    counted from the first one imported (from 1 if none was)."""
    received = _received_below(session, sender, sequence)
    return _runs_between(received[0] if received else 1, sequence, received)


@dataclass(frozen=True)
class MissedBundles:
    """A sender's bundles to this vault, before the one imported, that were never imported
    here: those named for certain, and how many more are among other numbers."""

    certain: tuple[range, ...] = ()
    more: int = 0
    among: tuple[range, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.certain or self.more)


def sent_before_summary(sent: SentBefore) -> dict[str, int]:
    """What an imported bundle said it followed, as its log (``exchanged_bundle.summary``)
    keeps it for later imports from the same sender (``missed_bundles``)."""
    return {"bundles": sent.bundles, "latest": sent.latest}


def _told_before(session: Session, sender: str, sequence: int) -> list[tuple[int, int]]:
    """(its number, the latest one to this vault before it) for each bundle imported from
    sender below sequence that said what it followed (imports before this was logged: none)."""
    query = select(ExchangedBundle.sequence, ExchangedBundle.summary).where(
        ExchangedBundle.direction == "received",
        ExchangedBundle.sender == sender,
        ExchangedBundle.sequence < sequence,
    )
    told = []
    for number, summary in session.execute(query):
        latest = (summary or {}).get("sent_before", {}).get("latest")
        if isinstance(latest, int) and 0 < latest < number:
            told.append((number, latest))
    return told


def _without(runs: tuple[range, ...], cuts: Iterable[range]) -> tuple[range, ...]:
    """runs with the numbers of cuts taken out (ranges, never their numbers one by one)."""
    for cut in cuts:
        runs = tuple(
            part
            for run in runs
            for part in (
                range(run.start, min(run.stop, cut.start)),
                range(max(run.start, cut.stop), run.stop),
            )
            if part
        )
    return runs


def missed_bundles(session: Session, sender: str, sequence: int, sent: SentBefore) -> MissedBundles:
    """Which bundles sender wrote to this vault before bundle sequence (as its sent_before
    says) never came in here. No bundle to this vault lies between sent.latest and sequence;
    the others missing lie below sent.latest, and are named when the count leaves no doubt.
    The bundles imported from sender before say the same of themselves: the latest each
    followed was sent here, and none between the two was, so those numbers leave the count's
    candidates."""
    received = _received_below(session, sender, sequence)
    # A sender restored from a backup counts again from there: fewer than we have, not a gap.
    missing = sent.bundles - len(received)
    if missing <= 0:
        return MissedBundles()
    told = _told_before(session, sender, sequence)
    seen = set(received)
    named = {latest for _, latest in told if latest < sent.latest} | {sent.latest}
    certain_numbers = sorted(named - seen)[:missing]
    certain = _joined(tuple(range(n, n + 1) for n in certain_numbers))
    more = missing - len(certain_numbers)
    if not more:
        return MissedBundles(certain)
    others = [range(latest + 1, number) for number, latest in told]
    among = _without(_runs_between(1, sent.latest, sorted(seen | named)), others)
    if more >= sum(map(len, among)):
        return MissedBundles(_joined(among + certain))
    return MissedBundles(certain, more, among)


def _joined(runs: tuple[range, ...]) -> tuple[range, ...]:
    """Sorted runs with adjacent ones made one (2–4 and 5 are 2–5)."""
    joined: list[range] = []
    for run in sorted(runs, key=lambda r: r.start):
        if joined and joined[-1].stop == run.start:
            joined[-1] = range(joined[-1].start, run.stop)
        else:
            joined.append(run)
    return tuple(joined)


def missed_text(sender_name: str, missed: MissedBundles) -> str:
    """The CLI's line for missed (which is not empty)."""
    if not missed.more:
        return MISSED.format(sender_name, sequences_text(missed.certain))
    among = sequences_text(missed.among)
    if not missed.certain:
        return MISSED_SOME.format(sender_name, missed.more, among)
    return MISSED_AND_SOME.format(sender_name, sequences_text(missed.certain), missed.more, among)


def check_sequence_jump(session: Session, sender: ContactKeys, sequence: int) -> None:
    """Raise BundleRejected if sequence is implausibly far past the highest imported from
    sender (0 if none); change nothing either way."""
    contact = session.get(Contact, sender.key_id)
    last = contact.last_sequence_received if contact else 0
    if sequence - last > MAX_SEQUENCE_JUMP:
        name = contacts.sender_name(session, sender)
        raise BundleRejected(TOO_FAR_AHEAD.format(sequence, name, MAX_SEQUENCE_JUMP, last))


def sent_before(session: Session, key_ids: Iterable[str]) -> list[SentBefore]:
    """For each of these recipients, what this vault wrote to them before its next bundle."""
    query = select(ExchangedBundle.sequence, ExchangedBundle.recipients).where(
        ExchangedBundle.direction == "sent"
    )
    sent = session.execute(query).all()
    entries = []
    for key_id in key_ids:
        numbers = [number for number, recipients in sent if key_id in recipients]
        entries.append(SentBefore(key_id, len(numbers), max(numbers, default=0)))
    return entries


class EarlierBundlesMissing(BundleRejected):
    """A MissingReference from a sender some of whose earlier bundles were never imported here
    (one of them probably holds the record). The reference, the sender's name and the bundles
    are kept so that the GUI can say it in the user's language; str() is the CLI's line.

    missed names the bundles for one that says what it followed (only those sent to this
    vault); missing, for one that does not, every number never imported from the sender."""

    def __init__(
        self,
        reference: MissingReference,
        sender_name: str,
        *,
        missed: MissedBundles | None = None,
        missing: tuple[range, ...] = (),
    ) -> None:
        if missed is not None and not missed.more:
            count = sum(map(len, missed.certain))
            lead = IMPORT_BUNDLE_FIRST if count == 1 else IMPORT_BUNDLES_FIRST
            brought_by = "it" if count == 1 else "they"
            bundles = sequences_text(missed.certain)
            message = lead.format(sender_name, bundles, reference.need(brought_by))
        else:
            # Which of the bundles holds the record is unsure: the note names the candidates.
            if missed is None:
                note = NOT_IMPORTED.format(sender_name, sequences_text(missing))
            else:
                note = missed_text(sender_name, missed)
            need = reference.need("one of them")
            message = IMPORT_EARLIER_FIRST.format(sender_name, need, note)
        super().__init__(message)
        self.reference = reference
        self.sender_name = sender_name
        self.missed = missed
        self.missing = missing
