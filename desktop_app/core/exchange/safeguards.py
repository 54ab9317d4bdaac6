"""What a colleague's bundle may not change silently: it may weaken a record's protection only
when the user says so.

A contact's bundle is signed and trusted to carry their edits, but some edits decide who reads
what: lifting a person's protection (or emptying a protected person's pseudonym) puts their real
name in the next dossier, and so may setting or replacing the pseudonym (with the real name, or
with another witness's pseudonym); giving an unprotected person a name of a protected one (as a
merge of the two into the unprotected one does), or a longer name holding every word of hers
("Dilnoza Bahodirovna Karimova" for a protected Dilnoza Karimova, in either script), puts that
name in the dossier under the unprotected person; withdrawing a testimony's request for
anonymity does the same for its witness, and so does giving the testimony another witness, whose
names the report then hides instead of the first witness's (held when the testimony asks for
anonymity or its witness is protected); moving a testimony, event or party to another case (or a
file to another record, or a protected person's file to another person) puts it in a dossier
that may go to a wider audience. An incoming version that would do any of this is held as a
conflict even when its clock has seen every edit of ours, and the user keeps one version
explicitly (``conflicts.resolve_conflict``). Adding protection is always safe and stays a plain
update.

Who reads a record is guarded the same way: lowering a case's or testimony's sensitivity
(restricted, confidential, normal), which dossiers and filters go by, and widening a testimony's
consent (given where ours says not given, or a use added to its scope: reports, partners,
publish). A scope's ``anonymised_only`` is not a use but a wish to be anonymised, as reports
read it (``reports.material.wants_anonymity``): taking it away withdraws anonymity. Raising the
sensitivity and narrowing the consent stay plain updates.

Tombstones are checked on their content like any version (the content a tombstone carries is
the one a later revival of the record starts from, so a tombstone that also lifts the
protection is held). Deleting a protected person, or a testimony that asks for anonymity or
whose witness is protected, is held as well: it reveals nothing by itself, but it is the first
half of replacing her with an unprotected copy (the same name, a copy of the testimony without
the anonymity), and a colleague's seized vault should not be able to erase a protected
witness's record unseen. A record this vault deleted stays deleted until the user says
otherwise: a live version of it (a colleague's undelete, or their edit of it) is held, as the
deletion was a decision about what dossiers hold. A colleague undoing their own deletion stays
an update: the tombstone here is theirs.

A new record is held too when it is a person who is not protected and carries a protected
person's name (``new_record_reasons``): a conflict needs a version here, so the import keeps
one, deleted here, with the colleague's version waiting beside it (``apply._held_new``).
Names are compared as ``protected_names`` compares them: as search folds them (script,
spelling, letter case) and as a reader sees them (invisible characters and look-alike letters:
"Dilnoza Karim\u200bova", "Dilnοza" with a Greek omicron), and with the spaces between her
words taken away (``bears_a_protected_name``): "Dilnoza\u200bKarimova" or "Dilnoza\x00Karimova"
shows her two names, but comes in as "DilnozaKarimova" (the import drops such characters from a
colleague's name, ``one_line_text.one_line_from_bundle``). A pseudonym is printed where the
name is withheld: a person, new or not, protected or not, whose pseudonym (set, replaced, or
brought in with the person) holds a protected person's name is held too
(``NAMES_PROTECTED_IN_PSEUDONYM``). Her names are every name she has had in a saved version
(``local_state.protected_people``), so renaming her first does not free her real name for a
newcomer; and a rename of a protected person (a name of hers gone from the new version) is
held itself (``RENAMES_PROTECTED``), as the first half of that, and because accounts written
before still use the old name. A name added beside hers stays an update.

Who wrote a version counts too (``BY_REMOVED_CONTACT``): a contact this vault removed no
longer has its bundles accepted, and its edits must not come in by another way either, passed
on by a colleague who still trusts it. A version whose clock counts an edit by a removed
contact's key that this vault's copy has not seen (``removed_editors``) is held as a conflict,
whoever edited it last; a new record holding such an edit comes in, and the import names it
(a hold needs a version here to wait beside, and keeping one here deleted would send a deletion
nobody made). A key this vault never knew is a colleague's colleague: no reason.

The reasons are derived from the two versions and from who is protected in this vault
(``Protected``: ids and names, read once per import or listing), so the merge (from a short
summary of each side) and the conflict list (from both contents) find the same ones, and no
column stores them; a removed contact's edits from the two clocks and from the contacts removed
now. An import judges by the people protected before it began: a bundle that protects a person
and moves her file in the same go is not held for it. A person new here is judged by the people
the bundle protects as well (``arriving_protected``): her namesake is held whether she came in
before it or comes with it; so is a person here whom the bundle gives her name (or a pseudonym
holding it), which is her name in dossiers under someone unprotected all the same.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from typing import Any, NamedTuple
from uuid import UUID

from desktop_app.core.protected_names import (
    Protected,
    folded_names,
    has_a_protected_name,
)
from desktop_app.core.vocab import SENSITIVITIES

CONCURRENT = "concurrent"  # edited on both sides: no safeguard involved
UNPROTECTS = "unprotects"  # a protected person's protection or pseudonym removed
CHANGES_PSEUDONYM = "changes_pseudonym"  # a protected person's pseudonym set or replaced
GIVES_PROTECTED_NAME = "gives_protected_name"  # an unprotected person given a protected one's name
DROPS_ANONYMITY = "drops_anonymity"  # a testimony's consent to be anonymised withdrawn
CHANGES_WITNESS = "changes_witness"  # an anonymised or protected witness's testimony given away
MOVES_CASE = "moves_case"  # a testimony, event or case party moved to another case
MOVES_ATTACHMENT = "moves_attachment"  # a file attached to another record (or person)
MOVES_PROTECTED_FILE = "moves_protected_file"  # a protected person's file attached elsewhere
LOWERS_SENSITIVITY = "lowers_sensitivity"  # a case's or testimony's sensitivity lowered
WIDENS_CONSENT = "widens_consent"  # a testimony's consent given, or a use added to its scope
REVIVES_DELETED = "revives_deleted"  # a record deleted by this vault brought back
DELETES_PROTECTED = "deletes_protected"  # a protected person or her (anonymised) testimony deleted
# A person not protected comes in (new, or back from a deletion) under a protected one's name.
ENTERS_WITH_PROTECTED_NAME = "enters_with_protected_name"
# A person's pseudonym, printed in dossiers in place of the name, is or holds a protected one's.
NAMES_PROTECTED_IN_PSEUDONYM = "names_protected_in_pseudonym"
RENAMES_PROTECTED = "renames_protected"  # a name of a protected person's taken away
BY_REMOVED_CONTACT = "by_removed_contact"  # holds an edit by a contact this vault removed
# Why a person new here is held (``new_record_reasons``): kept here deleted by this vault until
# the user decides, which a later version bringing it in is not reverting.
COMING_IN_HELD = frozenset((ENTERS_WITH_PROTECTED_NAME, NAMES_PROTECTED_IN_PSEUDONYM))

_ANONYMISED_ONLY = "anonymised_only"  # in a consent's scope: a restriction, not a use


class Safeguarded(NamedTuple):
    """The values of one record that only the user may weaken."""

    is_protected: bool = False  # persons
    pseudonym: str = ""  # persons
    names: frozenset[str] = frozenset()  # persons: name and other names (``folded_names``)
    anonymise: bool = False  # testimonies: anonymise (or anonymised use only) in reports
    witness: UUID | None = None  # testimonies
    home: tuple[str, UUID] | None = None  # (kind, id): the case, or an attachment's owner
    sensitivity: int = 0  # cases, testimonies: its rank in SENSITIVITIES (normal is 0)
    consent_given: bool = False  # testimonies
    consent_uses: frozenset[str] = frozenset()  # testimonies: the scope, anonymised_only left out
    is_deleted: bool = False  # a tombstone
    # Only on this vault's side: a tombstone whose last editor is this vault.
    is_deleted_here: bool = False


NOTHING = Safeguarded()  # nothing guarded: a record's values when none is known


def safeguarded(kind: str, content: dict[str, Any], *, is_deleted: bool = False) -> Safeguarded:
    """The guarded values of a record's content (the interchange shape) and tombstone flag,
    as a colleague's version: who deleted it does not count on their side."""
    return _guarded_content(kind, content)._replace(is_deleted=is_deleted)


