"""Who a dossier must not name, and what it calls them instead.

Protected people (with redaction on) and witnesses who consented only to anonymised use (always)
get their pseudonym, or "Witness A", "Person B", ... (in a Russian dossier "Свидетель А",
"Лицо Б", in Cyrillic letters). The letters are given in the order the witnesses' testimonies
appear and then by record id — never by name, so they reveal nothing about the real names —
and the same person keeps one label across every case of a dossier. As neither order depends on
the dossier's language, and every language takes its letters from one sequence
(``GENERATED_LETTERS``) in its own script, a person given a letter is the same letter in the
dossier of the same cases in every language: "Witness G", "Свидетель Г", "Guvoh G".

A recorded pseudonym that is a built-in label of any report language ("Свидетель Б",
"Witness B", "Guvoh B", "Лицо А") prints as that label in the dossier's language, with the
same letter in its script: a lawyer cites one witness as "Свидетель Б" in a Russian dossier and
"Witness B" in an English one, not as "Свидетель Б" amid English text. Latin and Cyrillic
letters are the same letter as the Uzbek alphabets pair them, where Russian romanisation reads
the Cyrillic one as that Latin letter too (``COUNTERPARTS``): "Guvoh N" is "Свидетель Н", as a
reader of both scripts reads it. A letter without such a counterpart among the other script's
label letters (O and Z: О and З are no label letters, read as 0 and 3; C, H, J, Q, W, Y; Ж, Ц,
Ш, Щ, Э, Ю, Я) keeps the pseudonym as typed: "Guvoh O" in a Russian dossier too. A letter of
another place would be the wrong witness to a reader comparing two dossiers ("Guvoh N" was once
"Свидетель Р", the Р read as "Guvoh P"). Any other pseudonym prints as typed.

A recorded pseudonym is not printed if it is or holds the name of anyone the dossier must not
name (compared as ``protected_names`` compares names: any script, look-alike letters): a
colleague's bundle may have given one person another's real name as a pseudonym, and the
label would print it. That person gets a letter instead.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from uuid import UUID

from desktop_app.core.lookalikes import skeleton
from desktop_app.core.protected_names import names_a_protected_person, protected_from
from desktop_app.core.reports.labels import LANGUAGES, Labels, labels_for
from desktop_app.core.reports.material import CaseMaterial, wants_anonymity
from desktop_app.core.reports.redaction import NamedPerson, Redactor
from desktop_app.core.reports.unnamed import UnnamedPerson

WITNESS_ROLES = ("witness", "source")
LABEL_KINDS = ("witness_label", "person_label")


def redaction_default(
    materials: Sequence[CaseMaterial], protected_in_vault: Sequence[UnnamedPerson]
) -> bool:
    """On if any case is confidential or restricted, or anyone is protected: in the dossier,
    or anywhere in the vault, deleted or not (the dossier's text may name them)."""
    return any(m.case.sensitivity != "normal" for m in materials) or bool(protected_in_vault)


def letters(n: int, alphabet: str = string.ascii_uppercase) -> str:
    """0 → 'A', 25 → 'Z', 26 → 'AA' (in the alphabet given: 0 → 'А', 1 → 'Б')."""
    text = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, len(alphabet))
        text = alphabet[rest] + text
    return text


# The Latin label letters and the Cyrillic ones that are one letter to a reader of both
# scripts: the Uzbek Latin and Cyrillic alphabets pair them, and Russian romanisation reads the
# Cyrillic letter as the same Latin one. By sound, not shape: В is V, Н is N, Р is R, С is S, У
# is U, though drawn like B, H, P, C, Y (and Х is X both ways). Left out, so printed as typed: Ж
# (J in Uzbek, Zh in Russian romanisation), C and Ц (C is no Uzbek letter, and is drawn like С),
# H (Uzbek Ҳ; Russian Х is X here), Y (Uzbek Й, which is no label letter: read as И), O and Z
# (О and З are no label letters: read as 0 and 3), Q, W, Ш, Щ, Э, Ю, Я.
_LATIN_CYRILLIC = dict(zip("ABVGDEIKLMNPRSTUFX", "АБВГДЕИКЛМНПРСТУФХ", strict=True))
COUNTERPARTS = {**_LATIN_CYRILLIC, **{c: latin for latin, c in _LATIN_CYRILLIC.items()}}


def _generated_letters() -> tuple[str, str]:
    """The letters of generated labels, in order, in Latin and in Cyrillic script: the
    counterparts, leaving out a pair if either of its letters looks like a letter of a pair
    taken before (В like B, П like n, У like Г): a lawyer comparing two dossiers reads a letter
    by its shape as well as by its sound, and "Свидетель В" beside "Witness B" would be one
    witness to her ("Guvoh N" printed "Свидетель Р" was read as "Guvoh P")."""
    latin, cyrillic, shapes = "", "", set[str]()
    for letter, counterpart in _LATIN_CYRILLIC.items():
        pair_shapes = {skeleton(letter), skeleton(counterpart)}
        if not pair_shapes & shapes:
            latin, cyrillic = latin + letter, cyrillic + counterpart
            shapes |= pair_shapes
    return latin, cyrillic


