"""`sandiq contact add` of a contact already added says that nothing changed, or that the user
renamed it, in the user's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.exchange.contacts import my_contact_file
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import make_site

SAID = {
    "ru": (
        "Уже есть в контактах как Бекзод; ничего не изменено.\n",
        "Контакт Бекзод переименован в Bekzod.\n",
    ),
    "uz": (
        "Hamkasblaringiz orasida allaqachon Бекзод nomi bilan bor; hech narsa oʻzgarmadi.\n",
        "Hamkasb Бекзод endi Bekzod deb nomlanadi.\n",
    ),
}


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_adding_a_contact_again_is_told_in_the_language(
    sandiq: Sandiq, tmp_path: Path, language: str
) -> None:
    here, bekzod = make_site(tmp_path, "Here"), make_site(tmp_path, "Bekzod")
    path = tmp_path / "bekzod.contact"
    with bekzod.vault.read() as session:
        path.write_bytes(my_contact_file(session))
    here.vault.lock()
    env = {"SANDIQ_LANGUAGE": language}

    def add(*args: str) -> str:
        return sandiq.ok("contact", "add", str(path), "--yes", *args, vault=here.vault.path,
                         env=env).stdout  # fmt: skip

    add("--name", "Бекзод")
    unchanged, renamed = SAID[language]
    assert add() == unchanged
    assert add("--name", "Bekzod").endswith(renamed)
