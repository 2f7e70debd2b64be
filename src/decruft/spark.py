"""Spark (``pip install 'decruft[spark]'``): when one machine is not enough.

    from decruft.spark import extract_warc, extract_frame
    articles = extract_warc(spark, ["s3://bucket/crawl/*.warc.gz"])      # a DataFrame
    articles = extract_frame(pages_df, html_col="html", url_col="url")   # add article columns
    articles = extract_frame_learned(pages_df)      # site memory: learn per host, then extract

Both work partition by partition (``mapPartitions``) with one ``Extractor``
per partition, and give the columns ``url, title, date, authors, text, error``
(plus the WARC record's id and date for ``extract_warc``).

On a local master both first check that the Python Spark starts for its workers
can import decruft, and say what to do when it cannot (set ``PYSPARK_PYTHON``):
without that, the failure is a long Java trace naming neither decruft nor the fix.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from typing import Any

ARTICLE_FIELDS = (("title", "string"), ("date", "string"), ("authors", "array<string>"), ("text", "string"),
                  ("error", "string"))  # fmt: skip


def _schema(extra: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"{name} {kind}" for name, kind in (*extra, *ARTICLE_FIELDS))


def _article_row(extractor: Any, html: Any, url: str | None) -> tuple[Any, ...]:
    from ._errors import DecruftError

    if html is None:
        return (None, None, [], "", "no page")
    if isinstance(html, bytearray):
        html = bytes(html)
    try:
        a = extractor.extract(html, url=url)
    except DecruftError as exc:
        return (None, None, [], "", str(exc))
    return (a.title, a.date.isoformat() if a.date else None, list(a.authors), a.text, None)


class WorkerPythonError(RuntimeError):
    """Spark's worker Python cannot import decruft."""


def check_workers(spark: Any) -> None:
    """On a local master, raise :class:`WorkerPythonError` (saying what to do) when the Python
    that Spark starts for its workers cannot import decruft. Clusters are left alone: there
    the executors' Python is whatever ``--archives`` and ``spark.pyspark.python`` made it."""
    sc = spark.sparkContext
    if not str(getattr(sc, "master", "")).startswith("local"):
        return
    python = str(getattr(sc, "pythonExec", "") or "python3")
    problem = _import_problem(python)
    if problem is not None:
        raise WorkerPythonError(
            f"Spark's workers run {python!r}, which cannot import decruft ({problem}). Start Spark with the "
            f"Python that has decruft: export PYSPARK_PYTHON={sys.executable} (with spark-submit from a "
            f"virtualenv that is not activated: PYSPARK_PYTHON=.venv/bin/python .venv/bin/spark-submit ...)"
        )


@functools.lru_cache(maxsize=8)
def _import_problem(python: str) -> str | None:
    """Why ``python`` cannot import decruft and its dependencies, or None when it can."""
    try:
        run = subprocess.run([python, "-c", "import decruft._extractor"], capture_output=True, text=True,
                             timeout=60, env=os.environ.copy())  # fmt: skip
    except (OSError, subprocess.SubprocessError) as exc:
        return f"{type(exc).__name__}: {exc}"
    if run.returncode == 0:
        return None
    lines = run.stderr.strip().splitlines()
    return lines[-1] if lines else f"exit status {run.returncode}"


def extract_frame(df: Any, html_col: str = "html", url_col: str = "url", **options: Any) -> Any:
    """``df`` with ``url, title, date, authors, text, error`` computed from ``html_col`` and ``url_col``."""
    check_workers(df.sparkSession)

    def partition(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
        from ._extractor import Extractor

        extractor = Extractor(**options)
        for row in rows:
            url = row[url_col]
            yield (url, *_article_row(extractor, row[html_col], url))

    rdd = df.select(html_col, url_col).rdd.mapPartitions(partition)
    return df.sparkSession.createDataFrame(rdd, _schema((("url", "string"),)))


def extract_warc(spark: Any, paths: Iterable[str], **options: Any) -> Any:
    """Every HTML response record of the WARC files as an article row (one file per task); a
    record cut short, or a damaged file, is a row with ``error``."""
    paths = list(paths)
    check_workers(spark)

    def partition(files: Iterable[str]) -> Iterator[tuple[Any, ...]]:
        from ._extractor import Extractor
        from .warc import iter_pages

        from .warc import decode_payload

        extractor = Extractor(**options)
        for page in iter_pages(list(files), max_bytes=extractor.options.max_bytes):
            if page.error is not None:
                yield (page.uri, page.record_id, page.date, None, None, [], "", page.error)
                continue
            html = decode_payload(page.payload, page.charset)
            yield (page.uri, page.record_id, page.date, *_article_row(extractor, html, page.uri))

    rdd = spark.sparkContext.parallelize(paths, max(1, len(paths))).mapPartitions(partition)
    return spark.createDataFrame(rdd, _schema((("url", "string"), ("warc_record_id", "string"), ("warc_date", "string"))))


def _host_key(url: Any, html: Any) -> str:
    from .sitememory import host_of

    text = html.decode("utf-8", "replace") if isinstance(html, (bytes, bytearray)) else html
    return host_of(url, text[:200_000] if isinstance(text, str) else None) or ""


def extract_frame_learned(df: Any, html_col: str = "html", url_col: str = "url", **options: Any) -> Any:
    """:func:`extract_frame` with site memory: the pages are grouped by host (one group per
    task), each host's template is learned from all its pages in a first pass over the group,
    and its pages are extracted with it in a second. Hosts with fewer than 3 pages are
    extracted as usual. Removals by site memory are recorded as ``site-memory``."""
    check_workers(df.sparkSession)

    def by_host(row: Any) -> tuple[str, tuple[Any, Any]]:
        return (_host_key(row[url_col], row[html_col]), (row[url_col], row[html_col]))

    def host_partition(groups: Iterable[tuple[str, Iterable[tuple[Any, Any]]]]) -> Iterator[tuple[Any, ...]]:
        from ._extractor import Extractor
        from .sitememory import Learner, SiteMemory

        plain = Extractor(**options)
        for _host, rows in groups:
            rows = list(rows)
            learner = Learner()
            for url, html in rows:
                if html is not None:
                    learner.add(bytes(html) if isinstance(html, bytearray) else html, url=url)
            memory = SiteMemory.from_learner(learner, tests=False)
            extractor = Extractor(site_memory=memory, **options) if len(memory) else plain
            for url, html in rows:
                yield (url, *_article_row(extractor, html, url))

    rdd = df.select(html_col, url_col).rdd.map(by_host).groupByKey().mapPartitions(host_partition)
    return df.sparkSession.createDataFrame(rdd, _schema((("url", "string"),)))
