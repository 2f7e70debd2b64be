"""WARC input (``pip install 'decruft[warc]'``): ``decruft warc FILE.warc[.gz]... -o OUT.jsonl``.

Reads response records with warcio, which undoes chunked transfer encoding
and gzip/deflate content encoding (``content_stream()``); keeps HTML by
content type; extracts each page; writes one JSON line per record (the
article's fields plus ``warc_record_id``, ``warc_target_uri``, ``warc_date``
and ``warc_file``).

Resumable: rerun with the same ``-o`` and records already written (by
``WARC-Record-ID``) are skipped; a last line cut short by a crash is dropped and
done again, a damaged line elsewhere is reported and left alone, and an output
file that is not decruft's JSON Lines is refused rather than appended to. A failed
record is reported, written as a line with ``error``, and never stops the file.
A record cut short (a truncated or still-downloading WARC) is reported and not
written, so that a rerun on the whole file does it; a file that is not a WARC, or
is damaged past repair, is reported and the next file goes on. Payloads are read
(and inflated) to at most the extractor's ``max_bytes`` + 1 bytes, and the HTTP
Content-Type charset is used to decode the page, as a browser would.

Why warcio: on a 2,000-record gzipped WARC it reads in 0.75 s against
fastwarc's 0.35 s, but it decodes chunked and gzip payloads, which fastwarc
leaves to the caller, and reading is under 3 % of the time extraction takes.
"""

from __future__ import annotations

import argparse
import codecs
import concurrent.futures
import dataclasses
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ._errors import DecruftError
from ._extractor import Extractor
from ._options import DEFAULT_MAX_BYTES

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
BATCH = 32
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.I)
#: HTTP charsets that browsers read as windows-1252 (WHATWG), and that servers send by default:
#: a page that is valid UTF-8 under such a label is taken as UTF-8.
_DEFAULT_LABELS = {"latin-1", "ascii", "cp1252", "iso8859-1"}
#: Never honoured (a script-injection vector browsers dropped), left to the page's own decoding.
_REFUSED_CODECS = {"utf-7"}


@dataclasses.dataclass(frozen=True, slots=True)
class WarcPage:
    """An HTML response record's payload and its WARC metadata."""

    record_id: str
    uri: str | None
    date: str | None
    file: str
    payload: bytes
    charset: str | None = None  # from the HTTP Content-Type
    error: str | None = None  # the record (or file) could not be read: no payload
    final: bool = True  # False: do not write it; a rerun should try again (a cut-short record)


@dataclasses.dataclass(slots=True)
class Summary:
    read: int = 0
    extracted: int = 0
    failed: int = 0
    already_done: int = 0
    skipped: Counter[str] = dataclasses.field(default_factory=Counter)


def iter_pages(
    paths: Iterable[str | os.PathLike[str]], summary: Summary | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[WarcPage]:
    """HTML response records of the WARC files, in order (others counted in ``summary.skipped``).

    A record cut short, or a file that is not a WARC or breaks off, comes as a page with
    ``error`` set (and ``final`` False for what a rerun may find whole); the next file goes on.
    """
    from warcio.archiveiterator import ArchiveIterator

    summary = summary if summary is not None else Summary()
    for path in paths:
        try:
            with open(path, "rb") as fh:
                records = ArchiveIterator(fh)
                while True:
                    offset = fh.tell()
                    try:
                        record = next(records)
                    except StopIteration:
                        break
                    except Exception as exc:  # not a WARC, a wrong Content-Length, a broken gzip member
                        yield _file_error(path, f"not a WARC file, or damaged near byte {offset:,} ({_short(exc)})")
                        break
                    damage = _damage(record)
                    if damage is not None:
                        yield _file_error(path, f"not a WARC file, or damaged near byte {offset:,} ({damage})")
                        break
                    summary.read += 1
                    page = _page(record, path, summary, max_bytes)
                    if page is not None:
                        yield page
        except OSError as exc:
            yield _file_error(path, f"cannot read ({exc.strerror or exc})")


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:80]}" if text else type(exc).__name__


def _file_error(path: str | os.PathLike[str], message: str) -> WarcPage:
    return WarcPage(record_id=f"{os.fspath(path)}:damaged", uri=None, date=None, file=str(path), payload=b"",
                    error=message, final=False)  # fmt: skip


def _page(record: Any, path: str | os.PathLike[str], summary: Summary, max_bytes: int) -> WarcPage | None:
    """The record as a page, or None (counted in ``summary.skipped``) when it is not an HTML response."""
    if record.rec_type != "response":
        summary.skipped[f"{record.rec_type} record"] += 1
        return None
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
    ctype = content_type.split(";")[0].strip().lower()
    if ctype not in HTML_TYPES:
        summary.skipped[ctype or "no content type"] += 1
        return None
    record_id = record.rec_headers.get_header("WARC-Record-ID") or f"{path}:{summary.read}"
    meta = {"record_id": record_id, "uri": record.rec_headers.get_header("WARC-Target-URI"),
            "date": record.rec_headers.get_header("WARC-Date"), "file": str(path)}  # fmt: skip
    error, final = None, True
    try:
        payload = _read_at_most(record.content_stream(), max_bytes + 1)  # a gzip bomb inflates no further
    except Exception as exc:  # a damaged payload: reported, the file goes on
        payload, error = b"", f"unreadable payload ({_short(exc)})"
    if _cut_short(record):
        payload, error, final = b"", "the record is cut short (a truncated WARC file?); not written, a rerun does it", False
    match = _CHARSET.search(content_type)
    return WarcPage(**meta, payload=payload, charset=match.group(1) if match else None, error=error, final=final)


