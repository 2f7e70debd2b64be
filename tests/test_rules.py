"""One minimal page per built-in rule: the rule removes its cruft, records it, and can be switched off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES, PARAGRAPHS, article_page

import decruft

CASES = {
    "consent": (
        '<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing to browse you '
        "agree.</p><a>Accept all cookies</a></div>",
        "We use cookies to improve your experience",
    ),
    "most-read": (
        "<div><h3>Most Read</h3><ol><li><a href='/a'>Mayor opens a new bridge over the river</a></li>"
        "<li><a href='/b'>School wins national chess title</a></li></ol></div>",
        "Mayor opens a new bridge",
    ),
    "comments": (
        '<section><h2>Comments</h2><div class="c-box"><p>Great article, thanks for writing it, I learned a lot '
        "about the budget process this week.</p></div><span>Show more comments</span></section>",
        "Show more comments",
    ),
    "staff-list": (
        "<div><h2>Journalists</h2><ul><li>Graeme Brown</li><li>Editor (Agenda and Business)</li>"
        "<li>Enda Mullen</li><li>Business Reporter</li></ul></div>",
        "Editor (Agenda and Business)",
    ),
    "share": (
        '<div class="share-bar"><a href="https://facebook.com/x">Share on Facebook</a>'
        '<a href="https://twitter.com/x">Tweet this story</a></div>',
        "Share on Facebook",
    ),
    "newsletter": (
        '<div class="newsletter-signup"><h3>Get our daily briefing</h3><p>Sign up to our newsletter and get '
        "the news delivered to your inbox every morning.</p></div>",
        "delivered to your inbox",
    ),
    "related": (
        "<aside><h3>Related articles</h3><ul><li><a href='/c'>Council tax to rise again next spring</a></li>"
        "<li><a href='/d'>Budget cuts hit village bus routes</a></li></ul></aside>",
        "Council tax to rise again",
    ),
    "navigation": (
        '<nav class="main-menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport and '
        "leisure pages</a></nav>",
        "Sport and leisure pages",
    ),
    "footer": (
        "<footer><p>© 2024 The Daily Example Ltd. All rights reserved.</p><a href='/privacy'>Privacy policy</a></footer>",
        "All rights reserved",
    ),
    "ads": (
        '<div class="ad-slot"><span>Advertisement</span><div id="dfp-mpu-1">Buy cheap widgets today online</div></div>',
        "Buy cheap widgets today",
    ),
    "hidden": (
        '<div style="display: none"><p>This modal text is never shown to readers of the page at all.</p></div>',
        "This modal text is never shown",
    ),
    "controls": (
        "<form action='/search'><label>Search the archive of old stories</label><input name='q'></form>",
        "Search the archive of old stories",
    ),
}


def page_with(block: str, *, after: int = 1) -> str:
    """The test article with ``block`` right after its paragraph number ``after``."""
    return article_page().replace(f"<p>{PARAGRAPHS[after]}</p>", f"<p>{PARAGRAPHS[after]}</p>{block}")

STUB_PAGE = article_page(before="<ul class='x1'><li>Updated</li><li>By</li></ul>")


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_removes_and_records(rule: str) -> None:
    cruft, snippet = CASES[rule]
    article = decruft.extract(article_page(cruft), fallback=False)
    assert snippet not in article.text
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[-1] in article.text
    assert any(r.rule == rule and snippet in r.text for r in article.removed), article.removed


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_can_be_switched_off(rule: str) -> None:
    cruft, _ = CASES[rule]
    article = decruft.extract(article_page(cruft), disable=[rule], fallback=False)
    assert not any(r.rule == rule for r in article.removed)


def test_stubs_removes_empty_labels() -> None:
    article = decruft.extract(STUB_PAGE, fallback=False)
    rules = {(r.rule, r.text) for r in article.removed}
    assert ("stubs", "Updated") in rules and ("stubs", "By") in rules
    off = decruft.extract(STUB_PAGE, disable=["stubs"], fallback=False)
    assert not any(r.rule == "stubs" for r in off.removed)


def test_every_builtin_rule_is_tested() -> None:
    names = {r.name for r in decruft.BUILTIN_RULES}
    assert names == set(CASES) | {"stubs", "slideshow"}  # slideshow: test_slideshow_inside_the_article_body


def test_rule_in_article_text_is_not_removed() -> None:
    """A paragraph that merely mentions cookies or comments is article text."""
    page = article_page().replace(
        PARAGRAPHS[1],
        PARAGRAPHS[1] + " Residents said the council website uses cookies to track visitors, which annoyed them.",
    )
    article = decruft.extract(page, fallback=False)
    assert "uses cookies to track visitors" in article.text


def test_unknown_rule_name_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown rule"):
        decruft.Extractor(disable=["no-such-rule"])


GALLERY = (
    '<div class="gallery"><h3>Business news in pictures</h3>'
    + "".join(
        f"<div><img src='/g{i}.jpg'><span>{i}/12</span><p>Caption {i}: shares in the retailer closed lower "
        "on Tuesday after a profit warning from its chief executive.</p></div>"
        for i in range(1, 13)
    )
    + "</div>"
)


def test_slideshow_inside_the_article_body() -> None:
    # The gallery sits between the article's paragraphs and its captions outweigh them.
    page = page_with(GALLERY)
    article = decruft.extract(page, fallback=False)
    assert "Caption 2: shares" not in article.text
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[-1] in article.text
    assert any(r.rule == "slideshow" and "Caption 2" in r.text for r in article.removed)
    assert "Caption 2: shares" in decruft.extract(page, fallback=False, disable=["slideshow"]).text


def test_aside_inside_the_article_is_pruned() -> None:
    aside = "<aside><h4>Live</h4><p>Elsewhere today: a storm closed the coast road and two schools shut early.</p></aside>"
    page = page_with(aside)
    article = decruft.extract(page, fallback=False)
    assert "a storm closed the coast road" not in article.text
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[-1] in article.text
    assert any(r.rule == "prune" and "aside" in r.text for r in article.removed)


@pytest.mark.parametrize(
    "stub", ["Foto: Sascha Kleber", "Photo: Reuters", "22.09.2017", "19:49", "Wird geladen", "(Quelle: dpa)"]
)
def test_credit_date_and_loading_stubs(stub: str) -> None:
    page = page_with(f"<p>{stub}</p>")
    article = decruft.extract(page, fallback=False)
    assert stub not in article.text
    assert any(r.rule == "stubs" and r.text == stub for r in article.removed), article.removed
    assert stub in decruft.extract(page, fallback=False, disable=["stubs"]).text


def test_tail_labels_after_the_last_sentence_are_dropped() -> None:
    tail = "<h3>Unsere Partner</h3><p>Telefon:</p><p>ZEBRA STUDIO</p>"
    page = page_with(tail, after=-1)
    article = decruft.extract(page, fallback=False)
    assert article.text.endswith(PARAGRAPHS[-1])
    assert [r.text for r in article.removed if r.rule == "tail"] == ["Unsere Partner", "Telefon:", "ZEBRA STUDIO"]
    kept = decruft.extract(page, fallback=False, disable=["tail"]).text
    assert kept.endswith("ZEBRA STUDIO")


def test_tail_keeps_a_closing_list_written_as_paragraphs() -> None:
    # A recipe's ingredients after the line announcing them, and a numbered track list, are a
    # list written a line per paragraph, not labels left after the last sentence.
    lines = ["2 tbsp olive oil", "1 red pepper", "3 carrots", "1 tsp cumin", "salt to taste"]
    recipe = "<p>Ingredients for 2 people:</p>" + "".join(f"<p>{line}</p>" for line in lines)
    article = decruft.extract(page_with(recipe, after=-1), fallback=False)
    assert article.text.endswith("salt to taste") and not any(r.rule == "tail" for r in article.removed)
    tracks = "".join(f"<p>{i}. Song number {i} – The Band</p>" for i in range(1, 6))
    article = decruft.extract(page_with(tracks, after=-1), fallback=False)
    assert article.text.endswith("5. Song number 5 – The Band")
    # The same lines with nothing announcing them are the page's leftovers.
    article = decruft.extract(page_with("".join(f"<p>{line}</p>" for line in lines), after=-1), fallback=False)
    assert article.text.endswith(PARAGRAPHS[-1])


TEASERS = "<ul class='stream'>" + "".join(
    f"<li><div><h3><a href='/story-{i}'>Story number {i} about the county council budget</a></h3>"
    f"<p>A summary of story {i}: councillors argued for hours about the budget, then voted for it after midnight.</p>"
    "<span>Daily Example</span></div></li>"
    for i in range(1, 7)
) + "</ul>"


def test_teaser_list_is_related_by_its_shape() -> None:
    # No class name or heading says "related": four or more linked headlines with short
    # summaries are a teaser feed, even when their text outweighs the article's.
    page = article_page().replace("</article>", f"{TEASERS}</article>")
    article = decruft.extract(page, fallback=False)
    assert "A summary of story 3" not in article.text
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[-1] in article.text
    assert any(r.rule == "related" and "Story number 1" in r.text for r in article.removed)
    assert "A summary of story 3" in decruft.extract(page, fallback=False, disable=["related"]).text


def test_video_player_chrome_is_controls() -> None:
    player = "<div class='vjs-text-track-settings'><span>Captions will look like this</span><ul><li>Arial</li><li>Georgia</li></ul></div>"
    page = page_with(player)
    article = decruft.extract(page, fallback=False)
    assert "Captions will look like this" not in article.text
    assert any(r.rule == "controls" and "Captions will look" in r.text for r in article.removed)


def test_table_of_contents_is_navigation() -> None:
    toc = "<div><h2>Inhaltsverzeichnis</h2><ol><li><a href='#a'>Der Haushalt im Überblick</a></li><li><a href='#b'>Was die Opposition sagt</a></li></ol></div>"
    page = article_page().replace(f"<p>{PARAGRAPHS[0]}</p>", f"{toc}<p>{PARAGRAPHS[0]}</p>")
    article = decruft.extract(page, fallback=False)
    assert "Der Haushalt im Überblick" not in article.text and PARAGRAPHS[0] in article.text
    assert any(r.rule == "navigation" and "Inhaltsverzeichnis" in r.text for r in article.removed)


def test_affiliate_disclosure_is_ads() -> None:
    note = "<p><em>This post contains affiliate links: we may earn a commission if you buy through them.</em></p>"
    page = article_page().replace(f"<p>{PARAGRAPHS[0]}</p>", f"{note}<p>{PARAGRAPHS[0]}</p>")
    article = decruft.extract(page, fallback=False)
    assert "affiliate links" not in article.text and PARAGRAPHS[0] in article.text
    assert any(r.rule == "ads" and "affiliate links" in r.text for r in article.removed)


def test_head_labels_before_the_first_sentence_are_dropped() -> None:
    page = article_page().replace(f"<p>{PARAGRAPHS[0]}</p>", f"<p>A-Frauen</p><p>Artikel</p><p>{PARAGRAPHS[0]}</p>")
    article = decruft.extract(page, fallback=False)
    assert article.text.startswith(PARAGRAPHS[0])
    assert [r.text for r in article.removed if r.rule == "head"] == ["A-Frauen", "Artikel"]
    assert decruft.extract(page, fallback=False, disable=["head"]).text.startswith("A-Frauen")


@pytest.mark.parametrize("classes", ["lg:hidden", "box -lg:overflow-hidden", "hidden md:block"])
def test_blocks_shown_on_some_screens_are_kept(classes: str) -> None:
    # Tailwind's screen-size variants: the block is on show on some screens.
    block = f'<div class="{classes}"><p>The mayor added that the plan would be reviewed again next spring.</p></div>'
    assert "reviewed again next spring" in decruft.extract(page_with(block), fallback=False).text


def test_hidden_pages_of_a_paged_article_are_kept() -> None:
    sections = '<div class="list-section"><p>1. A pillow shaped like a cloud, for those of us who sleep on the side.</p></div>' + "".join(
        f'<div class="list-section hidden" style="display: none;"><p>{i}. A lamp that dims itself slowly when the film starts, item {i}.</p></div>'
        for i in range(2, 5)
    )
    page = page_with(sections, after=-1)
    text = decruft.extract(page, fallback=False).text
    assert "3. A lamp that dims itself" in text
    modal = '<div class="modal hidden"><p>Sign in to continue reading this story on our website today.</p></div>'
    assert "Sign in to continue" not in decruft.extract(article_page(modal), fallback=False).text


@pytest.mark.parametrize(
    ("cruft", "snippet", "rule"),
    [
        ("<div><h3>Czytaj także</h3><ul><li><a href='/a'>Nowy most na Wiśle otwarty dla ruchu</a></li>"
         "<li><a href='/b'>Szkoła wygrywa turniej szachowy</a></li></ul></div>", "Nowy most na Wiśle", "related"),
        ("<div><h3>Nejčtenější</h3><ol><li><a href='/a'>Starosta otevřel nový most přes řeku</a></li>"
         "<li><a href='/b'>Škola vyhrála šachový turnaj</a></li></ol></div>", "Starosta otevřel nový most", "most-read"),
        # Blogger's sidebar widgets: class "widget PopularPosts", "widget BlogArchive"; the heading in German.
        ('<div class="widget PopularPosts"><div class="widget-content"><ul><li><div class="item-snippet">Nachdem '
         "der Verlag mit seinem Kochbuch dem Begriff eine neue Bedeutung gegeben hat...</div></li></ul></div></div>",
         "mit seinem Kochbuch", "most-read"),
        ("<div><h2>Beliebte Posts</h2><ul><li><a href='/a'>Der Bürgermeister eröffnet die neue Brücke</a></li>"
         "<li><a href='/b'>Die Schule gewinnt das Schachturnier</a></li></ul></div>", "neue Brücke", "most-read"),
        ('<div class="widget BlogArchive"><h2>Blog-Archiv</h2><ul><li><a href="/2020/07">Juli 2020</a> (1)</li>'
         '<li><a href="/2020/05">Mai 2020</a> (2)</li></ul></div>', "Juli 2020", "navigation"),
        # WordPress's text widget in a theme that names only its inner block ("textwidget").
        ('<div class="aside-box"><div class="textwidget"><p>Read our partner blog at '
         '<a href="/x">example.org</a>, where the team writes about the region every week.</p></div></div>',
         "where the team writes about the region", "navigation"),
    ],
)
def test_phrases_and_widgets_of_other_languages_and_platforms(cruft: str, snippet: str, rule: str) -> None:
    # Polish and Czech headings; Blogger's widgets and a German heading.
    article = decruft.extract(article_page(cruft), fallback=False)
    assert snippet not in article.text
    assert any(r.rule == rule and snippet in r.text for r in article.removed), article.removed


def test_prefixed_teaser_lines_go_but_a_sentence_with_the_same_opening_stays() -> None:
    teaser = "<p>Lesen Sie auch: <a href='/b'>Der Stadtrat streitet über neue Busspuren in der Innenstadt</a></p>"
    article = decruft.extract(page_with(teaser), fallback=False)
    assert "Der Stadtrat streitet" not in article.text
    assert any(r.rule == "related" and "Lesen Sie auch" in r.text for r in article.removed)
    # The same opening in a sentence of the story, holding a link: mostly prose, so it stays.
    sentence = (
        "<p>Auch auf dem <a href='/camp'>IdeaCamp</a> in Berlin haben wir live gepodcastet, "
        "mit zwei Gästen aus der Forschung.</p>"
    )
    assert "Auch auf dem IdeaCamp in Berlin" in decruft.extract(page_with(sentence), fallback=False).text


# -- the article veto --------------------------------------------------------------------------

VETO_FIXTURES = sorted(p for p in FIXTURES.iterdir() if p.name.startswith("veto-"))


def test_every_rule_that_can_hold_a_page_has_a_veto_fixture() -> None:
    names = {p.name.removeprefix("veto-") for p in VETO_FIXTURES}
    # stubs only removes short labels: its blocks can never hold an article.
    assert names == {r.name for r in decruft.BUILTIN_RULES} - {"stubs"}  # the page chain: what the veto guards


@pytest.mark.parametrize("folder", VETO_FIXTURES, ids=lambda p: p.name)
def test_veto_keeps_the_article_the_rule_matched(folder: Path) -> None:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    page = (folder / "page.html").read_bytes()
    rule = expected["vetoed_rules"][0]
    first = expected["with"][0]
    kept = decruft.extract(page, fallback=False)
    assert first in kept.text
    vetoed = [r for r in kept.removed if r.vetoed]
    assert [r.rule for r in vetoed] == [rule]
    assert vetoed[0].to_dict()["vetoed"] is True
    # Without the veto the rule deletes the article: the fixture exercises the veto.
    lost = decruft.extract(page, fallback=False, disable=["veto"])
    assert first not in lost.text
    assert not any(r.vetoed for r in lost.removed)


def test_veto_lets_a_long_comment_thread_under_a_short_post_go() -> None:
    comments = "".join(
        f"<li class='comment'><p>{p} I have lived here for years and I agree with most of it.</p></li>"
        for p in PARAGRAPHS * 2
    )
    page = article_page(f"<div id='comments'><h3>12 comments</h3><ol>{comments}</ol></div>")
    page = page.replace("\n".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:]), "")
    article = decruft.extract(page, fallback=False)
    assert PARAGRAPHS[0] in article.text
    assert "I have lived here" not in article.text
    assert not any(r.vetoed for r in article.removed)


def _photo_post(post_class: str) -> str:
    """A photo post (headline, byline, pictures, a one-line caption: no paragraph of prose)
    whose container's class a rule's pattern matches, beside a sidebar holding the page's prose."""
    pictures = "".join(f"<p><img src='/img/h{n}.jpg' width='900' height='600' alt=''></p>" for n in range(3))
    return (
        "<html><head><title>Winter light over the harbour wall | Gull Notes</title>"
        "<meta property='og:title' content='Winter light over the harbour wall'></head><body>"
        "<div class='masthead'><a href='/'>Gull Notes</a> <a href='/photos/'>Photos</a></div>"
        f"<div id='main'><div class='entry {post_class}'><h2>Winter light over the harbour wall</h2>"
        "<div class='entry-meta'>Posted on 3 January 2024 by <a href='/author/mara/'>Mara Quist</a></div>"
        f"{pictures}<p>Taken on the last cold morning of the holidays, from the end of the old pier.</p></div></div>"
        "<div id='aside'><div class='widget'><h3>Hello</h3><p>Welcome to this small corner of the web, where I "
        "post the photographs I take on my walks along the coast, in every season and in every kind of weather."
        "</p><p>Prints of most of the pictures are for sale in the little shop in the village, and every month "
        "one of them goes to the lifeboat station to help pay for the crew's new boat.</p></div></div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("rule", "post_class"),
    [("comments", "comments-open"), ("related", "related-gallery"), ("footer", "footer-wide"),
     ("share", "share-this"), ("newsletter", "newsletter-post"), ("navigation", "has-sidebar")],
)  # fmt: skip
def test_veto_keeps_a_photo_post_without_prose(rule: str, post_class: str) -> None:
    # The prose-measuring veto cannot see a post without prose (the sidebar holds it all): the
    # headline's post (the block under the heading printing og:title) is kept whatever rule asks.
    page = _photo_post(post_class)
    kept = decruft.extract(page, fallback=False)
    assert "last cold morning" in kept.text
    assert "small corner of the web" not in kept.text
    assert [r.rule for r in kept.removed if r.vetoed] == [rule]
    lost = decruft.extract(page, fallback=False, disable=["veto"])
    assert "last cold morning" not in lost.text


