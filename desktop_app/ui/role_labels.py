"""A person's role in a case as the interface language names it for that person.

Russian names a woman's role in the feminine ("Пострадавшая", "Родственница"); a label that
ignored her sex read as a mistake about her. The feminine forms are the Vocab context's role
labels with the disambiguation "female", which translators fill where their language differs;
Qt falls back to the plain label where they leave one empty.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.i18n import vocab_label

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
