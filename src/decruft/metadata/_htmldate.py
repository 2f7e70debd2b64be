"""htmldate: with :mod:`._htmldate_copy`, the only module that knows its internals (its search
steps, its options, its date-string reader). Every call into htmldate from decruft goes through here.

decruft runs htmldate's own steps, in its order, on decruft's tree (no second parse), from a
private copy of htmldate's ``extractors`` and ``core`` modules (:func:`._htmldate_copy._modules`)
in which month-name dates are read without dateparser (:func:`._htmldate_copy._read_month_names`).
htmldate itself is left as it is: no other user of it in the process sees a change.
"""

from __future__ import annotations

import datetime as _dt
import functools
import types
from typing import Any

from lxml import etree

from .._parse import inner_text
from .._state import State
from ._markup import root_markup, timestamp_start
from ._htmldate_copy import _DATE_LANGUAGES as _DATE_LANGUAGES  # text mode sets it around find_date
from ._htmldate_copy import _OUTSIDE as _OUTSIDE
from ._htmldate_copy import _modules
from ._months import _date_languages, _iso


def _htmldate_string(value: str) -> _dt.date | None:
    try:
        htmldate = _modules()
        options = htmldate.utils.Extractor(
            False, _dt.datetime.now() + _dt.timedelta(days=1), htmldate.settings.MIN_DATE, True, "%Y-%m-%d"
        )
        found = htmldate.extractors.try_date_expr(value, options.format, options.extensive, options.min, options.max)
    except Exception:  # htmldate's internals differ between versions: any failure means "no date"
        return None
    return _iso(found)


#: Serialised HTML around the article that the extensive date search reads.
AROUND_ARTICLE_CHARS = 60_000


def _around_article(state: State) -> str:
    """The article's parent (or the article alone when that is too big) as an HTML page."""
    main = state.main
    if main is None:
        return str(etree.tostring(state.root, encoding="unicode"))
    parent = main.getparent()
    for el in (parent, main):
        if el is None or el.tag in ("html", "body"):
            continue
        text = etree.tostring(el, encoding="unicode")
        if len(text) <= AROUND_ARTICLE_CHARS or el is main:
            return f"<html><body>{text}</body></html>"
    return str(etree.tostring(state.root, encoding="unicode"))


def _extensive_date(page: str) -> str | None:
    """htmldate's extensive search of ``page`` without its first and its last steps.

    The first (``<meta>`` tags, JSON-LD, the URL) read the same fields of the original page
    in :func:`_htmldate_markup` and found nothing. The last, ``search_page``, runs about ten
    regular expressions over the raw markup for any date-like string, month-only ones made
    into the 1st; on the dev sets it supplied two right dates and fourteen on pages with no
    date in the truth, at 6 % of all extraction time. The steps are htmldate's own, in its
    order; should its internals move, its public ``find_date`` (every step) runs instead.
    """
    steps = _htmldate_steps()
    if steps is None:
        return find_date(page, extensive_search=True, original_date=True, deferred_url_extractor=True)
    options = _htmldate_options(True)
    tree = steps.load_html(page)
    if tree is None:
        return None
    found = _abbr_date(steps, tree, options)
    if found:
        return found
    tree = steps.discard_unwanted(steps.clean_html(tree, steps.CLEANING_LIST))
    found = _element_date(steps, tree, options) or _markup_date(steps, tree, steps.serialize(tree), options)
    if found:
        return found
    reference = None
    for segment in steps.FREE_TEXT_EXPRESSIONS(tree):
        segment = segment.strip()
        if steps.MIN_SEGMENT_LEN < len(segment) < steps.MAX_SEGMENT_LEN:
            reference = steps.compare_reference(reference, segment, options)
    return steps.check_extracted_reference(reference, options)  # type: ignore[no-any-return]


@functools.cache
def _htmldate_steps() -> Any:
    """htmldate's search steps, from :func:`_modules`, looked up by name once; None when its
    internals have moved (the callers then run its public ``find_date``)."""
    try:
        htmldate = _modules()
        names = {
            htmldate.core: ("CLEANING_LIST", "MAX_SEGMENT_LEN", "MIN_SEGMENT_LEN", "TIMESTAMP_LOOSE_PATTERN",
                            "TIMESTAMP_PATTERN", "check_extracted_reference", "compare_reference", "date_candidates",
                            "examine_abbr_elements", "examine_text", "examine_time_elements",
                            "has_plausible_candidates", "serialize"),
            htmldate.extractors: ("FREE_TEXT_EXPRESSIONS", "discard_unwanted", "idiosyncrasies_search", "img_search",
                                  "pattern_search"),
            htmldate.utils: ("clean_html", "load_html"),
        }  # fmt: skip
        return types.SimpleNamespace(**{n: getattr(module, n) for module, ns in names.items() for n in ns})
    except (ImportError, AttributeError):
        return None


