"""The public API: extract(), Extractor, Article, decoding, errors, properties."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import threading

import pytest
from conftest import PARAGRAPHS, article_page
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import decruft


def test_extract_from_bytes_str_and_url() -> None:
    page = article_page()
    a = decruft.extract(page.encode("utf-8"), url="https://www.dailyexample.com/news/1")
    b = decruft.extract(page)
    assert a.text == b.text
    assert a.title == "Council approves new budget"
    assert a.url == "https://www.dailyexample.com/news/1"
    assert PARAGRAPHS[2] in a.text
    assert a.text.count("\n\n") >= len(PARAGRAPHS) - 1


def test_to_dict_and_json() -> None:
    page = article_page().replace(
        "<head>", '<head><meta property="article:published_time" content="2021-03-04T10:00:00Z">'
    )
    article = decruft.extract(page)
    data = article.to_dict()
    assert data["date"] == "2021-03-04" and article.date == dt.date(2021, 3, 4)
    assert json.loads(article.to_json())["title"] == article.title
    assert all(set(r) == {"rule", "text", "where"} for r in data["removed"])


def test_windows_1252_without_declaration() -> None:
    page = article_page(title="Caf\u00e9 owners\u2019 \u201cbig\u201d day \u2014 \u20ac5 coffee")
    raw = page.replace('<meta charset="utf-8">', "").encode("cp1252")
    article = decruft.extract(raw)
    assert article.title == "Caf\u00e9 owners\u2019 \u201cbig\u201d day \u2014 \u20ac5 coffee"


def test_lying_charset_declaration() -> None:
    page = article_page(title="Z\u00fcrich na\u00efve caf\u00e9").replace('charset="utf-8"', 'charset="iso-8859-1"')
    assert decruft.extract(page.encode("utf-8")).title == "Z\u00fcrich na\u00efve caf\u00e9"


def test_declared_utf8_with_a_stray_byte_stays_utf8() -> None:
    # One cp1252 byte in an otherwise UTF-8 page: a detector would call the page Mac Roman
    # and garble every accented letter; browsers keep UTF-8 and show one replacement mark.
    page = article_page(title="Gr\u00fc\u00dfe aus K\u00f6ln").encode("utf-8")
    raw = page.replace(b"</body>", b"<p>Caf\xe9</p></body>")
    assert decruft.extract(raw).title == "Gr\u00fc\u00dfe aus K\u00f6ln"


def test_undeclared_mostly_utf8_stays_utf8() -> None:
    page = article_page(title="\u00c4rger \u00fcber \u00d6ffnungszeiten in M\u00fcnchen, Z\u00fcrich und K\u00f6ln")
    raw = page.replace('<meta charset="utf-8">', "").encode("utf-8").replace(b"</body>", b"<p>\xff</p></body>")
    assert decruft.extract(raw).title == "\u00c4rger \u00fcber \u00d6ffnungszeiten in M\u00fcnchen, Z\u00fcrich und K\u00f6ln"


def test_utf16_with_bom() -> None:
    page = article_page(title="Gr\u00fc\u00dfe aus K\u00f6ln")
    assert decruft.extract(page.encode("utf-16")).title == "Gr\u00fc\u00dfe aus K\u00f6ln"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", decruft.EmptyInputError),
        (b"  \n\t ", decruft.EmptyInputError),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), decruft.BinaryInputError),
        (b"%PDF-1.4\n" + bytes(range(256)), decruft.BinaryInputError),
    ],
)
def test_unusable_input_raises_decruft_errors(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        decruft.extract(data)


def test_too_large() -> None:
    with pytest.raises(decruft.InputTooLargeError):
        decruft.extract(b"<p>" + b"x" * 2000 + b"</p>", max_bytes=1000)


def test_no_article_gives_empty_text_and_a_warning() -> None:
    article = decruft.extract("<html><body><nav><a href='/'>Home</a></nav></body></html>", fallback=False)
    assert article.text == ""
    assert article.warnings


def test_wrong_type() -> None:
    with pytest.raises(TypeError):
        decruft.extract(12345)  # type: ignore[arg-type]


def test_extractor_is_thread_safe() -> None:
    pages = [article_page(title=f"Council approves budget number {i}") for i in range(8)]
    extractor = decruft.Extractor()
    serial = [extractor.extract(p).to_json() for p in pages]
    results: list[str | None] = [None] * len(pages)

    def work(i: int) -> None:
        results[i] = extractor.extract(pages[i]).to_json()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(pages))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == serial


def test_markdown_and_html_keep_structure() -> None:
    cruft = ""
    page = article_page(cruft).replace(
        f"<p>{PARAGRAPHS[1]}</p>",
        f"<p>{PARAGRAPHS[1]}</p><h2>What happens next</h2><ul><li>First item of the plan</li>"
        "<li>Second item of the plan</li></ul><blockquote><p>We will deliver, the leader said.</p></blockquote>"
        "<table><tr><th>Ward</th><th>Votes</th></tr><tr><td>North</td><td>1,204</td></tr></table>",
    )
    article = decruft.extract(page, fallback=False)
    assert "## What happens next" in article.markdown
    assert "- First item of the plan" in article.markdown
    assert "> We will deliver" in article.markdown
    assert "| North | 1,204 |" in article.markdown
    assert "<li>Second item of the plan</li>" in article.html
    assert "<table>" in article.html


def test_add_python_rule_before_builtin() -> None:
    def drop_quotes(state: decruft.State) -> None:
        """Remove blockquotes."""
        for el in list(state.root.iter("blockquote")):
            state.remove(el, "no-quotes")

    extractor = decruft.Extractor(fallback=False)
    extractor.add_rule("no-quotes", drop_quotes, before="consent")
    assert extractor.rule_names[0] == "no-quotes"
    page = article_page().replace("</div>", "<blockquote><p>A quoted remark from the meeting</p></blockquote></div>")
    article = extractor.extract(page)
    assert "quoted remark" not in article.text
    assert any(r.rule == "no-quotes" for r in article.removed)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_raise_only_decruft_errors(data: bytes) -> None:
    try:
        article = decruft.extract(data, fallback=False)
    except decruft.DecruftError:
        return
    assert isinstance(article.text, str)


_html_pieces = st.sampled_from(
    ["<div>", "</div>", "<p>", "</p>", "<ul><li>", "</li></ul>", "<table><tr><td>", "</td></tr></table>",
     "<h2>", "</h2>", "<br>", "<a href='x'>", "</a>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#0;",
     "<![CDATA[", "]]>", "<?xml version='1.0' encoding='utf-8'?>", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "&a;",
     "Most Read", "Comments", "By", "word ", "A sentence of text, with commas, here. "]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_html_pieces, st.text(max_size=20)), max_size=80))
def test_arbitrary_markup_never_crashes(pieces: list[str]) -> None:
    try:
        article = decruft.extract("".join(pieces), fallback=False)
    except decruft.DecruftError:
        return
    assert isinstance(article.to_json(), str)


_url_pieces = st.sampled_from(
    ["http://", "https://", "//", "[", "]", "::1", ":", "99999999", "port", "/", "?", "#", "@", "%", "xn--",
     "www.", "example", ".com", "\x00", " ", "\u2100"]
)  # fmt: skip


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_url_pieces, st.text(max_size=8)), max_size=12), st.booleans())
def test_any_url_string_is_only_metadata(pieces: list[str], text_mode: bool) -> None:
    # A URL is never fetched and never trusted to parse: "http://[bad" or a port of letters
    # must not break the headline's site-name check, the site rules or the date search.
    url = "".join(pieces)
    page = article_page(before='<h1><a href="http://[x">Banner</a></h1>')
    if text_mode:
        page = "Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n" + "\n\n".join(PARAGRAPHS)
    article = decruft.extract(page, url=url, fallback=False)
    assert article.title == "Council approves new budget"


def test_date_in_the_page_language_only_in_the_text() -> None:
    # No structured date anywhere: htmldate's extensive search hands the Russian date to
    # dateparser, which decruft restricts to the page's language (and English).
    page = article_page(title="Иванов завершил сезон").replace('lang="en"', 'lang="ru"')
    page = page.replace("<h1>", '<p class="date">12 марта 2018, 09:15</p><h1>')
    assert decruft.extract(page).date == dt.date(2018, 3, 12)
    # The same without a lang attribute: the string's script picks the languages.
    assert decruft.extract(page.replace(' lang="ru"', "")).date == dt.date(2018, 3, 12)


def test_a_date_read_in_one_page_language_is_not_given_to_a_page_in_another() -> None:
    # Only htmldate's extensive search finds this Czech date, with the Czech month names of a
    # page in Czech; a page in English cannot read it. htmldate remembers each string's
    # answer: keyed by the string alone, the Czech page's answer went to the English page
    # read after it (and the English page's "no" to a Czech page after that), so a page's
    # date depended on the pages read before it in the process.
    page = article_page().replace("</article>", '<div class="note"><span>3. června 2011</span></div></article>')
    czech = page.replace('lang="en"', 'lang="cs"')
    assert decruft.extract(czech).date == dt.date(2011, 6, 3)
    assert decruft.extract(page).date is None
    assert decruft.extract(czech).date == dt.date(2011, 6, 3)


def test_date_search_leaves_htmldate_itself_alone() -> None:
    import htmldate
    from htmldate import core, extractors

    from decruft.metadata import _htmldate

    own = (extractors._external_date, extractors.has_date_cue, core.try_date_expr_opts, htmldate.find_date)
    page = article_page(title="Иванов завершил сезон").replace('lang="en"', 'lang="ru"')
    page = page.replace("<h1>", '<p class="date">12 марта 2018, 09:15</p><h1>')
    assert decruft.extract(page).date == dt.date(2018, 3, 12)  # read by decruft's copy of htmldate...
    # ...while htmldate's own modules are as htmldate made them: no other user of it sees a change.
    assert (extractors._external_date, extractors.has_date_cue, core.try_date_expr_opts, htmldate.find_date) == own
    copy = _htmldate._modules().extractors
    assert copy is not extractors and copy._external_date is not extractors._external_date
    # Outside decruft's date search the copy defers to htmldate's own all-locale parser.
    assert _htmldate._DATE_LANGUAGES.get() is _htmldate._OUTSIDE
    assert copy._external_date("12 марта 2018") == dt.datetime(2018, 3, 12)
    # htmldate's month-name cue too: "3 March" names a month, so its answer is yes...
    low, high = dt.datetime(1995, 1, 1), dt.datetime(2030, 1, 1)
    assert copy.has_date_cue("3 March", low, high) is True
    # ...while inside decruft's search a string without a year is no date its reader can read;
    # htmldate's own cue still says yes.
    token = _htmldate._DATE_LANGUAGES.set(("en",))
    try:
        assert copy.has_date_cue("3 March", low, high) is False
        assert copy.has_date_cue("3 March 2016", low, high) is True
        assert extractors.has_date_cue("3 March", low, high) is True
    finally:
        _htmldate._DATE_LANGUAGES.reset(token)
    # decruft's copy of htmldate's core calls the copy's extractors, not htmldate's.
    assert _htmldate._modules().core.try_date_expr_opts is copy.try_date_expr_opts


def test_later_pages_import_nothing() -> None:
    # The first Extractor loads what a page may need on first use (chardet and the codecs it
    # tries, trafilatura's fallback); the date search never imports dateparser: a page in an
    # undeclared single-byte encoding, too short for decruft alone, dated only in its text,
    # imports no module after that.
    code = """
