"""Where the record commands' tests start: the sample document in a locked vault."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.core import interchange
from desktop_app.core.vault import Vault
from tests.integration.conftest import sample_document

CASE = "UZ-2005-0013"  # the sample document's case: its testimony and event use it


@pytest.fixture
def archive(tmp_vault: Vault) -> dict[str, Any]:
    """The sample document (a case, three people, a testimony, an event) in a locked vault."""
    document = sample_document()
    with tmp_vault.transaction() as session:
        interchange.import_document(tmp_vault.writer(session), document)
    tmp_vault.lock()
    return document
