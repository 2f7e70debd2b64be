"""The class-name prefilter never hides a match from the rules' class/id patterns."""

from __future__ import annotations

import random

import decruft
from decruft.rules import _attrs as _engine
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


def test_matching_at_the_filters_starts_finds_what_the_scan_finds() -> None:
    """The regex tried only where the filter says a match may start finds the same matches, in
    the same order, as the scan of the whole name (names glued at random from the openings)."""
    names = tuple(decruft.Extractor().rule_names)
    attr_re, vocabs, _ = _engine._attr_matcher(names)
    f = _engine._token_filter(names)
    openings = sorted({o for v in vocabs if v.attr_source for o in literal_openings(v.attr_source)})
    rng = random.Random(11)
    pieces = [*openings, "-", "_", "2", "a", "x", "content", "box", "s", "bar", "list", "ing", "-s"]
    found = 0
    for _ in range(20000):
        token = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))).lower()
        scanned = tuple(int(m.lastgroup[1:]) for m in attr_re.finditer(token))  # type: ignore[index]
        assert _engine._token_hits(attr_re, token, f.starts(token)) == scanned, token
        found += len(scanned) > 1
    assert found > 100  # names holding several matches were tried
    assert f.starts("timeshare") == [] and TokenFilter(["\\w*ad"]).starts("x") is None


def test_heading_table_finds_what_one_alternation_of_the_headings_finds() -> None:
    """The headings filed by opening word find, for any text, the heading (and rule) that a single
    regex of every rule's headings, longest first, followed by a word boundary, matches."""
    import re

    from decruft.rules import _match

    names = tuple(decruft.Extractor().rule_names)
    matcher = _match.phrase_matcher(names)
    vocabs = [_match.vocabulary(n) for n in names]
    parts = [f"(?P<g{i}>{'|'.join(re.escape(h) for h in sorted(v.headings, key=len, reverse=True))})"
             for i, v in enumerate(vocabs) if v.headings]  # fmt: skip
    regex = re.compile(rf"(?:{'|'.join(parts)})(?![\w'])")
    headings = sorted({h for v in vocabs for h in v.headings})
    rng = random.Random(5)
    tails = ["", " ", "s", "'s", " in news", "-", ":", "x", " 2", "é", "_"]
    hits = 0
    for _ in range(20000):
        text = rng.choice(headings)
        text = text[: rng.randint(1, len(text))] if rng.random() < 0.2 else text
        text += rng.choice(tails) + (rng.choice(headings) if rng.random() < 0.2 else "")
        m = regex.match(text)
        expected = None if m is None else (m.group(0), int(m.lastgroup[1:]))  # type: ignore[index]
        assert matcher.heading(text) == expected, text
        hits += expected is not None
    assert hits > 5000


def test_content_patterns_tried_at_the_filters_starts_find_what_their_search_finds() -> None:
    """:func:`decruft._content._measure._named` (the body, positive and negative class patterns
    tried only where a match may start) agrees with a search of the whole class/id string, on
    strings glued at random from the patterns' openings, separators and spaces."""
    from decruft._content import _measure

    body, positive, negative, f = _measure._patterns()
    fragments = [fr for kind in ("body", "positive", "negative") for fr in _measure._content_data()[kind]]
    openings = sorted({o for fr in fragments for o in literal_openings(fr)})
    rng = random.Random(13)
    pieces = [*openings, "-", "_", "7", " ", " ", "x", "wrap", "s", "inner", "ing", "\u0663"]
    seen = set()
    for _ in range(20000):
        attrs = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        searched = tuple(r.search(attrs) is not None for r in (body, positive, negative))
        assert _measure._named(attrs) == searched, attrs
        seen.add(searched)
    assert len(seen) >= 6  # strings named by none, one and several of the patterns were tried


def test_post_classes_left_out_alike_with_and_without_the_markers_prefilter() -> None:
    """:func:`decruft._classes.own_classes` skips the marker regex on an ASCII class string that
    holds none of the markers' openings (in any case): its answer is the regex's."""
    from decruft import _classes

    marker, taxonomy, openings = _classes._post_patterns()
    assert openings is not None
    rng = random.Random(17)
    pieces = [*openings, *(o.upper() for o in openings), "entry", "post", "type-", "tag-news", "category-x", " ", "-", "é", "\u212a"]
    for _ in range(5000):
        cls = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        expected = cls if not cls or "-" not in cls or marker.search(cls) is None else " ".join(taxonomy.sub(" ", cls).split())
        assert _classes.own_classes(cls) == expected, cls
    assert _classes.own_classes("hentry post Tag-Links") == "hentry post"
    assert _classes.own_classes("HEntry tag-links") == "HEntry"
