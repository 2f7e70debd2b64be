"""Regenerate docs/rules.md from the rules' docstrings: ``python docs/make_rules_md.py``."""

from __future__ import annotations

import inspect
from pathlib import Path

import decruft
from decruft import _state
from decruft.rules import default_ruler
from decruft.rules._vocab import LANGUAGES, vocabulary

HEADER = """# Rule catalogue

decruft's built-in cruft rules, in the order they run. Each is a named unit:
switch one off with `Extractor(disable=["name"])` or `decruft --disable name`;
every block a rule removes is recorded in `Article.removed` as
`Removal(rule, text, where, vetoed)`.

What each rule recognises is data, not code: class/id patterns, tags and roles
in `src/decruft/data/patterns.toml`; headings, labels and sentences in
`src/decruft/data/phrases/<lang>.toml` for {langs}.

Two guards apply to every rule: the element holding most of the page's
paragraphs (the *anchor*) and its ancestors are never removed, and no single
removal may take more than half of the page's paragraph text.

## The article veto

No rule deletes the article, whatever its patterns match. Every removal goes
through `State.remove`, which keeps a block that holds the article and records
the attempt as `Removal(..., vetoed=True)` (`"vetoed": true` in JSON; `--explain`
prints `RULE VETOED`, `--explain-html` labels the block as kept). A page's class
names are not always what they seem: a wrapper with `has-cookie-banner`,
`comments-open`, `subscriber-only`, `content-with-menu` or `ad-free`, a whole
ASP.NET page inside one `<form>`, a photo story whose slide counters share the
text's container, a heading whose section climbs up to the story's table. Each
`fixtures/veto-<rule>/` page is such a case for one rule.

A block *holds the article* when, on a page with at least {min_prose} characters
of prose, it holds more than {share:.0%} of the page's prose and the page's
densest prose block. *Prose* is counted once per page, from its text nodes, at
the first removal (so on the page before any removal): the characters of every text run of at least {words} words outside
links (sentences; menus, link lists and labels have none), whether the article
is written as `<p>` paragraphs or as text and `<br>` in a `<div>` or `<td>`,
which the paragraph guards above do not see. The *densest block* is the element
holding the most such text of its own (its text and its paragraphs').

A post with no prose (a photo post: its headline, pictures and a caption) is
kept by its headline instead: the `<h1>`-`<h3>` printing the page's title
(`og:title`, `twitter:title`, `<title>`; outside lists, links and the site's
banner) heads it, and the nearest block around that heading holding a picture
or a line of text after it, and every block around that, is vetoed the same way.

Two kinds of evidence pass the veto, so that true boilerplate that outweighs a
short post (a long comment thread, a sidebar, a long legal notice) still goes:

- a *landmark*: the element's own `id` names what the rule removes
  (`id="comments"`, `id="sidebar"`, `id="copyright"`), or its own markup hides
  it (`hidden`, inline `display:none` for the `hidden` rule). An id names one
  block of the page; class names are shared by wrappers and taxonomy tokens.
  A `comments` landmark that neither is the headline's post nor holds it also
  passes the anchor and share guards above: a thread (`id="comments"`) whose
  replies hold more prose than a short post.
- site rules (`decruft/_site`): a person wrote the selector for that site.

`disable=["veto"]` (`--disable veto`) switches the veto off. The veto covers
the rules (built-in, plugin and `add_rule` rules alike); `prune` below works
inside the article already chosen, and text-scrape mode removes lines, not
blocks: neither is vetoed.

The rules above form the `page` chain, which runs on the parsed page (a site
rule's strip, `site:<name>/strip`, runs first). Two more chains run once the
article is chosen, and their rules are listed after the page chain's: the
`body` chain (`prune`, on the chosen article's tree) and the `text` chain
(`byline`, `tail`, `head`, on its rendered blocks). `disable` reaches every
chain, from the options or from a site rule. The text-scrape mode records
lines outside the article under `boilerplate`, which is not a rule.
"""


def main() -> None:
    parts = [
        HEADER.format(
            langs=", ".join(LANGUAGES),
            min_prose=_state.VETO_MIN_PROSE,
            share=_state.VETO_SHARE,
            words=_state.PROSE_WORDS,
        )
    ]
    for rule in default_ruler():
        vocab = vocabulary(rule.name)
        chain = "" if rule.chain == "page" else f" (chain `{rule.chain}`)"
        parts.append(f"## `{rule.name}`{chain}\n\n{inspect.cleandoc(rule.doc)}\n")
        if rule.chain != "page":
            continue
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
