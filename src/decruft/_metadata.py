"""Stage 5 — metadata: headline, publication date, authors, site name, language.

Structured sources first (JSON-LD, OpenGraph and other meta tags, schema.org
microdata), reconciled with what the page shows (``<h1>``, byline, ``<time>``).
Date strings are parsed with :mod:`datetime` (ISO 8601) and, for everything
else and as a last resort over the whole page, with htmldate.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as _dt
import functools
import itertools
import json
import os
import re
import types
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from lxml import etree

from . import _url
from ._parse import Attributed, attributed_elements, inner_text
from ._state import State

_JSONLD_TYPES = frozenset({"application/ld+json", "application/json+ld"})
# "//body//time" without the descendant-or-self::node() step (see _engine._PAGE_HEADERS).
_TIME = etree.XPath("/descendant::body/descendant::time[@datetime]")
#: Class names of byline elements (case as written: "Author" and "author", not "AUTHORITY").
_BYLINE_CLASS = re.compile(r"[Bb]yline|[Aa]uthor|writer|[Aa]utor|auteur")


def _top_elements(root: etree._Element) -> list[etree._Element]:
    """``root`` and the elements beside it: libxml2 keeps a second ``<html>…</html>`` in the
    page as a sibling of the first, and XPath's ``//`` reads it too."""
    return [root, *root.itersiblings(etree.Element)]


#: Microdata of a review or comment: the ``author`` inside it wrote that, not the page.
_REVIEW = re.compile(r"review|comment|answer", re.IGNORECASE)


def _in_review(el: etree._Element) -> bool:
    """Is ``el`` inside a review's or a comment's microdata (``itemprop="review"``, ``itemtype=".../Review"``)?"""
    return any(
        _REVIEW.search(f"{anc.get('itemprop') or ''} {anc.get('itemtype') or ''}")
        for anc in el.iterancestors()
        if anc.get("itemprop") is not None or anc.get("itemtype") is not None
    )


def _marked_elements(root: etree._Element, found: Attributed) -> tuple[list[etree._Element], list[etree._Element]]:
    """``(itemprop, byline)``: every element with an ``itemprop``, and the ``<body>`` elements
    marked as bylines (``rel``/``itemprop`` author, or a byline-ish class name), in document order.

    ``found.marked`` holds the ``<body>`` elements with a class, id, role, itemprop or rel
    (from :func:`~decruft._parse.attributed_elements`, shared with the rules), so only those
    are read here. Only ``root``'s own ``<body>`` is searched for bylines; ``itemprop`` is
    read everywhere, as ``//*[@itemprop]`` did.
    """
    items: list[etree._Element] = []
    bylines: list[etree._Element] = []
    body = root.find("body")
    if root.get("itemprop") is not None:
        items.append(root)
    for part in (*root.iterchildren(etree.Element), *root.itersiblings(etree.Element)):
        if part is not body:
            items.extend(el for el in part.iter(etree.Element) if el.get("itemprop") is not None)
            continue
        if body.get("itemprop") is not None:
            items.append(body)
        for el, attrs in zip(found.marked, found.marked_names):
            prop = el.get("itemprop") if "itemprop" in attrs else None
            if prop is not None:
                items.append(el)
            cls = el.get("class") if "class" in attrs else None
            # Every _BYLINE_CLASS match holds one of these substrings: "in" tests them at
            # C speed, and the regex (three times slower) then reads only the few hits.
            if (
                cls is not None
                and ("uthor" in cls or "yline" in cls or "utor" in cls or "writer" in cls or "uteur" in cls)
                and _BYLINE_CLASS.search(cls)
            ) or (prop == "author" and not _in_review(el)) or ("rel" in attrs and el.get("rel") == "author"):
                bylines.append(el)
    return items, bylines


_ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting", "scholarlyarticle", "techarticle", "report",
    "socialmediaposting", "posting", "discussionforumposting", "webpage", "medicalwebpage", "itempage", "review",
    "creativework", "videoobject", "recipe", "howto", "event",
}  # fmt: skip
_PREFERRED_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                    "opinionnewsarticle", "liveblogposting", "reviewnewsarticle", "backgroundnewsarticle",
                    "scholarlyarticle", "techarticle", "report"}  # fmt: skip
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|«|/|:)\s+")
#: The separators between a headline and a site or section name printed with it in the ``<h1>``
#: (not "/" or ":", which headlines use themselves: "Können Fische Schmerzen spüren / empfinden?").
_SITE_SEP = r"(?:\||-|–|—|::|·|•|»)"
_SITE_SEPARATORS = re.compile(rf"\s+{_SITE_SEP}\s+")
_BY = re.compile(
    # "Post author By", "Veröffentlicht von(Chris)", "Artikel von:": a label, then by/von...
    r"^(?:(?:(?:post|article|artikel|beitrag|ein beitrag)\s+(?:author\s+)?)?"
    r"(?:written|posted|reported|text|story|words|photos?|veröffentlicht|geschrieben|erstellt|eingestellt|verfasst|publié|publicado)"
    r"\s+(?:by|von|par|por)(?:\s*:\s*|\s+|(?=(?-i:[A-ZÄÖÜÉ])))"
    r"|(?:(?:post|article|artikel|beitrag|ein beitrag)\s+(?:author\s+)?)?(?:by|von|vom|par|por|di|door|de|da|from)(?:\s*:\s*|\s+)"
    r"|(?:autor(?:in)?|author|auteur)\s*:?\s+|(?:text|interview|texto|testo):\s*)",
    re.IGNORECASE,
)
_BYLINE_START = re.compile(r"^(?:by|von|par|por|di|door)\s+\w", re.IGNORECASE)
#: A byline's label standing alone, the name in the element after it: "By", "Von", "Autor:".
_BYLINE_LABEL = re.compile(r"^(?:by|von|par|por|di|door|autor(?:in)?|author|auteur)\s*:?$", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*", re.IGNORECASE)
_NOT_NAME = re.compile(r"[@/0-9+]|https?:|www\.|\.com\b", re.IGNORECASE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


# ---------------------------------------------------------------------------
# Collection (before the cruft rules touch the tree)


def _meta_keys(names: str) -> list[str]:
    """``"dc:title og:title"`` (one tag, several names) as keys: lower case, ``dc.``/``dcterms.`` spelt one way."""
    return [
        key.replace("dc:", "dc.").replace("dcterm:", "dcterms.").replace("dcterms:", "dcterms.")
        for key in names.lower().split()
    ]


def collect(state: State) -> None:
    """Read JSON-LD, meta tags, microdata, ``<title>`` and ``<h1>`` before anything is removed.

    Two walks over the page: lxml's C-level tag filter finds the ``<script>``, ``<meta>``,
    ``<title>`` and ``<h1>`` elements, and one XPath the elements with a class, id, role,
    itemprop or rel, where :func:`_marked_elements` finds the microdata and the bylines.
    """
    root = state.root
    meta: dict[str, Any] = state.meta
    scripts: list[etree._Element] = []
    tags: dict[str, str] = {}
    author_tags: dict[str, list[str]] = {}
    from_property: set[str] = set()
    title_el = None
    h1s: list[etree._Element] = []
    h2s: list[etree._Element] = []
    buttons: list[etree._Element] = []
    for top in _top_elements(root):
        for el in top.iter("script", "meta", "title", "h1", "h2", "button", "input"):
            tag = el.tag
            if tag == "button" or tag == "input":  # read by _pagetype (an add-to-cart button)
                buttons.append(el)
            elif tag == "meta":
                content = (el.get("content") or "").strip()
                if not content:
                    continue
                prop = el.get("property")
                if prop:  # RDFa's attribute, the one Open Graph and Dublin Core specify: it outranks name=
                    for key in _meta_keys(prop):
                        if key not in from_property:
                            tags[key] = content
                            from_property.add(key)
                other = f"{el.get('name') or ''} {el.get('itemprop') or ''}"
                if other != " ":
                    for key in _meta_keys(other):
                        tags.setdefault(key, content)
                        if key in _AUTHOR_TAG_SET:
                            author_tags.setdefault(key, []).append(content)
            elif tag == "script":
                if el.get("type") in _JSONLD_TYPES:
                    scripts.append(el)
            elif tag == "title":
                if title_el is None and top is root:  # the first in root, as root.find(".//title")
                    title_el = el
            elif tag == "h2":
                if len(h2s) < _SUBHEADS_READ:
                    h2s.append(el)
            elif next(el.iterancestors("body"), None) is not None:  # an <h1> inside <body>
                h1s.append(el)
    meta["jsonld"] = list(_jsonld_objects(scripts))
    meta["buttons"] = buttons
    meta["tags"] = tags
    meta["author_tags"] = author_tags
    meta["html_title"] = clean_title(_clean(inner_text(title_el))) if title_el is not None else ""
    meta["crumb_headlines"] = []
    meta["headlines"], meta["banner_headlines"] = _headlines(h1s, meta["crumb_headlines"])
    subheads, banner_subheads = _headlines(h2s)  # kickers left out, as in an <h1>
    meta["subheads"] = [text for text in subheads if text not in banner_subheads]
    attributed = attributed_elements(root.find("body"))
    meta["_attributed"] = attributed  # read again by the rules, unless a site rule changes the page
    itemprop_els, byline_els = _marked_elements(root, attributed)
    items: dict[str, list[str]] = {}
    coauthors: list[str] = []
    first_author = None
    for el in itemprop_els:
        if el.tag == "meta":
            continue
        prop = el.get("itemprop", "").strip()
        value = el.get("datetime") or el.get("content") or _clean(inner_text(el))
        if prop and value:
            items.setdefault(prop, []).append(value)
            if prop == "author" and not _in_review(el):
                if first_author is None:
                    first_author = el
                    coauthors.append(value)
                elif _same_byline(first_author, el):
                    coauthors.append(value)
    meta["itemprops"] = items
    meta["coauthors"] = coauthors
    meta["bylines"] = _byline_candidates(byline_els)
    meta["markup_date"] = _htmldate_markup(state)
    meta["lang"] = root.get("lang") or root.get("xml:lang") or tags.get("og:locale") or tags.get("content-language")


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def _clean(text: str | None) -> str:
    return " ".join((text or "").translate(_INVISIBLE).split())


#: A title longer than this is no title (a ``<title>`` left open swallows the page after it):
#: it is cut at the last word that fits.
TITLE_CHARS = 300
#: Markup in a title's text: the page's own tags, read as text after a ``<title>`` left open.
_SWALLOWED = re.compile(r"<(?:/?(?:head|body|html|title)\b|meta\b|link\b|script\b|style\b|!--)", re.IGNORECASE)


def clean_title(text: str | None) -> str:
    """A title as a title: one line of text (its soft hyphens kept), without the page that an unclosed ``<title>``
    swallowed (cut at the first of its tags), at most :data:`TITLE_CHARS` characters."""
    text = " ".join((text or "").split())
    found = _SWALLOWED.search(text)
    if found is not None:
        text = text[: found.start()].rstrip()
    if len(text) > TITLE_CHARS:
        cut = text[: TITLE_CHARS + 1]
        text = cut.rsplit(" ", 1)[0] if " " in cut else text[:TITLE_CHARS]
    return text


def page_title(state: State) -> str | None:
    """The document's own title as the page wrote it, site name and all: ``<title>``, else
    ``og:title``, the Twitter or Dublin Core title, the JSON-LD headline."""
    tags = state.meta.get("tags", {})
    ld = _main_jsonld(state)
    for found in (
        state.meta.get("html_title", ""),
        tags.get("og:title", ""),
        tags.get("twitter:title", ""),
        tags.get("dc.title", ""),
        tags.get("dcterms.title", ""),
        _text(ld.get("headline")) or _text(ld.get("name")),
    ):
        text = clean_title(found)
        if text:
            return text
    return None


#: The wrappers XHTML-era templates put around a script's JSON: ``<![CDATA[ ... ]]>`` (and its ``//``-commented
#: form) and ``<!-- ... -->``.
_JSONLD_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")


def _jsonld_objects(scripts: list[etree._Element]) -> Iterator[dict[str, Any]]:
    for script in scripts:
        raw = (script.text or "").strip()
        if raw[:1] in ("<", "/"):  # JSON opens with "{" or "[": only a wrapped script needs the regex
            raw = _JSONLD_WRAPPER.sub("", raw).strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except RecursionError:  # nested deeper than the json module goes: no usable metadata
            continue
        except ValueError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
            except (ValueError, RecursionError):
                continue
        if raw.count("{") + raw.count("[") > JSONLD_DEPTH:
            _cut_deep(data, JSONLD_DEPTH)
        yield from _flatten_jsonld(data, 0)


#: JSON-LD containers nested deeper than this are dropped (replaced by None) after parsing,
#: so that no reader of the metadata recurses without end.
JSONLD_DEPTH = 64


def _cut_deep(data: Any, limit: int) -> None:
    """Replace the lists and objects nested more than ``limit`` deep in ``data`` by None (in place,
    without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in list(items):
            if isinstance(value, (dict, list)):
                if depth + 1 >= limit:
                    node[key] = None
                else:
                    stack.append((value, depth + 1))


def _flatten_jsonld(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten_jsonld(item, depth + 1)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _flatten_jsonld(data["@graph"], depth + 1)
        yield data
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict) and "@type" in main:
            yield from _flatten_jsonld(main, depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {str(x).lower() for x in t}
    return set()


def _main_jsonld(state: State) -> dict[str, Any]:
    best: dict[str, Any] = {}
    for obj in state.meta.get("jsonld", ()):
        types = _types(obj)
        if types & _PREFERRED_TYPES:
            return obj
        if types & _ARTICLE_TYPES and not best:
            best = obj
    return best


# ---------------------------------------------------------------------------
# Title


def site_name(state: State) -> str | None:
    tags = state.meta.get("tags", {})
    name = tags.get("og:site_name") or tags.get("application-name") or tags.get("twitter:site", "").lstrip("@")
    if not name:
        publisher = _main_jsonld(state).get("publisher")
        if isinstance(publisher, dict):
            name = _text(publisher.get("name"))
    return _clean(name) or None


def _text(value: Any) -> str:
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or "")
    return ""


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _strip_site(title: str, site: str | None, host: str | None, names: Iterable[str] = ()) -> str:
    """Remove a site-name part ("Headline | Site") from a title. ``names`` are other names of
    the site (the ``<h1>`` of its banner), which only a part equal to them matches."""
    parts = _SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    site_keys = {k for k in (_norm(site or ""), _norm(host or "")) if k}

    def is_site(part: str, name_keys: set[str] | frozenset[str] = frozenset()) -> bool:
        key = _norm(part)
        if not key:
            return True
        return key in name_keys or any(key == k or key in k or (k in key and len(key) - len(k) < 6) for k in site_keys)

    if names and not any(is_site(part) for part in parts):  # the site's known names come first
        name_keys = {_norm(n) for n in names}
        return _strip_site_parts(title, parts, lambda part: is_site(part, name_keys))
    return _strip_site_parts(title, parts, is_site)


def _whole_or_stripped(title: str, page_title: str, site: str | None, host: str | None, names: Iterable[str]) -> str:
    """A structured title with its site part stripped; whole when the page's ``<title>`` is it
    and a site part after it ("Coronalage – worauf wartet die Politik?" in og:title, the same
    "– ACHGUT.COM" in ``<title>``): its own separators are then the headline's."""
    rest = page_title[len(title) :] if title and page_title.startswith(title) else None
    if rest and _SITE_TAIL.match(rest):
        return title
    return _strip_site(title, site, host, names)


#: What follows a headline in ``<title>`` when the rest is the site's name: a separator, then the name or nothing.
_SITE_TAIL = re.compile(r"\s*(?:\||-|–|—|::|·|•|»|«|/|:)(?:\s|$)")


def _strip_site_parts(title: str, parts: list[str], is_site: Callable[[str], bool]) -> str:
    """``title`` without its ``parts`` that name the site, or without the likeliest one."""
    kept = [i for i, part in enumerate(parts) if not is_site(part)]
    if len(kept) == len(parts):
        # No part names the site: the shortest end part is most likely the site name.
        first, last = len(parts[0].split()), len(parts[-1].split())
        if last <= 4 and first >= last:
            kept = kept[:-1]
        elif first <= 3 and last > 4:
            kept = kept[1:]
    if not kept or len(kept) == len(parts):
        return title
    # Rejoin the kept parts, each with the separator that stood before it in the title.
    seps = _SEPARATORS.findall(title)
    out = parts[kept[0]]
    for i in kept[1:]:
        out = f"{out}{seps[i - 1]}{parts[i]}"
    return out.strip()


#: Class names of a kicker (a topic line printed inside the ``<h1>``, above the headline).
_KICKER = re.compile(
    r"kicker|roof-?line|top-?line|top-?title|topic-?label|dachzeile|spitzmarke|overline|over-?title|eyebrow|super-?title|"
    r"pre-?title|pretitle|headline-?(?:intro|label|prefix)|strap-?line|label|rubric|hidden|invisible|sr-only",
    re.IGNORECASE,
)


#: Elements whose text a reader never sees (headlines are read before they are stripped).
_NOT_SHOWN = frozenset({"script", "style", "template", "noscript", "rt", "rp"})


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

#: Class or id of the site's banner: an ``<h1>`` inside it is the site's name, not the story's headline.
_BANNER = re.compile(r"^(?:site[-_]?)?(?:header|masthead|branding|logo|navbar|top-?bar)$", re.IGNORECASE)


#: Class, id or microdata type of a breadcrumb trail: an ``<h1>`` in it repeats the page's name
#: as the trail's last step ("Covid-19: Headline" with its kicker), not the headline as printed.
_BREADCRUMB = re.compile(r"breadcrumb", re.IGNORECASE)


#: Levels up from a heading searched for a breadcrumb trail (a page's class names, "genesis-breadcrumbs-visible", are not it).
BREADCRUMB_LEVELS = 3


def _in_breadcrumb(h: etree._Element) -> bool:
    """True for a heading that is a breadcrumb trail's last step, not the headline as printed."""
    for el in itertools.chain((h,), itertools.islice(h.iterancestors(), BREADCRUMB_LEVELS)):
        if el.tag in ("body", "html"):
            return False
        if _BREADCRUMB.search(f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemtype') or ''}"):
            return True
    return False


def _in_banner(h1: etree._Element) -> bool:
    """True for an ``<h1>`` that names the site, not the story: one in the banner or the navigation,
    one classed as a kicker or strapline, one whose link goes to the home page."""
    if _KICKER.search(h1.get("class") or ""):
        return True
    for el in itertools.chain((h1,), h1.iterancestors()):
        if el.tag == "nav":
            return True
        names = f"{el.get('class') or ''} {el.get('id') or ''}".split()
        if any(_BANNER.match(name) for name in names):
            return True
    for a in h1.iter("a"):
        href = (a.get("href") or "").strip()
        parts = _url.split(href) if href and href[0] not in "#?" else None
        if parts is not None and parts.path in ("", "/"):
            return True
    return False


#: The ``<h2>`` headings read for the title: a blog or small site prints the post's title in the
#: first few (its ``<h1>``, if any, is the site's name), after the menus' own.
_SUBHEADS_READ = 32
#: Of them, the first few are matched against a title's parts ("Blog name | Post title").
_SUBHEADS_PARTS = 8


def _headlines(h1s: list[etree._Element], crumbs: list[str] | None = None) -> tuple[list[str], list[str]]:
    """The ``<h1>`` texts without their kicker ("Corona-Pandemie", "Ernährung sichern"), and
    those of them that name the site (:func:`_in_banner`); one that is a breadcrumb trail's last
    step goes to ``crumbs`` instead (read only where nothing else names the story). A ``<small>`` or kicker-classed
    element inside the heading names the topic, not the story, and a ``<style>`` or
    ``<script>`` inside it is not text at all. Read by :func:`collect`, before any rule runs."""
    headlines: list[str] = []
    banner: list[str] = []
    for h in h1s:
        if _in_breadcrumb(h):
            if crumbs is not None and (crumb := _clean(inner_text(h)).strip(" ¶#§")):
                crumbs.append(crumb)
            continue
        whole = _clean(inner_text(h)).strip(" ¶#§")
        proper = _headline_proper(h, len(whole))
        parts: list[str] = []
        if proper:
            whole = proper
        elif _walk_headline(h, parts, len(whole)):
            text = _clean("".join(parts)).strip(" ¶#§-–—|:")
            whole = text or whole
        if whole:
            headlines.append(whole)
            if _in_banner(h):
                banner.append(whole)
    return headlines, banner


#: A class name of the headline proper inside an ``<h1>`` that also prints a kicker
#: (``<span class="kicker">…</span><span class="headline">…</span>``, ``article__title``).
_HEADLINE_PROPER = re.compile(r"(?:^|[-_])(?:headline|title)(?:[-_]?text)?$")


def _headline_proper(h: etree._Element, whole: int) -> str:
    """The text of the child of ``h`` classed as the headline, when something else stands beside it."""
    for child in h:
        cls = child.get("class") if isinstance(child.tag, str) else None
        if cls and not _KICKER.search(cls) and any(
            _HEADLINE_PROPER.search(token) and not token.startswith("sub") for token in cls.lower().split()
        ):
            text = _clean(inner_text(child))
            if len(text) < whole and _words(text) >= 2:
                return text
    return ""


def _walk_headline(node: etree._Element, parts: list[str], whole: int) -> bool:
    """Collect ``node``'s text into ``parts``, leaving kickers out; True when one was left out."""
    found = False
    if node.text:
        parts.append(node.text)
    for child in node:
        if isinstance(child.tag, str):
            if child.tag in _NOT_SHOWN:  # a <style> some CSS-in-JS frameworks put inside the heading
                found = True
            elif (child.tag == "small" or _KICKER.search(child.get("class") or "")) and len(
                _clean(inner_text(child))
            ) < whole:
                found = True
                parts.append(" ")
            else:
                if child.tag == "br":
                    parts.append(" ")
                found = _walk_headline(child, parts, whole) or found
        if child.tail:
            parts.append(child.tail)
    return found


def _words(text: str) -> int:
    """Words in ``text``; a run of CJK characters counts one word per two characters."""
    return len(text.split()) + len(_CJK.findall(text)) // 2


def title(state: State) -> str | None:
    """The headline: structured titles checked against the visible ``<h1>``.

    On an archive page carrying several posts, the first post's title.
    """
    meta = state.meta
    if meta.get("first_post_title"):
        return str(meta["first_post_title"])
    tags = meta.get("tags", {})
    ld = _main_jsonld(state)
    site = site_name(state)
    host = _url.hostname(state.url)
    if host and host.startswith("www."):
        host = host[4:]
    host_name = host.split(".")[0] if host else None
    structured = [
        _text(ld.get("headline")) or _text(ld.get("name")),
        tags.get("dc.title", ""),
        tags.get("dcterms.title", ""),
        tags.get("og:title", ""),
        tags.get("weibo:article:title", ""),
        tags.get("twitter:title", ""),
        tags.get("parsely-title", ""),
        (meta.get("itemprops", {}).get("headline") or [""])[0],
    ]
    # The itemprop headline is a visible element's own text, not a title the site wrote apart.
    written = [t for t in structured[:-1] if t]
    raw_keys = {_norm(t) for t in structured if t}
    raw_title = meta.get("html_title", "")
    # An <h1> in the banner is the site's name, the part "Post | Blog name" leaves out; unless
    # a title, its site part stripped, is that <h1>: then it is the headline, set in the banner.
    banner = meta.get("banner_headlines", [])
    if banner:
        plain = {_norm(_strip_site(_clean(t), site, host_name)) for t in (*structured, raw_title) if t}
        names = [b for b in banner if _norm(b) not in plain]
    else:
        names = []
    structured = [_whole_or_stripped(_clean(t), raw_title, site, host_name, names) for t in structured if t]
    html_title = _strip_site(raw_title, site, host_name, names) if raw_title else ""
    h1s = [h for h in meta.get("headlines", []) if len(h) > 3]
    known = [t for t in structured + [html_title] if t]
    known_keys = [_norm(t) for t in known]
    # A visible h1 that agrees with the structured or <title> headline is the headline: one that
    # equals it first (the blog's name in an h1 is also part of "Post | Blog name"), then one that
    # contains it or is contained in it.
    h1_keys = [_norm(h) for h in h1s]
    for k in known_keys:  # in the order of trust: structured titles before <title>
        if k in h1_keys:
            return h1s[h1_keys.index(k)]
    for h, key in zip(h1s, h1_keys):
        if h in banner and any(key in k for k in known_keys):
            continue  # the site's name, kept in a title the site part of which was not found
        if len(key) > 15 and any(key in k or k in key for k in known_keys):
            # "Headline | Site" or "Section | Headline" printed in the h1, the headline alone in a
            # structured field: the part that is the title.
            for part in _SITE_SEPARATORS.split(h):
                if _norm(part) in raw_keys and len(part) > 15:
                    return part.strip()
            # A title that ends the h1: what stands before it is a kicker the markup does not mark.
            for t, k in zip(known, known_keys):
                if k != key and len(k) > 15 and key.endswith(" " + k) and (k in raw_keys or k == _norm(raw_title)):
                    return t
            return h
    # No h1 agrees with them. The one visible headline outside the site's banner is still the
    # story's: structured titles are often an SEO variant of it ("Wie pflege ich meine Zaubernuss
    # im Winter?" shown, "Zaubernuss im Winter » Wann blüht die Hamamelis?" in og:title).
    shown = list(dict.fromkeys(h for h in h1s if h not in banner))  # the same h1 twice: one headline
    # A visible <h2> that a title holds whole ("Covid-19: Headline" in og:title, the <h2>
    # "Headline" after its kicker): the headline, where no <h1> prints it.
    held = [
        h for h in meta.get("subheads", ())
        if _words(h) >= 2 and len(key := _norm(h)) > 15 and any(key in k for k in known_keys)
    ]  # fmt: skip
    if len(shown) == 1 and _words(shown[0]) >= 4:
        return shown[0]
    # A heading printing nearly the words of a title ("Wellaflex – Schnell aufgefrischtes Haar ...",
    # "Schnell aufgefrischtes Haar ... mit dem neuen Wellaflex ..." in <title>): the headline as printed.
    reworded = [h for h in shown or meta.get("subheads", ())[:_SUBHEADS_PARTS] if _rewords(h, known_keys)]
    if reworded:
        return reworded[0]
    if len(shown) == 1 and any((key := _norm(shown[0])) in k for k in known_keys):
        # A short one too when a title holds it ("Truckwash A31" in "Truckwash A31 | Site"); not a
        # section's name ("Literatur") when the title also holds a longer <h2>, the story's.
        longer = [h for h in held if len(_norm(h)) > len(key) and key not in _norm(h)]
        return longer[0] if longer else shown[0]
    # No <h1> names the story (a blog whose <h1> is its name, or none at all): the part of a
    # title that a visible <h2> prints ("Blog name | Post title", the post's <h2> "Post title").
    subheads = {_norm(h) for h in meta.get("subheads", ())[:_SUBHEADS_PARTS] if _words(h) >= 2}
    if subheads:
        for t in (*written, raw_title):
            for part in _SITE_SEPARATORS.split(_clean(t)) if t else ():
                if _norm(part) in subheads:
                    return part.strip()
    # ...and a title that ends with it ("Covid-19: Headline"): the story's, where no <h1> prints it.
    ending = [h for h in held if not h.endswith(":") and any(k.endswith(" " + _norm(h)) for k in known_keys)]
    if not shown and ending:
        return ending[0]
    if not shown:  # the trail's last step, where a title holds it: the page's name as the page prints it
        for crumb in meta.get("crumb_headlines", ()):
            if len(key := _norm(crumb)) > 3 and any(key in k for k in known_keys):
                return crumb
    found = structured[0] if structured else html_title
    if not found or _names_site(found, raw_title, site, host_name, banner):
        # What the fields give names the site, not the story ("ICON Magazine", "Rail Enquiries -"):
        # the first heading the article prints is its headline.
        heading = shown[0] if len(shown) == 1 else _first_heading(state.main)
        if heading:
            return heading
    return found or (h1s[0] if h1s else None)


#: Share of the smaller word set a reworded title holds, and of the larger one.
REWORDED_SMALL, REWORDED_LARGE = 0.8, 0.6


def _rewords(heading: str, keys: list[str]) -> bool:
    """Does ``heading`` (four words or more) print nearly the words of one of the titles ``keys``,
    reworded (not the title with more words around it: "Headline 524", its comment count)?"""
    norm = _norm(heading)
    words = set(norm.split())
    if len(words) < 4:
        return False
    for key in keys:
        if key in norm or norm in key:
            continue
        other = set(key.split())
        small, large = sorted((len(words), len(other)))
        common = len(words & other)
        if small and common >= REWORDED_SMALL * small and common >= REWORDED_LARGE * large:
            return True
    return False


def _names_site(found: str, raw_title: str, site: str | None, host: str | None, banner: list[str]) -> bool:
    """True when a title candidate is the site's name: og:site_name, the host, the banner's
    ``<h1>``, or a ``<title>`` whose page part is empty ("Site name -")."""
    key = _norm(found)
    if not key:
        return True
    if key in {_norm(site or ""), _norm(host or "")} or key in {_norm(b) for b in banner}:
        return True
    # The host spelled out: "Anwalt Niemeyer" on anwaltniemeyer.de.
    compact = re.sub(r"[\W_]+", "", (host or "").lower())
    words = key.split()
    if compact and len(words) <= 5 and all(len(w) >= 3 and w in compact for w in words):
        return True
    return bool(raw_title) and _norm(raw_title) == key and _DANGLING.search(raw_title) is not None


#: A ``<title>`` that starts or ends with a separator: the page's own part is missing.
_DANGLING = re.compile(rf"^\s*{_SITE_SEP}\s|\s{_SITE_SEP}\s*$")


def _first_heading(main: etree._Element | None) -> str:
    """The text of the first ``<h1>``–``<h3>`` of the chosen article element, or of its parent or
    grandparent when it has none (the headline stands just above the body it was chosen for)."""
    scope = main
    for _ in range(3):
        if scope is None or scope.tag in ("body", "html"):
            break
        for h in scope.iter("h1", "h2", "h3"):
            text = _clean(inner_text(h))
            if text:
                return text if _words(text) <= 25 else ""
        scope = scope.getparent()
    return ""


# ---------------------------------------------------------------------------
# Dates


def parse_date(value: str | None) -> _dt.date | None:
    """Parse a date string: ISO 8601 first, then htmldate's parser."""
    if not value:
        return None
    value = value.strip()
    m = _ISO_DATE.search(value[:40])
    if m:
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    return _htmldate_string(value)


def _htmldate_string(value: str) -> _dt.date | None:
    try:
        from htmldate.extractors import try_date_expr  # type: ignore[import-untyped]
        from htmldate.settings import MIN_DATE  # type: ignore[import-untyped]
        from htmldate.validators import Extractor  # type: ignore[import-untyped]

        options = Extractor(False, _dt.datetime.now() + _dt.timedelta(days=1), MIN_DATE, True, "%Y-%m-%d")
        found = try_date_expr(value, options.format, options.extensive, options.min, options.max)
    except Exception:  # htmldate's internals differ between versions: any failure means "no date"
        return None
    return _iso(found)


def _iso(found: str | None) -> _dt.date | None:
    if not found:
        return None
    m = _ISO_DATE.match(found)
    if not m:
        return None
    try:
        return _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


_PUBLISHED_TAGS = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.date",
    "dcterms.created", "dc.date.created", "sailthru.date", "parsely-pub-date", "article.published",
    "article_date_original", "cxenseparse:recs:publishtime", "originalpublicationdate", "date_published",
    "article.created", "created", "dcterms.issued", "citation_publication_date", "bt:pubdate", "release_date",
)  # fmt: skip
_MODIFIED_TAGS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
                  "lastmod", "article.updated", "dc.date.modified")  # fmt: skip


def _only_modified(found: _dt.date, tags: dict[str, str], ld: dict[str, Any], items: dict[str, list[str]]) -> bool:
    """Is ``found`` the page's update time and nothing else: an update tag names that day and
    no publication field is there to say it is also the publication day."""
    if any(tags.get(k) for k in _PUBLISHED_TAGS) or ld.get("datePublished") or ld.get("dateCreated"):
        return False
    if items.get("datePublished") or items.get("dateCreated"):
        return False
    return any(parse_date(tags.get(k)) == found for k in _MODIFIED_TAGS) or parse_date(_text(ld.get("dateModified"))) == found


def dates(state: State) -> tuple[_dt.date | None, _dt.date | None]:
    """``(published, modified)`` from structured data, visible ``<time>``, then htmldate."""
    meta = state.meta
    tags = meta.get("tags", {})
    ld = _main_jsonld(state)
    items = meta.get("itemprops", {})
    # htmldate's reading of the markup first, then the page's own structured fields, a visible
    # <time> or dateline; htmldate's text search (a second parse of the page) only after them.
    markup = state.meta.get("markup_date")
    if markup is not None and _only_modified(markup, tags, ld, items):
        markup = None  # htmldate fell back on an update time: the page's other dates come first
    published = (
        markup
        or parse_date(_text(ld.get("datePublished")) or _text(ld.get("dateCreated")))
        or next((d for d in (parse_date(tags.get(k)) for k in _PUBLISHED_TAGS) if d), None)
        or parse_date((items.get("datePublished") or [""])[0])
        or _visible_time(state)
        or _dateline(state)
        or _printed_dateline(state)
        or _htmldate_quick(state)
    )
    modified = (
        parse_date(_text(ld.get("dateModified")))
        or next((d for d in (parse_date(tags.get(k)) for k in _MODIFIED_TAGS) if d), None)
        or parse_date((items.get("dateModified") or [""])[0])
    )
    if published is None:
        published = _htmldate(state)
    else:
        published = _local_day(state, published, tags, ld)
        printed = _printed_dateline(state)
        if printed is not None and printed != published and abs((printed - published).days) <= PRINTED_WITHIN_DAYS:
            # The day the page prints under its headline beats a field's near day: a CMS's
            # creation or import time, another time zone. A far one is some other day.
            published = printed
    if published is not None and modified is not None and modified < published:
        modified = None
    return published, modified


_DIGITS = re.compile(r"\d")
#: A date printed under the headline this close to the structured one is the publication day.
PRINTED_WITHIN_DAYS = 60
#: A publication time in UTC: "2020-02-25T02:25:54Z", "...+00:00".
_UTC_STAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$")
#: A whole date in a URL's path: /2020/02/24/, /2020-02-24/.
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)")
#: A UTC time before this hour can be the day before where the site is (the Americas); one at or
#: after this other hour the day after (Europe, Asia).
UTC_EARLY_HOUR = 8
UTC_LATE_HOUR = 14


