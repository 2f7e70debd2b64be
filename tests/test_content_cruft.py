"""Body accuracy on pages where decruft's own text is short or the cruft is named by sentences
and class names only: the trafilatura fallback never brings back what the rules removed,
blog post metadata and reprint notices are cut, author boxes go whatever their class spelling."""

from __future__ import annotations

import pytest
from conftest import PARAGRAPHS, article_page

import decruft
from decruft import _fallback

CAPTION = "A boy poses with a painted street scene at the exhibition in the old town hall."
MENU = "Home World Politics Video Health Entertainment Money Tech Travel"
RAIL = "Stage Feuds: 6 On-Set Rivalries Pop Singer Seen With a Senator Sequel Names Its Star"

#: A photo page: the only article text is one caption, beside a menu and a teaser rail
#: that the navigation rule removes.
PHOTO_PAGE = f"""<html><head><title>Magic art show</title></head><body>
<div id="nav"><ul class="menu">{"".join(f"<li><a href='/{w}'>{w}</a></li>" for w in MENU.split())}</ul></div>
<div class="navigation">{"".join(f"<a href='/s{i}'>{t}</a> " for i, t in enumerate(RAIL.split(" On-Set ")))}</div>
<div class="photo"><img src="a.jpg"><span>{CAPTION}</span></div>
</body></html>"""


def _fake_trafilatura(paragraphs: list[str]):
    def fake(text: str, url: str | None) -> str:
        return "\n\n".join(paragraphs)

    return fake


def test_fallback_drops_paragraphs_only_removed_blocks_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    # trafilatura, run because decruft found little, returns the menu and the teaser rail
    # the rules had removed, around the caption: only the caption is kept.
    menu_line = " ".join(MENU.split())
    monkeypatch.setattr(_fallback, "trafilatura_text", _fake_trafilatura([menu_line, CAPTION, CAPTION + " " + CAPTION]))
    article = decruft.extract(PHOTO_PAGE)
    assert menu_line not in article.text
    assert CAPTION in article.text


def test_fallback_not_used_when_it_only_adds_removed_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    # A short post decruft found whole; trafilatura adds the menu the rules removed: decruft's text stays.
    post = (
        "Once a week we feature a comic from a talented artist who draws freelance life. "
        "Take a look at the archive too, where every strip since the first one waits for you."
    )
    page = (
        "<html><body><ul class='menu'>"
        + "".join(f"<li>{w} section of the site and its archive</li>" for w in MENU.split()[:3])
        + f"</ul><div class='entry-content'><p>{post}</p></div></body></html>"
    )
    menu = "\n\n".join(f"{w} section of the site and its archive" for w in MENU.split()[:3])
    monkeypatch.setattr(_fallback, "trafilatura_text", _fake_trafilatura([menu, post, menu]))
    article = decruft.extract(page)
    assert article.engine == "decruft"
    assert article.text == post


def test_fallback_keeps_text_still_on_the_page() -> None:
    # A removed block quoting the caption does not take the caption out of trafilatura's text:
    # the caption is still on the page as left.
    from decruft import _parse
    from decruft._options import Options
    from decruft._state import State

    page = PHOTO_PAGE.replace("</body>", f"<div class='teaser'><p>Earlier: {CAPTION} More</p></div></body>")
    state = State(root=_parse.parse(page), options=Options.make())
    for el in state.root.xpath("//div[@id='nav'] | //div[@class='teaser']"):
        state.vacate(el)
    menu_line = " ".join(MENU.split())
    kept = _fallback._without_removed(state, f"{menu_line}\n\n{CAPTION}\n\nEarlier: {CAPTION} More")
    assert kept.split("\n\n") == [CAPTION]


@pytest.mark.parametrize(
    "cruft",
    [
        "<p class='postmetadata'><small>This entry was posted on Tuesday, March 14th, 2023 at 9:41 pm "
        "and is filed under Garden Sheds. You can follow any responses to this entry through the RSS 2.0 feed. "
        "You can leave a response, or trackback from your own site.</small></p>",
        "<div class='notice'><p>This copy is for your personal, non-commercial use only. Copies for your "
        "colleagues or clients can be ordered from our licensing desk.</p></div>",
        "<div class='note'><p>The opinions expressed here are mine alone. Nothing on this blog is checked "
        "or endorsed by the company I work for.</p></div>",
    ],
    ids=["wordpress-postmetadata", "reprint-notice", "disclaimer"],
)
def test_post_notices_are_cut(cruft: str) -> None:
    article = decruft.extract(article_page(cruft), fallback=False)
    assert PARAGRAPHS[-1] in article.text
    first_words = " ".join(cruft.split(">", 2)[-1].split()[:5])
    assert first_words not in article.text, first_words
    assert any(r.rule == "footer" for r in article.removed)


