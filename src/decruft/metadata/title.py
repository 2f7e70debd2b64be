"""The headline (``title``) and the document's own title (``page_title``).

Structured titles (JSON-LD, Open Graph, Dublin Core, Twitter, ``<title>``) are reconciled with
the headline the page prints (``<h1>``, else an ``<h2>`` a title holds, else the article's first heading).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable

from lxml import etree

from .. import _url
from .._state import State
from ._common import _clean, _norm, _text, _words
from ._headings import Found, _continued, _first_heading, _rewords
from ._headlines import _SUBHEADS_PARTS, _as_printed
from ._jsonld import _main_jsonld
from ._signals import Signals
from .page import site_name

#: The marks that separate a title's parts ("Headline | Site"), spaces around them.
_SEP_MARKS = r"\||-|–|—|::|·|•|»|«|/|:"
#: A text scrape's separator marks: also "›" and "‹" (see :data:`TEXT_SEPARATORS`).
TEXT_SEP_MARKS = rf"{_SEP_MARKS}|›|‹"
_SEPARATORS = re.compile(rf"\s+(?:{_SEP_MARKS})\s+")
#: The separators of a text scrape's page title: also "›" and "‹" (as "»" and "«"). HTML mode keeps
#: :data:`_SEPARATORS`: there a banner's ``<h1>`` naming the site would match a part they split off
#: ("Blog Name › Headline").
TEXT_SEPARATORS = re.compile(rf"\s+(?:{TEXT_SEP_MARKS})\s+")
#: ...and "l" typed for "|" ("Headline l SITE"), where :func:`text_separators` allows it.
_TYPED_BAR_SEPARATORS = re.compile(rf"\s+(?:{TEXT_SEP_MARKS}|l)\s+")
_TYPED_BAR = re.compile(r"\s+l\s+")
#: The part before a typed bar has at least this many words: a headline, not "Part l of the series".
TYPED_BAR_WORDS = 2


def text_separators(title: str) -> re.Pattern[str]:
    """The separators that split the scrape's title ``title`` into parts: :data:`TEXT_SEPARATORS`, and a lone "l"
    typed for "|" ("Headline l SITE") only where no other mark separates the title's parts and the part before it
    has :data:`TYPED_BAR_WORDS` words or more (an "l" in a name or a numbering is no separator)."""
    bar = _TYPED_BAR.search(title)
    if bar is None or TEXT_SEPARATORS.search(title) or len(title[: bar.start()].split()) < TYPED_BAR_WORDS:
        return TEXT_SEPARATORS
    return _TYPED_BAR_SEPARATORS


def split_text_title(title: str) -> list[str]:
    """The parts of a scrape's title ``title``, split at :func:`text_separators`."""
    return text_separators(title).split(title)
#: The separators between a headline and a site or section name printed with it in the ``<h1>``
#: (not "/" or ":", which headlines use themselves: "Can snails hear / feel sound?").
_SITE_SEP = r"(?:\||-|–|—|::|·|•|»)"
_SITE_SEPARATORS = re.compile(rf"\s+{_SITE_SEP}\s+")


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


