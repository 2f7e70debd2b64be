"""Python rule plugins, discovered through the entry-point group ``decruft.rules``.

A plugin package declares, in its ``pyproject.toml``::

    [project.entry-points."decruft.rules"]
    paywall = "my_plugin:remove_paywall"

The entry point names a rule function ``fn(state)`` yielding ``Match`` records (its docstring is
its documentation). Optional attributes on the function place it:
``fn.before = "consent"`` or ``fn.after = "related"``; by default it runs
last. ``Extractor(plugins=True)`` loads every installed plugin;
``plugins=["paywall"]`` loads the named ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib.metadata import entry_points
from typing import Any

from ._errors import RuleError

GROUP = "decruft.rules"


def discover(names: Iterable[str] | None = None) -> list[tuple[str, Callable[..., Any]]]:
    """``(name, rule function)`` of the installed plugins (all, or those named)."""
    wanted = None if names is None else set(names)
    found = []
    for ep in entry_points(group=GROUP):
        if wanted is not None and ep.name not in wanted:
            continue
        try:
            fn = ep.load()
        except Exception as exc:  # a broken plugin package: a clear error, not a stray exception
            raise RuleError(f"plugin {ep.name!r} ({ep.value}) failed to load: {exc}") from None
        if not callable(fn):
            raise RuleError(f"plugin {ep.name!r} ({ep.value}) is not a callable rule")
        found.append((ep.name, fn))
    missing = (wanted or set()) - {name for name, _ in found}
    if missing:
        raise RuleError(f"no installed plugin named {', '.join(sorted(missing))}")
    return found
