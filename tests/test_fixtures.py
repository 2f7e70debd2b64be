"""Golden whole-page fixtures: ``fixtures/<name>/page.{html,txt}`` + ``expected.json``.

Each expected file gives the headline, publication date, authors, snippets the
body must keep (``with``) and drop (``without``), rule names that must
appear among the recorded removals, and the ``page_type`` (``"article"`` when
not given).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import FIXTURES

import decruft


def _norm(text: str) -> str:
    return " ".join(text.split())


def _cases() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if (p / "expected.json").is_file())


def _page(folder: Path) -> Path:
    for name in ("page.html", "page.txt"):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"{folder} has no page.html or page.txt")


@pytest.fixture(scope="module")
def extractor() -> decruft.Extractor:
    return decruft.Extractor(fallback=False)


@pytest.mark.parametrize("folder", _cases(), ids=lambda p: p.name)
def test_fixture(folder: Path, extractor: decruft.Extractor) -> None:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    page = _page(folder)
    article = extractor.extract(page.read_bytes(), url=expected.get("url"))
    text = _norm(article.text)
    problems = []
    if "title" in expected and article.title != expected["title"]:
        problems.append(f"title {article.title!r} != {expected['title']!r}")
    if "date" in expected:
        want = dt.date.fromisoformat(expected["date"]) if expected["date"] else None
        if article.date != want:
            problems.append(f"date {article.date} != {want}")
    if "authors" in expected and sorted(article.authors) != sorted(expected["authors"]):
        problems.append(f"authors {article.authors} != {expected['authors']}")
    page_type = expected.get("page_type", "article")  # every other fixture is an article
    if article.page_type != page_type:
        problems.append(f"page_type {article.page_type!r} != {page_type!r}")
    for snippet in expected.get("with", []):
        if _norm(snippet) not in text:
            problems.append(f"missing: {snippet!r}")
    for snippet in expected.get("without", []):
        if _norm(snippet) in text:
            problems.append(f"not removed: {snippet!r}")
    rules = {r.rule for r in article.removed}
    for rule in expected.get("removed_rules", []):
        if rule not in rules:
            problems.append(f"no removal recorded by rule {rule!r} (recorded: {sorted(rules)})")
    assert not problems, "\n".join(problems)


def test_there_are_enough_fixtures() -> None:
    assert len(_cases()) >= 13