def _read_at_most(stream: Any, size: int) -> bytes:
    """Up to ``size`` bytes of ``stream`` (whose ``read(n)`` may return fewer before its end)."""
    chunks: list[bytes] = []
    while size > 0:
        chunk = stream.read(min(size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _damage(record: Any) -> str | None:
    """Why a record shows the file is no WARC (or no ARC) at all, or None."""
    if record.rec_type is None:
        return "a record without a WARC-Type"
    if record.format == "arc" and "://" not in (record.rec_headers.get_header("WARC-Target-URI") or ""):
        return "neither WARC nor ARC headers"
    return None


def _cut_short(record: Any) -> bool:
    """Whether the file ended before the record's Content-Length (reads the rest of its raw bytes)."""
    raw = record.raw_stream
    try:
        while raw.read(1 << 16):
            pass
    except Exception:
        return True
    return bool(getattr(raw, "limit", 0))


def decode_payload(payload: bytes, charset: str | None) -> bytes | str:
    """The page decoded with its HTTP charset when that charset is known and fits the bytes;
    else the bytes, for the extractor's own detection (BOM, ``<meta charset>``, sniffing)."""
    if not charset or payload[:2] in (b"\xff\xfe", b"\xfe\xff") or payload[:3] == b"\xef\xbb\xbf":
        return payload
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return payload
    if codec == "utf-8" or codec in _REFUSED_CODECS:
        return payload
    if codec in _DEFAULT_LABELS:
        try:
            payload.decode("utf-8")
            return payload  # valid UTF-8 under a default label: the label is the server's default
        except UnicodeDecodeError:
            codec = "cp1252"
    try:
        return payload.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return payload


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


# ---------------------------------------------------------------------------
# Command line

_WORKER: dict[str, Extractor] = {}
_SURROGATES = re.compile("[\ud800-\udfff]")
#: How every output line starts (``extract_page`` puts the WARC fields first).
_LINE_START = b'{"warc_record_id": '


class OutputError(Exception):
    """The output file cannot be used (exit status 2)."""


def _init(options: dict[str, Any], pool_worker: bool = False) -> None:
    if pool_worker:
        from .cli import worker_signals

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


def _done_ids(out: Path) -> set[str]:
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


def warc_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="decruft warc", description="Extract every HTML page of WARC files.")
    parser.add_argument("inputs", nargs="+", metavar="FILE.warc[.gz]")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.jsonl", help="JSON Lines output (appended, resumable)")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N")
    parser.add_argument("--disable", action="append", default=[], metavar="RULE")
    parser.add_argument("--rules", action="append", default=[], metavar="PATH")
    parser.add_argument(
        "--learn", action="store_true",
        help="two passes: learn each host's template from all its pages first (site memory), then extract",
    )  # fmt: skip
    parser.add_argument("--save-rules", metavar="DIR", help="with --learn: also write the learned rule files here")
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_intermixed_args(argv)  # FILE... -o OUT FILE... works too
    try:
        import warcio  # noqa: F401
    except ImportError:
        sys.stderr.write("decruft warc: error: needs warcio, which is not installed: pip install 'decruft[warc]'\n")
        return 2
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
        done = _done_ids(out)
    except (ValueError, DecruftError, OutputError) as exc:
        sys.stderr.write(f"decruft warc: error: {exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"decruft warc: error: cannot read {out}: {exc.strerror or exc}\n")
        return 2
    summary = Summary()
    progress = sys.stderr.isatty() and not args.quiet
    learned_dir = None
    if args.learn:
        import tempfile

        learned_dir = tempfile.TemporaryDirectory(prefix="decruft-learn-")
        hosts = learn_warcs(args.inputs, args.save_rules or learned_dir.name)
        options["site_memory"] = [args.save_rules or learned_dir.name]
        if not args.quiet:
            sys.stderr.write(f"decruft warc: learned the template of {hosts} host(s) (first pass)\n")
    try:
        _write(out, args, options, done, summary, progress)
    except OSError as exc:
        sys.stderr.write(f"decruft warc: error: cannot write {out}: {exc.strerror or exc}; a rerun resumes\n")
        summary.failed += 1
    if learned_dir is not None:
        learned_dir.cleanup()
    if progress:
        sys.stderr.write("\n")
    skipped = ", ".join(f"{n} {kind}" for kind, n in summary.skipped.most_common()) or "none"
    sys.stderr.write(
        f"decruft warc: {summary.read} records read, {summary.extracted} extracted, "
        f"{summary.already_done} already in {out.name}, {summary.failed} failed, skipped: {skipped}\n"
    )
    return 1 if summary.failed else 0


def learn_warcs(paths: Iterable[str | os.PathLike[str]], folder: str | os.PathLike[str]) -> int:
    """Site memory's first pass: learn every host's template from the WARC files' pages and
    write the rule files into ``folder``; returns how many hosts have one."""
    from .sitememory import Learner, SiteMemory

    learner = Learner()
    for page in iter_pages(paths):
        if page.error is None:
            learner.add(decode_payload(page.payload, page.charset), url=page.uri)
    memory = SiteMemory.from_learner(learner, folder)
    memory.save(folder)
    return len(memory)


def _write(out: Path, args: argparse.Namespace, options: dict[str, Any], done: set[str], summary: Summary,
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
    batches: Iterator[list[WarcPage]], options: dict[str, Any], jobs: int
) -> Iterator[list[tuple[str, str | None, bool]]]:
    if jobs <= 1:
        _init(options)
        for batch in batches:
            yield _work(batch)
        return
    from .cli import stop_pool

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
