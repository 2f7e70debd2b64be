"""What kind of page it is: ``article``, ``listing``, ``forum``, ``product`` or ``other``.

:attr:`decruft.Article.page_type` lets a scraper filter pages; it never changes
the body (decruft's body is returned whatever the type). The signals, all data
in ``data/page_types.toml``:

- structured types: JSON-LD ``@type``, microdata ``itemtype`` and ``og:type``.
  An article type wins; else a forum, product, listing or other type decides (a
  product only with an offer or a price, a listing only over a body without long
  prose);
- product: a price and an add-to-cart control (both) on the page (in text mode,
  ahead of the body's first long paragraph);
- forum: several sibling posts around the body, each with an author element and
  a date, no linked headline (HTML); in text mode, member labels ("Joined:",
  "Posts:") on several posts, with "Reply"/"Quote" and "... wrote:" lines;
- listing: many linked headlines left after the cruft rules and no long prose
  in the body (HTML); in text mode, a body whose sentences mostly come straight
  after a headline line (teasers);
- other: no body text at all.

Otherwise the page is an article. HTML pages are read three times: :func:`collect`
before the cruft rules (types, price and cart), :func:`observe` once the body is
chosen (posts and teasers that survived the rules), :func:`classify_html` on the
rendered body (its prose).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

from lxml import etree

from ._article import PageType
from ._data import toml
from ._parse import inner_text
from ._state import State
from .metadata._signals import Signals

_NO_SIGNALS = Signals()

@functools.cache
def _data() -> dict[str, Any]:
    return toml("page_types.toml")


def _tokens(fragments: Iterable[str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{f})" for f in fragments)
    return re.compile(rf"(?:^|[\s\-_\d])(?:{body})(?=$|[\s\-_\d])")


@functools.cache
def _patterns() -> dict[str, Any]:
    d = _data()
    return {
        "price": re.compile("|".join(f"(?:{p})" for p in d["product"]["price"])),
        "cart": tuple(d["product"]["cart"]),
        "price_attr": _tokens(d["product"]["price_attr"]),
        "post_attr": _tokens(d["forum"]["post_attr"]),
        "author_attr": _tokens(d["forum"]["author_attr"]),
        "labels": frozenset(d["forum"]["labels"]),
        "actions": frozenset(d["forum"]["actions"]),
        "quote_marks": tuple(d["forum"]["quote_marks"]),
    }


def _structured(types: Iterable[str], og_type: str) -> PageType | None:
    """The type the page's own markup announces, if any."""
    s = _data()["structured"]
    found = {t.strip().lower().rsplit("/", 1)[-1] for t in types if t}
    og = og_type.strip().lower()
    if found & set(s["article"]) or og in s["og_article"]:
        return "article"
    for name in ("forum", "product", "listing", "other"):
        if found & set(s[name]):
            return name
    if og in s["og_product"]:
        return "product"
    return None


def _signals(state: State) -> Signals:
    """What metadata's collect read (JSON-LD, meta tags, microdata); empty when it did not run."""
    return state.signals if state.signals is not None else _NO_SIGNALS


def _jsonld_types(state: State) -> list[str]:
    out = []
    for obj in _signals(state).jsonld:
        t = obj.get("@type")
        if isinstance(t, str):
            out.append(t)
        elif isinstance(t, list):
            out.extend(str(x) for x in t)
    return out


_ITEMTYPES = etree.XPath("//*[@itemtype]/@itemtype")
_CART_ELEMENTS = ("button", "input")
#: The elements in ``<body>`` with a class or an id, in document order.
_CLASSED = etree.XPath("descendant::*[@class or @id]")


def _short(text: str, limit: int = 60) -> str | None:
    text = " ".join(text.split()).lower()
    return text if 0 < len(text) <= limit else None


def collect(state: State) -> None:
    """Before the cruft rules: structured types, and whether the page shows an add-to-cart
    button and a price. Cheap on the common page: microdata types are read only when JSON-LD
    and ``og:type`` name no article and the source says ``itemtype``; the buttons and inputs
    are those :func:`decruft.metadata.collect` met on its walk (``state.buttons``), and a
    price is looked for only beside an add-to-cart button."""
    structured = _announced(state)
    state.page_clues.structured = structured
    if structured is not None:
        return
    state.page_clues.product = _cart(state) and _price(state)


