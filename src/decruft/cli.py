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
import dataclasses
import gzip
import json
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from ._errors import DecruftError
from ._extractor import Extractor, skip_preload
from .rules import BUILTIN_RULES

FORMATS = {"text": ".txt", "markdown": ".md", "json": ".json", "html": ".html"}
#: Files a directory walk picks up (plus files without an extension).
PAGE_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".txt", ".php", ".asp", ".aspx", ".jsp", ".gz"}
#: Show a progress bar from this many inputs (when stderr is a terminal).
PROGRESS_FROM = 20

EPILOG = """examples:
  decruft page.html                      title, date, authors, then the text
  decruft --explain page.html            also list every removed block and its rule (on stderr)
  decruft -f json pages/ > out.jsonl     a folder, one JSON object per line
  decruft -f markdown -o out/ pages/     one .md file per page in out/
  curl -s URL | decruft - --url URL      read stdin; the URL is metadata only
  decruft --disable comments page.html   keep comment sections
  decruft --list-rules                   the rules and what they remove

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
    parser.add_argument("--plugins", action="store_true", help="add the installed rule plugins (entry points decruft.rules)")
    parser.add_argument("--explain", action="store_true", help="list each removed block and the rule that removed it (stderr)")
    parser.add_argument("--explain-html", metavar="OUT.html", help="write the page with removed blocks outlined and labelled")
    parser.add_argument("--no-fallback", action="store_true", help="never let trafilatura stand in for a thin result")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    parser.add_argument("--list-rules", action="store_true", help="list the built-in rules and exit")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
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
    }


# ---------------------------------------------------------------------------
# Inputs


def gather(inputs: Sequence[str]) -> list[Job]:
    """Expand directories (recursively, page-like files, sorted) and check that files exist."""
    jobs: list[Job] = []
    for item in inputs:
        if item == "-":
            jobs.append(Job("<stdin>", None, "stdin"))
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _is_page(p))
            for p in found:
                rel = p.relative_to(path)
                jobs.append(Job(str(p), str(p), _stem("__".join(rel.parts))))
        else:
            jobs.append(Job(item, item, _stem(path.name)))
    return jobs


def _is_page(path: Path) -> bool:
    return not path.name.startswith(".") and (path.suffix.lower() in PAGE_SUFFIXES or not path.suffix)


def _stem(name: str) -> str:
    for suffix in (".gz", ".html", ".htm", ".xhtml", ".shtml", ".txt", ".php", ".aspx", ".asp", ".jsp"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return name


def read_input(job: Job) -> bytes:
    if job.path is None:
        return sys.stdin.buffer.read()
    data = Path(job.path).read_bytes()
    if data[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise DecruftError(f"cannot decompress gzip data ({exc})") from None
    return data


# ---------------------------------------------------------------------------
# Extraction (runs in worker processes with --jobs)

_WORKER: dict[str, Any] = {}


def _init_worker(options: dict[str, Any]) -> None:
    _WORKER["extractor"] = Extractor(**options)


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
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(options,)
    ) as pool:
        chunk = max(1, min(16, len(jobs) // (workers * 8)))
        yield from pool.map(extract_job, jobs, [url] * len(jobs), [debug] * len(jobs), chunksize=chunk)


# ---------------------------------------------------------------------------
# Output


def render(article: dict[str, Any], fmt: str, label: str, *, pretty: bool = False) -> str:
    """One article in the chosen format (JSON includes ``path``)."""
    if fmt == "json":
        record = {"path": label, **article}
        return json.dumps(record, ensure_ascii=False, indent=2 if pretty else None) + "\n"
    if fmt == "markdown":
        head = f"# {article['title']}\n\n" if article.get("title") else ""
        return head + _byline(article, "*") + article["markdown"].rstrip() + "\n"
    if fmt == "html":
        from html import escape

        title = escape(article.get("title") or "")
        return (
            f'<!DOCTYPE html>\n<html lang="{escape(article.get("lang") or "")}">\n<head><meta charset="utf-8">'
            f"<title>{title}</title></head>\n<body>\n{article['html']}\n</body>\n</html>\n"
        )
    head = f"{article['title']}\n" if article.get("title") else ""
    return head + _byline(article, "") + article["text"].rstrip() + "\n"


def _byline(article: dict[str, Any], mark: str) -> str:
    parts = [p for p in (article.get("date"), ", ".join(article.get("authors") or [])) if p]
    line = f"{mark}{' · '.join(parts)}{mark}\n\n" if parts else ""
    return ("\n" if article.get("title") and not line else "") + line


def atomic_write(path: Path, text: str) -> None:
    """Write via a temporary file in the same directory, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
    stream.write(f"{result.job.label}: {len(removed)} block(s) removed\n")
    for r in removed:
        stream.write(f"  {r['rule']:<12} {r['where']:<48} {r['text'][:100]}\n")
    for warning in article.get("warnings", []):
        stream.write(f"  warning: {warning}\n")


class Progress:
    """A one-line progress bar on stderr (only when it is a terminal)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done, self.enabled = total, 0, enabled

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


# ---------------------------------------------------------------------------
# Main


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    sub = _subcommand(argv)
    parser = build_parser()
    try:
        if sub is not None:
            return sub(argv[1:])
        return _run(parser.parse_args(argv), parser)
    except UsageError as exc:
        sys.stderr.write(f"decruft: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("decruft: interrupted\n")
        return 130
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        sys.stderr.close()
        return 0


def _subcommand(argv: list[str]) -> Callable[[list[str]], int] | None:
    """``decruft rules ...`` and ``decruft warc ...`` when those modules are present."""
    if not argv or argv[0] not in ("rules", "warc") or Path(argv[0]).exists():
        return None
    try:
        if argv[0] == "rules":
            from ._site.cli import rules_main  # type: ignore[import-not-found]

            return rules_main  # type: ignore[no-any-return]
        from .warc import warc_main  # type: ignore[import-not-found]

        return warc_main  # type: ignore[no-any-return]
    except ImportError:
        return None


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.list_rules:
        for rule in BUILTIN_RULES:
            print(f"{rule.name:<12} {rule.summary}")
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
    jobs = gather(args.inputs)
    missing = [j for j in jobs if j.path is not None and not Path(j.path).exists()]
    if not jobs:
        raise UsageError("no page files found in the given directories")
    single, directory = output_plan(args, jobs)
    if args.explain_html:
        return _explain_html(args, jobs, options)
    failed = 0
    for job in missing:
        sys.stderr.write(f"decruft: {job.label}: no such file\n")
    failed += len(missing)
    jobs = [j for j in jobs if j not in missing]
    progress = Progress(len(jobs), sys.stderr.isatty() and len(jobs) >= PROGRESS_FROM and not args.quiet)
    chunks: list[str] = []
    several = len(jobs) + len(missing) > 1
    for result in run_jobs(jobs, options, args.jobs, args.url, args.debug):
        progress.step()
        if result.error is not None:
            failed += 1
            sys.stderr.write(f"decruft: {result.job.label}: {result.error}\n")
            continue
        assert result.article is not None
        if args.explain:
            explain(result, sys.stderr)
        text = render(result.article, args.format, result.job.label, pretty=not several and directory is None)
        if directory is not None:
            atomic_write(directory / (result.job.name + FORMATS[args.format]), text)
        elif single is not None:
            chunks.append(_with_header(text, result, args.format, several))
        else:
            sys.stdout.write(_with_header(text, result, args.format, several))
            sys.stdout.flush()
    if single is not None:
        atomic_write(single, "".join(chunks))
    return 1 if failed else 0


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
    atomic_write(out, page)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
