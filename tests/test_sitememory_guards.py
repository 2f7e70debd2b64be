"""Site memory's guards at extraction time, on short posts and repeated lines (issue 19)."""

from __future__ import annotations

import decruft
from decruft.sitememory import SiteMemory

ABOUT = ("<div class='about'><b>Dana Reed (@harbourdana)</b> I live by the sea, I write about boats and I share "
         "the best pictures of ships and harbours I find on the web with everyone who follows along. Send me yours "
         "and I will post the good ones here with your name under them, every week of the year.</div>")  # fmt: skip
ABOUT_TEXT = "I live by the sea, I write about boats"


def _snaps(n: int) -> list[tuple[str, str]]:
    """``n`` pages of snaps.example: a one-line post, the author's box beside it (longer than the post)."""
    lines = ["A tugboat painted like a whale, seen in the harbour.", "Old ferry tickets from the fifties.",
             "The lighthouse keeper's cat, again.", "Fog over the pier this morning.",
             "A ship in a bottle, built by a reader.", "Sunset behind the cranes."]  # fmt: skip
    pages = []
    for i in range(n):
        html = (f"<html><head><title>Snap {i}</title></head><body><div id='content'>{ABOUT}"
                f"<div class='entry'><h2>Snap {i}</h2><p>{lines[i]}</p></div></div></body></html>")  # fmt: skip
        pages.append((f"https://snaps.example/{i}", html))
    return pages


def test_a_learned_box_that_outweighs_a_short_post_goes() -> None:
    """The page-wide article veto would keep the author box (it holds most of the page's text);
    site memory's own guards stand for it: the box repeats on every page, it is no story."""
    pages = _snaps(6)
    memory = SiteMemory.learn(pages[:5])
    url, html = pages[5]
    plain = decruft.Extractor(fallback=False).extract(html, url=url)
    assert ABOUT_TEXT in plain.text
    article = decruft.Extractor(site_memory=memory, fallback=False).extract(html, url=url)
    assert ABOUT_TEXT not in article.text
    assert "Sunset behind the cranes." in article.text
    gone = [r for r in article.removed if r.rule == "site-memory"]
    assert gone and not any(r.vetoed for r in gone)


def _posts(n: int) -> list[tuple[str, str]]:
    """``n`` pages of posts.example: a post box (the text, a signature beside it), then the
    comment area, empty, with its stock line."""
    from conftest import PARAGRAPHS

    pages = []
    for i in range(n):
        paragraphs = PARAGRAPHS[i % 4 :] + PARAGRAPHS[: i % 4]
        entry = "".join(f"<p>Post {i}: {p}</p>" for p in paragraphs)
        html = (f"<html><head><title>Post {i}</title></head><body><div id='content'>"
                f"<div class='post'><h1>Post {i}</h1><div class='entry'>{entry}</div>"
                f"<p class='sig'>Written by Dana Reed.</p></div>"
                f"<h3 id='comments'>{i} Comments</h3><p class='none'>No comments yet.</p></div></body></html>")  # fmt: skip
        pages.append((f"https://posts.example/{i}", html))
    return pages


def _apply(memory: SiteMemory, url: str, html: str, xpath: str) -> list[str]:
    from decruft._options import Options
    from decruft._parse import parse
    from decruft._state import State

    state = State(root=parse(html), options=Options(), url=url)
    memory.apply(state, state.root.xpath(xpath))
    return [r.text for r in state.removed if r.rule == "site-memory"]


def test_a_short_learned_line_away_from_the_article_goes_one_beside_it_stays() -> None:
    """"No comments yet." lies outside the post's box (the element around the one holding
    the paragraphs): it goes, though short and plain. The signature in the post's box stays."""
    pages = _posts(6)
    memory = SiteMemory.learn(pages[:5])
    (rule,) = memory.texts.values()
    assert "No comments yet." in rule and "Written by Dana Reed." in rule  # both learned
    gone = _apply(memory, *pages[5], "//div[@id='content']")
    assert gone == ["No comments yet."]


def test_short_learned_lines_stay_when_the_body_is_the_article_box() -> None:
    pages = _posts(6)
    memory = SiteMemory.learn(pages[:5])
    assert _apply(memory, *pages[5], "//div[@class='post']") == []


def test_the_birmingham_post_pair_learns_nothing_of_the_story() -> None:
    """The two Birmingham Post scrapes (fixtures) tell the same story in their own words,
    with no template line in common: learned as one host (``min_pages=2``), nothing is
    learned and nothing of either text goes."""
    from conftest import FIXTURES

    scrapes = [(FIXTURES / name / "page.txt").read_text(encoding="utf-8")
               for name in ("birmingham-post-archive-text", "birmingham-post-seed-text")]  # fmt: skip
    url = "https://www.birminghampost.co.uk/news/"
    memory = SiteMemory.learn(((url, s) for s in scrapes), min_pages=2)
    assert not memory.lines_for(url)
    for scrape in scrapes:
        plain = decruft.extract(scrape, url=url)
        assert decruft.Extractor(site_memory=memory).extract(scrape, url=url).text == plain.text