def test_a_teaser_heading_of_the_same_story_is_not_the_headline() -> None:
    # The story's own title as a linked teaser in a list above the post is not its headline:
    # the list is no post, and the rule that matches it removes it.
    teasers = (
        "<div class='related-box'><ul><li><h3><a href='/p/1'>Winter light over the harbour wall</a></h3>"
        "<img src='/t1.jpg'></li><li><h3><a href='/p/2'>Storm clouds over the point</a></h3></li></ul></div>"
    )
    page = _photo_post("comments-open").replace("<div id='main'>", teasers + "<div id='main'>")
    article = decruft.extract(page, fallback=False)
    assert any(r.rule == "related" and not r.vetoed and "Storm clouds" in r.text for r in article.removed)


def test_site_rule_removals_are_never_vetoed(tmp_path: Path) -> None:
    folder = FIXTURES / "veto-related"
    (tmp_path / "valley.toml").write_text('hosts = ["valleypost.example"]\nstrip = [".story"]\n', encoding="utf-8")
    article = decruft.extract(
        (folder / "page.html").read_bytes(), url="https://valleypost.example/a", rules=[tmp_path], fallback=False
    )
    assert not any(r.vetoed for r in article.removed)
    assert any(r.rule.startswith("site:") for r in article.removed)
    assert "Library extends" not in article.text and "council said on Monday" not in article.text