def _local_day(state: State, published: _dt.date, tags: dict[str, str], ld: dict[str, Any]) -> _dt.date:
    """The site's own day for a publication time the page gives in UTC: a UTC time of
    02:25 on 25 February is the evening of the 24th in New York, the day its URL
    (``/2020/02/24/``) or the dateline under its headline prints. Only a day next to the
    UTC day, and on the side that the UTC hour allows, is taken."""
    hour = None
    for raw in (_text(ld.get("datePublished")), *(tags.get(k, "") for k in _PUBLISHED_TAGS)):
        m = _UTC_STAMP.match(raw.strip()) if raw else None
        if m is not None and _make_date(int(m[1]), int(m[2]), int(m[3])) == _dt.datetime.combine(published, _dt.time()):
            hour = int(m[4])
            break
    if hour is None or UTC_EARLY_HOUR <= hour < UTC_LATE_HOUR:
        return published
    wanted = published + _dt.timedelta(days=-1 if hour < UTC_EARLY_HOUR else 1)
    parts = _url.split(state.url) if state.url else None
    m = _URL_DATE.search(parts.path) if parts is not None else None
    if m is not None:
        found = _make_date(int(m[1]), int(m[2]), int(m[3]))
        return wanted if found is not None and found.date() == wanted else published
    return wanted if _printed_dateline(state) == wanted else published


