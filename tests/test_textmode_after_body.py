"""Text-scrape mode: a byline or signature of one word right after the body, dated on the next line."""

from __future__ import annotations

import pytest

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE

HEAD = "Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n"
#: More of the article: the line after the body stands past the lines read under the headline.
MORE = (
    "Residents who spoke at the meeting welcomed the money for the youth centre, but several asked why the "
    "library opening hours would still be shorter than they were five years ago.\n\n"
    "The council will publish the full budget documents on its website next week, and a public consultation on "
    "the transport review will open in the spring.\n"
)
#: Link lines after the article: the page's foot.
FOOT = "Mehr zum Thema\n\nImpressum\n\nDatenschutz\n\nKontakt\n"


@pytest.mark.parametrize(
    ("after", "names"),
    [
        # A marker and one name, the date on the next line.
        ("von Jane\n\n21.03.2019 10:12 Uhr", ["Jane"]),
        # A given name alone signing the post, the date on the next line.
        ("Jane\n\n14. Oktober 2018", ["Jane"]),
        # Not without the date: "von Jane" could open a heading, a name alone a menu's item.
        ("von Jane\n\nImpressum", []),
        ("Jane\n\nImpressum", []),
        # A word that is no given name alone is no signature.
        ("Politik\n\n14. Oktober 2018", []),
        # Under the comments' heading: a commenter's name and date.
        ("12 Comments\n\nJane\n\n14. Oktober 2018", []),
        ("Reply\n\nJane\n\n14. Oktober 2018", []),
    ],
)  # fmt: skip
def test_one_word_signing_the_post_with_its_date_after_the_body(after: str, names: list[str]) -> None:
    page = f"{HEAD}{ARTICLE}\n{MORE}\n{after}\n\n{FOOT}"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("signed", "names"),
    [
        # The author's name between the last paragraph and the footnotes.
        ("Jane Roe\n\n(1) These figures come from the council's own accounts.", ["Jane Roe"]),
        ("Jane Roe\n\n[1] These figures come from the council's own accounts.", ["Jane Roe"]),
        # No footnote after it: a heading naming the article's subject.
        ("Jane Roe\n\nWhat the opposition says about the cuts to the bus subsidies.", []),
    ],
)  # fmt: skip
def test_a_signature_above_the_footnotes(signed: str, names: list[str]) -> None:
    page = f"{HEAD}{ARTICLE}\n{MORE}\n{signed}\n\n{MORE}\n{FOOT}"
    assert decruft.extract(page, input_format="text").authors == names


def test_a_commenters_name_past_a_short_body_is_no_byline() -> None:
    # The window under the headline reaches past a two-paragraph body: not into its comments.
    body = "\n\n".join(ARTICLE.split("\n\n")[:2])
    comment = "What a lovely story, thank you for it, I read it twice over with my family at breakfast today."
    page = f"{HEAD}{body}\n\nComments\n\nJane\n\nMarch 9, 2019 | Permalink\n\n{comment}\n\n{FOOT}"
    assert decruft.extract(page, input_format="text").authors == []


@pytest.mark.parametrize(
    ("closing", "names"),
    [
        # The author in brackets closing the last paragraph, marks after it.
        ("The debate over the bus subsidies will go on at the next meeting in spring, when the review is due. (Jane Roe) +++", ["Jane Roe"]),
        ("The debate over the bus subsidies will go on at the next meeting in spring, when the review is due. (Jane Roe)", ["Jane Roe"]),
        # A short last paragraph too.
        ("The debate will go on in spring, when the review is due. (Jane Roe)", ["Jane Roe"]),
        # A caption's credit in brackets closes a short line; no given name: no signature.
        ("A view of the council chamber. (Jane Roe)", []),
        ("The debate over the bus subsidies will go on at the next meeting in spring, when the review is due. (Getty Images)", []),
    ],
)  # fmt: skip
def test_the_author_in_brackets_closing_the_body(closing: str, names: list[str]) -> None:
    page = f"{HEAD}{ARTICLE}\n{MORE}\n{closing}\n\n{FOOT}"
    assert decruft.extract(page, input_format="text").authors == names
