"""Site memory's guards at extraction time, on short posts and repeated lines (issue 19)."""

from __future__ import annotations

import decruft
from decruft.sitememory import SiteMemory

ABOUT = ("<div class='about'><b>Dana Reed (@harbourdana)</b> I live by the sea, I write about boats and I share "
         "the best pictures of ships and harbours I find on the web with everyone who follows along. Send me yours "
         "and I will post the good ones here with your name under them, every week of the year.</div>")  # fmt: skip
ABOUT_TEXT = "I live by the sea, I write about boats"


def _snaps(n: int) -> list[tuple[str, str]]:
    """``n`` pages of snaps.example: a one-line post, the author's box beside it (longer than the post)."""
    lines = ["A tugboat painted like a whale, seen in the harbour.", "Old ferry tickets from the fifties.",
             "The lighthouse keeper's cat, again.", "Fog over the pier this morning.",
             "A ship in a bottle, built by a reader.", "Sunset behind the cranes."]  # fmt: skip
    pages = []
    for i in range(n):
        html = (f"<html><head><title>Snap {i}</title></head><body><div id='content'>{ABOUT}"
                f"<div class='entry'><h2>Snap {i}</h2><p>{lines[i]}</p></div></div></body></html>")  # fmt: skip
        pages.append((f"https://snaps.example/{i}", html))
    return pages


def test_a_learned_box_that_outweighs_a_short_post_goes() -> None:
    """The page-wide article veto would keep the author box (it holds most of the page's text);
    site memory's own guards stand for it: the box repeats on every page, it is no story."""
    pages = _snaps(6)
    memory = SiteMemory.learn(pages[:5])
    url, html = pages[5]
    plain = decruft.Extractor(fallback=False).extract(html, url=url)
    assert ABOUT_TEXT in plain.text
    article = decruft.Extractor(site_memory=memory, fallback=False).extract(html, url=url)
    assert ABOUT_TEXT not in article.text
    assert "Sunset behind the cranes." in article.text
    gone = [r for r in article.removed if r.rule == "site-memory"]
    assert gone and not any(r.vetoed for r in gone)
