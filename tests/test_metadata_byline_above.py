"""HTML mode: a dated byline printed in the block right above the headline, no class marking it."""

from __future__ import annotations

import pytest
from conftest import PARAGRAPHS

import decruft

BODY = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(above: str) -> decruft.Article:
    html = (
        '<html lang="de"><head><meta charset="utf-8"><title>Council approves new budget</title></head>'
        f"<body><div class=\"post\">{above}<h1>Council approves new budget</h1>{BODY}</div></body></html>"
    )
    return decruft.extract(html, url="https://news.example.org/story")


@pytest.mark.parametrize(
    ("above", "names"),
    [
        # A date, a time and a name over the headline.
        ("<div>07.06.2021 | 08:45 Uhr | Jane Roe</div>", ["Jane Roe"]),
        # A dated byline with its marker over the headline.
        ("<div>7 August 2013 &mdash; Posted by Jane Roe</div>", ["Jane Roe"]),
        # Undated: a teaser's or menu's line. A section's name beside a date: no given name.
        ("<div>Posted by Jane Roe</div>", []),
        ("<div>Sport News | 12.03.2020</div>", []),
    ],
)  # fmt: skip
def test_a_dated_byline_right_above_the_headline(above: str, names: list[str]) -> None:
    assert page(above).authors == names
