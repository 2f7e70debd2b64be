"""The result types: :class:`Article` and :class:`Removal`."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from typing import Any, Literal

#: What kind of page an :class:`Article` came from (see :attr:`Article.page_type`).
PageType = Literal["article", "listing", "forum", "product", "other"]


@dataclasses.dataclass(frozen=True, slots=True)
class Removal:
    """One block removed from the page, and the rule that removed it.

    ``where`` is an XPath-like location for HTML input (``/html/body/div[3]``)
    or a line range for text scrapes (``lines 52-58``). ``text`` is the removed
    text, shortened to about 200 characters. ``vetoed`` is true when the rule
    matched a block holding most of the page's prose and the block was kept
    (see ``docs/rules.md``, "The article veto"): the record says which rule
    would have deleted the article.
    """

    rule: str
    text: str
    where: str
    vetoed: bool = False

    def to_dict(self) -> dict[str, str | bool]:
        """``rule``, ``text``, ``where``, and ``vetoed: true`` for a vetoed removal only."""
        out: dict[str, str | bool] = {"rule": self.rule, "text": self.text, "where": self.where}
        if self.vetoed:
            out["vetoed"] = True
        return out


@dataclasses.dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article.

    ``title`` is the headline as the page prints it; ``page_title`` the document's own
    title as its metadata writes it (``<title>``, else ``og:title``...), site name and all.
    ``text`` holds paragraphs separated by blank lines; ``markdown`` keeps
    headings, lists, quotes and tables; ``html`` is the clean article HTML.
    ``removed`` lists what the cruft rules took out; ``warnings`` says why a
    result may be empty or doubtful. ``page_type`` says what the page is:
    ``"article"``, ``"listing"`` (a section or index of teasers), ``"forum"``
    (a thread of posts), ``"product"`` (a shop page) or ``"other"`` (no body
    text); the body is decruft's whatever the type, so a scraper can filter.
    ``sources`` says where each metadata value came from, by field (``{"title": "h1 (as
    og:title)", "date": "json-ld datePublished", "authors": "meta author"}``).
    """

    title: str | None = None
    page_title: str | None = None
    date: _dt.date | None = None
    date_modified: _dt.date | None = None
    authors: list[str] = dataclasses.field(default_factory=list)
    text: str = ""
    markdown: str = ""
    html: str = ""
    lang: str | None = None
    site_name: str | None = None
    url: str | None = None
    description: str | None = None
    removed: list[Removal] = dataclasses.field(default_factory=list)
    warnings: list[str] = dataclasses.field(default_factory=list)
    source: str = "html"
    engine: str = "decruft"
    page_type: PageType = "article"
    sources: dict[str, str] = dataclasses.field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form: dates as ``YYYY-MM-DD``, removals as dicts."""
        out: dict[str, Any] = {}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if isinstance(value, _dt.date):
                value = value.isoformat()
            elif field.name == "removed":
                value = [r.to_dict() for r in value]
            elif isinstance(value, (list, dict)):
                value = type(value)(value)
            out[field.name] = value
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """JSON text of :meth:`to_dict` (UTF-8 characters kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
