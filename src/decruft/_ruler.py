"""An ordered registry of named rules (after markdown-it's ``Ruler``).

Built-in cruft rules, site rules and Python plugins all enter here; users
switch rules off by name and insert their own before or after a built-in.
A name that is not there, or one that is there twice, raises
:class:`~decruft.ConfigError`.

Rules find, the runner removes: a rule ``fn(state)`` yields (or returns a list
of) :class:`Match` records, and :meth:`Ruler.run` applies the guards of
:mod:`decruft.rules._guards` to each (never the article's anchor, never most
of the page's prose, the article veto) before it removes the node and records
the :class:`~decruft.Removal`. :meth:`Ruler.dry_run` returns what the rules
find and removes nothing. A rule that returns ``None`` (an older plugin that
calls ``state.remove`` itself) still works: its removals pass the article
veto in :meth:`State.remove <decruft.State.remove>`.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable, Iterator

from lxml import etree

from ._errors import ConfigError
from ._state import State

#: The guards' default: no rule removes a block holding more than this share of the page's
#: paragraph text (see :func:`decruft.rules._guards.removable`).
MAX_MASS_SHARE = 0.5


@dataclasses.dataclass(frozen=True, slots=True)
class Match:
    """What a rule found: ``node`` to remove, and ``reason``, how the rule found it.

    The runner removes ``node`` when the guards allow: it must be attached, not the
    article's anchor or an ancestor of it, and hold at most ``max_share`` of the page's
    paragraph text (``max_share`` above 0.5 is for certain evidence, and lifts the anchor
    guard too); with ``max_prose``, it must hold at most that much prose. ``landmark``:
    the node's own markup names what the rule removes (``id="comments"``), which the
    article veto trusts. ``force`` (site rules: a person wrote the selector for the site)
    skips every guard.
    """

    node: etree._Element
    reason: str = ""
    landmark: bool = False
    max_share: float = MAX_MASS_SHARE
    max_prose: int | None = None
    force: bool = False


#: A rule: ``fn(state)`` yields or returns the :class:`Match` records of what it targets
#: (or, an older plugin, removes them itself through ``state.remove`` and returns None).
RuleFn = Callable[[State], Iterable[Match] | None]


@dataclasses.dataclass(frozen=True, slots=True)
class Found:
    """A :class:`Match` of a dry run, with the rule that made it."""

    rule: str
    match: Match


#: The chains, in the order they run: ``page``, the cruft rules on the parsed page (site
#: rules first, then the built-ins and plugins); ``body``, on the body chosen from what is
#: left, before it is rendered; ``text``, on the rendered body's blocks.
CHAINS = ("page", "body", "text")
#: The input formats a rule function can run on (see :attr:`Rule.modes`).
MODES = ("html", "text")


@dataclasses.dataclass(frozen=True, slots=True)
class Rule:
    """A named rule: ``fn(state)`` finds what the rule targets (see :data:`RuleFn`); ``chain``
    says when it runs (:data:`CHAINS`)."""

    name: str
    fn: RuleFn
    doc: str = ""
    chain: str = "page"
    #: The input formats ``fn`` runs on (:data:`MODES`). ``"html"``: the parsed page; ``"text"``:
    #: a text scrape, given to a ``page`` rule as a page of one ``<p data-line="N">`` per line
    #: (see :mod:`decruft.textmode`). Whatever its modes, a rule's vocabulary (its phrases in
    #: the data files) marks a text scrape's lines under its name.
    modes: tuple[str, ...] = ("html",)

    def __post_init__(self) -> None:
        if self.chain not in CHAINS:
            raise ConfigError(f"rule {self.name!r}: unknown chain {self.chain!r}; chains are: {', '.join(CHAINS)}")
        if isinstance(self.modes, str) or not isinstance(self.modes, tuple) or not self.modes \
                or not set(self.modes) <= set(MODES):  # fmt: skip
            raise ConfigError(f"rule {self.name!r}: modes must be a non-empty tuple of {', '.join(map(repr, MODES))}, "
                              f"not {self.modes!r}")  # fmt: skip

    @property
    def summary(self) -> str:
        """The first line of the rule's docstring."""
        return self.doc.strip().splitlines()[0] if self.doc.strip() else ""


