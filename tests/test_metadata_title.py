"""The title is the headline as printed (issue 16, item 7): a heading that prints nearly the words of
the document's title, reworded, is the headline, whatever the other title fields say."""

from __future__ import annotations

from conftest import PARAGRAPHS

import decruft

BODY = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(head: str, headings: str) -> decruft.Article:
    return decruft.extract(f'<html lang="de"><head><meta charset="utf-8">{head}</head><body><article>{headings}{BODY}</article></body></html>')


def test_an_h1_rewording_the_title_is_the_headline() -> None:
    head = (
        "<title>Shop - Schnell aufgefrischtes Haar in jeder Situation mit dem neuen Wellaflex Trockenshampoo - Info</title>"
        '<meta property="og:title" content="Möchtest Du dem Shop mit mir zusammen beitreten?">'
    )
    headings = "<h1>Wellaflex – Schnell aufgefrischtes Haar in jeder Situation mit dem Trockenshampoo</h1><h1>Anwendung</h1>"
    assert page(head, headings).title == "Wellaflex – Schnell aufgefrischtes Haar in jeder Situation mit dem Trockenshampoo"


def test_an_h2_rewording_the_title_is_the_headline_where_no_h1_is() -> None:
    head = "<title>Neubau Werkstattgebäude - Neubau Forschungsanstalt Birmensdorf</title>"
    headings = "<h2>Projektwettbewerb Neubau Werkstattgebäude Forschungsanstalt Birmensdorf</h2>"
    assert page(head, headings).title == "Projektwettbewerb Neubau Werkstattgebäude Forschungsanstalt Birmensdorf"


def test_a_heading_sharing_few_words_with_the_title_is_not_it() -> None:
    head = "<title>Neubau Werkstattgebäude - Forschungsanstalt</title>"
    headings = "<h2>Neubau des Parkhauses am Bahnhof verzögert sich weiter</h2>"
    assert page(head, headings).title == "Neubau Werkstattgebäude"


def test_a_heading_holding_the_title_and_more_is_not_a_rewording() -> None:
    head = "<title>The Nation Is Losing Its Toolbox | Example News</title>"
    headings = "<h2>The Nation Is Losing Its Toolbox 524</h2>"
    assert page(head, headings).title == "The Nation Is Losing Its Toolbox"
