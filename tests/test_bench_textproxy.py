"""bench.textproxy: text mode on the HTML sets, flattened."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bench import textproxy

PAGE = (
    "<html><head><title>Storm hits the coast | Daily Paper</title></head><body><nav><a href='/'>Home</a></nav>"
    "<h1>Storm hits the coast</h1><p>By Jane Roe</p>"
    + "".join(f"<p>The storm reached the coast on Tuesday night and closed the harbour road number {n}.</p>" for n in range(6))
    + "</body></html>"
)


def test_save_and_compare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "news"
    (folder / "pages").mkdir(parents=True)
    (folder / "pages" / "a.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (folder / "truth.jsonl").write_text(json.dumps({"id": "a", "title": "Storm hits the coast"}), encoding="utf-8")
    out = tmp_path / "new.json"
    assert textproxy.save(out, tmp_path, None) == 1
    assert json.loads(out.read_text())["news/a"]["title"] == "Storm hits the coast"
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"news/a": {"title": "Daily Paper"}}))
    snap = tmp_path / "snap.jsonl.gz"
    snap.write_bytes(gzip.compress(json.dumps({"set": "news", "id": "a", "title": "Storm hits the coast"}).encode()))
    textproxy.compare(old, out, snap, tmp_path)
    printed = capsys.readouterr().out
    assert "news/a\t'Daily Paper' -> 'Storm hits the coast'" in printed
    assert "agree with the HTML title: 0 -> 1 of 1; right by truth: 0 -> 1" in printed


def test_compare_a_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    truth = [{"id": "a", "authors": ["Jane Roe"], "date": "2021-03-04"}, {"id": "b", "authors": ["John Doe"]}]
    (folder / "truth.jsonl").write_text("\n".join(json.dumps(t) for t in truth), encoding="utf-8")
    (folder / "pages").mkdir()
    for pid in "ab":
        (folder / "pages" / f"{pid}.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps({"news/a": {"authors": [], "date": None}, "news/b": {"authors": ["Sports"]}}))
    new.write_text(json.dumps({"news/a": {"authors": ["By Jane Roe"], "date": "2021-03-04"}, "news/b": {"authors": ["Sports"]}}))
    snap = tmp_path / "snap.jsonl.gz"
    records = [{"set": "news", "id": "a", "authors": ["Jane Roe"], "date": "2021-03-04T10:00:00"}, {"set": "news", "id": "b"}]
    snap.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in records).encode()))
    textproxy.compare(old, new, snap, tmp_path, "authors")
    printed = capsys.readouterr().out
    assert "news/a\t[] -> ['By Jane Roe']" in printed and "news/b" not in printed
    assert "agree with the HTML authors: 0 -> 1 of 2; right by truth: 0 -> 1" in printed
    textproxy.compare(old, new, snap, tmp_path, "date")
    assert "agree with the HTML date: 0 -> 1 of 2; right by truth: 0 -> 1" in capsys.readouterr().out
