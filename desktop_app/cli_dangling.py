"""The lines that name the records an import, a conflict's resolution or `sandiq verify` found
pointing at a deleted record: what each says of that record, and who deleted it or merged it
into whom, in a researcher's words rather than field names.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.cli_i18n import fill, translate
from desktop_app.core.exchange.dangling import DanglingReference, is_every_target_held
from desktop_app.ui.i18n import vocab_label


def kind_word(kind: str) -> str:
    """A record kind as a sentence names it: "person", "case party" ("человек" in Russian)."""
    return vocab_label(kind).lower().replace("_", " ")


def print_dangling(dangling: Sequence[DanglingReference]) -> None:
    """Name the records an import or a conflict's resolution left pointing at a deleted one,
    or at a person held for the user's decision (nothing to restore: a conflict to decide)."""
    if is_every_target_held(dangling):
        text = translate(
            "CliDangling",
            "%n record(s) refer to a person held for your decision (a colleague's bundle brings "
            "it in under the name of a protected person); decide its conflict (sandiq "
            "conflicts), and if you keep it out, open them in the Sandiq window and choose "
            "again:",
            None,
            len(dangling),
        )
        print(text)
    elif dangling and all(d.is_target_kept_out for d in dangling):
        text = translate(
            "CliDangling",
            "%n record(s) refer to a person you kept out of this vault (a colleague's person "
            "who bears the name of a protected person); open them in the Sandiq window and "
            "choose again:",
            None,
            len(dangling),
        )
        print(text)
    elif dangling:
        text = translate(
            "CliDangling",
            "%n record(s) now refer to a record that was deleted (or a person merged into "
            "another) in one of the vaults; open them in the Sandiq window and choose again, "
            "or restore what was deleted (Vault > Deleted records):",
            None,
            len(dangling),
        )
        print(text)
        if any(d.is_target_held for d in dangling):
            text = translate(
                "CliDangling",
                "Those referring to a person held for your decision wait for its conflict "
                "(sandiq conflicts): that person is not deleted.",
            )
            print(text)
    for d in dangling:
        print(dangling_line(d))


def _relation(kind: str, field: str) -> str:
    """What a live record's field says of the record it points at (%1), as a researcher would
    say it."""
    if (kind, field) == ("testimony", "witness"):
        return translate("CliDangling", "names %1 as its witness")
    if (kind, field) == ("event", "victims"):
        return translate("CliDangling", "names %1 as a victim")
    if (kind, field) == ("event", "perpetrators"):
        return translate("CliDangling", "names %1 as a perpetrator")
    if (kind, field) == ("case_party", "person"):
        return translate("CliDangling", "is the role of %1")
    if (kind, field) == ("event", "sources"):
        return translate("CliDangling", "cites %1 as a source")
    return translate("CliDangling", "belongs to %1")  # its case, a file's owner


def dangling_line(d: DanglingReference) -> str:
    """One record left pointing at a deleted one, as the import and verify list it (verify
    counts one pointing at a record that does not exist among its problems): what it says of
    that record, and who deleted it or merged it into whom."""
    case = fill(translate("CliDangling", "case %1"), d.case_reference) if d.case_reference else ""
    about = ", ".join(part for part in (d.label, case) if part)
    record = f"{kind_word(d.kind)} {d.record_id}" + (f" ({about})" if about else "")
    target = f"{kind_word(d.target_kind)} {d.target_id}" + (
        f" ({d.target_label})" if d.target_label else ""
    )
    relation = fill(_relation(d.kind, d.field), target)
    return f"  {record} {relation}; {_fate(d)}"


def _fate(d: DanglingReference) -> str:
    """Who deleted the record pointed at, or merged that person into whom."""
    that = kind_word(d.target_kind)
    if d.is_target_held:  # its name is a protected person's, and nobody here deleted it
        return fill(translate("CliDangling", "that %1 is held for your decision"), that)
    if d.is_target_kept_out:  # by id as well: its name is a protected person's
        return fill(translate("CliDangling", "you kept that %1 out of this vault"), that)
    # "Here", not "you": keeping a colleague's deletion or merge makes it this vault's too.
    if d.merged_into_id is not None:
        into = fill(
            translate("CliDangling", "%1 (person %2)"), d.merged_into_label, str(d.merged_into_id)
        )
        if d.is_deleted_here:
            return fill(translate("CliDangling", "that %1 was merged here into %2"), that, into)
        if d.deleted_by:
            text = translate("CliDangling", "%1 merged that %2 into %3")
            return fill(text, d.deleted_by, that, into)
        return fill(translate("CliDangling", "that %1 was merged into %2"), that, into)
    if d.is_deleted_here:
        return fill(translate("CliDangling", "that %1 was deleted here"), that)
    if d.deleted_by:
        return fill(translate("CliDangling", "%1 deleted that %2"), d.deleted_by, that)
    return fill(translate("CliDangling", "that %1 was deleted"), that)
