"""decruft's own TOML rule files (see docs/site-rules.md).

A file holds one site (top-level keys) or several (``[[site]]`` tables).
Unknown keys and bad selectors are errors reported as ``file:line: reason``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .._errors import RuleError
from .model import SiteRule, SiteTest
from .selectors import Selector

SELECTOR_KEYS = ("body", "title", "date", "authors", "strip", "dissolve")
LIST_KEYS = ("hosts", "strip_id_or_class", "strip_image_src", "strip_lines", "disable")
BOOL_KEYS = ("prune", "skip_json_ld")
KNOWN = {*SELECTOR_KEYS, *LIST_KEYS, *BOOL_KEYS, "name", "replace", "test", "site", "wrap_in"}
TEST_KEYS = {"page", "url", "contains", "excludes"}
#: Most selectors in one rule file (the largest ftr-site-config file has a few dozen).
MAX_SELECTORS = 2000
#: Most find/replace pairs in one rule file.
MAX_REPLACEMENTS = 2000
# example.com, *.example.com, xn--bcher-kva.example, bücher.example; no scheme, path, port or space.
_HOST = re.compile(r"^(?:\*\.)?[^\W_](?:[\w-]{0,62})(?:\.[^\W_](?:[\w-]{0,62}))*\.?$")
_TAG = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")


def _line_of(text: str, key: str, start: int = 0) -> int | None:
    m = re.compile(rf"^[ \t]*(?:\[\[?)?{re.escape(key)}\b", re.MULTILINE).search(text, start)
    return text.count("\n", 0, m.start()) + 1 if m else None


def parse(path: Path, builtin_names: set[str]) -> list[SiteRule]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read: {exc}", str(path)) from None
    return parse_text(text, path, builtin_names)


def parse_text(text: str, path: Path, builtin_names: set[str]) -> list[SiteRule]:
    """The sites of a rule file's ``text`` (``path`` names it in errors and anchors test pages)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        line = int(m.group(1)) if m else text.count("\n") + 1  # "at end of document"
        raise RuleError(f"invalid TOML: {exc}", str(path), line) from None
    except RecursionError:
        raise RuleError("invalid TOML: nested too deeply", str(path), 1) from None
    tables = data.pop("site", None)
    if tables is None:
        tables = [data]
    elif data:
        key = next(iter(data))
        raise RuleError(f"key {key!r} outside [[site]] tables", str(path), _line_of(text, key))
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise RuleError("site must be [[site]] tables", str(path), _line_of(text, "site"))
    for key, most in (("selectors", MAX_SELECTORS), ("replace", MAX_REPLACEMENTS)):
        count = sum(_count(table, key) for table in tables)
        if count > most:
            what = "selectors" if key == "selectors" else "replace pairs"
            raise RuleError(f"{count:,} {what}; a rule file holds at most {most:,}", str(path),
                            _line_of(text, "replace") if key == "replace" else 1)  # fmt: skip
    return [_site(path, text, table, i, builtin_names) for i, table in enumerate(tables)]


def _count(table: dict[str, Any], what: str) -> int:
    """How many selectors (or replace pairs) ``table`` holds, counted before any is compiled."""
    keys = ("replace",) if what == "replace" else (*SELECTOR_KEYS, "wrap_in")
    return sum(len(v) if isinstance(v := table.get(key), (list, dict)) else 1 for key in keys if key in table)


def _site(path: Path, text: str, table: dict[str, Any], index: int, builtin_names: set[str]) -> SiteRule:
    """One site table checked and turned into a :class:`SiteRule` (errors in the table's order)."""
    src = str(path)

    def fail(reason: str, key: str) -> RuleError:
        return RuleError(reason, src, _line_of(text, key))

    _check_keys(table, fail)
    hosts = _hosts(table, index, src, text, fail)
    name = table.get("name")
    if name is not None and not (isinstance(name, str) and name.strip()):
        raise fail("name must be a non-empty string", "name")
    rule = SiteRule(name=name or hosts[0].lstrip("*."), source=src, hosts=hosts)
    for key in SELECTOR_KEYS:
        line = _line_of(text, key)
        setattr(rule, key, [Selector(s, src, line) for s in _strings(table, key, src, text)])
    rule.strip_id_or_class = _strings(table, "strip_id_or_class", src, text)
    rule.strip_image_src = _strings(table, "strip_image_src", src, text)
    rule.strip_lines = _strings(table, "strip_lines", src, text)
    rule.disable = _strings(table, "disable", src, text)
    unknown = sorted(set(rule.disable) - builtin_names)
    if unknown:
        raise fail(f"disable names unknown rules: {', '.join(unknown)}", "disable")
    _set_bools(rule, table, fail)
    rule.replace.extend(_replace_pairs(table, fail))
    rule.wrap_in.extend(_wrap_in(table, src, text, fail))
    rule.tests.extend(_test(test, fail) for test in _test_tables(table, fail))
    rule.honoured = sorted(k for k in table if k not in ("name", "hosts"))
    return rule