import sys
import decruft
ex = decruft.Extractor()
before = set(sys.modules)
page = ("<html lang='fr'><head><title>Essai</title></head><body><article><h1>Essai</h1>"
        "<p>Publié le 12 janvier 2020 à Genève. Très bien.</p></article></body></html>")
article = ex.extract(page.encode("cp1252"))
assert article.date is not None and article.date.isoformat() == "2020-01-12", article.date
print(sorted(set(sys.modules) - before))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_article_split_into_cms_blocks_is_kept_whole() -> None:
    # TYPO3-style content elements: each block wraps its paragraphs in three more divs,
    # so no single block holds the article and the blocks sit several levels apart.
    def block(paragraphs: list[str]) -> str:
        inner = "".join(f"<p>{p}</p>" for p in paragraphs)
        return f'<div class="ce"><div class="container"><div class="row"><div class="text">{inner}</div></div></div></div>'

    first = [
        "Heat pumps now heat one new home in two, the federal statistics office reported on Monday, up from a third.",
        "The figures cover every building permit issued last year, including flats, terraces and detached houses.",
    ]
    second = [
        "Installers say demand has doubled since the spring, and waiting times for a survey have grown.",
        "Several firms have stopped taking new orders until the summer, citing a shortage of trained fitters.",
    ]
    rest = [
        f"Gas boilers remain the cheapest to install, but running costs, in {town}, have risen faster than power."
        for town in ("Hamburg", "Bremen", "Kiel", "Lübeck", "Rostock", "Schwerin")
    ]
    page = (
        "<html><head><title>Heating</title></head><body><div class='menu'><a href='/'>Home</a></div>"
        f"<div class='blog-detail'>{block(first)}<div class='ce'><img src='/x.jpg'></div>{block(second)}"
        f"{block(rest)}</div></body></html>"
    )
    text = decruft.extract(page, fallback=False).text
    assert all(p in text for p in first + second + rest), text