def _announced(state: State) -> PageType | None:
    """The type the page's markup announces (JSON-LD, ``og:type``, then microdata), with a
    product counted only when something is on sale."""
    og_type = _signals(state).tags.get("og:type", "")
    structured = _structured(_jsonld_types(state), og_type)
    itemtypes: list[str] = []
    if structured != "article" and "itemtype" in (state.html_text if state.html_text is not None else "itemtype"):
        itemtypes = [t for v in _ITEMTYPES(state.root) for t in str(v).split()]
        structured = _structured([*_jsonld_types(state), *itemtypes], og_type)
    if structured == "product" and not _offered(state, itemtypes):
        return None  # a Product with no offer: a rating widget on a post, say; the page decides
    return structured


def _cart(state: State) -> bool:
    """A button or input on the page reads like an add-to-cart control."""
    cart = _patterns()["cart"]
    buttons = state.buttons
    for el in state.root.iter(*_CART_ELEMENTS) if buttons is None else buttons:
        text = _short((el.get("value") or "") if el.tag == "input" else inner_text(el))
        if text and any(phrase in text for phrase in cart):
            return True
    return False


_OFFER_TYPES = frozenset({"offer", "aggregateoffer"})


def _offered(state: State, itemtypes: list[str]) -> bool:
    """A structured product is on sale: an Offer (JSON-LD, microdata), a product with
    ``offers``, or a price in ``itemprop``/meta tags."""
    for obj in _signals(state).jsonld:
        if "offers" in obj:
            return True
    types = {t.lower().rsplit("/", 1)[-1] for t in [*_jsonld_types(state), *itemtypes]}
    if types & _OFFER_TYPES:
        return True
    items, tags = _signals(state).itemprops, _signals(state).tags
    return bool(items.get("price") or items.get("lowPrice") or "product:price:amount" in tags or "og:price:amount" in tags)


def _price(state: State) -> bool:
    """A price on the page: ``itemprop="price"``, a ``product:price:amount`` meta tag, or a
    short price-classed element whose text is an amount with a currency."""
    if _signals(state).itemprops.get("price") or "product:price:amount" in _signals(state).tags:
        return True
    body = state.root.find("body")
    if body is None:
        return False
    p = _patterns()
    for el in _CLASSED(body):
        if p["price_attr"].search(_attrs(el)):
            text = _short(inner_text(el), 40)
            if text and p["price"].search(text):
                return True
    return False


def _headline_link(el: etree._Element, chars: int) -> bool:
    """A heading whose text is (nearly) all one link: a teaser's headline."""
    text = " ".join(inner_text(el).split())
    if len(text) < chars:
        return False
    parent = el.getparent()
    if parent is not None and parent.tag == "a":
        return True
    for a in el.iter("a"):
        if len(" ".join(inner_text(a).split())) >= 0.8 * len(text):
            return True
    return False


def _teasers(root: etree._Element, chars: int) -> int:
    return sum(_headline_link(h, chars) for h in root.iter("h2", "h3", "h4", "h5"))


def _has_date(el: etree._Element) -> bool:
    if next(el.iter("time"), None) is not None:
        return True
    return any("date" in (d.get("class") or "").lower() or "time" in (d.get("class") or "").lower() for d in el.iter())


def _posts(main: etree._Element | None) -> int:
    """The most sibling posts (same tag and first class, a post-like class, an author element and
    a date each, no linked headline) in ``main`` or one of its nearest ancestors."""
    need = _data()["forum"]["min_posts"]
    best = 0
    container = main
    for _ in range(6):
        if container is None:
            break
        for members in _post_groups(container):
            if len(members) > best and len(members) >= need:
                best = max(best, sum(_is_post(m) for m in members))
        container = container.getparent()
    return best


def _attrs(el: etree._Element) -> str:
    """An element's class and id, lower-cased, for the vocabulary patterns."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def _post_groups(container: etree._Element) -> Iterable[list[etree._Element]]:
    """``container``'s children with a post-like class or id, grouped by tag and first class."""
    post_attr = _patterns()["post_attr"]
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for child in container.iterchildren(etree.Element):
        if post_attr.search(_attrs(child)):
            key = (str(child.tag), (child.get("class") or "").split()[0] if child.get("class") else "")
            groups.setdefault(key, []).append(child)
    return groups.values()


def _is_post(el: etree._Element) -> bool:
    """A forum post: an author element, a date, and no linked headline (a teaser's)."""
    author_attr = _patterns()["author_attr"]
    author = any(author_attr.search(_attrs(d)) or d.get("itemprop") == "author" for d in el.iter(etree.Element))
    return author and _has_date(el) and not _teasers(el, 20)


def _has_prose(texts: Sequence[str], enough: int) -> bool:
    """Does the body hold ``enough`` characters of prose: its sentences (8 words or more, ending
    like a sentence), less the teasers' standfirsts (a short sentence straight after a headline
    line)? The count stops once it gets there."""
    total = 0
    for i, text in enumerate(texts):
        if _sentence(text) and not (i and len(text) < _TEASER_TEXT and _headline(texts[i - 1])):
            total += len(text)
            if total >= enough:
                return True
    return False


