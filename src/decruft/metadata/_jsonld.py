"""JSON-LD: the page's ``<script type="application/ld+json">`` objects, parsed, flattened, and the main one."""

from __future__ import annotations

import json
import re
import types
from collections.abc import Iterator
from typing import Any

from lxml import etree


_ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting", "scholarlyarticle", "techarticle", "report",
    "socialmediaposting", "posting", "discussionforumposting", "webpage", "medicalwebpage", "itempage", "review",
    "creativework", "videoobject", "recipe", "howto", "event",
}  # fmt: skip
_PREFERRED_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                    "opinionnewsarticle", "liveblogposting", "reviewnewsarticle", "backgroundnewsarticle",
                    "scholarlyarticle", "techarticle", "report"}  # fmt: skip


#: The wrappers XHTML-era templates put around a script's JSON: ``<![CDATA[ ... ]]>`` (and its ``//``-commented
#: form) and ``<!-- ... -->``.
_JSONLD_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")


def _jsonld_objects(scripts: list[etree._Element]) -> Iterator[dict[str, Any]]:
    for script in scripts:
        raw = (script.text or "").strip()
        if raw[:1] in ("<", "/"):  # JSON opens with "{" or "[": only a wrapped script needs the regex
            raw = _JSONLD_WRAPPER.sub("", raw).strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except RecursionError:  # nested deeper than the json module goes: no usable metadata
            continue
        except ValueError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
            except (ValueError, RecursionError):
                continue
        if raw.count("{") + raw.count("[") > JSONLD_DEPTH:
            _cut_deep(data, JSONLD_DEPTH)
        yield from _flatten_jsonld(data, 0)


#: JSON-LD containers nested deeper than this are dropped (replaced by None) after parsing,
#: so that no reader of the metadata recurses without end.
JSONLD_DEPTH = 64


def _cut_deep(data: Any, limit: int) -> None:
    """Replace the lists and objects nested more than ``limit`` deep in ``data`` by None (in place,
    without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in list(items):
            if isinstance(value, (dict, list)):
                if depth + 1 >= limit:
                    node[key] = None
                else:
                    stack.append((value, depth + 1))


def _flatten_jsonld(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten_jsonld(item, depth + 1)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _flatten_jsonld(data["@graph"], depth + 1)
        yield data
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict) and "@type" in main:
            yield from _flatten_jsonld(main, depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {str(x).lower() for x in t}
    return set()


def _main_jsonld(jsonld: list[dict[str, Any]]) -> dict[str, Any]:
    """The page's main JSON-LD object: the first of an article type, else the first of a page or work type."""
    best: dict[str, Any] = {}
    for obj in jsonld:
        types = _types(obj)
        if types & _PREFERRED_TYPES:
            return obj
        if types & _ARTICLE_TYPES and not best:
            best = obj
    return best


def _jsonld_nodes(jsonld: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The page's JSON-LD objects by their ``@id`` (the first of each id that says more than its id)."""
    nodes: dict[str, dict[str, Any]] = {}
    for obj in jsonld:
        key = obj.get("@id")
        if isinstance(key, str) and len(obj) > 1:
            nodes.setdefault(key, obj)
    return nodes
