"""Replacing protected persons by their pseudonym in any text a dossier prints.

Names are matched word by word, not as substrings, so that every stored spelling is caught in
any case, in any order, alone or with initials, and with the endings names take in running
text (``name_forms``), among the names of everyone the dossier may name (``people_index``;
who a word may name: ``name_owners``), in the words of the text (``name_text``). A name part
written the way Uzbek and Russian spell one name differently (Gulnara for a stored Gulnora) is
taken for hers beside her other name words, or capitalised and alone, in a file name in lower
case too; a short one typed without its oʻ/gʻ mark (Otkir for Oʻtkir) only beside them (see
``variants``).

A run of adjacent name words (``Azamjon A. Askarov``; ``Malika_Xojayeva`` in a file name or a
handle: see ``name_text.JOINT``) resolves to the person whose names all its words belong to,
and is replaced once; a word that belongs to several people (two protected siblings, or a
protected witness and a named official who share a given name) becomes "[name withheld]"
rather than a label that could point at the wrong person, and so does one word with initials
(``D. Oʻrinboyeva``), which may be her sister's. A word that a stored name uses to mention
someone else ("Gulnora's son Rustam", "сын Гулноры") never shields her name (see
``people_index.mentioned_names``). A patronymic (``patronymics``) goes with the name it
stands in or after, as initials do (``name_spans``, ``initials``); one made from a protected
man's name is withheld (``fathers``). A name spelt with look-alike letters of another script
("Dilnοza" with a Greek omicron; "G0zal" with a digit zero, "ΚΑΡΙΜΟΒΑ" all in Greek, where
that reading is a protected name) is matched as read (``lookalike_words``), and one with "rn"
for "m" ("Karirnova") is withheld (``lookalike_sequences``). A replaced name's
case ending stays after its label ("Witness A-ga", see ``_labelled``). Limits are listed in
docs/reports.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop_app.core.reports.fathers import ProtectedFathers
from desktop_app.core.reports.glued import glued_names
from desktop_app.core.reports.line_breaks import joined_at_breaks
from desktop_app.core.reports.lookalike_sequences import rn_names
from desktop_app.core.reports.lookalike_words import LookalikeReader
from desktop_app.core.reports.name_forms import (
    AS_WRITTEN,
    OTHER_GENDER,
    after_proclitic,
    kept_ending,
    possessive,
)
from desktop_app.core.reports.name_owners import NameOwners
from desktop_app.core.reports.name_spans import (
    is_abbreviated,
    with_initials,
    with_patronymic,
)
from desktop_app.core.reports.name_text import (
    FILE_NAME_JOINT,
    IN_FILE_NAME,
    IN_TEXT,
    JOINT,
    Beside,
    Found,
    distinct_words,
    normal_text,
    occurrences,
)
from desktop_app.core.reports.patronymics import is_in_patronymic
from desktop_app.core.reports.people_index import NamedPerson, PeopleIndex
from desktop_app.core.reports.variants import kept_variants
from desktop_app.core.reports.whole_names import StoredNames

__all__ = ["NamedPerson", "Redactor"]

# How far before a run of name words its initials and patronymic may start ("D. Bahodir
# qizi Karimova"); only bounds the search.
BESIDE_REACH = 64  # characters


class Redactor:
    """Replaces the names of protected people in text by their labels."""

    def __init__(
        self,
        people: Sequence[NamedPerson],
        name_withheld: str,
        label_when_named: Callable[[str], str] | None = None,
    ) -> None:
        self.labels = {p.id: p.label for p in people if p.label}  # grows as the text is read
        self._protected = set(self.labels)
        if label_when_named is not None:
            self._protected |= {p.id for p in people if p.is_labelled_when_named}
        self._label_when_named = label_when_named
        self.name_withheld = name_withheld
        outside = {p.id for p in people if p.is_labelled_when_named}
        named_inside = {p.id for p in people if not p.label and not p.is_labelled_when_named}
        self._names = PeopleIndex(people, self._protected)
        self._owners = NameOwners(self._names, self._protected, outside, named_inside)
        self._fathers = ProtectedFathers(self._names, self._protected)
        self._stored = StoredNames(people)
        self._lookalikes = LookalikeReader(
            self._owners.names_someone, self._owners.may_name_protected
        )

    @property
    def is_active(self) -> bool:
        """True if anyone is protected, i.e. the redactor may change text."""
        return bool(self._protected)

    def label(self, person_id: str) -> str | None:
        """The label that replaces this person, or None if they are not protected."""
        return self.labels.get(person_id)

    def must_not_name(self, person_id: str) -> bool:
        """True if the dossier replaces this person wherever it names them."""
        return person_id in self._protected

    def _proclitic(self, word: str) -> str:
        """The proclitic to keep before a label: the "and" of "and Abdullah"."""
        if self._names.direct_owners(word):
            return ""
        rest = after_proclitic(word)
        return word[: len(word) - len(rest)] if rest else ""

    def _replacement(
        self, owners: frozenset[str], words: list[Found], *, is_abbreviated: bool = False
    ) -> str | None:
        """What replaces words that may belong to owners; None keeps them. A guess (Gulnara
        alone for a stored Gulnora) may be another woman of that name, and an abbreviated name
        (one word of hers with initials: "D. Oʻrinboyeva", "Оринбоева Д.") her sister or
        brother, whose given name the initial stands for: never her label."""
        protected = owners & self._protected
        if not protected:
            return None
        # A man's form of her surname (Karimov for Karimova) names her brother or father.
        is_hers = not any(
            self._owners.of(word).get(person) == OTHER_GENDER
            for word in words
            for person in protected
        )
        is_certain = is_hers and not is_abbreviated and not any(word.is_guess for word in words)
        if len(owners) == 1 and is_certain:
            return self._label_of(next(iter(protected)))
        return self.name_withheld

    def _label_of(self, person_id: str) -> str:
        label = self.labels.get(person_id)
        if label is None:
            assert self._label_when_named is not None
            label = self.labels[person_id] = self._label_when_named(person_id)
        return label

    def __call__(self, text: str) -> str:
        """text with every protected name replaced; unchanged if nobody is protected."""
        return self._redacted(text, is_file_name=False)

    def file_name(self, name: str, owner: str | None = None) -> str:
        """An attachment's file name with every protected name replaced, as in text, except
        that a spelling variant alone in lower case is taken for her name (gulnara.jpg for a
        protected Gulnora), not for an ordinary word: files are named after people. owner:
        the person whose record (or testimony) the file is attached to, who names himself
        beside it (IMG_Otkir.jpg attached to Oʻtkir's testimony, see kept_variants)."""
        return self._redacted(name, is_file_name=True, owner=owner)

    def _redacted(self, text: str, *, is_file_name: bool, owner: str | None = None) -> str:
        if not self._protected or not text:
            return text
        text = normal_text(text)
        if not is_file_name:
            text = joined_at_breaks(
                text, lambda word: self._owners.is_protected_name(self._lookalikes.word(word))
            )
        # Names are found in the text read as drawn ("Dilnοza" with a Greek omicron is
        # Dilnoza); what is printed around them is the text as written, offset for offset.
        printed = text
        text = self._lookalikes(text)
        words = distinct_words(text)
        names, variants = self._names.named_words(words)
        fathers = self._fathers.spans(text, words)
        # Words read apart from the text's words: initials glued to a name, "rn" for "m".
        apart = glued_names(
            text, is_file_name=is_file_name, protected_owners=self._owners.written_for
        )
        apart += rn_names(
            text,
            is_file_name=is_file_name,
            names_someone=self._owners.names_someone,
            owners=self._names.owners,
            protected=self._protected,
        )
        if not names and not variants and not fathers and not apart:
            return printed  # the common case: a paragraph that names nobody known
        found = occurrences(text, names | variants)
        if not is_file_name:
            # A name in lower case in prose may be a common word that is also her name (Uzbek
            # bahor, "spring"): her label there would tell every reader what her name means.
            found = [f._replace(is_guess=True) if f.word[0].islower() else f for f in found]
        beside = IN_FILE_NAME if is_file_name else IN_TEXT
        joint = FILE_NAME_JOINT if is_file_name else JOINT
        if variants:
            found = kept_variants(
                self._names,
                self._protected,
                text,
                found,
                variants,
                is_file_name=is_file_name,
                owner=owner,
            )
        if apart:
            found = sorted([*found, *apart], key=lambda f: (f.start, -f.end))
        # A patronymic's words that name nobody protected ("Bahodirovna" of a relative's other
        # name, the Bahodir of "Bahodir qizi") go with the name beside them, as initials do;
        # a protected father's name in one is withheld with it (see fathers.py).
        found = [
            occurrence
            for occurrence in found
            if not is_in_patronymic(text, occurrence.start, occurrence.end)
            or (
                self._owners.of(occurrence).keys() & self._protected
                and not any(start <= occurrence.start < end for start, end, _ in fathers)
            )
        ]
        pieces: list[tuple[int, int, str]] = []
        done = 0  # no name before this offset is left to replace
        index = 0
        while index < len(found):
            run = [found[index]]
            index += 1
            while index < len(found) and joint.fullmatch(text, run[-1].end, found[index].start):
                run.append(found[index])
                index += 1
            reach = max(done, run[0].start - BESIDE_REACH)
            before = beside.before.search(text, reach, run[0].start)
            after = beside.after.match(text, run[-1].end)
            span = (
                before.start() if before else run[0].start,
                after.end() if after else run[-1].end,
            )
            for piece in self._resolve(text, run, span, beside):
                pieces.append(piece)
                done = piece[1]
        for start, end, suffix in fathers:
            if not any(
                start < piece_end and piece_start < end for piece_start, piece_end, _ in pieces
            ):
                pieces.append((start, end, self.name_withheld + (suffix and "-" + suffix)))
        out: list[str] = []
        done = 0
        for piece_start, piece_end, replacement in sorted(pieces):
            out += (printed[done:piece_start], replacement)
            done = piece_end
        out.append(printed[done:])
        return "".join(out)

    def _resolve(
        self, text: str, run: list[Found], span: tuple[int, int], beside: Beside
    ) -> list[tuple[int, int, str]]:
        """(start, end, replacement) for the parts of a run of name words (over span, with its
        initials) that name protected people."""
        start, end = span
        if len(run) == 1:
            common = self._owners.alone(run[0])
        else:
            common = frozenset.intersection(*(frozenset(self._owners.of(w)) for w in run))
        replacement = (
            self._replacement(common, run, is_abbreviated=is_abbreviated(text, run, start, end))
            if common
            else None
        )
        if replacement is not None:
            return [(start, end, self._labelled(run[0], run[-1], replacement))]
        # The run names nobody protected as a whole, but a longer name must not shield a
        # protected one inside it: "son of Gulnora Shamsutdinova" may be an unprotected son's
        # other name, and her name in it is still hers. Two or more words that all name one
        # protected person, or one such word with her initial ("son of G. Shamsutdinova"), are
        # hers wherever they stand; a single shared word (a brother's surname in his full
        # name) stays with the whole name, as docs/reports.md says, unless his name only
        # mentions her ("Gulnora's son Rustam"), or the run is no one name of his ("of
        # Toshmatova": two names of her father's, see whole_names). Every word of her name with
        # words of his among them ("Dilnoza Bahodirovna Karimova", a colleague's name for him)
        # is hers too: protection wins over the longer name; the words may be either's.
        whole_name = self._whole_protected_name(run, text[start:end]) if common else None
        pieces = []
        first = 0
        while first < len(run):
            if whole_name is not None and first == whole_name[0]:
                after = whole_name[1]
                piece_start, piece_end = with_initials(text, run, first, after, span, beside)
                label = self._labelled(run[first], run[after - 1], self.name_withheld)
                pieces.append((piece_start, piece_end, label))
                first = after
                continue
            after, protected = self._protected_stretch(run, first)
            if protected:
                piece_start, piece_end = with_initials(text, run, first, after, span, beside)
                if (
                    after - first >= 2
                    or self._names.has_initial_of(protected, text[piece_start:piece_end])
                    or (common and common <= self._owners.mentioning(run[first]))
                    or (common and not self._is_name_of(common, run, first))
                ):
                    words = run[first:after]
                    owners = frozenset.intersection(*(frozenset(self._owners.of(w)) for w in words))
                    is_short = is_abbreviated(text, words, piece_start, piece_end)
                    replacement = self._replacement(owners, words, is_abbreviated=is_short)
                    assert replacement is not None  # someone protected owns every word
                    label = self._labelled(run[first], run[after - 1], replacement)
                    pieces.append((piece_start, piece_end, label))
                    first = after
                    continue
            if not common:  # words of different people: each word for itself
                found = run[first]
                # Initials beside it that are not hers ("Rahimov B. Orinboyeva") stay printed,
                # as they may be his; still, they make the word no more than an abbreviation.
                near = with_initials(text, run, first, first + 1, span, beside)
                replacement = self._replacement(
                    self._owners.alone(found),
                    [found],
                    is_abbreviated=is_abbreviated(text, [found], *near),
                )
                if replacement is not None:
                    label = self._labelled(found, found, replacement)
                    pieces.append((*with_patronymic(text, run, first, start, end), label))
            first += 1
        return pieces

    def _is_name_of(self, owners: frozenset[str], run: list[Found], at: int) -> bool:
        # One word alone is whose NameOwners.alone says; a longer run must hold one name of theirs.
        names = [found.word for found in run]
        return len(run) == 1 or self._stored.holds_name_of(owners, names, at)

    def _whole_protected_name(self, run: list[Found], text: str) -> tuple[int, int] | None:
        """Where the words of run (text, with its initials) that hold a protected person's
        whole name (every word of one of her names of two words or more, in any order, or its
        initial) start and end, or None."""
        whole = self._names.complete_names_in([found.word for found in run], text)
        if not whole:
            return None
        hers = [at for at, found in enumerate(run) if whole & self._owners.of(found).keys()]
        return hers[0], hers[-1] + 1

    def _protected_stretch(self, run: list[Found], first: int) -> tuple[int, set[str]]:
        """The end of the longest stretch of run from first whose words all name one and the
        same protected person, and who that may be (nobody if the word at first names nobody
        protected)."""
        protected = set(self._owners.of(run[first])) & self._protected
        after = first + 1
        while after < len(run) and (still := protected & self._owners.of(run[after]).keys()):
            protected, after = still, after + 1
        return after, protected

    def _labelled(self, first: Found, last: Found, replacement: str) -> str:
        """The replacement of the words from first to last, keeping a proclitic "and" before
        it, and a possessive after it, or the case ending last has, after a hyphen: the role a
        name has in a sentence is often in its ending only ("Гулчеҳрага айтди", told her;
        "Аскарову угрожал Рахимов", Rahimov threatened him), and a label is not declined."""
        if ending := possessive(last.word):
            return self._proclitic(first.word) + replacement + ending
        owners = self._owners.of(last)
        if AS_WRITTEN not in owners.values():
            ending = kept_ending(last.word, lambda rest: self._names.is_stem_of(rest, owners))
        return self._proclitic(first.word) + replacement + (ending and "-" + ending)
