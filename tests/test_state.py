"""The typed fields stages leave on the :class:`~decruft.State` for later stages (issue 18:
they replaced the untyped ``State.meta`` dict)."""

from __future__ import annotations

from conftest import PARAGRAPHS, article_page

import decruft

EX = decruft.Extractor(fallback=False)


def test_content_notes() -> None:
    _, state = EX._extract_html(article_page(), None)
    assert state.content.via == "hint"  # the page's own <article>
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    _, state = EX._extract_html(f"<html><body><div id='a'><h1>Budget</h1><div id='b'>{paragraphs}</div></div></body></html>", None)
    assert state.content.via == "score" and state.content.scores and state.main is not None
    assert max(state.content.scores, key=state.content.scores.__getitem__) in [state.main, *state.main.iterancestors()]
    assert state.content.first_post_title is None
    posts = "".join(
        f"<article><h2>Post number {i} about the budget</h2><p>{p}</p><p>{p}</p></article>" for i, p in enumerate(PARAGRAPHS)
    )
    _, state = EX._extract_html(f"<html><body><main>{posts}</main></body></html>", None)
    assert state.content.via == "posts" and state.content.first_post_title == "Post number 0 about the budget"


def test_page_scan() -> None:
    cookie = "<div class='box'><p>We use cookies to improve your experience on our site.</p><button>Accept</button></div>"
    _, state = EX._extract_html(article_page(cookie), None)
    scan = state.scan
    assert scan.rule_names and "consent" in scan.rule_names and not any(n.startswith("site:") for n in scan.rule_names)
    assert scan.analysis is not None and scan.attributed is not None
    assert scan.text_nodes is not None and any(PARAGRAPHS[0] == str(n).strip() for n in scan.text_nodes)
    assert scan.sentence_hits is not None and "consent" in scan.sentence_hits
    assert any(r.rule == "consent" for r in state.removed)


def test_metadata_fields() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves new budget"}'
            '</script><meta property="og:type" content="article">')  # fmt: skip
    page = article_page(before="<button>Subscribe</button>").replace("</title>", "</title>" + head)
    article, state = EX._extract_html(page, None)
    assert state.signals is not None and state.signals.jsonld[0]["@type"] == "NewsArticle"
    assert state.signals.tags["og:type"] == "article"
    assert state.buttons is not None and [b.text for b in state.buttons] == ["Subscribe"]
    assert state.headline == article.title == "Council approves new budget"
    # The date search reads the dateline under the headline on every page (dates(): step 6, the
    # update line, the near-day check); this page prints none.
    assert state.printed is not None and state.printed.date is None
    from decruft.metadata._printed import _printed_dateline

    dated = article_page().replace("<h1>Council approves new budget</h1>", "<h1>Council approves new budget</h1><p>5 April 2021</p>")
    _, state = EX._extract_html(dated, None)
    assert str(_printed_dateline(state)) == "2021-04-05" and state.printed is not None and str(state.printed.date) == "2021-04-05"


def test_state_has_no_untyped_side_channel() -> None:
    state = decruft.State(root=EX._extract_html(article_page(), None)[1].root, options=EX.options)
    assert not hasattr(state, "meta") and not hasattr(state, "__dict__")  # slots: typed fields only


def test_prose_and_mass_read_as_a_full_count() -> None:
    """The shortcuts of the veto's prose (sums climbed level by level) and of the guards'
    paragraph mass (read only inside an element that held a long paragraph) give what a full
    count of the page gives, before and after a block is removed."""
    from itertools import repeat

    from decruft._state import Prose, _held_prose
    from decruft.rules._find import _P_TAGS, analysis, mass_in

    side = "<aside class='x'><p>" + "Other news of the day, told at length for the sidebar. " * 3 + "</p></aside>"
    _, state = EX._extract_html(article_page(side + "<nav><a href='/'>Home</a> <a href='/a'>About</a></nav>"), None)
    prose = Prose.of(state.root)
    full: dict[object, int] = {}
    for holder, n in _held_prose(list(state.root.xpath("/html/body/descendant::text()[normalize-space()]"))).items():
        if holder.tag != "a" and next(holder.iterancestors("a"), None) is None:
            for el in (holder, *holder.iterancestors()):
                full[el] = full.get(el, 0) + n
    assert prose.mass == full and prose.total == full[state.root.find("body")]
    an = analysis(state)
    for el in state.root.iter():
        assert mass_in(an, el) == sum(map(an.mass.get, el.iter(*_P_TAGS), repeat(0)))
    aside = state.root.find(".//aside")
    if aside is not None and aside.getparent() is not None:
        state.remove(aside, "test")
    for el in state.root.iter():
        assert mass_in(an, el) == sum(map(an.mass.get, el.iter(*_P_TAGS), repeat(0)))


