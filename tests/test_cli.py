"""The decruft command, run through a real subprocess."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PARAGRAPHS, article_page

COMMENTS = (
    '<section id="comments"><h2>Comments</h2><div class="comment"><p>Great article, thanks for writing it, I learned '
    "a lot about the budget.</p></div><a>Show more comments</a></section>"
)


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "decruft", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.html").write_text(article_page(COMMENTS, title="First story about the budget"), encoding="utf-8")
    (folder / "sub" / "two.html").write_text(article_page(title="Second story about the budget"), encoding="utf-8")
    (folder / "three.html.gz").write_bytes(gzip.compress(article_page(title="Third story, compressed").encode()))
    return folder


def test_version_and_help() -> None:
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("decruft ")
    helped = run("-h")
    assert helped.returncode == 0 and "--explain" in helped.stdout and "exit status" in helped.stdout


def test_list_rules() -> None:
    out = run("--list-rules")
    assert out.returncode == 0
    for name in ("consent", "most-read", "comments", "staff-list", "share", "newsletter", "related",
                 "navigation", "footer", "ads", "stubs"):  # fmt: skip
        assert f"\n{name} " in "\n" + out.stdout


def test_one_file_in_each_format(pages: Path) -> None:
    page = str(pages / "one.html")
    text = run(page)
    assert text.returncode == 0
    assert text.stdout.startswith("First story about the budget\n")
    assert PARAGRAPHS[0] in text.stdout and "Show more comments" not in text.stdout
    data = json.loads(run("-f", "json", page).stdout)
    assert data["title"] == "First story about the budget"
    assert {"title", "date", "authors", "text", "removed", "path"} <= set(data)
    assert all(set(r) == {"rule", "text", "where"} for r in data["removed"])
    assert run("-f", "markdown", page).stdout.startswith("# First story about the budget")
    assert "<article>" in run("-f", "html", page).stdout


def test_stdin(pages: Path) -> None:
    out = run("-", "--url", "https://example.com/a", "-f", "json", stdin=(pages / "one.html").read_bytes())
    assert out.returncode == 0
    assert json.loads(out.stdout)["url"] == "https://example.com/a"


def test_directory_gives_json_lines(pages: Path) -> None:
    out = run("-f", "json", str(pages))
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert sorted(r["title"] for r in records) == [
        "First story about the budget", "Second story about the budget", "Third story, compressed"
    ]  # fmt: skip


def test_output_directory_and_file(pages: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    assert run("-f", "markdown", "-o", f"{out_dir}/", str(pages)).returncode == 0
    assert sorted(p.name for p in out_dir.iterdir()) == ["one.md", "sub__two.md", "three.md"]
    target = tmp_path / "all.jsonl"
    assert run("-f", "json", "-o", str(target), str(pages)).returncode == 0
    assert len(target.read_text().splitlines()) == 3
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_refuses_to_overwrite_input(pages: Path) -> None:
    page = pages / "one.html"
    before = page.read_bytes()
    out = run(str(page), "-o", str(page))
    assert out.returncode == 2
    assert "refusing to overwrite" in out.stderr
    assert page.read_bytes() == before


def test_bad_file_among_good_ones(pages: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    out = run("-f", "json", str(pages / "one.html"), str(bad), str(tmp_path / "missing.html"), str(pages / "sub"))
    assert out.returncode == 1
    assert len(out.stdout.splitlines()) == 2
    errors = out.stderr.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("decruft: ") for line in errors)
    assert "Traceback" not in out.stderr


def test_disable_keeps_comments(pages: Path) -> None:
    page = str(pages / "one.html")
    kept = run("-f", "json", "--disable", "comments", page)
    data = json.loads(kept.stdout)
    assert not any(r["rule"] == "comments" for r in data["removed"])
    unknown = run("--disable", "no-such-rule", page)
    assert unknown.returncode == 2 and "unknown rule" in unknown.stderr and "Traceback" not in unknown.stderr


def test_explain_names_rules(pages: Path) -> None:
    out = run("--explain", str(pages / "one.html"))
    assert "comments" in out.stderr and "/html/body" in out.stderr


def test_jobs_give_the_same_output(pages: Path) -> None:
    one = run("-f", "json", "--jobs", "1", str(pages))
    two = run("-f", "json", "--jobs", "2", str(pages))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_usage_errors() -> None:
    assert run().returncode == 2
    assert run("--format", "pdf", "x.html").returncode == 2
