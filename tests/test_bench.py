"""The benchmark's scoring and report helpers (the bench itself runs peers and is not a unit test)."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT))

from bench import metrics, report  # noqa: E402


def test_body_precision_and_recall_over_shingles() -> None:
    expected = "one two three four five six"
    assert metrics.body_pr(expected, expected) == (1.0, 1.0)
    precision, recall = metrics.body_pr("one two three four five six seven eight nine", expected)
    assert recall == 1.0 and 0.4 < precision < 0.6  # 3 of the 6 predicted shingles are right
    assert metrics.body_pr("", expected) == (0.0, 0.0)


def test_title_match_ignores_case_and_spacing_only() -> None:
    assert metrics.title_ok("Council  approves new BUDGET", "council approves new budget")
    assert not metrics.title_ok("Council approves new budget | Site", "Council approves new budget")


def test_rounds_line_gives_each_rounds_ratio() -> None:
    results = {
        "decruft": {"rounds_pages_per_s": [60.0, 42.0]},
        "trafilatura": {"rounds_pages_per_s": [20.0, 21.0]},
    }
    line = report.rounds(results)
    assert "decruft 60.0, 42.0" in line and "trafilatura 20.0, 21.0" in line
    assert line.endswith("ratio in each round 3.00, 2.00")
    assert report.rounds({"decruft": {"rounds_pages_per_s": [1.0]}}) == ""


def test_snapshot_counts_visible_text_and_flags_repeated_output() -> None:
    from bench import snapshot

    page = (
        b"<html><head><title>T</title><script>var hidden = 'not visible text';</script></head>"
        b"<body><p>Twelve chars</p><noscript>ok</noscript><!-- a comment --><style>p{}</style></body></html>"
    )
    assert snapshot.visible_chars(page, False) == len("Twelve charsok")
    assert snapshot.visible_chars("two  words\n", True) == len("two words")
    assert snapshot.overlong({"text": "x" * 16, "visible_chars": 10})
    assert not snapshot.overlong({"text": "x" * 15, "visible_chars": 10})
    assert not snapshot.overlong({"text": "x" * 15})  # a record saved before the field existed