def _dateline(state: State) -> _dt.date | None:
    """A visible "Posted 3 March 2015" line that the ``stubs`` rule took out of the body."""
    for removal in state.removed:
        if removal.rule == "stubs" and _DIGITS.search(removal.text) and not _MODIFIED_WORDS.search(removal.text):
            found = parse_date(removal.text)
            if found is not None:
                return found
    return None


#: Text pieces read after the headline for a dateline, and the prose paragraphs (pieces
#: longer than a dateline) read before the search gives up.
DATELINE_PIECES = 15
DATELINE_PROSE = 2
#: A dateline on an HTML page has at most this many words ("By Jane Roe on Monday 12th
#: November 2012 3:16 pm in Gaming"); a longer line is a sentence or a caption.
DATELINE_WORDS = 12


def _in_caption(el: etree._Element) -> bool:
    """Is ``el`` part of a picture's ``<figure>`` or ``<figcaption>``?"""
    return any(anc.tag in ("figure", "figcaption") for anc in itertools.chain((el,), itertools.islice(el.iterancestors(), 4)))


def _printed_dateline(state: State) -> _dt.date | None:
    """:func:`_read_printed_dateline`, read once per page."""
    if "_printed_date" not in state.meta:
        state.meta["_printed_date"] = _read_printed_dateline(state)
    found: _dt.date | None = state.meta["_printed_date"]
    return found


def _read_printed_dateline(state: State) -> _dt.date | None:
    """A date printed under the headline in plain markup, with no metadata to mark it
    (``<span class="date">13 JUN 2017</span>``): the text after the headline's element,
    up to the body's first paragraphs, read line by line as a text scrape's dateline is
    (:func:`read_dateline`), in the page as parsed (the rules may have taken the line out)."""
    with contextlib.closing(_lines_under_headline(state, DATELINE_CHARS)) as lines:
        pieces = 0
        for line, owner in lines:
            words = len(line.split())
            if words > DATELINE_WORDS or (words > 6 and line.endswith((".", "!", "?", ")"))) or _in_caption(owner):
                continue  # a caption's or a sentence's date is the day of what it tells
            if line.startswith(("«", "»", "‹", "›", "<", ">", "←", "→")):
                continue  # a link to the previous or next post
            found = read_dateline(line)
            if found is not None:
                return found
            pieces += 1
            if pieces >= DATELINE_PIECES:
                return None
    return None


def _lines_under_headline(state: State, max_chars: int) -> Iterator[tuple[str, etree._Element]]:
    """``(line, owner)`` for each short text (at most ``max_chars``) after the headline's
    element, in the page as parsed (the rules may have taken the line out); it ends at the
    ``DATELINE_PROSE``-th longer text (the body has begun). Close it (``contextlib.closing``)
    when leaving early: the removed elements are back in the tree while it runs."""
    with state.restored() as root:
        heading = _headline_element(root, state.meta.get("headline"))
        if heading is None:
            return
        prose = 0
        for text, owner in _text_after(heading):
            line = _short_text(owner, max_chars)
            line = _clean(line) if line is not None else _clean(text)
            if len(line) <= max_chars:
                yield line, owner
                continue
            prose += 1
            if prose >= DATELINE_PROSE:
                return


def _headline_element(root: etree._Element, headline: str | None) -> etree._Element | None:
    """The ``<h1>``–``<h3>`` that prints ``headline``, else the page's first ``<h1>``."""
    body = root.find("body")
    if body is None:
        return None
    key = _norm(headline or "")
    first = None
    for el in body.iter("h1", "h2", "h3"):
        text = _norm(inner_text(el))
        if key and text and (text == key or (len(text) > 15 and (text in key or key in text))):
            return el
        if first is None and el.tag == "h1":
            first = el
    return first


#: Text pieces read after the headline for a byline, and the lines of at most this length read.
BYLINE_PIECES = 15
BYLINE_CHARS = 120


