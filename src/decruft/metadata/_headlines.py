"""The ``<h1>`` and ``<h2>`` texts read for the title before any rule runs: kickers left out, banner
and breadcrumb headings told apart.
"""

from __future__ import annotations

import itertools
import re

from lxml import etree

from .. import _url
from .._parse import inner_text
from ._common import _clean, _NOT_SHOWN, _words

#: Class names of a kicker (a topic line printed inside the ``<h1>``, above the headline).
_KICKER = re.compile(
    r"kicker|roof-?line|top-?line|top-?title|topic-?label|dachzeile|spitzmarke|overline|over-?title|eyebrow|super-?title|"
    r"pre-?title|pretitle|headline-?(?:intro|label|prefix)|strap-?line|label|rubric|hidden|invisible|sr-only",
    re.IGNORECASE,
)

#: Class or id of the site's banner: an ``<h1>`` inside it is the site's name, not the story's headline.
#: A whole word of the attribute (words are split on whitespace, which ``\s`` and ``str.split`` read alike).
_BANNER = re.compile(r"(?<!\S)(?:site[-_]?)?(?:header|masthead|branding|logo|navbar|top-?bar)(?!\S)", re.IGNORECASE)


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


def _in_banner(h1: etree._Element, known: dict[etree._Element, bool]) -> bool:
    """True for an ``<h1>`` that names the site, not the story: one in the banner or the navigation
    (:func:`_banner_chain`, ``known`` its answers so far), one classed as a kicker or strapline,
    one whose link goes to the home page."""
    if _KICKER.search(h1.get("class") or ""):
        return True
    if _banner_chain(h1, known):
        return True
    return any(_home_link(a.get("href")) for a in h1.iter("a"))


def _home_link(href: str | None) -> bool:
    """Does ``href`` go to the home page (an empty path or ``/``)? A link with four slashes
    before its query and fragment has at least two in its path (a scheme's ``//`` and a host
    hold two, and no more): no home page, known without parsing the URL."""
    href = (href or "").strip()
    if not href or href[0] in "#?" or href.partition("?")[0].partition("#")[0].count("/") >= 4:
        return False
    parts = _url.split(href)
    return parts is not None and parts.path in ("", "/")


def _banner_chain(el: etree._Element, known: dict[etree._Element, bool]) -> bool:
    """Is ``el`` or one of its ancestors a ``<nav>``, or classed or named as the site's banner
    (:data:`_BANNER`)? ``known`` holds the answer for each element already read: the headings of a
    page share most of their ancestors, each read once."""
    chain: list[etree._Element] = []
    found = False
    node: etree._Element | None = el
    while node is not None:
        answer = known.get(node)
        if answer is not None:
            found = answer
            break
        chain.append(node)
        node = node.getparent()
    for node in reversed(chain):
        if not found:
            cls, ident = node.get("class"), node.get("id")
            found = node.tag == "nav" or bool(cls and _BANNER.search(cls)) or bool(ident and _BANNER.search(ident))
        known[node] = found
    return found


#: The ``<h2>`` headings read for the title: a blog or small site prints the post's title in the
#: first few (its ``<h1>``, if any, is the site's name), after the menus' own.
_SUBHEADS_READ = 32
#: Of them, the first few are matched against a title's parts ("Blog name | Post title").
_SUBHEADS_PARTS = 8


def _headlines(
    h1s: list[etree._Element], crumbs: list[str] | None = None, banners: dict[etree._Element, bool] | None = None
) -> tuple[list[str], list[str]]:
    """The ``<h1>`` texts without their kicker ("Corona-Pandemie", "Wasser sparen"), and
    those of them that name the site (:func:`_in_banner`); one that is a breadcrumb trail's last
    step goes to ``crumbs`` instead (read only where nothing else names the story). A ``<small>`` or kicker-classed
    element inside the heading names the topic, not the story, and a ``<style>`` or
    ``<script>`` inside it is not text at all. Read by :func:`collect`, before any rule runs;
    ``banners``: :func:`_banner_chain`'s answers, shared by the calls for one page."""
    known = banners if banners is not None else {}
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
            if _in_banner(h, known):
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


#: Quotation marks, straight and typographic: a title and the heading printing it may spell them apart.
_QUOTES = re.compile(r"[\"'„“”‚‘’«»‹›]")


def _as_printed(title: str, heading: str) -> str:
    """``heading`` where it prints ``title`` with other quotation marks (""Word": Headline" in the
    meta tag, "„Word“: Headline" printed): the headline as printed; else ``title``."""
    return heading if _QUOTES.sub('"', heading) == _QUOTES.sub('"', title) else title


def with_soft_hyphens(headline: str, hyphenated: list[str]) -> str:
    """``headline`` as a heading prints it with soft hyphens ("Deutsch&shy;land"), where one of
    the ``hyphenated`` heading texts holds it so; else ``headline``. Titles are compared without
    them; the headline keeps them as printed, as the article's text and ``page_title`` do."""
    if not headline or not hyphenated:
        return headline
    pattern = re.compile("\u00ad*".join(map(re.escape, headline)))
    for text in hyphenated:
        found = pattern.search(text)
        if found is not None:
            return found[0]
    return headline
