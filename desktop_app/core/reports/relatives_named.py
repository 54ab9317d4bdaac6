"""Relatives a redacted dossier names in full: someone it prints by name whose family name is
that of a protected person it hides ("Бахтиёр Шамсутдинов" beside «Свидетель А», who is
Гулнора Шамсутдинова). Redaction rightly prints him, as he is not protected, but his name
points at her; the CLI and the window tell the user before the dossier is handed out, naming
her by her label only.

A family name is a word of a name shaped like one: a surname's gendered form (-ov/-ova, -ev/-eva,
-in/-ina, -skiy/-skaya, as ``search.surname_genders`` takes them) or the Tajik -zoda, of
MIN_FAMILY_NAME letters or more. Name order is not recorded ("Шамсутдинова Гулнора" and
"Gulnora Shamsutdinova" are both stored), so the shape tells it; a given name shared by two
people (Gulnora) is no family tie, and surnames of other shapes are not told (docs/security.md).
Family names are compared as the redactor compares name words (``name_forms.NameIndex``): in any
script and common spelling, with endings, and in the other gender (Shamsutdinov for
Shamsutdinova).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_app.core.reports.material import CaseMaterial
from desktop_app.core.reports.name_forms import NameIndex
from desktop_app.core.reports.name_scripts import spelling_for
from desktop_app.core.reports.name_text import words_of
from desktop_app.core.reports.redaction import Redactor
from desktop_app.core.reports.unnamed import UnnamedPerson
from desktop_app.core.search.folding import fold
from desktop_app.core.search.surname_genders import other_gender_forms

MIN_FAMILY_NAME = 4  # letters: shorter words are too often a given name or an ordinary word
# Tajik surnames made of a forebear's name (Rahmonzoda, Рахмонзода), the same for men and women.
_UNGENDERED_ENDINGS = ("zoda", "zade", "zada")


@dataclass(frozen=True)
class RelativeNamed:
    """Someone a redacted dossier names in full who shares a family name with a protected
    person it hides: his name as printed, and her label (never her name)."""

    name: str
    pseudonym: str


@dataclass(frozen=True)
class DossierPerson:
    """Someone of a dossier's cases, as the check needs them. names: every name of theirs
    (for a protected person, every spelling the redactor hides); shown: how the dossier
    prints them; pseudonym: the label that hides a protected person, None for anyone else."""

    names: tuple[str, ...]
    shown: str
    pseudonym: str | None = None


def family_names(names: Iterable[str]) -> list[str]:
    """The words of names shaped like a family name (see the module's docstring)."""
    return [word for word in words_of(tuple(names)) if _is_family_name(word)]


def _is_family_name(word: str) -> bool:
    if sum(char.isalpha() for char in word) < MIN_FAMILY_NAME:
        return False
    folded = fold(word)
    return bool(other_gender_forms(folded)) or folded.endswith(_UNGENDERED_ENDINGS)


def relatives_named(people: Sequence[DossierPerson]) -> list[RelativeNamed]:
    """(his name as printed, her label) for each person the dossier prints whose printed name
    holds a family name of a protected person among people, sorted; [] if there is none."""
    protected = [person for person in people if person.pseudonym]
    index = NameIndex()
    for number, person in enumerate(protected):
        for word in family_names(person.names):
            index.add({str(number)}, word)
    if index.is_empty():
        return []
    index.seal()
    found: set[RelativeNamed] = set()
    for person in people:
        if person.pseudonym:
            continue
        for word in family_names((person.shown,)):
            for owner in index.owners(word):
                pseudonym = protected[int(owner)].pseudonym
                assert pseudonym is not None  # only labelled people are indexed
                found.add(RelativeNamed(person.shown, pseudonym))
    return sorted(found, key=lambda relative: (relative.name, relative.pseudonym))


def dossier_relatives(
    materials: Sequence[CaseMaterial],
    protected: Sequence[UnnamedPerson],
    redactor: Redactor,
    language: str,
) -> list[RelativeNamed]:
    """relatives_named for a redacted dossier of these cases, once written: every protected
    person it hid by a label (a party, or someone its text names), and its parties as it
    printed them (redactor, its labels and letters; language, the spelling it picks)."""
    people = [
        DossierPerson(person.names, label, label)
        for person in protected
        if (label := redactor.label(str(person.id)))
    ]
    if not people:
        return []
    persons = {pid: person for m in materials for pid, person in m.persons.items()}
    for pid, person in persons.items():
        if redactor.must_not_name(str(pid)):
            continue  # printed by a label, or not at all
        # As ctx.person_name prints him: his surname may be withheld there, then no warning.
        shown = redactor(spelling_for(person.name, person.other_names, language))
        people.append(DossierPerson((person.name, *person.other_names), shown))
    return relatives_named(people)
