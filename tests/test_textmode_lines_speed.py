"""How the lines text mode reads are labelled and matched, kept cheap: a text's normal form
(:func:`decruft.rules._vocab.normalize`), a rule's prefix opening a line
(:func:`decruft.textmode._lines.line_rule`), the headline's line of a page as printed
(:func:`decruft.textmode._printed._title_line`)."""

from __future__ import annotations

from decruft.rules._vocab import normalize
from decruft.textmode._lines import Line, label, line_rule
from decruft.textmode._printed import _title_line


def test_normalize_collapses_every_whitespace_and_drops_the_marks_around() -> None:
    assert normalize("  »\u00a0Most\u3000Read\t in\n News :  ") == "most read in news"
    assert normalize("– # Share –") == "share"
    assert normalize("Jane’s - Notes » more") == "jane's - notes » more"  # marks inside are kept
    assert normalize("\u00a0: \u2003") == ""


def test_a_line_opening_with_a_rules_prefix_is_that_rules() -> None:
    assert line_rule("Read more: Council approves new budget", ("navigation", "related")) == ("related", False)
    assert line_rule("Read more: Council approves new budget", ("navigation",)) == (None, False)
    assert line_rule("The council read more of the report", ("related",)) == (None, False)


def test_the_headlines_line_is_the_last_before_the_body() -> None:
    texts = ["Council Approves New Budget", "Menu", "COUNCIL approves new budget!", "Jane Roe", "Body text", "More"]
    lines = [Line(i, t, i) for i, t in enumerate(texts)]
    found = _title_line(lines, {4, 5}, "Council approves: new budget")
    assert found is lines[2]
    assert _title_line(lines, {4, 5}, "Council approves the budget") is None
    assert _title_line(lines, {0, 1}, "Council approves new budget") is lines[0]  # none before: the first


def test_a_bulleted_heading_opens_its_section() -> None:
    assert line_rule("• Most Read", ("most-read",)) == ("most-read", True)
    assert line_rule("1. Most Read", ("most-read",)) == ("most-read", True)
    assert line_rule("Most Read", ("most-read",)) == ("most-read", True)
    lines = [Line(i, t, i) for i, t in enumerate(["- Most Read", "A teaser's headline", "Another teaser"])]
    label(lines, ("most-read",))
    assert [ln.rule for ln in lines] == ["most-read", "most-read", "most-read"]
