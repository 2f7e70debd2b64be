"""Scrapy integration (``pip install 'decruft[scrapy]'``).

An item pipeline::

    # settings.py
    ITEM_PIPELINES = {"decruft.scrapy.DecruftPipeline": 500}
    DECRUFT_HTML_FIELD = "html"        # the item field holding the page (bytes or str)
    DECRUFT_URL_FIELD = "url"          # the item field holding its URL
    DECRUFT_FIELDS = ["title", "date", "authors", "text"]   # Article fields to add
    DECRUFT_RULES = []                 # site rule files or folders
    DECRUFT_DISABLE = []               # rule names to switch off
    DECRUFT_KEEP_HTML = False          # True keeps the page in the item, as text

and, in a spider callback, ``article = extract_response(response)``.
A page decruft cannot use gets ``decruft_error`` instead of the fields.

The page's bytes never stay in an item (JSON and JSON Lines feed exports cannot
write bytes, and Scrapy then exports nothing): by default the page field is
dropped once read, whether or not extraction worked; with
``DECRUFT_KEEP_HTML = True`` it is kept as decoded text.
"""

from __future__ import annotations

from typing import Any

from ._article import Article
from ._errors import DecruftError
from ._extractor import Extractor

DEFAULT_FIELDS = ("title", "date", "authors", "text")
_SHARED: dict[tuple[Any, ...], Extractor] = {}


def _value(article: Article, field: str) -> Any:
    value = article.to_dict()[field] if field == "removed" else getattr(article, field)
    return value.isoformat() if hasattr(value, "isoformat") else value


class DecruftPipeline:
    """Adds the article's fields to every item that carries a page."""

    def __init__(
        self,
        html_field: str = "html",
        url_field: str = "url",
        fields: tuple[str, ...] = DEFAULT_FIELDS,
        keep_html: bool = False,
        **options: Any,
    ) -> None:
        self.html_field, self.url_field, self.fields, self.keep_html = html_field, url_field, tuple(fields), keep_html
        self.extractor = Extractor(**options)

    @classmethod
    def from_crawler(cls, crawler: Any) -> DecruftPipeline:
        s = crawler.settings
        return cls(
            html_field=s.get("DECRUFT_HTML_FIELD", "html"),
            url_field=s.get("DECRUFT_URL_FIELD", "url"),
            fields=tuple(s.getlist("DECRUFT_FIELDS", list(DEFAULT_FIELDS))),
            keep_html=s.getbool("DECRUFT_KEEP_HTML", False),
            rules=s.getlist("DECRUFT_RULES", []),
            disable=s.getlist("DECRUFT_DISABLE", []),
        )

    def process_item(self, item: Any, spider: Any = None) -> Any:
        from itemadapter import ItemAdapter

        adapter = ItemAdapter(item)
        page = adapter.get(self.html_field)
        if page is None:
            return item
        try:
            article = self.extractor.extract(page, url=adapter.get(self.url_field))
        except DecruftError as exc:
            adapter["decruft_error"] = str(exc)
        else:
            for field in self.fields:
                adapter[field] = _value(article, field)
        if not self.keep_html:
            del adapter[self.html_field]
        elif isinstance(page, (bytes, bytearray, memoryview)):
            adapter[self.html_field] = _as_text(bytes(page))
        return item


def _as_text(page: bytes) -> str:
    """The page as text, decoded as decruft decodes it (feed exports cannot write bytes)."""
    from ._decode import decode_exact

    try:
        return decode_exact(page)[0]
    except Exception:  # an odd page must not lose the item
        return page.decode("utf-8", "replace")


def extract_response(response: Any, extractor: Extractor | None = None) -> Article:
    """The article of a Scrapy ``Response`` (its bytes and URL)."""
    extractor = extractor or _SHARED.setdefault((), Extractor())
    return extractor.extract(response.body, url=response.url)
