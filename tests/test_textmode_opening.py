"""The headline opening the body run, dated a few lines under it (textmode._opening)."""

from __future__ import annotations

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE

_HEADLINE = "When will the first school holidays of 2021 start, by the ministry's calendar?"


def _page(date: str) -> str:
    head = [
        "School calendar 2021: when do the holidays start? | answers | Valley Gazette",
        "Home", "Politics", "Sport", "answers", _HEADLINE,
        "The ministry has set three breaks for pupils this year, the first of them in the spring term.",
        "Pupils are back in their classrooms in the valley this week after the long winter break. Photo: Agency",
        date,
    ]  # fmt: skip
    return "\n\n".join(head) + "\n\n" + ARTICLE


def test_the_body_opens_with_its_headline_dated_below() -> None:
    article = decruft.extract(_page("08 May 2021 | 6:00 h"), url="https://www.valley-gazette.example/a/1", input_format="text")
    assert article.title == _HEADLINE
    assert _HEADLINE not in article.text


def test_an_undated_opening_line_is_no_headline() -> None:
    article = decruft.extract(_page("Share this story"), url="https://www.valley-gazette.example/a/1", input_format="text")
    assert article.title != _HEADLINE


#: Notices no phrase list holds: the run opens with them.
_NOTICES = [
    "Your reading list has been saved to your profile.",
    "You now have full access to every story. Enjoy your reading!",
    "Your delivery address has been updated.",
]


def _noticed_page(notices: list[str]) -> str:
    return _page("08 May 2021 | 6:00 h").replace(_HEADLINE, "\n\n".join([*notices, _HEADLINE]), 1)


def test_notices_over_the_headline_opening_the_run() -> None:
    # The headline asks a question: a question is no notice to pass over.
    article = decruft.extract(_noticed_page(_NOTICES), url="https://www.valley-gazette.example/a/1", input_format="text")
    assert article.title == _HEADLINE