def test_repeated_scrape_lines_of_a_pair_are_learned_with_two_pages() -> None:
    """With ``min_pages=2``, a line on both scrapes of a host (a menu, a cookie notice) is
    learned (the text mode's own rules already drop these two); the story lines, different
    on each, stay."""
    from conftest import FIXTURES

    story = (FIXTURES / "birmingham-post-seed-text" / "page.txt").read_text(encoding="utf-8")
    other = "Hot Topic:\n\nA different story\n\n" + "\n\n".join(
        "A different paragraph number %d about the city's libraries, opening hours and the new reading room." % i
        for i in range(6)) + "\n\nComments\nShow more comments\n\nMost Read in News\n"  # fmt: skip
    url = "https://www.birminghampost.co.uk/news/"
    memory = SiteMemory.learn([(url, story), (url, other)], min_pages=2)
    assert {"Show more comments", "Most Read in News"} <= set(memory.sites.rules[0].strip_lines)
    article = decruft.Extractor(site_memory=memory).extract(story, url=url)
    assert "Most Read in News" not in article.text
    assert "It was not a full inspection so the inadequate rating remains in place." in article.text


_TOPICS = ["Boats", "Harbour life", "Ferries", "Weather", "Lighthouses", "Fishing"]


def _tagged(n: int) -> list[tuple[str, str]]:
    """``n`` pages of tagged.example: the post box holds the paragraphs, a category line
    whose categories change from page to page ("Filed under <a rel=tag>...</a>"), and a
    byline whose name links to the author's page."""
    from conftest import PARAGRAPHS

    pages = []
    for i in range(n):
        paragraphs = PARAGRAPHS[i % 4 :] + PARAGRAPHS[: i % 4]
        entry = "".join(f"<p>Post {i}: {p}</p>" for p in paragraphs)
        a, b = _TOPICS[i % 6], _TOPICS[(i + 2) % 6]
        html = (f"<html><head><title>Post {i}</title></head><body><div id='content'>"
                f"<div class='post'><h1>Post {i}</h1><div class='entry'>{entry}</div>"
                f"<p class='meta'>Filed under <a rel='category tag' href='/category/{i}'>{a}</a>, "
                f"<a rel='category tag' href='/category/{i + 1}'>{b}</a></p>"
                f"<p class='by'>Post written by <a href='/author/dana'>Dana Reed</a>.</p></div>"
                f"</div></body></html>")  # fmt: skip
        pages.append((f"https://tagged.example/{i}", html))
    return pages


def test_a_label_line_with_changing_categories_is_learned_and_goes() -> None:
    """The category line never repeats whole (its categories change), so only its label
    and place can be learned; it goes although it lies in the post's box, short and plain,
    since what follows the label is category links. The byline, learned whole, stays."""
    pages = _tagged(7)
    memory = SiteMemory.learn(pages[:6])
    (rule,) = memory.texts.values()
    assert 'p.meta:contains(\\"Filed under\\")' in rule
    assert 'p.by:contains(\\"Post written by\\")' in rule  # learned whole
    gone = _apply(memory, *pages[6], "//div[@class='post']")
    assert gone == ["Filed under Boats , Ferries"]


def test_a_label_line_is_not_learned_from_a_label_on_too_few_pages() -> None:
    pages = _tagged(7)
    for i in (1, 3, 5):  # the category line on 3 of 6 pages only
        url, html = pages[i]
        pages[i] = (url, html.replace("Filed under", "Also in"))
    memory = SiteMemory.learn(pages[:6])
    (rule,) = memory.texts.values()
    assert "Filed under" not in rule


def _picks(n: int) -> list[tuple[str, str]]:
    """``n`` pages of picks.example: a post of links (a linked headline, "via <source>", one
    word), inside the same box as the author's note that every page repeats."""
    note = ("<div class='note'><a href='/profile'>Dana Reed (@harbourdana)</a><p>I live by the sea, I write about "
            "boats, and here I share the best pictures of ships and harbours I find on the web, every day of the "
            "week.</p></div>")  # fmt: skip
    titles = ["A tugboat painted like a whale", "Old ferry tickets from the fifties", "The lighthouse keeper's cat",
              "Fog over the pier this morning", "A ship in a bottle built by a reader", "Sunset behind the cranes"]  # fmt: skip
    pages = []
    for i, title in enumerate(titles[:n]):
        html = (f"<html><head><title>Pick {i}</title></head><body><div id='page'><div id='content'>"
                f"<div class='post'>{note}<h2><a href='/post/{i}'>{title}</a></h2>"
                f"<p><a href='https://source{i}.example/'>via source{i}.example</a></p><p>Lovely.</p></div></div>"
                f"<div id='side'><ul><li><a href='/a'>Archive</a></li><li><a href='/b'>About</a></li></ul></div>"
                "</div></body></html>")  # fmt: skip
        pages.append((f"https://picks.example/{i}", html))
    return pages


