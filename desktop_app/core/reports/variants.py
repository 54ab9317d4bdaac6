"""Which spellings of a protected name part that name nobody as written are her name where
they stand: the spelling variants Uzbek and Russian give one name (Gulnara for a stored
Gulnora) and her short name parts typed without the oʻ/gʻ mark (Otkir for Oʻtkir). Both are
ordinary words or other people's names as often as hers, so the words beside them decide (see
``kept_variants``); docs/reports.md lists what that misses.
"""

from __future__ import annotations

from desktop_app.core.reports.name_forms import WITH_ENDING
from desktop_app.core.reports.name_spans import near_occurrences
from desktop_app.core.reports.name_text import FILE_NAME_JOINT, JOINT, Found
from desktop_app.core.reports.people_index import PeopleIndex

# A variant alone is guessed to be hers only from this length: shorter ones (Lala for Lola)
# are too often another word.
MIN_GUESSED = 5  # letters


def kept_variants(
    names: PeopleIndex,
    protected: set[str],
    text: str,
    found: list[Found],
    variants: set[str],
    *,
    is_file_name: bool,
    owner: str | None,
) -> list[Found]:
    """found, with each spelling variant of a protected name part (Gulnara for Gulnora), and
    each name part under MIN_BARE letters typed without its oʻ/gʻ mark (Otkir for Oʻtkir),
    kept only where it names her: within VARIANT_REACH words of another word of hers, as
    written or a spelling variant too ("Gulnara Shamsutdinova", "Nadira Kadirova" for Nodira
    Qodirova, "Otkir Ganiev"), with whom that word names, or in the name of a file attached
    to her (owner); or, a spelling variant only, capitalised (in a file name, in any case),
    the variant of a whole name part of MIN_GUESSED letters or more, and beside no other
    recorded name word, as a guess. A variant in lower case alone in text is taken for an
    ordinary word, and one beside another person's name ("Gulnara Karimova" with a Karimova
    recorded) for part of that name; so is a short unmarked name part alone, in any case
    (Orol), and in lower case in text anywhere ("Gulom kela olmas edi", could not come)."""
    joint = FILE_NAME_JOINT if is_file_name else JOINT
    kept = []
    for index, occurrence in enumerate(found):
        if occurrence.word not in variants:
            kept.append(occurrence)
            continue
        word = occurrence.word
        is_written_as_a_name = word[0].isupper() or is_file_name
        candidates = dict(names.variant_owners(word))
        if is_written_as_a_name:  # in lower case in prose, olmas is "cannot", not Oʻlmas
            for person, rank in names.unmarked_owners(word).items():
                candidates[person] = min(rank, candidates.get(person, rank))
        named = candidates.keys() & {owner}
        is_beside_a_name = False
        for neighbour, is_adjacent in near_occurrences(text, found, index, joint):
            if neighbour.word in variants:
                # A short unmarked part is too often a word to vouch for another (Orol olmas).
                named |= candidates.keys() & names.variant_owners(neighbour.word).keys()
                continue
            named |= candidates.keys() & names.owners(neighbour.word).keys()
            is_beside_a_name |= is_adjacent
        if named & protected:
            kept.append(occurrence._replace(owners={p: candidates[p] for p in named}))
            continue
        spellings = names.variant_owners(word)
        whole_parts = {p: rank for p, rank in spellings.items() if rank <= WITH_ENDING}
        if (
            is_written_as_a_name
            and not is_beside_a_name
            and len(word) >= MIN_GUESSED
            and whole_parts.keys() & protected
        ):
            kept.append(occurrence._replace(owners=whole_parts, is_guess=True))
    return kept
