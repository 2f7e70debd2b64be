"""Text-scrape mode: a byline read by the author's address under the name, and under an earlier
copy of the headline (a header block over the page's menu); no topic tag the headline names."""

from __future__ import annotations

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE

HEAD = "Council approves new budget | The Daily Example\n\n"


def test_a_name_line_over_the_author_s_address() -> None:
    page = f"{HEAD}Council approves new budget\n\nQuillon Marsh\n\nquillon.marsh@example.com\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == ["Quillon Marsh"]


def test_a_byline_under_an_earlier_copy_of_the_headline() -> None:
    header = "Council approves new budget\n\nThe vote ends a long debate.\n\nQuillon Marsh\n\nquillon.marsh@example.com\n\n"
    menu = "".join(f"{item}\n\n" for item in ("Home", "News", "Sport", "Culture", "Weather"))
    page = f"{HEAD}Example News\n\n{header}{menu}Council approves new budget\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == ["Quillon Marsh"]


def test_no_byline_under_a_teaser_s_copy_of_the_headline() -> None:
    # The copy in a teaser list, its time ago under it: the name lines after it are the next teasers'.
    teasers = "Council approves new budget\n\n4 months ago\n\nMusic\n\nQuillon Marsh\n\nJanuary 18, 2019\n\n"
    menu = "".join(f"{item}\n\n" for item in ("Home", "News", "Sport", "Culture", "Weather"))
    page = f"{HEAD}Example News\n\n{teasers}{menu}Council approves new budget\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == []


def test_a_topic_tag_the_headline_names_is_no_byline() -> None:
    # A tag of capitalised words under the date whose last word the headline prints.
    head = "Council budget sets aside money for road repairs | The Daily Example\n\n"
    page = f"{head}Council budget sets aside money for road repairs\n\nMarch 3, 2021\n\nRoad Repairs\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == []
    page = f"{head}Council budget sets aside money for road repairs\n\nMarch 3, 2021\n\nQuillon Marsh\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == ["Quillon Marsh"]
