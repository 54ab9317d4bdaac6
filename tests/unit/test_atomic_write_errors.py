"""An atomic write that fails names the file the user asked for, never its hidden temp file."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from desktop_app.core.fileio import write_atomically


@pytest.mark.parametrize("relative", [True, False])
def test_a_missing_folder_is_named_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relative: bool
) -> None:
    monkeypatch.chdir(tmp_path)
    path = Path("nowhere/me.contact") if relative else tmp_path / "nowhere" / "me.contact"
    with pytest.raises(OSError) as failed:
        write_atomically(path, b"contact")
    assert failed.value.errno == errno.ENOENT
    assert failed.value.filename == str(path)
    assert str(path) in str(failed.value) and ".tmp" not in str(failed.value)
