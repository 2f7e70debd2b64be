"""Stage 5 — metadata: headline, publication date, authors, site name, language.

Structured sources first (JSON-LD, OpenGraph and other meta tags, schema.org
microdata), reconciled with what the page shows (``<h1>``, byline, ``<time>``).
Date strings are parsed with :mod:`datetime` (ISO 8601) and, for everything
else and as a last resort over the whole page, with htmldate.

Two calls: :func:`collect` reads the page before the cruft rules run and returns
:class:`Signals` (JSON-LD, meta tags, microdata, ``<title>``, headings, byline
candidates, htmldate's markup date); :func:`resolve` reconciles them with the page
after the rules (the chosen article element, the removals) into :class:`Metadata`,
each value with the source it came from (``Article.sources``, printed by ``--explain``).

Modules: :mod:`.collect`, :mod:`.resolve`, :mod:`.title` (with :mod:`._headlines`),
:mod:`.dates` (an ordered list of named sources; with :mod:`._printed` and
:mod:`._months`), :mod:`.authors` (with :mod:`._names`, :mod:`._role_strip`, :mod:`._byline` and :mod:`._nameline`,
the name-line reader text mode shares),
:mod:`.page`, :mod:`._jsonld`; :mod:`._htmldate` (with :mod:`._htmldate_copy`, its private
copies of htmldate's modules) is the only one that knows htmldate's internals.
"""

from __future__ import annotations

from ._names import split_authors
from ._dateline import read_dateline
from ._signals import Signals, signals_of
from .authors import is_byline
from .collect import collect
from .dates import parse_date
from .page import site_name
from .resolve import Metadata, resolve
from .title import clean_title

__all__ = [
    "Metadata",
    "Signals",
    "clean_title",
    "collect",
    "is_byline",
    "parse_date",
    "read_dateline",
    "resolve",
    "signals_of",
    "site_name",
    "split_authors",
]
