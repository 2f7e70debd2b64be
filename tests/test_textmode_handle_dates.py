"""Text-scrape mode: a handle on one line with its date in numbers ("JaneRoe 21.03.2019, 09:41
Uhr"); a name line under the headline read only near it, not in a menu further down."""

from __future__ import annotations

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE

HEAD = "Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n"
MENU = "".join(f"{entry}\n\n" for entry in ("Arial", "Verdana", "Georgia", "Garamond", "Helvetica", "Tahoma",
                                            "Courier", "Palatino", "Futura", "Baskerville", "Rockwell"))  # fmt: skip


def authors(page: str) -> list[str]:
    return decruft.extract(page, input_format="text").authors


def test_a_handle_with_its_date_in_numbers_on_its_line() -> None:
    # The date's dots between digits are no handle's ("jane.roe").
    assert authors(f"{HEAD}149\n\nJaneRoe 21.03.2019, 09:41 Uhr\n\n{ARTICLE}") == ["JaneRoe"]


def test_a_name_line_right_under_the_headline_is_the_byline() -> None:
    assert authors(f"{HEAD}Jane Roe\n\n{MENU}{ARTICLE}") == ["Jane Roe"]


def test_a_name_line_in_a_menu_far_under_the_headline_is_no_byline() -> None:
    assert authors(f"{HEAD}{MENU}Jane Roe\n\nMinion\n\n{ARTICLE}") == []
