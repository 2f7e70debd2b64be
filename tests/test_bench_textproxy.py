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