def test_article_cut_into_grid_rows_is_kept_whole() -> None:
    # A grid template: the article's paragraphs sit in "row" > "columns" blocks between ad
    # rows, the last block holding most of the text.
    def row(paragraphs: list[str]) -> str:
        inner = "".join(f"<p>{p}</p>" for p in paragraphs)
        return f'<div class="row align-center"><div class="small-12 medium-8 columns">{inner}</div></div>'

    ad = '<div class="row collapse"><div class="ad-slot">Anzeige</div></div>'
    first = [
        "Heat pumps now heat one new home in two, the federal statistics office reported on Monday, up from a third.",
        "The figures cover every building permit issued last year, including flats, terraces and detached houses.",
    ]
    rest = [
        f"Gas boilers remain the cheapest to install, but running costs, in {town}, have risen faster than power, "
        "and installers there report that most of their customers now ask about heat pumps first."
        for town in ("Hamburg", "Bremen", "Kiel", "Lübeck", "Rostock", "Schwerin", "Wismar", "Stralsund", "Husum")
    ]
    page = (
        "<html><head><title>Heating</title></head><body><div class='menu'><a href='/'>Home</a></div>"
        f"<article><h1>Heating</h1>{row(first)}{ad}{row(rest)}</article>"
        + "".join(f"<article><a href='/{n}'><h3>Teaser {n}</h3></a></article>" for n in range(3))
        + "</body></html>"
    )
    text = decruft.extract(page, fallback=False).text
    assert all(p in text for p in first + rest), text[:300]
    assert "Anzeige" not in text


def test_mathml_text_is_article_text() -> None:
    formula = '<math><mi>a</mi><mo>&#x2260;</mo><mn>0</mn></math>'
    page = article_page().replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{PARAGRAPHS[1]}</p><p>When {formula}, there are two solutions.</p>")
    assert "a≠0" in decruft.extract(page, fallback=False).text.replace(" ", "")


def test_lead_in_the_article_header_is_kept() -> None:
    lead = "Councillors backed the spending plan after a six-hour debate that ran past midnight."
    page = article_page().replace(
        '<div class="article-body">',
        f'<header><div class="content__intro"><p>{lead}</p></div><div class="share">Share</div></header>'
        '<div class="article-body">',
    )
    text = decruft.extract(page, fallback=False).text
    assert text.startswith(lead), text[:200]
    assert PARAGRAPHS[-1] in text


