"""Text-scrape mode: a journal's page title "Title: Subtitle: Journal Name: Vol 12, No 3"."""

from __future__ import annotations

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE

_TITLE = "Tidal Patterns in Harbour Silt Over Two Decades"


def _page(issue: str) -> str:
    head = [
        f"{_TITLE}: A Survey of Twelve Ports: Journal of Coastal Studies: {issue}",
        "Sign in", "Journal of Coastal Studies", "Latest", "Issues", "Subscribe",
        "Research Article",
        _TITLE,
        "A Survey of Twelve Ports",
        "Jane Roe, PhD; John Doe, MSc",
    ]  # fmt: skip
    return "\n\n".join(head) + "\n\n" + ARTICLE


def test_the_article_s_title_over_its_subtitle_not_the_journal_s_name() -> None:
    article = decruft.extract(_page("Vol 12, No 3"), url="https://journals.example.org/doi/10.1/abc", input_format="text")
    assert article.title == _TITLE


def test_a_title_ending_in_no_issue_is_no_journal_s() -> None:
    # "Kicker: Headline: Site" printed "Kicker" / "Headline": the page title joins them.
    page = _page("Coastal Edition").replace("Journal of Coastal Studies: Coastal Edition", "Coastal Edition")
    article = decruft.extract(page, url="https://journals.example.org/doi/10.1/abc", input_format="text")
    assert article.title != _TITLE
