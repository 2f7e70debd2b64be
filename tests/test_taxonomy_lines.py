"""A post's taxonomy line ("Posted in: <a>Travel</a>, <a>Food</a> |", "Tags: <a>x</a>, <a>y</a>")
names the post's categories and tags as links: site navigation, not the article's text."""

from __future__ import annotations

import pytest

import decruft

POST = [
    "The old ferry will stop at the north landing from May on, the harbor office said on Monday, "
    "and the south landing will close for repairs until the end of the summer season.",
    "Tickets keep their price, and the first crossing leaves at seven, as it has for thirty years; "
    "buses will wait at the pier for every boat, the office added in its short note to travellers.",
]


def _page(line: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in POST)
    return (
        "<html><head><title>Ferry moves north</title></head><body><article><h1>Ferry moves north</h1>"
        f"{body}{line}</article></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        "<p>Posted in: <a href='/c/travel'>Travel</a>, <a href='/c/harbors'>Harbors</a> |</p>",
        "<div>Filed under <a href='/c/local'>Local news</a></div>",
        "<p>Tags: <a href='/t/ferry'>ferry</a>, <a href='/t/harbor'>harbor</a>, <a href='/t/summer'>summer timetable</a>,"
        " <a href='/t/bus'>buses</a>, <a href='/t/repairs'>repairs</a></p>",
        "<p>Categories: <a href='/c/a'>Travel</a><br>Tags: <a href='/t/a'>ferry</a>, <a href='/t/b'>north landing</a></p>",
        "<p>Schlagworte: <a href='/t/a'>Fähre</a>, <a href='/t/b'>Hafen</a></p>",
        # The label in an element of its own, beside the links.
        "<div class='cat-links'><span class='prep'>Posted in</span> <a href='/c/a'>Travel</a>, <a href='/c/b'>Harbors</a></div>",
    ],
)
def test_a_posts_taxonomy_line_goes(line: str) -> None:
    article = decruft.extract(_page(line), fallback=False)
    assert all(p in article.text for p in POST), article.text
    for word in ("Posted in", "Filed under", "Tags", "Categories", "Schlagworte"):
        assert word not in article.text, article.text
    assert any(r.rule == "navigation" for r in article.removed)


def test_a_sentence_opening_with_the_words_stays() -> None:
    # The words open a sentence of the article that links a source: mostly no link.
    line = (
        "<p>Posted in the harbor office's window on Monday, the <a href='/n'>notice</a> lists the new "
        "times for every crossing and the bus connections at both landings.</p>"
    )
    article = decruft.extract(_page(line), fallback=False)
    assert "Posted in the harbor office's window" in article.text, article.text


def test_a_taxonomy_line_of_a_text_scrape_goes() -> None:
    # A scrape keeps the line without its links: the label and a colon mark it (a line too
    # long for the tail rule's short labels).
    tags = "Tags: ferry, north landing, harbor office, summer timetable, bus connections, repairs"
    scrape = "\n".join(["Ferry moves north", "", POST[0], "", POST[1], "", tags])
    article = decruft.extract(scrape, fallback=False)
    assert POST[1] in article.text, article.text
    assert "Tags" not in article.text, article.text