def _check_keys(table: dict[str, Any], fail: Callable[[str, str], RuleError]) -> None:
    """Reject a key decruft does not know (a typo must not silently switch a rule off)."""
    for key in table:
        if key not in KNOWN:
            raise fail(f"unknown key {key!r} (known: {', '.join(sorted(KNOWN - {'site'}))})", key)


def _hosts(table: dict[str, Any], index: int, src: str, text: str, fail: Callable[[str, str], RuleError]) -> list[str]:
    """The site's ``hosts``: a non-empty list of host names (``*.`` allowed in front)."""
    if "hosts" in table and not isinstance(table["hosts"], list):
        raise fail("hosts must be a list of host names, e.g. hosts = [\"example.com\"]", "hosts")
    hosts = _strings(table, "hosts", src, text)
    if not hosts:
        raise RuleError("a site needs 'hosts'", src, _line_of(text, "site") if index else 1)
    for host in hosts:
        if not _HOST.match(host):
            raise fail(f"not a host name: {host[:80]!r} (a name like example.com, or *.example.com)", "hosts")
    return hosts


def _set_bools(rule: SiteRule, table: dict[str, Any], fail: Callable[[str, str], RuleError]) -> None:
    """Copy the true/false switches (``prune``, ``skip_json_ld``) the table sets onto ``rule``."""
    for key in BOOL_KEYS:
        if key in table:
            if not isinstance(table[key], bool):
                raise fail(f"{key} must be true or false", key)
            setattr(rule, key, table[key])


def _replace_pairs(table: dict[str, Any], fail: Callable[[str, str], RuleError]) -> list[tuple[str, str]]:
    """The ``replace`` list: ``[find, replace]`` pairs of strings."""
    replace = table.get("replace", [])
    if not isinstance(replace, list):
        raise fail("replace must be a list of [find, replace] pairs of strings", "replace")
    pairs = []
    for pair in replace:
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
            raise fail("replace entries are [find, replace] pairs of strings", "replace")
        pairs.append((pair[0], pair[1]))
    return pairs


def _wrap_in(
    table: dict[str, Any], src: str, text: str, fail: Callable[[str, str], RuleError]
) -> list[tuple[str, Selector]]:
    """The ``[wrap_in]`` table: ``TAG = "selector"`` entries, selectors compiled."""
    wrap_in = table.get("wrap_in", {})
    if not isinstance(wrap_in, dict):
        raise fail("wrap_in must be a table: [wrap_in] then TAG = \"selector\"", "wrap_in")
    entries = []
    for tag, selector in wrap_in.items():
        if not isinstance(selector, str) or not _TAG.match(tag):
            raise fail(f"wrap_in entries are TAG = \"selector\" (a tag name and a string): {tag[:40]!r}", "wrap_in")
        entries.append((tag, Selector(selector, src, _line_of(text, "wrap_in"))))
    return entries


def _test_tables(table: dict[str, Any], fail: Callable[[str, str], RuleError]) -> list[dict[str, Any]]:
    """The site's ``[[test]]`` tables, unchecked inside (see :func:`_test`)."""
    tests = table.get("test", [])
    if not isinstance(tests, list) or not all(isinstance(t, dict) for t in tests):
        raise fail("test must be [[test]] tables", "test")
    return tests


def _test(test: dict[str, Any], fail: Callable[[str, str], RuleError]) -> SiteTest:
    """One ``[[test]]`` table: a page (or a url whose local copy ``rules test --page`` gives)."""
    unknown_keys = set(test) - TEST_KEYS
    if unknown_keys:
        raise fail(f"unknown test key(s): {', '.join(sorted(unknown_keys))}", "test")
    for key in ("page", "url"):
        if key in test and not (isinstance(test[key], str) and test[key].strip()):
            raise fail(f"test {key} must be a non-empty string", key)
    if "page" not in test and "url" not in test:
        raise fail("a [[test]] needs a page (a local file) or a url", "test")
    lists = {}
    for key in ("contains", "excludes"):
        value = test.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"test {key} must be a string or a list of strings", key)
        lists[key] = value
    return SiteTest(page=test.get("page"), url=test.get("url"), contains=lists["contains"], excludes=lists["excludes"])


def _strings(table: dict[str, Any], key: str, src: str, text: str) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{key} must be a string or a list of strings", src, _line_of(text, key))
    return value
