"""WARC input (``pip install 'decruft[warc]'``): ``decruft warc FILE.warc[.gz]... -o OUT.jsonl``.

Reads response records with warcio, which undoes chunked transfer encoding
and gzip/deflate content encoding (``content_stream()``); keeps HTML by
content type; extracts each page; writes one JSON line per record (the
article's fields plus ``warc_record_id``, ``warc_target_uri``, ``warc_date``
and ``warc_file``).

Resumable: rerun with the same ``-o`` and records already written (by
``WARC-Record-ID``) are skipped; a line cut short by a crash is dropped and
done again. A failed record is reported, written as a line with ``error``,
and never stops the file.

Why warcio: on a 2,000-record gzipped WARC it reads in 0.75 s against
fastwarc's 0.35 s, but it decodes chunked and gzip payloads, which fastwarc
leaves to the caller, and reading is under 3 % of the time extraction takes.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ._errors import DecruftError
from ._extractor import Extractor

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
BATCH = 32


@dataclasses.dataclass(frozen=True, slots=True)
class WarcPage:
    """An HTML response record's payload and its WARC metadata."""

    record_id: str
    uri: str | None
    date: str | None
    file: str
    payload: bytes


@dataclasses.dataclass(slots=True)
class Summary:
    read: int = 0
    extracted: int = 0
    failed: int = 0
    already_done: int = 0
    skipped: Counter[str] = dataclasses.field(default_factory=Counter)


def iter_pages(paths: Iterable[str | os.PathLike[str]], summary: Summary | None = None) -> Iterator[WarcPage]:
    """HTML response records of the WARC files, in order (others counted in ``summary.skipped``)."""
    from warcio.archiveiterator import ArchiveIterator

    summary = summary if summary is not None else Summary()
    for path in paths:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                summary.read += 1
                if record.rec_type != "response":
                    summary.skipped[f"{record.rec_type} record"] += 1
                    continue
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                ctype = ctype.split(";")[0].strip().lower()
                if ctype not in HTML_TYPES:
                    summary.skipped[ctype or "no content type"] += 1
                    continue
                try:
                    payload = record.content_stream().read()
                except Exception as exc:  # a damaged payload: reported, the file goes on
                    summary.skipped[f"unreadable payload ({type(exc).__name__})"] += 1
                    continue
                yield WarcPage(
                    record_id=record.rec_headers.get_header("WARC-Record-ID") or f"{path}:{summary.read}",
                    uri=record.rec_headers.get_header("WARC-Target-URI"),
                    date=record.rec_headers.get_header("WARC-Date"),
                    file=str(path),
                    payload=payload,
                )


def extract_page(page: WarcPage, extractor: Extractor) -> dict[str, Any]:
    """One output record: the article's fields, or ``error``, with the WARC metadata."""
    meta = {"warc_record_id": page.record_id, "warc_target_uri": page.uri, "warc_date": page.date, "warc_file": page.file}
    try:
        return {**meta, **extractor.extract(page.payload, url=page.uri).to_dict()}
    except DecruftError as exc:
        return {**meta, "error": str(exc)}
    except Exception as exc:  # a decruft bug must not stop the file
        return {**meta, "error": f"internal error: {type(exc).__name__}: {exc}"}


def extract_warc(
    paths: Iterable[str | os.PathLike[str]], extractor: Extractor | None = None
) -> Iterator[dict[str, Any]]:
    """The API: one output record per HTML response record, in order."""
    extractor = extractor or Extractor()
    for page in iter_pages(paths):
        yield extract_page(page, extractor)


# ---------------------------------------------------------------------------
# Command line

_WORKER: dict[str, Extractor] = {}


def _init(options: dict[str, Any]) -> None:
    _WORKER["x"] = Extractor(**options)