@pytest.mark.parametrize(
    "h1",
    [
        '<span class="dachzeile">Nach dem Lockdown</span> <span class="headline">Council approves new budget</span>',
        "<small>Budget week</small><br>Council approves new budget",
        '<span class="article__kicker">Local politics</span> Council approves new budget',
    ],
)
def test_kicker_inside_the_headline_is_not_the_title(h1: str) -> None:
    page = article_page().replace("<h1>Council approves new budget</h1>", f"<h1>{h1}</h1>")
    assert decruft.extract(page, fallback=False).title == "Council approves new budget"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Post author By Henrik Falkner", ["Henrik Falkner"]),
        ("Veröffentlicht vonJana Roth", ["Jana Roth"]),
        ("Artikel von: wohnratgeber", ["wohnratgeber"]),
        ("Von Roland Brinkmann und Sebastian Dreyer", ["Roland Brinkmann", "Sebastian Dreyer"]),
        ("Name *", []),
        ("Posted on", []),
        ("Donnerstag", []),
        ("DeAndre Jordan", ["DeAndre Jordan"]),
        # A comment's header and a lone letter are no names.
        ("Harm Ostrow sagt", []),
        ("Jane Roe says", []),
        ("S", []),
    ],
)
def test_split_authors(byline: str, expected: list[str]) -> None:
    from decruft.metadata import split_authors

    assert split_authors(byline) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The label in an element of its own, which the stubs rule takes out as an empty stub.
        ('<div class="meta"><span class="x1">By</span><span><a href="/team/jane-roe">Jane Roe</a></span></div>', ["Jane Roe"]),
        ('<div class="wrote_by">By&nbsp;<a href="/reporters/jane-roe">Jane Roe</a></div>', ["Jane Roe"]),
        ("<p>von <em>Klaus Wendrich</em></p>", ["Klaus Wendrich"]),
        # The byline's own line ends at the <br>: the link after it is not part of the name.
        ('<div>Autor: <a href="/profil/7">Jane Roe</a><br> <a href="https://plus.example/1">Google+</a></div>', ["Jane Roe"]),
        ('<div>Autor: <a href="/profil/7">Jane Roe</a> <a href="https://plus.example/1">Google+</a></div>', []),
        ('<p><span>By</span></p>', []),  # a label and nothing after it
    ],
)
def test_byline_label_with_the_name_in_the_next_element(line: str, expected: list[str]) -> None:
    # No author in the metadata and no byline class: the visible line names the author.
    page = article_page(before=line)
    assert decruft.extract(page, fallback=False).authors == expected


def test_author_tag_naming_the_site_gives_way_to_the_next_source() -> None:
    # "author" holds the publisher's name, og:site_name says so; Cxense's author tag names the writer.
    head = (
        '<meta name="author" content="The Daily Example"><meta property="og:site_name" content="The Daily Example">'
        '<meta property="cXenseParse:author" content="Jane Roe">'
    )
    page = article_page().replace("<title>", head + "<title>")
    assert decruft.extract(page, fallback=False).authors == ["Jane Roe"]


def test_body_split_by_an_interrupter_is_kept_whole() -> None:
    # Two "story-body" blocks separated by a "continue reading" interrupter: the hint finds
    # the larger one, its twin with the same class joins it.
    first = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:1])
    rest = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    page = article_page().replace(
        f'<div class="article-body">\n{chr(10).join(f"<p>{p}</p>" for p in PARAGRAPHS)}\n</div>',
        f'<div class="article-body">{first}</div><div class="interrupter">Continue reading the main story</div>'
        f'<div class="article-body">{rest}</div>',
    )
    assert page.count('class="article-body"') == 2
    text = decruft.extract(page, fallback=False).text
    assert PARAGRAPHS[0] in text and PARAGRAPHS[-1] in text


def test_ruby_annotations_are_not_text() -> None:
    # Furigana (<rt>) is a reading aid printed above the word, not part of the sentence.
    word = "<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>ども"
    page = article_page().replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{PARAGRAPHS[1]}</p><p>{word}の通学路を安全にするための計画ができました。</p>")
    text = decruft.extract(page, fallback=False).text
    assert "子どもの通学路" in text and "こ" not in text


def test_script_picks_dateparser_languages() -> None:
    from decruft.metadata._months import _script_languages

    assert _script_languages("23 октября 2017") == ("ru", "uk", "bg", "sr", "mk", "be", "kk")
    assert _script_languages("2019年7月23日") == ("zh", "ja")
    assert _script_languages("7月23日に発表した") == ("ja",)
    assert "de" in (_script_languages("23. Oktober 2017") or ())


@pytest.mark.parametrize(
    ("string", "languages", "expected"),
    [
        ("Publicado: Martes, 14 Junio 2022 08:30", ("es", "en"), dt.datetime(2022, 6, 14)),
        ("June 14, 2022", ("en",), dt.datetime(2022, 6, 14)),
        ("21. März 2022, 10:00", ("de", "en"), dt.datetime(2022, 3, 21)),
        ("de 3 de maio de 2019", ("pt", "en"), dt.datetime(2019, 5, 3)),
        ("12 марта 2018, 09:15", ("ru",), dt.datetime(2018, 3, 12)),
        ("2019年7月23日18:05", ("zh", "ja"), dt.datetime(2019, 7, 23)),
        ("17 | 03 | 2021", ("de", "en"), dt.datetime(2021, 3, 17)),
        ("6 | 14 | 2022", ("en",), dt.datetime(2022, 6, 14)),
        ("May 2020", ("en",), None),  # no day: not a publication date
        ("31 February 2020", ("en",), None),
        ("Martes 14 Junio", ("es",), None),  # no year
    ],
)
def test_month_name_dates_read_without_dateparser(string: str, languages: tuple[str, ...], expected: object) -> None:
    from decruft.metadata._months import read_month_date

    assert read_month_date(string, languages) == expected