@pytest.mark.parametrize("cls", ["about_author", "author_bio", "about-the-authors"])
def test_author_boxes_go_whatever_their_class_spelling(cls: str) -> None:
    bio = (
        "Jane Roe is always drawing. When she isn't making comics or working as a freelance artist, "
        "she paints pictures for galleries from her home studio in sunny southern California."
    )
    last = f"<p>{PARAGRAPHS[-1]}</p>"
    page = article_page().replace(last, f"{last}<div class='{cls}'><p>{bio}</p></div>")
    article = decruft.extract(page, fallback=False)
    assert bio[:40] not in article.text
    assert PARAGRAPHS[-1] in article.text
    assert any(r.rule == "staff-list" for r in article.removed)
    kept = decruft.extract(page, fallback=False, disable=["staff-list"])
    assert bio[:40] in kept.text


SLIDE = (
    "You probably know a few people who cannot pass a cheese shop without buying a wedge of something "
    "rare, and believe that cheese makes a meal at least once a week. Here are twelve gifts for them."
)


def test_gallery_captions_are_the_story() -> None:
    # A photo gallery: the slide's text sits in a "caption" block and is all the body has.
    page = (
        "<html><body><article class='post gallery'><h1>Presents for tea drinkers</h1>"
        "<div class='body'><p class='meta'>Posted on November 14, 2013</p>"
        f"<div class='caption'><p>{SLIDE}</p></div></div></article></body></html>"
    )
    assert SLIDE in decruft.extract(page, fallback=False).text


def test_picture_captions_stay_out_of_an_article() -> None:
    caption = "The council chamber on Tuesday evening, before the vote."
    page = article_page().replace(
        f"<p>{PARAGRAPHS[0]}</p>", f"<p>{PARAGRAPHS[0]}</p><figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
    )
    article = decruft.extract(page, fallback=False)
    assert caption not in article.text
    assert caption in article.markdown


