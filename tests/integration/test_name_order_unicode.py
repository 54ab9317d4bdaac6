"""A vault opened by a Python with other Unicode data than the one that built its name-order
indexes has them rebuilt, so lists sorted by name page in the order the keys now give."""

from __future__ import annotations

import unicodedata

from sqlalchemy import text

from db.fts import get_meta, set_meta
from db.name_order import SORT_KEY_FUNCTION
from db.name_order_index import UNICODE_VERSION_KEY, rebuild_stale_name_order_indexes
from desktop_app.core.vault import Vault, unlock
from tests.conftest import PASSPHRASE

NAMES = ["Zokirov", "Abdullaev", "Ivanov", "Ёлдошев", "Ergashev"]
IN_ORDER = ["Abdullaev", "Ergashev", "Ivanov", "Zokirov", "Ёлдошев"]
BY_INDEX = text(
    f"SELECT name FROM person INDEXED BY ix_person_name_order "
    f"ORDER BY {SORT_KEY_FUNCTION}(name), id"
)


def _build_indexes_with_other_keys(vault: Vault, version: str) -> None:
    """Rebuild the name-order indexes with keys in another order (here: the reverse),
    recorded as built under version, then lock the vault."""

    def other_key(name: str | None) -> str | None:
        return name and "".join(chr(0xFFFF - ord(char)) for char in name)

    with vault.transaction() as session:
        driver = session.connection().connection.driver_connection
        driver.create_function(SORT_KEY_FUNCTION, 1, other_key, deterministic=True)
        session.execute(text("REINDEX ix_person_name_order"))
        set_meta(session, UNICODE_VERSION_KEY, version)
    vault.lock()  # the connection with the other function is closed


def test_indexes_built_under_another_unicode_version_are_rebuilt_on_unlock(
    tmp_vault: Vault,
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        for name in NAMES:
            writer.create("person", {"name": name})
    _build_indexes_with_other_keys(tmp_vault, "6.0.0")

    vault = unlock(tmp_vault.path, PASSPHRASE)
    try:
        with vault.read() as session:
            assert session.scalars(BY_INDEX).all() == IN_ORDER
            assert get_meta(session, UNICODE_VERSION_KEY) == unicodedata.unidata_version
    finally:
        vault.lock()


def test_indexes_built_under_this_unicode_version_are_left_alone(tmp_vault: Vault) -> None:
    with tmp_vault.transaction() as session:
        assert get_meta(session, UNICODE_VERSION_KEY) == unicodedata.unidata_version
        assert rebuild_stale_name_order_indexes(session) is False
