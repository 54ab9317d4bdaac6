"""Why part of a search query was ignored or changed: a code per reason, for the GUI to
translate, and one English sentence per code for the CLI.

The parser (``query.parse_query``) and the search service (filters, loosening, suggestions)
attach them to what they return, so the search box can show why a query found less, or
other, than the user expected.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class NoteCode(StrEnum):
    """Why part of a query was ignored or changed; the GUI shows a translated text per code."""

    UNBALANCED_QUOTE = "unbalanced_quote"
    DANGLING_OPERATOR = "dangling_operator"
    NO_WORDS = "no_words"
    EMPTY_FILTER = "empty_filter"
    BAD_DATE = "bad_date"
    REPEATED_DATE = "repeated_date"
    DATES_SWAPPED = "dates_swapped"
    DATE_NOT_EXCLUDABLE = "date_not_excludable"
    TRUNCATED = "truncated"
    UNKNOWN_VALUE = "unknown_value"
    UNKNOWN_FIELD = "unknown_field"
    ONLY_EXCLUDED = "only_excluded"
    TOO_SHORT = "too_short"
    NOT_YET_USED = "not_yet_used"
    PATRONYMIC_LEFT_OUT = "patronymic_left_out"
    PATRONYMIC_OPTIONAL = "patronymic_optional"
    OTHER_FORMS = "other_forms"
    TRY_PREFIX = "try_prefix"


_MESSAGES = {
    NoteCode.UNBALANCED_QUOTE: "a quotation mark has no partner and was ignored",
    NoteCode.DANGLING_OPERATOR: "{} needs a word to act on and was ignored",
    NoteCode.NO_WORDS: "{} has no letters or digits to search for and was ignored",
    NoteCode.EMPTY_FILTER: "{} needs a value, e.g. country:KG; it was ignored",
    NoteCode.BAD_DATE: "{} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD) and was ignored",
    NoteCode.REPEATED_DATE: "{} is given more than once; the last one is used",
    NoteCode.DATES_SWAPPED: "from: is later than to:; the two were swapped",
    NoteCode.DATE_NOT_EXCLUDABLE: "{} cannot be excluded; it was used as a date limit",
    NoteCode.TRUNCATED: "the query is too long; the end of it was ignored",
    NoteCode.UNKNOWN_VALUE: "{} is not a known value, so nothing matches it",
    NoteCode.UNKNOWN_FIELD: (
        "{} is not a filter (they are country: type: status: role: sensitivity: from: to:); "
        "the words after it were searched for everywhere"
    ),
    NoteCode.ONLY_EXCLUDED: (
        "{} only says what to leave out; add a word or a filter to search for, e.g. country:UZ"
    ),
    NoteCode.TOO_SHORT: (
        "{} was searched for as a whole word only: it is too short to find the words beginning "
        "with it"
    ),
    NoteCode.NOT_YET_USED: (
        "{} is too short to complete yet: records holding it as a whole word come first, then "
        "those the words before it find"
    ),
    NoteCode.PATRONYMIC_LEFT_OUT: (
        "nothing was found with {}, which looks like a patronymic (records often leave them "
        "out); the other words were searched for"
    ),
    NoteCode.PATRONYMIC_OPTIONAL: (
        "{} looks like a patronymic: records holding it come first, then those with the other "
        "words and no patronymic, then persons with another patronymic"
    ),
    NoteCode.OTHER_FORMS: (
        "other forms (words with the same stem) were also searched for: {}; records found only "
        "so come last"
    ),
    NoteCode.TRY_PREFIX: "nothing was found as typed; try {} to find the words beginning so",
}


@dataclass(frozen=True)
class QueryNote:
    """Something in the query that was ignored or changed, and the text it is about."""

    code: NoteCode
    subject: str = ""
    # For a suggestion (TRY_PREFIX): the query to run instead, as the user would type it.
    query: str = ""

    @property
    def message(self) -> str:
        """One English sentence for the CLI (the GUI translates by code instead)."""
        return _MESSAGES[self.code].format(self.subject)