# "ABGDEIKLMNRSTFX" and "АБГДЕИКЛМНРСТФХ"; then "AA", "AB", …, as `letters` counts.
GENERATED_LETTERS = _generated_letters()


@cache
def _builtin_labels() -> tuple[dict[str, tuple[str, str]], dict[str, set[tuple[str, str]]]]:
    """Every built-in label of one or two letters in every report language, by its text
    (spacing and case unified) and by its skeleton, to (kind, its letters)."""
    by_text: dict[str, tuple[str, str]] = {}
    by_skeleton: dict[str, set[tuple[str, str]]] = {}
    for language in LANGUAGES:
        labels = labels_for(language)
        alphabet = labels.label_letters
        for kind in LABEL_KINDS:
            for n in range(len(alphabet) + len(alphabet) ** 2):
                letter = letters(n, alphabet)
                label = labels[kind].format(letter=letter)
                by_text[_spaced(label)] = (kind, letter)
                by_skeleton.setdefault(skeleton(label), set()).add((kind, letter))
    return by_text, by_skeleton


def _spaced(text: str) -> str:
    return " ".join(text.split()).casefold()


def _builtin_label(pseudonym: str) -> tuple[str, str] | None:
    """(kind, its letters) if pseudonym is a built-in label of a report language, as typed or
    in look-alike letters ("Свидетель A" with a Latin A is "Свидетель А"); else None.
    Look-alike letters that leave the letter unsure (Cyrillic Г and У read alike) are no label."""
    by_text, by_skeleton = _builtin_labels()
    if found := by_text.get(_spaced(pseudonym)):
        return found
    alike = by_skeleton.get(skeleton(pseudonym), set())
    return next(iter(alike)) if len(alike) == 1 else None


def _letters_in(text: str, alphabet: str) -> str | None:
    """text's label letters as alphabet writes them: as they are in its script, else each by its
    counterpart (COUNTERPARTS); None if one has none among alphabet's letters."""
    if all(letter in alphabet for letter in text):
        return text
    written = "".join(COUNTERPARTS.get(letter, "") for letter in text)
    if len(written) != len(text) or not all(letter in alphabet for letter in written):
        return None
    return written


def in_language(pseudonym: str, labels: Labels) -> str:
    """pseudonym as the dossier of labels prints it: a built-in label of any report language
    (of one or two letters) as the same label and letter in this one ("Свидетель Б" →
    "Witness B", "Guvoh N" → "Свидетель Н"); one whose letter has no counterpart in this
    language's script, and any other pseudonym, as typed (stripped)."""
    found = _builtin_label(pseudonym)
    if found is None:
        return pseudonym.strip()
    kind, letter = found
    written = _letters_in(letter, labels.label_letters)
    if written is None:
        return pseudonym.strip()
    return labels[kind].format(letter=written)


def _printed_forms(pseudonym: str) -> set[str]:
    """The skeletons of pseudonym as typed and as each report language prints it."""
    printed = {in_language(pseudonym, labels_for(language)) for language in LANGUAGES}
    return {skeleton(text) for text in (pseudonym, *printed)}


def _unnamed(
    materials: Sequence[CaseMaterial], is_redacted: bool, anonymous: set[UUID], protected: set[UUID]
) -> list[UUID]:
    """Everyone the dossier must not name, in lettering order."""
    order: dict[UUID, None] = {}
    for material in materials:
        for testimony in material.testimonies:
            witness = material.persons.get(testimony.witness_id)  # type: ignore[arg-type]
            if witness and (
                wants_anonymity(testimony) or (is_redacted and witness.id in protected)
            ):
                order[witness.id] = None
    for material in materials:  # who asked for anonymity in a testimony left out, or elsewhere
        order.update(dict.fromkeys(sorted(anonymous & material.persons.keys(), key=str)))
    if is_redacted:
        for material in materials:
            order.update(dict.fromkeys(sorted(protected & material.persons.keys(), key=str)))
    return list(order)