@pytest.mark.parametrize("encoding", ["utf-8", "windows-1252"])
def test_control_characters_are_dropped_after_decoding(encoding: str) -> None:
    from decruft._decode import decode

    page = '<html><head><meta charset="{}"></head><body><p>caf\xe9 \x00au\x07 lait\x0b</p></body></html>'
    text, used = decode(page.format(encoding).encode(encoding))
    assert used == encoding
    assert "café au lait" in text and not any(c in text for c in "\x00\x07\x0b")
    # U+FFFE / U+FFFF (noncharacters) in UTF-8 are dropped as well; tabs and newlines stay.
    text, _ = decode("<p>a\ufffeb\uffffc\td\ne</p>".encode())
    assert "abc\td\ne" in text


def test_style_inside_the_headline_is_not_its_text() -> None:
    page = article_page(title="Impfen ist bis Ende Februar möglich").replace(
        "<h1>", "<h1><style>.css-umyvef{font-size:16px;font-weight:400}</style>"
    )
    assert decruft.extract(page).title == "Impfen ist bis Ende Februar möglich"


def _with_head(page: str, head: str) -> str:
    return page.replace("</head>", f"{head}</head>")


def test_lone_visible_headline_beats_a_different_og_title() -> None:
    # og:title is often an SEO variant of the story's headline: the reader sees the <h1>.
    page = article_page().replace("<title>Council approves new budget |", "<title>Budget vote: what it means for you |")
    page = _with_head(page, '<meta property="og:title" content="Budget vote: what it means for you">')
    assert decruft.extract(page, fallback=False).title == "Council approves new budget"


@pytest.mark.parametrize(
    "banner",
    [
        '<div id="header"><h1>The Daily Example Newsroom</h1></div>',
        '<h1 id="branding"><a href="/">The Daily Example</a> <span>News for the valley</span></h1>',
        '<h1><a href="https://example.org/">The Daily Example news service</a></h1>',
        '<h1 class="strapline">Budget week in the town hall</h1>',
    ],
)
def test_site_name_h1_is_not_the_headline(banner: str) -> None:
    # The story's own heading is an <h2> here; the one <h1> names the site (or is a strapline),
    # so the structured title wins.
    page = article_page(before=banner).replace("<h1>Council approves new budget</h1>", "<h2>Council approves new budget</h2>")
    page = _with_head(page, '<meta property="og:title" content="Council approves new budget">')
    assert decruft.extract(page, fallback=False).title == "Council approves new budget"


def test_h1_equal_to_the_og_title_beats_one_inside_the_page_title() -> None:
    # "Post | Blog name": the blog's name is in an <h1> too, and is contained in <title>.
    page = article_page(title="Alles hat seinen Ort", before="<h1>Marktplatz für ein ruhiges Leben</h1>")
    page = page.replace("<title>Alles hat seinen Ort | The Daily Example</title>", "<title>Alles hat seinen Ort | Marktplatz für ein ruhiges Leben</title>")
    page = _with_head(page, '<meta property="og:title" content="Alles hat seinen Ort">')
    assert decruft.extract(page, fallback=False).title == "Alles hat seinen Ort"


def test_meta_property_outranks_meta_name() -> None:
    page = article_page().replace("<h1>Council approves new budget</h1>", "")
    page = _with_head(
        page,
        '<meta name="og:title" content="Wrong attribute title"><meta property="og:title" content="Council approves new budget">',
    )
    assert decruft.extract(page, fallback=False).title == "Council approves new budget"


@pytest.mark.parametrize("wrap", ["<![CDATA[{}]]>", "//<![CDATA[\n{}\n//]]>", "<!--{}-->"])
def test_wrapped_jsonld_is_read(wrap: str) -> None:
    ld = '{"@type": "NewsArticle", "headline": "Council approves new budget", "datePublished": "2021-03-04", "author": {"@type": "Person", "name": "Jane Roe"}}'
    page = _with_head(article_page(), f'<script type="application/ld+json">{wrap.format(ld)}</script>')
    art = decruft.extract(page, fallback=False)
    assert art.date == dt.date(2021, 3, 4)
    assert art.authors == ["Jane Roe"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Headline here: a story | Boku no Hero - Other | The Daily Example", "Headline here: a story | Boku no Hero - Other"),
        ("The Daily Example » Blog » A story about the budget", "Blog » A story about the budget"),
        ("A story about the budget", "A story about the budget"),
    ],
)
def test_site_part_is_stripped_keeping_the_other_separators(title: str, expected: str) -> None:
    from decruft.metadata.title import _strip_site

    assert _strip_site(title, "The Daily Example", "example") == expected


@pytest.mark.parametrize(
    "h1",
    [
        "Council approves new budget | The Daily Example",  # the site's name printed in the h1
        "Local News | Council approves new budget",  # the section's name
    ],
)
def test_headline_part_of_the_h1_that_is_the_structured_title(h1: str) -> None:
    page = article_page().replace("<h1>Council approves new budget</h1>", f"<h1>{h1}</h1>")
    page = _with_head(page, '<meta property="og:title" content="Council approves new budget">')
    assert decruft.extract(page, fallback=False).title == "Council approves new budget"


def test_headline_with_a_slash_is_not_cut_at_it() -> None:
    h1 = "Can fish feel pain / do they suffer?"
    page = article_page().replace("<h1>Council approves new budget</h1>", f"<h1>{h1}</h1>")
    page = _with_head(page, '<meta property="og:title" content="Can fish feel pain">')
    assert decruft.extract(page, fallback=False).title == h1


