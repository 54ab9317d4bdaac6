"""One progress bar over the parts of a job, in sequence or interleaved."""

from __future__ import annotations

from desktop_app.core.exchange.progress import PHASED_SCALE, Phases


def test_interleaved_parts_never_move_the_bar_back_and_end_full() -> None:
    shown: list[int] = []
    phases = Phases(lambda done, total: shown.append(done), (5, 5))
    files, records = phases.step(0), phases.step(1)
    files(10, 100)  # the records part of the file is read
    for done in range(0, 501, 50):  # then the records are written
        records(done, 500)
    files(100, 100)  # then the attachments stream in
    assert shown == sorted(shown) and len(set(shown)) == len(shown)
    assert shown[0] == 50 and shown[-1] == PHASED_SCALE


def test_parts_in_sequence_fill_their_shares_in_turn() -> None:
    shown: list[int] = []
    phases = Phases(lambda done, total: shown.append(done), (1, 9))
    phases.step(0)(3, 3)
    assert shown[-1] == 100
    phases.step(1)(0, 0)  # an empty part counts as done
    assert shown[-1] == PHASED_SCALE
