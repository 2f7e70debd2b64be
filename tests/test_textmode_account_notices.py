"""A site's account notices (shown to a reader who signed in) over the headline are cruft."""

from __future__ import annotations

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE


def test_account_notices_over_the_headline_are_no_body() -> None:
    page = "\n\n".join([
        "Council budget: the vote is in | Valley Gazette",
        "Home", "Politics", "Sport",
        "Thank you for registering. Your account has been activated and you can now read every article on the site.",
        "Thanks for subscribing. We hope you enjoy the full archive of the paper, from its first issue to today.",
        "Council approves new budget after long debate on Tuesday",
        "Jane Roe, 19.10.2021, 23:38",
    ]) + "\n\n" + ARTICLE  # fmt: skip
    article = decruft.extract(page, url="https://www.valley-gazette.example/council-budget", input_format="text")
    assert article.title == "Council approves new budget after long debate on Tuesday"
    assert "Thank you for registering" not in article.text
    assert "Thanks for subscribing" not in article.text