def _printed_byline(state: State) -> list[str]:
    """The names of a byline printed under the headline without a telling class name ("Text:
    Jane Roe", "---- by Jane Roe", "ByJane Roe"), read as a text scrape's byline is, in the
    page as parsed; nothing after the body's first paragraphs."""
    from .textmode import byline_names as _byline_names

    with contextlib.closing(_lines_under_headline(state, BYLINE_CHARS)) as lines:
        pieces = 0
        for line, owner in lines:
            names = _byline_names(line)
            if names and owner.find("br") is not None:
                # "Von Jane Roe<br>Kakuma /Kenia": the byline is its own line, not the place after it.
                names = next(filter(None, map(_byline_names, _br_lines(owner))), names)
            if names:
                return names
            pieces += 1
            if pieces >= BYLINE_PIECES:
                return []
    return []


def _br_lines(el: etree._Element, sep: str = "") -> Iterator[str]:
    """The lines of ``el``'s text that its ``<br>`` children separate (pieces joined with ``sep``)."""
    line = [el.text or ""]
    for child in el:
        if child.tag == "br":
            yield _clean(sep.join(line))
            line = []
        elif isinstance(child.tag, str):
            line.append(inner_text(child))
        line.append(child.tail or "")
    yield _clean(sep.join(line))


