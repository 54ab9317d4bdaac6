"""Countries in the order of their names in the reader's language, as the case list sorts them."""

from __future__ import annotations

from desktop_app.core.countries import codes_by_name, country_names

REGION = {"KG", "KZ", "TJ", "TM", "UZ", "AF"}


def _region(language: str) -> list[str]:
    return [code for code in codes_by_name(language) if code in REGION]


def test_russian_sorts_by_the_russian_names_not_the_codes() -> None:
    assert _region("ru") == ["AF", "KZ", "KG", "TJ", "TM", "UZ"]  # Казахстан before Кыргызстан


def test_uzbek_oʻ_sorts_after_o_as_names_do() -> None:
    # Afgʻoniston, Oʻzbekiston, Qirgʻiziston, Qozogʻiston, Tojikiston, Turkmaniston
    assert _region("uz") == ["AF", "UZ", "KG", "KZ", "TJ", "TM"]


def test_every_country_once() -> None:
    assert sorted(codes_by_name("en")) == sorted(country_names("en"))