def _guarded_content(kind: str, content: dict[str, Any]) -> Safeguarded:
    match kind:
        case "person":
            return Safeguarded(
                is_protected=bool(content.get("protected")),
                pseudonym=str(content.get("pseudonym") or ""),
                names=folded_names(
                    str(content.get("name") or ""), content.get("other_names") or ()
                ),
            )
        case "testimony":
            consent = content.get("consent") or {}
            witness = content.get("witness")
            return testimony_safeguarded(
                witness=UUID(str(witness)) if witness else None,
                case_id=UUID(str(content["case"])),
                consent_given=bool(consent.get("given")),
                consent_scope=consent.get("scope") or (),
                anonymise=bool(consent.get("anonymise")),
                sensitivity=str(content.get("sensitivity") or ""),
            )
        case "case":
            return Safeguarded(sensitivity=sensitivity_rank(str(content.get("sensitivity") or "")))
        case "case_party" | "event":
            return Safeguarded(home=("case", UUID(str(content["case"]))))
        case "attachment":
            return Safeguarded(home=(content["owner_kind"], UUID(str(content["owner"]))))
    return NOTHING


def sensitivity_rank(sensitivity: str) -> int:
    """How restricted a sensitivity code is: 0 for normal (and for no or an unknown code)."""
    return SENSITIVITIES.index(sensitivity) if sensitivity in SENSITIVITIES else 0


