"""The page's simple fields: site name, language, description."""

from __future__ import annotations

from .._state import State
from ._common import _clean, _text
from ._jsonld import _main_jsonld


def site_name(state: State) -> str | None:
    tags = state.meta.get("tags", {})
    name = tags.get("og:site_name") or tags.get("application-name") or tags.get("twitter:site", "").lstrip("@")
    if not name:
        publisher = _main_jsonld(state).get("publisher")
        if isinstance(publisher, dict):
            name = _text(publisher.get("name"))
    return _clean(name) or None


def language(state: State) -> str | None:
    lang = state.meta.get("lang")
    if not lang:
        return None
    return lang.strip().replace("_", "-").split("-")[0].lower() or None


def description(state: State) -> str | None:
    tags = state.meta.get("tags", {})
    return _clean(tags.get("og:description") or tags.get("description")) or None
