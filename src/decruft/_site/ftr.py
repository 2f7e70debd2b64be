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
from collections.abc import Callable
from dataclasses import dataclass
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
            handled = _directive(_Directive(rule, key, arg, value, where, pending_find))
        except RuleError as exc:  # a broken XPath in a real collection: reported, not fatal
            rule.ignored.append(f"line {number}: {exc.reason}")
            continue
        if handled:
            rule.honoured.append(key if arg is None else f"{key}(...)")
    return rule


@dataclass(frozen=True)
class _Directive:
    """One ``name(arg): value`` line of a config file, with what the file has collected so far."""

    rule: SiteRule
    key: str
    arg: str | None
    value: str
    where: tuple[str, int]
    #: ``find_string`` values not yet paired with a ``replace_string``.
    pending_find: list[str]

    def report(self, reason: str) -> bool:
        """Record ``reason`` against this line as reported, not applied."""
        self.rule.ignored.append(f"line {self.where[1]}: {reason}")
        return False

    def selector(self, value: str) -> Selector:
        return Selector(value, *self.where, xpath_only=True)


# Each handler applies one directive: True when honoured, False when reported instead,
# None when the line does not fit the directive (it is then reported as unknown).
def _selector(d: _Directive) -> bool | None:
    if not d.value:
        return None
    getattr(d.rule, _SELECTOR_FIELDS[d.key]).append(d.selector(d.value))
    return True


def _strip_list(d: _Directive) -> bool | None:
    """``strip_id_or_class`` / ``strip_image_src``: a bare string, quotes dropped."""
    if not d.value:
        return None
    getattr(d.rule, d.key).append(d.value.strip("'\""))
    return True


def _find_string(d: _Directive) -> bool | None:
    d.pending_find.append(d.value)
    return True


def _replace_string(d: _Directive) -> bool | None:
    """``replace_string(FIND): value``, or ``replace_string: value`` after a ``find_string``."""
    if d.arg is not None:
        d.rule.replace.append((d.arg, d.value))
    elif d.pending_find:
        d.rule.replace.append((d.pending_find.pop(0), d.value))
    else:
        return d.report("replace_string without find_string")
    return True


def _prune(d: _Directive) -> bool | None:
    d.rule.prune = d.value.lower() != "no"
    return True


def _autodetect_on_failure(d: _Directive) -> bool | None:
    # Generic extraction always runs when a body matches nothing (a stale config
    # must not cost the article), so this is reported rather than honoured.
    d.rule.ignored.append("autodetect_on_failure (generic extraction always runs)")
    return False


def _skip_json_ld(d: _Directive) -> bool | None:
    d.rule.skip_json_ld = d.value.lower() == "yes"
    return True


def _wrap_in(d: _Directive) -> bool | None:
    if not (d.arg and d.value):
        return None
    d.rule.wrap_in.append((d.arg.strip(), d.selector(d.value)))
    return True


def _test_url(d: _Directive) -> bool | None:
    d.rule.tests.append(SiteTest(url=d.value))
    return True


def _test_contains(d: _Directive) -> bool | None:
    if d.rule.tests:
        d.rule.tests[-1].contains.append(d.value)
    return True


_HANDLERS: dict[str, Callable[[_Directive], bool | None]] = {
    **dict.fromkeys(_SELECTOR_FIELDS, _selector),
    "strip_id_or_class": _strip_list,
    "strip_image_src": _strip_list,
    "find_string": _find_string,
    "replace_string": _replace_string,
    "prune": _prune,
    "autodetect_on_failure": _autodetect_on_failure,
    "skip_json_ld": _skip_json_ld,
    "wrap_in": _wrap_in,
    "test_url": _test_url,
    "test_contains": _test_contains,
}
#: Directives that add a selector or a replacement: refused once the file holds the most allowed.
_COUNTED = {"find_string", "replace_string", *_SELECTOR_FIELDS, "wrap_in"}


def _directive(d: _Directive) -> bool:
    """Apply one directive to its rule; ``False`` when it is reported rather than honoured."""
    if d.key in _COUNTED and _full(d.rule):
        return d.report(f"more than {MAX_SELECTORS:,} selectors or replacements in one file")
    handler = _HANDLERS.get(d.key)
    handled = handler(d) if handler is not None else None
    if handled is not None:
        return handled
    d.rule.ignored.append(d.key if d.key in _IGNORED else f"{d.key} (unknown)")
    return False