def test_veto_is_shown_by_explain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from decruft.cli import main

    main(["--explain", "--no-fallback", str(FIXTURES / "veto-footer" / "page.html")])
    err = capsys.readouterr().err
    assert "footer VETOED" in err
    assert "1 removal(s) VETOED" in err


def test_named_slideshow_outweighing_the_article_is_removed() -> None:
    # A slide show without counters ("Also on ...": a <ul class="slideshow"> of headed slides
    # whose captions are longer than the article), inside the article body.
    slides = "".join(
        f"<li><h4>Myth number {n}</h4><p>Opponents said in {year} that the plan would cost more than it saves, "
        "that it would close rural clinics, and that nobody had read the bill; none of it came true, and the "
        "figures published since show the opposite in every region that took part.</p></li>"
        for n, year in enumerate(range(2009, 2015), 1)
    )
    page = page_with(f"<div class='promo'><ul class='slideshow' id='slideshow-1'>{slides}</ul></div>", after=3)
    article = decruft.extract(page, fallback=False)
    assert "Myth number" not in article.text and "Opponents said" not in article.text
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[-1] in article.text
    assert any(r.rule == "slideshow" for r in article.removed)


LOOSE_POST = (
    "Piano learners will want to watch this lesson, which walks viewers through the whole sonata on an upright piano. "
    "The tutor plays it through first, then takes it apart bar by bar for students in their second year."
)


