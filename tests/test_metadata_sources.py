"""metadata.collect -> Signals, metadata.resolve -> Metadata, and where each value came from."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import article_page

import decruft
from decruft import metadata
from decruft._parse import parse
from decruft._state import State
from decruft.metadata.dates import MODIFIED, PUBLISHED


def _head(page: str, head: str) -> str:
    return page.replace("</title>", "</title>" + head, 1)


def test_collect_returns_a_frozen_record_of_the_page() -> None:
    page = _head(article_page(), '<meta property="og:title" content="Council approves new budget">')
    state = State(root=parse(page), options=decruft.Extractor().options, url=None)
    signals = metadata.collect(state)
    assert signals.tags["og:title"] == "Council approves new budget"
    assert signals.headlines == ["Council approves new budget"]
    assert signals.html_title == "Council approves new budget | The Daily Example"
    assert signals.lang == "en"
    assert metadata.signals_of(state) is signals
    with pytest.raises(dataclasses.FrozenInstanceError):
        signals.lang = "de"  # type: ignore[misc]


def test_each_value_records_its_source() -> None:
    ld = {"@type": "NewsArticle", "headline": "Council approves new budget", "datePublished": "2021-04-05"}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script><meta name="author" content="Jane Roe">'
    article = decruft.extract(_head(article_page(), head))
    assert (article.title, article.date, article.authors) == ("Council approves new budget", dt.date(2021, 4, 5), ["Jane Roe"])
    assert article.sources == {"title": "h1 (as json-ld)", "date": "htmldate (meta tags, JSON-LD, URL)", "authors": "meta author"}
    assert article.to_dict()["sources"] == article.sources


def test_sources_name_the_visible_page_where_no_field_gives_the_value() -> None:
    page = article_page().replace("<h1>", '<p>By Jane Roe</p><time datetime="2019-05-04">4 May</time><h1>', 1)
    article = decruft.extract(page)
    assert article.date == dt.date(2019, 5, 4) and article.authors == ["Jane Roe"]
    assert article.sources == {"title": "h1 (as <title>)", "date": "time element", "authors": "'By' line"}
    # No value, no source.
    bare = decruft.extract(article_page().replace("<h1>Council approves new budget</h1>", ""))
    assert "date" not in bare.sources and "authors" not in bare.sources


def test_the_date_sources_are_an_ordered_list_of_named_sources() -> None:
    names = [name for name, _ in PUBLISHED]
    assert names[:2] == ["htmldate (meta tags, JSON-LD, URL)", "json-ld datePublished"]
    assert names.index("meta article:published_time") < names.index("itemprop datePublished") < names.index("time element")
    assert names[-4:] == [
        "dateline the stubs rule removed", "dateline under the headline", "posted line at the article's end", "htmldate (quick pass)"
    ]
    assert [name for name, _ in MODIFIED][0] == "json-ld dateModified"


def test_resolve_reads_signals_not_the_page_metadata() -> None:
    # resolve() takes what collect() read: signals edited after collection are what it resolves.
    page = article_page(title="Short")
    state = State(root=parse(page), options=decruft.Extractor().options, url=None)
    signals = dataclasses.replace(metadata.collect(state), tags={"og:title": "A longer headline from the tags"}, html_title="")
    state.main = state.root.find(".//article")
    resolved = metadata.resolve(signals, state)
    assert resolved.title == "A longer headline from the tags"
    assert resolved.sources["title"] == "og:title"


def test_explain_prints_where_each_value_came_from(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(article_page().replace("<h1>", '<time datetime="2019-05-04">4 May</time><h1>', 1), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "decruft", "--explain", str(page)], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert "  title from h1 (as <title>)\n" in out.stderr and "  date from time element\n" in out.stderr


def test_htmldate_markup_steps_read_the_elements_collect_met() -> None:
    """htmldate's header and JSON steps get collect's ``<meta>`` and JSON-LD lists instead of
    walking the page again, and read the same date from them as from the tree."""
    from decruft.metadata import _htmldate

    ld = {"@type": "NewsArticle", "datePublished": "2021-04-05T10:00:00"}
    for head in (
        '<meta name="date" content="2020-03-02">',
        f'<script type="application/ld+json">{json.dumps(ld)}</script>',
    ):
        page = _head(article_page(), head)
        state = State(root=parse(page), options=decruft.Extractor().options, url=None)
        root = state.root
        metas = list(root.iterfind(".//meta"))
        scripts = [s for s in root.iter("script") if s.get("type") in _htmldate.DATE_SCRIPT_TYPES]
        walked = _htmldate._Walked(root, metas, scripts)
        asked: list[str] = []
        walked.root = type("Spy", (), {  # type: ignore[assignment]
            "iterfind": lambda _, path, ns=None: asked.append(path) or root.iterfind(path, ns),
            "xpath": lambda _, path, **kw: asked.append(path) or root.xpath(path, **kw),
            "__getattr__": lambda _, name: getattr(root, name),
        })()
        htmldate = _htmldate._modules()
        options = _htmldate._htmldate_options(False)
        found = htmldate.core.examine_header(walked, options) or htmldate.extractors.json_search(walked, options)
        expected = htmldate.core.examine_header(root, options) or htmldate.extractors.json_search(root, options)
        assert found == expected and found is not None
        assert asked == []  # both lookups answered from the lists
        assert metadata.collect(state).markup_date == dt.date.fromisoformat(found)


def test_collect_reads_only_the_microdata_values_it_uses() -> None:
    """The microdata properties nothing reads (an ``articleBody``: the whole article's text)
    are not read; the dates', headline's and authors' are."""
    page = article_page().replace(
        "<article>",
        '<article itemscope itemtype="https://schema.org/NewsArticle"><time itemprop="datePublished" '
        'datetime="2021-04-05">5 April</time><span itemprop="author">Jane Roe</span><div itemprop="articleBody">',
        1,
    ).replace("</article>", "</div></article>", 1)
    state = State(root=parse(page), options=decruft.Extractor().options, url=None)
    signals = metadata.collect(state)
    assert signals.itemprops["datePublished"] == ["2021-04-05"]
    assert signals.itemprops["author"] == ["Jane Roe"] and signals.coauthors == ["Jane Roe"]
    assert "articleBody" not in signals.itemprops


def test_a_date_in_the_url_long_before_the_structured_one_is_the_publication_day() -> None:
    ld = {"@type": "NewsArticle", "headline": "Council approves new budget", "datePublished": "2019-06-17T18:28:00+02:00"}
    page = _head(article_page(), f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    republished = decruft.extract(page, url="https://blog.example.org/home/2017/7/12/council-budget")
    assert republished.date == dt.date(2017, 7, 12)
    assert republished.sources["date"].startswith("date in the URL")
    # a URL's day near the structured one (a draft's day, another time zone) gives way to it
    near = decruft.extract(page, url="https://blog.example.org/2019/06/15/council-budget")
    assert near.date == dt.date(2019, 6, 17)
    # ...and a number in the slug is no day ("/2019/10/3-questions-...")
    slug = decruft.extract(page, url="https://blog.example.org/2019/10/3-questions-on-the-budget/")
    assert slug.date == dt.date(2019, 6, 17)


def test_the_quick_pass_reads_an_iso_date_in_the_text_last() -> None:
    # No field, <time>, dateline or date-classed element: htmldate's last quick step finds the
    # ISO date in the page's text. Its pieces are read joined by spaces, so a date whose parts
    # stand in two elements is none, although the text serialised without spaces holds one.
    from decruft.metadata._htmldate import _htmldate_options, _htmldate_steps, _loose_timestamp

    page = article_page(cruft="<p>Filed in the archive as 2019-05-04, with the minutes.</p>")
    article = decruft.extract(page)
    assert article.date == dt.date(2019, 5, 4)
    assert article.sources["date"] == "htmldate (quick pass)"
    steps, options = _htmldate_steps(), _htmldate_options(False)
    split = parse("<html><body><p>Filed as <b>2019-05-</b><i>04</i> in the archive.</p></body></html>")
    assert _loose_timestamp(steps, split, options) is None
    whole = parse("<html><body><p>Filed as <b>2019-05-04</b> in the archive.</p></body></html>")
    assert _loose_timestamp(steps, whole, options) == "2019-05-04"


@pytest.mark.parametrize(
    "markup",
    [
        '<p>at 10:15 on</p><span data-t="2019-05-04T08:30:00Z"></span>',  # a time without seconds first
        '<span data-t="2019-5-4 08:30:00"></span>',  # the shortest date, at the markup's start
        '<span data-t="2019-05-04T08:30:00"></span><b>2020-01-02 10:11:12</b>',
        "<p>12:30:45 and 2019-05-04, no time after the date</p>",
        "<p>no time at all: 2019-05-04</p>",
    ],
)
def test_the_timestamp_step_finds_what_htmldate_s_own_search_does(markup: str) -> None:
    # The search starts where a timestamp can first open (before the first minutes and seconds).
    from decruft.metadata._htmldate import _htmldate_options, _htmldate_steps, _timestamp

    steps, options = _htmldate_steps(), _htmldate_options(False)
    assert _timestamp(steps, markup, options) == steps.pattern_search(markup, steps.TIMESTAMP_PATTERN, options)
