"""Waiting for the Search page's answer, as a user reads it: its summary says the results, not
"Searching…" over the old ones, which a search still running after 150 ms shows instead (on a
loaded machine, often: waiting for any summary then read the old results)."""

from __future__ import annotations

from desktop_app.ui.search_page import SearchPage


def search_ended(page: SearchPage) -> bool:
    """True once the search run last has said its results (or why there are none)."""
    said = page.summary_label.text() != "" or page.stale_label.isVisible()
    return said and not page.searching.is_showing()