@pytest.mark.parametrize("wrap", ["{}", "<span style='font-size:14px'>{}</span>"])
def test_related_label_does_not_take_a_loose_text_post_with_it(wrap: str) -> None:
    # The post is loose text (or an inline span) in a div, a "Related:" label closing it; a longer
    # comment thread keeps the veto out. The label's section stops below the post's own text.
    comment = "I watched this twice and finally got the left hand right, thanks for posting it here for us."
    page = (
        "<html><body><div id='main'><div class='entry'>" + wrap.format(LOOSE_POST)
        + "<p><strong>Related:</strong><br><a href='/solo'>Learning to glide</a></p></div>"
        "<div class='thread'><dl>" + "".join(f"<dd><p>{comment}</p></dd>" for _ in range(4)) + "</dl></div>"
        "</div></body></html>"
    )  # fmt: skip
    article = decruft.extract(page, fallback=False)
    assert "walks viewers through the whole sonata" in article.text
    assert not any(r.rule == "related" and "Piano learners" in r.text for r in article.removed)


def test_read_more_label_does_not_take_the_post_text_before_it() -> None:
    # The post's opening is an inline span and a div (no <p>); a "Related:" label closes it; an
    # "about" box holds the densest block of its own and comments keep the veto out. The text
    # before the label is no part of the label's section.
    opening = "The hosting firm hopes to stand apart from its larger rivals by building its products around open standards."
    second = "Drawn by the steady growth of rented servers, more competitors keep arriving, and the field grows crowded."
    about = (
        "Most shareholders never read the annual report, so this blog reads it for them, page by page, hunting for "
        "the small print on pension deficits, lease terms and one-off write-downs."
    )
    comment = "Nice write-up, I came across this blog last week and have read the older posts since."
    page = (
        "<html><body><div class='post'><div class='separator'><span style='font-size:14px'>" + opening
        + "</span><div style='text-align:justify'>" + second + "</div>"
        "<div><b>Related:</b> <a href='/x'>Why the stock looks cheap</a></div></div></div>"
        "<div class='profile'><p>" + about + "</p></div>"
        "<div class='thread'>" + "".join(f"<dd>{comment}</dd>" for _ in range(3)) + "</div></body></html>"
    )  # fmt: skip
    article = decruft.extract(page, fallback=False)
    assert not any(r.rule == "related" and "hosting firm" in r.text for r in article.removed)
    assert "stand apart from its larger rivals" in article.text


