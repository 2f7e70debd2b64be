"""Teaser lists whose headlines are no links: a heading, a summary and a "Read more" link."""

from __future__ import annotations

from conftest import PARAGRAPHS, article_page

import decruft

MORE_TEASERS = "<div class='box'><ul>" + "".join(
    f"<li><h3>Harbour festival {i} draws record crowds to the waterfront</h3>"
    f"<p>Thousands of visitors came for the boats, the food stalls and the music of evening {i} "
    f"<a href='/news/festival-{i}'>Read more...</a></p><p>2031-05-0{i}</p></li>"
    for i in range(1, 6)
) + "</ul></div>"


def test_teasers_with_read_more_links_go_as_a_list() -> None:
    # Each item's only link is "Read more...": removing the links one by one would leave the
    # headings and summaries, which read as the article's prose. The list goes whole.
    page = article_page().replace("</article>", f"</article>{MORE_TEASERS}")
    article = decruft.extract(page, fallback=False)
    assert "Thousands of visitors" not in article.text
    assert "Harbour festival 3" not in article.text
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[-1] in article.text
    assert any(r.rule == "related" and "Harbour festival 1" in r.text for r in article.removed)


def test_a_section_closing_with_one_read_more_link_stays() -> None:
    # Fewer than four such items: an article's own headed section that links further reading.
    section = (
        "<h3>What the budget means for bus routes</h3><p>Three rural routes keep their evening "
        "services until the review reports next spring. <a href='/buses'>Read more...</a></p>"
    )
    page = article_page().replace("</div>\n</article>", f"{section}</div>\n</article>")
    article = decruft.extract(page, fallback=False)
    assert "Three rural routes keep their evening services" in article.text
