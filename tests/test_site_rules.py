"""Site rules: TOML files, the Full-Text RSS collection, rules check/test, safety."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PARAGRAPHS, article_page

import decruft
from decruft._site import load_sites

RAIL = '<aside data-rail="popular"><h4>Hot right now</h4><a href="/x">Another story entirely</a></aside>'
PAGE = article_page(RAIL).replace("<main>", '<main><div class="promo-box">Win a holiday in our big summer draw</div>')
TOML = """
hosts = ["example.com", "*.example.org"]
body = ["article .article-body"]
title = ["h1"]
strip = [".promo-box", "//aside[@data-rail]"]
disable = ["related"]

[[test]]
page = "page.html"
contains = ["The city council approved the new budget"]
excludes = ["Win a holiday", "Another story entirely"]
"""


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    path = tmp_path / "example.toml"
    path.write_text(TOML, encoding="utf-8")
    return path


def test_toml_rule_strips_and_overrides_body(rules: Path) -> None:
    extractor = decruft.Extractor(rules=[rules])
    article = extractor.extract(PAGE, url="https://www.example.com/news/1")
    assert "Win a holiday" not in article.text and "Another story entirely" not in article.text
    assert PARAGRAPHS[0] in article.text
    site = [r for r in article.removed if r.rule == "site:example.com/strip"]
    assert {r.text for r in site} >= {"Win a holiday in our big summer draw"}
    # Subdomains of example.org are served too; other hosts are not.
    assert any(r.rule.startswith("site:") for r in extractor.extract(PAGE, url="https://news.example.org/a").removed)
    assert not any(r.rule.startswith("site:") for r in extractor.extract(PAGE, url="https://other.net/a").removed)


def test_body_that_matches_nothing_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "miss.toml"
    path.write_text('hosts = ["example.com"]\nbody = [".no-such-body"]\n', encoding="utf-8")
    article = decruft.Extractor(rules=[path]).extract(PAGE, url="https://example.com/a")
    assert PARAGRAPHS[0] in article.text
    assert any("no body selector matched" in w for w in article.warnings)


def test_cli_rules_option(rules: Path) -> None:
    page = rules.parent / "page.html"
    out = subprocess.run([sys.executable, "-m", "decruft", "--rules", str(rules), "--url", "https://example.com/x",
                          "--explain", str(page)], capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "Win a holiday" not in out.stdout and "site:example.com" in out.stderr


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        ('hosts = ["example.com"]\nbody = ["//div[@class="]\n', 2, "invalid XPath"),
        ('hosts = ["example.com"]\nbogus = 1\n', 2, "unknown key 'bogus'"),
        ('hosts = ["example.com"]\ntitle = [\n', 3, "invalid TOML"),
        ('hosts = ["example.com"]\nstrip = ["div >> p"]\n', 2, "invalid CSS"),
        ('hosts = ["example.com"]\nbody = ["(document(\'/etc/passwd\'))//p"]\n', 2, "not allowed"),
    ],
)
def test_broken_rule_file_is_file_line_reason_exit_2(tmp_path: Path, content: str, line: int, reason: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(decruft.RuleError) as err:
        decruft.Extractor(rules=[path])
    assert str(err.value).startswith(f"{path}:{line}: ") and reason in str(err.value)
    for args in (["rules", "check", str(path)], ["--rules", str(path), str(path)]):
        out = subprocess.run([sys.executable, "-m", "decruft", *args], capture_output=True, text=True, timeout=60)
        assert out.returncode == 2
        assert f"{path}:{line}: " in out.stderr and "Traceback" not in out.stderr


def test_rules_test_runs_self_tests(rules: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "decruft", "rules", "test", str(rules)], capture_output=True, text=True,
                         timeout=60)  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 passed, 0 failed" in out.stdout


def test_ftr_collection_loads(shared: Path) -> None:
    folder = shared / "ftr-site-config"
    sites = load_sites([folder])
    files = [p for p in folder.iterdir() if p.suffix == ".txt"]
    assert len(sites.rules) == len(files) > 1900
    assert sum(len(r.body) for r in sites.rules) > 1500
    out = subprocess.run([sys.executable, "-m", "decruft", "rules", "check", str(folder)], capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0 and "site(s) loaded" in out.stdout and "http_header" in out.stdout


def test_ftr_host_matching(tmp_path: Path) -> None:
    (tmp_path / "example.com.txt").write_text("body: //article\nstrip: //aside\nhttp_header(user-agent): x\n")
    (tmp_path / ".blogs.example.net.txt").write_text("title: //h1\n")
    sites = load_sites([tmp_path])
    assert sites.for_host("www.example.com").name == "example.com"
    assert sites.for_host("example.com").name == "example.com"
    assert sites.for_host("news.example.com") is None
    assert sites.for_host("a.blogs.example.net").name == "blogs.example.net"
    assert sites.for_host("blogs.example.net") is None
    rule = sites.for_host("example.com")
    assert "http_header" in rule.ignored and "body" in rule.honoured


def test_ftr_find_replace_and_strip_id_or_class(tmp_path: Path) -> None:
    (tmp_path / "example.com.txt").write_text(
        "strip_id_or_class: promo-box\nfind_string: Win a holiday\nreplace_string: Lose a holiday\n"
        "replace_string(summer draw): winter raffle\n"
    )
    page = PAGE.replace('<div class="promo-box">', '<div class="x">')
    article = decruft.Extractor(rules=[tmp_path]).extract(page, url="https://example.com/a")
    assert "Lose a holiday in our big winter raffle" in article.text or not any(
        "Win a holiday" in r.text for r in article.removed
    )
    stripped = decruft.Extractor(rules=[tmp_path]).extract(PAGE, url="https://example.com/a")
    assert any(r.rule == "site:example.com/strip" and "holiday" in r.text for r in stripped.removed)


def test_stale_body_falls_back_even_with_autodetect_off(tmp_path: Path) -> None:
    """A config whose body matches nothing is stale: decruft never lets it cost the article."""
    (tmp_path / "example.com.txt").write_text("body: //div[@id='gone']\nautodetect_on_failure: no\n")
    article = decruft.Extractor(rules=[tmp_path]).extract(PAGE, url="https://example.com/a")
    assert PARAGRAPHS[0] in article.text
    assert any("no body selector matched" in w for w in article.warnings)
