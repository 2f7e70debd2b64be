"""``metadata._asparsed.AsParsed`` reads the page as parsed where it stands: every answer is the
one the page with its removed elements put back (``State.restored``) gives."""

from __future__ import annotations

from lxml import etree

import decruft
from decruft._options import Options
from decruft._parse import inner_text, parse
from decruft._state import State
from decruft.metadata._asparsed import AsParsed

PAGE = """<html><body><div id="top"><nav><a>Home</a> <a>News</a></nav>
<article><h1>Council <b>approves</b> budget</h1><div class="meta">By <a>Jane Roe</a>
<span class="share">Share <i>this</i></span> <s>stamp</s> on 8 March 2016</div>
<p>First paragraph of the story <em>with</em> words.</p><aside><h2>Related</h2><p>Teaser</p></aside>
</article><footer>Footer <small>text</small></footer></div></body></html>"""


def _removed_state() -> State:
    """The page with nested removals: an element inside a block removed later, a comment, a
    placeholder removed in turn, and an element inside the headline."""
    state = State(root=parse(PAGE), options=Options())
    root = state.root
    stamp = root.find(".//s")  # parsing drops comments: one put in as a script could leave it
    comment = etree.Comment(" stamp ")
    comment.tail = stamp.tail
    stamp.getparent().replace(stamp, comment)
    state.vacate(root.find(".//span[@class='share']/i"))
    state.vacate(root.find(".//span[@class='share']"))
    state.vacate(comment)
    state.vacate(root.find(".//h1/b"))
    state.vacate(root.find(".//aside"))
    state.vacate(root.find(".//article/*[@data-decruft-removed]"))  # the aside's placeholder
    state.vacate(root.find(".//footer"))
    state.vacate(root.find(".//nav"))
    return state


def test_the_view_answers_as_the_restored_page() -> None:
    state = _removed_state()
    with state.restored() as root:
        elements = list(root.iter(etree.Element))
        expected = [
            (
                el.getparent(),
                list(el.iterancestors()),
                list(el.itersiblings(etree.Element)),
                list(el.itersiblings(etree.Element, preceding=True)),
                list(el.iter(etree.Element)),
                list(el.itertext()),
                inner_text(el),
            )
            for el in elements
        ]
    page = AsParsed(state.vacated)
    for el, (parent, ancestors, following, preceding, inside, texts, text) in zip(elements, expected, strict=True):
        assert page.parent(el) is parent
        assert list(page.ancestors(el)) == ancestors
        assert list(page.following(el)) == following
        assert list(page.following(el, preceding=True)) == preceding
        assert list(page.iter(el)) == inside
        assert list(page.itertext(el)) == texts
        assert page.inner_text(el) == text
        assert page.short_text(el, 40) == (text if len(text) <= 40 else None)
    assert page.holds(state.root.find("body"), state.root.find(".//h1"))


def test_a_dateline_and_byline_the_rules_removed_under_the_headline_are_read() -> None:
    page = (
        "<html><body><article><h1>Council approves new budget</h1>"
        '<div class="share-bar"><span>Share</span> <span>By Jane Roe</span> <span>8 March 2016</span></div>'
        + "".join(f"<p>{'The council met on Monday evening and approved the budget for next year. ' * 3}</p>" for _ in range(4))
        + "</article></body></html>"
    )
    article = decruft.extract(page)
    assert article.date is not None and article.date.isoformat() == "2016-03-08"
    assert article.authors == ["Jane Roe"]


def test_printed_lines_are_read_where_the_page_stands() -> None:
    """``textmode._printed.page_lines`` walks the placeholders as the elements they stand for:
    the lines (and the article's) are those of the restored page, and no element is moved."""
    from decruft.textmode._printed import page_lines

    state = _removed_state()
    main = state.root.find(".//article")
    with state.restored() as root:
        restored = page_lines(root.find("body"), main)
    before = etree.tostring(state.root)
    lines, body = page_lines(state.root.find("body"), main, dict(state.vacated))
    assert etree.tostring(state.root) == before
    assert [(ln.index, ln.text) for ln in lines] == [(ln.index, ln.text) for ln in restored[0]]
    assert body == restored[1]
    assert "By Jane Roe Share this" in [ln.text for ln in lines]  # inside two removed elements
