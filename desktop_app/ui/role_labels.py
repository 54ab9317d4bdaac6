"""A person's role in a case as the interface language names it for that person.

Russian names a woman's role in the feminine ("Пострадавшая", "Родственница"); a label that
ignored her sex read as a mistake about her. The feminine forms are the Vocab context's role
labels with the disambiguation "female", which translators fill where their language differs;
Qt falls back to the plain label where they leave one empty.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from desktop_app.core.errors import RecordNotFound
from desktop_app.core.records import get_record
from desktop_app.ui.i18n import record_label_text, vocab_label

FEMALE = "female"


def _female_role_labels() -> dict[str, str]:
    # Spelled out call by call, with literals: pyside6-lupdate reads a disambiguation only as
    # a string in a translate() call (not in QT_TRANSLATE_NOOP3, not through a name).
    translate = QCoreApplication.translate
    return {
        "victim": translate("Vocab", "Victim", "female"),
        "witness": translate("Vocab", "Witness", "female"),
        "perpetrator": translate("Vocab", "Alleged perpetrator", "female"),
        "source": translate("Vocab", "Source", "female"),
        "lawyer": translate("Vocab", "Lawyer", "female"),
        "relative": translate("Vocab", "Relative", "female"),
        "other": translate("Vocab", "Other", "female"),
    }


def role_label(code: str, sex: str) -> str:
    """The label of a role code for a person of sex ('female', 'male', '' …): the feminine
    form for a woman, the plain label otherwise and for a code not among the roles."""
    if sex == FEMALE:
        label = _female_role_labels().get(code)
        if label:
            return label
    return vocab_label(code)


def record_text(kind: str, label: str, person_sex: str) -> str:
    """A record's short label in the interface language (``i18n.record_label_text``); a case
    party's role named for its person's sex (core gives it with the party: ``person_sex``)."""
    if kind == "case_party":
        return role_label(label, person_sex)
    return record_label_text(kind, label)


def with_role_label(session: Session, kind: str, content: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a record's content as a version or a conflict shows it: a case party's role
    code replaced by its label for the person it names, as this vault knows them (the People
    tab's label, a protected woman's too); the plain label for a person it does not hold.
    Other kinds' content is copied as it is."""
    shown = dict(content)
    code = shown.get("role")
    if kind != "case_party" or not isinstance(code, str):
        return shown
    try:
        sex = get_record(session, "person", UUID(str(shown.get("person")))).sex
    except (RecordNotFound, ValueError):
        sex = ""
    # A label is no vocabulary code: the field's text (``field_text``) shows it as it is.
    shown["role"] = role_label(code, sex or "")
    return shown
