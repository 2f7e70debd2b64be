"""The trafilatura fallback (decruft found little text) drops what only the page's side blocks
hold: a sidebar widget's lines no rule removed, and a removed block's paragraph whose inline
tags space its text differently from trafilatura's."""

from __future__ import annotations

import pytest

import decruft
from decruft import _fallback

POST = "Our first tomato, picked today."
UPDATES = [
    "Garden diary: seed prices rise again this spring; onion sets up 5%",
    "Garden diary: slugs return after the wet week; lettuce down by half",
    "Garden diary: the shed roof is fixed at last; rain barrels full again",
    "Garden diary: frost warning for the valley; bring the seedlings in",
]

MENU = "Home Vegetables Fruit Herbs Flowers Tools Compost Seeds Recipes Archive Contact About"


def _page(post: str = POST) -> str:
    side = "".join(f"<p>{line}</p>" for line in UPDATES)
    menu = "".join(f"<li><a href='/{i}'>{w}: all our notes and pictures</a></li>" for i, w in enumerate(MENU.split()))
    return f"""<html><head><title>First tomato</title></head><body><ul class="menu">{menu}</ul>
<div id="content"><div class="post"><h2>First tomato</h2><div class="entry"><p>{post}</p></div></div></div>
<div id="side"><div class="widget-updates">{side}</div></div>
</body></html>"""


def _fake(paragraphs: list[str]):
    def fake(text: str, url: str | None) -> str:
        return "\n\n".join(paragraphs)

    return fake


def test_fallback_drops_what_only_a_sidebar_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    # A photo post of one line beside a widget of update lines: trafilatura returns the line and
    # the widget's; those lie only in the widget, so decruft's line stays the article.
    monkeypatch.setattr(_fallback, "trafilatura_text", _fake([POST, *UPDATES]))
    article = decruft.extract(_page())
    assert article.engine == "decruft"
    assert article.text == POST


def test_fallback_keeps_a_sidebar_text_the_post_prints_too(monkeypatch: pytest.MonkeyPatch) -> None:
    # A line the post prints as well as the widget is the post's: it is not filtered out.
    monkeypatch.setattr(_fallback, "trafilatura_text", _fake([POST, *UPDATES]))
    article = decruft.extract(_page(post=f"{POST}</p><p>{UPDATES[0]}"))
    assert UPDATES[0] in article.text
    assert UPDATES[1] not in article.text


def test_fallback_matches_removed_text_across_inline_tags() -> None:
    # A removed block's paragraph with an inline tag right inside brackets: its pieces joined by
    # spaces read "( see the list )", trafilatura's "(see the list)"; it is still the removed block's.
    from decruft import _parse
    from decruft._options import Options
    from decruft._state import State

    note = "Seeds are sorted by month (see <em>the list</em>) and sent in March."
    entry = "".join(f"<p>{line}</p>" for line in UPDATES)
    page = f"<html><body><div class='promo'><p>{note}</p></div><div class='entry'>{entry}</div></body></html>"
    state = State(root=_parse.parse(page), options=Options.make())
    for el in state.root.xpath("//div[@class='promo']"):
        state.vacate(el)
    flat = "Seeds are sorted by month (see the list) and sent in March."
    assert _fallback._without_removed(state, f"{UPDATES[0]}\n\n{flat}").split("\n\n") == [UPDATES[0]]
