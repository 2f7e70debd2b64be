"""Main-content choice: the block holding the article wins over longer blocks beside it
(comment threads, profile boxes, teaser lists) that no cleanup rule could remove."""

from __future__ import annotations

from pathlib import Path

import pytest

import decruft
from decruft._content import _score
from lxml import html as lxml_html

POST = [
    "In a letter to a friend, the old geographer describes how the river floods each spring, "
    "rising with the snowmelt from the hills and falling again by midsummer.",
    "That sounds surprisingly modern for a man writing three centuries ago, and it is worth asking where he got it.",
]

#: Readers' replies, each longer than the post.
REPLIES = [
    "I have read the letters in the original, and I think the passage says less than you suggest. "
    "The word he uses for the flood is the same one he uses for a tide, a rumour and a crowd, "
    "and in the next paragraph he attributes the rising water to the moods of the river god, "
    "which hardly sounds like hydrology. Still, the observation of timing is accurate, and the "
    "local farmers he quotes clearly knew the pattern well, as farmers along most rivers did.",
    "Another point worth making is that his contemporaries in the capital had already measured the "
    "river at the old bridge for decades, and their tables were printed in an almanac he owned. "
    "So the idea may well have come from a book on his own shelf, rather than from his walks, "
    "which does not make it less interesting, only less original than the post implies, I think.",
    "Thanks for this. I grew up in one of the villages he mentions, and the spring floods are "
    "still the main event of the year there, even with the new dam upstream, because the side "
    "streams have no dams at all and fill the valley within a day when the snow goes quickly.",
]


def _comment(n: int, text: str) -> str:
    return (
        f'<div class="comment comment-{n}"><div class="comment-author">Reader {n}</div>'
        f'<div class="comment-date">March {n}, 2012 at 10:0{n} am</div>'
        f'<div class="comment-body"><p>{text}</p></div><a href="#reply-{n}">Reply</a></div>'
    )


def test_comment_thread_longer_than_the_post_is_not_the_article() -> None:
    # A blog post of two short paragraphs in "entry-content", then a comment thread in a
    # single "comments" block holding most of the page's prose: the comments rule may not
    # remove a block that large, so the main-content choice has to leave it out.
    post = "".join(f"<p>{p}</p>" for p in POST)
    thread = "".join(_comment(n, text) for n, text in enumerate(REPLIES, 1))
    page = (
        "<html><head><title>Rivers and floods | A Blog</title></head><body><div id='page'>"
        "<div class='header'><a href='/'>A Blog</a></div><div id='content'>"
        f"<div class='post hentry'><h2>Rivers and floods</h2><div class='entry-content'>{post}</div></div>"
        f"<div id='comments'><h3>3 Responses</h3><div class='commentlist'>{thread}</div></div>"
        "</div></div></body></html>"
    )
    text = decruft.extract(page, fallback=False).text
    assert all(p in text for p in POST), text[:300]
    assert not any(r[:40] in text for r in REPLIES), text[:300]


def test_profile_box_in_the_sidebar_is_not_the_article() -> None:
    # A Blogger post written as loose text and <br> lines (no <p>; the image block inside
    # keeps it from counting as one paragraph either), beside a sidebar whose
    # "About me" profile box holds several real paragraphs in a "profile-textblock" (a class
    # name that reads as text to the scorer).
    about = [
        f"The Weekly Almanac has covered local politics, weather and farming since {year}, "
        "with reports from readers in every parish of the county, and it is proud of it."
        for year in (1998, 1999, 2000, 2001, 2002, 2003)
    ]
    profile = "".join(f"<p>{p}</p>" for p in about)
    post = (
        "<b>The county fair opens on Friday with a new livestock hall and a larger car park.</b><br><br>"
        "Organisers expect twenty thousand visitors over the weekend, about a fifth more than last year, "
        "and the bus company has added late services from the station.<br>"
        "<div class='separator'><a href='/fair.jpg'><img src='/fair.jpg'></a></div>"
    )
    page = (
        "<html><head><title>Fair opens | The Weekly Almanac</title></head><body><div class='columns'>"
        "<div class='column-center'><div class='blog-posts'><div class='post hentry'>"
        f"<h3 class='post-title'>Fair opens on Friday</h3><div class='post-body entry-content'>{post}</div>"
        "</div></div></div>"
        "<div class='column-right'><aside><div class='sidebar section'>"
        "<div class='widget Profile'><h2>About me</h2><div class='widget-content'><dl class='profile-datablock'>"
        f"<dd class='profile-textblock'>{profile}</dd></dl></div></div>"
        "</div></aside></div></div></body></html>"
    )
    text = decruft.extract(page, fallback=False).text
    assert "twenty thousand visitors" in text, text[:300]
    assert "parish" not in text, text[:300]