def test_a_named_slide_show_outweighing_the_article_goes_despite_the_veto() -> None:
    # A slide show inside the article body, named by its class, whose slides (loose text and
    # <br>) hold most of the page's prose, the densest block being a slide: the article outside
    # it is checked first (remove_outweighing), so the veto does not keep the slides.
    slide = "<br>".join(
        f"Slide claim number {n}: opponents said the reform would cost jobs, raise the deficit and cut "
        f"benefits, and each of these claims was checked against the budget office numbers in turn."
        for n in range(6)
    )
    show = "<div class='hp-slideshow-wrapper'><ul class='hp-slideshow'>" + "".join(
        f"<li><h4>Claim {i}</h4>{slide}</li>" for i in range(3)
    ) + "</ul></div>"
    page = article_page().replace("</div>\n</article>", show + "</div>\n</article>")
    article = decruft.extract(page, fallback=False)
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[-1] in article.text
    assert "Slide claim number" not in article.text
    assert any(r.rule == "slideshow" and not r.vetoed for r in article.removed)


def test_a_posts_tags_and_categories_name_no_rule() -> None:
    # WordPress classes a post by its topics ("tag-links", "category-social-media"): a short
    # post of links tagged "links" is the post, not a link list the navigation rule takes.
    post = """<div id="post-7" class="post-7 post type-post status-publish hentry category-current-events tag-links">
<h2>Weekend reading</h2>
<ul>
<li>The council's <a href="https://example.org/a">budget vote</a>, explained</li>
<li><a href="https://example.org/b">Bus subsidies in rural villages</a> (and a reply)</li>
<li>Why <a href="https://example.org/c">energy costs</a> keep rising</li>
</ul>
<p>Plus, our neighbours at the county paper on <a href="https://example.org/d">the new youth centre</a>.</p>
</div>"""
    about = "A weekly letter on local government, written by a retired clerk who still reads every agenda. " * 3
    side = f"<div id='sidebar'><h3>About this blog</h3><p>{about}</p></div>"
    page = f"<html><head><title>Weekend reading</title></head><body><div id='content'>{post}</div>{side}</body></html>"
    article = decruft.extract(page, fallback=False)
    assert "Bus subsidies in rural villages" in article.text and "retired clerk" not in article.text
    assert not any(r.rule == "navigation" and "Weekend reading" in r.text for r in article.removed)
    # The same class outside a post still names a tag list.
    tags = "<div class='tag-links'><a href='/t/budget'>budget</a> <a href='/t/buses'>buses</a></div>"
    assert any(r.rule == "navigation" for r in decruft.extract(article_page(tags), fallback=False).removed)