def _examine_elements(steps: Any, elements: list[etree._Element], options: Any) -> str | None:
    """htmldate's ``examine_elements``, which reads lxml.html's ``text_content()``; :func:`inner_text`
    gives the same text (``"".join(el.itertext())``, serialised by libxml2) and works on
    decruft's plain lxml tree too."""
    if steps.has_plausible_candidates(elements):
        for el in elements:
            for text in (inner_text(el), el.get("title", "")):
                found = steps.examine_text(text, options)
                if found:
                    return found  # type: ignore[no-any-return]
    return None


def _abbr_date(steps: Any, tree: etree._Element, options: Any) -> str | None:
    """htmldate's ``<abbr>`` step; its last resort is ``examine_elements`` (see :func:`_examine_elements`)."""
    try:
        return steps.examine_abbr_elements(tree, options)  # type: ignore[no-any-return]
    except AttributeError:
        return _examine_elements(steps, tree.findall(".//abbr"), options)


def _element_date(steps: Any, tree: etree._Element, options: Any) -> str | None:
    """htmldate's element steps, in its order: date-like elements, the title and ``<h1>``, ``<time>``."""
    return (
        _examine_elements(steps, steps.date_candidates(tree, options.extensive), options)
        # what htmldate's ".//title|.//h1" selects (the root is <html>), from lxml's C-level tag filter
        or _examine_elements(steps, [el for el in tree.iter("title", "h1") if el is not tree], options)
        or steps.examine_time_elements(tree, options)
    )


def _markup_date(steps: Any, tree: etree._Element, markup: str, options: Any) -> str | None:
    """htmldate's pattern steps, in its order: timestamps in the markup, image names, dated phrases."""
    found: str | None = (
        _timestamp(steps, markup, options)
        or steps.img_search(tree, options)
        or steps.idiosyncrasies_search(markup, options)
    )
    return found


#: The head of htmldate's timestamp pattern that :func:`~._markup.timestamp_start` reads it by:
#: a date of at most ten characters, then "T" or a space and a time with minutes and seconds.
_TIMESTAMP_HEAD = r"((?:199[0-9]|20[0-3][0-9])-[0-1]?[0-9]-[0-3]?[0-9])([T ][0-9]{2}:[0-9]{2}:[0-9]{2}"


def _timestamp(steps: Any, markup: str, options: Any) -> str | None:
    """htmldate's timestamp step: the first date with a time in ``markup``, searched from where one can first open."""
    start = timestamp_start(markup) if steps.TIMESTAMP_PATTERN.pattern.startswith(_TIMESTAMP_HEAD) else 0
    return None if start is None else steps.pattern_search(markup[start:], steps.TIMESTAMP_PATTERN, options)


def _says_new_year(source: str, year: str) -> bool:
    """Does the page really mention 1 January of ``year`` (not just the year)?"""
    return any(
        form in source
        for form in (f"{year}-01-01", f"01.01.{year}", f"1.1.{year}", f"01/01/{year}", f"1 January {year}", f"January 1, {year}")
    )


def _htmldate_options(extensive: bool) -> Any:
    htmldate = _modules()
    validators = htmldate.validators
    return htmldate.utils.Extractor(extensive, validators.get_max_date(None), validators.get_min_date(None), True, "%Y-%m-%d")


#: The ``type`` of the scripts htmldate's JSON step reads, and its XPath selecting them.
DATE_SCRIPT_TYPES = frozenset({"application/ld+json", "application/settings+json"})
_DATE_SCRIPTS_XPATH = './/script[@type="application/ld+json" or @type="application/settings+json"]'


class _Walked:
    """The page's tree as htmldate's header and JSON steps read it: their two lookups, each a
    walk over the whole page (``.//meta`` and :data:`_DATE_SCRIPTS_XPATH`), answered from the
    elements metadata's collect already met in its own walk, in document order; any other
    lookup (should htmldate's steps change) is the tree's own."""

    def __init__(self, root: etree._Element, metas: list[etree._Element], scripts: list[etree._Element]) -> None:
        self.root, self.metas, self.scripts = root, metas, scripts

    def iterfind(self, path: str, namespaces: Any = None) -> Any:
        return iter(self.metas) if path == ".//meta" and namespaces is None else self.root.iterfind(path, namespaces)

    def xpath(self, path: str, **kwargs: Any) -> Any:
        return list(self.scripts) if path == _DATE_SCRIPTS_XPATH and not kwargs else self.root.xpath(path, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.root, name)