def test_site_memory_never_leaves_a_page_without_text() -> None:
    """The repeated note is most of the post's box, so the box goes with it, the post too:
    when site memory's removals leave no text, the page is extracted without site memory."""
    pages = _picks(6)
    memory = SiteMemory.learn(pages[:5])
    url, html = pages[5]
    plain = decruft.Extractor(fallback=False).extract(html, url=url)
    assert "Sunset behind the cranes" in plain.text
    article = decruft.Extractor(site_memory=memory, fallback=False).extract(html, url=url)
    assert article.text == plain.text
    assert not [r for r in article.removed if r.rule == "site-memory"]


def _picked(n: int) -> list[tuple[str, str]]:
    """``n`` pages of picks.example: the author's note beside a post of links (a linked
    headline, "via <source>", one word) under a repeated plain line."""
    note = ("<div class='about'><div class='bio'><a href='/profile'>Dana Reed (@harbourdana)</a><p>I live by the "
            "sea, I write about boats, and here I share the best pictures of ships and harbours I find on the web, "
            "every day of the week.</p></div></div>")  # fmt: skip
    titles = ["A tugboat painted like a whale", "Old ferry tickets from the fifties", "The lighthouse keeper's cat",
              "Fog over the pier this morning", "A ship in a bottle built by a reader", "Sunset behind the cranes"]  # fmt: skip
    pages = []
    for i, title in enumerate(titles[:n]):
        source = title.split()[1].lower()
        html = (f"<html><head><title>Pick {i}</title></head><body><div id='page'><div id='content'>{note}"
                f"<div class='entry'><div class='meta'>Picked for you by the editors this afternoon</div>"
                f"<h2><a href='/post/{i}'>{title}</a></h2><p><a href='https://{source}.example/'>via {source}.example"
                f"</a></p><p>Lovely.</p></div></div><div id='side'><ul><li><a href='/a'>Archive</a></li>"
                "<li><a href='/b'>About</a></li></ul></div></div></body></html>")  # fmt: skip
        pages.append((f"https://picks.example/{i}", html))
    return pages


def test_the_prune_judges_the_body_as_it_does_without_site_memory() -> None:
    """Site memory removes after the prune: a post of links whose plain line repeats on every
    page is no link list to the prune because the line will go (before, the prune judged the
    post without it, dropped it whole, and the page was extracted without site memory)."""
    pages = _picked(6)
    memory = SiteMemory.learn(pages[:5])
    url, html = pages[5]
    article = decruft.Extractor(site_memory=memory, fallback=False).extract(html, url=url)
    assert "Sunset behind the cranes" in article.text
    assert "Lovely." in article.text
    assert "Picked for you by the editors" not in article.text
    assert "I live by the sea" not in article.text



def _quays(n: int) -> list[tuple[str, str]]:
    """``n`` pages of quays.example: the blog's name and tagline over each post, in the post's box."""
    from conftest import PARAGRAPHS

    titles = ["Cranes at dawn", "The new pontoon", "Winter moorings", "A visit to the dry dock",
              "Night shift at the quay", "The harbour master retires"]  # fmt: skip
    pages = []
    for i, title in enumerate(titles[:n]):
        paragraphs = PARAGRAPHS[i % 4 :] + PARAGRAPHS[: i % 4]
        body = "".join(f"<p>{title}: {p}</p>" for p in paragraphs)
        html = (f"<html><head><title>Quay Notes | {title}</title></head><body><div id='main'><h1>Quay Notes</h1>"
                f"<p>Notes from the quays and the boats that use them</p><h2>{title}</h2>{body}</div></body></html>")  # fmt: skip
        pages.append((f"https://quays.example/{i}", html))
    return pages


def test_the_tagline_under_the_masthead_goes_with_it() -> None:
    """A learned short plain line in the article's box stays, unless it follows the learned
    masthead at the body's edge with no text between them: the site's tagline."""
    from decruft._options import Options
    from decruft._parse import parse
    from decruft._state import State

    memory = SiteMemory.learn(_quays(5))
    url, html = _quays(6)[5]
    state = State(root=parse(html), options=Options(), url=url)
    memory.apply(state, state.root.xpath("//div[@id='main']"))
    gone = [r.text for r in state.removed if r.rule == "site-memory"]
    assert gone == ["Quay Notes", "Notes from the quays and the boats that use them"]
