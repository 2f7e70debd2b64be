"""Reading site rule files, directive by directive: the Full-Text RSS handlers, the TOML table
checks, the XPath shape check and ``decruft rules test`` (issue 18 split each into named helpers)."""

from __future__ import annotations

from pathlib import Path

import pytest

import decruft
from decruft._site import Sites, ftr, toml_rules
from decruft._site.cli import _test as run_tests
from decruft._site.model import SiteRule, SiteTest
from decruft._site.selectors import check_shape

# -- Full-Text RSS directives ----------------------------------------------------------


def _ftr(tmp_path: Path, text: str) -> SiteRule:
    path = tmp_path / "example.com.txt"
    path.write_text(text, encoding="utf-8")
    return ftr.parse(path)


def test_ftr_directives_fill_the_rule(tmp_path: Path) -> None:
    rule = _ftr(tmp_path, "title: //h1\nauthor: //a[@rel='author']\nstrip_id_or_class: 'promo'\n"
                          "strip_image_src: \"pixel.gif\"\nprune: no\nskip_json_ld: yes\nwrap_in(div): //p\n"
                          "test_url: https://example.com/a\ntest_contains: Hello\n")  # fmt: skip
    assert [s.source for s in rule.title] == ["//h1"] and len(rule.authors) == 1
    assert rule.strip_id_or_class == ["promo"] and rule.strip_image_src == ["pixel.gif"]
    assert rule.prune is False and rule.skip_json_ld is True
    assert [tag for tag, _ in rule.wrap_in] == ["div"]
    assert rule.tests == [SiteTest(url="https://example.com/a", contains=["Hello"])]
    assert rule.honoured == ["title", "author", "strip_id_or_class", "strip_image_src", "prune", "skip_json_ld",
                             "wrap_in(...)", "test_url", "test_contains"]  # fmt: skip
    assert rule.ignored == []


def test_ftr_find_and_replace_pairs_in_order(tmp_path: Path) -> None:
    rule = _ftr(tmp_path, "find_string: a\nfind_string: b\nreplace_string: A\nreplace_string(c): C\n"
                          "replace_string: B\nreplace_string: orphan\n")  # fmt: skip
    assert rule.replace == [("a", "A"), ("c", "C"), ("b", "B")]
    assert rule.ignored == ["line 6: replace_string without find_string"]


def test_ftr_reported_directives(tmp_path: Path) -> None:
    rule = _ftr(tmp_path, "titl: //h1\ntidy: no\nautodetect_on_failure: no\nbody:\nwrap_in: //p\nnonsense\n"
                          "body: //div[\n")  # fmt: skip
    assert rule.ignored[:5] == ["titl (unknown)", "tidy", "autodetect_on_failure (generic extraction always runs)",
                                "body (unknown)", "wrap_in (unknown)"]  # fmt: skip
    assert rule.ignored[5] == "line 6: not a directive"
    assert rule.ignored[6].startswith("line 7: ") and len(rule.ignored) == 7
    assert rule.honoured == [] and rule.body == []


def test_ftr_file_full_of_selectors_reports_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ftr, "MAX_SELECTORS", 2)
    rule = _ftr(tmp_path, "strip: //a\nstrip: //b\nstrip: //c\nprune: no\n")
    assert len(rule.strip) == 2 and rule.prune is False
    assert rule.ignored == ["line 3: more than 2 selectors or replacements in one file"]


# -- TOML tables ------------------------------------------------------------------------


def _toml(text: str) -> SiteRule:
    (rule,) = toml_rules.parse_text(text, Path("site.toml"), {"tail", "head"})
    return rule


