"""Site memory: which host a page belongs to when it names no URL of its own (issue 19)."""

from __future__ import annotations

import decruft
from decruft.sitememory import SiteMemory, host_of

FEED = '<link rel="alternate" type="application/rss+xml" title="Posts" href="{}">'


def _blog_page(i: int, head: str) -> str:
    return (f"<html><head><title>Post {i}</title>{head}</head><body><div class='menu'><p>Archives of the "
            f"harbour blog, every post since the first one</p></div><div class='post'><p>Post number {i} of the "
            f"blog tells of boat number {i} and its crew, who sailed out of the harbour on a windy day.</p>"
            f"</div></body></html>")  # fmt: skip


def test_a_page_without_url_or_canonical_link_is_placed_by_its_feed_link() -> None:
    """A blog saved without its address still links its own feed (or sets a ``<base>``): that
    is its host, so its pages are learned together; a feed service's link names no host."""
    page = _blog_page(1, FEED.format("https://www.harbourblog.example/feed/"))
    assert host_of(None, page) == "harbourblog.example"
    assert host_of(None, _blog_page(1, '<base href="http://harbourblog.example/2011/">')) == "harbourblog.example"
    assert host_of(None, _blog_page(1, FEED.format("http://feeds.feedburner.com/HarbourBlog"))) is None
    assert host_of(None, _blog_page(1, FEED.format("/feed/"))) is None  # relative: no host
    pages = [(None, _blog_page(i, FEED.format("https://www.harbourblog.example/feed/"))) for i in range(4)]
    memory = SiteMemory.learn(pages)
    assert memory.hosts == ["harbourblog.example"]
    assert "Archives of the harbour blog" in next(iter(memory.texts.values()))


def test_a_line_that_starts_with_the_site_host_at_the_body_edge_goes() -> None:
    """A one-column blog prints, under every post and inside the column the post is taken
    from, a disclaimer that names the site by its host; long enough to read as prose itself,
    it is at the body's edge all the same, and goes as the site's masthead does."""
    from conftest import PARAGRAPHS

    disclaimer = "Harbourblog.example is written by one person in her spare time. Nothing here speaks for her employer."
    pages = []
    for i, town in enumerate(["Milltown", "Riverside", "Northfield", "Eastbrook", "Westport"]):
        body = "".join(f"<p>{town}: {p}</p>" for p in PARAGRAPHS)
        pages.append((f"https://harbourblog.example/{i}",
                      f"<html><head><title>Harbour Blog: {town}</title></head><body><div class='menu'><a href='/'>"
                      f"Home</a></div><div class='contentcell'><div class='indivbody'><h1>Harbour Blog</h1><p>A blog "
                      f"about the harbour.</p><h3>News from {town}</h3>{body}</div><div id='powered'>Powered by Movable "
                      f"Type.</div><p class='disclaim'>{disclaimer}</p></div></body></html>"))  # fmt: skip
    memory = SiteMemory.learn(pages)
    url, html = pages[2]
    assert disclaimer in decruft.Extractor().extract(html, url=url).text
    article = decruft.Extractor(site_memory=memory).extract(html, url=url)
    assert disclaimer not in article.text
    assert f"Northfield: {PARAGRAPHS[0]}" in article.text
