"""The one walk of the page's attributes (``_parse.attributed_elements``) that metadata, the
rules and content choice share (issue 18): what each reader takes from its lists."""

from __future__ import annotations

from decruft._parse import attributed_elements, parse
from decruft.rules import default_ruler
from decruft.rules._attrs import attr_matcher

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
    assert found.names is None and found.hits == {}  # no matcher given: no class/id hits
    assert [el.get("role") for el in found.roles] == ["note"]
    assert tags(found.itemprops) == [
        ("div", "post"), ("span", "author"), ("span", "Author-name"), ("div", "review"), ("span", "author"),
    ]  # fmt: skip
    # A byline-ish class, itemprop="author" outside a review, rel="author"; not "AUTHORITY".
    assert tags(found.bylines) == [("p", "byline"), ("span", "author"), ("span", "Author-name"), ("a", "author")]
    assert [el.get("style") for el in found.hideable] == ["display:none"]


SIDES = (
    "<html><body>"
    '<div id="comments"><p class="comment">A reply</p></div>'
    '<div class="post-body" role="main"><p>Text</p><div class="share-buttons" id="s1">Share</div></div>'
    '<ul class="related-posts" itemprop="about"><li id="x" class="">One</li></ul>'
    '<aside class="sidebar widget" style="color: red">Side</aside>'
    "</body></html>"
)


def test_the_walk_files_the_rules_class_id_hits_as_the_rules_match_them() -> None:
    """Given the rules' matcher, the walk files each element whose class and id name a rule
    under that rule, in document order: what matching every element's pair would find."""
    names = tuple(rule.name for rule in default_ruler() if rule.chain == "page")
    matcher = attr_matcher(names)
    body = parse(SIDES).find("body")
    found = attributed_elements(body, matcher)
    expected: dict[str, list[object]] = {name: [] for name in names}
    for el in body.iterdescendants():
        if el.get("class") is not None or el.get("id") is not None:
            owner = matcher.of(el.get("class"), el.get("id"))
            if owner is not None:
                expected[owner].append(el)
    assert found.names == names and found.hits == expected
    assert sum(map(len, found.hits.values())) >= 3
