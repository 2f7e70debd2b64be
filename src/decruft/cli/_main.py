"""The ``decruft`` command's entry point: subcommands, the page run, ``--list-rules``."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from .._errors import DecruftError
from .._extractor import SITE_MEMORY, STEPS, Extractor, skip_preload
from .._options import ExtractorOptions
from ..rules import default_ruler
from ._args import PROGRESS_FROM, UsageError, build_parser, extractor_options
from ._inputs import Job, gather, read_input
from ._jobs import Result, Terminated, _stopped, handle_sigterm, run_jobs
from ._output import Progress, Sink, atomic_write, explain, output_plan, render


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
            from ..sitememory.cli import learn_main

            return learn_main
        if argv[0] == "rules":
            from .._site.cli import rules_main

            return rules_main
        from ..warc import warc_main

        return warc_main
    except ImportError:
        return None


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.list_rules:
        list_rules(sys.stdout)
        return 0
    options = _checked_options(args, parser)
    unreadable: list[str] = []
    jobs = gather(args.inputs, unreadable)
    missing = [j for j in jobs if j.path is not None and not Path(j.path).exists()]
    if not jobs and not unreadable:
        raise UsageError("no page files found in the given directories")
    single, directory = output_plan(args, jobs)
    if args.explain_html:
        return _explain_html(args, jobs, options)
    failed = _report_unread(unreadable, missing)
    several = len(jobs) > 1
    jobs = [j for j in jobs if j not in missing]
    tty = sys.stderr.isatty() and not args.quiet
    sink = Sink(single, directory, args.format)
    try:
        extracted, failures = _extract_all(args, jobs, options, sink, several and directory is None, tty)
    finally:
        sink.close()
    failed += failures
    if tty and several:
        sys.stderr.write(f"decruft: {extracted} extracted, {failed} failed\n")
    return 1 if failed else 0


def _report_unread(unreadable: list[str], missing: list[Job]) -> int:
    """One stderr line per folder that could not be read and per missing file; their number."""
    for problem in unreadable:
        sys.stderr.write(f"decruft: {problem}\n")
    for job in missing:
        sys.stderr.write(f"decruft: {job.label}: no such file\n")
    return len(unreadable) + len(missing)


def _checked_options(args: argparse.Namespace, parser: argparse.ArgumentParser) -> ExtractorOptions:
    """The extractor options of the command line, checked once, up front (a :class:`UsageError`)."""
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
    except (ValueError, DecruftError) as exc:  # ConfigError, RuleError
        raise UsageError(str(exc)) from None
    return options


def _extract_all(
    args: argparse.Namespace, jobs: list[Job], options: ExtractorOptions, sink: Sink, headers: bool, tty: bool
) -> tuple[int, int]:
    """Extract every job and write each article as it comes: ``(extracted, failed)``."""
    progress = Progress(len(jobs), tty and len(jobs) >= PROGRESS_FROM)
    extracted = failed = 0
    with contextlib.closing(run_jobs(jobs, options, args.jobs, args.url, args.debug)) as results:
        for result in results:
            progress.step()
            problem = result.error if result.error is not None else _put(args, result, sink, headers)
            if problem is not None:
                failed += 1
                sys.stderr.write(f"decruft: {result.job.label}: {problem}\n")
            else:
                extracted += 1
    return extracted, failed


def _put(args: argparse.Namespace, result: Result, sink: Sink, headers: bool) -> str | None:
    """Explain (with ``--explain``), render and write one article; what went wrong, or None."""
    assert result.article is not None
    if args.explain:
        explain(result, sys.stderr)
    text = render(result.article, args.format, result.job.label)
    return sink.put(result, _with_header(text, result, args.format, headers))


#: The names ``--disable`` takes that are not rules (see decruft._extractor).
STEP_SUMMARIES = {
    "veto": "The article veto: no rule removes a block holding most of the page's prose (recorded as VETOED).",
}


def list_rules(stream: TextIO) -> None:
    """Every name ``--disable`` takes, in running order, with its chain and one-line summary."""
    for rule in default_ruler():
        stream.write(f"{rule.name:<12} {rule.chain:<5} {rule.summary}\n")
    stream.write(f"{SITE_MEMORY:<12} {'body':<5} Blocks learned as the site's template (only with --site-memory or warc --learn).\n")
    for name in STEPS:
        stream.write(f"{name:<12} {'-':<5} {STEP_SUMMARIES.get(name, '')}\n")
    stream.write(
        "\nChains: page (the parsed page; a site rule's strip runs first, named site:<name>/strip),\n"
        "body (the body chosen from what is left, before rendering), text (the rendered body).\n"
        "--explain also names boilerplate (text scrapes): not a rule, it cannot be switched off.\n"
    )


def _with_header(text: str, result: Result, fmt: str, several: bool) -> str:
    if not several or fmt == "json":
        return text
    return f"==> {result.job.label} <==\n{text}\n"


def _explain_html(args: argparse.Namespace, jobs: list[Job], options: ExtractorOptions) -> int:
    if len(jobs) != 1:
        raise UsageError("--explain-html takes exactly one input")
    try:
        from .._explain_html import explain_html
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
