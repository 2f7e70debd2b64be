"""HTML mode's byline read as a text scrape's (textmode._printed) keeps to bylines: no menu's
entry after the article, no commenter under a comment count, no site's brand, no phrase whose
words the page prints in lower case (textmode._phrase_names)."""

from __future__ import annotations

import pytest
from conftest import PARAGRAPHS

import decruft
from decruft.textmode._comments import comments_after
from decruft.textmode._given import given_name_line
from decruft.textmode._lines import Line
from decruft.textmode._phrase_names import not_site, phrase_names


def authors(head: str = "", end: str = "", after: str = "", url: str = "https://news.example.org/story") -> list[str]:
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        '<html lang="en"><head><meta charset="utf-8"><title>Council approves new budget</title></head>'
        '<body><div class="nav"><a href="/">Start</a> <a href="/news">News</a></div>'
        f'<div class="post"><h2>Council approves new budget</h2>{head}'
        f'<div class="entry">{body}{end}</div></div>{after}</body></html>'
    )
    return decruft.extract(html, url=url).authors


def test_a_name_after_the_article_with_its_date_is_the_byline() -> None:
    assert authors(after="<div>Jane Roe | 12.03.2021 um 14:26</div>") == ["Jane Roe"]


def test_a_menus_entry_after_the_article_is_no_byline() -> None:
    after = "<div>Jane Roe</div><div>Ward meetings</div><div>Parish grants</div>"
    assert authors(after=after) == []


def test_a_commenter_under_a_comment_count_is_no_byline() -> None:
    after = (
        "<h4>12 Responses to “Council approves new budget”</h4>"
        "<div>Jane Roe</div><div>March 4, 2021 at 9:12 am</div><p>Great news for the village!</p>"
    )
    assert authors(after=after) == []


@pytest.mark.parametrize(
    ("head", "url", "names"),
    [
        # The site's name written as a brand, with the date, under the headline.
        ("<div>WealdNews</div><div>12. März 2021</div>", "https://www.wealdnews.example/story", []),
        ("<div>ExampleNews.com</div><div>12. März 2021</div>", "https://examplenews.com/story", []),
        # A personal site's name is its author's.
        ("<div>jroe42</div><div>12. März 2021</div>", "https://jroe42.blogs.example/story", ["jroe42"]),
    ],
)  # fmt: skip
def test_the_sites_brand_is_no_author(head: str, url: str, names: list[str]) -> None:
    assert authors(head=head, url=url) == names


def test_not_site_keeps_a_persons_name_and_drops_a_brand() -> None:
    assert not_site(["Jane Roe", "WealdNews"], "WealdNews", "https://wealdnews.example/a") == ["Jane Roe"]
    assert not_site(["janeroe"], "janeroe", "https://janeroe.example/a") == ["janeroe"]


def test_an_advert_under_its_brand_is_no_authors_box() -> None:
    end = (
        "<p>Lucky Spin</p><p>Lucky Spin are offering all new customers a free spin every week of the season, "
        "claim your free spin now</p>"
    )
    assert authors(end=end) == []


def lines(*texts: str) -> list[Line]:
    return [Line(i, t, i) for i, t in enumerate(texts)]


def test_phrase_names_reads_the_pages_lower_case_words() -> None:
    page = lines("Flood Relief Updates", "Live updates on the flood relief")
    assert phrase_names(["Flood Relief Updates"], page)
    # A particle in lower case is part of a name; the first word may be a common word too.
    assert not phrase_names(["Hanna von Wiesen", "Will Barker"], lines("will come from", "von", "Barker"))


def test_comments_after_stops_at_a_comment_count_opening_a_line() -> None:
    page = lines("Body", "{ 5 comments… read them below or add one }", "Jane Roe")
    assert comments_after(page, 0, 3) == 1
    assert comments_after(lines("Body", "Jane Roe", "May 3"), 0, 3) == 3


def test_a_name_past_a_short_article_is_no_lead_byline_in_html() -> None:
    page = lines("Headline", "A lead of the short article, long enough to be read as one.", "JANE ROE", "Standard")
    assert given_name_line(page, {1}, page[0]) == ["JANE ROE"]  # a scrape's: under the lead
    assert given_name_line(page, {1}, page[0], dated=True) == []  # an HTML page's: past the article
