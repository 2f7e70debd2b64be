"""``decruft learn PAGES... -o site-rules/``: learn each host's template, write a rule file per host.

PAGES are page files, folders of them, or WARC files (``*.warc``, ``*.warc.gz``; needs
warcio). A page's host comes from its WARC target URI, else from its canonical link or
og:url; ``--host`` gives one for pages that carry none (text scrapes). Hosts with fewer
than ``--min-pages`` pages learn nothing. Each file written passes ``decruft rules check``
and its ``[[test]]`` passes ``decruft rules test``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from .._errors import DecruftError
from ._learn import MIN_PAGES, MIN_SHARE, Learner

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")


def is_warc(path: str | os.PathLike[str]) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def iter_inputs(inputs: list[str], problems: list[str]) -> Iterator[tuple[str | None, str | None, bytes | str]]:
    """``(url, file, page)`` for every page of ``inputs`` (files, folders, WARC files)."""
    from ..cli import gather, read_input

    files = [p for p in inputs if not is_warc(p)]
    warcs = [p for p in inputs if is_warc(p)]
    if files:
        for job in gather(files, problems):
            if job.path is None:
                continue
            if is_warc(job.path):
                warcs.append(job.path)
                continue
            try:
                yield None, job.path, read_input(job)
            except (OSError, DecruftError) as exc:
                problems.append(f"{job.label}: {exc}")
    if warcs:
        try:
            from ..warc import decode_payload, iter_pages
        except ImportError:
            problems.append("WARC input needs warcio: pip install 'decruft[warc]'")
            return
        for page in iter_pages(warcs):
            if page.error is None:
                yield page.uri, None, decode_payload(page.payload, page.charset)


def learn_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="decruft learn",
        description="Learn each site's template (blocks and lines repeated on most of its pages) and write "
        "one TOML site rule per host.",
    )
    parser.add_argument("inputs", nargs="+", metavar="PAGES", help="page files, folders, or WARC files")
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the rule files")
    parser.add_argument("--host", help="the host of pages that name none (text scrapes)")
    parser.add_argument("--min-pages", type=int, default=MIN_PAGES, help=f"pages a host needs (default {MIN_PAGES})")
    parser.add_argument(
        "--min-share", type=float, default=MIN_SHARE,
        help=f"share of a host's pages a block must repeat on (default {MIN_SHARE})",
    )  # fmt: skip
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_intermixed_args(argv)
    if args.min_pages < 2 or not 0 < args.min_share <= 1:
        sys.stderr.write("decruft learn: error: --min-pages must be 2 or more and --min-share in (0, 1]\n")
        return 2
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        sys.stderr.write(f"decruft learn: error: {out} is not a folder\n")
        return 2
    missing = [p for p in args.inputs if not Path(p).exists()]
    if missing:
        sys.stderr.write(f"decruft learn: {missing[0]}: no such file or folder\n")
        return 2
    from ._memory import SiteMemory

    learner = Learner(min_pages=args.min_pages, min_share=args.min_share)
    problems: list[str] = []
    start = time.perf_counter()
    read = 0
    for url, file, page in iter_inputs(args.inputs, problems):
        read += 1
        learner.add(page, url=url or (f"https://{args.host}/" if args.host else None), path=file)
    memory = SiteMemory.from_learner(learner, out)
    written = memory.save(out)
    for problem in problems:
        sys.stderr.write(f"decruft learn: {problem}\n")
    if not args.quiet:
        hosts = len(learner.hosts)
        sys.stderr.write(
            f"decruft learn: {read} pages of {hosts} host(s) read in {time.perf_counter() - start:.1f} s, "
            f"{learner.skipped} without a host; {len(written)} rule file(s) written to {out}\n"
        )
        for path in written:
            sys.stdout.write(f"{path}\n")
    return 1 if problems else 0
