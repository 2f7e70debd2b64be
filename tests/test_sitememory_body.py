"""Site memory's learned body (issue 19): a guarded hint that narrows a wider choice to the
element that holds the article on most of the host's pages."""

from __future__ import annotations

from conftest import PARAGRAPHS

from decruft import Extractor
from decruft.sitememory import SiteMemory

REPLY = ("<div class='reply'><p>I was at the meeting and the mood in the room was far better than the paper "
         "suggests; most of us left thinking the plan would pass without much trouble at all.</p></div>")  # fmt: skip
SHORT = "A photo from the harbour wall this morning, as the first ferry of the season came in."
NOTE = ("This report continues below the map, where the full text of the council's decision follows. "
        "The decision was published on the council's website on Wednesday morning, and we print it "
        "as it was published, without cuts. Readers who want the documents the decision refers to "
        "can ask for them at the town hall, where copies are kept for a month after each meeting; "
        "our reporters will follow the debate that the decision starts in the weeks to come.")  # fmt: skip


def _page(i: int, entry: str, after: str = "", replies: int = 0) -> tuple[str, str]:
    """A page of blog.example: the post in ``div#main > div.entry``, ``after`` it in the same
    ``div#main``, then a comment thread of ``replies`` replies."""
    thread = f"<div id='comments'>{REPLY * replies}</div>"
    html = (f"<html><head><title>Post {i}</title></head><body><div id='main'><h1>Post {i}</h1>"
            f"<div class='entry'>{entry}</div>{after}{thread}</div></body></html>")  # fmt: skip
    return f"https://blog.example/{i}", html


def _memory() -> SiteMemory:
    """The host learned from five long posts: ``body = ["div#main div.entry"]``."""
    pages = []
    for i in range(5):
        paragraphs = PARAGRAPHS[i % 4 :] + PARAGRAPHS[: i % 4]
        pages.append(_page(i, "".join(f"<p>Post {i}: {p}</p>" for p in paragraphs)))
    memory = SiteMemory.learn(pages)
    (text,) = memory.texts.values()
    assert 'body = ["div#main div.entry"]' in text
    return memory


def _state(html: str, url: str):  # type: ignore[no-untyped-def]
    from decruft._options import Options
    from decruft._parse import parse
    from decruft._state import State

    return State(root=parse(html), options=Options(), url=url)


def test_the_learned_body_narrows_a_wider_choice_around_a_short_post() -> None:
    """A post of two lines (under the 400 characters of prose a story needs) is still the
    article in the learned body; the wider choice's replies go with the rest of it."""
    memory = _memory()
    url, html = _page(6, f"<p>{SHORT}</p>", replies=4)
    state = _state(html, url)
    wider = state.root.xpath("//div[@id='main']")
    chosen = memory.apply(state, wider)
    assert [el.get("class") for el in chosen] == ["entry"]
    assert state.site_memory_body is not None


def test_the_learned_body_stays_out_when_the_article_lies_elsewhere_on_the_page() -> None:
    """The guard: the host's pages share the container, but on this page it holds an editor's
    note (400+ characters: before, enough to take it for the article) and the story is in
    another block beside it. The learned body holds less than most of the chosen element's
    prose outside its comment thread, so the content stage's choice stands."""
    memory = _memory()
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2)
    url, html = _page(6, f"<p>{NOTE}</p>", after=f"<div class='transcript'>{story}</div>", replies=4)
    state = _state(html, url)
    wider = state.root.xpath("//div[@id='main']")
    assert memory.apply(state, wider) == wider
    assert state.site_memory_body is None
    text = Extractor(site_memory=memory).extract(html, url=url).text
    assert PARAGRAPHS[0][:60] in " ".join(text.split())


def test_the_learned_body_stays_out_when_it_holds_no_paragraph_of_prose() -> None:
    """An empty container (a page whose post is a video alone) is no article to narrow to."""
    memory = _memory()
    url, html = _page(6, "<p>Video.</p>", replies=4)
    state = _state(html, url)
    wider = state.root.xpath("//div[@id='main']")
    assert memory.apply(state, wider) == wider
    assert state.site_memory_body is None
