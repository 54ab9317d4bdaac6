"""`sandiq delete` of a record other records still use says why in the user's language, as the
record's form does; English keeps core's words."""

from __future__ import annotations

from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq


def _case_with_a_testimony(vault: Vault) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2024-0001", "title": "Задержание"})
        writer.create("testimony", {"case": str(case.id), "summary": "Показания соседа"})
    vault.lock()


def test_a_record_in_use_is_refused_in_the_user_s_words(sandiq: Sandiq, tmp_vault: Vault) -> None:
    _case_with_a_testimony(tmp_vault)
    russian = sandiq.fails("delete", "UZ-2024-0001", env={"SANDIQ_LANGUAGE": "ru"})
    assert russian.error_lines == [
        "sandiq: error: Эту запись нельзя удалить, пока её используют другие записи: 1 "
        "показание. Сначала уберите её из них или удалите их."
    ]
    english = sandiq.fails("delete", "UZ-2024-0001", env={"SANDIQ_LANGUAGE": "en"})
    assert english.error_lines == ["sandiq: error: this case is still used by: 1 testimony"]