def test_a_heading_phrase_inside_a_sentence_heads_no_section() -> None:
    # "suggested" is a related-links heading; linked in the middle of a paragraph written as
    # <div>s (no <p> to stop the climb), it is a word of the sentence, and the paragraph stays.
    word = (
        "The finance director had <a href='https://example.org/r'>suggested</a> in the spring that reserves "
        "would cover the gap, but the auditors found that the energy contracts signed last year will cost "
        "far more than the council had budgeted for."
    )
    lines = [*PARAGRAPHS[:2], word, *PARAGRAPHS[2:]]
    body = "".join(f"<div class='MsoNormal'><span>{line}</span></div>" for line in lines)
    page = f"<html><head><title>Budget</title></head><body><div id='main'><h1>Council approves new budget</h1><div class='post'>{body}</div></div></body></html>"
    article = decruft.extract(page, fallback=False)
    assert "the auditors found" in article.text
    assert not any(r.rule == "related" for r in article.removed)
    # A short promo line that a newsletter heading phrase stands in still goes.
    promo = "<p>To get these letters by e-mail, sign up for <a href='/n'>the newsletter</a> today.</p>"
    assert "sign up for" not in decruft.extract(article_page(promo), fallback=False).text


def test_a_label_linked_inside_a_sentence_keeps_its_words() -> None:
    # "Facebook" and "more" are labels of the share and related rules; linked in the middle of
    # a sentence they are its words: the sentence keeps them, however short.
    line = "<p>The photo she posted to <a href='https://facebook.example/p/1'>Facebook</a> started a row that needs <a href='/more'>more</a> explanation.</p>"
    page = article_page().replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{PARAGRAPHS[1]}</p>{line}")
    article = decruft.extract(page, fallback=False)
    assert "The photo she posted to Facebook started a row that needs more explanation." in article.text
    # Alone on its line, a label still goes.
    alone = article_page().replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{PARAGRAPHS[1]}</p><p><a href='/more'>Read more</a></p>")
    assert "Read more" not in decruft.extract(alone, fallback=False).text


