"""Rules find, the runner removes: ``Match`` records, ``Ruler.run``'s guards, ``Ruler.dry_run``,
and older plugins that remove through ``state.remove`` themselves."""

from __future__ import annotations

from collections.abc import Iterator

from conftest import article_page

import decruft
from decruft import _parse
from decruft.rules import default_ruler

SHARE = '<div class="share-bar"><a href="https://facebook.com/x">Share on Facebook</a></div>'


def _state(html: str) -> decruft.State:
    return decruft.State(root=_parse.parse(html), options=decruft.Options.make())


def test_run_removes_what_rules_find_and_records_it() -> None:
    state = _state(article_page(SHARE))
    default_ruler().run(state)
    assert [r.rule for r in state.removed] == ["share"]
    assert state.root.find(".//div[@class='share-bar']") is None


def test_dry_run_finds_without_removing() -> None:
    state = _state(article_page(SHARE))
    found = default_ruler().dry_run(state)
    # Nothing was removed, so the bar's own text is also found as a heading inside it (overlap).
    assert [(f.rule, f.match.reason) for f in found] == [("share", "class/id"), ("share", "under heading 'share on facebook'")]
    assert found[0].match.node.get("class") == "share-bar"
    assert state.removed == [] and state.vacated == []
    assert state.root.find(".//div[@class='share-bar']") is not None


def test_guards_refuse_a_match_on_the_article() -> None:
    """A rule may match the article's container; the runner's guards keep it (and the veto records it)."""

    def greedy(state: decruft.State) -> Iterator[decruft.Match]:
        """Matches the article body."""
        yield decruft.Match(state.root.find(".//div[@class='article-body']"), "test")

    ruler = decruft.Ruler([decruft.Rule("greedy", greedy)])
    state = _state(article_page())
    ruler.run(state)
    assert state.root.find(".//div[@class='article-body']") is not None
    assert [r for r in state.removed if not r.vetoed] == []


def test_a_forced_match_skips_the_guards() -> None:
    def forced(state: decruft.State) -> list[decruft.Match]:
        """A person's selector: removes the article body."""
        return [decruft.Match(state.root.find(".//div[@class='article-body']"), "selector", force=True)]

    state = _state(article_page())
    decruft.Ruler([decruft.Rule("site", forced)]).run(state)
    assert state.root.find(".//div[@class='article-body']") is None
    assert [(r.rule, r.vetoed) for r in state.removed] == [("site", False)]


def test_plugin_that_removes_itself_still_works_and_dry_runs() -> None:
    def legacy(state: decruft.State) -> None:
        """Removes share bars through state.remove, returning nothing."""
        for el in state.root.iterfind(".//div[@class='share-bar']"):
            state.remove(el, "legacy")

    extractor = decruft.Extractor(disable=["share"])
    extractor.add_rule("legacy", legacy, before="consent")
    article = extractor.extract(article_page(SHARE))
    assert [r.rule for r in article.removed] == ["legacy"]
    state = _state(article_page(SHARE))
    found = extractor.ruler.dry_run(state, ["share"])
    assert [f.rule for f in found] == ["legacy"]
    assert state.removed == [] and state.root.find(".//div[@class='share-bar']") is not None


def test_matches_are_applied_as_they_are_found() -> None:
    """A rule's next match is looked for on the page without its earlier ones (as when rules
    removed directly): the built-in rules' later steps rely on it."""
    seen: list[bool] = []

    def probe(state: decruft.State) -> Iterator[decruft.Match]:
        """The share bar, then a look at whether it is gone."""
        bar = state.root.find(".//div[@class='share-bar']")
        yield decruft.Match(bar, "bar")
        seen.append(bar.getparent() is None)
        yield decruft.Match(bar.find("a"), "its link, inside the removed bar")

    state = _state(article_page(SHARE))
    decruft.Ruler([decruft.Rule("probe", probe)]).run(state)
    assert seen == [True]
    assert [r.text for r in state.removed] == ["Share on Facebook"]
