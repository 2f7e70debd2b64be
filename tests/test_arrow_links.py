"""Lines of links led or closed by an arrow mark: links to the posts before and after this one."""

from __future__ import annotations

from conftest import PARAGRAPHS, article_page

import decruft


def test_an_arrowed_line_of_post_links_goes() -> None:
    nav = (
        "<p align='right'>&laquo; <a href='/2031/04/spring-fair'>Spring fair returns to the square</a> | "
        "<a href='/'>Main</a> | <a href='/2031/05/library-hours'>Library opens on Sundays</a> &raquo;</p>"
    )
    page = article_page().replace("<div class=\"article-body\">", f"<div class=\"article-body\">{nav}")
    article = decruft.extract(page, fallback=False)
    assert "Spring fair returns" not in article.text and "Main" not in article.text
    assert PARAGRAPHS[0] in article.text
    assert any(r.rule == "related" and "Spring fair returns" in r.text for r in article.removed)


def test_a_quotation_in_guillemets_stays() -> None:
    # Guillemets around a quotation, a link inside it: the line is mostly words, not links.
    quote = "<p>« Nous avons voté pour les écoles et pour les <a href='/bus'>bus</a> », a dit la maire.</p>"
    page = article_page().replace("</div>\n</article>", f"{quote}</div>\n</article>")
    article = decruft.extract(page, fallback=False)
    assert "Nous avons voté pour les écoles" in article.text
