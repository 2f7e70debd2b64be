"""Both modes make their Article through decruft._assemble.build_article."""

from __future__ import annotations

from unittest import mock

import decruft
from decruft import _assemble
from decruft._render import Block

SCRAPE = "Council approves new budget\n\n" + "\n\n".join(
    ["The city council approved the new budget on Tuesday evening after a long debate, with most members agreeing."] * 3
)


def test_build_article_renders_the_blocks_once_for_every_field() -> None:
    seen: list[list[str]] = []
    blocks = [Block("h2", "Budget", "Budget", "Budget"), Block("p", "Roads & libraries.", "Roads & libraries.",
                                                                     "Roads &amp; libraries.")]  # fmt: skip
    article = _assemble.build_article(blocks, source="text", url=None, title="Head",
                                      page_type=lambda texts: seen.append(texts) or "listing")  # fmt: skip
    assert article.text == "Budget\n\nRoads & libraries."
    assert article.markdown == "## Budget\n\nRoads & libraries."
    assert "<h1>Head</h1>" in article.html and "<p>Roads &amp; libraries.</p>" in article.html
    assert seen == [["Budget", "Roads & libraries."]] and article.page_type == "listing"
    # The fallback's own text replaces the rendered one; Markdown and HTML still come from the blocks.
    assert _assemble.build_article(blocks, source="html", url=None, title=None, text="other",
                                   page_type=lambda texts: "article").text == "other"  # fmt: skip


def test_both_modes_go_through_build_article() -> None:
    ex = decruft.Extractor()  # its first page (a preload) made before the spy is in place
    spy = mock.Mock(wraps=_assemble.build_article)
    with mock.patch("decruft._extractor.build_article", spy), mock.patch("decruft.textmode.build_article", spy):
        html = ex.extract("<html><body><article><p>" + SCRAPE + "</p></article></body></html>", input_format="html")
        text = ex.extract(SCRAPE, input_format="text")
    assert [c.kwargs["source"] for c in spy.call_args_list] == ["html", "text"]
    assert html.source == "html" and text.source == "text"
