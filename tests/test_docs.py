"""The docs stay in step with the code: every rule's docstring is in docs/rules.md."""

from __future__ import annotations

import inspect

from conftest import ROOT

import decruft


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_rule_catalogue_matches_docstrings() -> None:
    catalogue = _norm((ROOT / "docs" / "rules.md").read_text(encoding="utf-8"))
    for rule in decruft.Extractor().ruler:  # every chain's built-in rules
        assert f"`{rule.name}`" in catalogue, f"docs/rules.md has no section for {rule.name}"
        doc = _norm(inspect.cleandoc(rule.doc))
        assert doc in catalogue, f"docs/rules.md is out of date for {rule.name}: run python docs/make_rules_md.py"


def test_public_api_is_documented() -> None:
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for name in ("extract", "Extractor", "Article", "Removal", "DecruftError", "Options"):
        assert name in api


# -- every example in README.md and docs/*.md runs ------------------------------------------------
#
# python blocks are executed, TOML rule blocks loaded and checked, shell blocks whose every
# line is a ``decruft`` command run through a real subprocess (one for all of them, calling
# the CLI's ``main`` per line, with the shell's redirections and globs) on fixture files.
# ``text`` blocks are illustrations (usage, output). A block that cannot run here is marked
# ``<!-- not-run: reason -->`` on the line before it.

import json  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tomllib  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from conftest import FIXTURES  # noqa: E402

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
_NOT_RUN = re.compile(r"<!-- not-run: [^>]*\S[^>]*-->\s*$")


def _blocks() -> list[tuple[str, int, str, str, bool]]:
    """(doc, line, language, code, marked not-run) for every fenced block of the docs."""
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for m in _FENCE.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            before = text[: m.start()].rstrip("\n").rsplit("\n", 1)[-1]
            found.append((doc.name, line, m.group(1), m.group(2), bool(_NOT_RUN.search(before))))
    return found


BLOCKS = _blocks()
RUN = [b for b in BLOCKS if not b[4] and b[2] != "text"]

# A page for the site-rules example: example.com, body in article .story-body, a Most Read box.
EXAMPLE_ARTICLE = """<html><head><title>Example story</title>
<link rel="canonical" href="https://example.com/news/1"></head><body>
<article><h1 class="headline">Example story</h1><p class="byline"><a href="/jane">Jane Roe</a></p>
<time datetime="2024-05-01">1 May</time><div class="story-body">
<p>First sentence of the article, which goes on long enough to be a paragraph of news text.</p>
<p>A second paragraph says more about the story, with a comma, and ends with a full stop.</p>
<div class="most-read"><h3>Most Read</h3><a href="/x">Another story</a></div></div></article>
</body></html>"""


def _site_rules_toml() -> str:
    return next(code for doc, _, lang, code, _ in BLOCKS if doc == "site-rules.md" and lang == "toml")


def _workspace(root: Path, code: str) -> Path:
    """A folder holding every file the examples name (pages, folders, rules, a WARC)."""
    sys.path.insert(0, str(ROOT))
    from bench.hostile._data import pages_warc

    work = root / "work"
    work.mkdir(parents=True)
    shutil.copy(FIXTURES / "birmingham-post-html" / "page.html", work / "page.html")
    shutil.copy(FIXTURES / "german-news-text" / "page.txt", work / "scrape.txt")
    for folder in ("pages", "crawl"):
        (work / folder).mkdir()
        for name in ("french-news", "birmingham-post-html"):
            shutil.copy(FIXTURES / name / "page.html", work / folder / f"{name}.html")
    if "warc" in code:
        (work / "crawl.warc.gz").write_bytes(pages_warc(0, 3))
        for page in (work / "crawl").iterdir():
            page.unlink()
        (work / "crawl" / "part-0001.warc.gz").write_bytes(pages_warc(10, 3))
    for folder in ("rules", "my-sites"):
        (work / folder / "pages").mkdir(parents=True)
        (work / folder / "example.toml").write_text(_site_rules_toml(), encoding="utf-8")
        (work / folder / "pages" / "example-article.html").write_text(EXAMPLE_ARTICLE, encoding="utf-8")
    (root / "ftr-site-config").mkdir()
    (root / "ftr-site-config" / "example.org.txt").write_text("body: //article\n", encoding="utf-8")
    (work / "ftr").mkdir()
    (work / "ftr" / "example.com.txt").write_text(
        "body: //div[@class='story-body']\ntest_url: http://example.com/a\ntest_contains: First sentence\n",
        encoding="utf-8",
    )
    (work / "saved").mkdir()
    (work / "saved" / "a.html").write_text(EXAMPLE_ARTICLE, encoding="utf-8")
    return work


