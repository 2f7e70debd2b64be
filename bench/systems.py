"""One adapter per system: ``fn(page) -> {title, date, authors, text}``.

Each peer gets what it naturally takes: bytes where it accepts bytes, else a
string decoded with trafilatura's decoder (the best-effort decoding most
peers' users would apply). For ``*-text`` datasets the HTML peers get the
text wrapped as paragraphs (``<p>line</p>`` per line), and ``html-text``
(the no-extraction baseline) returns the text unchanged.
"""

from __future__ import annotations

import datetime as dt
import html as _html
from collections.abc import Callable
from typing import Any

from .datasets import Page

Result = dict[str, Any]
Adapter = Callable[[Page, bool], Result]


def _decoded(page: Page) -> str:
    from trafilatura.utils import decode_file

    return decode_file(page.raw) if not isinstance(page.raw, str) else page.raw


def _wrapped(page: Page) -> str:
    text = page.raw.decode("utf-8", errors="replace")
    body = "".join(f"<p>{_html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><body>{body}</body></html>"


def _html_in(page: Page, text_mode: bool) -> str:
    return _wrapped(page) if text_mode else _decoded(page)


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10] or None


def _split(authors: Any) -> list[str]:
    if not authors:
        return []
    if isinstance(authors, str):
        return [a.strip() for a in authors.split(";") if a.strip()]
    return [str(a) for a in authors]


def decruft_adapter(page: Page, text_mode: bool) -> Result:
    import decruft

    source: bytes | str = page.raw.decode("utf-8", errors="replace") if text_mode else page.raw
    try:
        a = decruft.extract(source, url=page.url)
    except decruft.DecruftError:
        return {}
    return {"title": a.title, "date": _iso(a.date), "authors": a.authors, "text": a.text}


def _trafilatura(page: Page, text_mode: bool, precision: bool) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(
        _html_in(page, text_mode), url=page.url, with_metadata=True, favor_precision=precision
    )
    if doc is None:
        return {}
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    return {"title": get("title"), "date": _iso(get("date")), "authors": _split(get("author")), "text": get("text") or ""}


def trafilatura_adapter(page: Page, text_mode: bool) -> Result:
    return _trafilatura(page, text_mode, precision=False)


def trafilatura_precision_adapter(page: Page, text_mode: bool) -> Result:
    return _trafilatura(page, text_mode, precision=True)


def readability_adapter(page: Page, text_mode: bool) -> Result:
    import html_text
    from readability import Document

    doc = Document(_html_in(page, text_mode))
    summary = doc.summary(html_partial=True)
    text = html_text.extract_text(summary) if summary.strip() else ""
    return {"title": doc.short_title(), "date": None, "authors": [], "text": text}


def _no_image_fetch() -> None:
    """newspaper4k 0.9 fetches candidate images over the network to pick a top image even
    with ``fetch_images = False`` (20-30 s a page offline, waiting on timeouts): the bench
    never touches the network, so the size check answers "too small" at once. Text, title,
    date and authors do not depend on it."""
    from newspaper.extractors.image_extractor import ImageExtractor

    ImageExtractor._check_image_size = lambda self, url, referer: False  # type: ignore[method-assign]


def newspaper_adapter(page: Page, text_mode: bool) -> Result:
    from newspaper import Article, Config

    _no_image_fetch()

    config = Config()
    config.fetch_images = False
    article = Article(page.url or "http://example.com/", config=config)
    article.download(input_html=_html_in(page, text_mode))
    article.parse()
    return {"title": article.title, "date": _iso(article.publish_date), "authors": list(article.authors), "text": article.text}


def goose_adapter(page: Page, text_mode: bool) -> Result:
    from goose3 import Goose

    with Goose({"enable_image_fetching": False}) as g:
        article = g.extract(raw_html=_html_in(page, text_mode))
    return {
        "title": article.title,
        "date": _iso(article.publish_date),
        "authors": list(article.authors or []),
        "text": article.cleaned_text or "",
    }


def justext_adapter(page: Page, text_mode: bool) -> Result:
    import justext

    source = _html_in(page, text_mode).encode("utf-8")
    best: list[Any] = []
    for language in ("English", "German", "French", "Spanish"):
        paragraphs = [p for p in justext.justext(source, justext.get_stoplist(language)) if not p.is_boilerplate]
        if len(paragraphs) > len(best):
            best = paragraphs
    return {"title": None, "date": None, "authors": [], "text": "\n\n".join(p.text for p in best)}


def resiliparse_adapter(page: Page, text_mode: bool) -> Result:
    from resiliparse.extract.html2text import extract_plain_text

    return {"title": None, "date": None, "authors": [], "text": extract_plain_text(_html_in(page, text_mode), main_content=True)}


def boilerpy_adapter(page: Page, text_mode: bool) -> Result:
    from boilerpy3 import extractors

    doc = extractors.ArticleExtractor(raise_on_failure=False).get_doc(_html_in(page, text_mode))
    return {"title": doc.title, "date": None, "authors": [], "text": doc.content or ""}


def html_text_adapter(page: Page, text_mode: bool) -> Result:
    if text_mode:
        return {"title": None, "date": None, "authors": [], "text": page.raw.decode("utf-8", errors="replace")}
    import html_text

    return {"title": None, "date": None, "authors": [], "text": html_text.extract_text(_decoded(page))}


def htmldate_adapter(page: Page, text_mode: bool) -> Result:
    from htmldate import find_date

    return {"title": None, "date": find_date(_html_in(page, text_mode), url=page.url, original_date=True), "authors": [], "text": ""}


SYSTEMS: dict[str, Adapter] = {
    "decruft": decruft_adapter,
    "trafilatura": trafilatura_adapter,
    "trafilatura-precision": trafilatura_precision_adapter,
    "readability-lxml": readability_adapter,
    "newspaper4k": newspaper_adapter,
    "goose3": goose_adapter,
    "justext": justext_adapter,
    "resiliparse": resiliparse_adapter,
    "boilerpy3": boilerpy_adapter,
    "html-text": html_text_adapter,
    "htmldate": htmldate_adapter,
}
