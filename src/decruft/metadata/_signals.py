"""The record of what a page says about itself, read once before any rule runs."""

from __future__ import annotations

import dataclasses
import datetime as _dt
from typing import Any

from lxml import etree

from .._state import State


@dataclasses.dataclass(frozen=True, slots=True)
class Signals:
    """What :func:`~decruft.metadata.collect` read from the page before the cruft rules touched it.

    ``jsonld``: the JSON-LD objects, flattened (``@graph``, ``mainEntity``); ``tags``: the meta
    tags by key (``og:title``, ``dc.date``; ``property=`` over ``name=``), ``author_tags`` every
    value of each; ``itemprops``: microdata values by property (the properties read:
    :data:`~decruft.metadata.collect.ITEMPROPS_READ`), ``coauthors`` the
    ``itemprop="author"`` values of the first byline; ``html_title``: ``<title>``;
    ``headlines``: the ``<h1>`` texts without kickers, ``banner_headlines`` those naming the site,
    ``crumb_headlines`` those that are a breadcrumb trail's last step; ``subheads``: the first
    ``<h2>`` texts; ``hyphenated``: the texts of those headings that print soft hyphens, the hyphens
    kept; ``bylines``: texts of byline-classed elements, ``author_boxes`` the headings of those
    that are an author's bio box; ``markup_date``: htmldate's
    reading of the meta tags, JSON-LD and URL; ``lang``: the language the page declares.
    """

    jsonld: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    tags: dict[str, str] = dataclasses.field(default_factory=dict)
    author_tags: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    itemprops: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    coauthors: list[str] = dataclasses.field(default_factory=list)
    html_title: str = ""
    headlines: list[str] = dataclasses.field(default_factory=list)
    banner_headlines: list[str] = dataclasses.field(default_factory=list)
    crumb_headlines: list[str] = dataclasses.field(default_factory=list)
    subheads: list[str] = dataclasses.field(default_factory=list)
    hyphenated: list[str] = dataclasses.field(default_factory=list)
    bylines: list[str] = dataclasses.field(default_factory=list)
    author_boxes: list[str] = dataclasses.field(default_factory=list)
    markup_date: _dt.date | None = None
    lang: str | None = None
    #: The ``<h1>``, ``<h2>`` and ``<h3>`` elements in ``<body>``, in document order (None: not
    #: read). The dateline and byline readers find the headline's element among them and read
    #: the page as parsed around it (:class:`~decruft.metadata._asparsed.AsParsed`) without
    #: putting every removed element back to search the headings again.
    headings: tuple[etree._Element, ...] | None = None


def signals_of(state: State) -> Signals:
    """The signals :func:`~decruft.metadata.collect` stored for ``state`` (none read: empty)."""
    return state.signals if state.signals is not None else Signals()