def test_a_newsletter_sentence_in_the_articles_run_of_prose_keeps_its_paragraph() -> None:
    # A blog post whose comment list holds more long paragraphs than the post (the guard's
    # anchor is then the comments' container, not the post's): a paragraph of the post that
    # tells readers to "enter your email address", among sentences about other things and
    # with paragraphs before and after it, is the article's.
    mention = (
        "The workshop notes go only to readers of the free weekly letter, and they will not be posted on "
        "this blog. It costs nothing and you can leave whenever you like. If you are not sure whether you "
        "are on the list, enter your email address in the form at the top of the page. The first lesson "
        "goes out on Monday morning, and the last one a month later."
    )
    call = "<p>Enter your email address below to get each new lesson delivered to your inbox.</p>"
    post = "".join(f"<p>{p}</p>" for p in [*PARAGRAPHS[:2], mention, *PARAGRAPHS[2:]])
    comment = (
        "Thanks for this, I have been following the council budget story for weeks and this is the "
        "clearest summary I have read anywhere so far, well done."
    )
    comments = "".join(f"<li>{comment} ({n})</li>" for n in range(8))
    box = (
        "<div class='sidebar-box'><h4>Email updates</h4><p>Enter your email address:</p>"
        "<form><input type='email'><button>Go</button></form></div>"
    )
    page = (
        "<html><head><title>Budget notes</title></head><body><div class='page'><div class='post'>"
        f"<h2>Budget notes</h2><div class='entry'>{post}{call}</div></div>"
        f"<h3>8 responses</h3><ol>{comments}</ol></div>{box}</body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert "enter your email address in the form at the top of the page" in article.text
    assert PARAGRAPHS[3] in article.text
    # The sign-up box beside the post, and a call alone on its line after it, still go.
    assert "Email updates" not in article.text
    assert "delivered to your inbox" not in article.text
    assert any(r.rule == "newsletter" and "Enter your email address:" in r.text for r in article.removed)


def test_footer_sentence_does_not_take_a_short_headed_post() -> None:
    # A photo post: a heading, pictures and a one-line credit, no long paragraph; the
    # "RSS feed for comments on this post" line closes its container, and the sidebar
    # beside it holds the page's only prose. The footer sentence's block goes, not the post.
    pics = "".join(f"<p><img src='/p{n}.jpg' width='600' height='800'></p>" for n in range(4))
    sidebar = (
        "<div id='side'><p>Hello stranger, thanks for dropping by this little corner of the web where "
        "I collect curious things that caught my eye over the years and share them with you.</p>"
        "<p>You can also follow the page on the usual networks and subscribe to the channel to see "
        "every new post as soon as it goes up on the site.</p></div>"
    )
    page = (
        "<html><head><title>Odd lamps</title></head><body><div id='wrap'><div id='head'>Curio</div>"
        "<div id='content'><div class='post'><h3><a href='/p/1' rel='bookmark'>Odd lamps of the north</a></h3>"
        f"<div class='meta'><a href='/c/1'>things</a> at 15:05</div><div class='body'>{pics}"
        "<p>Made by <a href='/u/1'>Ann Berg</a>, <a href='/s/1'>her studio</a></p></div></div>"
        "<p><a href='/feed'>RSS feed for comments on this post.</a> <a href='/tb'>TrackBack</a></p></div>"
        f"{sidebar}</div></body></html>"
    )
    footer = [r.text for r in decruft.extract(page, fallback=False).removed if r.rule == "footer"]
    assert any("RSS feed for comments" in t for t in footer)
    assert not any("Made by" in t or "Odd lamps" in t for t in footer)


def test_a_data_tables_column_name_heads_no_section() -> None:
    # "Comment" is a heading of the comments rule. As the name of a data table's column (a
    # header cell of a row of several cells) it heads a column, and the article block holding
    # the table (steps, a table of states and what each one means) stays.
    steps = "".join(
        f"<li>The scheduler moves the job to state {n}, records the time it did so and hands the job "
        "to the next worker in the queue, which confirms it took the job.</li>"
        for n in range(1, 5)
    )
    rows = "".join(
        f"<tr><td><p>state {n}</p></td><td><p>queued</p></td><td><p>{n * 10} s</p></td>"
        f"<td><p>The job waits until a worker of pool {n} is free to take it.</p></td></tr>"
        for n in range(1, 5)
    )
    table = (
        "<table><tbody><tr><td><p><b>State</b></p></td><td><p><b>Status</b></p></td>"
        f"<td><p><b>Timeout</b></p></td><td><p><b>Comment</b></p></td></tr>{rows}</tbody></table>"
    )
    blocks = "".join(f"<div class='text-block'><p>{p}</p></div>" for p in PARAGRAPHS)
    page = (
        "<html><head><title>How jobs run</title></head><body><div class='article'>"
        f"<h1>How jobs run</h1>{blocks}<div class='text-block'><ol>{steps}</ol>{table}</div>{blocks}"
        "</div></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert "hands the job to the next worker" in article.text
    assert "is free to take it" in article.text
    assert not any(r.rule == "comments" for r in article.removed)


def test_a_dialog_shown_only_when_opened_is_hidden_but_the_link_opening_it_stays() -> None:
    # Bootstrap's "modal fade" box (an author sign-up notice) sits in the page until a reader
    # opens it; the link that opens a dialog ("js-modal-trigger") is the article's own text.
    dialog = (
        '<div id="become-a-writer" class="modal fade"><div class="modal-dialog"><div class="modal-content">'
        "<h4>Become a verified writer!</h4><p>Your account is not verified yet. To become a verified "
        "writer, you must have two finished articles in your account.</p></div></div></div>"
    )
    trigger = "<p>The full results are in <a class='js-modal-trigger' href='#results'>the table of every district</a> below.</p>"
    article = decruft.extract(page_with(trigger + dialog), fallback=False)
    assert "Become a verified writer" not in article.text
    assert any(r.rule == "hidden" and "verified writer" in r.text for r in article.removed), article.removed
    assert "the table of every district" in article.text
