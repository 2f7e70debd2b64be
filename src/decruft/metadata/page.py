"""The page's simple fields: site name, language, description."""

from __future__ import annotations

from ._common import _clean, _text
from ._jsonld import _main_jsonld
from ._signals import Signals


def site_name(signals: Signals) -> str | None:
    """og:site_name, application-name, the Twitter account, else the JSON-LD publisher's name."""
    tags = signals.tags
    name = tags.get("og:site_name") or tags.get("application-name") or tags.get("twitter:site", "").lstrip("@")
    if not name:
        publisher = _main_jsonld(signals.jsonld).get("publisher")
        if isinstance(publisher, dict):
            name = _text(publisher.get("name"))
    return _clean(name) or None


def language(signals: Signals) -> str | None:
    """The declared language's primary subtag, lower case ("en" of "en_GB")."""
    lang = signals.lang
    if not lang:
        return None
    return lang.strip().replace("_", "-").split("-")[0].lower() or None


def description(signals: Signals) -> str | None:
    """og:description, else the description meta tag."""
    tags = signals.tags
    return _clean(tags.get("og:description") or tags.get("description")) or None
