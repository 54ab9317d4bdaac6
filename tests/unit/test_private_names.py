"""A name with a leading underscore belongs to its module: another module that needs it gets
it public (or the code moves), so that a change inside one module never breaks another."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("desktop_app", "db")


def _private_imports(source: Path) -> list[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"), str(source))
    return [
        f"{source.relative_to(REPO)}: from {node.module} import {alias.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and node.module is not None
        and node.module.split(".")[0] in PACKAGES
        for alias in node.names
        if alias.name.startswith("_")
    ]


def test_no_module_imports_another_modules_private_names() -> None:
    found = [
        line
        for package in PACKAGES
        for source in sorted((REPO / package).rglob("*.py"))
        for line in _private_imports(source)
    ]
    assert found == []