def test_read_more_heading_inside_a_post_body_takes_only_its_line() -> None:
    # A Blogger post (loose divs, no <p>) closed by a bold "Read more at ...:" line and a link;
    # the sidebar's profile text outweighs the short post, so no prose guard protects it.
    post = (
        "The handset maker is betting on its new folding phone to win back buyers and end three years of "
        "falling sales. Now comes word that the launch could be delayed until March."
    )
    profile = (
        "Most shareholders never read the annual report, so this blog reads it for them, page by page, "
        "hunting for the small print on pension deficits, lease terms and one-off write-downs that "
        "may materially change the quality of earnings. I have done this for twenty years, for funds and "
        "for private investors, and I write here about what I find in the filings every week."
    )
    page = (
        "<html><body><div class='main'><div class='post hentry'><h3>Folding backwards?</h3>"
        f"<div class='post-body entry-content'><div>{post}</div><div><br></div>"
        "<div><b><span>Read more at Charts: </span><span><a href='http://example.com/x'>That small rally "
        "could be a false start</a></span></b></div>"
        "</div></div></div>"
        f"<div class='side'><div class='profile'><div>{profile}</div><div>{profile}</div></div></div></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert post in article.text
    assert all(post[:30] not in (r.text or "") for r in article.removed if not r.vetoed)


def test_blog_credit_line_and_comment_feed_links_are_cut() -> None:
    # A short WordPress post: the theme's credit line ("powered by <a>WordPress</a>", split
    # across a link) in a "credit" block and an empty thread's feed links are not the post.
    post = (
        "Simply lovely! Unheard new songs from the band, recorded last winter in a barn. "
        "The second side is even better than the first, with a long instrumental that closes the record."
    )
    credit = "If you find anything interesting here and decide to share it please link back to this blog"
    page = (
        "<html><body><div id='rap'><div id='content'><div class='post'><h3>Walking into the wind</h3>"
        f"<div class='storycontent'><p>{post}</p></div></div>"
        "<h2 id='comments'>0 Comments</h2><p>No comments yet.</p>"
        "<p><a href='/feed'><abbr>RSS</abbr> feed for comments on this post.</a> <a href='/tb'>TrackBack URI</a></p>"
        f"</div><div class='credit'>{credit}<br>(c) 2012 The Blog | powered by <a href='/wp'>WordPress</a></div>"
        "</div></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert post in article.text
    for cruft in ("No comments yet", "feed for comments", credit[:30], "powered by"):
        assert cruft not in article.text, cruft


@pytest.mark.parametrize("cls", ["bio", "mini-bio", "user-bio", "infocard-bio", "guestauthor jane-roe"])
def test_bio_cards_under_the_post_are_pruned(cls: str) -> None:
    # Platforms print the writer's bio card under the post, named for the bio or the guest
    # author rather than an "author box"; it is no part of the article.
    bio = (
        "Jane Roe is a communications specialist at a small agency. She likes tea, long walks and "
        "writing about the craft of content strategy for growing companies."
    )
    last = f"<p>{PARAGRAPHS[-1]}</p>"
    page = article_page().replace(last, f"{last}<div class='{cls}'><p>{bio}</p></div>")
    article = decruft.extract(page, fallback=False)
    assert bio[:40] not in article.text
    assert PARAGRAPHS[-1] in article.text
    assert any(r.rule in ("prune", "staff-list") for r in article.removed)
    kept = decruft.extract(page, fallback=False, disable=["staff-list"])
    assert bio[:40] in kept.text


def test_bio_inside_a_slug_class_names_no_bio_card() -> None:
    # "bio" (organic) inside a product's slug class names no bio card: the block stays.
    note = (
        "The beans come from a cooperative of small farms in the highlands, are picked by hand, "
        "washed and dried in the sun before they are roasted in small batches every week."
    )
    last = f"<p>{PARAGRAPHS[-1]}</p>"
    page = article_page().replace(last, f"{last}<div class='product-name--coffee-bio-beans'><p>{note}</p></div>")
    assert note[:40] in decruft.extract(page, fallback=False).text


def test_a_list_of_sentences_each_linking_its_source_stays() -> None:
    # A post's list of changes, each a sentence with the change's link inside it: link-dense,
    # but the post's own text, not a list of links (a list of linked headlines still goes).
    changes = (
        "<ul><li>Ann has patches up to <a href='https://example.org/b/1'>tidy up the behaviour of the download "
        "panel</a>, and <a href='https://example.org/b/2'>show a notice when a frame crashes</a></li>"
        "<li>Bo <a href='https://example.org/b/3'>removed an attribute from the dialogs</a> where we did not "
        "need it any more</li></ul>"
    )
    headlines = (
        "<ul><li><a href='/s/1'>Council approves the new budget after a long debate</a></li>"
        "<li><a href='/s/2'>Libraries to open longer on Sundays from next month</a></li></ul>"
    )
    last = f"<p>{PARAGRAPHS[-1]}</p>"
    page = article_page().replace(last, f"{last}<p>What changed this week:</p>{changes}<p>Elsewhere:</p>{headlines}")
    text = decruft.extract(page, fallback=False).text
    assert "tidy up the behaviour of the download panel" in text
    assert "where we did not need it any more" in text
    assert "Libraries to open longer" not in text


def test_a_list_of_sentences_ending_in_their_link_stays_in_a_list_or_a_table() -> None:
    # The sentence's link may close it ("We added <a>offline maps to the app</a>."): a sentence
    # still, with its full stop after the link. A week's changes set as a table, a list per
    # day, stays too; a table of bare linked headlines still goes.
    items = (
        "<li>We added <a href='https://example.org/n/1'>offline maps to the mobile app</a>.</li>"
        "<li>We released <a href='https://example.org/n/2'>a new version of the command line tools</a>.</li>"
        "<li>We <a href='https://example.org/n/3'>lowered the price of the archive plan</a> for schools.</li>"
    )
    headlines = (
        "<table><tr><td><ul><li><a href='/s/1'>Council approves the new budget after a long debate</a></li>"
        "<li><a href='/s/2'>Libraries to open longer on Sundays from next month</a></li></ul></td></tr></table>"
    )
    last = f"<p>{PARAGRAPHS[-1]}</p>"
    for changes in (f"<ul>{items}</ul>", f"<table><tr><td>Monday</td><td><ul>{items}</ul></td></tr></table>"):
        page = article_page().replace(last, f"{last}<p>What changed this week:</p>{changes}<p>Elsewhere:</p>{headlines}")
        text = decruft.extract(page, fallback=False).text
        assert "offline maps to the mobile app" in text, changes
        assert "a new version of the command line tools" in text
        assert "Libraries to open longer" not in text