class _Labeller:
    """Gives the people a dossier must not name their labels: a pseudonym if one is recorded
    and not taken (a built-in label in the dossier's language, see in_language), else the next
    letter of its kind from GENERATED_LETTERS, in the script of the dossier's language.
    Every choice is made the same way whatever the dossier's language, so that one person has
    one label in the dossiers of all of them. A recorded pseudonym is taken if it looks like
    one given before in any language, as typed or printed (a recorded "Свидетель А" with a
    Cyrillic А and "Свидетель A" with a Latin one are one label to a reader; "Guvoh C" and
    "Witness C" are one in an English dossier). A generated label never looks like a recorded
    pseudonym, as typed or as any report language prints it, in any report language and with
    its letters in either script ("Witness Н" with a Cyrillic Н is how a reader of a Russian
    dossier may quote "Свидетель Н", the print of a recorded "Guvoh N"), so every recorded
    pseudonym is reserved before the first letter is given."""

    def __init__(self, labels: Labels, recorded: Iterable[str]) -> None:
        self._labels = labels
        self._reserved = {form for p in recorded if p.strip() for form in _printed_forms(p)}
        self._given: set[str] = set()
        self._counters = dict.fromkeys(LABEL_KINDS, 0)
        self._script = next(
            script for script in GENERATED_LETTERS if set(script) <= set(labels.label_letters)
        )

    def __call__(self, pseudonym: str, kind: str) -> str:
        if not pseudonym.strip():
            return self._next_letter(kind)
        forms = _printed_forms(pseudonym)
        if forms & self._given:
            return self._next_letter(kind)
        self._given |= forms
        return in_language(pseudonym, self._labels)

    def _next_letter(self, kind: str) -> str:
        every = [labels_for(language) for language in LANGUAGES]
        while True:
            n = self._counters[kind]
            self._counters[kind] += 1
            forms = {
                skeleton(labels[kind].format(letter=letters(n, script)))
                for labels in every
                for script in GENERATED_LETTERS
            }
            if not forms & self._reserved and not forms & self._given:
                self._given |= forms  # so a pseudonym the caller did not reserve yields to it
                return self._labels[kind].format(letter=letters(n, self._script))


def _assign_labels(
    materials: Sequence[CaseMaterial],
    is_redacted: bool,
    anonymous: set[UUID],
    protected: set[UUID],
    pseudonym_of: Callable[[UUID], str],
    labeller: _Labeller,
) -> dict[UUID, str]:
    """Person id → the label that replaces them, for everyone the dossier must not name."""
    persons = {pid for m in materials for pid in m.persons}
    witnesses = {
        pid for m in materials for pid, roles in m.roles.items() if set(roles) & set(WITNESS_ROLES)
    }
    kind = {pid: "witness_label" if pid in witnesses else "person_label" for pid in persons}
    return {
        pid: labeller(pseudonym_of(pid), kind[pid])
        for pid in _unnamed(materials, is_redacted, anonymous, protected)
    }


def build_redactor(
    materials: Sequence[CaseMaterial],
    is_redacted: bool,
    labels: Labels,
    protected_in_vault: Sequence[UnnamedPerson],
    anonymous_in_vault: Sequence[UnnamedPerson],
) -> Redactor:
    """The redactor of a dossier: knows everyone in it, and the people of other cases it must
    not name if the text names them — every protected person with redaction on, and, always,
    whoever gave a testimony for anonymised use only (labelled after the dossier's own, in the
    order the text first names them); replaces those it must not name."""
    anonymous = {p.id for p in anonymous_in_vault}
    protected = {p.id for p in protected_in_vault} if is_redacted else set()
    unnamed = {p.id: p for p in [*anonymous_in_vault, *protected_in_vault]}
    persons = {pid: p for m in materials for pid, p in m.persons.items()}

    unnamed_names = protected_from((p.id, p.names) for p in unnamed.values())

    def pseudonym_of(pid: UUID) -> str:
        pseudonym = unnamed[pid].pseudonym if pid in unnamed else persons[pid].pseudonym
        return "" if names_a_protected_person(pseudonym, unnamed_names) else pseudonym

    recorded = [pseudonym_of(pid) for pid in [*persons, *unnamed]]
    labeller = _Labeller(labels, recorded)
    assigned = _assign_labels(materials, is_redacted, anonymous, protected, pseudonym_of, labeller)
    people = [
        NamedPerson(
            str(pid),
            unnamed[pid].names if pid in unnamed else (p.name, *p.other_names),
            assigned.get(pid),
        )
        for pid, p in persons.items()
    ]
    must_not_name = anonymous | protected
    outside = {
        str(pid): p for pid, p in unnamed.items() if pid not in persons and pid in must_not_name
    }
    people += [
        NamedPerson(pid, p.names, is_labelled_when_named=True, yields=p.is_deleted)
        for pid, p in outside.items()
    ]

    def label_when_named(pid: str) -> str:
        person = outside[pid]
        return labeller(
            pseudonym_of(person.id), "witness_label" if person.id in anonymous else "person_label"
        )

    return Redactor(people, labels["name_withheld"], label_when_named)