# Runs each command line like the shell would (redirections, globs, \\ continuations), each
# through decruft.cli.main with file descriptors 0-2 redirected; prints one JSON line per command.
RUNNER = r"""
import glob, json, os, shlex, sys
from decruft.cli import main
for work, block in json.loads(sys.stdin.read()):
    os.chdir(work)
    for line in block.replace("\\\n", " ").splitlines():
        words = shlex.split(line, comments=True)
        if not words:
            continue
        argv, redirect = [], {}
        it = iter(words)
        for word in it:
            if word in (">", "2>", "<"):
                redirect[{">": 1, "2>": 2, "<": 0}[word]] = next(it)
            elif "*" in word:
                argv.extend(sorted(glob.glob(word)) or [word])
            else:
                argv.append(word)
        sys.stdout.flush(); sys.stderr.flush()
        saved = {fd: os.dup(fd) for fd in (0, 1, 2)}
        for fd, name in redirect.items():
            target = os.open(name, os.O_RDONLY if fd == 0 else os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(target, fd)
            os.close(target)
        if 1 not in redirect:
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        try:
            rc = main(argv[1:]) if argv[0] == "decruft" else 127
        except SystemExit as exc:
            rc = exc.code
        sys.stdout.flush(); sys.stderr.flush()
        for fd, copy in saved.items():
            os.dup2(copy, fd)
            os.close(copy)
        print(json.dumps({"cmd": line, "rc": rc}), flush=True)
"""


def _is_decruft(code: str) -> bool:
    lines = [line for line in code.replace("\\\n", " ").splitlines() if line.strip() and not line.startswith("#")]
    return bool(lines) and all(line.split()[0] == "decruft" for line in lines)


def test_every_block_is_run_or_marked() -> None:
    allowed = {"python", "toml", "sh"}
    for doc, line, lang, code, _ in RUN:
        assert lang in allowed, f"{doc}:{line}: a ```{lang or '(no language)'} block: tag it text or mark it not-run"
        if lang == "sh":
            assert _is_decruft(code), f"{doc}:{line}: a shell block with non-decruft lines must be marked not-run"
    assert len(RUN) >= 10


@pytest.mark.parametrize("doc", sorted({d for d, _, lang, _, _ in RUN if lang == "python"}))
def test_python_examples_run(doc: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A doc's python blocks, in order, in one namespace (a later block uses an earlier import)."""
    blocks = [(line, code) for d, line, lang, code, _ in RUN if d == doc and lang == "python"]
    monkeypatch.chdir(_workspace(tmp_path, "".join(code for _, code in blocks)))
    page = Path("page.html").read_bytes()
    namespace = {"__name__": "docs_example", "page_bytes": page, "url": "https://example.com/news/1",
                 "log": logging.getLogger("docs")}  # fmt: skip
    for line, code in blocks:
        exec(compile(code, f"{doc}:{line}", "exec"), namespace)  # noqa: S102 - our own docs
        if "def parse(response)" in code:  # the scraper example: call it
            response = type("Response", (), {"body": page, "url": "https://example.com/news/1"})()
            assert namespace["parse"](response)["title"]


@pytest.mark.parametrize(("doc", "line", "code"), [(d, n, c) for d, n, lang, c, _ in RUN if lang == "toml"])
def test_toml_example_loads(doc: str, line: int, code: str, tmp_path: Path) -> None:
    data = tomllib.loads(code)
    if "project" in data:  # a pyproject.toml excerpt (plugins.md): the entry point group
        assert "decruft.rules" in data["project"]["entry-points"]
        return
    from decruft._site import load_sites

    path = tmp_path / "example.toml"
    path.write_text(code, encoding="utf-8")
    assert load_sites([path]).rules
    out = subprocess.run([sys.executable, "-m", "decruft", "rules", "check", str(path)], capture_output=True,
                         text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})  # fmt: skip
    assert out.returncode == 0, out.stderr


def test_shell_examples_run(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    jobs = []
    for n, (doc, line, lang, code, _) in enumerate(RUN):
        if lang == "sh":
            jobs.append((str(_workspace(tmp_path / str(n), code)), code))
    out = subprocess.run([sys.executable, "-c", RUNNER], input=json.dumps(jobs), capture_output=True, text=True,
                         timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})  # fmt: skip
    results = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    expected = sum(len([c for c in code.replace("\\\n", " ").splitlines() if c.strip()]) for _, code in jobs)
    assert len(results) == expected, out.stderr[-2000:]
    failed = [r["cmd"] for r in results if r["rc"] != 0]
    assert not failed, f"{failed}\n{out.stderr[-3000:]}"


def test_rules_md_documents_the_article_veto() -> None:
    from decruft import _state

    catalogue = _norm((ROOT / "docs" / "rules.md").read_text(encoding="utf-8"))
    assert "## The article veto" in catalogue
    assert f"at least {_state.VETO_MIN_PROSE} characters of prose" in catalogue
    assert f"more than {_state.VETO_SHARE:.0%} of the page's prose" in catalogue
    assert f"at least {_state.PROSE_WORDS} words" in catalogue
