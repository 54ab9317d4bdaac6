"""A misnamed field is refused, not dropped: a test that passed "is_protected" for "protected"
made a witness it took for protected, and so would a form or a script doing the same."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.models import Person
from desktop_app.core.errors import InvalidInput
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault


def test_a_new_record_with_an_unknown_field_is_refused_and_nothing_written(
    tmp_vault: Vault,
) -> None:
    person = {"name": "Shuhrat Qodirov", "is_protected": True}
    with (
        pytest.raises(InvalidInput, match="unknown field 'is_protected'"),
        tmp_vault.transaction() as session,
    ):
        tmp_vault.writer(session).create("person", person)
    with tmp_vault.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_a_local_edit_with_an_unknown_field_is_refused(tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        person_id = tmp_vault.writer(session).create("person", {"name": "Shuhrat Qodirov"}).id
    edit = {"name": "Shuhrat Qodirov", "protectd": True}
    with (
        pytest.raises(InvalidInput, match="unknown field 'protectd'"),
        tmp_vault.transaction() as session,
    ):
        record = get_record(session, "person", person_id)
        tmp_vault.writer(session).update(record, edit, is_local_edit=True)
    with tmp_vault.read() as session:
        assert get_record(session, "person", person_id).version == 1
