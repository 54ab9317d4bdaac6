"""The tables of the full-text index that models describe: which record each indexed row is,
its original text, the name words fuzzy search expands to, and facts about the index. The FTS5
tables themselves are made by raw SQL (``db.fts``), not declared here.
"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class SearchDocument(Base):
    """Which record a full-text row belongs to; its text is in ``search_fts``/``search_text``."""

    __tablename__ = "search_document"

    rowid: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    record_id: Mapped[UUID] = mapped_column(unique=True)
    record_kind: Mapped[str] = mapped_column(String(16))
    case_id: Mapped[UUID | None] = mapped_column(index=True)
    # What search filters need from the record itself, so that filtering 20,000 matches does
    # not read 20,000 narratives: the days its date may mean (a case: its period), and a
    # testimony's status, sensitivity and witness.
    date_first: Mapped[str] = mapped_column(String(10), default="")
    date_last: Mapped[str] = mapped_column(String(10), default="")
    status: Mapped[str] = mapped_column(String(16), default="")
    sensitivity: Mapped[str] = mapped_column(String(16), default="")
    person_id: Mapped[UUID | None]


class SearchText(Base):
    """The original text of an indexed record, for snippets (the FTS5 index keeps no copy),
    and the folded name words it contributes to ``search_name_word``."""

    __tablename__ = "search_text"

    rowid: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)  # search_document's
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    names: Mapped[str] = mapped_column(Text, default="")


class SearchNameWord(Base):
    """A folded word of a person's name or a place, and how many indexed records use it: the
    words fuzzy search may expand a query word to (``search_fts_names`` indexes their
    trigrams under the same rowid)."""

    __tablename__ = "search_name_word"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    word: Mapped[str] = mapped_column(Text, unique=True)
    uses: Mapped[int] = mapped_column(default=0)


class SearchMeta(Base):
    """Facts about the search index, such as the folding rules its folded text was made with."""

    __tablename__ = "search_meta"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
