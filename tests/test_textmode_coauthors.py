"""Text-scrape mode: co-authors printed as a stack of name lines under the headline."""

from __future__ import annotations

import pytest

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE

HEAD = "Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n"


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # An avatar's initials over each name, the date under the last.
        ("JR\n\nJane Roe\n\nJD\n\nJohn Doe\n\n06/07/2021 10:32", ["Jane Roe", "John Doe"]),
        # Two name lines over the date.
        ("Jane Roe\n\nJohn Doe\n\nMarch 3, 2019", ["Jane Roe", "John Doe"]),
        # A place under the name opens with no given name: no co-author.
        ("Jane Roe\n\nNew York\n\nMarch 3, 2019", ["Jane Roe"]),
    ],
)  # fmt: skip
def test_stacked_name_lines_are_co_authors(under: str, names: list[str]) -> None:
    page = f"{HEAD}{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names
