"""Text-scrape mode: a name printed alone is the byline when it opens with a common given name."""

from __future__ import annotations

import pytest

import decruft
from decruft.metadata._given import given_name, opens_with_given_name
from conftest import SCRAPE_ARTICLE as ARTICLE


TOP = "Council approves new budget | The Daily Example\n\nHome\n\nNews\n\n"
HEADLINE = "Council approves new budget"


def authors(page: str) -> list[str]:
    return decruft.extract(page, input_format="text").authors


@pytest.mark.parametrize(
    ("word", "known"),
    [("Jessica", True), ("JESSICA", True), ("Hans-Jürgen", True), ("Lisa-Sophie", True), ("Send", False), ("Getty", False)],
)
def test_given_names_are_known_in_any_case(word: str, known: bool) -> None:
    assert given_name(word) is known


def test_a_title_or_initial_before_the_given_name_is_passed_over() -> None:
    assert opens_with_given_name("Prof. Dr. Jane Roe")
    assert not opens_with_given_name("Getty Images")


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A name line alone under the headline, no date or label beside it.
        ("Jane Roe", ["Jane Roe"]),
        # An update's date beside it that reads as no dateline.
        ("Jane Roe\n\nUpdated Apr 3, 2021 @ 9:15 am", ["Jane Roe"]),
        # A given name alone, with a date beside it.
        ("Matthias\n\n3. März 2019", ["Matthias"]),
        # Capitalised words that are no name: a share bar's label, a photo credit.
        ("Send Text Message", []),
        ("Getty Images", []),
        # A given name alone without a date: a word of a menu as likely as a byline.
        ("Matthias", []),
    ],
)
def test_a_given_name_line_under_the_headline_is_the_byline(under: str, names: list[str]) -> None:
    assert authors(f"{TOP}{HEADLINE}\n\n{under}\n\n{ARTICLE}") == names


def test_a_given_name_line_over_the_headline_with_a_date_is_the_byline() -> None:
    page = f"{TOP}23.10.2021\n\nJane Roe\n\n{HEADLINE}\n\n{ARTICLE}"
    assert authors(page) == ["Jane Roe"]


def test_a_given_name_line_right_after_the_body_is_the_byline() -> None:
    page = f"{TOP}{HEADLINE}\n\n{ARTICLE}\nJane Roe\n\nAbout us\n\nContact\n"
    assert authors(page) == ["Jane Roe"]


def test_a_name_the_body_prints_is_no_byline_after_the_body() -> None:
    # The article's subject (a caption's, a teaser's), not its author.
    article = ARTICLE.replace("The finance director", "The finance director, Jane Roe,")
    page = f"{TOP}{HEADLINE}\n\n{article}\nJane Roe\n\nAbout us\n\nContact\n"
    assert authors(page) == []


def test_a_name_line_ending_in_a_comma_is_not_joined_to_a_dateline() -> None:
    # "Jane Roe," / "am Sonntag, 18.12.2022": the comma joins the date, not another name.
    page = f"{TOP}{HEADLINE}\n\nJane Roe,\n\nam Sonntag, 18.12.2022 - 06:30\n\n{ARTICLE}"
    assert authors(page) == ["Jane Roe"]


def test_a_given_name_line_under_the_lead_is_the_byline() -> None:
    # "Headline" / "Lead..." / "Jane Roe" / "Body...": the byline inside the body's first lines.
    lead, rest = ARTICLE.split("\n\n", 1)
    page = f"{TOP}{HEADLINE}\n\n{lead}\n\nJane Roe\n\n{rest}"
    assert authors(page) == ["Jane Roe"]


def test_a_name_the_body_goes_on_about_is_no_byline_under_the_lead() -> None:
    # A heading that names the article's subject, printed again in the body.
    lead, rest = ARTICLE.split("\n\n", 1)
    rest = rest.replace("The finance director", "Finance director Jane Roe")
    page = f"{TOP}{HEADLINE}\n\n{lead}\n\nJane Roe\n\n{rest}"
    assert authors(page) == []
