"""Authors: JSON-LD, meta tags, microdata, then the byline the page shows, in order of trust."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml import etree

from .. import _url
from .._spaces import collapsed
from .._state import State
from .._textnode import text_owner
from ._byline import _byline, _signature
from ._common import _byline_words, _clean, compact
from ._copyright import copyright_holder
from ._jsonld import _jsonld_nodes, _main_jsonld, _types
from ._names import _AUTHOR_SPLIT, _BY, _lower_word, byline_start, split_authors
from ._printed import BYLINE_CHARS, _printed_byline
from ._signals import Signals
from .page import site_name


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


def authors(signals: Signals, state: State) -> tuple[list[str], str]:
    """``(names, source)``: authors from JSON-LD, meta tags, microdata, then the visible byline;
    never the site's own name: a source that gives only that ("author" = "Weserländer Zeitung")
    gives way to the next."""
    sites = _site_keys(site_name(signals) or "")
    host = compact(_url.hostname(state.url) or "").removeprefix("www")
    fallback: list[str] = []
    fallback_from = ""
    for source, found, organisation in _author_sources(signals, state):
        names = _not_site(found, sites, host)
        if names and (organisation or _not_persons(names, host)):
            # A user name ("marta.lindqvist"), the host's ("Harbourlight" on harbourlig.ht)
            # or an organisation ("Verein der Obstbauern e.V."): a person's name printed
            # later on the page comes first.
            if not fallback:
                fallback, fallback_from = names, source
        elif names and (not fallback or all(n[:1].isupper() for n in names)):
            # after a fallback, a name as a person's is printed: "durch Jane Roe" is no byline
            return _full_names(state, names), source
    return _full_names(state, _printed_handles(state, fallback)), fallback_from


def _not_site(names: list[str], sites: set[str], host: str) -> list[str]:
    """``names`` without the site's name (``sites``: its keys), nor its handle after a name
    ("Jane Roe janeroe" on janeroe.de)."""
    return [_without_last(name, sites | {host}) for name in names if compact(name) not in sites]


#: A site name that is a host name: "www.example.com", "Example.co.uk".
_HOST_NAME = re.compile(r"^(?:https?://)?(?:www\.)?([\w-]+)\.[a-z]{2,}(?:\.[a-z]{2,})?/?$", re.IGNORECASE)


def _site_keys(site: str) -> set[str]:
    """The site's name ``site`` (og:site_name...) compacted, and where it is a host name, its
    name without ``www.`` and the domain ending ("La Brújula" is the site of "www.labrujula.example")."""
    keys = {compact(site)}
    host = _HOST_NAME.match(site.strip())
    if host is not None:
        keys.add(compact(host[1]))
    return keys


def _printed_handles(state: State, names: list[str]) -> list[str]:
    """``names`` with each user name as the page prints it (:func:`_printed_handle`)."""
    return [_printed_handle(state, name) if _HANDLE.match(name) else name for name in names]


def _printed_handle(state: State, handle: str) -> str:
    """The name a user name stands for, as the page prints it ("marta.lindqvist" →
    "Marta K. Lindqvist"): its parts as a name's first and last words, an initial between them."""
    parts = re.split(r"[._]", handle)
    if len(parts) != 2 or not all(len(p) >= 2 and p.isalpha() for p in parts):
        return handle
    first, last = (re.escape(p[0].upper() + p[1:].lower()) for p in parts)
    pattern = re.compile(rf"\b{first}\s+(?:[A-Z]\.\s+)?{last}\b")
    for node in state.scan.text_nodes or ():
        found = pattern.search(node)
        if found is not None:
            return " ".join(found[0].split())
    return handle


#: A first name standing alone as an author's name ("Jane"): capitalised letters, no more.
_FIRST_ONLY = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]{2,}$")
#: A family name after a first name: one capitalised word (double-barrelled too), not followed by
#: another (a headline's words in capitals, "Jane Goes To Town", are no name).
_FAMILY = r"(?:[A-Z]\.[^\S\n]+)?[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?(?![\w-]|\s+[A-ZÀ-Þ])"


