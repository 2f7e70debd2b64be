"""Rules find, the runner removes: ``Match`` records, ``Ruler.run``'s guards, ``Ruler.dry_run``,
older plugins that remove through ``state.remove`` themselves; site rules in the page chain, and
the body and text chains (prune, byline, tail, head)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
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


# -- site rules are ordinary rules; prune, byline, tail and head are rules of later chains --------

SITE = """
hosts = ["example.com"]
body = ["article .article-body"]
title = ["h1"]
strip = [".promo-box"]
disable = ["tail"]
"""
PROMO = '<div class="promo-box">Win a holiday in our big summer draw</div>'
#: A closing label the ``tail`` rule drops: short, no sentence end.
CLOSING = "<p>Filed under Council</p>"


def _site_extractor(tmp_path: Path, **options: Any) -> decruft.Extractor:
    path = tmp_path / "example.toml"
    path.write_text(SITE, encoding="utf-8")
    return decruft.Extractor(rules=[path], fallback=False, **options)


def _page_with_tail() -> str:
    return article_page(PROMO).replace("</div>\n</article>", f"{CLOSING}</div>\n</article>")


def test_site_rule_is_the_first_rule_of_the_page_chain(tmp_path: Path) -> None:
    article, state = _site_extractor(tmp_path)._extract_html(_page_with_tail(), "https://example.com/a")
    site = [r for r in article.removed if r.rule.startswith("site:")]
    assert [(r.rule, r.text) for r in site] == [("site:example.com/strip", "Win a holiday in our big summer draw")]
    assert article.removed[0].rule == "site:example.com/strip"  # before every built-in rule
    # its hints are typed, read after its strip
    assert state.site is not None and state.site.title == "Council approves new budget"
    assert [el.get("class") for el in state.site.body or []] == ["article-body"]


def test_site_rule_disable_reaches_the_text_chain(tmp_path: Path) -> None:
    """The site's ``disable = ["tail"]`` keeps the closing label; without the site rule it goes."""
    page = _page_with_tail()
    with_site = _site_extractor(tmp_path).extract(page, url="https://example.com/a")
    assert "Filed under Council" in with_site.text and not any(r.rule == "tail" for r in with_site.removed)
    generic = decruft.Extractor(fallback=False).extract(page, url="https://example.com/a")
    assert "Filed under Council" not in generic.text and any(r.rule == "tail" for r in generic.removed)


def test_site_rule_can_be_switched_off_by_name(tmp_path: Path) -> None:
    off = _site_extractor(tmp_path, disable=["site:example.com/strip"]).extract(_page_with_tail(), url="https://example.com/a")
    assert not any(r.rule.startswith("site:") for r in off.removed)
    assert any(r.rule == "tail" for r in off.removed)  # the site's disable list is off with it
    with pytest.raises(decruft.ConfigError):
        decruft.Extractor(disable=["site:example.com/strip"])  # no such site rule loaded


@pytest.mark.parametrize("name", ["tail", "byline", "prune"])
def test_later_chains_rules_are_disabled_by_name(name: str) -> None:
    byline = '<p class="x">By Jane Roe</p>'
    side = '<div><a href="/1">One link</a> <a href="/2">Two links</a> <a href="/3">Three links</a></div>'
    page = article_page().replace('<div class="article-body">', f'<div class="article-body">{byline}{side}')
    page = page.replace("</div>\n</article>", f"{CLOSING}</div>\n</article>")
    page = page.replace("<head>", '<head><meta name="author" content="Jane Roe">')
    on = decruft.extract(page, fallback=False)
    assert any(r.rule == name for r in on.removed), [r.rule for r in on.removed]
    off = decruft.extract(page, fallback=False, disable=[name])
    assert not any(r.rule == name for r in off.removed)


def test_a_custom_ruler_of_cruft_rules_keeps_the_later_chains() -> None:
    extractor = decruft.Extractor(ruler=decruft.Ruler(decruft.BUILTIN_RULES))
    assert extractor.rule_names[-4:] == ["prune", "byline", "tail", "head"]


def test_a_rule_placed_beside_a_later_chains_rule_joins_that_chain() -> None:
    seen: list[int] = []

    def count_blocks(state: decruft.State) -> None:
        """Counts the rendered blocks (a text-chain rule)."""
        seen.append(len(state.blocks))

    extractor = decruft.Extractor(fallback=False)
    extractor.add_rule("count", count_blocks, after="tail")
    assert [r.chain for r in extractor.ruler if r.name == "count"] == ["text"]
    extractor.extract(article_page())
    assert seen and seen[0] > 0