def page_title(signals: Signals) -> str | None:
    """The document's own title as the page wrote it, site name and all: ``<title>``, else
    ``og:title``, the Twitter or Dublin Core title, the JSON-LD headline."""
    tags = signals.tags
    ld = _main_jsonld(signals.jsonld)
    for found in (
        signals.html_title,
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


def _strip_site(
    title: str, site: str | None, host: str | None, names: Iterable[str] = (), separators: re.Pattern[str] = _SEPARATORS
) -> str:
    """Remove a site-name part ("Headline | Site") from a title, its parts split at ``separators``. ``names`` are
    other names of the site (the ``<h1>`` of its banner), which only a part equal to them matches."""
    parts = separators.split(title)
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
        return _strip_site_parts(title, parts, lambda part: is_site(part, name_keys), separators)
    return _strip_site_parts(title, parts, is_site, separators)


def _whole_or_stripped(title: str, page_title: str, site: str | None, host: str | None, names: Iterable[str]) -> str:
    """A structured title with its site part stripped; whole when the page's ``<title>`` is it
    and a site part after it ("Budget talks – what is the council waiting for?" in og:title, the same
    "– EXAMPLE.COM" in ``<title>``): its own separators are then the headline's."""
    rest = page_title[len(title) :] if title and page_title.startswith(title) else None
    if rest and _SITE_TAIL.match(rest):
        return title
    return _strip_site(title, site, host, names)


#: What follows a headline in ``<title>`` when the rest is the site's name: a separator, then the name or nothing.
_SITE_TAIL = re.compile(rf"\s*(?:{_SEP_MARKS})(?:\s|$)")


def _strip_site_parts(
    title: str, parts: list[str], is_site: Callable[[str], bool], separators: re.Pattern[str] = _SEPARATORS
) -> str:
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
    seps = separators.findall(title)
    out = parts[kept[0]]
    for i in kept[1:]:
        out = f"{out}{seps[i - 1]}{parts[i]}"
    return out.strip()


@dataclasses.dataclass(frozen=True, slots=True)
class _Titles:
    """A page's title candidates, as :func:`title` compares them with its headings.

    ``fields``: the structured titles as written, by source (empty ones included), the
    itemprop headline last; ``structured``: the non-empty ones with their site part stripped;
    ``known``: those and the stripped ``<title>``, with their ``known_keys``; ``raw_keys``: keys
    of the titles as written; ``h1s``: the ``<h1>`` texts longer than three characters.
    """

    fields: list[Found]
    structured: list[Found]
    known: list[Found]
    known_keys: list[str]
    raw_keys: set[str]
    raw_title: str
    html_title: str
    banner: list[str]
    h1s: list[str]
    h1_keys: list[str]
    subheads: list[str]
    crumbs: list[str]
    site: str | None
    host_name: str | None


def _titles(signals: Signals, url: str | None) -> _Titles:
    site = site_name(signals)
    host_name = _host_name(url)
    fields = _title_fields(signals)
    raw_title = signals.html_title
    banner = signals.banner_headlines
    names = _banner_names(banner, [t for _, t in fields] + [raw_title], site, host_name)
    structured = [(src, _whole_or_stripped(_clean(t), raw_title, site, host_name, names)) for src, t in fields if t]
    html_title = _strip_site(raw_title, site, host_name, names) if raw_title else ""
    known = [(src, t) for src, t in (*structured, ("<title>", html_title)) if t]
    h1s = [h for h in signals.headlines if len(h) > 3]
    return _Titles(
        fields=fields,
        structured=structured,
        known=known,
        known_keys=[_norm(t) for _, t in known],
        raw_keys={_norm(t) for _, t in fields if t},
        raw_title=raw_title,
        html_title=html_title,
        banner=banner,
        h1s=h1s,
        h1_keys=[_norm(h) for h in h1s],
        subheads=signals.subheads,
        crumbs=signals.crumb_headlines,
        site=site,
        host_name=host_name,
    )


def _title_fields(signals: Signals) -> list[Found]:
    """The titles the page's structured data gives, by source, in order of trust (empty ones
    included): JSON-LD's headline, the title meta tags, the itemprop headline."""
    tags = signals.tags
    ld = _main_jsonld(signals.jsonld)
    return [
        ("json-ld", _text(ld.get("headline")) or _text(ld.get("name"))),
        *((key, tags.get(key, "")) for key in _TITLE_TAGS),
        ("itemprop headline", (signals.itemprops.get("headline") or [""])[0]),
    ]


def _host_name(url: str | None) -> str | None:
    """The first label of the URL's host after ``www.``: "example" of www.example.co.uk."""
    host = _url.hostname(url)
    if host and host.startswith("www."):
        host = host[4:]
    return host.split(".")[0] if host else None


def _banner_names(banner: list[str], titles: list[str], site: str | None, host_name: str | None) -> list[str]:
    """The banner's ``<h1>`` texts that name the site: an ``<h1>`` in the banner is the site's name, the
    part "Post | Blog name" leaves out; unless a title, its site part stripped, is that ``<h1>``:
    then it is the headline, set in the banner."""
    if not banner:
        return []
    plain = {_norm(_strip_site(_clean(t), site, host_name)) for t in titles if t}
    return [b for b in banner if _norm(b) not in plain]


#: The meta tags holding a title the site wrote, in order of trust (after JSON-LD's headline).
_TITLE_TAGS = ("dc.title", "dcterms.title", "og:title", "weibo:article:title", "twitter:title", "parsely-title")


def title(signals: Signals, state: State) -> Found | None:
    """The headline and where it came from: structured titles checked against the visible ``<h1>``.

    On an archive page carrying several posts, the first post's title.
    """
    if state.content.first_post_title:
        return state.content.first_post_title, "first post"
    t = _titles(signals, state.url)
    found = _h1_as_titled(t)
    if found is not None:
        return _continued(found, t.subheads)
    # No h1 agrees with them. The one visible headline outside the site's banner is still the
    # story's: structured titles are often an SEO variant of it ("How do I care for my lemon
    # tree in winter?" shown, "Lemon tree in winter » When does it flower?" in og:title).
    shown = list(dict.fromkeys(h for h in t.h1s if h not in t.banner))  # the same h1 twice: one headline
    # A visible <h2> that a title holds whole ("Covid-19: Headline" in og:title, the <h2>
    # "Headline" after its kicker): the headline, where no <h1> prints it.
    held = [
        h for h in t.subheads
        if _words(h) >= 2 and len(key := _norm(h)) > 15 and any(key in k for k in t.known_keys)
    ]  # fmt: skip
    found = _one_h1(t, shown, held) or _h2_in_title(t, shown, held) or _fallback(t, shown, state.main)
    return found


def _h1_as_titled(t: _Titles) -> Found | None:
    """A visible h1 that agrees with the structured or ``<title>`` headline: one that equals it
    first (the blog's name in an h1 is also part of "Post | Blog name"), then one that contains
    it or is contained in it."""
    for (src, _), k in zip(t.known, t.known_keys):  # in the order of trust: structured titles before <title>
        if k in t.h1_keys:
            return t.h1s[t.h1_keys.index(k)], f"h1 (as {src})"
    for h, key in zip(t.h1s, t.h1_keys):
        if h in t.banner and any(key in k for k in t.known_keys):
            continue  # the site's name, kept in a title the site part of which was not found
        if len(key) > 15 and any(key in k or k in key for k in t.known_keys):
            return _titled_part(t, h, key)
    return None


def _titled_part(t: _Titles, h: str, key: str) -> Found:
    """The headline in an ``<h1>`` that holds a title or is held by one: "Headline | Site" or
    "Section | Headline" printed in the h1, the headline alone in a structured field: the part
    that is the title; a title that ends the h1 (what stands before it is a kicker the markup
    does not mark); else the whole h1."""
    for part in _SITE_SEPARATORS.split(h):
        if _norm(part) in t.raw_keys and len(part) > 15:
            return part.strip(), "h1 (the part a title holds)"
    raw_title = _norm(t.raw_title)
    for (src, text), k in zip(t.known, t.known_keys):
        if k != key and len(k) > 15 and key.endswith(" " + k) and (k in t.raw_keys or k == raw_title):
            return text, f"{src} (ending the h1)"
    return h, "h1 (holding a title)"


def _one_h1(t: _Titles, shown: list[str], held: list[str]) -> Found | None:
    """The one ``<h1>`` outside the banner: when it has four words or more, or a title holds it."""
    if len(shown) == 1 and _words(shown[0]) >= 4:
        return shown[0], "h1"
    # A heading printing nearly the words of a title ("Brandname – Quickly refreshed hair ...",
    # "Quickly refreshed hair ... with the new Brandname ..." in <title>): the headline as printed.
    reworded = [h for h in shown or t.subheads[:_SUBHEADS_PARTS] if _rewords(h, t.known_keys)]
    if reworded:
        return reworded[0], "h1 (rewording a title)" if shown else "h2 (rewording a title)"
    if len(shown) == 1 and any((key := _norm(shown[0])) in k for k in t.known_keys):
        # A short one too when a title holds it ("Carwash B12" in "Carwash B12 | Site"); not a
        # section's name ("Books") when the title also holds a longer <h2>, the story's.
        longer = [h for h in held if len(_norm(h)) > len(key) and key not in _norm(h)]
        return (longer[0], "h2 (a title holds it)") if longer else (shown[0], "h1 (a title holds it)")
    return None


def _h2_in_title(t: _Titles, shown: list[str], held: list[str]) -> Found | None:
    """No ``<h1>`` names the story (a blog whose ``<h1>`` is its name, or none at all): the part of
    a title that a visible ``<h2>`` prints ("Blog name | Post title", the post's ``<h2>`` "Post
    title"); where no ``<h1>`` shows, an ``<h2>`` a title ends with, or the breadcrumb's last step."""
    found = _h2_part(t)
    if found is not None or shown:
        return found
    # ...and a title that ends with it ("Covid-19: Headline"): the story's, where no <h1> prints it.
    ending = [h for h in held if not h.endswith(":") and any(k.endswith(" " + _norm(h)) for k in t.known_keys)]
    if ending:
        return ending[0], "h2 (ending a title)"
    for crumb in t.crumbs:  # the trail's last step, where a title holds it: the page's name as the page prints it
        if len(key := _norm(crumb)) > 3 and any(key in k for k in t.known_keys):
            return crumb, "breadcrumb h1"
    return None


def _h2_part(t: _Titles) -> Found | None:
    """The part of a title the site wrote (or of ``<title>``) that one of the first ``<h2>``s
    prints, with the quotation marks the ``<h2>`` prints (:func:`_as_printed`)."""
    subheads: dict[str, str] = {}
    for h in t.subheads[:_SUBHEADS_PARTS]:
        if _words(h) >= 2:
            subheads.setdefault(_norm(h), h)
    if not subheads:
        return None
    # The itemprop headline is a visible element's own text, not a title the site wrote apart.
    written = [(src, text) for src, text in t.fields[:-1] if text]
    for src, text in (*written, ("<title>", t.raw_title)):
        for part in _SITE_SEPARATORS.split(_clean(text)) if text else ():
            if (key := _norm(part)) in subheads:
                return _as_printed(part.strip(), subheads[key]), f"h2 (part of {src})"
    return None


def _fallback(t: _Titles, shown: list[str], main: etree._Element | None) -> Found | None:
    """The first structured title (else ``<title>``); where it names the site, not the story
    ("EXAMPLE Magazine", "Ferry Services -"), the first heading the article prints."""
    src, found = t.structured[0] if t.structured else ("<title>", t.html_title)
    if not found or _names_site(found, t.raw_title, t.site, t.host_name, t.banner):
        heading = (shown[0], "h1") if len(shown) == 1 else (_first_heading(main), "the article's first heading")
        if heading[0]:
            return heading
    if found and src == "<title>":
        # The article's first heading that ends <title> ("A Term Each Day -- wistful", the <h3> "wistful"):
        # the page's own part of it, as printed.
        first, key = _first_heading(main), _norm(found)
        if len(first) > 3 and (end := _norm(first)) != key and key.endswith(" " + end):
            return first, "the article's first heading (ending <title>)"
    if found:
        return found, src
    return (t.h1s[0], "h1") if t.h1s else None


def _names_site(found: str, raw_title: str, site: str | None, host: str | None, banner: list[str]) -> bool:
    """True when a title candidate is the site's name: og:site_name, the host, the banner's
    ``<h1>``, or a ``<title>`` whose page part is empty ("Site name -")."""
    key = _norm(found)
    if not key:
        return True
    if key in {_norm(site or ""), _norm(host or "")} or key in {_norm(b) for b in banner}:
        return True
    if spells_host(key, host):
        return True
    return bool(raw_title) and _norm(raw_title) == key and _DANGLING.search(raw_title) is not None


#: A name that spells out the host has at most this many words, each of at least :data:`HOST_WORD_LETTERS` letters.
HOST_WORDS = 5
HOST_WORD_LETTERS = 3


def spells_host(text: str, host: str | None) -> bool:
    """Does ``text`` spell out the host's name, every word of it in the host's letters ("Kanzlei Roe" on
    kanzleiroe.de, "Harbour Rowing" on harbourrowingclub-example.de)?"""
    compact = re.sub(r"[\W_]+", "", (host or "").lower())
    words = _norm(text).split()
    return bool(compact) and 0 < len(words) <= HOST_WORDS and all(len(w) >= HOST_WORD_LETTERS and w in compact for w in words)


#: A ``<title>`` that starts or ends with a separator: the page's own part is missing.
_DANGLING = re.compile(rf"^\s*{_SITE_SEP}\s|\s{_SITE_SEP}\s*$")