def _text_after(el: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """``(text, owner)`` of each non-blank text node after ``el`` in the page (not inside it), in
    document order, ``owner`` being the element whose text it is part of."""
    for anc in (el, *el.iterancestors()):
        if anc.tag in ("body", "html"):
            return
        parent = anc.getparent()
        if anc.tail and anc.tail.strip() and parent is not None:
            yield anc.tail, parent
        for sib in anc.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            for child in sib.iter(etree.Element):
                if child.tag in _NOT_SHOWN:
                    continue
                if child.text and child.text.strip():
                    yield child.text, child
                if child is not sib and child.tail and child.tail.strip():
                    yield child.tail, child.getparent()
            if sib.tail and sib.tail.strip() and parent is not None:
                yield sib.tail, parent


_MODIFIED_WORDS = re.compile(r"updat|aktualisiert|mis à jour|actualiz|atualiz|aggiornat|bijgewerkt|modifi", re.IGNORECASE)
#: A dateline (a line printing the publication day) is at most this long.
DATELINE_CHARS = 160
#: A whole date in numbers alone, in the orders that need no language: 2017-03-09 and 9.3.2017.
_NUMERIC_DATE = re.compile(r"(?<!\d)(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}))(?!\d)")


def read_dateline(line: str) -> _dt.date | None:
    """The day a short line printed under a headline gives ("March 9, 2017", "13 JUN 2017",
    "Oct 18, 2019 · 8 min read", "Par X — 24 novembre 2017 à 18:42"), or None. Of "Dec. 6,
    2024 / Updated Dec. 7, 2024" only the part before the update counts. Read in text scrapes
    and on HTML pages alike."""
    text = _MODIFIED_WORDS.split(line, maxsplit=1)[0]
    if len(line) > DATELINE_CHARS or not _YEAR.search(text):
        return None
    # Numbers alone only in the orders that need no language: 2017-03-09 and 9.3.2017 (a
    # scrape names none, and 3/9/2017 is March in one country and September in the next).
    numeric = _NUMERIC_DATE.search(text)
    if numeric is not None:
        ymd = numeric.group(1, 2, 3) if numeric[1] else numeric.group(6, 5, 4)
        try:
            return _plausible(_dt.date(*map(int, ymd)))
        except ValueError:
            return None
    found = read_month_date(text, _script_languages(text) or ("en",), numeric=False)
    return _plausible(found.date()) if found is not None else None


#: The first year a page's publication day can be in (htmldate's lower bound).
EARLIEST_YEAR = 1995


def _plausible(day: _dt.date) -> _dt.date | None:
    """``day`` if a web page can have been published on it: not before :data:`EARLIEST_YEAR`
    ("Munich, August 26, 1972" in a caption), not after tomorrow."""
    if day.year < EARLIEST_YEAR or day > _dt.date.today() + _dt.timedelta(days=1):
        return None
    return day


def _visible_time(state: State) -> _dt.date | None:
    for el in _TIME(state.root):
        attrs = f"{el.get('class') or ''} {el.get('itemprop') or ''} {el.get('pubdate') or ''}".lower()
        if "modif" in attrs or "updat" in attrs:
            continue
        found = parse_date(el.get("datetime"))
        if found is not None:
            return found
    return None


#: Serialised HTML around the article that the extensive date search reads.
AROUND_ARTICLE_CHARS = 60_000


def _around_article(state: State) -> str:
    """The article's parent (or the article alone when that is too big) as an HTML page."""
    main = state.main
    if main is None:
        return etree.tostring(state.root, encoding="unicode")
    parent = main.getparent()
    for el in (parent, main):
        if el is None or el.tag in ("html", "body"):
            continue
        text = etree.tostring(el, encoding="unicode")
        if len(text) <= AROUND_ARTICLE_CHARS or el is main:
            return f"<html><body>{text}</body></html>"
    return etree.tostring(state.root, encoding="unicode")


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
        from htmldate import find_date  # type: ignore[import-untyped]

        return find_date(page, extensive_search=True, original_date=True, deferred_url_extractor=True)  # type: ignore[no-any-return]
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
    """htmldate's search steps, imported by name once; None when its internals have moved
    (the callers then run its public ``find_date``)."""
    try:
        from htmldate import core, extractors, utils  # type: ignore[import-untyped]

        names = {
            core: ("CLEANING_LIST", "MAX_SEGMENT_LEN", "MIN_SEGMENT_LEN", "TIMESTAMP_LOOSE_PATTERN",
                   "TIMESTAMP_PATTERN", "check_extracted_reference", "compare_reference", "date_candidates",
                   "examine_abbr_elements", "examine_text", "examine_time_elements", "has_plausible_candidates",
                   "serialize"),
            extractors: ("FREE_TEXT_EXPRESSIONS", "discard_unwanted", "idiosyncrasies_search", "img_search",
                         "pattern_search"),
            utils: ("clean_html", "load_html"),
        }  # fmt: skip
        return types.SimpleNamespace(**{n: getattr(module, n) for module, ns in names.items() for n in ns})
    except (ImportError, AttributeError):
        return None


def _examine_elements(steps: Any, elements: list[etree._Element], options: Any) -> str | None:
    """htmldate's ``examine_elements``, which reads lxml.html's ``text_content()``; ``itertext()``
    gives the same text and works on decruft's plain lxml tree too."""
    if steps.has_plausible_candidates(elements):
        for el in elements:
            for text in ("".join(el.itertext()), el.get("title", "")):
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
    return (
        steps.pattern_search(markup, steps.TIMESTAMP_PATTERN, options)
        or steps.img_search(tree, options)
        or steps.idiosyncrasies_search(markup, options)
    )


def _says_new_year(source: str, year: str) -> bool:
    """Does the page really mention 1 January of ``year`` (not just the year)?"""
    return any(
        form in source
        for form in (f"{year}-01-01", f"01.01.{year}", f"1.1.{year}", f"01/01/{year}", f"1 January {year}", f"January 1, {year}")
    )


def _htmldate_options(extensive: bool) -> Any:
    from htmldate.utils import Extractor  # type: ignore[import-untyped]
    from htmldate.validators import get_max_date, get_min_date  # type: ignore[import-untyped]

    return Extractor(extensive, get_max_date(None), get_min_date(None), True, "%Y-%m-%d")


def _htmldate_markup(state: State) -> _dt.date | None:
    """The first steps of htmldate's quick pass, run on our own tree before any rule touches it:
    ``<meta>`` tags, JSON-LD dates, then a date in the URL (or canonical link). htmldate's
    reading of time zones and of competing fields beats a simple field order, and on our tree
    it costs no second parse (these steps only read the tree)."""
    try:
        from htmldate.core import examine_header  # type: ignore[import-untyped]
        from htmldate.extractors import extract_url_date, json_search  # type: ignore[import-untyped]

        options = _htmldate_options(False)
        root = state.root
        url = state.url
        if url is None:
            link = root.find('.//link[@rel="canonical"]')
            url = link.get("href") if link is not None else None
        found = examine_header(root, options) or json_search(root, options) or extract_url_date(url, options)
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
    source = _root_markup(state.meta.get("html_text") or "")
    options = _htmldate_options(False)
    try:
        with state.restored() as root:
            found = (
                _abbr_date(steps, root, options)
                or _element_date(steps, root, options)
                or _markup_date(steps, root, source, options)
                or steps.pattern_search(" ".join(root.itertext()), steps.TIMESTAMP_LOOSE_PATTERN, options)
            )
    except Exception:  # htmldate raises on odd input; the other sources still get their turn
        return None
    return _iso(found)


_HTML_START = re.compile(r"<html[\s>]", re.IGNORECASE)


def _root_markup(source: str) -> str:
    """The page's markup from ``<html>`` to ``</html>``, which htmldate's patterns read: a
    comment outside it is a cache or build stamp ("Cached page generated ... on 2018-05-02"),
    not the publication date. Scripts stay in, as in htmldate's own pass."""
    start = _HTML_START.search(source)
    tail = source[-4096:].lower()  # the end tag is near the end: no lower-cased copy of the page
    end = tail.rfind("</html")
    end = len(source) - len(tail) + end if end >= 0 else source.lower().rfind("</html")
    return source[start.start() if start else 0 : end if end > 0 else len(source)]


def _htmldate_find_date(state: State) -> _dt.date | None:
    """htmldate's public quick pass on the original page (a second parse)."""
    try:
        from htmldate import find_date  # type: ignore[import-untyped]

        source = state.meta.get("html_text") or etree.tostring(state.root, encoding="unicode")
        found = find_date(source, extensive_search=False, original_date=True, url=state.url, deferred_url_extractor=True)
    except Exception:  # htmldate raises on odd input; the other sources still get their turn
        return None
    return _iso(found)


def _htmldate(state: State) -> _dt.date | None:
    """htmldate's extensive search, which reads every date-like string: around the article
    first, then the whole page as the rules left it. It runs only when nothing else found a date."""
    _install_dateparser_hook()
    token = _DATE_LANGUAGES.set(_date_languages(language(state)))
    try:
        source = state.meta.get("html_text") or ""
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


_OUTSIDE: tuple[str, ...] = ()
#: The languages whose month names decruft's date search reads: the page's, or None
#: when the page does not say (then the string's script decides); ``_OUTSIDE`` elsewhere.
_DATE_LANGUAGES: contextvars.ContextVar[tuple[str, ...] | None] = contextvars.ContextVar(
    "decruft_date_languages", default=_OUTSIDE
)
#: Languages to try for a date string on a page that names no language, by the string's script.
_SCRIPT_LANGUAGES = (
    (re.compile(r"[\u0400-\u04ff]"), ("ru", "uk", "bg", "sr", "mk", "be", "kk")),
    (re.compile(r"[\u0370-\u03ff]"), ("el",)),
    (re.compile(r"[\u3040-\u30ff]"), ("ja",)),
    (re.compile(r"[\uac00-\ud7af]"), ("ko",)),
    (re.compile(r"[\u4e00-\u9fff]"), ("zh", "ja")),
    (re.compile(r"[\u0600-\u06ff]"), ("ar", "fa", "ur")),
    (re.compile(r"[\u0590-\u05ff]"), ("he",)),
    (re.compile(r"[\u0e00-\u0e7f]"), ("th",)),
    (re.compile(r"[\u0900-\u097f]"), ("hi",)),
    # Latin letters, with the punctuation of any script (CJK and fullwidth forms: "01/17 Terry：").
    (re.compile(r"^[\x00-\u024f\u1e00-\u1eff\u2000-\u206f\u3000-\u303f\uff00-\uff64]*$"), (
        "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sv", "da", "nb", "fi",
        "ro", "hu", "tr", "hr", "sl", "ca", "id",
    )),
)  # fmt: skip


def _script_languages(string: str) -> tuple[str, ...] | None:
    for pattern, languages in _SCRIPT_LANGUAGES:
        if pattern.search(string):
            return languages
    return None  # another script: every locale dateparser knows


def _date_languages(lang: str | None) -> tuple[str, ...] | None:
    """The page's language and English (dates and bylines in English are common everywhere)."""
    if not lang or len(lang) > 8 or not lang.isalpha():  # a language subtag has at most 8 letters
        return None
    return (lang,) if lang == "en" else (lang, "en")


#: A 4-digit number standing alone: the year every date read_month_date reads holds.
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
#: Words and numbers of a date string; a 4-digit number is a year, up to 2 digits a day.
_DATE_TOKENS = re.compile(r"\d+|[^\W\d_]+")
#: An English ordinal's ending after a day: "12th November" is the 12th.
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b")
#: Year-month-day written with CJK unit signs: 2016年10月14日, 2016년 10월 14일.
_CJK_DATE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")  # fmt: skip


@functools.lru_cache(maxsize=64)
def _translation_info(lang: str) -> dict[str, Any]:
    """dateparser's translation table for ``lang`` (plain data: nothing to compile), or {}.

    The table is a module of one dict, ``info = {...}``. It is run from its file on its own:
    importing it by name would import the ``dateparser`` package first, about 250 modules (a
    tenth of a second and several MB), of which nothing else is used here. Run from its
    file, it still reads the bytecode Python cached for it.
    """
    import importlib.util

    try:
        spec = importlib.util.find_spec("dateparser")  # a top-level package: found, not imported
        if spec is None or not spec.submodule_search_locations or not lang.isalnum():
            return {}
        folder = os.path.join(next(iter(spec.submodule_search_locations)), "data", "date_translation_data")
        path = os.path.join(folder, f"{lang}.py")
        if not os.path.isfile(path):
            return {}
        table = importlib.util.spec_from_file_location(f"_decruft_date_translation_{lang}", path)
        if table is None or table.loader is None:
            return {}
        module = importlib.util.module_from_spec(table)
        table.loader.exec_module(module)
        info = getattr(module, "info", None)
    except Exception:  # a table that cannot be read is no table: the month names stay unknown
        return {}
    return dict(info) if isinstance(info, dict) else {}


@functools.lru_cache(maxsize=64)
def _month_words(languages: tuple[str, ...]) -> dict[str, int]:
    """Month names and abbreviations of ``languages`` (casefolded, ending dots dropped) ->
    month number, from dateparser's translation tables."""
    words: dict[str, int] = {}
    for lang in languages:
        info = _translation_info(lang)
        for number, key in enumerate(_MONTH_KEYS, 1):
            for word in info.get(key, ()):
                words.setdefault(word.casefold().rstrip("."), number)
    return words


def read_month_date(string: str, languages: tuple[str, ...], *, numeric: bool = True) -> _dt.datetime | None:
    """A date written with a month name in one of ``languages`` ("21 Abril 2022",
    "April 21, 2022", "15 августа 2016, 13:43", "21. März 2022") or with CJK unit signs.

    The strings htmldate cannot read itself; day, month and year must all be there. With
    ``numeric``, three numbers in a row are read too (see :func:`_numeric_date`).
    dateparser would read them too, but it compiles each locale's expressions on first
    use (about 0.2 s per language), which costs more than the rest of a page's
    extraction; the month names are all that these strings need from it.
    """
    cjk = _CJK_DATE.search(string)
    if cjk:
        return _make_date(int(cjk[1]), int(cjk[2]), int(cjk[3]))
    months = _month_words(languages)
    tokens = _DATE_TOKENS.findall(_ORDINAL.sub(r"\1", string.casefold()))
    for i, token in enumerate(tokens):
        month = months.get(token)
        if month is None:
            continue
        near = tokens[max(0, i - 3) : i + 4]
        years = [int(t) for t in near if t.isdigit() and len(t) == 4]
        around = sorted(range(max(0, i - 2), min(len(tokens), i + 3)), key=lambda j: (abs(j - i), j < i))
        days = [int(tokens[j]) for j in around if tokens[j].isdigit() and len(tokens[j]) <= 2]
        if years and days:
            return _make_date(years[0], month, days[0])
    return _numeric_date(tokens, languages[0] if languages else "en") if numeric else None


def _numeric_date(tokens: list[str], lang: str) -> _dt.datetime | None:
    """Three numbers in a row with odd separators ("26 | 01 | 2022"): year first, or last in
    the order of ``lang`` (day-month or month-day), the other order when that one is no date."""
    for i in range(len(tokens) - 2):
        a, b, c = tokens[i : i + 3]
        if not (a.isdigit() and b.isdigit() and c.isdigit()):
            continue
        if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
            return _make_date(int(a), int(b), int(c))
        if len(c) == 4 and len(a) <= 2 and len(b) <= 2:
            first, second = (int(b), int(a)) if _month_first(lang) else (int(a), int(b))
            return _make_date(int(c), second, first) or _make_date(int(c), first, second)
    return None


def _month_first(lang: str) -> bool:
    """Does ``lang`` write the month before the day (en: 4/21/2022)?"""
    return str(_translation_info(lang).get("date_order", "DMY")).startswith("M")


def _make_date(year: int, month: int, day: int) -> _dt.datetime | None:
    try:
        return _dt.datetime(year, month, day)
    except ValueError:
        return None


@functools.cache
def _install_dateparser_hook() -> None:
    """Let htmldate's extensive search read month-name dates without dateparser.

    htmldate hands the date strings it cannot read itself to dateparser with all of its
    ~200 locales, which compiles each locale's expressions on first use: seconds per
    process and tens of MB, for strings that need only a table of month names. The hook
    wraps htmldate's (private) ``_external_date``: inside decruft's date search, where
    ``_DATE_LANGUAGES`` is set, :func:`read_month_date` reads the string with the month
    names of the page's language and English (or, on a page that names none, of the
    languages written in the string's script; a script outside that list still goes to
    dateparser); everywhere else (other users of htmldate in the process) htmldate's
    own function runs unchanged. If htmldate's internals change, nothing is hooked.

    htmldate asks ``has_date_cue`` before handing a string over; for a string without a
    year that looks up every word in the month names of all of dateparser's locales, which
    loads them all (a fifth of a second and tens of MB per process). Where
    :func:`read_month_date` reads the string, a string without a 4-digit number is no date
    it can read, so the cue is "no" at once; a string with one gets htmldate's own answer,
    which its year or month pattern then gives without the locales.
    """
    try:
        from htmldate import extractors  # type: ignore[import-untyped]
    except ImportError:
        return
    original = getattr(extractors, "_external_date", None)
    original_cue = getattr(extractors, "has_date_cue", None)
    if original is None or not callable(original):
        return

    def ours(string: str) -> tuple[str, ...] | None:
        """The languages read_month_date reads ``string`` in, None where htmldate's own code runs."""
        languages = _DATE_LANGUAGES.get()
        if languages is _OUTSIDE:
            return None
        return languages or _script_languages(string)

    def external_date(string: str) -> Any:
        languages = ours(string)
        return original(string) if languages is None else read_month_date(string, languages)

    extractors._external_date = external_date
    if original_cue is not None and callable(original_cue):

        def has_date_cue(string: str, *args: Any) -> Any:
            if ours(string) is not None and not _YEAR.search(string):
                return False
            return original_cue(string, *args)

        extractors.has_date_cue = has_date_cue


# ---------------------------------------------------------------------------
# Authors


def _person_names(value: Any, nodes: dict[str, dict[str, Any]] | None = None) -> list[str]:
    """The names of JSON-LD ``author`` ``value``; a reference (``{"@id": ...}``, as Yoast's
    ``@graph`` writes it) is read from the page's node with that id, found in ``nodes``."""
    if isinstance(value, list):
        return [n for v in value for n in _person_names(v, nodes)]
    if isinstance(value, dict):
        if "name" not in value and nodes and isinstance(value.get("@id"), str):
            value = nodes.get(value["@id"], value)
        if "organization" in _types(value):
            return []
        return _person_names(value.get("name"))
    if isinstance(value, str):
        return split_authors(value)
    return []


_NAME_JUNK = re.compile(r"[*\[\]{}=<>:]")


def _not_a_name(part: str) -> bool:
    """A form label ("Name *"), a weekday, "Posted on", a lone letter, a comment's "Jane Roe
    says": byline-classed elements hold these too."""
    low = part.lower()
    return (
        len(part) < 2
        or bool(_NAME_JUNK.search(part))
        or low in _byline_words("not_names")
        or any(low.endswith(" " + verb) for verb in _byline_words("comment_verbs"))
    )


@functools.cache
def _byline_words(key: str) -> frozenset[str]:
    """``[byline] <key>`` of every phrase file: ``not_names`` ("posted on", "montag"),
    ``comment_verbs`` ("says", "sagt", "a dit")."""
    from .rules._vocab import phrase_tables

    return frozenset(w for table in phrase_tables().values() for w in table.get("byline", {}).get(key, []))


@functools.cache
def _roles() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """``(roles, glued)``: the ``[byline] roles`` of every phrase file (casefolded), and a
    pattern of the place where one, capitalised, is glued to the name before it ("BlumeStaff Writer")."""
    roles = _byline_words("roles")
    titled = sorted({" ".join(w[:1].upper() + w[1:] for w in role.split()) for role in roles}, key=len, reverse=True)
    glued = re.compile(rf"(?<=[a-zß-ÿ])(?=(?:{'|'.join(map(re.escape, titled))})(?:\W|$))") if titled else None
    return roles, glued


#: A news agency after a name and a slash: "Peter Maahn/SP-X", "Jane Roe / AFP".
_AGENCY = re.compile(r"(?<=\w)\s*/\s*[A-Z][A-Za-z.-]*$")
#: A social-media handle after a name: "Williams Perdomo @wperdomod".
_SOCIAL_HANDLE = re.compile(r"(?<=\w)\s+@\w+$")
#: A bracketed part at the end of a name: "(National Lead Writer)", "(Reuters)".
_BRACKETED = re.compile(r"\(([^()]*)\)?\s*$")
#: A role word counts inside a compound ("FOCUS-Online-Experte", "Wirtschaftsredakteur") from this length.
_COMPOUND_ROLE = 6


def _is_role(word: str, roles: frozenset[str]) -> bool:
    low = word.casefold().strip(".,;:()")
    return low in roles or any(len(r) >= _COMPOUND_ROLE and low.endswith(r) and len(low) > len(r) for r in roles if " " not in r)


def without_roles(name: str) -> str:
    """``name`` without the role, degree or social link printed with it: "Howard BlumeStaff
    Writer", "Christoph Hein Chefredakteur", "FOCUS-Online-Experte Robin Tschöpe", "© Jane
    Roe" → the name; a role alone ("PhD", "Staff Writer") → ``""``."""
    roles, glued = _roles()
    name = name.strip().lstrip("©").strip()
    if glued is not None:
        name = glued.sub(" ", name, count=1)
    bracket = _BRACKETED.search(name)
    if bracket is not None and (
        any(_is_role(w, roles) for w in bracket[1].split())
        or (bracket[0].rstrip().endswith(")") and bracket[1][:1].isupper() and name[: bracket.start()].strip())
    ):
        name = name[: bracket.start()].strip()  # "Dan Levy (National Lead Writer)", "Jane Roe (Sponsored Post)"
    words = name.split()
    low = [w.casefold().strip(".,;:()") for w in words]
    trailing = _byline_words("trailing")  # "Steven Baxter Published", "Jane Roe on Wednesday"
    if " ".join(low) in roles or all(_is_role(w, roles) for w in words):
        return ""
    if len(words) == 2 and (_is_role(words[0], roles) or _is_role(words[1], roles)):
        return name  # "Rasender Reporter", "HT Correspondent": a pen name or a desk, as printed
    # Roles of up to four words at the end ("Staff Writer", "Games Editor"), then at the start,
    # while two words are left ("Rasender Reporter" is a pen name, "AP Sports Writer" a desk).
    changed = True
    stripped = False
    while changed and len(words) > 2:
        changed = False
        for n in range(min(4, len(words) - 2), 0, -1):
            if " ".join(low[-n:]) in roles or (n == 1 and _is_role(words[-1], roles)):
                words, low, changed = words[:-n], low[:-n], True
                break
            if n == 1 and low[-1].strip("|") in trailing:
                cut = 2 if len(words) > 3 and words[-2].islower() and len(words[-2]) <= 3 else 1  # "on Wednesday"
                words, low, changed = words[:-cut], low[:-cut], True
                break
        for n in range(min(4, len(words) - 2), 0, -1):
            if " ".join(low[:n]) in roles or (n == 1 and _is_role(words[0], roles)):
                words, low, changed = words[n:], low[n:], True
                break
        stripped = stripped or changed
    if stripped and words[0][:1].islower():
        return ""  # a role and where it works ("Fotograf aus Hamburg"), no name
    return " ".join(words)


#: Where a name runs into the line glued after it: "José Miguel WilsonHace 13 horas", "Jane Roe12 March".
#: A name's last word before a glued line has at least this many letters (not "Mac" of "MacManus").
GLUED_WORD = 4
_GLUED_LINE = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ][a-zß-ÿ]|\d{1,4}[.:/ ])")


