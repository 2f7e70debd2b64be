"""The one walk of the page's attributes (``_parse.attributed_elements``) that metadata, the
rules and content choice share (issue 18): what each reader takes from its lists."""

from __future__ import annotations

from decruft._parse import NO_PAIR, attributed_elements, parse

PAGE = (
    "<html><body>"
    '<div class="post" id="main" itemprop="articleBody">'
    '<p class="byline">By <span itemprop="author">Jane Roe</span></p>'
    '<span class="Author-name" itemprop="author">Jane Roe</span>'
    '<a rel="author" href="/jane">Jane</a>'
    '<div itemprop="review"><span itemprop="author">A reader</span></div>'
    '<p class="AUTHORITY">Not a byline</p>'
    '<p style="display:none" role="note">hidden</p>'
    "</div></body></html>"
)


def test_one_walk_lists_marked_itemprop_byline_and_hideable_elements() -> None:
    found = attributed_elements(parse(PAGE).find("body"))
    tags = lambda els: [(el.tag, el.get("class") or el.get("itemprop") or el.get("rel")) for el in els]  # noqa: E731
    assert len(found.marked) == len(found.marked_pairs) == 9
    assert [el.get("role") for el in found.roles] == ["note"]
    assert tags(found.itemprops) == [
        ("div", "post"), ("span", "author"), ("span", "Author-name"), ("div", "review"), ("span", "author"),
    ]  # fmt: skip
    # A byline-ish class, itemprop="author" outside a review, rel="author"; not "AUTHORITY".
    assert tags(found.bylines) == [("p", "byline"), ("span", "author"), ("span", "Author-name"), ("a", "author")]
    assert [el.get("style") for el in found.hideable] == ["display:none"]
    # The (class, id) the rules' class/id matching reads; an element with neither has NO_PAIR.
    assert found.marked_pairs[0] == ("post", "main") and found.marked_pairs[1] == ("byline", None)
    assert found.marked_pairs[2] is NO_PAIR and found.marked_pairs[-1] is NO_PAIR  # itemprop; role only
