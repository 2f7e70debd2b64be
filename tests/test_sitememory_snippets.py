"""Site memory's learned selectors match the block on every page it was learned from (issue 19)."""

from __future__ import annotations

import pytest

from decruft._parse import parse
from decruft.sitememory import SiteMemory

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
BOATS = ["the ferry", "two trawlers", "a tall ship", "the lifeboat", "three yachts", "a tug"]


def _pages(box: str) -> list[tuple[str, str]]:
    """Six pages of tides.example: their own post, then ``box`` (``{day}`` is the page's weekday)."""
    pages = []
    for i, day in enumerate(DAYS):
        post = f"<p>The tide came in early and {BOATS[i]} went out past the harbour wall.</p>"
        html = (f"<html><head><title>Tides {i}</title></head><body><div id='main'><div class='post'>{post}</div>"
                f"{box.format(day=day)}</div></body></html>")  # fmt: skip
        pages.append((f"https://tides.example/{i}", html))
    return pages


@pytest.mark.parametrize(
    "box",
    [
        # the text as written has a line break where the learned text has a space
        "<div class='meta'>Posted by\n      Dana Reed | <a href='/dana'>all posts by Dana Reed</a></div>",
        # a weekday the learned text folds ("#"): the snippet must stop before it
        "<div class='meta'>Updated every {day} by the harbour office and its volunteers</div>",
    ],
)
def test_a_learned_selector_matches_every_page(box: str) -> None:
    pages = _pages(box)
    memory = SiteMemory.learn(pages[:5])
    (rule,) = memory.sites.rules
    (selector,) = [s for s in rule.strip if "div.meta" in s.source]
    for _, html in pages:  # the sixth page too, on another weekday
        assert selector.select(parse(html)), (selector.source, html)
