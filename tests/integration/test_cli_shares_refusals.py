"""sandiq passwd --shares-file names what is wrong with the shares, as the unlock dialog does:
which share is from another set, and a whole set typed on one line."""

from __future__ import annotations

from desktop_app.core import recovery_shares
from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq


def test_a_share_of_another_set_and_a_set_on_one_line_are_named(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    first, second, _ = tmp_vault.split_recovery(3, 3)
    tmp_vault.lock()
    stray = recovery_shares.split(recovery_shares.new_secret(), 3, 3)[0]
    shares_file = sandiq.home / "shares.txt"
    shares_file.write_text(f"{stray}\n{first}\n{second}\n")
    run = sandiq.fails("passwd", "--shares-file", str(shares_file))
    assert run.error_lines == ["sandiq: error: share 1 is from another set than shares 2 and 3"]
    shares_file.write_text(f"{first} {second} {stray}\n")
    run = sandiq.fails("passwd", "--shares-file", str(shares_file))
    assert run.error_lines == [
        "sandiq: error: share 1 has 60 words; a share has 20: put one share per line"
    ]
