"""Site rules: users teach decruft the sites they know (TOML files or Full-Text RSS site configs).

``load_sites(paths)`` reads files and folders into :class:`Sites`; the
extractor asks ``Sites.match(url, html)`` for the rule of the page's host,
calls ``rewrite`` before parsing, and puts its strip first in the ``page`` chain
(:meth:`SiteRule.strip_rule`) when it applies to the page (:meth:`SiteRule.applies`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from .. import _url
from .._errors import RuleError
from . import ftr, toml_rules
from .model import SiteRule, SiteTest

__all__ = ["SiteRule", "SiteTest", "Sites", "load_sites"]

# A <link ...> or <meta ...> tag, up to its ">" or the next "<": every character of the
# page is read by at most one match, so the scan is linear whatever the page repeats.
_HEAD_TAG = re.compile(r"<(link|meta)\b([^<>]*)", re.IGNORECASE)
# One attribute; the look-behind starts a name only at its first character (linear).
_ATTR = re.compile(r"""(?<![\w:.-])([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")


def canonical_url(html: str) -> str | None:
    """The page's ``<link rel="canonical" href>`` or ``<meta property="og:url" content>``,
    whichever comes first, in linear time."""
    for tag in _HEAD_TAG.finditer(html):
        attrs: dict[str, str] = {}
        for m in _ATTR.finditer(tag.group(2)):
            attrs.setdefault(m.group(1).lower(), m.group(2) or m.group(3) or m.group(4) or "")
        if tag.group(1).lower() == "link":
            found = attrs.get("href") if attrs.get("rel", "").strip().lower() == "canonical" else None
        else:
            found = attrs.get("content") if attrs.get("property", "").strip().lower() == "og:url" else None
        if found and found.strip():
            return found.strip()
    return None


class Sites:
    """Site rules by host; a later file for the same host overrides an earlier one."""

    def __init__(self, rules: Iterable[SiteRule] = ()) -> None:
        self.rules: list[SiteRule] = []
        self._exact: dict[str, SiteRule] = {}
        self._wildcard: dict[str, SiteRule] = {}
        for rule in rules:
            self.add(rule)

    def add(self, rule: SiteRule) -> None:
        self.rules.append(rule)
        for host in rule.hosts:
            host = host.lower().strip()
            if host.startswith("*."):
                self._wildcard[host[2:]] = rule
            else:
                self._exact[host.removeprefix("www.")] = rule

    def for_host(self, host: str) -> SiteRule | None:
        host = host.lower().rstrip(".")
        bare = host.removeprefix("www.")
        if bare in self._exact:
            return self._exact[bare]
        parts = host.split(".")
        for i in range(1, len(parts) - 1):
            rule = self._wildcard.get(".".join(parts[i:]))
            if rule is not None:
                return rule
        return None

    def match(self, url: str | None, html: str) -> SiteRule | None:
        if not url:
            url = canonical_url(html[:100_000])
        if not url:
            return None
        host = _url.hostname(url if "//" in url else f"//{url}")
        return self.for_host(host) if host else None


def _files(path: Path) -> list[Path]:
    """The rule files of ``path``: itself, or a folder's ``*.toml`` and ``*.txt`` regular files.

    Anything else (a FIFO, a device, a socket) is refused: reading it could block forever.
    """
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and p.suffix in (".toml", ".txt"))
    if not path.exists():
        raise RuleError("no such file or folder", str(path))
    if not path.is_file():
        raise RuleError("not a regular file (a FIFO, device or socket cannot be a rule file)", str(path))
    return [path]


def load_sites(paths: Iterable[str | os.PathLike[str]]) -> Sites:
    """Load rule files and folders (``*.toml``: decruft's format; ``*.txt``: Full-Text RSS)."""
    from ..rules import default_ruler

    builtin = set(default_ruler().names)
    sites = Sites()
    for path in paths:
        for file in _files(Path(path)):
            if file.suffix == ".toml":
                for rule in toml_rules.parse(file, builtin):
                    sites.add(rule)
            else:
                sites.add(ftr.parse(file))
    return sites
