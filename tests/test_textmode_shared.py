"""Text mode shares with HTML mode: rule names (disable), site rules, plugins and the time budget."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import article_page

import decruft
from decruft.rules import make_rule
from conftest import SCRAPE_ARTICLE as ARTICLE

URL = "https://www.example.com/news/budget"
NEWSLETTER = "Sign up to our newsletter and get the news delivered to your inbox."
#: A line no built-in rule knows, inside the article's run of blocks.
PROMO = "Brought to you by Acme Hardware"
#: Line 11 is the promo line (1: headline, 3-9: paragraphs and blank lines, 10: blank).
SCRAPE = f"Council approves new budget\n\n{ARTICLE}\n{PROMO}\n\n{ARTICLE}\n{NEWSLETTER}\n"


def _site(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "example.toml"
    path.write_text(f'hosts = ["example.com"]\nname = "example"\n{body}\n', encoding="utf-8")
    return path


def test_a_site_rules_disable_reaches_text_mode(tmp_path: Path) -> None:
    assert NEWSLETTER not in decruft.extract(SCRAPE, url=URL, input_format="text").text
    rules = [_site(tmp_path, 'disable = ["newsletter"]')]
    article = decruft.extract(SCRAPE, url=URL, input_format="text", rules=rules)
    assert NEWSLETTER in article.text
    assert not any(r.rule == "newsletter" for r in article.removed)
    # Another host: the site rule does not apply.
    other = decruft.extract(SCRAPE, url="https://other.org/a", input_format="text", rules=rules)
    assert NEWSLETTER not in other.text


def test_a_site_rules_strip_lines_reach_text_mode(tmp_path: Path) -> None:
    assert PROMO in decruft.extract(SCRAPE, url=URL, input_format="text").text
    rules = [_site(tmp_path, f'strip_lines = ["{PROMO}"]')]
    article = decruft.extract(SCRAPE, url=URL, input_format="text", rules=rules)
    assert PROMO not in article.text
    assert "The finance director told the meeting" in article.text
    assert [r.where for r in article.removed if r.rule == "site:example/strip"] == ["line 11"]


def promo(state: decruft.State) -> None:
    """Sponsor credits ("Brought to you by ...")."""
    for p in state.root.iter("p"):
        if (p.text or "").startswith("Brought to you by"):
            state.remove(p, "promo")


def test_a_rule_declaring_text_mode_runs_on_a_scrape() -> None:
    ex = decruft.Extractor()
    ex.add_rule("promo", promo)
    assert PROMO in ex.extract(SCRAPE, input_format="text").text  # no modes: HTML only
    promo.modes = ("html", "text")  # type: ignore[attr-defined]
    try:
        ex = decruft.Extractor()
        ex.add_rule("promo", promo)
        article = ex.extract(SCRAPE, input_format="text")
        assert PROMO not in article.text
        assert "The finance director told the meeting" in article.text
        assert [r.where for r in article.removed if r.rule == "promo"] == ["line 11"]
        # The same name switches it off in both modes.
        ruler = decruft.Extractor().ruler.copy()
        ruler.push(make_rule("promo", promo))
        off = decruft.Extractor(ruler=ruler, disable=["promo"])
        assert PROMO in off.extract(SCRAPE, input_format="text").text
    finally:
        del promo.modes  # type: ignore[attr-defined]


def test_a_text_only_rule_does_not_run_on_html() -> None:
    calls: list[str] = []

    def spy(state: decruft.State) -> None:
        """Notes each page it sees."""
        calls.append(state.root[0].tag)

    spy.modes = ("text",)  # type: ignore[attr-defined]
    ex = decruft.Extractor()
    ex.add_rule("spy", spy)
    ex.extract(article_page())
    assert calls == []
    ex.extract(SCRAPE, input_format="text")
    assert calls == ["body"]


def test_a_text_rule_cannot_remove_the_article() -> None:
    """The article veto applies in text mode too: the block holding most of the prose stays,
    and the refusal is recorded by line."""

    def greedy(state: decruft.State) -> None:
        """Removes every block."""
        for div in list(state.root.iter("div")):
            state.remove(div, "greedy")

    greedy.modes = ("text",)  # type: ignore[attr-defined]
    ex = decruft.Extractor()
    ex.add_rule("greedy", greedy)
    page = "Council approves new budget\n\n" + " ".join(ARTICLE.split("\n\n")) + "\n\nShare this\n"
    article = ex.extract(page, input_format="text")
    assert "The finance director told the meeting" in article.text
    assert [(r.where, r.vetoed) for r in article.removed if r.rule == "greedy" and r.vetoed] == [("line 3", True)]


def test_bad_modes_are_a_config_error() -> None:
    def rule(state: decruft.State) -> None:
        """Nothing."""

    rule.modes = ("pdf",)  # type: ignore[attr-defined]
    with pytest.raises(decruft.ConfigError):
        decruft.Extractor().add_rule("odd", rule)


def test_a_text_rule_shares_the_time_budget() -> None:
    def slow(state: decruft.State) -> None:
        """Takes its time."""
        time.sleep(0.3)

    slow.modes = ("text",)  # type: ignore[attr-defined]
    ex = decruft.Extractor(time_budget=0.2)
    ex.add_rule("slow", slow)
    with pytest.raises(decruft.TimeBudgetError):
        ex.extract(SCRAPE, input_format="text")