def test_toml_table_fills_the_rule() -> None:
    rule = _toml('name = "Ex"\nhosts = ["example.com"]\nprune = false\ndisable = "tail"\n'
                 'replace = [["a", "b"]]\n[wrap_in]\ndiv = "//p"\n[[test]]\npage = "p.html"\ncontains = "x"\n')  # fmt: skip
    assert rule.name == "Ex" and rule.prune is False and rule.disable == ["tail"]
    assert rule.replace == [("a", "b")] and [tag for tag, _ in rule.wrap_in] == ["div"]
    assert rule.tests == [SiteTest(page="p.html", contains=["x"])]
    assert rule.honoured == ["disable", "prune", "replace", "test", "wrap_in"]


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ('hosts = "example.com"\n', 1, "hosts must be a list"),
        ('name = "x"\n', 1, "a site needs 'hosts'"),
        ('hosts = ["http://example.com/"]\n', 1, "not a host name"),
        ('hosts = ["example.com"]\nname = " "\n', 2, "name must be a non-empty string"),
        ('hosts = ["example.com"]\ndisable = ["nope"]\n', 2, "disable names unknown rules: nope"),
        ('hosts = ["example.com"]\nprune = "no"\n', 2, "prune must be true or false"),
        ('hosts = ["example.com"]\nreplace = "a"\n', 2, "replace must be a list"),
        ('hosts = ["example.com"]\nreplace = [["a"]]\n', 2, "replace entries are [find, replace] pairs"),
        ('hosts = ["example.com"]\nwrap_in = "div"\n', 2, "wrap_in must be a table"),
        ('hosts = ["example.com"]\n[wrap_in]\n"1x" = "//p"\n', 2, "wrap_in entries are TAG"),
        ('hosts = ["example.com"]\ntest = "x"\n', 2, "test must be [[test]] tables"),
        ('hosts = ["example.com"]\n[[test]]\ncontains = "x"\n', 2, "a [[test]] needs a page"),
    ],
)
def test_toml_table_errors(text: str, line: int, reason: str) -> None:
    with pytest.raises(decruft.RuleError) as err:
        _toml(text)
    assert err.value.line == line and reason in err.value.reason


# -- XPath shape ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("xpath", "reason"),
    [
        ("//div[.//h1]", None),
        ("//meta[ancestor::*[ancestor::*]]", None),
        ("//p[following-sibling::h2]", None),
        ("//*[.//*[.//*]]", "a // search inside a predicate inside a predicate"),
        ("//*[count(//*) > 1]", "an absolute path inside a predicate"),
        ("//p[preceding::hr]", "a preceding:: axis inside a predicate"),
        ("//a[b[descendant::c]]", "a descendant:: search inside a predicate inside a predicate"),
        ("//a" * 33, "more than 32 search steps"),
        ("//a" + "[1]" * 65, "more than 64 predicates"),
        ("//a[" + "(" * 12 + "1" + ")" * 12 + "]", "nested more than 12 brackets deep"),
    ],
)
def test_check_shape_reasons(xpath: str, reason: str | None) -> None:
    problem = check_shape(xpath)
    assert problem == reason if reason is None else problem is not None and problem.startswith(reason)


# -- decruft rules test -----------------------------------------------------------------


def test_rules_test_counts_pass_fail_and_skip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = "<p>" + "The council met on Tuesday to weigh the new budget for the town's schools. " * 6 + "</p>"
    (tmp_path / "p.html").write_text(f"<html><body><article><h1>Budget</h1>{story}</article></body></html>")
    (tmp_path / "site.toml").write_text('hosts = ["example.com"]\n')
    rule = SiteRule(name="x", source=str(tmp_path / "site.toml"), hosts=["example.com"])
    rule.tests = [SiteTest(page="p.html", contains=["weigh the new budget"]),
                  SiteTest(page="p.html", contains=["no such words"], excludes=["council met"]),
                  SiteTest(url="https://example.com/elsewhere")]  # fmt: skip
    assert run_tests(Sites([rule]), []) == 1
    out = capsys.readouterr().out
    assert out.count("ok   ") == 1 and "missing 'no such words'" in out and "should not contain 'council met'" in out
    assert "1 passed, 1 failed, 1 skipped" in out
    assert run_tests(Sites([rule]), [f"https://example.com/elsewhere={tmp_path / 'p.html'}"]) == 1
    assert "2 passed, 1 failed, 0 skipped" in capsys.readouterr().out
