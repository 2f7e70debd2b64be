"""The public surface and its configuration errors: ``decruft.__all__``, the built-in rule
order, typed ``Extractor`` keywords, ``ConfigError`` and ``max_elements``."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import article_page

import decruft

#: Changing either list is an API change: update docs/api.md (and docs/rules.md) with it.
PUBLIC = [
    "Article",
    "PageType",
    "BUILTIN_RULES",
    "BinaryInputError",
    "ConfigError",
    "DecruftError",
    "EmptyInputError",
    "Extractor",
    "InputError",
    "InputTooLargeError",
    "LimitError",
    "Match",
    "Options",
    "Removal",
    "Rule",
    "RuleError",
    "Ruler",
    "State",
    "TimeBudgetError",
    "TooManyElementsError",
    "__version__",
    "extract",
]
RULE_ORDER = [
    "consent", "hidden", "ads", "share", "comments", "newsletter", "most-read", "related",
    "slideshow", "staff-list", "navigation", "footer", "controls", "stubs",
]  # fmt: skip


def test_all_is_pinned() -> None:
    assert decruft.__all__ == PUBLIC
    for name in PUBLIC:
        assert hasattr(decruft, name), name


def test_builtin_rule_order_is_pinned() -> None:
    assert [r.name for r in decruft.BUILTIN_RULES] == RULE_ORDER
    # then the rules that run on the chosen body (chain "body") and its rendered text ("text")
    assert decruft.Extractor().rule_names == [*RULE_ORDER, "prune", "byline", "tail", "head"]
    assert [(r.name, r.chain) for r in decruft.Extractor().ruler][-4:] == [
        ("prune", "body"), ("byline", "text"), ("tail", "text"), ("head", "text")]  # fmt: skip


def test_config_error_is_a_decruft_error_and_a_value_error() -> None:
    assert issubclass(decruft.ConfigError, decruft.DecruftError)
    assert issubclass(decruft.ConfigError, ValueError)
    assert issubclass(decruft.TooManyElementsError, decruft.LimitError)


@pytest.mark.parametrize(
    "options",
    [
        {"disable": ["no-such-rule"]},
        {"disable": [3]},
        {"input_format": "pdf"},
        {"max_bytes": 0},
        {"max_bytes": 1.5},
        {"max_bytes": True},
        {"max_elements": -1},
        {"time_budget": 0},
        {"time_budget": float("nan")},
        {"time_budget": "5"},
    ],
)
def test_bad_option_raises_config_error(options: dict[str, object]) -> None:
    with pytest.raises(decruft.ConfigError):
        decruft.Extractor(**options)  # type: ignore[arg-type]


def test_unknown_rule_name_names_the_rules() -> None:
    with pytest.raises(decruft.ConfigError, match=r"unknown rule name\(s\): nope; rules are: consent, hidden"):
        decruft.Extractor(disable=["consent", "nope"])


def test_bad_input_format_per_call_raises_config_error() -> None:
    with pytest.raises(decruft.ConfigError, match="input_format"):
        decruft.extract(article_page(), input_format="xml")  # type: ignore[arg-type]


def test_ruler_unknown_or_duplicate_name_raises_config_error() -> None:
    ruler = decruft.Ruler(decruft.BUILTIN_RULES)
    rule = decruft.Rule("mine", lambda state: None)
    with pytest.raises(decruft.ConfigError, match="no rule named 'nope'"):
        ruler.before("nope", rule)
    with pytest.raises(decruft.ConfigError, match="already exists"):
        ruler.push(decruft.Rule("ads", lambda state: None))


def test_unknown_keyword_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="disabel"):
        decruft.Extractor(disabel=["ads"])  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="disabel"):
        decruft.extract(article_page(), disabel=["ads"])  # type: ignore[call-arg]


def test_keywords_reach_the_options() -> None:
    ex = decruft.Extractor(disable=["ads"], input_format="html", fallback=False, max_bytes=10, max_elements=20,
                           time_budget=3)  # fmt: skip
    assert ex.options == decruft.Options(frozenset({"ads"}), "html", False, 10, 20, 3.0)


def _siblings(n: int) -> bytes:
    return b"<html><body>" + b"<p>x</p>" * n + b"</body></html>"


def test_max_elements_counts_every_element() -> None:
    # html, head (none here), body and n paragraphs: n + 2 elements
    decruft.extract(_siblings(98), max_elements=100, fallback=False)
    with pytest.raises(decruft.TooManyElementsError, match="more than 100 elements"):
        decruft.extract(_siblings(99), max_elements=100, fallback=False)


def test_default_max_elements_leaves_real_pages_alone() -> None:
    assert decruft.Options().max_elements == 2_000_000
    article = decruft.extract(article_page(), fallback=False)
    assert "city council approved" in article.text


def test_cli_config_error_exits_2_without_traceback(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "a.html"
    page.write_text(article_page(), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "decruft", "--disable", "nope", str(page)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("decruft: error: unknown rule name(s): nope; rules are:")
    assert "Traceback" not in done.stderr


