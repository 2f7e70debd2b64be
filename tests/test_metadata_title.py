"""The title is the headline as printed (issue 16, item 7): a heading that prints nearly the words of
the document's title, reworded, is the headline, whatever the other title fields say."""

from __future__ import annotations

from conftest import PARAGRAPHS

import decruft

BODY = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(head: str, headings: str) -> decruft.Article:
    return decruft.extract(f'<html lang="de"><head><meta charset="utf-8">{head}</head><body><article>{headings}{BODY}</article></body></html>')


def test_an_h1_rewording_the_title_is_the_headline() -> None:
    head = (
        "<title>Shop - Frische Locken an jedem Tag der Woche mit dem neuen Kräuterhaar Lockenspray - Info</title>"
        '<meta property="og:title" content="Möchtest Du dem Shop mit mir zusammen beitreten?">'
    )
    headings = "<h1>Kräuterhaar – Frische Locken an jedem Tag der Woche mit dem Lockenspray</h1><h1>Anwendung</h1>"
    assert page(head, headings).title == "Kräuterhaar – Frische Locken an jedem Tag der Woche mit dem Lockenspray"


def test_an_h2_rewording_the_title_is_the_headline_where_no_h1_is() -> None:
    head = "<title>Neubau Lagerhalle - Neubau Forschungsanstalt Birmensdorf</title>"
    headings = "<h2>Projektwettbewerb Neubau Lagerhalle Forschungsanstalt Birmensdorf</h2>"
    assert page(head, headings).title == "Projektwettbewerb Neubau Lagerhalle Forschungsanstalt Birmensdorf"


def test_a_heading_sharing_few_words_with_the_title_is_not_it() -> None:
    head = "<title>Neubau Lagerhalle - Forschungsanstalt</title>"
    headings = "<h2>Neubau des Parkhauses am Bahnhof verzögert sich weiter</h2>"
    assert page(head, headings).title == "Neubau Lagerhalle"


def test_a_heading_holding_the_title_and_more_is_not_a_rewording() -> None:
    head = "<title>The Town Is Losing Its Workshop | Example News</title>"
    headings = "<h2>The Town Is Losing Its Workshop 524</h2>"
    assert page(head, headings).title == "The Town Is Losing Its Workshop"


def test_an_h2_printing_a_title_with_other_quotation_marks_is_the_headline_as_printed() -> None:
    head = '<title>Stadtblatt</title><meta property="og:title" content="&quot;Nie wieder&quot;: Das Paar trennt sich nach einem Jahr">'
    headings = "<h2>„Nie wieder“: Das Paar trennt sich nach einem Jahr</h2>"
    article = page(head, headings)
    assert article.title == "„Nie wieder“: Das Paar trennt sich nach einem Jahr"
    assert article.sources["title"] == "h2 (part of og:title)"


def test_an_h2_printing_a_title_with_other_words_keeps_the_title() -> None:
    head = '<title>Stadtblatt</title><meta property="og:title" content="Das Paar trennt sich nach einem Jahr">'
    headings = "<h2>[&gt; Das Paar trennt sich nach einem Jahr</h2>"
    assert page(head, headings).title == "Das Paar trennt sich nach einem Jahr"


def test_the_headline_keeps_the_soft_hyphens_its_heading_prints() -> None:
    head = '<title>Ministerium</title><meta property="og:title" content="Deutschland hilft dem Welternährungsprogramm">'
    headings = "<h1>Deutsch&shy;land hilft dem Welt&shy;ernährungs&shy;programm</h1>"
    assert page(head, headings).title == "Deutsch\u00adland hilft dem Welt\u00adernährungs\u00adprogramm"


def test_a_headline_printed_without_soft_hyphens_has_none() -> None:
    head = '<title>Ministerium</title><meta property="og:title" content="Deutsch&shy;land hilft dem Welternährungsprogramm">'
    headings = "<h1>Deutschland hilft dem Welternährungsprogramm</h1><h2>Welt&shy;ernährung</h2>"
    assert page(head, headings).title == "Deutschland hilft dem Welternährungsprogramm"


def test_an_h2_printing_the_h1_and_its_subtitle_is_the_headline() -> None:
    head = "<title>Die Feuerwachen der Region - Teil 12 - Fahrzeugportal</title>"
    headings = "<h1>Die Feuerwachen der Region - Teil 12</h1><h2>Die Feuerwachen der Region - Teil 12 – Die Wache Nord</h2>"
    assert page(head, headings).title == "Die Feuerwachen der Region - Teil 12 – Die Wache Nord"


def test_an_h2_opening_a_section_with_the_h1_and_a_colon_is_not_the_headline() -> None:
    head = "<title>Coach vs. Coach Pro | Ratgeber</title>"
    headings = "<h1>Coach vs. Coach Pro</h1><h2>Coach vs. Coach Pro: How do they compare?</h2>"
    assert page(head, headings).title == "Coach vs. Coach Pro"


def test_the_articles_first_heading_ending_the_title_is_the_headline() -> None:
    head = "<title>Field Notes of a Birder: Three Herons at Dawn</title>"
    assert page(head, "<h3>Three Herons at Dawn</h3>").title == "Three Herons at Dawn"


def test_a_first_heading_the_title_does_not_end_with_leaves_the_title() -> None:
    head = "<title>Three Herons at Dawn | Field Notes</title>"
    assert page(head, "<h3>Comments</h3>").title == "Three Herons at Dawn"


def test_a_home_link_is_known_as_urlsplit_reads_it() -> None:
    """:func:`_home_link` answers without parsing a link with four slashes before its query:
    the same answer as the path urlsplit reads."""
    from urllib.parse import urlsplit

    from decruft.metadata._headlines import _home_link

    hrefs = ["/", "", "#top", "?p=1", "https://example.com", "https://example.com/", "https://example.com/?a=/b/c/d",
             "//example.com/#/x/y/z", "https://example.com/news/2020/01/story", "https://example.com/a/", "index.html",
             " https://example.com/ ", "/a/b/c/d", "http://[::1", "https://example.com:80x/"]  # fmt: skip
    for href in hrefs:
        stripped = href.strip()
        try:
            expected = bool(stripped) and stripped[0] not in "#?" and urlsplit(stripped).path in ("", "/")
            urlsplit(stripped).port  # noqa: B018
        except ValueError:
            expected = False
        assert _home_link(href) == expected, href
