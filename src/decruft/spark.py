"""Spark (``pip install 'decruft[spark]'``): when one machine is not enough.

    from decruft.spark import extract_warc, extract_frame
    articles = extract_warc(spark, ["s3://bucket/crawl/*.warc.gz"])      # a DataFrame
    articles = extract_frame(pages_df, html_col="html", url_col="url")   # add article columns

Both work partition by partition (``mapPartitions``) with one ``Extractor``
per partition, and give the columns ``url, title, date, authors, text, error``
(plus the WARC record's id and date for ``extract_warc``).
"""

from __future__ import annotations

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


def extract_frame(df: Any, html_col: str = "html", url_col: str = "url", **options: Any) -> Any:
    """``df`` with ``url, title, date, authors, text, error`` computed from ``html_col`` and ``url_col``."""

    def partition(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
        from ._extractor import Extractor

        extractor = Extractor(**options)
        for row in rows:
            url = row[url_col]
            yield (url, *_article_row(extractor, row[html_col], url))

    rdd = df.select(html_col, url_col).rdd.mapPartitions(partition)
    return df.sparkSession.createDataFrame(rdd, _schema((("url", "string"),)))


def extract_warc(spark: Any, paths: Iterable[str], **options: Any) -> Any:
    """Every HTML response record of the WARC files as an article row (one file per task)."""
    paths = list(paths)

    def partition(files: Iterable[str]) -> Iterator[tuple[Any, ...]]:
        from ._extractor import Extractor
        from .warc import iter_pages

        extractor = Extractor(**options)
        for page in iter_pages(list(files)):
            yield (page.uri, page.record_id, page.date, *_article_row(extractor, page.payload, page.uri))

    rdd = spark.sparkContext.parallelize(paths, max(1, len(paths))).mapPartitions(partition)
    return spark.createDataFrame(rdd, _schema((("url", "string"), ("warc_record_id", "string"), ("warc_date", "string"))))