def test_ruby_and_topline_date_are_not_headline_text() -> None:
    page = article_page().replace(
        "<h1>Council approves new budget</h1>",
        '<h1><span class="topline"><span class="date">27.01.2022</span></span>Council approves new budget</h1>',
    )
    assert decruft.extract(page, fallback=False).title == "Council approves new budget"
    ruby = "<h1><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの通学路に信号を増やす計画ができる</h1>"
    page = article_page().replace("<h1>Council approves new budget</h1>", ruby)
    assert decruft.extract(page, fallback=False).title == "子どもの通学路に信号を増やす計画ができる"


def test_structured_title_picks_among_several_h1s() -> None:
    # <title> "News - Site" strips to "News", which is also an h1; og:title names the other h1.
    page = article_page(title="Auf den ersten Tropfen kommt es an", before="<h1>News</h1>")
    page = page.replace("<title>Auf den ersten Tropfen kommt es an | The Daily Example</title>", "<title>News - The Daily Example</title>")
    page = _with_head(
        page,
        '<meta property="og:site_name" content="The Daily Example">'
        '<meta property="og:title" content="Auf den ersten Tropfen kommt es an">',
    )
    assert decruft.extract(page, fallback=False).title == "Auf den ersten Tropfen kommt es an"


def test_the_same_h1_twice_is_one_headline() -> None:
    page = article_page().replace("<h1>Council approves new budget</h1>", "<h1>Council approves new budget</h1>" * 2)
    page = page.replace("<title>Council approves new budget |", "<title>Budget vote: what it means for you |")
    page = _with_head(page, '<meta property="og:title" content="Budget vote: what it means for you">')
    assert decruft.extract(page, fallback=False).title == "Council approves new budget"


def test_no_date_guessed_from_markup_alone() -> None:
    # A date-like string buried in an id or a month-only mention is no publication date:
    # htmldate's last-resort scan of the raw markup is not run (it would answer 2019-06-24 and 2016-07-01).
    page = article_page().replace("<body>", '<body id="news20190624_k10011959621000">')
    page = page.replace("</article>", "<p>Archive: July 2016</p></article>")
    assert decruft.extract(page, fallback=False).date is None


def test_date_in_the_article_text_is_found() -> None:
    page = article_page().replace("<h1>", "<p>Published 5 March 2019 by the newsroom</p><h1>", 1)
    assert decruft.extract(page, fallback=False).date == dt.date(2019, 3, 5)


def test_update_time_is_not_the_publication_date() -> None:
    # og:updated_time is the only dated tag: htmldate's header reading returns it, but the
    # visible <time> is the publication day and the update day is date_modified.
    page = _with_head(article_page(), '<meta property="og:updated_time" content="2022-01-27T18:34:20+0100">')
    page = page.replace("<h1>", '<p>Posted <time datetime="2022-01-26">26 January 2022</time></p><h1>', 1)
    art = decruft.extract(page, fallback=False)
    assert art.date == dt.date(2022, 1, 26)
    assert art.date_modified == dt.date(2022, 1, 27)


def test_date_in_a_removed_meta_row_is_found() -> None:
    # The row is share-bar cruft and a rule removes it; htmldate's element search still reads
    # it, on the page with the removed elements put back (no second parse).
    page = article_page().replace(
        "<h1>", '<div class="entry-meta share-tools">November 24, 2010 · Email this post · Print this page</div><h1>', 1
    )
    art = decruft.extract(page, fallback=False)
    assert "Email this post" not in art.text
    assert art.date == dt.date(2010, 11, 24)


def test_cache_stamp_outside_the_page_is_no_date() -> None:
    page = article_page() + "\n<!-- Cached page generated by WP-Super-Cache on 2018-05-02 09:43:53 -->\n"
    assert decruft.extract(page, fallback=False).date is None


def test_restored_puts_removals_back_for_the_block_only() -> None:
    from lxml import etree

    from decruft._options import Options
    from decruft._parse import parse
    from decruft._state import State

    state = State(root=parse("<html><body><div><p>keep</p><p>outer <b>inner</b> text</p></div></body></html>"), options=Options())
    outer = state.root.find(".//p[2]")
    state.remove(outer.find("b"), "test")
    state.remove(outer, "test")
    after = etree.tostring(state.root)
    with state.restored() as root:
        assert "".join(root.itertext()) == "keepouter inner text"
    assert etree.tostring(state.root) == after
    assert "outer" not in "".join(state.root.itertext())
    with state.restored() as root, pytest.raises(RuntimeError):
        state.remove(root.find(".//p"), "test")
    assert etree.tostring(state.root) == after


def _blog_page(title: str, banner: str, post_heading: str) -> str:
    """A blog post page: the blog's name in the banner's <h1>, the post's title in an <h2>."""
    page = article_page(before=f'<header class="site-header"><h1><a href="/">{banner}</a></h1></header>')
    page = page.replace("<title>Council approves new budget | The Daily Example</title>", f"<title>{title}</title>")
    return page.replace("<h1>Council approves new budget</h1>", post_heading)


def test_banner_h1_is_the_site_part_of_the_title() -> None:
    page = _blog_page("Linseneintopf mit Speck und Lauch | Kochen mit Herz", "Kochen mit Herz", "")
    assert decruft.extract(page, fallback=False).title == "Linseneintopf mit Speck und Lauch"