def make_rule(name: str, fn: RuleFn, doc: str | None = None, chain: str = "page") -> Rule:
    """A rule from a function; ``fn.modes`` (default ``("html",)``) says which input formats it runs on."""
    modes = getattr(fn, "modes", ("html",))
    modes = tuple(modes) if isinstance(modes, (list, set, frozenset)) else modes
    return Rule(name=name, fn=fn, doc=doc if doc is not None else (fn.__doc__ or ""), chain=chain, modes=modes)


class Ruler:
    """Ordered, named rules. Copy before changing a shared one (:meth:`copy`)."""

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: list[Rule] = list(rules)

    def __iter__(self) -> Iterator[Rule]:
        """The rules in running order: chain by chain (:data:`CHAINS`), each in its own order."""
        return iter(sorted(self._rules, key=lambda rule: CHAINS.index(rule.chain)))

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, name: object) -> bool:
        return any(rule.name == name for rule in self._rules)

    @property
    def names(self) -> list[str]:
        return [rule.name for rule in self]

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

    def unshift(self, rule: Rule) -> None:
        """Insert a rule at the very front (the extractor puts a page's site rule there)."""
        self._check_new(rule)
        self._rules.insert(0, rule)

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

    def active(self, disabled: Iterable[str] = (), chain: str = "page", mode: str | None = None) -> list[Rule]:
        """The rules of ``chain`` to run, in order, without those named in ``disabled`` (and,
        given a ``mode``, only those whose function runs on that input format)."""
        off = set(disabled)
        return [rule for rule in self._rules
                if rule.chain == chain and rule.name not in off and (mode is None or mode in rule.modes)]  # fmt: skip

    def run(self, state: State, disabled: Iterable[str] = (), chain: str = "page") -> None:
        """Run the active rules of ``chain`` in order on ``state``, removing what each finds
        that the guards allow and recording each removal in ``state.removed``.

        A rule's matches are applied as it yields them, so a later match (and a later
        rule) sees the page without the earlier ones, as when rules removed directly.
        """
        rules = self.active(disabled, chain, mode="html")
        if chain == "page":
            state.scan.rule_names = _vocabulary_names(rules)
        for rule in rules:
            self.run_rule(state, rule)
            state.check_time()

    def run_rule(self, state: State, rule: Rule) -> None:
        """Run one rule: each :class:`Match` it yields goes through the guards to removal."""
        apply = _apply()
        try:
            found = rule.fn(state)
            if found is not None:
                for match in found:
                    apply(state, rule.name, match)
        finally:
            state.content.measures = None  # a rule may change the tree: content choice's lengths no longer hold

    def dry_run(self, state: State, disabled: Iterable[str] = ()) -> list[Found]:
        """What the active rules of the ``page`` chain find on ``state``'s page, in order;
        nothing is removed and nothing recorded. Each rule sees the whole page, its
        predecessors' matches still in it (a real run removes them first), so matches may
        overlap. A rule that removes through ``state.remove`` itself has those calls turned
        into matches too."""
        rules = self.active(disabled, mode="html")
        state.scan.rule_names = _vocabulary_names(rules)
        out: list[Found] = []
        state.proposals = []
        try:
            for rule in rules:
                out.extend(Found(rule.name, m) for m in rule.fn(state) or ())
                for name, el, forced in state.proposals:
                    out.append(Found(name, Match(el, "removed by the rule itself", force=forced)))
                state.proposals.clear()
        finally:
            state.proposals = None
        return out


@functools.cache
def _apply() -> Callable[[State, str, Match], bool]:
    """:func:`decruft.rules._guards.apply`, imported on first use rather than at each rule's run (an
    import statement costs about a microsecond): the guards read the rules' analysis, and the
    rules package imports this module."""
    from .rules._guards import apply

    return apply


#: The names of site rules start so: ``site:<name>/strip``.
SITE_PREFIX = "site:"


def _vocabulary_names(rules: list[Rule]) -> list[str]:
    """The rules whose vocabularies the page's scan files hits under (the rules' analysis).
    Site rules have none, and leaving them out keeps the scan's compiled matchers, which
    are cached per list of names, shared by every site."""
    return [r.name for r in rules if not r.name.startswith(SITE_PREFIX)]
