"""What the search page says about a query's ignored or changed parts, and about an index
that cannot be rebuilt, translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core.search.query import NoteCode, QueryNote

# One text per NoteCode (tests/gui/test_search_page.py checks that each is translated).
_NOTE_TEXTS = {
    NoteCode.UNBALANCED_QUOTE: QT_TRANSLATE_NOOP(
        "SearchPage", "A quotation mark has no partner and was ignored."
    ),
    NoteCode.DANGLING_OPERATOR: QT_TRANSLATE_NOOP(
        "SearchPage", "%1 needs a word to act on and was ignored."
    ),
    NoteCode.NO_WORDS: QT_TRANSLATE_NOOP(
        "SearchPage", "%1 has no letters or digits to search for and was ignored."
    ),
    NoteCode.EMPTY_FILTER: QT_TRANSLATE_NOOP(
        "SearchPage", "%1 needs a value, e.g. country:KG; it was ignored."
    ),
    NoteCode.BAD_DATE: QT_TRANSLATE_NOOP(
        "SearchPage", "%1 is not a date (use YYYY, YYYY-MM or YYYY-MM-DD) and was ignored."
    ),
    NoteCode.REPEATED_DATE: QT_TRANSLATE_NOOP(
        "SearchPage", "%1 is given more than once; the last one is used."
    ),
    NoteCode.DATES_SWAPPED: QT_TRANSLATE_NOOP(
        "SearchPage", "The start date is later than the end date; the two were swapped."
    ),
    NoteCode.DATE_NOT_EXCLUDABLE: QT_TRANSLATE_NOOP(
        "SearchPage", "%1 cannot be excluded; it was used as a date limit."
    ),
    NoteCode.TRUNCATED: QT_TRANSLATE_NOOP(
        "SearchPage", "The query is too long; the end of it was ignored."
    ),
    NoteCode.UNKNOWN_VALUE: QT_TRANSLATE_NOOP(
        "SearchPage", "%1 is not a known value, so nothing matches it."
    ),
    NoteCode.UNKNOWN_FIELD: QT_TRANSLATE_NOOP(
        "SearchPage",
        "%1 is not a filter (they are country: type: status: role: sensitivity: from: to:); "
        "the words after it were searched for everywhere.",
    ),
    NoteCode.ONLY_EXCLUDED: QT_TRANSLATE_NOOP(
        "SearchPage",
        "%1 only says what to leave out; add a word or a filter to search for, e.g. country:UZ.",
    ),
    NoteCode.TOO_SHORT: QT_TRANSLATE_NOOP(
        "SearchPage",
        "%1 was searched for as a whole word only: it is too short to find the words "
        "beginning with it.",
    ),
    NoteCode.NOT_YET_USED: QT_TRANSLATE_NOOP(
        "SearchPage",
        "%1 is too short to complete yet: records holding it as a whole word come first, then "
        "those the words before it find.",
    ),
    NoteCode.PATRONYMIC_LEFT_OUT: QT_TRANSLATE_NOOP(
        "SearchPage",
        "Nothing was found with %1, which looks like a patronymic (records often leave them "
        "out); the other words were searched for.",
    ),
    NoteCode.PATRONYMIC_OPTIONAL: QT_TRANSLATE_NOOP(
        "SearchPage",
        "%1 looks like a patronymic: records holding it come first, then those with the other "
        "words and no patronymic, then persons with another patronymic.",
    ),
    NoteCode.OTHER_FORMS: QT_TRANSLATE_NOOP(
        "SearchPage",
        "Other forms (words with the same stem) were also searched for: %1. Records found "
        "only so come last.",
    ),
    NoteCode.TRY_PREFIX: QT_TRANSLATE_NOOP(
        "SearchPage", "Nothing was found as typed. Try %1 to find the words beginning so."
    ),
}


def unrebuildable_index_text() -> str:
    """Why the search index could not be rebuilt over a damaged page, and what is left to do."""
    # Rebuilding first clears the old index, and SQLite must read every page of a table to
    # clear it: a page that fails its authentication stops the rebuild, which is rolled back.
    return QCoreApplication.translate(
        "SearchPage",
        "The search index could not be rebuilt: a damaged part of the vault cannot be read, "
        "so search stays off. Nothing was changed. Restore a backup made before the damage, "
        "or copy what can still be read into a new vault with the command "
        "sandiq salvage --to NEWFOLDER, which builds a new search index there.",
    )


def note_text(note: QueryNote) -> str:
    """A translated sentence for a note about an ignored or changed part of the query."""
    source = _NOTE_TEXTS[note.code]
    return QCoreApplication.translate("SearchPage", source).replace("%1", note.subject)
