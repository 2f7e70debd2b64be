"""Text-scrape mode: the headline among lines that repeat the page title, its pieces or the site's name."""

from __future__ import annotations

import decruft
from decruft.rules._vocab import normalize
from decruft.textmode._lines import split_lines
from decruft.textmode._title import _piece
from conftest import SCRAPE_ARTICLE as ARTICLE

#: A long menu: the headline above it is far from the body.
MENU = "".join(f"Section {n}\n\n" for n in range(30))


def test_the_site_name_printed_near_the_body_is_no_headline() -> None:
    # The logo prints the site's name (stripped from the page title) right above the body; the
    # headline stands above a long menu.
    page = (
        "Council approves new budget after a long debate - Daily Example\n\n"
        f"Council approves new budget after a long debate\n\n{MENU}Daily Example\n\n{ARTICLE}"
    )
    article = decruft.extract(page, url="https://www.dailyexample.com/news/budget", input_format="text")
    assert article.title == "Council approves new budget after a long debate"


def test_a_piece_of_the_title_before_its_colon_is_the_headline() -> None:
    # The <title> adds a subtitle after a colon; the page prints the headline alone, over its
    # byline and date.
    page = (
        "Budget approved: what changes for you\n\nHome\n\nNews\n\nBudget approved\n\n3 min read\n\n"
        "By Jane Roe\n\nMarch 9, 2019\n\n" + ARTICLE
    )
    assert decruft.extract(page, input_format="text").title == "Budget approved"


def test_a_copy_of_the_page_title_with_the_site_name_is_not_the_headline() -> None:
    # The banner repeats the <title> whole; the headline is printed under it.
    title = "Council approves new budget: what changes for you | Daily Example"
    page = f"{title}\n\nHome\n\n{title}\n\nNews\n\nCouncil approves new budget\n\n{ARTICLE}"
    article = decruft.extract(page, url="https://www.dailyexample.com/news/budget", input_format="text")
    assert article.title == "Council approves new budget"


def test_a_kicker_over_its_headline_is_no_piece_of_the_title() -> None:
    # "Kicker: Headline" printed on two lines: neither piece alone is the headline.
    lines = split_lines(["City budget: Council approves new spending plan", "City budget", "Council approves new spending plan"])
    assert _piece(lines, 3, normalize(lines[0].text)) is None


def test_the_heading_over_the_body_in_a_rail_section_is_the_headline() -> None:
    # A menu's item is the first title-like line before the body; a share bar's heading marks the
    # lines after it, the headline right above the body among them. It shares a word with the
    # page title.
    page = (
        f"Rail services and travel advice\n\n{MENU}Travel and weather news\n\nShare this\n\nFacebook\n\n"
        f"Rail replacement buses this weekend\n\n{ARTICLE}"
    )
    assert decruft.extract(page, input_format="text").title == "Rail replacement buses this weekend"


def test_a_deck_under_the_headline_is_not_the_title() -> None:
    # Past a long menu, the headline prints the page title with other quotation marks; the line over the body is its deck.
    page = (
        f'Council: "We approve the new budget" | Daily Example\n\n{MENU}'
        "Council: „We approve the new budget“\n\nPhoto: Jane Roe\n\nThe council and its new budget\n\n" + ARTICLE
    )
    article = decruft.extract(page, url="https://www.dailyexample.com/news/budget", input_format="text")
    assert article.title == "Council: „We approve the new budget“"