def _work(batch: list[WarcPage]) -> list[tuple[str, str | None]]:
    """JSON lines of a batch, each with its error message (or ``None``) beside it."""
    out = []
    for page in batch:
        record = extract_page(page, _WORKER["x"])
        error = f"{record['warc_target_uri']}: {record['error']}" if record.get("error") else None
        out.append((json.dumps(record, ensure_ascii=False), error))
    return out


def _batches(pages: Iterator[WarcPage], size: int) -> Iterator[list[WarcPage]]:
    batch: list[WarcPage] = []
    for page in pages:
        batch.append(page)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _done_ids(out: Path) -> set[str]:
    """Record ids already in the output; a trailing partial line (a crash) is cut off."""
    if not out.exists():
        return set()
    done: set[str] = set()
    keep = 0
    with out.open("rb") as fh:
        for line in fh:
            try:
                done.add(json.loads(line)["warc_record_id"])
            except (ValueError, KeyError):
                break
            keep += len(line)
    with out.open("rb+") as fh:
        fh.truncate(keep)
    return done


def warc_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="decruft warc", description="Extract every HTML page of WARC files.")
    parser.add_argument("inputs", nargs="+", metavar="FILE.warc[.gz]")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.jsonl", help="JSON Lines output (appended, resumable)")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N")
    parser.add_argument("--disable", action="append", default=[], metavar="RULE")
    parser.add_argument("--rules", action="append", default=[], metavar="PATH")
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)
    out = Path(args.output)
    missing = [p for p in args.inputs if not Path(p).is_file()]
    if missing:
        sys.stderr.write(f"decruft warc: {missing[0]}: no such file\n")
        return 2
    if out.resolve() in {Path(p).resolve() for p in args.inputs}:
        sys.stderr.write(f"decruft warc: error: refusing to overwrite input file {out}\n")
        return 2
    options = {"disable": [n for d in args.disable for n in d.split(",") if n], "rules": args.rules}
    try:
        Extractor(**options)
    except (ValueError, DecruftError) as exc:
        sys.stderr.write(f"decruft warc: error: {exc}\n")
        return 2
    done = _done_ids(out)
    summary = Summary()
    progress = sys.stderr.isatty() and not args.quiet
    with out.open("a", encoding="utf-8") as fh:
        for lines in _run(_batches(_not_done(iter_pages(args.inputs, summary), done, summary), BATCH), options, args.jobs):
            for line, error in lines:
                fh.write(line + "\n")
                if error is not None:
                    summary.failed += 1
                    sys.stderr.write(f"decruft warc: {error}\n")
                else:
                    summary.extracted += 1
            fh.flush()
            if progress:
                sys.stderr.write(f"\r{summary.read} records read, {summary.extracted} extracted")
    if progress:
        sys.stderr.write("\n")
    skipped = ", ".join(f"{n} {kind}" for kind, n in summary.skipped.most_common()) or "none"
    sys.stderr.write(
        f"decruft warc: {summary.read} records read, {summary.extracted} extracted, "
        f"{summary.already_done} already in {out.name}, {summary.failed} failed, skipped: {skipped}\n"
    )
    return 1 if summary.failed else 0


def _not_done(pages: Iterator[WarcPage], done: set[str], summary: Summary) -> Iterator[WarcPage]:
    """The pages not yet in the output (a resumed run counts the others)."""
    for page in pages:
        if page.record_id in done:
            summary.already_done += 1
        else:
            yield page


def _run(
    batches: Iterator[list[WarcPage]], options: dict[str, Any], jobs: int
) -> Iterator[list[tuple[str, str | None]]]:
    if jobs <= 1:
        _init(options)
        for batch in batches:
            yield _work(batch)
        return
    with concurrent.futures.ProcessPoolExecutor(jobs, initializer=_init, initargs=(options,)) as pool:
        pending: list[concurrent.futures.Future[list[tuple[str, str | None]]]] = []
        for batch in batches:
            pending.append(pool.submit(_work, batch))
            if len(pending) >= jobs * 3:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()
