"""`python -m desktop_app`: start the desktop app (until the GUI lands, the CLI's help)."""

from __future__ import annotations

import sys


def main() -> int:
    """Start Sandiq."""
    from desktop_app.cli import main as cli_main

    return cli_main(sys.argv[1:] or ["--help"])


if __name__ == "__main__":
    sys.exit(main())
