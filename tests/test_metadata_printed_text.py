"""HTML mode: where no author source names anybody, the page's lines are read as a text
scrape's byline is (textmode._printed): a handle under the headline, a lead's agency
dateline, a signature over the footnotes; never a capitalised heading over a date."""

from __future__ import annotations

import pytest
from conftest import PARAGRAPHS

import decruft


def page(head: str = "", lead: str = "", end: str = "") -> decruft.Article:
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        '<html lang="de"><head><meta charset="utf-8"><title>Council approves new budget</title></head>'
        '<body><div class="nav"><a href="/">Start</a> <a href="/news">News</a></div>'
        f'<div class="post"><h2>Council approves new budget</h2>{head}'
        f'<div class="entry">{lead}{body}{end}</div></div></body></html>'
    )
    return decruft.extract(html, url="https://news.example.org/story")


@pytest.mark.parametrize(
    ("head", "names"),
    [
        # A handle printed with its date, no marker.
        ("<div><span>12. März 2021</span> <span>jroe42</span></div>", ["jroe42"]),
        # A section's heading over the date is no name: capitalised words, no given name.
        ("<div>Business News</div><div>12. März 2021</div>", []),
    ],
)  # fmt: skip
def test_a_byline_under_the_headline_read_as_a_scrape(head: str, names: list[str]) -> None:
    assert page(head=head).authors == names


def test_the_agency_of_a_leads_dateline() -> None:
    lead = (
        "<p>Hamburg (dpa/lno) – The harbour authority opened the new quay on Monday morning after three "
        "years of building work, and the first container ship moored there at noon.</p>"
    )
    assert page(lead=lead).authors == ["dpa/lno"]


def test_a_signature_over_the_footnotes() -> None:
    end = "<p>Jane Roe</p><p>(1) The figures are the council's own, published in its yearly report.</p>"
    assert page(end=end).authors == ["Jane Roe"]


def test_a_name_over_its_role_signing_the_article() -> None:
    # A press release signed in its last lines: the name over a role alone.
    end = (
        "<p>Links: www.example.org und www.example.org/news</p>"
        "<p>Jane Roe</p><p>Press Officer and Head of Communications</p>"
    )
    assert page(end=end).authors == ["Jane Roe"]


def test_a_teasers_name_over_a_role_is_no_signature() -> None:
    # The same lines in a related-content box closing the article: a teaser's.
    end = "<h3>Related Content</h3><p>A new way of seeing</p><p>Jane Roe</p><p>Professor of Marine Ecology</p>"
    assert page(end=end).authors == []


def test_a_given_name_and_the_date_closing_the_article() -> None:
    # A post signed with a given name alone and the date, inside the article's element.
    end = "<p>So long, and thanks for reading.</p><p>Jane</p><p>14. Oktober 2018</p>"
    assert page(end=end).authors == ["Jane"]
