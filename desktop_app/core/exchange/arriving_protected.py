"""The people a bundle itself protects, so that the newcomers it brings are judged by them too.

A new person who is not protected but carries a protected person's name is held
(``safeguards.new_record_reasons``). The planner judges by who was protected here before the
import, but a colleague's first bundle may bring her and a namesake together, in either order
and in different batches. So, before the first batch is decided, the importer reads the
bundle's people once more (cases and people come first in a bundle; the pass stops at the
first record after them, before testimonies, events and files) and keeps only the protected
ones, few next to the rest; the planner judges every new person against them too, and every
name or pseudonym an update gives a person here (``merge.MergePlanner``), in a dry run as well.

Every person version the bundle brings protected counts, as her names after the import would
(with her names in this vault's saved versions, ``unnamed.former_names``): one kept out as a
hold is still protected here, deleted. One that does not come in (left out by ``own_claims``,
held as a concurrent edit, older than ours) counts too: her namesake then waits for the user,
the side to err on. A bundle lifting a protection here is held anyway, and the names of the
people protected here count as before.
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.orm import Session

from desktop_app.core.exchange.progress import Meter
from desktop_app.core.exchange.sync_records import KIND_ORDER, parse_records
from desktop_app.core.exchange.verified import VerifiedBundle
from desktop_app.core.one_line_text import tidied_from_bundle
from desktop_app.core.protected_names import Protected, protected_from
from desktop_app.core.reports.unnamed import former_names

_AFTER_PEOPLE = frozenset(KIND_ORDER[KIND_ORDER.index("person") + 1 :])


def protected_arriving(session: Session, bundle: VerifiedBundle, meter: Meter) -> Protected:
    """The people bundle brings protected (a version of theirs that is): ids, and every name
    they have there or had here; meter is asked after each record whether to stop."""
    people: list[tuple[UUID, list[str]]] = []
    # Leaving the loop early drops the reader, which closes the staged file: the main pass
    # checks the whole records part.
    for record in parse_records(bundle.records_chunks()):
        if record.kind in _AFTER_PEOPLE:
            break
        meter.check_cancel()
        if record.kind == "person" and record.content.get("protected") is True:
            # Her names as this vault will keep them (``one_line_from_bundle``).
            content = tidied_from_bundle("person", record.content)
            names = [content.get("name") or "", *(content.get("other_names") or ())]
            people.append((record.id, [str(name) for name in names]))
    if not people:
        return Protected()
    former = former_names(session, [uid for uid, _ in people])
    return protected_from((uid, [*names, *former.get(uid, [])]) for uid, names in people)
