"""Throughput at crawl scale: ``python -m bench.scale [--records 2000]``.

Builds two WARC files of N records in all from the dataset pages (bench/warcs.py, in a
temporary directory), then times: the CLI over the same pages as files with
``--jobs 1`` and ``--jobs 2``, ``decruft warc`` with ``--jobs 1`` and ``2``,
and the Spark job in ``local[2]``. Pages per second counts HTML records.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .warcs import build

ROOT = Path(__file__).resolve().parent.parent


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale")
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--no-spark", action="store_true")
    args = parser.parse_args(argv)
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        warcs = [t / "crawl-1.warc.gz", t / "crawl-2.warc.gz"]  # crawls come in parts: Spark runs one task a part
        html = sum(build(w, args.records // 2)["html"] for w in warcs)
        pages = t / "pages"
        pages.mkdir()
        from decruft.warc import iter_pages

        for i, page in enumerate(iter_pages(warcs)):
            (pages / f"{i:05d}.html").write_bytes(page.payload)
        rows = []
        for jobs in (1, 2):
            s = _timed([py, "-m", "decruft", "-q", "-f", "json", "--jobs", str(jobs), "-o", str(t / f"cli{jobs}.jsonl"), str(pages)])
            rows.append((f"CLI on files, --jobs {jobs}", s))
        for jobs in (1, 2):
            s = _timed([py, "-m", "decruft", "warc", "-q", *map(str, warcs), "-o", str(t / f"warc{jobs}.jsonl"), "--jobs", str(jobs)])
            rows.append((f"decruft warc, --jobs {jobs}", s))
        if not args.no_spark:
            code = (
                "import sys; from pyspark.sql import SparkSession; from decruft.spark import extract_warc;"
                "s = SparkSession.builder.master('local[2]').config('spark.ui.enabled','false')"
                ".config('spark.driver.host','127.0.0.1').getOrCreate();"
                f"n = extract_warc(s, {[str(w) for w in warcs]!r}).count(); s.stop(); print(n)"
            )
            env = dict(os.environ, PYSPARK_PYTHON=py)
            start = time.perf_counter()
            subprocess.run([py, "-c", code], check=True, capture_output=True, env=env)
            rows.append(("Spark local[2] (two WARC files: two tasks; includes JVM start)", time.perf_counter() - start))
    print(f"{html} HTML records\n\n| path | seconds | pages/s |\n|---|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.1f} | {html / seconds:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
