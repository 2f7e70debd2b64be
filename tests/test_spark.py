"""decruft.spark in local mode gives the same articles as the CLI on the same WARC."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("warcio")
if shutil.which("java") is None:
    pytest.skip("no Java runtime for Spark", allow_module_level=True)


def test_spark_matches_cli(spark, tmp_path: Path, shared: Path) -> None:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.warcs import build

    warc = tmp_path / "pages.warc.gz"
    build(warc, 40)
    out = tmp_path / "cli.jsonl"
    cli = subprocess.run([sys.executable, "-m", "decruft", "warc", str(warc), "-o", str(out)], capture_output=True,
                         text=True, timeout=300)  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    expected = {r["warc_record_id"]: r for r in map(json.loads, out.read_text().splitlines())}
    from decruft.spark import extract_frame, extract_warc

    rows = {r["warc_record_id"]: r.asDict() for r in extract_warc(spark, [str(warc)]).collect()}
    assert set(rows) == set(expected) and len(rows) == 39
    for rid, row in rows.items():
        want = expected[rid]
        assert (row["title"], row["date"], list(row["authors"]), row["text"]) == (
            want["title"], want["date"], want["authors"], want["text"]
        )  # fmt: skip
    frame = spark.createDataFrame([(b"<html><body><h1>A headline for the test</h1><p>" + b"Words of text, here. " * 20
                                    + b"</p></body></html>", "https://example.com/a")], "html binary, url string")  # fmt: skip
    got = extract_frame(frame, "html", "url").collect()[0]
    assert got["url"] == "https://example.com/a" and "Words of text" in got["text"] and got["error"] is None
