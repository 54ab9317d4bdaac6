"""What `sandiq` says where a script or a person acts on it: times in local time to the minute,
an export with nothing to send ends with its own exit status, and an unknown act type is refused
with the codes that are known."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db.exchange_state import ExchangedBundle
from desktop_app.core.exchange.conflicts import list_conflicts
from tests.integration.conftest import Sandiq
from tests.integration.test_exchange_cli import Desk, desks, introduce

__all__ = ["desks"]  # the fixture, shared with the exchange CLI tests

# Five hours east of UTC, as in Tashkent, in POSIX form (no time zone database needed).
TASHKENT = {"TZ": "UZT-5"}


def _in_tashkent(stamp: str) -> str:
    moment = dt.datetime.fromisoformat(stamp)
    return (moment + dt.timedelta(hours=5)).strftime("%Y-%m-%d %H:%M")


def _in_tashkent_run(desk: Desk, *args: str) -> str:
    return desk.sandiq.ok(*args, vault=desk.vault_dir, env=TASHKENT).stdout


def _retitle(desk: Desk, title: str) -> None:
    site = desk.site()
    with site.vault.read() as session:
        from db.models import Case

        case_id = session.scalars(select(Case.id)).one()
    site.edit("case", case_id, title=title)
    site.vault.lock()


def _stored(desk: Desk, read: Any) -> Any:
    site = desk.site()
    with site.vault.read() as session:
        value = read(session)
    site.vault.lock()
    return value


def test_import_and_conflict_times_are_local_to_the_minute(
    desks: tuple[Desk, Desk], tmp_path: Path
) -> None:
    alice, bob = desks
    introduce(alice, bob, tmp_path)
    first = tmp_path / "1.sandiq"
    alice.ok("bundle", "export", "--to", "Bob", "--since-last", "--out", str(first))
    bob.ok("bundle", "import", str(first))

    again = _in_tashkent_run(bob, "bundle", "import", str(first))
    imported_at, made_at = _stored(
        bob,
        lambda s: s.execute(
            select(ExchangedBundle.processed_at, ExchangedBundle.created_at).where(
                ExchangedBundle.direction == "received"
            )
        ).one(),
    )
    assert f", made {_in_tashkent(made_at)}.\n" in again
    assert (
        f"This bundle was already imported on {_in_tashkent(imported_at)}; nothing changed."
        in again
    )

    _retitle(alice, "Alice's title")
    _retitle(bob, "Bob's title")
    second = tmp_path / "2.sandiq"
    alice.ok("bundle", "export", "--to", "Bob", "--since-last", "--out", str(second))
    bob.ok("bundle", "import", str(second))
    detected_at = _stored(bob, lambda s: list_conflicts(s)[0].detected_at)
    listed = _in_tashkent_run(bob, "conflicts")
    assert listed.splitlines()[0].endswith(f"\tfrom Alice\t{_in_tashkent(detected_at)}")


def test_an_export_with_nothing_to_send_exits_3_and_writes_nothing(
    desks: tuple[Desk, Desk], tmp_path: Path, sandiq: Sandiq
) -> None:
    alice, bob = desks
    introduce(alice, bob, tmp_path)
    alice.ok("bundle", "export", "--to", "Bob", "--since-last", "--out", str(tmp_path / "1"))
    for json in ((), ("--json",)):
        out = tmp_path / f"nothing{len(json)}"
        run = sandiq(
            "bundle", "export", "--to", "Bob", "--since-last", "--out", str(out), *json,
            vault=alice.vault_dir,
        )  # fmt: skip
        assert (run.returncode, run.stderr) == (3, "")
        assert not out.exists()
    assert run.stdout.startswith("{") and '"path": null' in run.stdout
    plain = sandiq(
        "bundle", "export", "--to", "Bob", "--since-last", "--out", str(out), vault=alice.vault_dir
    )
    assert plain.stdout == "Nothing changed since the last bundle to Bob; no file written.\n"


def test_an_unknown_act_type_is_refused_with_the_known_codes(
    desks: tuple[Desk, Desk],
) -> None:
    alice, _ = desks
    codes = (
        "arbitrary_detention, assembly_restriction, enforced_disappearance, "
        "expression_restriction, extradition_refoulement, forced_labour, harassment, killing, "
        "other, torture, travel_ban, unfair_trial"
    )
    expected = f"sandiq: error: unknown act type 'threats'; the act types are: {codes}\n"
    added = alice.fails("event", "add", "--case", "KG-2010-0007", "--type", "threats")
    assert added.stderr == expected
    event = alice.ok("event", "add", "--case", "KG-2010-0007", "--type", "torture").stdout.strip()
    edited = alice.fails("event", "edit", event, "--type", "threats")
    assert edited.stderr == expected
