"""The page command's arguments: the parser, its help text, and the extractor options they give."""

from __future__ import annotations

import argparse

from .. import __version__
from .._options import ExtractorOptions

FORMATS = {"text": ".txt", "markdown": ".md", "json": ".json", "html": ".html"}
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


def extractor_options(args: argparse.Namespace) -> ExtractorOptions:
    disable = [name.strip() for item in args.disable for name in item.split(",") if name.strip()]
    options: ExtractorOptions = {
        "disable": disable,
        "input_format": args.input_format,
        "fallback": not args.no_fallback,
        "rules": list(args.rules),
        "plugins": args.plugins,
    }
    if args.site_memory:
        options["site_memory"] = list(args.site_memory)
    return options
