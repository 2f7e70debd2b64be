"""Resolution: the metadata fields from the collected :class:`~decruft.metadata.Signals` and the
page after the rules, each with the source it came from."""

from __future__ import annotations

import dataclasses
import datetime as _dt

from .._state import State
from ._signals import Signals
from .authors import authors
from .dates import dates
from .page import description, language, site_name
from ._headlines import with_soft_hyphens
from .title import clean_title, page_title, title


@dataclasses.dataclass(frozen=True, slots=True)
class Metadata:
    """The article's metadata. ``sources`` says where each value found came from, by field
    (``{"title": "h1 (as og:title)", "date": "json-ld datePublished", "authors": "meta author"}``)."""

    title: str | None = None
    page_title: str | None = None
    date: _dt.date | None = None
    date_modified: _dt.date | None = None
    authors: list[str] = dataclasses.field(default_factory=list)
    lang: str | None = None
    site_name: str | None = None
    description: str | None = None
    sources: dict[str, str] = dataclasses.field(default_factory=dict)


def resolve(signals: Signals, state: State) -> Metadata:
    """The metadata of the page: ``signals`` read before the rules ran, reconciled with the page
    after them (``state``: the chosen article element, the removals, the page as parsed), and the
    fields a site rule's hints give (``state.site``: title, date, authors), which win.

    The headline is resolved first and kept in ``state.headline``: the dateline and byline
    readers look under it.
    """
    sources: dict[str, str] = {}
    hints = state.site
    site_title = hints.title if hints is not None else None
    headline, sources["title"] = (site_title, "site rule") if site_title else (title(signals, state) or (None, ""))
    headline = clean_title(with_soft_hyphens(headline or "", signals.hyphenated)) or None
    state.headline = headline
    published, modified, sources["date"] = dates(signals, state)
    if hints is not None and hints.date:
        published, sources["date"] = hints.date, "site rule"
    site_authors = hints.authors if hints is not None else None
    names, sources["authors"] = (site_authors, "site rule") if site_authors else authors(signals, state)
    found = {"title": headline, "date": published, "authors": names}
    return Metadata(
        title=headline,
        page_title=page_title(signals),
        date=published,
        date_modified=modified,
        authors=names,
        lang=language(signals),
        site_name=site_name(signals),
        description=description(signals),
        sources={field: source for field, source in sources.items() if found[field] and source},
    )
