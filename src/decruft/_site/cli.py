"""``decruft rules check PATH...`` and ``decruft rules test PATH... [--page URL=FILE]``.

check: load the files; on a bad file print ``file:line: reason`` and exit 2;
otherwise print a load report (files, sites, directives honoured and ignored).
test: run each site's self-tests (``[[test]]`` pages of TOML files; Full-Text
RSS ``test_url``/``test_contains`` when a local copy is given with ``--page``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from .._errors import DecruftError, RuleError
from . import Sites, load_sites
from .model import SiteRule, SiteTest

if TYPE_CHECKING:
    from .._extractor import Extractor


def rules_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="decruft rules", description="Check or test site rule files.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate rule files and print a load report")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("-v", "--verbose", action="store_true", help="list every ignored directive")
    test = sub.add_parser("test", help="run the rule files' self-tests")
    test.add_argument("paths", nargs="+", metavar="PATH")
    test.add_argument("--page", action="append", default=[], metavar="URL=FILE", help="local copy of a test_url page")
    args = parser.parse_args(argv)
    try:
        sites = load_sites(args.paths)
    except RuleError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    if args.command == "check":
        return _check(sites, args.verbose)
    return _test(sites, args.page)


def _check(sites: Sites, verbose: bool) -> int:
    honoured: Counter[str] = Counter()
    ignored: Counter[str] = Counter()
    files = {rule.source for rule in sites.rules}
    for rule in sites.rules:
        honoured.update(rule.honoured)
        ignored.update(i.split(":")[0] if i.startswith("line ") else i for i in rule.ignored)
    print(f"{len(files)} file(s), {len(sites.rules)} site(s) loaded")
    print(f"directives honoured: {sum(honoured.values())}")
    for name, count in honoured.most_common():
        print(f"  {name:<24} {count}")
    print(f"directives reported, not applied: {sum(ignored.values())}")
    for name, count in ignored.most_common(None if verbose else 15):
        print(f"  {name:<24} {count}")
    return 0


def _test(sites: Sites, pages: list[str]) -> int:
    """Run every site's ``[[test]]`` pages; print one line per test and a summary; 1 when any failed."""
    import decruft

    local = dict(item.partition("=")[::2] for item in pages)  # URL=FILE
    failures = ran = skipped = 0
    for rule in sites.rules:
        extractor = decruft.Extractor(rules=[rule.source])
        for test in rule.tests:
            page = _page_of(rule, test, local)
            if page is None:
                skipped += 1
                continue
            ran += 1
            failures += not _passes(extractor, rule, test, page)
    print(f"{ran - failures} passed, {failures} failed, {skipped} skipped (no local page)")
    return 1 if failures else 0


def _page_of(rule: SiteRule, test: SiteTest, local: dict[str, str]) -> str | None:
    """The file a test reads: its ``page`` (beside the rule file), else the ``--page`` copy of its url."""
    if test.page is not None:
        return str(Path(rule.source).parent / test.page)
    if test.url is not None and test.url in local:
        return local[test.url]
    return None


def _passes(extractor: Extractor, rule: SiteRule, test: SiteTest, page: str) -> bool:
    """Extract ``page`` with ``rule`` and check the test's ``contains``/``excludes``; print the outcome."""
    try:
        article = extractor.extract(Path(page).read_bytes(), url=test.url or f"https://{rule.hosts[0].lstrip('*.')}/")
        text = " ".join(article.text.split())
    except (OSError, DecruftError) as exc:
        print(f"FAIL {rule.source}: {page}: {exc}")
        return False
    missing = [s for s in test.contains if " ".join(s.split()) not in text]
    present = [s for s in test.excludes if " ".join(s.split()) in text]
    for s in missing:
        print(f"FAIL {rule.source}: {page}: missing {s!r}")
    for s in present:
        print(f"FAIL {rule.source}: {page}: should not contain {s!r}")
    if missing or present:
        return False
    print(f"ok   {rule.source}: {page}")
    return True
