"""`python -m desktop_app [--vault PATH]`: start the Sandiq desktop client."""

from __future__ import annotations

import sys


def main() -> int:
    """Start Sandiq's GUI (the `sandiq-gui` command)."""
    from desktop_app.ui.app import run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