def test_leading_text_leaf_and_tree() -> None:
    """A removal's text: a leaf's own text stripped (read without itertext), a block's text
    pieces stripped and joined by a space (two pieces glued in the markup stay apart), read
    no further than the limit."""
    from lxml import etree

    from decruft._state import _leading_text

    leaf = etree.fromstring("<span>\n  Share this  \n</span>")
    assert _leading_text(leaf, 201) == "Share this"
    assert _leading_text(etree.fromstring("<span> </span>"), 201) == ""
    assert _leading_text(etree.fromstring("<span/>"), 201) == ""
    block = etree.fromstring("<div> <b>By</b>Jane <i> Roe </i> tail </div>")
    assert _leading_text(block, 201) == "By Jane Roe tail"
    long = etree.fromstring("<ul>" + "".join(f"<li>item {i:02d}</li>" for i in range(60)) + "</ul>")
    assert _leading_text(long, 20) == "item 00 item 01 item 02"  # stops once past 20 characters


def test_leading_text_reads_itertext_order() -> None:
    """The block's walk gives itertext()'s texts in itertext()'s order: tails after the element's
    children, a comment's tail but not its text, never the block's own tail; the limit cuts alike."""
    from lxml import etree

    from decruft._state import _leading_text

    def by_itertext(el: etree._Element, limit: int) -> str:
        parts: list[str] = []
        for part in el.itertext():
            if part.strip():
                parts.append(part.strip())
                if sum(len(p) + 1 for p in parts) > limit:
                    break
        return " ".join(parts)

    page = etree.fromstring(
        "<body><div> lead <ul><li>one<b>two</b> after-b</li> after-li <li><i><u>deep</u> u-tail</i></li>"
        "<!-- note --> c-tail <?pi x?> pi-tail</ul> ul-tail <p/> last </div> div-tail</body>"
    )
    div = page[0]
    assert _leading_text(div, 500) == "lead one two after-b after-li deep u-tail c-tail pi-tail ul-tail last"
    for el in page.iter():
        for limit in (1, 5, 12, 30, 500):
            assert _leading_text(el, limit) == (by_itertext(el, limit) if len(el) else (el.text or "").strip())


def test_inner_text_is_joined_itertext() -> None:
    """inner_text (libxml2's text serialisation) is "".join(itertext()), the element's tail left
    out: the headline, post and page-type readers use it in place of the join."""
    from lxml import etree

    from decruft._parse import inner_text

    el = etree.fromstring("<h1>Budget <a href='#'>vote</a>passes<br/> today</h1>")
    el.tail = " after"
    assert inner_text(el) == "".join(el.itertext()) == "Budget votepasses today"


def test_whitespace_collapsed_without_split() -> None:
    """The shortcuts that collapse a printable text without splitting it into words (the rules'
    short texts, the removal text, content's lengths, the veto's prose) give what
    ``" ".join(text.split())`` gives, on every whitespace character Python's split knows."""
    import random

    from lxml import etree

    from decruft._content._measure import _collapsed_len, _measure
    from decruft._state import _held_prose, shorten
    from decruft._spaces import collapsed

    spaces = [" ", "  ", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\xa0", "\u1680", "\u2002", "\u2009",
              "\u2028", "\u202f", "\u3000"]  # fmt: skip
    pieces = [*spaces, "a", "word", "é", "—", "\u200b", "'"]
    rng = random.Random(7)
    texts = ["", " ", "one two", " one  two ", "one\xa0two", *("".join(rng.choices(pieces, k=rng.randint(1, 12))) for _ in range(3000))]
    for text in texts:
        want = " ".join(text.split())
        assert collapsed(text) == want and _collapsed_len(text) == len(want) and shorten(text, 10_000) == want
    root = etree.fromstring("<div><p>a b c d e f g h</p><p>a b c d e f</p><p>a\xa0b c d e f gg</p><p> a  b c d e f g </p></div>")
    held = _held_prose(root.xpath("//text()"))
    assert [held.get(p) for p in root] == [15, None, 14, 13]  # seven words or more: their length, collapsed
    lengths = _measure(root).lengths
    assert [lengths[p] for p in root] == [15, 11, 14, 13] and lengths[root] == len(collapsed("".join(root.itertext())))