def _htmldate_markup(state: State, metas: list[etree._Element], scripts: list[etree._Element]) -> _dt.date | None:
    """The first steps of htmldate's quick pass, run on our own tree before any rule touches it:
    ``<meta>`` tags, JSON-LD dates, then a date in the URL (or canonical link). htmldate's
    reading of time zones and of competing fields beats a simple field order, and on our tree
    it costs no second parse (these steps only read the tree). ``metas`` and ``scripts``: the
    root's ``<meta>`` elements and its scripts of :data:`DATE_SCRIPT_TYPES`, in document order
    (:class:`_Walked`)."""
    try:
        htmldate = _modules()
        options = _htmldate_options(False)
        root = state.root
        url = state.url
        if url is None:
            link = root.find('.//link[@rel="canonical"]')
            url = link.get("href") if link is not None else None
        walked: Any = _Walked(root, metas, scripts)
        found = (
            htmldate.core.examine_header(walked, options)
            or htmldate.extractors.json_search(walked, options)
            or htmldate.extractors.extract_url_date(url, options)
        )
    except Exception:  # htmldate raises on odd input; the other sources still get their turn
        return None
    return _iso(found)


def _htmldate_quick(state: State) -> _dt.date | None:
    """The rest of htmldate's quick pass (``<abbr>``, date-like elements, the title and
    ``<h1>``, ``<time>``, timestamps, image names, then an ISO date in the text).

    :func:`dates` runs it only when the markup pre-pass and the page's own fields found
    nothing. It reads our own tree with the removed elements put back for the while
    (:meth:`State.restored`: a byline row the rules took out often holds the date), and the
    page's markup as given for the patterns, instead of parsing the page a second time. The
    steps are htmldate's own, in its order, and only read; should its internals move, its
    public ``find_date`` runs on the page instead.
    """
    steps = _htmldate_steps()
    if steps is None:
        return _htmldate_find_date(state)
    options = _htmldate_options(False)
    try:
        with state.restored() as root:
            found = (
                _abbr_date(steps, root, options)
                or _element_date(steps, root, options)
                or _markup_date(steps, root, root_markup(state.html_text or ""), options)
                or _loose_timestamp(steps, root, options)
            )
    except Exception:  # htmldate raises on odd input; the other sources still get their turn
        return None
    return _iso(found)


def _loose_timestamp(steps: Any, root: etree._Element, options: Any) -> str | None:
    """htmldate's last quick step: the first ISO date in the text pieces joined by spaces (none spans two: it holds no space), sought only where the text serialised without spaces holds one."""
    found = steps.TIMESTAMP_LOOSE_PATTERN.search(etree.tostring(root, method="text", encoding="unicode")) is not None
    return steps.pattern_search(" ".join(root.itertext()), steps.TIMESTAMP_LOOSE_PATTERN, options) if found else None


def _htmldate_find_date(state: State) -> _dt.date | None:
    """htmldate's public quick pass on the original page (a second parse)."""
    try:
        source = state.html_text or etree.tostring(state.root, encoding="unicode")
        found = find_date(source, extensive_search=False, original_date=True, url=state.url, deferred_url_extractor=True)
    except Exception:  # htmldate raises on odd input; the other sources still get their turn
        return None
    return _iso(found)


def _htmldate(state: State, lang: str | None) -> _dt.date | None:
    """htmldate's extensive search, which reads every date-like string: around the article
    first, then the whole page as the rules left it; month names in ``lang`` (the page's
    language) and English. It runs only when nothing else found a date."""
    token = _DATE_LANGUAGES.set(_date_languages(lang))
    try:
        source = state.html_text or ""
        # The page as the rules left it: no scripts or styles, no related-article lists with
        # dates of their own; half the text to search on a typical page, a tenth on the heaviest.
        cleaned = etree.tostring(state.root, encoding="unicode")
        around = _around_article(state)
        for page in (around, cleaned) if len(around) < len(cleaned) // 2 else (cleaned,):
            found = _extensive_date(page)
            if found and found.endswith("-01-01") and not _says_new_year(source or cleaned, found[:4]):
                found = None  # a bare year in the text ("opened in 2019") is not a publication date
            if found:
                return _iso(found)
    except Exception:  # htmldate raises on odd trees; a missing date is the honest answer
        return None
    finally:
        _DATE_LANGUAGES.reset(token)
    return None


def find_date(htmlobject: Any, **options: Any) -> str | None:
    """htmldate's public ``find_date`` from decruft's copy (:func:`._htmldate_copy._modules`): where
    ``_DATE_LANGUAGES`` is set, month-name dates are read as in :func:`._htmldate_copy._read_month_names`."""
    htmldate = _modules()
    if htmldate is None:
        raise ImportError("htmldate")
    return htmldate.core.find_date(htmlobject, **options)  # type: ignore[no-any-return]