def _lower_word(name: str) -> int | None:
    """The index of the first word of a multi-word ``name`` that starts in lower case and is no
    name particle ("von", "de", "bin") or role; None when there is none. A name's own words
    are capitalised: "über" in "Atemschutzmaske über Exit-Strategie" says it is a phrase."""
    words = name.split()
    if len(words) < 2:
        return None
    particles = _byline_words("particles")
    roles, _ = _roles()
    for i, word in enumerate(words):
        if word[:1].isalpha() and word[:1].islower() and "'" not in word and "’" not in word:
            low = word.casefold()
            if low not in particles and not _is_role(word, roles):
                return i
    return None


def split_authors(text: str, *, phrase_check: bool = False) -> list[str]:
    """``"By Jane Roe and John Doe"`` → ``["Jane Roe", "John Doe"]``; roles printed with the
    names are left out (:func:`without_roles`). With ``phrase_check`` (a line read as a byline
    only for its first word, "Von ..."), a lower-case word that no name holds (:func:`_lower_word`)
    ends the name, or, early in the first, says the line is a phrase, no byline."""
    text = _clean(text)
    if text.endswith(":") and len(text.split()) <= 2:
        return []  # a label waiting for its value ("Datum:", "Quelle:"), no name
    text = _BY.sub("", text)
    text = re.split(r"\s+(?:\||·|•|—|–)\s+|\s+-\s+|\n", text)[0]
    names = []
    parts = [_BY.sub("", part.strip(" .:;,-—–|·•")) for part in _AUTHOR_SPLIT.split(text)]
    named = [without_roles(part) for part in parts]
    if not any(named):
        named = parts  # a role alone ("Staff Writer") is all the byline says: kept as printed
    elif named[0]:
        # After the first name, a part printed with a role is the name's desk ("Jane Roe, CNN
        # Political Editor"), not another author.
        named = [named[0], *(n if n == p else "" for n, p in zip(named[1:], parts[1:]))]
    for n, part in enumerate(named):
        part = _AGENCY.sub("", part)  # "Peter Maahn/SP-X": the name, and the agency after it
        if (bad := _NOT_NAME.search(part)) and (glues := [g for g in _GLUED_LINE.finditer(part) if g.start() <= bad.start()]):
            # "José Miguel WilsonHace 13 horas": the name, a date line glued to it; the name's last
            # word is a whole one ("MacManus 12:00" is not cut after "Mac", "McDonald" after "Mc").
            name = part[: glues[-1].start()]
            if len(name.split()) >= 2 and len(name.split()[-1]) >= GLUED_WORD and not _NOT_NAME.search(name):
                part = name
        lower = _lower_word(part) if phrase_check else None
        if lower == 0 or lower == 1:
            if n == 0:
                return []  # "Von Atemschutzmaske über Exit-Strategie bis Zoonose": a phrase, no byline
            continue
        if lower is not None:
            part = " ".join(part.split()[:lower])  # "Jane Roe for The Guardian": the name
        handle = _SOCIAL_HANDLE.search(part)  # "Jane Roe @janeroe": the name, and the handle after it
        if handle is not None and all(w[:1].isupper() for w in part[: handle.start()].split()):
            part = part[: handle.start()]  # not "Replying to @Reuters": a name's words are capitalised
        if not part or _NOT_NAME.search(part) or len(part) > 60 or len(part.split()) > 5:
            continue
        if part.lower() in ("by", "admin", "anonymous", "von", "par", "por") or _not_a_name(part):
            continue
        names.append(part)
    return list(dict.fromkeys(names))


def authors(state: State) -> list[str]:
    """Authors from JSON-LD, meta tags, microdata, then the visible byline; never the site's own
    name: a source that gives only that ("author" = "Badische Zeitung") gives way to the next."""
    site = _compact(site_name(state) or "")
    host = _compact(_url.hostname(state.url) or "").removeprefix("www")
    fallback: list[str] = []
    for found, organisation in _author_sources(state):
        # Not the site's name, nor its handle after a name ("Jane Roe janeroe" on janeroe.de).
        names = [_without_last(name, {site, host}) for name in found if _compact(name) != site]
        if names and (organisation or all(_HANDLE.match(n) or _compact(n) == host for n in names)):
            # A user name ("christian.stadtfeld"), the host's ("Interscenario" on interscenar.io)
            # or an organisation ("Bund der Energieverbraucher e.V."): a person's name printed
            # later on the page comes first.
            fallback = fallback or names
        elif names and (not fallback or all(n[:1].isupper() for n in names)):
            return names  # after a fallback, a name as a person's is printed: "durch Jane Roe" is no byline
    return [_printed_handle(state, name) if _HANDLE.match(name) else name for name in fallback]


def _printed_handle(state: State, handle: str) -> str:
    """The name a user name stands for, as the page prints it ("christian.stadtfeld" →
    "Christian P. Stadtfeld"): its parts as a name's first and last words, an initial between them."""
    parts = re.split(r"[._]", handle)
    if len(parts) != 2 or not all(len(p) >= 2 and p.isalpha() for p in parts):
        return handle
    first, last = (re.escape(p[0].upper() + p[1:].lower()) for p in parts)
    pattern = re.compile(rf"\b{first}\s+(?:[A-Z]\.\s+)?{last}\b")
    for node in state.meta.get("_text_nodes", ()):
        found = pattern.search(node)
        if found is not None:
            return " ".join(found[0].split())
    return handle


