"""Which of a sender's bundles were never imported here, by their sequence numbers.

A vault numbers every bundle it writes 1, 2, 3, …, whoever it is for, so a number the reader
never imported is a bundle lost on the way, not imported yet, or sent to other colleagues only:
a hint to give the user, never a reason to refuse.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange_state import ExchangedBundle
from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.incoming_records import MissingReference

NOT_IMPORTED = (
    "Not imported here from {}: bundle(s) {}; bundles sent only to other colleagues never "
    "arrive here."
)
_SHOWN_RUNS = 5  # a sender whose bundles mostly go to others leaves many gaps


def sequences_text(runs: tuple[range, ...]) -> str:
    """Runs of sequence numbers as a reader scans them: "2–4, 7" (the first few, then "…")."""
    texts = [str(run.start) if len(run) == 1 else f"{run.start}–{run[-1]}" for run in runs]
    return ", ".join(texts[:_SHOWN_RUNS] + (["…"] if len(texts) > _SHOWN_RUNS else []))


def not_imported(session: Session, sender: str, sequence: int) -> tuple[range, ...]:
    """The runs of sequence numbers below sequence that no bundle imported from sender had,
    counted from the first one imported (from 1 if none was)."""
    query = select(ExchangedBundle.sequence).where(
        ExchangedBundle.direction == "received",
        ExchangedBundle.sender == sender,
        ExchangedBundle.sequence < sequence,
    )
    received = sorted(set(session.scalars(query)))
    runs = []
    start = received[0] if received else 1
    for number in [*received, sequence]:
        if number > start:
            runs.append(range(start, number))
        start = max(start, number + 1)
    return tuple(runs)


class EarlierBundlesMissing(BundleRejected):
    """A MissingReference from a sender some of whose earlier bundles were never imported here
    (one of them probably holds the record). The reference, the sender's name and the numbers
    are kept so that the GUI can say it in the user's language; str() is the CLI's line."""

    def __init__(
        self, reference: MissingReference, sender_name: str, missing: tuple[range, ...]
    ) -> None:
        super().__init__(f"{reference} {NOT_IMPORTED.format(sender_name, sequences_text(missing))}")
        self.reference = reference
        self.sender_name = sender_name
        self.missing = missing