def observe(state: State) -> None:
    """After the cruft rules and the choice of the body, before the body is pruned: the
    posts around the body and the linked headlines left on the page."""
    if state.page_clues.structured is not None or state.page_clues.product:
        return
    state.page_clues.posts = _posts(state.main)
    state.page_clues.teasers = _teasers(state.root, _data()["listing"]["headline_chars"])


def classify_html(state: State, body_texts: Sequence[str]) -> PageType:
    """After the body is rendered: the page's type (see the module docstring)."""
    structured = state.page_clues.structured
    d = _data()
    if structured == "listing" and _has_prose(body_texts, d["listing"]["max_prose"]):
        return "article"  # a CollectionPage/ItemList type over a story: the body says otherwise
    if structured is not None:
        return structured
    if state.page_clues.product:
        return "product"
    if state.page_clues.posts >= d["forum"]["min_posts"]:
        return "forum"
    listing = d["listing"]
    if state.page_clues.teasers >= listing["min_teasers"] and not _has_prose(body_texts, listing["max_prose"]):
        return "listing"
    if not any(t.strip() for t in body_texts):
        return "other"
    return "article"


_WORDS = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’»)]$")


def _label(line: str) -> str:
    """A post label as written ("Joined: Mar 2019" -> "joined", "Reply" -> "reply")."""
    text = line.strip().lower().rstrip(" :")
    head = text.split(":", 1)[0].strip()
    return head if len(head.split()) <= 3 else ""


def _headline(text: str) -> bool:
    """A headline-like line: 3 to 14 words, not a sentence."""
    words = len(_WORDS.findall(text))
    return 3 <= words <= 14 and len(text) >= _data()["listing"]["headline_chars"] and not _SENTENCE_END.search(text)


#: A teaser's standfirst is shorter than this (a section under a subhead is longer).
_TEASER_TEXT = 250


def _sentence(text: str) -> bool:
    return len(_WORDS.findall(text)) >= 8 and bool(_SENTENCE_END.search(text))


def classify_text(blocks: Sequence[tuple[str, bool]], body_blocks: Sequence[str]) -> PageType:
    """A text scrape's type: ``blocks`` the page's paragraphs (a line each, or the lines of a
    wrapped paragraph joined, as the text mode reads them), each with whether it is in the body;
    ``body_blocks`` the body's own paragraphs."""
    if not any(t.strip() for t in body_blocks):
        return "other"
    if _text_product(blocks):
        return "product"
    if _text_forum(blocks):
        return "forum"
    if _text_listing([t for t, in_body in blocks if in_body]):
        return "listing"
    return "article"


def _text_product(blocks: Sequence[tuple[str, bool]]) -> bool:
    """A price and a cart line ahead of the body's first long paragraph (on an article,
    a shop box sits inside or after the story)."""
    p = _patterns()
    prose_len = _data()["listing"]["prose_paragraph"]
    first_prose = next((i for i, (t, body) in enumerate(blocks) if body and len(t) >= prose_len), len(blocks))
    short = [text for text, _ in blocks[:first_prose] if len(text) <= 60]
    cart = any(" ".join(text.lower().split()) in p["cart"] for text in short)
    return cart and any(p["price"].search(text) for text in short)


def _text_forum(blocks: Sequence[tuple[str, bool]]) -> bool:
    """Member labels ("Joined:", "Posts:") on several posts; "Reply"/"Quote" and "... wrote:"
    lines count with them, but alone they are a blog's comment section."""
    p, forum = _patterns(), _data()["forum"]
    member = actions = 0
    for text, _ in blocks:
        if len(text) <= 60:
            label = _label(text)
            member += label in p["labels"]
            actions += label in p["actions"]
        if len(text) <= 120 and text.lower().rstrip().endswith(p["quote_marks"]):
            actions += 1
    return bool(member >= forum["min_member_labels"] and member + actions >= forum["min_labels"])


def _text_listing(body: Sequence[str]) -> bool:
    """The body is teasers (its sentences mostly come straight after a headline line) and no
    long prose besides."""
    sentences = pairs = 0
    for i, text in enumerate(body):
        if _sentence(text):
            sentences += 1
            pairs += i > 0 and len(text) < _TEASER_TEXT and _headline(body[i - 1])
    listing = _data()["listing"]
    return bool(
        pairs >= listing["min_text_teasers"]
        and pairs >= listing["text_teaser_share"] * sentences
        and not _has_prose(body, listing["max_prose"])
    )
