"""``decruft warc``: the command line of WARC extraction, and site memory's first pass over WARCs."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .._errors import DecruftError
from .._extractor import Extractor
from .._options import ExtractorOptions
from ._output import OutputError, done_ids, write_pages
from ._read import Summary, decode_payload, iter_pages


def build_parser() -> argparse.ArgumentParser:
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
    return parser


def warc_main(argv: list[str]) -> int:
    args = build_parser().parse_intermixed_args(argv)  # FILE... -o OUT FILE... works too
    problem = _usage_problem(args)
    if problem is not None:
        sys.stderr.write(f"decruft warc: {problem}\n")
        return 2
    out = Path(args.output)
    options: ExtractorOptions = {"disable": [n for d in args.disable for n in d.split(",") if n], "rules": args.rules}
    done = _resume(options, out)
    if done is None:
        return 2
    summary = Summary()
    progress = sys.stderr.isatty() and not args.quiet
    learned_dir = _learn_first(args, options) if args.learn else None
    try:
        write_pages(out, args, options, done, summary, progress)
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


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What makes the run impossible before any record is read (exit status 2), or None."""
    try:
        import warcio  # noqa: F401
    except ImportError:
        return "error: needs warcio, which is not installed: pip install 'decruft[warc]'"
    missing = [p for p in args.inputs if not Path(p).is_file()]
    if missing:
        return f"{missing[0]}: no such file"
    out = Path(args.output)
    if out.resolve() in {Path(p).resolve() for p in args.inputs}:
        return f"error: refusing to overwrite input file {out}"
    return None


def _resume(options: ExtractorOptions, out: Path) -> set[str] | None:
    """The record ids already in ``out``, once the options are checked; None (after an error
    line on stderr) when the options or the output file cannot be used."""
    try:
        Extractor(**options)
        return done_ids(out)
    except (ValueError, DecruftError, OutputError) as exc:  # ConfigError, RuleError
        sys.stderr.write(f"decruft warc: error: {exc}\n")
    except OSError as exc:
        sys.stderr.write(f"decruft warc: error: cannot read {out}: {exc.strerror or exc}\n")
    return None


def _learn_first(args: argparse.Namespace, options: ExtractorOptions) -> tempfile.TemporaryDirectory[str]:
    """``--learn``'s first pass: learn every host's template into a temporary folder (and into
    ``--save-rules``), and have ``options`` extract with it. The folder is returned to clean up."""
    learned_dir = tempfile.TemporaryDirectory(prefix="decruft-learn-")
    hosts = learn_warcs(args.inputs, args.save_rules or learned_dir.name)
    options["site_memory"] = [args.save_rules or learned_dir.name]
    if not args.quiet:
        sys.stderr.write(f"decruft warc: learned the template of {hosts} host(s) (first pass)\n")
    return learned_dir


def learn_warcs(paths: Iterable[str | os.PathLike[str]], folder: str | os.PathLike[str]) -> int:
    """Site memory's first pass: learn every host's template from the WARC files' pages and
    write the rule files into ``folder``; returns how many hosts have one."""
    from ..sitememory import Learner, SiteMemory

    learner = Learner()
    for page in iter_pages(paths):
        if page.error is None:
            learner.add(decode_payload(page.payload, page.charset), url=page.uri)
    memory = SiteMemory.from_learner(learner, folder)
    memory.save(folder)
    return len(memory)