def _without_last(name: str, words: set[str]) -> str:
    """``name`` without its last word when that is one of ``words`` (compacted) and a word is left."""
    head, _, last = name.rpartition(" ")
    if not head or _compact(last) not in words:
        return name
    rest, _, joiner = head.rpartition(" ")  # "Jane Roe For Mailonline": the word joining the site goes too
    return rest if rest and joiner.casefold() in _byline_words("before_site") else head


def _compact(name: str) -> str:
    """``name`` in lower case without spaces and punctuation: "INTERSCENAR.IO" and "Interscenario" are one name."""
    return re.sub(r"[\W_]+", "", name.casefold())


def _organisation(value: str) -> bool:
    """Does an author field name an organisation, not a person? It holds a company's form
    ("e.V.", "GmbH") or a lower-case word no name holds ("Bayerische Landesanstalt für Wald
    und Forstwirtschaft", "L-MAG – Das Magazin für Lesben")."""
    low = " ".join(value.casefold().split())
    words = set(re.split(r"[\s,;]+", low))
    if any(form in words or (" " in form and form in low) for form in _byline_words("organisations")):
        return True
    return any(_lower_word(part) is not None for part in _AUTHOR_SPLIT.split(_BY.sub("", _clean(value))))


#: A user name, not a name as printed: one word in lower case, or words joined by "." or "_".
_HANDLE = re.compile(r"^(?:[a-z0-9]+|\w+(?:[._]\w+)+)$")
#: Meta tags naming the author, in order of trust (keys as :func:`_meta_keys` spells them).
_AUTHOR_TAGS = (
    "author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl",
    "citation_author", "cxenseparse:author", "article:author_name", "og:author", "shareaholic:article_author_name",
)  # fmt: skip


_AUTHOR_TAG_SET = frozenset(_AUTHOR_TAGS)


def _jsonld_nodes(state: State) -> dict[str, dict[str, Any]]:
    """The page's JSON-LD objects by their ``@id`` (the first of each id that says more than its id)."""
    nodes: dict[str, dict[str, Any]] = {}
    for obj in state.meta.get("jsonld", ()):
        key = obj.get("@id")
        if isinstance(key, str) and len(obj) > 1:
            nodes.setdefault(key, obj)
    return nodes


def _labelled_author(tags: dict[str, str]) -> list[str]:
    """The value of a labelled pair of meta tags whose label says "written by" (``twitter:label1``
    "Verfasst von" and ``twitter:data1`` "Jane Roe", as WordPress SEO plugins write them)."""
    labels = _byline_words("markers") | _byline_words("labels")
    for n in range(1, 5):
        label = tags.get(f"twitter:label{n}", "").strip().rstrip(":").strip().casefold()
        if label in labels and tags.get(f"twitter:data{n}"):
            return split_authors(tags[f"twitter:data{n}"])
    return []


def _author_sources(state: State) -> Iterator[tuple[list[str], bool]]:
    """The names each source gives, in order of trust (read lazily: the first that names someone
    ends it), and whether the source's field names an organisation (:func:`_organisation`)."""
    author = _main_jsonld(state).get("author")
    yield _person_names(author, _jsonld_nodes(state) if author else None), isinstance(author, str) and _organisation(author)
    tags = state.meta.get("tags", {})
    every = state.meta.get("author_tags", {})
    for key in _AUTHOR_TAGS:
        # One tag per author (<meta name="citation_author"> twice): every one of them.
        values = every[key] if len(every.get(key, ())) > 1 else ([tags[key]] if tags.get(key) else [])
        values = [v for v in values if not v.startswith("http")]
        yield _names_of(values), bool(values) and all(map(_organisation, values))
    # One element per author (itemprop="author" twice in one byline): every one of them; not an
    # author box's whole text (its name, bio and links).
    yield _names_of(v for v in state.meta.get("coauthors", []) if len(v) <= BYLINE_CHARS), False
    yield _labelled_author(tags), False
    yield _byline(state), False
    yield _printed_byline(state), False


#: Author elements this close (levels up to a shared ancestor) are one byline's; farther
#: apart, the second names the author of a comment, an answer or a related story.
COAUTHOR_LEVELS = 3


def _same_byline(first: etree._Element, other: etree._Element) -> bool:
    """Do the author elements ``first`` and ``other`` stand in the same byline?"""
    near = set(itertools.islice(first.iterancestors(), COAUTHOR_LEVELS))
    return any(el in near for el in itertools.islice(other.iterancestors(), COAUTHOR_LEVELS))


def _names_of(values: Iterable[str]) -> list[str]:
    """The names of several author fields, in order, each once."""
    return list(dict.fromkeys(name for value in values for name in split_authors(value)))


def is_byline(text: str, authors: list[str]) -> bool:
    """Does ``text`` read as a byline naming one of ``authors`` ("By Jane Roe", "Par Jean Dupont · 4 avril")?"""
    stripped = text.strip()
    if not _BYLINE_START.match(stripped) and not _BY.match(stripped):
        return False
    low = stripped.lower()
    return any(name.lower() in low for name in authors)


def _short_text(el: etree._Element, limit: int) -> str | None:
    """The element's text, or None as soon as it passes ``limit`` characters (a wrapper, not a byline)."""
    parts = []
    size = 0
    for part in el.itertext():
        size += len(part)
        if size > limit:
            return None
        parts.append(part)
    return "".join(parts)


def _byline_candidates(elements: list[etree._Element]) -> list[str]:
    """Texts of byline-looking ``elements``, read before any rule runs; staff lists and bio boxes excluded."""
    from .rules._vocab import vocabulary

    staff = vocabulary("staff-list").attr
    found = []
    for el in elements:
        text = _short_text(el, 300)
        if text is None:
            continue
        text = _clean(text)
        if not text or len(text) > 100:
            continue
        if staff is not None and any(
            staff.search(f"{a.get('class') or ''} {a.get('id') or ''}".lower())
            for a in (el, *itertools.islice(el.iterancestors(), 4))
        ):
            continue
        found.append(text)
        if len(found) >= 10:
            break
    return found


def _byline(state: State) -> list[str]:
    for text in state.meta.get("bylines", ()):
        names = split_authors(text)
        if names:
            return names
    # A visible "By Jane Roe" line without a telling class name, or its label alone with the
    # name in the next element ("By <a>Jane Roe</a>", "<span>Von</span> <a>…</a>"), read in the
    # page as parsed (the ``stubs`` rule takes a lone "By" out as an empty stub).
    with state.restored():
        return _byline_line(state.meta.get("_text_nodes", ()))


def _byline_line(nodes: Iterable[etree._ElementUnicodeResult]) -> list[str]:
    for node in nodes:
        if len(node) > 80:
            continue
        stripped = node.strip()
        label = _BYLINE_LABEL.match(stripped) is not None
        if not label and not _BYLINE_START.match(stripped):
            continue
        parent = node.getparent()
        if parent is None or parent.getparent() is None:
            continue
        owner = parent.getparent() if node.is_tail else parent
        if owner is None:
            continue
        if any(el.tag in _TITLE_HEADINGS for el in itertools.chain((owner,), owner.iterancestors())):
            continue  # a headline that opens with "Von" ("Von Sprachregeln, Gender-Politik und ..."), no byline
        if not label:
            text = _clean(inner_text(owner))
        else:
            label_text = _clean(stripped)
            # Pieces joined with a space: "<span>Von</span><a>Eurosport</a>" is two words.
            text = _clean(" ".join(owner.itertext()))
            if text == label_text and not node.is_tail:
                # "<strong>Autor:</strong> <a>Jane Roe</a><br>": the label's line goes on after its element.
                after = _line_after(owner)
                if after:
                    text = f"{label_text} {after}"
            if text == label_text and owner.getparent() is not None:
                owner = owner.getparent()  # the label has an element of its own: the line is its parent
                text = _clean(" ".join(owner.itertext()))
            if text == label_text or not text.lower().startswith(label_text.lower()):
                continue  # nothing follows the label, or something stands before it
        if owner.find("br") is not None:  # "Von Jane Roe<br>Kakuma /Kenia": the byline's own line
            start = text.split()[0].casefold() if text.split() else ""
            line = next((line for line in _br_lines(owner, " ") if line.casefold().startswith(start)), "")
            text = line if line and not _BYLINE_LABEL.match(line) else text  # not "Von:<br>Jane Roe"
        if len(text) <= 80:
            names = [n for n in split_authors(text, phrase_check=True) if n[:1].isupper()]
            if names:
                return names
    return []


#: Headings a headline is printed in.
_TITLE_HEADINGS = frozenset({"h1", "h2"})
#: Elements that end a line of text.
_LINE_BREAKS = frozenset({"br", "p", "div", "li", "ul", "ol", "table", "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6",
                          "section", "article", "header", "footer", "aside", "nav", "figure", "blockquote", "hr"})  # fmt: skip


def _line_after(el: etree._Element, limit: int = 80) -> str:
    """The text after ``el`` on its line: its tail and the inline siblings after it, up to a
    ``<br>`` or a block (empty past ``limit`` characters: no byline is that long)."""
    parts = [el.tail or ""]
    for sib in el.itersiblings():
        if not isinstance(sib.tag, str):
            parts.append(sib.tail or "")
            continue
        if sib.tag in _LINE_BREAKS:
            break
        parts.append(inner_text(sib))
        parts.append(sib.tail or "")
        if sum(map(len, parts)) > limit:
            return ""
    text = _clean(" ".join(parts))
    return text if len(text) <= limit else ""


def language(state: State) -> str | None:
    lang = state.meta.get("lang")
    if not lang:
        return None
    return lang.strip().replace("_", "-").split("-")[0].lower() or None


def description(state: State) -> str | None:
    tags = state.meta.get("tags", {})
    return _clean(tags.get("og:description") or tags.get("description")) or None