def test_replies_under_a_comments_heading_with_that_id_are_left_out() -> None:
    # A Movable Type layout: the post, then <h2 id="comments">Comments</h2> and the replies as
    # plain sibling <div>s with a "Posted by:" line after each, all in the post's container.
    # The heading's own id matches the comments rule: removed by it first, it headed nothing.
    post = "".join(f"<p>{p}</p>" for p in POST + [p.replace("river", "stream") for p in POST])
    thread = "".join(
        f'<div id="c{n}"><p>{text}</p></div><p class="posted">Posted by: Reader {n} at March {n}, 2012 10:0{n} AM</p>'
        for n, text in enumerate(REPLIES, 1)
    )
    page = (
        "<html><head><title>Rivers and floods</title></head><body><div id='container'><div class='content'>"
        f"<h2>Rivers and floods</h2><div class='entry'>{post}</div>"
        "<p class='posted'>Posted by The Author at March 1, 2012 09:00 AM</p>"
        f"<h2 id='comments'>Comments</h2>{thread}</div></div></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert all(p in article.text for p in POST), article.text[:300]
    assert not any(r[:40] in article.text for r in REPLIES), article.text[:300]
    assert any(r.rule == "comments" and r.text.startswith(REPLIES[0][:40]) for r in article.removed)


def test_comment_thread_inside_the_posts_own_container_is_pruned() -> None:
    # No body class to go by: the post's paragraphs sit straight in div#content, and the
    # reader's replies (a <dl> of "N. name - date" lines and replies) in div#comments inside
    # it, holding most of the page's prose. The thread does not vote for the post's container
    # and is pruned from it.
    post = "".join(f"<p>{p}</p>" for p in POST)
    thread = "".join(
        f"<dt><a href='#c{n}'>{n}.</a> Reader {n} - March {n}, 2012</dt><dd><p>{text}</p></dd>"
        for n, text in enumerate(REPLIES, 1)
    )
    page = (
        "<html><head><title>Rivers and floods</title></head><body><div id='wrapper'><div id='content'>"
        f"<h1>Rivers and floods</h1>{post}<div id='comments'><dl>{thread}</dl></div></div>"
        "<div id='nav'><a href='/'>Home</a> <a href='/archive'>Archive</a></div></div></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert all(p in article.text for p in POST), article.text[:300]
    assert not any(r[:40] in article.text for r in REPLIES), article.text[:300]


def test_teaser_list_beside_the_article_is_pruned_whole() -> None:
    # "Part of complete coverage": story teasers (a linked headline, a date, a one-line
    # summary) in the article's own container. Pruning their linked headlines one by one
    # left the summaries in the body.
    teasers = "".join(
        f"<div class='story-box'><div><a href='/story/{n}'>Other story number {n} in the series</a></div>"
        f"<div class='stamp'>updated 10:0{n} AM, March {n}</div>"
        f"<div class='blurb'>A one-line summary of story {n}, about something else entirely.</div></div>"
        for n in range(1, 7)
    )
    body = "".join(f"<p>{p}</p>" for p in POST + [p.replace("river", "stream") for p in POST])
    page = (
        "<html><head><title>Rivers and floods</title></head><body><div id='main'>"
        f"<h1>Rivers and floods</h1>{body}<div class='coverage'><div class='coverage-head'>Part of complete "
        f"coverage on</div>{teasers}</div></div></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert all(p in article.text for p in POST), article.text[:300]
    assert "one-line summary" not in article.text, article.text
    assert any(r.rule == "prune" and r.text.startswith("teaser list") for r in article.removed)


def test_an_old_layouts_teaser_table_in_the_story_cell_is_pruned_whole() -> None:
    # An old news layout: after the story, in the story's own cell, a box of other stories set
    # as a one-column table, a row per story (a linked bold headline, <br>, a line of summary)
    # under a heading row no rule knows. Nothing names it; its summaries are plain sentences.
    rows = "".join(
        f"<tr><td><a href='/news/{n}.html'><b>Other story number {n} from the valley</b></a><br>"
        f"A line of summary for story {n}, about something else that happened this week.</td></tr>"
        for n in range(1, 5)
    )
    story = "<br><br>".join(POST + [p.replace("river", "stream") for p in POST])
    page = (
        "<html><head><title>Rivers and floods</title></head><body><table width='100%'><tr>"
        "<td width='150'><a href='/'>Home</a><br><a href='/news/'>News</a></td>"
        f"<td><font size='4'><b>Rivers and floods</b></font><br><br><font size='2'>{story}</font><br><br>"
        f"<table width='100%'><tr><td><b>Elsewhere this week</b></td></tr>{rows}</table></td></tr></table></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert all(p in article.text for p in POST), article.text[:300]
    assert "A line of summary" not in article.text, article.text
    assert any(r.rule == "prune" and r.text.startswith("teaser table") for r in article.removed)


#: A "related posts" plugin's list: classless items, a linked headline and an excerpt cut short.
EXCERPTS = "".join(
    f"<li><a href='/2012/07/story-{n}/'>Another story from the archive, part {n}</a><br>"
    f"<small>The opening lines of that other story, which the plugin cuts off after a few words, "
    f"in the middle of its {n}th sentence and...</small></li>"
    for n in range(1, 6)
)


@pytest.mark.parametrize("cut", ["...", "…", " [...]", " [&hellip;]"])
def test_related_excerpts_without_class_names_are_pruned(cut: str) -> None:
    # An old blog template: the post's paragraphs and, in the same container, a list of
    # other posts' excerpts whose items have no class; the cut ("...", "[…]") marks them.
    body = "".join(f"<p>{p}</p>" for p in POST)
    excerpts = EXCERPTS.replace("and...</small>", f"and{cut}</small>")
    page = (
        "<html><head><title>Rivers and floods</title></head><body><table><tr><td id='contenttd'>"
        f"<h1>Rivers and floods</h1>{body}<div class='box'><div class='box-title'>Buying guide</div>"
        f"<ul style='margin:0'>{excerpts}</ul></div></td></tr></table></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert all(p in article.text for p in POST), article.text[:300]
    assert "cuts off after a few words" not in article.text, article.text
    assert any(r.rule == "prune" and r.text.startswith("teaser excerpts") for r in article.removed)


def test_teaser_cards_some_cut_short_are_pruned() -> None:
    # A magazine's teaser cards under the article: a picture link titled with the headline,
    # the headline and a summary apart, the longer summaries cut ("..."), the short ones whole.
    cards = "".join(
        f"<li class=''><div class='image'><a href='/news/story-{n}' title='Another story from the archive, part {n}'>"
        f"</a><img src='/{n}.jpg'></div><div class='text'><div class='topline'>News</div>"
        f"<div class='title'>Another story from the archive, part {n}</div><p><span class='date'>24.08.2018</span>"
        + ("A summary the magazine cut off after a few words of its long opening ..." if n % 2 else "A short summary.")
        + "</p></div></li>"
        for n in range(1, 7)
    )
    page = (
        "<html><head><title>Rivers and floods</title></head><body><article><main>"
        f"<h1>Rivers and floods</h1>{''.join(f'<p>{p}</p>' for p in POST)}<ul class='timeline col-3'>{cards}</ul>"
        "</main></article></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert all(p in article.text for p in POST), article.text[:300]
    assert "cut off after a few words" not in article.text, article.text


def test_steps_ending_in_an_ellipsis_without_links_stay() -> None:
    # A how-to's photo steps whose captions trail off ("...") hold no link to another story.
    steps = "".join(
        f"<div class='step'><img src='/{n}.jpg'><div>Hold the board against the fence, step {n}...</div></div>"
        for n in range(1, 6)
    )
    page = (
        "<html><head><title>Clean cuts</title></head><body><article>"
        f"<h1>Clean cuts</h1>{''.join(f'<p>{p}</p>' for p in POST)}<div class='steps'>{steps}</div>"
        "</article></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert "Hold the board against the fence, step 3" in article.text, article.text


def test_an_authors_annotated_link_list_stays() -> None:
    # A roundup the author wrote: linked titles with a sentence each, none of them cut short.
    items = EXCERPTS.replace("and...</small>", "and more.</small>")
    page = (
        "<html><head><title>Rivers and floods</title></head><body><div class='post'>"
        f"<h1>Rivers and floods</h1>{''.join(f'<p>{p}</p>' for p in POST)}<ul>{items}</ul></div></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert "cuts off after a few words" in article.text, article.text


def test_climb_to_more_prose_stays_in_the_post() -> None:
    # A blog post (class "hentry") of three paragraphs, and beside it, in the same page
    # wrapper, a column of the author's book blurbs, each in its own box, with no class that
    # names a sidebar. Together the blurbs hold more prose than the post: climbing from the
    # post's text to the block holding the most prose took the wrapper, and the blurbs with it.
    post = "".join(f"<p>{p}</p>" for p in [*POST, POST[0].replace("river", "stream")])
    blurbs = "".join(
        f"<div class='box'><h4>Book {n}</h4><p>My book number {n} is a practical guide for readers who want to learn "
        f"study and remember more in less time with exercises for every chapter and a free preview.</p></div>"
        for n in range(1, 5)
    )
    page = (
        "<html><head><title>Rivers and floods</title></head><body><div id='wrap'><div id='left'>"
        f"<div class='post hentry'><h2>Rivers and floods</h2><div class='entry'>{post}</div></div></div>"
        f"<div id='right'>{blurbs}</div></div></body></html>"
    )
    text = decruft.extract(page, fallback=False).text
    assert all(p in text for p in POST), text[:300]
    assert "practical guide" not in text, text[:300]


def test_climb_counts_no_prose_in_a_link_laden_column_beside_the_post() -> None:
    # A post's column beside a column of card offers (a linked title, a plain blurb, an
    # "apply" link each), no class naming either. The blurbs, plain paragraphs, made the
    # wrapper of both columns hold 1.5 times the post's prose: the climb took it, and the
    # offers with it (on a page where no rule removes them). The offers' column is half links.
    post = "".join(f"<p>{p}</p>" for p in POST)
    cards = "".join(
        f"<div class='box'><h4><a href='/cards/{n}'>Card offer number {n} from our partners</a></h4>"
        f"<p>Card number {n} pays cash back on groceries and fuel for the first three months, then one "
        f"per cent on everything else you buy with it.</p><div><a href='/apply/{n}'>Apply for card "
        f"number {n} today</a></div></div>"
        for n in range(1, 5)
    )
    page = (
        f"<html><body><div id='wrap'><div id='left'><div class='post'><h2>Rivers</h2><div class='entry'>{post}"
        f"</div></div></div><div id='right'>{cards}</div></div></body></html>"
    )
    root = lxml_html.document_fromstring(page)
    paragraphs = {p: len(p.text_content()) for p in root.iter("p")}
    entry = root.find_class("entry")[0]
    assert _score._climb(entry, paragraphs) is entry


def test_author_box_longer_than_the_post_is_pruned() -> None:
    # A short post with an "About the author" box inside the post's own container whose bio
    # is longer than the post: the staff-list rule may not remove a block holding most of the
    # page's paragraph text, so the box is pruned from the chosen body.
    post = "".join(f"<p>{p}</p>" for p in POST)
    bio = (
        "I started this blog to write about the history of science, after years of reading old letters "
        "and almanacs in libraries across the country; before that I worked as an engineer on bridges "
        "and dams, which is where my interest in rivers began, and I still walk along one every day. "
        "My first book, on the canals of the north, came out in 2009; the second, on weather diaries "
        "kept by farmers, is due next spring, and the blog is where I try out its chapters."
    )
    page = (
        "<html><head><title>Rivers and floods</title></head><body><div id='wrap'>"
        f"<div class='post'><h2>Rivers and floods</h2><div class='entry-content'>{post}"
        f"<div class='author-box'><h4>About the author</h4><p>{bio}</p></div></div></div>"
        "</div></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert all(p in article.text for p in POST), article.text[:300]
    assert "history of science" not in article.text, article.text
    assert any(r.rule == "prune" and r.text.startswith("author box") for r in article.removed)


def test_a_site_rules_disable_of_staff_list_keeps_the_author_box(tmp_path: Path) -> None:
    # The author-box prune is the staff-list rule's work: a site rule's own
    # ``disable = ["staff-list"]`` reaches it as the options' disable does.
    post = "".join(f"<p>{p}</p>" for p in POST)
    bio = (
        "I started this blog to write about the history of science, after years of reading old letters "
        "and almanacs in libraries across the country; before that I worked as an engineer on bridges "
        "and dams, which is where my interest in rivers began, and I still walk along one every day."
    )
    page = (
        "<html><head><title>Rivers and floods</title></head><body><div id='wrap'>"
        f"<div class='post'><h2>Rivers and floods</h2><div class='entry-content'>{post}"
        f"<div class='author-box'><h4>About the author</h4><p>{bio}</p></div></div></div>"
        "</div></body></html>"
    )
    rule = tmp_path / "example.toml"
    rule.write_text('hosts = ["example.com"]\ndisable = ["staff-list"]\n', encoding="utf-8")
    with_site = decruft.Extractor(rules=[rule], fallback=False).extract(page, url="https://example.com/a")
    assert "history of science" in with_site.text, with_site.text
    generic = decruft.Extractor(fallback=False).extract(page, url="https://example.com/a")
    assert "history of science" not in generic.text, generic.text


def test_layout_table_gives_the_cell_holding_its_prose() -> None:
    # An old table layout: the menu in the left cell, the post in the middle one, the sidebar's
    # boxes (each a small table of its own) in the right one. The cells' votes add up in the
    # table (class "main"), which outscores the post's cell; the sidebar came with the post.
    post = "".join(f"<p>{p}</p>" for p in [*POST, *(p.replace("river", "stream") for p in POST)])
    boxes = "".join(
        f"<table class='sidebox'><tr><td class='sidemast'>Box {n}</td></tr><tr><td class='sidebody'>"
        f"<a href='/feed/{n}'>Sidebar box {n}</a> <a href='/archive/{n}'>archive {n}</a> "
        f"and a few words on the blog.</td></tr></table>"
        for n in range(1, 5)
    )
    page = (
        "<html><head><title>Rivers and floods</title></head><body><table class='main'><tr>"
        "<td class='menu'><p><a href='/'>Home</a></p><p><a href='/blog'>Blog</a></p></td>"
        f"<td class='middle'><h2>Rivers and floods</h2>{post}</td>"
        f"<td class='rightcol'>{boxes}</td></tr></table></body></html>"
    )
    text = decruft.extract(page, fallback=False).text
    assert all(p in text for p in POST), text[:300]
    assert "Sidebar box" not in text, text


LINKED_POST = [
    "This week's reading: <a href='/a'>a long essay on the hymns of the eighteenth century</a> and why "
    "they still fill the churches, which I found moving.",
    "Also <a href='/b'>an interview with the choir master of the cathedral</a> about rehearsing the "
    "new setting of the psalms, well worth an hour.",
    "Finally <a href='/c'>a short history of the parish organ and its builders</a>, with pictures of "
    "the pipes before and after the repair.",
]


def test_a_post_of_linked_paragraphs_does_not_climb_into_the_side_box() -> None:
    # A reading-list post: every paragraph about a third link text, so it holds no prose by the
    # climb's measure. The climb looks for an ancestor with more prose than the post: any has
    # more than none, and the page's wrapper came with the society's blurb beside the post.
    post = "".join(f"<p>{p}</p>" for p in LINKED_POST)
    blurb = (
        "We are a small society of church musicians who meet in the old school room every second "
        "Tuesday of the month to sing, to share music and to plan the concerts of the coming season."
    )
    page = (
        "<html><head><title>Reading for the week</title></head><body><div id='site'><div class='wrap'>"
        f"<div id='center'><div class='column'><h1>Reading for the week</h1><div class='entry'>{post}</div>"
        f"</div></div><div class='box'><div class='inner'><p>{blurb}</p></div></div></div></div></body></html>"
    )
    text = decruft.extract(page, fallback=False).text
    assert "choir master of the cathedral" in text
    assert "small society of church musicians" not in text, text


ROUNDUP = [
    ("Dog policy at the vets' association raises howls of protest from owners", "So sad."),
    ("Calling all germs: how dirty is the phone in your pocket, really?", "Yuck, honestly."),
    ("Laugh along with the eight hundred clowns of the capital's festival", "Scary stuff."),
    ("A film director opens up about her long journey back to the stage", "Worth it."),
    ("New peril for parents: their grown children's student loans", "Ouch, again."),
]


def _roundup_page(items: str) -> str:
    return (
        "<html><head><title>Snippets 11.04 | A Blog</title></head><body><div id='content'>"
        "<div class='post hentry'><h2 class='entry-title'>Snippets 11.04</h2><div class='entry-content'>"
        "<p>Today in 1903 the first tram ran along the harbour road. If you drive out in the fog this morning, go slowly!</p>"
        f"<ul>{items}</ul></div></div></div></body></html>"
    )


def test_a_link_roundup_keeps_its_lists() -> None:
    # A post made of a list of links, each with a word on it: the list is the post, not a link
    # list left inside it.
    items = "".join(f"<li><a href='https://news{i}.example/story'>{h}</a> – {c}</li>" for i, (h, c) in enumerate(ROUNDUP))
    text = decruft.extract(_roundup_page(items), fallback=False).text
    assert all(h in text and c in text for h, c in ROUNDUP), text[:300]
    # The same links bare ("Previous posts:" and their headlines) are still a link list.
    bare = "".join(f"<li><a href='/posts/{i}'>{h}</a></li>" for i, (h, _) in enumerate(ROUNDUP))
    text = decruft.extract(_roundup_page(bare), fallback=False).text
    assert not any(h in text for h, _ in ROUNDUP), text[:300]


def _module(title: str, text: str) -> str:
    return f"<div class='module'><h2 class='module-header'>{title}</h2><div class='module-content'><p>{text}</p></div></div>"


def test_a_lone_short_post_beside_prose_sidebars_is_the_article() -> None:
    # A blog of three columns: the post in the middle one is a single line in the page's one
    # "entry-content" block, and both side columns hold more prose than it in widgets whose
    # class names say nothing (TypePad's "module"). The scoring takes the block around all
    # three columns; the one block named as the post body, inside it, is the article.
    left = "".join(
        _module(f"Box {i}", f"Our craft projects for the {season} season are collected here, with templates to print at home.")
        for i, season in enumerate(("spring", "summer", "autumn"), 1)
    )
    right = "".join(
        _module(f"Note {i}", f"Thank you to the {who} who send us photos of their projects every week, we love them all.")
        for i, who in enumerate(("parents", "teachers", "grandparents"), 1)
    )
    post = "Visit our friends at the school blog to see how to print these autumn leaves with a cut potato."
    page = (
        "<html><head><title>Leaf printing | Crafts for Kids</title></head><body><div id='container'><div id='pagebody'>"
        f"<div id='alpha'>{left}</div>"
        "<div id='beta'><div class='entry'><h3 class='entry-header'>Leaf printing</h3>"
        f"<div class='entry-content'><div class='entry-body'><p>{post}</p></div></div>"
        "<div class='entry-footer'><p>10/08/2013 in Paper lanterns | Permalink</p></div></div></div>"
        f"<div id='gamma'>{right}</div>"
        "</div></div></body></html>"
    )
    text = decruft.extract(page, fallback=False).text
    assert text == post, text[:300]
    # Found whole, the short post is not traded for trafilatura's reading of the page.
    article = decruft.extract(page)
    assert article.text == post and article.engine == "decruft", article.text[:300]


def test_a_posts_topics_do_not_weigh_on_its_class() -> None:
    # "tag-news" and "category-social-media" name the post's topics, not cruft: its class
    # weighs as the post's own classes ("post", "hentry") alone.
    from lxml import etree

    from decruft._content._measure import class_weight

    post = etree.fromstring('<div class="post-7 post type-post status-publish hentry category-social-media tag-news"/>')
    assert class_weight(post) == 25
    assert class_weight(etree.fromstring('<div class="post social-media"/>')) == 0


def test_prune_measures_the_body_as_a_rule_before_it_left_it() -> None:
    # Prune reuses content choice's text lengths only while no rule ran since: a body rule
    # before it that takes the box's paragraph out leaves a box of links, which is pruned.
    from decruft._ruler import make_rule
    from decruft.rules import default_ruler

    def drop_note(state: decruft.State) -> list[decruft.Match]:
        return [decruft.Match(el, "test") for el in state.root.iter("p") if el.get("class") == "note"]

    ruler = default_ruler()
    ruler.before("prune", make_rule("drop-note", drop_note, chain="body"))
    links = "".join(f'<a href="/story-{i}">Another story headline {i}</a> ' for i in range(3))
    note = "This short note sits beside the links and says what they are about in plain words for readers here"
    page = (
        "<html><body><div id='main'>" + "".join(f"<p>{p}</p>" for p in POST * 3)
        + f"<div class='box'><p class='note'>{note}</p>{links}</div>"
        + "".join(f"<p>{p}</p>" for p in POST * 3) + "</div></body></html>"
    )  # fmt: skip
    kept = decruft.Extractor().extract(page)
    assert "Another story headline" in kept.text  # the note keeps the box below the link share
    article = decruft.Extractor(ruler=ruler).extract(page)
    assert "Another story headline" not in article.text
    assert any(r.rule == "prune" and r.text.startswith("link-dense block") for r in article.removed)


STORY = [
    "Work on the new wall will begin in March, once the winter storms have passed, and the contractor "
    "expects to close the harbour road for six weeks while the old stones are lifted out.",
    "Fishing boats will moor at the north quay during the work, and the ferry will keep its timetable, "
    "the harbour master said at a meeting in the village hall on Tuesday evening.",
    "The wall was breached twice last winter, when high tides and an easterly gale flooded the cottages "
    "along the front and left the lifeboat station without power for two days.",
]


def _story_page(header: str, title: str = "Harbour wall to be rebuilt after the storms") -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>{title} | The Coast Times</title>"
        f"<meta property='og:title' content='{title}'></head><body>"
        "<div class='top'><a href='/'>The Coast Times</a> <a href='/news/'>News</a></div>"
        f"<div class='story'>{header}<div class='row'><div class='col'><div class='article-body'>{body}</div>"
        "</div></div></div></body></html>"
    )


def test_an_unnamed_lead_between_the_headline_and_the_body_is_kept() -> None:
    # The lead (standfirst) printed under the headline, in the story's header, without a class
    # naming it: the paragraphs' container leaves it out, the headline places it.
    lead = "The council will spend two million pounds on repairs that are due to take a year."
    page = _story_page(
        f"<div class='head'><h1>Harbour wall to be rebuilt after the storms</h1><p>{lead}</p>"
        "<div class='meta'>By Ann Berg, 4 May 2023</div></div>"
    )
    text = decruft.extract(page, fallback=False).text
    assert text.startswith(lead), text[:200]
    assert STORY[0] in text


def test_a_blogs_tagline_under_its_name_is_no_lead() -> None:
    # A blog's name (a link to the home page) heads the page and its tagline follows; the post's
    # own title comes later, above the post: the tagline is not the post's lead.
    tagline = "Notes on boats, tides and the people who work on the water, written from a small harbour town."
    page = _story_page(
        f"<div class='brand'><h1><a href='/'>The Coast Times</a></h1><p>{tagline}</p></div>"
        "<h2>Harbour wall to be rebuilt after the storms</h2>"
    )
    text = decruft.extract(page, fallback=False).text
    assert tagline not in text, text[:200]
    assert STORY[0] in text


def test_a_comment_thread_named_by_its_id_beside_a_short_post_goes() -> None:
    # A short post written as loose text (no <p>) and, inside the post's container, a thread
    # whose id names it (id="comments") with more paragraph text than the post: the densest
    # paragraph is a reply, so the anchor guard kept the thread and it was printed as the body.
    # The headline's post stands outside the thread: the id is believed.
    replies = "".join(
        f"<dt>{n} March 2021 at 9:{n}0 pm ({n}) Reader {n} says:</dt><dd><p>{REPLIES[n]}</p></dd>" for n in range(2)
    )
    page = (
        "<html><head><title>Tuning a banjo by ear | Strings Weekly</title>"
        "<meta property='og:title' content='Tuning a banjo by ear'></head><body><div id='page'>"
        "<div id='main'><h1>Tuning a banjo by ear</h1><div class='byline'>By Jo Lark, 2 March 2021</div>"
        "<div class='entry'>This short video shows how to tune a five-string banjo by ear, starting from the "
        "fourth string and matching each of the others to it at the right fret. The teacher goes slowly, and it is "
        "well worth watching twice before you try it yourself.</div>"
        f"<div id='comments'><h3>Comments</h3><dl>{replies}</dl></div></div>"
        "<div id='side'><a href='/'>Home</a> <a href='/lessons/'>Lessons</a></div></div></body></html>"
    )
    text = decruft.extract(page, fallback=False).text
    assert "tune a five-string banjo" in text, text[:300]
    assert "original" not in text and "almanac" not in text, text[:300]


#: A blog's owner profile, printed above every post: a paragraph of bio, longer than the post.
OWNER_BIO = (
    "Grew up by the sea, studied boat building for some years, then moved inland with two dogs and a "
    "van full of tools. I write here about old wooden boats, the people who still build them, and the "
    "tools they use; most weekends you will find me in a shed by the lake, planing a plank."
)


@pytest.mark.parametrize("box", ["<div id='profile'>", "<div class='profile-block'>", "<div class='author-bio'>"])
def test_a_blog_owners_profile_before_a_one_line_post_is_pruned(box: str) -> None:
    # A one-line post under its headline; above it, inside the same column, the blogger's
    # profile (photo, name, bio), the page's densest prose. The box stands before the
    # headline: it is no part of the post, however short the post.
    page = (
        "<html><head><title>Twelve ways to reuse a rowing boat - Shed notes</title>"
        "<meta property='og:title' content='Twelve ways to reuse a rowing boat'></head><body>"
        "<div class='column'>"
        f"{box}<img src='me.jpg'><a href='/'>Jane Roe</a><p>{OWNER_BIO}</p></div>"
        "<div class='entry'><h2>Twelve ways to reuse a rowing boat</h2>"
        "<p>A bookshelf, a bed for flowers, and ten more. Reuse with a purpose.</p></div>"
        "</div></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert "A bookshelf, a bed for flowers" in article.text, article.text
    assert "boat building" not in article.text, article.text
    assert any(r.rule == "prune" and "boat building" in r.text for r in article.removed)


def test_a_profile_box_after_the_headline_stays_with_a_short_post() -> None:
    # A feature about a person, in a block named "profile" under the headline: the box
    # holds the article's text after its headline, so it is no owner's profile.
    page = (
        "<html><head><title>The boat builder of the lake - Shed notes</title>"
        "<meta property='og:title' content='The boat builder of the lake'></head><body>"
        "<div class='column'><h1>The boat builder of the lake</h1><p>By Ann Doe</p>"
        f"<div class='profile-story'><p>{OWNER_BIO}</p></div>"
        "</div></body></html>"
    )
    article = decruft.extract(page, fallback=False)
    assert "boat building" in article.text, article.text
