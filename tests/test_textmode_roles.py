"""Text-scrape mode: a name printed with its role after a comma, under the headline."""

from __future__ import annotations

import pytest

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A name, a role and where it works, with the date under it.
        ("Jane Roe, Senior Reporter, City Desk\n\nMarch 3, 2021", ["Jane Roe"]),
        ("Jane Roe, Redakteurin\n\n3. März 2021", ["Jane Roe"]),
        # A co-author's line opening with a joiner.
        ("Jane Roe, Staff Attorney, Civil Rights Program\n\n& John Doe, Director of Research, Example Institute\n\nMarch 3, 2021", ["Jane Roe", "John Doe"]),
        # Not a place after the comma, nor a caption's sentence about the person.
        ("Jane Roe, London\n\nMarch 3, 2021", []),
        ("Jane Roe, Mayor, opens the fair on the square. Photo: Example Agency\n\nMarch 3, 2021", []),
    ],
)  # fmt: skip
def test_a_name_with_its_role_after_a_comma(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names
