"""Regenerate docs/rules.md from the rules' docstrings: ``python docs/make_rules_md.py``."""

from __future__ import annotations

import inspect
from pathlib import Path

import decruft
from decruft.rules._vocab import LANGUAGES, vocabulary

HEADER = """# Rule catalogue

decruft's built-in cruft rules, in the order they run. Each is a named unit:
switch one off with `Extractor(disable=["name"])` or `decruft --disable name`;
every block a rule removes is recorded in `Article.removed` as
`Removal(rule, text, where)`.

What each rule recognises is data, not code: class/id patterns, tags and roles
in `src/decruft/data/patterns.toml`; headings, labels and sentences in
`src/decruft/data/phrases/<lang>.toml` for {langs}.

Two guards apply to every rule: the element holding most of the page's
paragraphs (the *anchor*) and its ancestors are never removed, and no single
removal may take more than half of the page's paragraph text.

Besides the rules, the main-content stage records what it prunes from the
chosen article under the name `prune` (link lists, empty shells, `<aside>`
blocks), and the text-scrape mode records lines outside the article under
`boilerplate`. A byline line left at the top of the body ("By Jane Roe · 8
February 2024") is metadata: it is dropped and recorded under `byline`. Labels
and headings left after the article's last sentence ("Further information",
"Tags", a lone site name) are dropped and recorded under `tail`, and short
labels before its first sentence (a section name, "Artikel") under `head`
(`disable=["tail"]` / `disable=["head"]` keep them).
"""


def main() -> None:
    parts = [HEADER.format(langs=", ".join(LANGUAGES))]
    for rule in decruft.BUILTIN_RULES:
        vocab = vocabulary(rule.name)
        parts.append(f"## `{rule.name}`\n\n{inspect.cleandoc(rule.doc)}\n")
        facts = []
        if vocab.tags:
            facts.append("tags: " + ", ".join(f"`{t}`" for t in vocab.tags))
        if vocab.roles:
            facts.append("roles: " + ", ".join(f"`{r}`" for r in vocab.roles))
        counts = [f"{len(vocab.headings)} headings", f"{len(vocab.labels)} labels", f"{len(vocab.sentences)} sentences"]
        facts.append("phrases (all languages): " + ", ".join(counts))
        parts.append("\n".join(f"- {f}" for f in facts) + "\n")
    out = Path(__file__).with_name("rules.md")
    out.write_text("\n".join(parts), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