def test_banner_h1_that_the_titles_name_is_the_headline() -> None:
    # The stripped og:title is the banner's <h1>: the headline set in the banner, not the site's name.
    page = _blog_page("La voix des rues | ARTE Radio", "La voix des rues", "")
    page = _with_head(page, '<meta property="og:title" content="La voix des rues | ARTE Radio">')
    assert decruft.extract(page, fallback=False).title == "La voix des rues"


def test_title_part_printed_in_an_h2_is_the_headline() -> None:
    title = "Our Long Road to and Thoughts on Version 4"
    page = _blog_page(f"Gregory Szabo's Digital Home | {title}", "Gregory Szabo's Digital Home", f"<h2>{title}</h2>")
    page = page.replace('<header class="site-header"><h1><a href="/">Gregory Szabo\'s Digital Home</a></h1></header>', "")
    assert decruft.extract(page, fallback=False).title == title


def test_short_h1_that_a_title_holds_is_the_headline() -> None:
    page = _blog_page("Waschstraße B12 | Das etwas andere Adressbuch", "Das etwas andere Adressbuch", "<h1>Waschstraße B12</h1>")
    assert decruft.extract(page, fallback=False).title == "Waschstraße B12"


def test_structured_title_that_the_page_title_extends_stays_whole() -> None:
    # og:title has no site part: "– worauf warten die Behörden?" is the headline's, as <title> shows.
    headline = "Bericht zur Wetterlage vom 14.05.2021 – worauf warten die Behörden?"
    page = article_page().replace("<title>Council approves new budget | The Daily Example</title>", f"<title>{headline} – DER SCHARFE BLICK</title>")
    page = _with_head(page.replace("<h1>Council approves new budget</h1>", ""), f'<meta property="og:title" content="{headline}">')
    assert decruft.extract(page, fallback=False).title == headline


def test_unmarked_kicker_before_the_title_in_the_h1() -> None:
    headline = "Baden im See ist bis Ende August noch überall möglich"
    page = article_page(title=headline).replace("<title>Baden im See ist bis Ende August noch überall möglich | The Daily Example</title>", f"<title>{headline}</title>")
    page = page.replace(f"<h1>{headline}</h1>", f"<h1><span>Medienmitteilung der Gesundheitsdirektion</span> <span>:{headline}</span></h1>")
    assert decruft.extract(page, fallback=False).title == headline


def test_headline_span_beside_a_kicker_in_the_h1() -> None:
    h1 = '<h1><span class="fake-h5">Netzentgelte – Umlagenverteilung</span><span class="invisible">: </span><span class="headline">Landesregierung kürzt Radwege, Verbände protestieren</span></h1>'
    page = article_page().replace("<h1>Council approves new budget</h1>", h1)
    assert decruft.extract(page, fallback=False).title == "Landesregierung kürzt Radwege, Verbände protestieren"


def _titled(title: str, heading: str = "", head: str = "") -> str:
    page = article_page().replace("<title>Council approves new budget | The Daily Example</title>", f"<title>{title}</title>{head}")
    return page.replace("<h1>Council approves new budget</h1>", heading)


def test_title_with_an_empty_page_part_gives_way_to_the_first_heading() -> None:
    # "Site -": the page's own part is missing; the article's first heading is its headline.
    page = _titled("Regional Coach Lines -", "<h2>Coach diversion services travel advice</h2>")
    assert decruft.extract(page, fallback=False).title == "Coach diversion services travel advice"
    # With its page part, the title is kept: the heading is only the fallback.
    page = _titled("Replacement buses this weekend - Regional Coach Lines", "<h2>Travel advice</h2>")
    assert decruft.extract(page, fallback=False).title == "Replacement buses this weekend"


def test_title_that_spells_out_the_host_gives_way_to_the_lone_h1() -> None:
    page = _titled("Anwalt Brandauer", "<h1>Willkommen!</h1>")
    assert decruft.extract(page, url="https://anwaltbrandauer.de/index.html", fallback=False).title == "Willkommen!"
    # Elsewhere "Anwalt Brandauer" is a title like any other.
    assert decruft.extract(page, url="https://example.org/", fallback=False).title == "Anwalt Brandauer"


def test_og_title_that_is_the_site_name_gives_way_to_the_first_heading() -> None:
    head = '<meta property="og:title" content="PRISM Magazine"><meta property="og:site_name" content="PRISM Magazine">'
    page = _titled("PRISM Magazine", "<h2>Before and after</h2>", head)
    assert decruft.extract(page, fallback=False).title == "Before and after"


@pytest.mark.parametrize(
    "figure",
    [
        '<figure><img src="a.jpg" alt=""><figcaption>The council chamber on Tuesday evening</figcaption></figure>',
        '<div class="wp-caption"><img src="a.jpg" alt=""><p class="wp-caption-text">The council chamber on Tuesday evening</p></div>',
        '<div class="image"><img src="a.jpg" alt=""><div class="media-caption">The council chamber on Tuesday evening</div></div>',
        # a layout word after the caption's class name
        '<div class="image"><img src="a.jpg" alt=""><div class="caption-wide">The council chamber on Tuesday evening</div></div>',
    ],
)
def test_figure_caption_is_left_out_of_the_text_but_kept_in_markdown_and_html(figure: str) -> None:
    page = article_page().replace("</p>", f"</p>{figure}", 1)
    article = decruft.extract(page, fallback=False)
    assert "council chamber on Tuesday evening" not in article.text
    assert "The city council approved the new budget" in article.text
    assert "*The council chamber on Tuesday evening*" in article.markdown
    assert "<figcaption>The council chamber on Tuesday evening</figcaption>" in article.html


