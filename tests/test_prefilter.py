"""The class-name prefilter never hides a match from the rules' class/id patterns."""

from __future__ import annotations

import random

import decruft
from decruft.rules import _match as _engine
from decruft.rules._prefilter import TokenFilter, literal_openings


def test_literal_openings_spell_out_what_every_match_starts_with() -> None:
    assert literal_openings("cookies?\\w*") == {"cookie", "cookies"}
    assert literal_openings("(?:vjs|jw)-\\w+") == {"vjs-", "jw-"}
    assert literal_openings("ads?") == {"ad", "ads"}
    assert literal_openings("[\\-_]?x") == {"-x", "_x", "x"}
    assert literal_openings("\\w+-ad") == {""}  # nothing known: every name passes


def test_filter_rejects_only_names_where_no_opening_starts_at_a_boundary() -> None:
    f = TokenFilter(["share\\w*", "nav"])
    assert f.could_match("share-bar") and f.could_match("post_share") and f.could_match("x2share")
    assert f.could_match("main-nav") and f.could_match("navbar")  # the regex decides these
    assert not f.could_match("timeshare") and not f.could_match("container") and not f.could_match("canvas")
    assert TokenFilter(["\\w*ad"]).could_match("anything")


def test_filter_agrees_with_the_rules_patterns() -> None:
    """Names built around every opening of every rule's patterns, cut and glued at random:
    wherever the regex finds a match, the filter lets the name through."""
    names = tuple(decruft.Extractor().rule_names)
    attr_re, vocabs, _ = _engine._attr_matcher(names)
    f = _engine._token_filter(names)
    openings = sorted({o for v in vocabs if v.attr_source for o in literal_openings(v.attr_source)})
    words = [w for v in vocabs if v.attr_source for w in v.attr_source.replace("(?:", " ").split()]
    rng = random.Random(7)
    pieces = [*openings, *words, "-", "_", "2", "a", "x", "content", "main", "box", "s", "bar", "list", "ing"]
    checked = rejected = 0
    for _ in range(20000):
        token = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))).lower()
        if any(ch.isspace() for ch in token):
            continue
        matched = attr_re.search(token) is not None
        passes = f.could_match(token)
        assert passes or not matched, token
        checked += 1
        rejected += not passes
    assert checked > 10000 and rejected > 100  # the filter does reject names, and only safe ones
