"""Rendering reads each text node of the page once, however the article is laid out."""

from __future__ import annotations

from conftest import FIXTURES, PARAGRAPHS

import decruft
from decruft import _render
from lxml import html as lxml_html


def test_nested_layout_tables_give_each_paragraph_once() -> None:
    page = (FIXTURES / "nested-layout-table" / "page.html").read_bytes()
    article = decruft.extract(page, fallback=False)
    text = " ".join(article.text.split())
    source = lxml_html.document_fromstring(page)
    # The story's paragraphs: the text pieces of its <font size="2"> runs (<br><br> and <p> apart).
    sentences = [" ".join(t.split()) for t in source.xpath("//font[@size='2']//text()") if len(t.strip()) > 30]
    assert len(sentences) == 6
    for sentence in sentences:
        assert text.count(sentence) == 1, sentence
    assert article.markdown.count(sentences[0]) == 1
    assert article.html.count(sentences[0]) == 1


def test_an_old_blogs_post_table_gives_each_paragraph_on_its_own_line() -> None:
    # The post set as a one-column table (date, title, text, "posted by" rows) beside spacer
    # cells: its <br><br> paragraphs are lines of their own, not one run-on table row.
    page = (FIXTURES / "old-blog-table-layout" / "page.html").read_bytes()
    article = decruft.extract(page, fallback=False)
    source = lxml_html.document_fromstring(page)
    paragraphs = [" ".join(t.split()) for t in source.xpath("//td[@width='72%']/table[1]//font[@size='2']/text()") if len(t.strip()) > 150]
    assert len(paragraphs) == 4
    lines = [" ".join(line.split()) for line in article.text.splitlines()]
    for paragraph in paragraphs:
        assert lines.count(paragraph) == 1, paragraph
    assert not any(line.startswith("|") for line in article.markdown.splitlines())


def test_table_inside_a_table_cell_is_read_once() -> None:
    cells = "".join(f"<tr><td><table><tr><td>{p}</td></tr></table></td></tr>" for p in PARAGRAPHS)
    page = f"<html><body><table><tr><td><table>{cells}</table></td></tr></table></body></html>"
    article = decruft.extract(page, fallback=False)
    for p in PARAGRAPHS:
        assert article.text.count(p) == 1


def test_data_table_keeps_its_rows() -> None:
    page = "<table><tr><th>Ward</th><th>Votes</th></tr><tr><td>North</td><td>1,204</td></tr></table>"
    blocks = _render.blocks_of([lxml_html.fromstring(page)])
    assert [b.text for b in blocks if b.kind == "row"] == ["Ward | Votes", "North | 1,204"]


def test_a_one_row_layout_table_gives_the_cells_paragraphs_apart() -> None:
    # An old blog template: one row, the post's column (a heading, paragraphs in divs) beside
    # a navigation column the rules remove. The post is blocks, not one row of run-on text.
    post = "".join(f"<div class='entry'><p>{p}</p></div>" for p in PARAGRAPHS)
    page = (
        "<html><body><table width='100%'><tr>"
        f"<td id='contenttd' valign='top'><h2>Why the valley road closed</h2>{post}</td>"
        "<td class='sidebar'><ul><li><a href='/a'>Archive</a></li><li><a href='/b'>Tags</a></li></ul></td>"
        "</tr></table></body></html>"
    )
    root = lxml_html.fromstring(page)
    blocks = _render.blocks_of([root.find(".//table")])
    assert [b.text for b in blocks if b.kind == "p"] == PARAGRAPHS
    assert not any(b.kind == "row" for b in blocks)


def test_an_old_layouts_column_of_rows_beside_spacer_cells_gives_paragraphs() -> None:
    # An old news layout: the story set as a table, the headline and byline lines in one row and
    # each paragraph in a row of its own, a spacer image's empty cell before each text cell. The
    # rows are the story's blocks: no "| " before them, the byline's lines apart, not glued.
    rows = "".join(f"<tr><td width='8'><img src='/s.gif'></td><td><font size='2'>{p}</font></td></tr>" for p in PARAGRAPHS)
    page = (
        "<table width='100%'><tr><td></td><td><b>Valley road to close for repairs</b><br>"
        f"By Ann Example<br>Published: 04/05/2003</td></tr>{rows}</table>"
    )
    blocks = _render.blocks_of([lxml_html.fromstring(page)])
    assert not any(b.kind == "row" for b in blocks)
    assert [b.text for b in blocks][1:] == PARAGRAPHS
    assert blocks[0].text.splitlines() == ["Valley road to close for repairs", "By Ann Example", "Published: 04/05/2003"]


