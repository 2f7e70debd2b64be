"""The benchmark's scoring and report helpers (the bench itself runs peers and is not a unit test)."""

from __future__ import annotations

import sys
from pathlib import Path

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


def _tiny_dataset(root, name: str, pages: dict[str, tuple[str, str]]) -> None:
    """A dataset in the shared format: ``pages[id] = (html, expected body)``."""
    import gzip
    import json

    folder = root / name
    (folder / "pages").mkdir(parents=True)
    with (folder / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for pid, (page, body) in pages.items():
            (folder / "pages" / f"{pid}.html.gz").write_bytes(gzip.compress(page.encode("utf-8")))
            fh.write(json.dumps({"id": pid, "url": None, "title": "Council approves new budget", "date": None,
                                 "authors": [], "body": body, "with": [], "without": []}) + "\n")  # fmt: skip


def test_all_runs_every_set_in_one_table_with_intervals_and_verdicts(tmp_path, capsys) -> None:
    from conftest import PARAGRAPHS, article_page

    from bench.__main__ import main

    body = "\n\n".join(PARAGRAPHS)
    pages = {f"p{i}": (article_page(f"<aside><p>Most read {i}</p></aside>"), body) for i in range(3)}
    _tiny_dataset(tmp_path, "tiny", pages)
    assert main(["--all", "--root", str(tmp_path), "--systems", "decruft,trafilatura"]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| tiny (3) |")]
    assert [r.split(" | ")[1] for r in rows] == ["decruft", "trafilatura"]
    decruft_row = [c.strip() for c in rows[0].strip("|").split("|")]
    assert decruft_row[2] == "body" and decruft_row[6].startswith("[") and decruft_row[-1] == "0"
    assert "decruft" in out and " trafilatura on body_f1 (" in out and "interval" in out


def test_all_without_datasets_skips_cleanly(tmp_path, capsys) -> None:
    from bench.__main__ import main

    assert main(["--all", "--root", str(tmp_path / "absent"), "--systems", "decruft"]) == 0
    assert "no datasets found" in capsys.readouterr().err


def test_bootstrap_interval_and_paired_gap() -> None:
    from bench import stats

    ids = [f"p{i}" for i in range(40)]
    good = {pid: {"p": 0.9, "r": 0.9} for pid in ids}
    worse = {pid: {"p": 0.9 if i % 2 else 0.5, "r": 0.9} for i, pid in enumerate(ids)}
    boot = stats.Bootstrap(ids)
    assert stats.primary(good) == "body_f1"
    assert abs(boot.value(good, "body_f1") - 0.9) < 1e-9
    low, high = boot.interval(good, "body_f1")
    assert abs(low - 0.9) < 1e-9 and abs(high - 0.9) < 1e-9
    gap, low, high = boot.gap(good, worse, "body_f1")
    assert gap > 0 and 0 < low <= gap <= high
    assert "above" in stats.verdict("decruft", "x", "body_f1", (gap, low, high))
    assert "tied" in stats.verdict("decruft", "x", "body_f1", (0.0, -0.01, 0.01))
    snips = {pid: {"snip": (1, 0, 1)} for pid in ids}  # tp, fp, fn: P 1, R 0.5
    assert abs(boot.value(snips, "snip_f1") - 2 / 3) < 1e-9


def test_visible_text_drops_what_a_browser_hides() -> None:
    from bench.visible import overlong, page_visible_text, visible_text

    page = (
        "<html><head><title>T</title><style>p{}</style></head><body><p>Shown <b>text</b></p>"
        "<div hidden>no</div><p style='display: none'>no</p><script>no()</script><noscript>yes</noscript>"
        "<template><p>no</p></template><span aria-hidden='true'>no</span><!-- no -->tail</body></html>"
    )
    assert visible_text(page) == "Shown text yes tail"
    assert page_visible_text("a  line\nanother".encode(), text_mode=True) == "a line another"
    assert overlong("x" * 16, "y" * 10) and not overlong("x" * 15, "y" * 10)


def test_scrape_is_the_visible_text_a_line_per_block() -> None:
    """bench.sitememory --scrapes: a page as a scraper keeping no HTML saves it (the title first,
    a line per block element, a blank line between lines, hidden text left out)."""
    from bench.visible import scrape

    page = (
        "<html><head><title>Harbour news</title><style>p{}</style></head><body><div>Home <a href='/'>News</a></div>"
        "<p>One <b>two</b><br>three</p><ul><li>a</li><li>b</li></ul><p hidden>no</p><script>no()</script></body></html>"
    )
    assert scrape(page) == "Harbour news\n\nHome News\n\nOne two\n\nthree\n\na\n\nb\n"


def test_authors_match_on_name_words_for_every_system() -> None:
    # One string joining several names equals a list of them, in any order and case.
    assert metrics.authors_ok(["Benjamin Fink", "Marcus Thaler"], ["Benjamin Fink und Marcus Thaler"])
    assert metrics.authors_ok(["roe, jane"], ["Jane Roe"])
    assert metrics.authors_ok(["Darrell Hooper Jr"], ["Darrell Hooper Jr."])
    assert metrics.authors_ok(["Roland Brinkmann"], ["Von Roland Brinkmann"])
    # A name particle inside a name stays a word of it.
    assert not metrics.authors_ok(["Ursula der Heide"], ["Ursula von der Heide"])
    # A missing or an extra author, or a role glued on, is still wrong.
    assert not metrics.authors_ok(["Isabel Cano"], ["Isabel Cano, Rocío Larrea"])
    assert not metrics.authors_ok(["Jane Roe Travel Editor"], ["Jane Roe"])
    assert not metrics.authors_ok([], ["Jane Roe"])


def test_snapshot_counts_visible_text_and_flags_repeated_output() -> None:
    from bench import snapshot

    page = (
        b"<html><head><title>T</title><script>var hidden = 'not visible text';</script></head>"
        b"<body><p>Twelve chars</p><noscript>ok</noscript><!-- a comment --><style>p{}</style></body></html>"
    )
    assert snapshot.visible_chars(page, False) == len("Twelve chars ok")
    assert snapshot.visible_chars("two  words\n", True) == len("two words")
    assert snapshot.overlong({"text": "x" * 16, "visible_chars": 10})
    assert not snapshot.overlong({"text": "x" * 15, "visible_chars": 10})
    assert not snapshot.overlong({"text": "x" * 15})  # a record saved before the field existed


def test_the_overlong_bound_counts_what_scripts_show() -> None:
    # Gallery sections hidden at load and a page rendered from its JSON-LD are not repetition:
    # the bound for output text counts them; the plain visible text does not.
    from bench import snapshot
    from bench.visible import visible_text

    page = (
        "<html><head><script type='application/ld+json'>{\"@type\": \"HowTo\", \"url\": \"https://x.test/a\","
        " \"step\": [{\"text\": \"<p>Cut the cloth.</p>\"}]}</script><script type='application/ld+json'>{bad</script>"
        "</head><body><p>Shown</p><div style='display:none'>Slide two</div><script>no()</script></body></html>"
    )
    assert visible_text(page) == "Shown"
    assert visible_text(page, scripted=True) == "Shown Slide two Cut the cloth."
    assert snapshot.visible_chars(page, False) == len("Shown Slide two Cut the cloth.")


def test_stage_profile_times_each_stage_and_rule() -> None:
    from bench import stages
    from bench.datasets import Page

    body = "<p>" + "A sentence of the article that goes on for a while. " * 8 + "</p>"
    raw = f"<html><head><title>T</title></head><body><nav><a href='/'>Home</a></nav><article>{body}</article></body></html>"
    per_stage, totals, missing = stages.profile([Page("a", raw.encode(), {}), Page("b", raw.encode(), {})])
    assert missing == []
    assert len(totals) == 2 and all(t > 0 for t in totals)
    for stage in ("decode", "parse", "metadata collect", "rules analysis*", "rule navigation", "content choose",
                  "render blocks", "metadata resolve", "other"):
        assert len(per_stage[stage]) == 2, stage
    # the stages (other included) add up to each page's total
    for i, total in enumerate(totals):
        assert abs(sum(v[i] for v in per_stage.values()) - total) < 1e-9
    # the patches are undone
    import decruft._parse
    assert not hasattr(decruft._parse.parse, "__wrapped__")


def test_text_ceiling_finds_truth_printed_in_a_scrape() -> None:
    from bench import textceiling

    lines = ["Storm hits coast | Daily Paper", "Storm hits coast", "By Jane Roe and John Doe", "9. März 2019"]
    text = "\n".join(lines)
    assert textceiling.title_present(lines, "storm  hits coast") == (True, False)
    assert textceiling.title_present(lines, "Storm hits coast | Daily Paper") == (True, True)
    assert textceiling.title_present(lines, "Another headline") == (False, False)
    assert textceiling.date_present(text, None, "2019-03-09") == (True, False)
    assert textceiling.date_present("Posted 3/9/19", None, "2019-03-09") == (True, False)
    assert textceiling.date_present("March 9th, 2019", None, "2019-03-09") == (True, False)
    assert textceiling.date_present("2019-03-19", "https://x.org/2019/03/09/a", "2019-03-09") == (False, True)
    assert textceiling.authors_present(lines, ["Jane Roe", "John Doe"]) == (True, True)
    assert textceiling.authors_present(["Jane Roe", "John Doe"], ["Jane Roe and John Doe"]) == (False, True)


def test_textceiling_lists_the_reachable_misses(tmp_path: Path) -> None:
    import gzip
    import json

    from bench import textceiling

    folder = tmp_path / "news-text"
    (folder / "pages").mkdir(parents=True)
    truths = [{"id": "a", "title": "Storm hits coast"}, {"id": "b", "title": "Storm hits town"}, {"id": "c", "title": "Absent"}]
    for t in truths:
        (folder / "pages" / f"{t['id']}.html.gz").write_bytes(gzip.compress(b"Storm | Paper\nStorm hits coast\nStorm hits town\n"))
    (folder / "truth.jsonl").write_text("\n".join(json.dumps(t) for t in truths), encoding="utf-8")
    snap = {("news-text", "a"): {"title": "Storm hits coast", "scores": {"title": True}},
            ("news-text", "b"): {"title": "Storm", "scores": {"title": False}}}  # fmt: skip
    misses: list[tuple[str, str, object, object]] = []
    textceiling.measure(folder, snap, misses, "title")
    assert misses == [("news-text", "b", "Storm hits town", "Storm")]


def test_snapshot_compares_the_removals_through_one_digest() -> None:
    from bench import snapshot

    page = {"title": "T", "removed": [{"rule": "consent", "text": "We use cookies", "where": "/html/body/div"}]}
    moved = {**page, "removed": [{"rule": "consent", "text": "We use cookies", "where": "/html/body/div[2]"}]}
    assert snapshot.explained(page) == snapshot.explained(dict(page))
    assert snapshot.explained(page) != snapshot.explained(moved)  # a removal's place is output too
    assert snapshot.explained(page) != snapshot.explained({**page, "markdown": "# T"})
    old, new = {"explained": snapshot.explained(page)}, {"explained": snapshot.explained(moved)}
    assert snapshot._differs(old, new, "explained")
    assert not snapshot._differs({}, new, "explained")  # saved before the digest existed
    assert snapshot._differs({}, {"title": "T"}, "title")
