"""The app names an attachment's kind ("PDF document", its media type in the tooltip), the
person form tells "not recorded" from "unknown" sex, and the dossier calls an act what the app
calls it ("Деяние", "Qilmish")."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.core import case_file
from desktop_app.core.attachments import add_attachment
from desktop_app.core.media_kinds import MEDIA_KINDS
from desktop_app.core.reports.labels import labels_for
from desktop_app.core.vault import Vault
from desktop_app.core.vocab import SEXES
from desktop_app.ui.forms.person_form import PersonForm
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.media_kind_names import MEDIA_KIND_NAMES
from desktop_app.ui.row_models import AttachmentModel


@pytest.fixture
def english() -> Iterator[None]:
    install_translators("en")
    yield
    install_translators("en")


def test_the_attachments_tab_names_file_kinds_and_shows_the_media_type_on_hover(
    qtbot, tmp_vault: Vault, english: None
) -> None:
    # Before: the Type column read "application/pdf".
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2026-0001", "title": "Detention"})
        for name, media_type in (
            ("a_справка.pdf", "application/pdf"),
            ("b_фото.jpg", "image/jpeg"),
            ("c_data.bin", "application/x-custom-thing"),
        ):
            add_attachment(writer, "case", case.id, io.BytesIO(b"x"), name, media_type=media_type)
        case_id = case.id
    model = AttachmentModel()
    with tmp_vault.read() as session:
        model.set_rows(
            sorted(case_file.case_attachments(session, case_id), key=lambda r: r.file_name)
        )

    def cell(row: int, role: Qt.ItemDataRole) -> str:
        return model.data(model.index(row, AttachmentModel.COL_TYPE), role)

    shown = [cell(row, Qt.ItemDataRole.DisplayRole) for row in range(3)]
    tips = [cell(row, Qt.ItemDataRole.ToolTipRole) for row in range(3)]
    assert shown == ["PDF document", "JPEG image", "application/x-custom-thing"]
    assert tips == ["application/pdf", "image/jpeg", "application/x-custom-thing"]


def test_every_file_kind_has_a_name_in_the_app_and_in_every_dossier_language() -> None:
    assert MEDIA_KIND_NAMES.keys() == set(MEDIA_KINDS)
    for language in ("en", "ru", "uz"):
        assert labels_for(language).media_kinds.keys() == set(MEDIA_KINDS), language
    assert dict(zip(MEDIA_KINDS, (MEDIA_KIND_NAMES[k] for k in MEDIA_KINDS), strict=True)) == (
        labels_for("en").media_kinds
    )  # the English app and the English dossier say the same


@pytest.mark.parametrize("language", ["en", "ru", "uz"])
def test_the_dossier_calls_an_act_what_the_app_calls_it(qtbot, language: str) -> None:
    # Before: the app said "Деяние", the dossier's column "Нарушение".
    install_translators(language)
    try:
        app_term = QCoreApplication.translate("TimelineModel", "Act")
    finally:
        install_translators("en")
    assert labels_for(language)["act_type"] == app_term


def test_the_sex_choice_tells_not_recorded_from_unknown(
    qtbot, tmp_vault: Vault, english: None
) -> None:
    # Before: "—" and "Unknown", read by a tester as two ways of saying nothing.
    form = PersonForm(tmp_vault)
    qtbot.addWidget(form)
    combo = form.sex_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["Not recorded", "Female", "Male", "Other", "Unknown"]
    assert [combo.itemData(i) for i in range(combo.count())] == list(SEXES)  # stored as before
    tip = Qt.ItemDataRole.ToolTipRole
    assert combo.itemData(0, tip) == "Nothing entered yet: the sex may still be found out."
    assert combo.itemData(4, tip) == "Looked into: the sources do not say."
    assert "“Not recorded”" in combo.toolTip() and "“Unknown”" in combo.toolTip()
