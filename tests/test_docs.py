"""The docs stay in step with the code: every rule's docstring is in docs/rules.md."""

from __future__ import annotations

import inspect

from conftest import ROOT

import decruft


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_rule_catalogue_matches_docstrings() -> None:
    catalogue = _norm((ROOT / "docs" / "rules.md").read_text(encoding="utf-8"))
    for rule in decruft.BUILTIN_RULES:
        assert f"`{rule.name}`" in catalogue, f"docs/rules.md has no section for {rule.name}"
        doc = _norm(inspect.cleandoc(rule.doc))
        assert doc in catalogue, f"docs/rules.md is out of date for {rule.name}: run python docs/make_rules_md.py"


def test_public_api_is_documented() -> None:
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for name in ("extract", "Extractor", "Article", "Removal", "DecruftError", "Options"):
        assert name in api


def test_rules_md_documents_the_article_veto() -> None:
    from decruft import _state

    catalogue = _norm((ROOT / "docs" / "rules.md").read_text(encoding="utf-8"))
    assert "## The article veto" in catalogue
    assert f"at least {_state.VETO_MIN_PROSE} characters of prose" in catalogue
    assert f"more than {_state.VETO_SHARE:.0%} of the page's prose" in catalogue
    assert f"at least {_state.PROSE_WORDS} words" in catalogue