def test_caption_class_is_matched_as_a_whole_class_name() -> None:
    # "captioned-video-list" or "nocaption" are not captions.
    page = article_page().replace('<div class="article-body">', '<div class="article-body"><p class="nocaption">Kept as text: a paragraph of the story.</p>')
    assert "Kept as text" in decruft.extract(page, fallback=False).text


# -- the trafilatura fallback's gate (issue #16 item 4) ----------------------------------------

_LINK_TITLES = [
    "Why the old harbour bridge will close for repairs all summer",
    "Ten walks along the river that you can do in an afternoon",
    "The bakery that has made the same loaf for a hundred years",
    "Council publishes its plan for the empty shops on the high street",
    "How the town's oldest football club found a new home ground",
    "What the new bus timetable means for the villages in the hills",
]
_SHORT_POST = (
    "<html><body><div class='post'><h1>Open day</h1><p>The museum opens its doors for free this Saturday.</p>"
    "</div><div class='links'><h3>Link Love</h3><ul>"
    + "".join(f"<li><a href='/s{i}'>{t}</a></li>" for i, t in enumerate(_LINK_TITLES))
    + "</ul></div></body></html>"
)


def test_fallback_made_of_the_pages_links_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    from decruft import _fallback

    links = "\n\n".join(f"- {t}" for t in _LINK_TITLES)
    monkeypatch.setattr(_fallback, "trafilatura_text", lambda text, url: links)
    article = decruft.Extractor().extract(_SHORT_POST)
    assert article.engine == "decruft"
    assert "museum opens its doors" in article.text
    assert "harbour bridge" not in article.text
    assert any("not used" in w for w in article.warnings)


def test_fallback_with_prose_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    from decruft import _fallback

    prose = "\n\n".join(PARAGRAPHS)
    monkeypatch.setattr(_fallback, "trafilatura_text", lambda text, url: prose)
    article = decruft.Extractor().extract(_SHORT_POST)
    assert article.engine == "trafilatura"
    assert PARAGRAPHS[0] in article.text


def test_fallback_judged_on_what_it_adds_to_the_post(monkeypatch: pytest.MonkeyPatch) -> None:
    # trafilatura returns the short post decruft found plus the blog template around it: two
    # "this entry" sentences and a column of short links. Counted with the post, that reads as
    # mostly prose; what it adds does not, so decruft's own text stays.
    from decruft import _fallback

    added = [
        "This page contains a single entry by the editor published on a Saturday morning.",
        "The previous entry in this blog was about the new opening hours of the library.",
        *[f"Follow us on channel {i}" for i in range(6)],
    ]
    fallback = "\n\n".join(["The museum opens its doors for free this Saturday.", *added])
    monkeypatch.setattr(_fallback, "trafilatura_text", lambda text, url: fallback)
    article = decruft.Extractor().extract(_SHORT_POST)
    assert article.engine == "decruft"
    assert article.text == "The museum opens its doors for free this Saturday."


def test_fallback_not_asked_from_200_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura runs (a whole second extraction) only where decruft found under
    FALLBACK_BELOW characters; its text must still beat FALLBACK_MIN and twice decruft's."""
    from decruft import _fallback

    asked: list[str] = []
    prose = "\n\n".join(PARAGRAPHS)

    def fake(text: str, url: str | None) -> str:
        asked.append(text)
        return prose

    monkeypatch.setattr(_fallback, "trafilatura_text", fake)
    sentence = "The museum opens its doors for free this Saturday, with guided tours every hour. "
    for repeat, engine in ((3, "decruft"), (2, "trafilatura")):  # 246 and 164 characters
        page = f"<html><body><article><h1>Open day</h1><p>{(sentence * repeat).strip()}</p></article></body></html>"
        extractor = decruft.Extractor()  # (the first one made extracts a preload page)
        asked.clear()
        article = extractor.extract(page)
        assert article.engine == engine and bool(asked) == (engine == "trafilatura")
    assert 200 <= len((sentence * 3).strip()) < 250 and article.text.startswith(PARAGRAPHS[0])


@pytest.mark.parametrize("enabled, count, expected", [(True, (5, 1, 0), [1]), (True, (5, 0, 0), []), (False, (5, 3, 0), [])])
def test_extract_collects_the_young_generations_between_pages(
    monkeypatch: pytest.MonkeyPatch, enabled: bool, count: tuple[int, int, int], expected: list[int]
) -> None:
    """Before a page (the last page's objects freed), the young generations are collected when a
    young collection ran since their last one, so that a page's live objects are not moved to
    the oldest generation (whose growth triggers full collections); never with the collector
    switched off."""
    import gc

    extractor = decruft.Extractor()  # the first one extracts a page of its own (preloading)
    calls: list[int] = []
    monkeypatch.setattr(gc, "isenabled", lambda: enabled)
    monkeypatch.setattr(gc, "get_count", lambda: count)
    monkeypatch.setattr(gc, "collect", lambda generation=2: calls.append(generation) or 0)
    for source in (article_page(), "A text scrape.\n\n" + "\n\n".join(PARAGRAPHS)):
        calls.clear()
        extractor.extract(source)
        assert calls == expected