def _full_names(state: State, names: list[str]) -> list[str]:
    """``names`` with a first name alone ("Jane") as the page prints it in full (:func:`_full_name`),
    and without a word alone that a full name holds ("Jane Roe" and "Roe": "Jane Roe")."""
    full = [_full_name(state, name) if _FIRST_ONLY.match(name) else name for name in names]
    if full == names:
        return names
    held = {word for name in full if " " in name for word in name.split()}
    return [name for name in full if " " in name or name not in held]


#: Elements whose text is no place to print an author's full name: a link or heading (a widget's
#: title, another site's name), a script's code.
_NOT_NAMING = frozenset(("a", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style"))


def _full_name(state: State, first: str) -> str:
    """The full name an author's first name stands for, where the page prints one name and one only
    with it in its text ("Jane" in the byline, "Jane Roe" in the author box or a picture's credit),
    outside links, headings and scripts (:data:`_NOT_NAMING`); else ``first``."""
    pattern = re.compile(rf"(?<![\w-]){first}[^\S\n]+({_FAMILY})")  # on one line
    found: set[str] = set()
    for node in state.scan.text_nodes or ():
        if first not in node or not (names := pattern.findall(node)):
            continue
        holder = text_owner(node)
        if holder is None or holder.tag in _NOT_NAMING:
            continue
        found.update(map(collapsed, names))
        if len(found) > 1:
            return first
    return f"{first} {found.pop()}" if found else first


def _not_persons(names: list[str], host: str) -> bool:
    """Are ``names`` all user names ("marta.lindqvist") or the host's name (compacted)?"""
    return all(_HANDLE.match(n) or compact(n) == host for n in names)


def _without_last(name: str, words: set[str]) -> str:
    """``name`` without its last word when that is one of ``words`` (compacted) and a word is left."""
    head, _, last = name.rpartition(" ")
    if not head or compact(last) not in words:
        return name
    rest, _, joiner = head.rpartition(" ")  # "Jane Roe For Mailonline": the word joining the site goes too
    return rest if rest and joiner.casefold() in _byline_words("before_site") else head


def _organisation(value: str) -> bool:
    """Does an author field name an organisation, not a person? It holds a company's form
    ("e.V.", "GmbH") or a lower-case word no name holds ("Landesamt für Wasser und
    Bodenschutz", "Kletter-Blatt – Das Magazin für Kletterer")."""
    low = " ".join(value.casefold().split())
    words = set(re.split(r"[\s,;]+", low))
    if any(form in words or (" " in form and form in low) for form in _byline_words("organisations")):
        return True
    return any(_lower_word(part) is not None for part in _AUTHOR_SPLIT.split(_BY.sub("", _clean(value))))


def _organisation_names(value: str) -> list[str]:
    """The names an organisation's author field gives, split as names are, but a part without a
    lower-case word that follows one holding such a word joined to it, as the field prints them
    ("Ministry for Trade and Industry, Office of Statistics": "Ministry for Trade and Industry",
    "Office of Statistics")."""
    names = split_authors(value)
    text = _clean(value)
    out: list[str] = []
    for name in names:
        start = text.find(out[-1]) if out else -1
        if start >= 0 and _lower_word(out[-1]) is not None and _lower_word(name) is None:
            end = text.find(name, start + len(out[-1]))
            if end >= 0:
                out[-1] = text[start : end + len(name)]
                continue
        out.append(name)
    return out


#: An address has this many comma-separated parts at least: a name, a place, a country.
ADDRESS_PARTS = 3


def _address_holder(value: str) -> str:
    """The organisation an author field's address names ("Example Verlag, Springfield, Ruritania": its
    last part a country, ``[byline] countries``): its first part; "" for a field that is no address."""
    parts = [collapsed(p) for p in value.split(",")]
    if len(parts) < ADDRESS_PARTS or parts[-1].casefold() not in _byline_words("countries"):
        return ""
    return parts[0]


#: A user name, not a name as printed: one word in lower case, or words joined by "." or "_".
_HANDLE = re.compile(r"^(?:[a-z0-9]+|\w+(?:[._]\w+)+)$")
#: Meta tags naming the author, in order of trust (keys as :func:`_meta_keys` spells them).
_AUTHOR_TAGS = (
    "author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl",
    "citation_author", "cxenseparse:author", "article:author_name", "og:author", "shareaholic:article_author_name",
)  # fmt: skip


_AUTHOR_TAG_SET = frozenset(_AUTHOR_TAGS)


def _labelled_author(tags: dict[str, str]) -> list[str]:
    """The value of a labelled pair of meta tags whose label says "written by" (``twitter:label1``
    "Verfasst von" and ``twitter:data1`` "Jane Roe", as WordPress SEO plugins write them)."""
    labels = _byline_words("markers") | _byline_words("labels")
    for n in range(1, 5):
        label = tags.get(f"twitter:label{n}", "").strip().rstrip(":").strip().casefold()
        if label in labels and tags.get(f"twitter:data{n}"):
            return split_authors(tags[f"twitter:data{n}"])
    return []


def _author_sources(signals: Signals, state: State) -> Iterator[tuple[str, list[str], bool]]:
    """``(source, names, organisation)`` for each source in order of trust (read lazily: the first
    that names someone ends it); ``organisation``: the source's field names an organisation
    (:func:`_organisation`)."""
    author = _main_jsonld(signals.jsonld).get("author")
    names = _person_names(author, _jsonld_nodes(signals.jsonld) if author else None)
    yield "json-ld author", names, isinstance(author, str) and _organisation(author)
    yield from _meta_sources(signals)
    # One element per author (itemprop="author" twice in one byline): every one of them; not an
    # author box's whole text (its name, bio and links).
    yield "itemprop author", _names_of(v for v in signals.coauthors if len(v) <= BYLINE_CHARS), False
    yield "twitter:label/data", _labelled_author(signals.tags), False
    names, source = _byline(signals, state)
    yield source, names, False
    yield "byline under the headline", _printed_byline(state), False
    yield "signature at the article's end", _signature(state.main), False
    # An author box's heading ("<h3>Jane Roe</h3>" above the bio): a name as printed, capitalised.
    boxed = split_authors(signals.author_boxes[0]) if signals.author_boxes else []
    yield "author box", [n for n in boxed if all(w[:1].isupper() for w in n.split())], False
    yield "copyright line", copyright_holder(state), False


def _meta_sources(signals: Signals) -> Iterator[tuple[str, list[str], bool]]:
    """:func:`_author_sources` of the author meta tags (:data:`_AUTHOR_TAGS`)."""
    tags = signals.tags
    every = signals.author_tags
    for key in _AUTHOR_TAGS:
        # One tag per author (<meta name="citation_author"> twice): every one of them.
        values = every[key] if len(every.get(key, ())) > 1 else ([tags[key]] if tags.get(key) else [])
        values = [v for v in values if not v.startswith("http")]
        holders = [_address_holder(v) for v in values]
        if any(holders):  # a publisher's address: the publisher, an organisation, named whole
            yield f"meta {key}", list(dict.fromkeys(h for h in holders if h)), True
            continue
        if values and all(map(_organisation, values)):
            yield f"meta {key}", list(dict.fromkeys(n for v in values for n in _organisation_names(v))), True
            continue
        yield f"meta {key}", _names_of(values), False


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
    if not byline_start().match(stripped) and not _BY.match(stripped):
        return False
    low = stripped.lower()
    return any(name.lower() in low for name in authors)
