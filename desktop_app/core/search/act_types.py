"""The act types a typed word stands for (search's ``type:`` value): by code, or by words of
the type's labels in English, Russian and Uzbek, or of its synonyms (vocab.ACT_TYPE_SYNONYMS:
labels it had before and everyday words), each typed word folded as search folds it and
matched as the beginning of a word. So "qamoq", the word Uzbek users knew from the old label,
still finds arbitrary detention, whose label is now "…ozodlikdan mahrum qilish"."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import VocabularyTerm
from desktop_app.core import vocab
from desktop_app.core.search.folding import fold_tokens


def act_type_codes(session: Session, value: str) -> set[str]:
    """The codes of the vault's act types value names: its code alone, or every type a
    label or synonym of which begins a word with each typed word."""
    words = fold_tokens(value)
    codes = set()
    for term in session.scalars(
        select(VocabularyTerm).where(VocabularyTerm.vocabulary == vocab.ACT_TYPE_VOCABULARY)
    ):
        if value == term.code:
            return {term.code}
        labels = (term.code.replace("_", " "), term.label_en, term.label_ru, term.label_uz)
        for label in (*labels, *vocab.ACT_TYPE_SYNONYMS.get(term.code, ())):
            label_words = fold_tokens(label)
            if words and all(any(lw.startswith(w) for lw in label_words) for w in words):
                codes.add(term.code)
    return codes
