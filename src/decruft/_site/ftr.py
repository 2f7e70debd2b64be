"""Full-Text RSS / graby site config files (``example.com.txt``), as in the ftr-site-config collection.

One directive per line (``name: value``), ``#`` comments. Honoured: title,
body, date, author, strip, strip_id_or_class, strip_image_src, strip_attr,
find_string/replace_string and replace_string(FIND), prune, dissolve,
wrap_in(TAG), skip_json_ld, test_url, test_contains. ``autodetect_on_failure:
no`` is read but not obeyed: when no body selector matches, the config is
stale and generic extraction runs (see docs/site-rules.md). Reported but not applied: fetching directives (http_header,
login_*, single_page_link, next_page_link...), tidy, and the rarer layout
directives. Unknown directives are reported, never fatal: real collections
carry typos (``titl:``).
"""

from __future__ import annotations

import re
from pathlib import Path

from .._errors import RuleError
from .model import SiteRule, SiteTest
from .selectors import Selector
from .toml_rules import MAX_SELECTORS

_LINE = re.compile(r"^\s*([A-Za-z_]+)(?:\(([^)]*)\))?\s*:\s?(.*)$")
_SELECTOR_FIELDS = {"title": "title", "body": "body", "date": "date", "author": "authors", "strip": "strip",
                    "strip_attr": "strip_attr", "dissolve": "dissolve"}  # fmt: skip
_IGNORED = {
    "tidy", "parser", "http_header", "login_uri", "login_username_field", "login_password_field", "login_extra_fields",
    "requires_login", "not_logged_in_xpath", "single_page_link", "single_page_link_in_feed", "next_page_link",
    "autodetect_next_page", "insert_detected_image", "convert_double_br_tags", "native_ad_clue", "footnotes",
    "move_into", "if_page_contains", "src_lazy_load_attr", "strip_comments", "skip_id_or_class", "find_string_regex",
}  # fmt: skip


def _full(rule: SiteRule) -> bool:
    """The file already holds the most selectors or replacements one rule file may hold."""
    return rule.selector_count() >= MAX_SELECTORS or len(rule.replace) >= MAX_SELECTORS


def hosts_for(path: Path) -> list[str]:
    """``example.com.txt`` serves example.com and www.example.com; ``.example.com.txt`` every subdomain."""
    name = path.name[: -len(".txt")] if path.name.endswith(".txt") else path.name
    return [f"*{name}"] if name.startswith(".") else [name]


def parse(path: Path) -> SiteRule:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise RuleError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    name = path.name[: -len(".txt")].lstrip(".")
    rule = SiteRule(name=name, source=str(path), hosts=hosts_for(path))
    pending_find: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _LINE.match(line)
        if m is None:
            rule.ignored.append(f"line {number}: not a directive")
            continue
        key, arg, value = m.group(1).lower(), m.group(2), m.group(3).strip()
        where = (str(path), number)
        try:
            handled = _directive(rule, key, arg, value, where, pending_find, number)
        except RuleError as exc:  # a broken XPath in a real collection: reported, not fatal
            rule.ignored.append(f"line {number}: {exc.reason}")
            continue
        if handled:
            rule.honoured.append(key if arg is None else f"{key}(...)")
    return rule


def _directive(
    rule: SiteRule, key: str, arg: str | None, value: str, where: tuple[str, int], pending_find: list[str], number: int
) -> bool:
    """Apply one directive to ``rule``; ``False`` when it is reported rather than honoured."""
    if key in ("find_string", "replace_string", *_SELECTOR_FIELDS, "wrap_in") and _full(rule):
        rule.ignored.append(f"line {number}: more than {MAX_SELECTORS:,} selectors or replacements in one file")
        return False
    if key in _SELECTOR_FIELDS and value:
        getattr(rule, _SELECTOR_FIELDS[key]).append(Selector(value, *where, xpath_only=True))
    elif key == "strip_id_or_class" and value:
        rule.strip_id_or_class.append(value.strip("'\""))
    elif key == "strip_image_src" and value:
        rule.strip_image_src.append(value.strip("'\""))
    elif key == "find_string":
        pending_find.append(value)
    elif key == "replace_string" and arg is not None:
        rule.replace.append((arg, value))
    elif key == "replace_string":
        if not pending_find:
            rule.ignored.append(f"line {number}: replace_string without find_string")
            return False
        rule.replace.append((pending_find.pop(0), value))
    elif key == "prune":
        rule.prune = value.lower() != "no"
    elif key == "autodetect_on_failure":
        # Generic extraction always runs when a body matches nothing (a stale config
        # must not cost the article), so this is reported rather than honoured.
        rule.ignored.append("autodetect_on_failure (generic extraction always runs)")
        return False
    elif key == "skip_json_ld":
        rule.skip_json_ld = value.lower() == "yes"
    elif key == "wrap_in" and arg and value:
        rule.wrap_in.append((arg.strip(), Selector(value, *where, xpath_only=True)))
    elif key == "test_url":
        rule.tests.append(SiteTest(url=value))
    elif key == "test_contains":
        if rule.tests:
            rule.tests[-1].contains.append(value)
    elif key in _IGNORED:
        rule.ignored.append(key)
        return False
    else:
        rule.ignored.append(f"{key} (unknown)")
        return False
    return True
