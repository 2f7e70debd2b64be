"""Text-scrape mode: a given name that is also a word of the rules' labels ("Will", "Page")
opens a name line, read as the byline only where a date stands beside it."""

from __future__ import annotations

import decruft
from decruft.metadata._nameline import name_line
from conftest import SCRAPE_ARTICLE as ARTICLE

TOP = "Council approves new budget | The Daily Example\n\nHome\n\nNews\n\n"
HEADLINE = "Council approves new budget"


def authors(page: str) -> list[str]:
    return decruft.extract(page, input_format="text").authors


def test_a_label_word_that_is_a_given_name_opens_a_name_of_two_words() -> None:
    assert name_line("Will Barker") == ["Will Barker"]
    assert name_line("Will Barker Read More") == []  # a label's words after it still say no


def test_a_name_line_opening_with_a_label_word_over_the_headline_with_its_date() -> None:
    page = f"{TOP}Will Barker\n\nBusiness\n\n03.14.2021 09:30 AM\n\n{HEADLINE}\n\n{ARTICLE}"
    assert authors(page) == ["Will Barker"]


def test_a_name_line_opening_with_a_label_word_after_the_body_needs_a_date() -> None:
    page = f"{TOP}{HEADLINE}\n\n{ARTICLE}\nPage Keeper\n\nAbout us\n\nContact\n"
    assert authors(page) == []