def test_a_data_cells_lines_are_apart() -> None:
    # A staff table: a name and a role parted by <br>, a number set in two <div>s.
    page = (
        "<table><tr><th>Name</th><th>Phone</th></tr>"
        "<tr><td>Ann Example<br>Editor</td><td><div>0123</div><div>4567</div></td></tr></table>"
    )
    blocks = _render.blocks_of([lxml_html.fromstring(page)])
    assert [b.text for b in blocks if b.kind == "row"] == ["Name | Phone", "Ann Example Editor | 0123 4567"]


def test_a_word_processors_table_with_a_paragraph_in_each_cell_is_still_data() -> None:
    page = (
        "<table><tr><td><p>&nbsp;</p><p><strong>Ward</strong></p></td><td><p>Notes</p></td></tr>"
        "<tr><td><p>North</p></td><td><p>Recount asked.</p></td></tr></table>"
    )
    blocks = _render.blocks_of([lxml_html.fromstring(page)])
    assert [b.text for b in blocks if b.kind == "row"] == ["Ward | Notes", "North | Recount asked."]


def test_overlapping_chosen_elements_are_walked_once() -> None:
    root = lxml_html.fromstring(f"<div><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>")
    inner = root[0]
    blocks = _render.blocks_of([inner, root, root, inner])
    assert [b.text for b in blocks] == PARAGRAPHS[:2]


def test_a_long_paragraph_printed_again_is_rendered_once() -> None:
    # The article printed again in the same container (a print copy, an excerpt box): its long
    # paragraphs are given once; a short repeated line (a refrain) stays.
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        f"<html><body><article><h1>Headline</h1><p>Sing it again, friends.</p>{body}"
        f"<div class='excerpt'><p>Sing it again, friends.</p>{body}</div></article></body></html>"
    )
    text = decruft.extract(page, fallback=False).text
    long_ones = [p for p in PARAGRAPHS if len(p) >= _render.REPEAT_CHARS]
    assert long_ones
    for paragraph in long_ones:
        assert text.count(paragraph) == 1
    assert text.count("Sing it again, friends.") == 2


def test_dedupe_key_is_the_collapsed_lowercase_text() -> None:
    """The fast path of the repeat check's key gives what splitting and joining gives, whatever
    whitespace the block's text holds."""
    from decruft._render._walk import _dedupe_key

    texts = [
        "", " ", "A Plain Sentence.", "two  spaces", " lead", "trail ", "tab\there", "line\nbreak",
        "nb\u00a0sp", "thin\u2009space", "ideo\u3000space", "sep\u2028line", "nel\x85x", "unit\x1fsep",
        "\u0130stanbul", "ZWSP\u200bis not space", "| a |  | b |",
    ]
    for text in texts:
        assert _dedupe_key(text) == " ".join(text.lower().split()), repr(text)


def test_a_links_edge_spaces_part_it_from_the_words_around_it() -> None:
    # "started the<a> fundraiser </a>page": the spaces inside the link part its words from the
    # words outside it, as a browser shows them; text, Markdown and HTML keep them.
    line = (
        "The family started the<a href='https://example.org/f'> fundraiser </a>page this month to pay for "
        "the treatment, and the<a href='https://example.org/c'> club</a>, his coaches and friends helped."
    )
    page = f"<html><body><article><h1>A fundraiser</h1><p>{line}</p><p>{PARAGRAPHS[0]}</p></article></body></html>"
    article = decruft.extract(page, fallback=False)
    assert "started the fundraiser page this month" in article.text
    assert "and the club, his coaches" in article.text
    assert "the [fundraiser](https://example.org/f) page" in article.markdown
    assert 'the <a href="https://example.org/f">fundraiser</a> page' in article.html
