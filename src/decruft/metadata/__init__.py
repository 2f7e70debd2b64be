"""Stage 5 — metadata: headline, publication date, authors, site name, language.

Structured sources first (JSON-LD, OpenGraph and other meta tags, schema.org
microdata), reconciled with what the page shows (``<h1>``, byline, ``<time>``).
Date strings are parsed with :mod:`datetime` (ISO 8601) and, for everything
else and as a last resort over the whole page, with htmldate.

:func:`collect` reads the page before the cruft rules run; the others read what it
collected (``State.meta``), the chosen article element and the removals, after them.

Modules: :mod:`.collect`, :mod:`.title` (with :mod:`._headlines`), :mod:`.dates` (with
:mod:`._printed` and :mod:`._months`), :mod:`.authors` (with :mod:`._names` and
:mod:`._byline`), :mod:`.page`, :mod:`._jsonld`; :mod:`._htmldate` is the only one that
knows htmldate's internals.
"""

from __future__ import annotations

from ._names import split_authors
from ._printed import read_dateline
from .authors import authors, is_byline
from .collect import collect
from .dates import dates, parse_date
from .page import description, language, site_name
from .title import clean_title, page_title, title

__all__ = [
    "authors",
    "clean_title",
    "collect",
    "dates",
    "description",
    "is_byline",
    "language",
    "page_title",
    "parse_date",
    "read_dateline",
    "site_name",
    "split_authors",
    "title",
]
