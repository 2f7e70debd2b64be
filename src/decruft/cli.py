"""The ``decruft`` command.

    decruft [options] FILE|DIR|- ...
    decruft rules check|test PATH...      (site rule files)
    decruft warc FILE.warc[.gz]... -o OUT.jsonl

Exit status: 0 every input extracted, 1 some inputs failed (each reported on
one stderr line), 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import dataclasses
import json
import os
import re
import signal
import stat
import sys
import tempfile
import time
import traceback
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from ._errors import DecruftError
from ._extractor import SITE_MEMORY, STEPS, Extractor, skip_preload
from ._options import DEFAULT_MAX_BYTES
from .rules import BUILTIN_RULES

FORMATS = {"text": ".txt", "markdown": ".md", "json": ".json", "html": ".html"}
#: Files a directory walk picks up (plus files without an extension).
PAGE_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".txt", ".php", ".asp", ".aspx", ".jsp", ".gz"}
#: Show a progress bar from this many inputs (when stderr is a terminal).
PROGRESS_FROM = 20

USAGE = """decruft [options] FILE|DIR|- ...
       decruft warc FILE.warc[.gz]... -o OUT.jsonl    (pip install 'decruft[warc]'; see decruft warc -h)
       decruft rules check|test PATH...              (site rule files; see decruft rules -h)
       decruft learn PAGES... -o site-rules/         (learn each site's template; see decruft learn -h)"""

EPILOG = """examples:
  decruft page.html                      title, date, authors, then the text
  decruft --explain page.html            also list every removed block and its rule (on stderr)
  decruft -f json pages/ > out.jsonl     a folder, one JSON object per line
  decruft -f markdown -o out/ pages/     one .md file per page in out/
  curl -s URL | decruft - --url URL      read stdin; the URL is metadata only
  decruft --disable comments page.html   keep comment sections
  decruft --list-rules                   the rules and what they remove
  decruft warc crawl.warc.gz -o out.jsonl  every HTML page of WARC files, resumable
  decruft rules check site-rules/        check site rule files
  decruft learn pages/ -o site-rules/    learn each site's template from its pages
  decruft --site-memory site-rules/ pages/   extract with what was learned

"rules", "warc" and "learn" as the first argument are always the subcommands; to read
a page file literally named rules or warc, write ./rules or ./warc.

exit status: 0 all inputs extracted, 1 some inputs failed, 2 usage or configuration error
"""


class UsageError(Exception):
    """A mistake in the command line or configuration (exit status 2)."""


@dataclasses.dataclass(frozen=True, slots=True)
class Job:
    """One input to extract: where it comes from and how to name its output."""

    label: str  # as shown to the user
    path: str | None  # None for stdin
    name: str  # output file stem


@dataclasses.dataclass(slots=True)
class Result:
    job: Job
    article: dict[str, Any] | None = None
    error: str | None = None


# ---------------------------------------------------------------------------
# Arguments


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="decruft",
        usage=USAGE,
        description="Turn scraped news pages (HTML, or text scrapes) into clean articles.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="*", metavar="FILE|DIR|-", help="pages to read; '-' reads stdin")
    parser.add_argument("-f", "--format", choices=sorted(FORMATS), default="text", help="output format (default: text)")
    parser.add_argument(
        "-o", "--output", metavar="OUT",
        help="write to this file, or one file per input into this directory (a path ending in '/' or an "
        "existing directory)",
    )  # fmt: skip
    parser.add_argument("--url", help="the page's URL (metadata only; nothing is fetched)")
    parser.add_argument(
        "--disable", action="append", default=[], metavar="RULE",
        help="switch a rule off (repeatable, or comma-separated); see --list-rules",
    )  # fmt: skip
    parser.add_argument(
        "--input-format", choices=["auto", "html", "text"], default="auto",
        help="'text' for scrapes whose HTML is gone (default: detect)",
    )  # fmt: skip
    parser.add_argument("--rules", action="append", default=[], metavar="PATH", help="site rule file or folder (repeatable)")
    parser.add_argument(
        "--site-memory", action="append", default=[], metavar="PATH",
        help="rule files or folder written by 'decruft learn', applied as site memory (repeatable)",
    )  # fmt: skip
    parser.add_argument("--plugins", action="store_true", help="add the installed rule plugins (entry points decruft.rules)")
    parser.add_argument("--explain", action="store_true", help="list each removed block and the rule that removed it (stderr)")
    parser.add_argument("--explain-html", metavar="OUT.html", help="write the page with removed blocks outlined and labelled")
    parser.add_argument("--no-fallback", action="store_true", help="never let trafilatura stand in for a thin result")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    parser.add_argument("--list-rules", action="store_true", help="list every name --disable takes and exit")
    parser.add_argument(
        "-q", "--quiet", action="store_true",
        help="no progress bar, no closing summary (both only appear when stderr is a terminal)",
    )  # fmt: skip
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("--version", action="version", version=f"decruft {__version__}")
    return parser


def extractor_options(args: argparse.Namespace) -> dict[str, Any]:
    disable = [name.strip() for item in args.disable for name in item.split(",") if name.strip()]
    return {
        "disable": disable,
        "input_format": args.input_format,
        "fallback": not args.no_fallback,
        "rules": list(args.rules),
        "plugins": args.plugins,
        **({"site_memory": list(args.site_memory)} if args.site_memory else {}),
    }


# ---------------------------------------------------------------------------
# Inputs


def gather(inputs: Sequence[str], problems: list[str] | None = None) -> list[Job]:
    """Expand directories (recursively, page-like files, sorted) and check that files exist.

    A walk stays inside its folder: a symlink leading out of it is skipped (with one note
    on stderr per folder). A sub-folder that cannot be read is added to ``problems``
    (one message each), so that the run can fail instead of silently missing pages.
    """
    jobs: list[Job] = []
    for item in inputs:
        if item == "-":
            jobs.append(Job("<stdin>", None, "stdin"))
            continue
        path = Path(item)
        if path.is_dir():
            for p in _walk(path, problems if problems is not None else []):
                rel = p.relative_to(path)
                jobs.append(Job(str(p), str(p), _stem("__".join(rel.parts))))
        else:
            jobs.append(Job(item, item, _stem(path.name)))
    return jobs


def _walk(root: Path, problems: list[str]) -> list[Path]:
    """Page files under ``root``, sorted; a symlinked file is kept only when it is inside
    ``root``; symlinked folders are not followed (as before, with ``Path.rglob``)."""
    top = root.resolve()
    found: list[Path] = []
    outside = 0

    def failed(exc: OSError) -> None:
        problems.append(f"{exc.filename}: cannot read folder ({exc.strerror or exc})")

    for folder, dirs, files in os.walk(root, onerror=failed):
        base = Path(folder)
        for name in files:
            p = base / name
            if not _is_page(p):
                continue
            if p.is_symlink():
                target = p.resolve()
                if not target.is_relative_to(top) or not target.is_file():
                    outside += 1
                    continue
            elif not p.is_file():
                continue
            found.append(p)
    if outside:
        sys.stderr.write(f"decruft: {root}: skipped {outside} symlink(s) leading out of the folder or to no file\n")
    return sorted(found)


def _is_page(path: Path) -> bool:
    return not path.name.startswith(".") and (path.suffix.lower() in PAGE_SUFFIXES or not path.suffix)


def _stem(name: str) -> str:
    for suffix in (".gz", ".html", ".htm", ".xhtml", ".shtml", ".txt", ".php", ".aspx", ".asp", ".jsp"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return name


def read_input(job: Job, limit: int = DEFAULT_MAX_BYTES) -> bytes:
    """The input's bytes, gzip undone (from a file or stdin); never more than ``limit + 1``
    bytes, read or inflated, so that the extractor's size check sees an oversized input
    without a bomb being inflated whole."""
    if job.path is None:
        data = sys.stdin.buffer.read(limit + 1)
    else:
        with open(job.path, "rb") as fh:
            data = fh.read(limit + 1)
    if data[:2] == b"\x1f\x8b":
        return gunzip(data, limit)
    return data


def gunzip(data: bytes, limit: int) -> bytes:
    """Inflate gzip ``data`` (every member) to at most ``limit + 1`` bytes."""
    out: list[bytes] = []
    size = 0
    while data and size <= limit:
        inflater = zlib.decompressobj(wbits=31)
        try:
            chunk = inflater.decompress(data, limit + 1 - size)
        except zlib.error as exc:
            raise DecruftError(f"cannot decompress gzip data ({exc})") from None
        out.append(chunk)
        size += len(chunk)
        if not inflater.eof:
            if size > limit:
                break
            raise DecruftError("cannot decompress gzip data (the data is cut short)")
        data = inflater.unused_data
        if data[:2] != b"\x1f\x8b":
            break  # trailing bytes after the last member are ignored, as gzip(1) does
    return b"".join(out)


# ---------------------------------------------------------------------------
# Extraction (runs in worker processes with --jobs)

_WORKER: dict[str, Any] = {}


def _init_worker(options: dict[str, Any], pool_worker: bool = False) -> None:
    if pool_worker:
        worker_signals()
    _WORKER["extractor"] = Extractor(**options)


def worker_signals() -> None:
    """In a pool worker: the parent stops its workers itself (see :func:`stop_pool`), so Ctrl-C
    is the parent's business, and SIGTERM simply ends the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def extract_job(job: Job, url: str | None = None, debug: bool = False) -> Result:
    """Read and extract one input; never raises for a bad input."""
    extractor: Extractor = _WORKER["extractor"]
    try:
        data = read_input(job)
        article = extractor.extract(data, url=url)
    except DecruftError as exc:
        return Result(job, error=str(exc))
    except OSError as exc:
        return Result(job, error=exc.strerror or str(exc))
    except Exception as exc:  # a bug in decruft: report it on one line, keep going with the rest
        detail = traceback.format_exc() if debug else f"{type(exc).__name__}: {exc}"
        return Result(job, error=f"internal error: {detail}")
    return Result(job, article=article.to_dict())


def run_jobs(jobs: list[Job], options: dict[str, Any], workers: int, url: str | None, debug: bool) -> Iterator[Result]:
    """Results in input order, from this process or a pool of ``workers``."""
    if workers <= 1 or len(jobs) <= 1:
        _init_worker(options)
        for job in jobs:
            yield extract_job(job, url, debug)
        return
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(options, True))
    try:
        chunk = max(1, min(16, len(jobs) // (workers * 8)))
        yield from pool.map(extract_job, jobs, [url] * len(jobs), [debug] * len(jobs), chunksize=chunk)
    except BaseException:
        stop_pool(pool)
        raise
    pool.shutdown()


def stop_pool(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """End a pool's workers now (an interrupt, SIGTERM, or an error in the parent), without
    waiting for the pages they are on."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(5)
    _KILLED_POOL.append(True)


#: Set when a pool's workers were killed: its manager thread may wait forever on a result a
#: worker was writing, and Python's exit would wait for that thread (see :func:`_stopped`).
_KILLED_POOL: list[bool] = []


def _stopped(status: int) -> int:
    """The exit status after an interrupt; when workers were killed, exit at once (after
    flushing), since a normal exit would hang joining the pool's manager thread."""
    if _KILLED_POOL:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(status)
    return status


class Terminated(Exception):
    """SIGTERM arrived: stop like Ctrl-C, workers included."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated()


def handle_sigterm() -> None:
    """Turn SIGTERM into :class:`Terminated`, so that ``finally`` blocks stop workers and keep
    finished output (only possible from the main thread)."""
    try:
        signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread (main() called from a library)
        pass


# ---------------------------------------------------------------------------
# Output


def render(article: dict[str, Any], fmt: str, label: str) -> str:
    """One article in the chosen format (JSON includes ``path``, on one line)."""
    if fmt == "json":
        record = {"path": label, **article}
        return json.dumps(record, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        from ._render import md_escape

        head = f"# {md_escape(article['title'])}\n\n" if article.get("title") else ""
        return head + _byline(article, "*", md_escape) + article["markdown"].rstrip() + "\n"
    if fmt == "html":
        from html import escape

        title = escape(article.get("title") or "")
        return (
            f'<!DOCTYPE html>\n<html lang="{escape(article.get("lang") or "")}">\n<head><meta charset="utf-8">'
            f"<title>{title}</title></head>\n<body>\n{article['html']}\n</body>\n</html>\n"
        )
    head = f"{article['title']}\n" if article.get("title") else ""
    return head + _byline(article, "") + article["text"].rstrip() + "\n"


def _byline(article: dict[str, Any], mark: str, escape: Callable[[str], str] = str) -> str:
    parts = [p for p in (article.get("date"), ", ".join(article.get("authors") or [])) if p]
    line = f"{mark}{escape(' · '.join(parts))}{mark}\n\n" if parts else ""
    return ("\n" if article.get("title") and not line else "") + line


_SURROGATES = re.compile("[\ud800-\udfff]")


def encode(text: str) -> bytes:
    """UTF-8 bytes of output text; a lone surrogate (an undecodable byte in a file name, a
    broken UTF-7 or UTF-16 page) becomes U+FFFD instead of failing the write."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATES.sub("\ufffd", text).encode("utf-8")


def new_file_mode(existing: Path | None = None) -> int:
    """The mode a new output file gets: an existing target's, else 0666 less the umask
    (as a shell redirection would make it)."""
    if existing is not None:
        try:
            return stat.S_IMODE(existing.stat().st_mode)
        except OSError:
            pass
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def atomic_write(path: Path, text: str) -> None:
    """Write via a temporary file in the same directory, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = new_file_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(encode(text))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


class Sink:
    """Where finished articles go: stdout, one file (``-o FILE``) or a folder (``-o DIR/``).

    Each article is written as soon as it is done, so a crash, Ctrl-C or SIGTERM keeps
    every finished one. A write that fails (disk full, file too large) is reported for
    that input and the run goes on; a partly written article is cut back off a file.
    """

    def __init__(self, single: Path | None, directory: Path | None, fmt: str) -> None:
        self.directory, self.fmt = directory, fmt
        self.path = single
        self.fd: int | None = None
        self.tmp: str | None = None
        if single is None and directory is None:
            sys.stdout.flush()
            try:
                self.fd = sys.stdout.fileno()
            except (AttributeError, OSError, ValueError):  # a replaced sys.stdout (tests, notebooks)
                self.fd = None
        elif single is not None:
            self._open(single)

    def _open(self, path: Path) -> None:
        try:
            special = path.exists() and not path.is_file()
        except OSError:
            special = False
        if special:  # /dev/null, /dev/stdout, a FIFO: write to it, never rename over it
            self.fd = os.open(path, os.O_WRONLY | os.O_APPEND)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = new_file_mode(path if path.exists() else None)
        self.fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.fchmod(self.fd, mode)

    def put(self, result: Result, text: str) -> str | None:
        """Write one article; returns what went wrong, or None."""
        try:
            if self.directory is not None:
                target = self.directory / (result.job.name + FORMATS[self.fmt])
                atomic_write(target, text)
            elif self.fd is None:
                sys.stdout.write(_SURROGATES.sub("\ufffd", text))
                sys.stdout.flush()
            else:
                self._append(encode(text))
        except BrokenPipeError:
            raise
        except OSError as exc:
            where = exc.filename or (self.path if self.path is not None else "standard output")
            return f"cannot write {where}: {exc.strerror or exc}"
        return None

    def _append(self, data: bytes) -> None:
        assert self.fd is not None
        start = os.lseek(self.fd, 0, os.SEEK_CUR) if self.tmp is not None else None
        try:
            _write_all(self.fd, data)
        except OSError:
            if start is not None:  # cut the partial article back off
                os.ftruncate(self.fd, start)
                os.lseek(self.fd, start, os.SEEK_SET)
            raise

    def close(self) -> None:
        """Put the file in place (with whatever was finished, even after an interrupt)."""
        if self.path is None or self.fd is None:
            return
        fd, self.fd = self.fd, None
        os.close(fd)
        if self.tmp is not None:
            os.replace(self.tmp, self.path)


def output_plan(args: argparse.Namespace, jobs: list[Job]) -> tuple[Path | None, Path | None]:
    """``(single_file, directory)`` for ``-o``; refuses any target that is an input."""
    if not args.output:
        return None, None
    out = Path(args.output)
    to_dir = args.output.endswith(("/", os.sep)) or out.is_dir()
    inputs = {Path(j.path).resolve() for j in jobs if j.path is not None}
    if to_dir:
        names = [out / (j.name + FORMATS[args.format]) for j in jobs]
        if len({n.resolve() for n in names}) != len(names):
            raise UsageError("two inputs would write the same output file; use separate runs")
        clash = [str(n) for n in names if n.resolve() in inputs]
        if clash:
            raise UsageError(f"refusing to overwrite input file {clash[0]}")
        return None, out
    if out.resolve() in inputs:
        raise UsageError(f"refusing to overwrite input file {args.output}")
    return out, None


def explain(result: Result, stream: TextIO) -> None:
    article = result.article or {}
    removed = article.get("removed", [])
    vetoed = sum(1 for r in removed if r.get("vetoed"))
    note = f"; {vetoed} removal(s) VETOED (the block holds the article)" if vetoed else ""
    stream.write(f"{result.job.label}: {len(removed) - vetoed} block(s) removed{note}\n")
    if article.get("page_type"):
        stream.write(f"  page type: {article['page_type']}\n")
    for r in removed:
        rule = f"{r['rule']} VETOED" if r.get("vetoed") else r["rule"]
        stream.write(f"  {rule:<12} {r['where']:<48} {r['text'][:100]}\n")
    for warning in article.get("warnings", []):
        stream.write(f"  warning: {warning}\n")


class Progress:
    """A one-line progress bar on stderr with the rate and time left (only on a terminal)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done, self.enabled = total, 0, enabled
        self.start = time.monotonic()

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            elapsed = max(time.monotonic() - self.start, 1e-6)
            rate = self.done / elapsed
            left = (self.total - self.done) / rate
            sys.stderr.write(
                f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}  "
                f"{rate:.1f} pages/s  {'ETA ' + _clock(left) if self.done < self.total else _clock(elapsed) + ' total'}  "
            )
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


# ---------------------------------------------------------------------------
# Main


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    sub = _subcommand(argv)
    parser = build_parser()
    handle_sigterm()
    try:
        if sub is not None:
            return sub(argv[1:])
        return _run(parser.parse_args(argv), parser)
    except UsageError as exc:
        sys.stderr.write(f"decruft: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("decruft: interrupted\n")
        return _stopped(130)
    except Terminated:
        sys.stderr.write("decruft: terminated\n")
        return _stopped(143)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        sys.stderr.close()
        return 0


def _subcommand(argv: list[str]) -> Callable[[list[str]], int] | None:
    """``decruft rules ...``, ``decruft warc ...`` and ``decruft learn ...`` when those modules are present.

    The first argument alone decides, never the file system: a folder named
    ``rules`` in the current directory must not turn ``decruft rules check``
    into a page run (a file named ``rules`` is read as ``./rules``).
    """
    if not argv or argv[0] not in ("rules", "warc", "learn"):
        return None
    try:
        if argv[0] == "learn":
            from .sitememory.cli import learn_main

            return learn_main
        if argv[0] == "rules":
            from ._site.cli import rules_main  # type: ignore[import-not-found]

            return rules_main  # type: ignore[no-any-return]
        from .warc import warc_main  # type: ignore[import-not-found]

        return warc_main  # type: ignore[no-any-return]
    except ImportError:
        return None


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.list_rules:
        list_rules(sys.stdout)
        return 0
    if not args.inputs:
        parser.print_usage(sys.stderr)
        raise UsageError("no input given (a file, a directory, or '-' for stdin)")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    options = extractor_options(args)
    if len(args.inputs) == 1 and (args.inputs[0] == "-" or not Path(args.inputs[0]).is_dir()):
        skip_preload()  # one page: no later page to spare the one-time loads
    try:
        Extractor(**options)  # validate rule names and rule files once, up front
    except (ValueError, DecruftError) as exc:
        raise UsageError(str(exc)) from None
    unreadable: list[str] = []
    jobs = gather(args.inputs, unreadable)
    missing = [j for j in jobs if j.path is not None and not Path(j.path).exists()]
    if not jobs and not unreadable:
        raise UsageError("no page files found in the given directories")
    single, directory = output_plan(args, jobs)
    if args.explain_html:
        return _explain_html(args, jobs, options)
    for problem in unreadable:
        sys.stderr.write(f"decruft: {problem}\n")
    for job in missing:
        sys.stderr.write(f"decruft: {job.label}: no such file\n")
    failed = len(unreadable) + len(missing)
    jobs = [j for j in jobs if j not in missing]
    tty = sys.stderr.isatty() and not args.quiet
    progress = Progress(len(jobs), tty and len(jobs) >= PROGRESS_FROM)
    several = len(jobs) + len(missing) > 1
    sink = Sink(single, directory, args.format)
    extracted = 0
    try:
        with contextlib.closing(run_jobs(jobs, options, args.jobs, args.url, args.debug)) as results:
            for result in results:
                progress.step()
                problem = result.error
                if problem is None:
                    assert result.article is not None
                    if args.explain:
                        explain(result, sys.stderr)
                    text = render(result.article, args.format, result.job.label)
                    problem = sink.put(result, _with_header(text, result, args.format, several and directory is None))
                if problem is not None:
                    failed += 1
                    sys.stderr.write(f"decruft: {result.job.label}: {problem}\n")
                else:
                    extracted += 1
    finally:
        sink.close()
    if tty and several:
        sys.stderr.write(f"decruft: {extracted} extracted, {failed} failed\n")
    return 1 if failed else 0


#: The clean-up steps after rendering that ``--disable`` also takes (see decruft._extractor).
STEP_SUMMARIES = {
    "tail": "Labels and headings left after the article's last sentence (after rendering).",
    "head": "Section labels, \"Artikel\", reading times before the article's first text (after rendering).",
    "veto": "The article veto: no rule removes a block holding most of the page's prose (recorded as VETOED).",
}


def list_rules(stream: TextIO) -> None:
    """Every name ``--disable`` takes, in order, with its one-line summary."""
    for rule in BUILTIN_RULES:
        stream.write(f"{rule.name:<12} {rule.summary}\n")
    for name in STEPS:
        stream.write(f"{name:<12} {STEP_SUMMARIES.get(name, 'A clean-up step (after rendering).')}\n")
    stream.write(f"{SITE_MEMORY:<12} Blocks learned as the site's template (only with --site-memory or warc --learn).\n")
    stream.write(
        "\n--explain also names prune, byline and boilerplate: fixed stages of the extraction,\n"
        "not rules, which cannot be switched off.\n"
    )


def _with_header(text: str, result: Result, fmt: str, several: bool) -> str:
    if not several or fmt == "json":
        return text
    return f"==> {result.job.label} <==\n{text}\n"


def _explain_html(args: argparse.Namespace, jobs: list[Job], options: dict[str, Any]) -> int:
    if len(jobs) != 1:
        raise UsageError("--explain-html takes exactly one input")
    try:
        from ._explain_html import explain_html  # type: ignore[import-not-found]
    except ImportError:
        raise UsageError("--explain-html is not available in this build") from None
    out = Path(args.explain_html)
    if jobs[0].path is not None and out.resolve() == Path(jobs[0].path).resolve():
        raise UsageError(f"refusing to overwrite input file {args.explain_html}")
    try:
        page = explain_html(read_input(jobs[0]), url=args.url, extractor=Extractor(**options))
    except (DecruftError, OSError) as exc:
        sys.stderr.write(f"decruft: {jobs[0].label}: {exc}\n")
        return 1
    try:
        atomic_write(out, page)
    except OSError as exc:
        sys.stderr.write(f"decruft: cannot write {out}: {exc.strerror or exc}\n")
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
