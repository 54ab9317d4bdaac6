"""The lines that name the records an import, a conflict's resolution or `sandiq verify` found
pointing at a deleted record: what each says of that record, and who deleted it or merged it
into whom, in a researcher's words rather than field names.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.exchange.dangling import DanglingReference, is_every_target_held


def print_dangling(dangling: Sequence[DanglingReference]) -> None:
    """Name the records an import or a conflict's resolution left pointing at a deleted one,
    or at a person held for the user's decision (nothing to restore: a conflict to decide)."""
    if is_every_target_held(dangling):
        print(
            f"{len(dangling)} record(s) refer to a person held for your decision (a "
            "colleague's bundle brings it in under the name of a protected person); decide "
            "its conflict (sandiq conflicts), and if you keep it out, open them in the Sandiq "
            "window and choose again:"
        )
    elif dangling and all(d.is_target_kept_out for d in dangling):
        print(
            f"{len(dangling)} record(s) refer to a person you kept out of this vault (a "
            "colleague's person who bears the name of a protected person); open them in the "
            "Sandiq window and choose again:"
        )
    elif dangling:
        print(
            f"{len(dangling)} record(s) now refer to a record that was deleted (or a "
            "person merged into another) in one of the vaults; open them in the Sandiq window "
            "and choose again, or restore what was deleted (Vault > Deleted records):"
        )
        if any(d.is_target_held for d in dangling):
            print(
                "Those referring to a person held for your decision wait for its conflict "
                "(sandiq conflicts): that person is not deleted."
            )
    for d in dangling:
        print(dangling_line(d))


# What a live record's field says of the record it points at, as a researcher would say it.
_RELATION = {
    ("testimony", "witness"): "names {} as its witness",
    ("event", "victims"): "names {} as a victim",
    ("event", "perpetrators"): "names {} as a perpetrator",
    ("case_party", "person"): "is the role of {}",
    ("event", "sources"): "cites {} as a source",
}


def dangling_line(d: DanglingReference) -> str:
    """One record left pointing at a deleted one, as the import and verify list it (verify
    counts one pointing at a record that does not exist among its problems): what it says of
    that record, and who deleted it or merged it into whom."""
    case = f"case {d.case_reference}" if d.case_reference else ""
    about = ", ".join(part for part in (d.label, case) if part)
    record = f"{d.kind} {d.record_id}" + (f" ({about})" if about else "")
    target = f"{d.target_kind} {d.target_id}" + (f" ({d.target_label})" if d.target_label else "")
    relation = _RELATION.get((d.kind, d.field), "belongs to {}")  # its case, a file's owner
    return f"  {record} {relation.format(target)}; {_fate(d)}"


def _fate(d: DanglingReference) -> str:
    """Who deleted the record pointed at, or merged that person into whom."""
    that = "that person" if d.target_kind == "person" else f"that {d.target_kind}"
    if d.is_target_held:  # its name is a protected person's, and nobody here deleted it
        return f"{that} is held for your decision"
    if d.is_target_kept_out:  # by id as well: its name is a protected person's
        return f"you kept {that} out of this vault"
    # "Here", not "you": keeping a colleague's deletion or merge makes it this vault's too.
    if d.merged_into_id is not None:
        into = f"{d.merged_into_label} (person {d.merged_into_id})"
        if d.is_deleted_here:
            return f"{that} was merged here into {into}"
        if d.deleted_by:
            return f"{d.deleted_by} merged {that} into {into}"
        return f"{that} was merged into {into}"
    if d.is_deleted_here:
        return f"{that} was deleted here"
    return f"{d.deleted_by} deleted {that}" if d.deleted_by else f"{that} was deleted"
