"""An ordered registry of named rules (after markdown-it's ``Ruler``).

Built-in cruft rules, site rules and Python plugins all enter here; users
switch rules off by name and insert their own before or after a built-in.
A name that is not there, or one that is there twice, raises
:class:`~decruft.ConfigError`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator

from ._errors import ConfigError
from ._state import State

RuleFn = Callable[[State], None]


@dataclasses.dataclass(frozen=True, slots=True)
class Rule:
    """A named rule: ``fn(state)`` removes what the rule targets."""

    name: str
    fn: RuleFn
    doc: str = ""

    @property
    def summary(self) -> str:
        """The first line of the rule's docstring."""
        return self.doc.strip().splitlines()[0] if self.doc.strip() else ""


def make_rule(name: str, fn: RuleFn, doc: str | None = None) -> Rule:
    return Rule(name=name, fn=fn, doc=doc if doc is not None else (fn.__doc__ or ""))


class Ruler:
    """Ordered, named rules. Copy before changing a shared one (:meth:`copy`)."""

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: list[Rule] = list(rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, name: object) -> bool:
        return any(rule.name == name for rule in self._rules)

    @property
    def names(self) -> list[str]:
        return [rule.name for rule in self._rules]

    def copy(self) -> Ruler:
        return Ruler(self._rules)

    def _index(self, name: str) -> int:
        for i, rule in enumerate(self._rules):
            if rule.name == name:
                return i
        raise ConfigError(f"no rule named {name!r}; rules are: {', '.join(self.names)}")

    def _check_new(self, rule: Rule) -> None:
        if rule.name in self:
            raise ConfigError(f"a rule named {rule.name!r} already exists")

    def push(self, rule: Rule) -> None:
        """Append a rule at the end."""
        self._check_new(rule)
        self._rules.append(rule)

    def before(self, name: str, rule: Rule) -> None:
        """Insert ``rule`` just before the rule called ``name``."""
        self._check_new(rule)
        self._rules.insert(self._index(name), rule)

    def after(self, name: str, rule: Rule) -> None:
        """Insert ``rule`` just after the rule called ``name``."""
        self._check_new(rule)
        self._rules.insert(self._index(name) + 1, rule)

    def at(self, name: str, rule: Rule) -> None:
        """Replace the rule called ``name``."""
        self._rules[self._index(name)] = rule

    def active(self, disabled: Iterable[str] = ()) -> list[Rule]:
        """The rules to run, in order, without those named in ``disabled``."""
        off = set(disabled)
        return [rule for rule in self._rules if rule.name not in off]
