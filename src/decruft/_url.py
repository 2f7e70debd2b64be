"""URLs given with a page are metadata only: read them without ever raising."""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit


def split(url: str) -> SplitResult | None:
    """``urlsplit(url)``, or None for a string it rejects ("http://[::1", a bad port)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    return parts


def hostname(url: str | None) -> str | None:
    """The URL's host in lower case, or None when there is no URL or it does not parse."""
    parts = split(url) if url else None
    return parts.hostname if parts is not None else None


def site_name(url: str | None) -> str | None:
    """The host's name below its top-level domain ("example" for www.example.co), the site's name
    as a page title may spell it out; None without a dotted host."""
    host = hostname(url)
    return host.split(".")[-2] if host and "." in host else None


def path_search(url: str | None, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """``pattern`` searched in the URL's path (a date in it: "/2019/11/06/"), or None when there
    is no URL or it does not parse."""
    parts = split(url) if url else None
    return pattern.search(parts.path) if parts is not None else None