def testimony_safeguarded(
    *,
    witness: UUID | None,
    case_id: UUID,
    consent_given: bool,
    consent_scope: Iterable[str],
    anonymise: bool,
    sensitivity: str,
) -> Safeguarded:
    """A testimony's guarded values, from its content or from its columns alike."""
    scope = frozenset(consent_scope)
    return Safeguarded(
        anonymise=anonymise or _ANONYMISED_ONLY in scope,
        witness=witness,
        home=("case", case_id),
        sensitivity=sensitivity_rank(sensitivity),
        consent_given=consent_given,
        consent_uses=scope - {_ANONYMISED_ONLY},
    )


def held_reasons(mine: Safeguarded, theirs: Safeguarded, protected: Protected) -> tuple[str, ...]:
    """Why theirs may not replace mine without the user's decision (empty when it may);
    protected: the people protected in this vault."""
    reasons = []
    if mine.is_protected and (
        not theirs.is_protected or (bool(mine.pseudonym) and not theirs.pseudonym)
    ):
        reasons.append(UNPROTECTS)
    elif mine.is_protected and theirs.pseudonym != mine.pseudonym:
        # Setting one where there was none counts too: it may be the real name.
        reasons.append(CHANGES_PSEUDONYM)
    comes_in = mine.is_deleted and not theirs.is_deleted
    is_pseudonym_new = comes_in or theirs.pseudonym != mine.pseudonym
    # Any person's: a witness who asked for anonymity is labelled by it too.
    if not reasons and is_pseudonym_new and _pseudonym_names_one(theirs.pseudonym, protected):
        reasons.append(NAMES_PROTECTED_IN_PSEUDONYM)
    enters = comes_in and not theirs.is_protected
    if enters and bears_a_protected_name(theirs.names, protected):
        # Held new here (``apply._held_new``) or brought back: it is her name that matters, not
        # whether this vault ever showed the record.
        reasons.append(ENTERS_WITH_PROTECTED_NAME)
    elif not theirs.is_protected and bears_a_protected_name(theirs.names - mine.names, protected):
        reasons.append(GIVES_PROTECTED_NAME)
    if mine.is_protected and mine.names - theirs.names:
        reasons.append(RENAMES_PROTECTED)
    if mine.anonymise and not theirs.anonymise:
        reasons.append(DROPS_ANONYMITY)
    if (
        mine.witness is not None
        and theirs.witness != mine.witness
        and (mine.anonymise or mine.witness in protected.ids)
    ):
        reasons.append(CHANGES_WITNESS)
    if mine.home != theirs.home and mine.home is not None and theirs.home is not None:
        if mine.home[0] == "case" and theirs.home[0] == "case":
            reasons.append(MOVES_CASE)
        elif mine.home[0] == "person" and mine.home[1] in protected.ids:
            reasons.append(MOVES_PROTECTED_FILE)  # her photo, shown under someone else
        elif not (mine.home[0] == theirs.home[0] == "person"):
            # Merging two people moves the files of one to the other: that stays an update.
            reasons.append(MOVES_ATTACHMENT)
    if theirs.sensitivity < mine.sensitivity:
        reasons.append(LOWERS_SENSITIVITY)
    if (theirs.consent_given and not mine.consent_given) or theirs.consent_uses - mine.consent_uses:
        # A use added while consent is withdrawn counts too: it is there once consent is given.
        reasons.append(WIDENS_CONSENT)
    if (
        theirs.is_deleted
        and not mine.is_deleted
        and (mine.is_protected or mine.anonymise or (mine.witness in protected.ids))
    ):
        reasons.append(DELETES_PROTECTED)
    if mine.is_deleted_here and not theirs.is_deleted and not set(reasons) & COMING_IN_HELD:
        reasons.append(REVIVES_DELETED)
    return tuple(reasons)


