"""HTML mode: which printed date is the page's (metadata/_printed.py, metadata/dates.py)."""

from __future__ import annotations

import datetime as dt

from conftest import PARAGRAPHS

import decruft

BODY = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEAD = '<meta property="article:published_time" content="2020-01-02T10:00:00+01:00">'


def _page(article: str, *, before: str = "", head: str = HEAD) -> str:
    return (
        f"<html><head><title>Council approves new budget</title>{head}</head><body>{before}"
        f"<article>{article}{BODY}</article></body></html>"
    )


def test_the_h1_printing_the_headline_beats_a_teaser_printing_it_first() -> None:
    # A list of latest news holds the page's own teaser (an <h3>) before the article's <h1>.
    teasers = (
        '<aside><h3><a href="/council-budget">Council approves new budget</a></h3><div class="meta">in Politics</div>'
        '<h3><a href="/road-works">Road works start next week</a></h3><div class="meta">21.12.2019 in Town</div></aside>'
    )
    page = _page('<h1>Council approves new budget</h1><div class="meta">03.01.2020</div>', before=teasers)
    assert decruft.extract(page).date == dt.date(2020, 1, 3)


def test_a_quoted_posts_date_under_the_headline_is_no_dateline() -> None:
    # An embedded post signs with its own day; the field's day stands.
    quote = (
        '<blockquote class="embedded-post"><p>The budget passed.</p>'
        '<p>— Jane Roe (@janeroe) <a href="https://social.example/janeroe/1">December 29, 2019</a></p></blockquote>'
    )
    page = _page(f"<h1>Council approves new budget</h1><p>The council met on Tuesday evening.</p>{quote}")
    assert decruft.extract(page).date == dt.date(2020, 1, 2)


def test_a_time_element_in_a_quoted_post_is_not_the_pages() -> None:
    quote = '<blockquote class="embedded-post"><p>A post shared by Jane Roe on <time datetime="2018-03-12T12:30:00">Mar 12, 2018</time></p></blockquote>'
    page = _page(f'<h1>Council approves new budget</h1><div class="meta">Tuesday, 29 January 2019</div>{quote}', head="")
    assert decruft.extract(page).date == dt.date(2019, 1, 29)


def test_an_update_fields_date_under_the_headline_is_not_the_dateline() -> None:
    # A hidden rich-snippet field of the update's time stands before the day printed for the readers.
    meta = '<div class="meta"><a href="/jroe">Jane Roe</a><span class="updated hidden-snippet">2020-02-07T10:10:52+01:00</span><span>3. Januar 2020</span></div>'
    page = _page(f"<h1>Council approves new budget</h1>{meta}")
    assert decruft.extract(page).date == dt.date(2020, 1, 3)


def test_a_date_of_a_published_and_updated_class_under_the_headline_is_read() -> None:
    # "entry-date published updated": a post never updated names both on its one date.
    meta = '<div class="meta"><span class="entry-date published updated">3. Januar 2020</span></div>'
    page = _page(f"<h1>Council approves new budget</h1>{meta}")
    assert decruft.extract(page).date == dt.date(2020, 1, 3)


def test_a_headline_hidden_from_view_anchors_no_dateline() -> None:
    # A screen-reader-only <h1> holds the headline and the site's name over the menu; the headline
    # as printed is an <h2> with its day under it, which beats the field's near day.
    menu = "".join(f'<li><a href="/section-{k}">Section {k}</a></li>' for k in range(20))
    hidden = f'<h1 class="visuallyhidden">Council approves new budget | The Daily Example</h1><nav><ul>{menu}</ul></nav>'
    page = _page('<h2 class="title">Council approves new budget</h2><div class="meta">25.01.2020</div>', before=hidden)
    assert decruft.extract(page).date == dt.date(2020, 1, 25)


def test_a_time_element_of_an_updates_class_is_not_the_publication_day() -> None:
    # <time class="updated"> (or itemprop="dateModified") in the body is the update's day: the
    # next <time> is the publication's ([date-classes] update of the patterns file).
    times = (
        '<p class="note">Changed on <time class="updated" datetime="2022-02-03">the third</time> and first put out on '
        '<time datetime="2022-01-26">the twenty-sixth</time> by the desk.</p>'
    )
    page = _page(f"<h1>Council approves new budget</h1>{times}", head="")
    assert decruft.extract(page).date == dt.date(2022, 1, 26)

def _dotted(lang: str, printed: str) -> str:
    head = f'<html lang="{lang}"><head><title>Council approves new budget</title>{HEAD}</head><body>'
    return f'{head}<article><h1>Council approves new budget</h1><div class="meta"><span>jeudi</span> <a class="date">{printed}</a></div>{BODY}</article></body></html>'


def test_numbers_with_dots_under_the_headline_are_read_in_the_pages_languages_order() -> None:
    # Day first in French: 7 January beats the field's near day (a CMS's other time zone).
    assert decruft.extract(_dotted("fr", "07.01.20")).date == dt.date(2020, 1, 7)
    # Month first in English: January 7 too.
    assert decruft.extract(_dotted("en", "01.07.20")).date == dt.date(2020, 1, 7)
    # A page that names no language: numbers alone say no order, the field's day stands.
    assert decruft.extract(_dotted("", "07.01.20")).date == dt.date(2020, 1, 2)


def test_numbers_with_slashes_under_the_headline_give_no_dateline() -> None:
    # "03/01/2020" under an HTML headline is left to the page's fields.
    page = _page('<h1>Council approves new budget</h1><div class="meta">07/01/2020</div>')
    assert decruft.extract(page).date == dt.date(2020, 1, 2)


def test_a_posted_line_at_the_articles_end_gives_the_date() -> None:
    closing = {
        "en": "This entry was posted on Saturday, May 4th, 2019 at 10:00 am and is filed under News.",
        "de": "Dieser Beitrag wurde am Samstag, 4. Mai 2019 um 10:00 Uhr veröffentlicht und unter News gespeichert.",
    }
    for lang, line in closing.items():
        body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        html = (
            f'<html lang="{lang}"><head><title>Council approves new budget</title></head><body><article>'
            f"<h1>Council approves new budget</h1>{body}<p>{line}</p></article></body></html>"
        )
        assert decruft.extract(html).date == dt.date(2019, 5, 4), lang
