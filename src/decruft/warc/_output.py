"""Extracting WARC pages and appending them as JSON lines, resumably (in this process or a pool)."""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .._errors import DecruftError
from .._extractor import Extractor
from .._options import ExtractorOptions
from ._read import Summary, WarcPage, decode_payload, iter_pages

#: Pages a worker extracts per task.
BATCH = 32

def extract_page(page: WarcPage, extractor: Extractor) -> dict[str, Any]:
    """One output record: the article's fields, or ``error``, with the WARC metadata."""
    meta = {"warc_record_id": page.record_id, "warc_target_uri": page.uri, "warc_date": page.date, "warc_file": page.file}
    if page.error is not None:
        return {**meta, "error": page.error}
    try:
        return {**meta, **extractor.extract(decode_payload(page.payload, page.charset), url=page.uri).to_dict()}
    except DecruftError as exc:
        return {**meta, "error": str(exc)}
    except Exception as exc:  # a decruft bug must not stop the file
        return {**meta, "error": f"internal error: {type(exc).__name__}: {exc}"}


def extract_warc(
    paths: Iterable[str | os.PathLike[str]], extractor: Extractor | None = None
) -> Iterator[dict[str, Any]]:
    """The API: one output record per HTML response record, in order."""
    extractor = extractor or Extractor()
    for page in iter_pages(paths, max_bytes=extractor.options.max_bytes):
        yield extract_page(page, extractor)


_WORKER: dict[str, Extractor] = {}
_SURROGATES = re.compile("[\ud800-\udfff]")
#: How every output line starts (``extract_page`` puts the WARC fields first).
_LINE_START = b'{"warc_record_id": '


class OutputError(Exception):
    """The output file cannot be used (exit status 2)."""


def _init(options: ExtractorOptions, pool_worker: bool = False) -> None:
    if pool_worker:
        from ..cli import worker_signals

        worker_signals()
    _WORKER["x"] = Extractor(**options)


def _work(batch: list[WarcPage]) -> list[tuple[str, str | None, bool]]:
    """JSON lines of a batch, each with its error message (or ``None``) and whether to write it."""
    out = []
    for page in batch:
        record = extract_page(page, _WORKER["x"])
        error = None
        if record.get("error"):
            error = f"{record['warc_target_uri'] or record['warc_file']}: {record['error']}"
        line = _SURROGATES.sub("\ufffd", json.dumps(record, ensure_ascii=False))
        out.append((line, error, page.final))
    return out


def _batches(pages: Iterator[WarcPage], size: int) -> Iterator[list[WarcPage]]:
    batch: list[WarcPage] = []
    for page in pages:
        batch.append(page)
        if len(batch) >= size or not page.final:  # report a cut record or a damaged file right away
            yield batch
            batch = []
    if batch:
        yield batch


def done_ids(out: Path) -> set[str]:
    """Record ids already in the output.

    A last line without its newline (a crash mid-write) is cut off, to be done again; a
    damaged line elsewhere is reported and kept, and every line after it still counts.
    A non-empty file that holds no decruft record at all is refused (:class:`OutputError`):
    it is not ours to append to.
    """
    if not out.exists() or not out.is_file():
        return set()
    done: set[str] = set()
    damaged: list[int] = []
    keep = 0
    size = 0
    with out.open("rb") as fh:
        for number, line in enumerate(fh, 1):
            size += len(line)
            record_id = _record_id(line)
            if record_id is not None:
                done.add(record_id)
                keep = size
            elif line.strip():
                damaged.append(number)
            else:
                keep = size
    cut = bool(damaged) and damaged[-1] == number and not line.endswith(b"\n") and line.startswith(_LINE_START)
    if cut:
        damaged.pop()  # a line cut short by a crash: dropped below, and the record done again
    if damaged and not done:
        raise OutputError(f"{out} is not a decruft warc output (JSON Lines with warc_record_id); refusing to append to it")
    if cut:
        with out.open("rb+") as fh:
            fh.truncate(keep)
    for n in damaged:
        sys.stderr.write(f"decruft warc: {out}: line {n} is damaged; left as it is\n")
    return done


def _record_id(line: bytes) -> str | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    value = record.get("warc_record_id") if isinstance(record, dict) else None
    return value if isinstance(value, str) else None


def write_pages(out: Path, args: argparse.Namespace, options: ExtractorOptions, done: set[str], summary: Summary,
           progress: bool) -> None:  # fmt: skip
    """Extract and append, a batch at a time; a failed write cuts its partial line back off."""
    pages = _not_done(iter_pages(args.inputs, summary), done, summary)
    with out.open("ab") as fh:
        for lines in _run(_batches(pages, BATCH), options, args.jobs):
            for line, error, final in lines:
                if final:
                    start = fh.tell()
                    try:
                        fh.write(line.encode("utf-8") + b"\n")
                        fh.flush()
                    except OSError:
                        fh.seek(start)
                        fh.truncate(start)
                        raise
                if error is not None:
                    summary.failed += 1
                    sys.stderr.write(f"decruft warc: {error}\n")
                else:
                    summary.extracted += 1
            if progress:
                sys.stderr.write(f"\r{summary.read} records read, {summary.extracted} extracted")


def _not_done(pages: Iterator[WarcPage], done: set[str], summary: Summary) -> Iterator[WarcPage]:
    """The pages not yet in the output (a resumed run counts the others)."""
    for page in pages:
        if page.record_id in done:
            summary.already_done += 1
        else:
            yield page


def _run(
    batches: Iterator[list[WarcPage]], options: ExtractorOptions, jobs: int
) -> Iterator[list[tuple[str, str | None, bool]]]:
    if jobs <= 1:
        _init(options)
        for batch in batches:
            yield _work(batch)
        return
    from ..cli import stop_pool

    pool = concurrent.futures.ProcessPoolExecutor(jobs, initializer=_init, initargs=(options, True))
    try:
        pending: list[concurrent.futures.Future[list[tuple[str, str | None, bool]]]] = []
        for batch in batches:
            pending.append(pool.submit(_work, batch))
            if len(pending) >= jobs * 3:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()
    except BaseException:
        stop_pool(pool)
        raise
    pool.shutdown()
