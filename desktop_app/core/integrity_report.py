"""The integrity checks' findings, one a line, and grouped for a reader.

SQLite's integrity check reports every finding of a damaged database in one row, under a
``*** in database main ***`` heading, and one flipped byte can orphan a hundred pages, each
reported on its own line ("Page 2650: never used"). Counting and showing findings goes
through here, so that verify and a refused backup agree on the number.
"""

from __future__ import annotations

import re

_HEADING = "*** in database "
_NUMBER = re.compile(r"\d+")
_UNUSED_PAGE = re.compile(r"Page (\d+): never used")
_GROUPED_FROM = 3  # findings of one shape shown one by one below this many


def problem_lines(problems: list[str]) -> list[str]:
    """Each finding on a line of its own, with its check's label ("sqlite: Page 7: never
    used"), headings left out."""
    lines: list[str] = []
    for problem in problems:
        label, _, rest = problem.partition(": ")
        first, *more = problem.split("\n")
        if rest.startswith(_HEADING):
            first = ""
        lines += [line for line in (first, *(f"{label}: {m}" for m in more)) if line]
    return lines


def grouped_problems(problems: list[str]) -> list[str]:
    """problem_lines, with findings of one shape (differing only in numbers) taken together
    when there are many: "sqlite: 87 pages never used (2650–2736)"."""
    groups: dict[str, list[str]] = {}
    for line in problem_lines(problems):
        groups.setdefault(_NUMBER.sub("#", line), []).append(line)
    shown: list[str] = []
    for lines in groups.values():
        if len(lines) < _GROUPED_FROM:
            shown += lines
            continue
        label, _, first = lines[0].partition(": ")
        unused = [_UNUSED_PAGE.fullmatch(line.partition(": ")[2]) for line in lines]
        if all(unused):
            pages = sorted(int(match[1]) for match in unused if match)
            shown.append(f"{label}: {len(pages)} pages never used ({_ranges(pages)})")
        else:
            shown.append(f"{label}: {first} (and {len(lines) - 1} more like it)")
    return shown


def _ranges(numbers: list[int]) -> str:
    # 1, 2, 3, 7 -> "1–3, 7": a run of orphaned pages is usually one stretch.
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs)
