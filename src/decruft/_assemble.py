"""Where every :class:`~decruft.Article` is made, for HTML pages and text scrapes alike.

Each mode finds the body (a list of :class:`~decruft._render.Block`, in reading order) and
reads the page's metadata its own way; :func:`build_article` renders the body's text,
Markdown and HTML and judges the page type from it the same way for both.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable

from . import _render
from ._article import Article, PageType, Removal


def build_article(
    blocks: list[_render.Block],
    *,
    source: str,
    url: str | None,
    title: str | None,
    page_type: Callable[[list[str]], PageType],
    removed: Iterable[Removal] = (),
    warnings: Iterable[str] = (),
    page_title: str | None = None,
    date: _dt.date | None = None,
    date_modified: _dt.date | None = None,
    authors: Iterable[str] = (),
    lang: str | None = None,
    site_name: str | None = None,
    description: str | None = None,
    engine: str = "decruft",
    text: str | None = None,
    sources: dict[str, str] | None = None,
) -> Article:
    """The Article of the body ``blocks``: ``text``, ``markdown`` and ``html`` rendered from
    them (``text`` given: the text the caller already has, the blocks' own or the fallback's
    which replaced decruft's, not rendered a second time), ``page_type``
    called with the blocks' texts (``_pagetype.classify_html`` or ``classify_text``), and
    what the mode read about the page as given (``sources``: where each metadata value came from)."""
    return Article(
        title=title,
        page_title=page_title,
        date=date,
        date_modified=date_modified,
        authors=list(authors),
        text=_render.to_text(blocks) if text is None else text,
        markdown=_render.to_markdown(blocks),
        html=_render.to_html(blocks, title),
        lang=lang,
        site_name=site_name,
        url=url,
        description=description,
        removed=list(removed),
        warnings=list(warnings),
        source=source,
        engine=engine,
        page_type=page_type([b.text for b in blocks]),
        sources=dict(sources or {}),
    )
