"""Text-scrape mode: the article's byline where the earlier readers miss it."""

from __future__ import annotations

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE

#: Prose above the headline: the body run starts there, a few lines over the headline.
INTRO = (
    "Our city has argued about its budget for years, and every spring the same questions come back to the council "
    "chamber: what to cut, what to keep, and who will pay for the roads that everybody uses every day.\n\n"
    "Then, late on Tuesday, the members finally voted, and the long argument over the money for libraries, buses "
    "and roads came to an end for this year at least.\n\nWhat a year it was.\n\n"
)


def test_a_byline_under_a_headline_inside_the_body_run() -> None:
    head = "News | Council approves new budget\n\nHome\n\nNews\n\n"
    page = f"{head}{INTRO}Council approves new budget\n\nWhat the vote means\n\nvon Jane Roe\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == ["Jane Roe"]