def bears_a_protected_name(names: frozenset[str], protected: Protected) -> bool:
    """True if one of names (``folded_names``) is or holds a protected person's name
    (``has_a_protected_name``), or is one of her names of two or more words run together, or
    has a word that is ("DilnozaKarimova", "dilnozakarimova Bahodirovna"): an invisible
    character or a NUL between her words, dropped, still showed them as two."""
    if has_a_protected_name(names, protected):
        return True
    run_together = _run_together(protected)
    if not run_together:
        return False
    return any(
        name.replace(" ", "") in run_together or not run_together.isdisjoint(name.split(" "))
        for name in names
    )


@lru_cache(maxsize=4)
def _run_together(protected: Protected) -> frozenset[str]:
    # Once per import (the same Protected for every record), not once per record.
    return frozenset(name.replace(" ", "") for name in protected.names if " " in name)


def _pseudonym_names_one(pseudonym: str, protected: Protected) -> bool:
    return bool(pseudonym) and bears_a_protected_name(folded_names(pseudonym, ()), protected)


def removed_editors(
    theirs: Mapping[str, int], mine: Mapping[str, int], removed: Collection[str]
) -> tuple[str, ...]:
    """The key ids among removed (contacts this vault removed) with an edit in theirs, a
    version's clock, that mine, this vault's clock of the record ({} if new), has not seen."""
    return tuple(sorted(key for key in removed if theirs.get(key, 0) > mine.get(key, 0)))


def new_record_reasons(kind: str, theirs: Safeguarded, protected: Protected) -> tuple[str, ...]:
    """Why a record new to this vault may not come in without the user's decision (empty when
    it may): a live person, not protected, with a protected person's name, or any live person
    whose pseudonym holds one."""
    if kind != "person" or theirs.is_deleted:
        return ()
    reasons = []
    if _pseudonym_names_one(theirs.pseudonym, protected):
        reasons.append(NAMES_PROTECTED_IN_PSEUDONYM)
    if not theirs.is_protected and bears_a_protected_name(theirs.names, protected):
        reasons.append(ENTERS_WITH_PROTECTED_NAME)
    return tuple(reasons)


def conflict_label(
    kind: str, record_id: UUID, mine: Safeguarded, label: str, reasons: Iterable[str] = ()
) -> str:
    """How a conflict names its record: label, but a person protected here by the pseudonym
    reports use, never by the name a colleague's version carries, and by kind and id a person
    held for coming in under a protected person's name (that name is hers), or for a pseudonym
    that holds one while coming in (new, or back from a deletion) or protected (her names may
    be the newcomer's). A person here, live and not protected, held for such a pseudonym is
    named by label: callers pass the name it has here, as for one given her name."""
    if ENTERS_WITH_PROTECTED_NAME in reasons:
        return f"{kind} {record_id}"
    if NAMES_PROTECTED_IN_PSEUDONYM in reasons and (mine.is_protected or mine.is_deleted):
        return f"{kind} {record_id}"
    if not mine.is_protected:
        return label
    return mine.pseudonym or f"{kind} {record_id}"
