"""Site rules against hostile pages and hostile rule files (issue 17): linear canonical scan,
costly selectors refused at load, bounded find/replace, the budget checked between selectors,
every malformed field a RuleError with file:line, FIFOs refused, subcommands independent of
the current directory."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, article_page

import decruft
from decruft._site import Sites, load_sites
from decruft._site.model import SiteRule
from decruft._site.selectors import Selector

ENV = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}


def _rules(tmp_path: Path, text: str, name: str = "site.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "decruft", *args], capture_output=True, text=True, timeout=60,
                          cwd=cwd, env=ENV)  # fmt: skip


# -- 1. canonical URL scan ------------------------------------------------------


def test_canonical_scan_is_linear() -> None:
    sites = Sites([SiteRule(name="x", source="x.toml", hosts=["example.com"])])
    page = '<link rel="canonical" ' * 1000  # 22 KB; the old regex needed 31 s
    start = time.perf_counter()
    assert sites.match(None, page) is None
    assert time.perf_counter() - start < 1.0


def test_canonical_scan_finds_link_and_og_url() -> None:
    a = SiteRule(name="a", source="a.toml", hosts=["a.example"])
    b = SiteRule(name="b", source="b.toml", hosts=["b.example"])
    sites = Sites([a, b])
    assert sites.match(None, '<link rel="stylesheet" href="/s.css"><link href="https://a.example/x" rel=canonical>') is a
    assert sites.match(None, "<meta content='https://b.example/' property='og:url'>") is b
    assert sites.match(None, '<link rel="canonical" href="https://a.example/x">') is a


# -- 2. costly selectors ----------------------------------------------------------


@pytest.mark.parametrize(
    "xpath",
    [
        "//*[.//*[.//*]]",  # a search in a predicate in a predicate: cubic
        "//*[count(//*) > 1]",  # an absolute path in a predicate: quadratic
        "//p[preceding::hr]",
        "//a" * 40,  # too many search steps
        "//a" + "[1]" * 70,  # too many predicates
        "//a[" + "(" * 20 + "1" + ")" * 20 + "]",  # nested too deep
    ],
)
def test_costly_xpath_is_refused_at_load(tmp_path: Path, xpath: str) -> None:
    path = _rules(tmp_path, f"hosts = ['example.com']\n\nstrip = [{xpath!r}]\n")
    with pytest.raises(decruft.RuleError, match="too costly") as info:
        load_sites([path])
    assert info.value.line == 3


@pytest.mark.parametrize("selector", ["//div[.//h1]", "a:has(b)", "//h2[following-sibling::p]", "article .body p",
                                      "//meta[ancestor::*[@a][ancestor::*[@b]]]/@content"])  # fmt: skip
def test_ordinary_selectors_still_load(selector: str) -> None:
    Selector(selector, "f.toml", 1)


def test_long_css_chain_is_a_rule_error(tmp_path: Path) -> None:
    path = _rules(tmp_path, "hosts = ['example.com']\nbody = ['" + " ".join(["div"] * 660) + "']\n")
    with pytest.raises(decruft.RuleError) as info:
        load_sites([path])
    assert info.value.line == 2


# -- 3. find/replace growth ---------------------------------------------------------


def test_chained_replacements_are_bounded() -> None:
    rule = SiteRule(name="x", source="x.toml", hosts=["example.com"])
    rule.replace = [("a", "aa")] * 40  # doubles the page 40 times: 1 KB -> 1 TB
    warnings: list[str] = []
    out = rule.rewrite("a" * 1000, warnings=warnings)
    assert len(out) <= 1000 + 1_000_000
    assert warnings and "skipped" in warnings[0]


def test_replacement_warning_reaches_the_article(tmp_path: Path) -> None:
    path = _rules(tmp_path, "hosts = ['example.com']\nreplace = " + repr([["e", "eeee"]] * 12).replace("'", '"') + "\n")
    article = decruft.Extractor(rules=[path]).extract(article_page(), url="https://example.com/a")
    assert any("skipped" in w for w in article.warnings)


# -- 4. the budget between selectors -------------------------------------------------


def test_budget_is_checked_between_selectors(tmp_path: Path) -> None:
    rule = SiteRule(name="x", source="x.toml", hosts=["example.com"])
    rule.strip = [Selector(f"//div[@id='n{i}']", "x", 1) for i in range(2000)]
    rule.dissolve = [Selector(f"//span[@id='n{i}']", "x", 1) for i in range(2000)]
    page = "<html><body>" + "<div><p>text</p></div>" * 5000 + "</body></html>"
    extractor = decruft.Extractor(time_budget=0.05)
    extractor.sites = Sites([rule])
    start = time.perf_counter()
    with pytest.raises(decruft.TimeBudgetError):
        extractor.extract(page, url="https://example.com/")
    assert time.perf_counter() - start < 1.0


def test_too_many_selectors_in_one_file(tmp_path: Path) -> None:
    path = _rules(tmp_path, "hosts = ['example.com']\nstrip = [" + ", ".join(f"'.c{i}'" for i in range(2001)) + "]\n")
    with pytest.raises(decruft.RuleError, match="at most 2,000"):
        load_sites([path])


# -- 5. and 6. malformed rule files ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("hosts = ['example.com']\n\nwrap_in = 'div'\n", 3, "wrap_in must be a table"),
        ("hosts = ['example.com']\n[wrap_in]\nblockquote = 3\n", 2, "wrap_in entries"),
        ("hosts = ['example.com']\nreplace = 'a'\n", 2, "replace must be a list"),
        ("hosts = ['example.com']\ntest = 'page.html'\n", 2, "test must be"),
        ("hosts = ['example.com']\ntest = [1]\n", 2, "test must be"),
        ("hosts = ['example.com']\nname = 5\n", 2, "name must be"),
        ("hosts = ['example.com']\n[[test]]\npage = 'p.html'\ncontains = [1]\n", 4, "contains must be"),
        ("hosts = ['example.com']\n[[test]]\npage = 3\n", 3, "page must be"),
        ("site = 1\n", 1, "site must be"),
        ("hosts = ['example.com']\nbody = [" + "[" * 5000 + "]" * 5000 + "]\n", 1, "nested too deeply"),
        ("hosts = \"example.com\"\n", 1, "hosts must be a list"),
        ("hosts = ['https://example.com/']\n", 1, "not a host name"),
        ("hosts = ['exa mple.com']\n", 1, "not a host name"),
        ("hosts = ['example.com']\n\n[[test]]\ncontains = ['x']\n", 3, "needs a page"),
    ],
)
def test_malformed_rule_file_is_a_rule_error(tmp_path: Path, text: str, line: int | None, message: str) -> None:
    path = _rules(tmp_path, text)
    with pytest.raises(decruft.RuleError, match=message) as info:
        load_sites([path])
    if line is not None:
        assert info.value.line == line
        assert str(info.value).startswith(f"{path}:{line}: ")


def test_valid_hosts_still_load(tmp_path: Path) -> None:
    path = _rules(tmp_path, "hosts = ['example.com', '*.example.org', 'bücher.example', 'localhost', 'a-b.co.uk.']\n")
    assert load_sites([path]).for_host("news.example.org") is not None


def test_malformed_rule_file_exits_2(tmp_path: Path) -> None:
    _rules(tmp_path, "hosts = ['example.com']\nbody = ['" + " ".join(["div"] * 660) + "']\n")
    out = _cli("rules", "check", "site.toml", cwd=tmp_path)
    assert out.returncode == 2
    assert out.stderr.startswith("site.toml:2: ") and "Traceback" not in out.stderr


# -- 7. FIFO ------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_as_rules_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "rules.toml")
    (tmp_path / "page.html").write_text(article_page(), encoding="utf-8")
    with pytest.raises(decruft.RuleError, match="not a regular file"):
        load_sites([tmp_path / "rules.toml"])
    out = _cli("--rules", "rules.toml", "page.html", cwd=tmp_path)
    assert out.returncode == 2 and "not a regular file" in out.stderr


# -- 8. subcommands do not depend on the current directory ------------------------------


@pytest.mark.parametrize("folder", ["rules", "warc"])
def test_rules_subcommand_with_a_rules_folder_in_cwd(tmp_path: Path, folder: str) -> None:
    (tmp_path / folder).mkdir(exist_ok=True)
    (tmp_path / "rules").mkdir(exist_ok=True)
    _rules(tmp_path / "rules", "hosts = ['example.com']\nbody = ['article']\n")
    out = _cli("rules", "check", "rules/", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "1 site(s) loaded" in out.stdout


def test_a_page_file_named_rules_is_read_as_dot_slash(tmp_path: Path) -> None:
    (tmp_path / "rules").write_text(article_page(), encoding="utf-8")
    out = _cli("./rules", cwd=tmp_path)
    assert out.returncode == 0 and "The city council approved" in out.stdout
    assert "./rules" in _cli("-h", cwd=tmp_path).stdout
