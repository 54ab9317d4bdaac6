"""Benchmarks: collected from bench_*.py, run by `make bench` and never by `make test`.

`make test` skips this folder (`--ignore=tests/benchmarks` in pyproject's addopts);
`make bench` runs `pytest -s tests/benchmarks -o addopts=""`, which loads this file, so the
hooks below only ever act on benchmark runs. Figures are printed; `--bench-check`
(`make bench CHECK=1`) turns missed targets into failures.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register --bench-check."""
    parser.addoption(
        "--bench-check",
        action="store_true",
        default=False,
        help="fail a benchmark that misses its target (default: only print the figures)",
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Module | None:
    """Collect bench_*.py like test modules."""
    # A file named on the command line is collected by pytest itself; do not add it twice.
    if (
        file_path.suffix == ".py"
        and file_path.name.startswith("bench_")
        and not parent.session.isinitpath(file_path)
    ):
        return pytest.Module.from_parent(parent, path=file_path)
    return None


@pytest.fixture
def bench_check(request: pytest.FixtureRequest) -> bool:
    """True when targets must hold (make bench CHECK=1)."""
    return bool(request.config.getoption("--bench-check"))
