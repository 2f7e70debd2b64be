"""Text-scrape mode: a user's handle printed with its date right under the headline (a blog's or
forum's post head), no byline marker or label before it."""

from __future__ import annotations

import pytest

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE

HEAD = "Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n"


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A date, then the handle, on one line.
        ("7. November 2018 examplewriter", ["examplewriter"]),
        # Date | handle | comment count.
        ("14 Mai, 2011 | JaNe_RoE | Kommentare 12 |", ["JaNe_RoE"]),
        ("March 3, 2019 at 10:12 pm · jane.roe · 12 Comments", ["jane.roe"]),
        # A handle alone, its date on the next line (a count over it).
        ("149\n\nJaneRoe\n\n21.03.2019, 09:41 Uhr", ["JaneRoe"]),
        # A section's name, an abbreviation, a word of another script: no handle.
        ("12.03.2020 | Politik", []),
        ("red.\n\n26.03.2020 14:51", []),
        ("12 марта 2018, 09:15 новости", []),
        # No date near: no handle.
        ("examplewriter", []),
    ],
)  # fmt: skip
def test_a_dated_handle_right_under_the_headline(under: str, names: list[str]) -> None:
    page = f"{HEAD}{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


def test_a_name_line_under_the_headline_comes_before_a_handle_under_it() -> None:
    # "Jane Roe - date" is the byline; a given name alone after it is no handle.
    page = f"{HEAD}Jane Roe - Apr 18, 2016 7:41 pm UTC\n\nMarcus\n\nreader comments\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == ["Jane Roe"]


@pytest.mark.parametrize(
    ("head", "names"),
    [
        # A post head too long for a byline, of "|" parts: its byline part names a handle too.
        (
            "Veröffentlicht: 07.02.2021 | Autor: examplewriter | Abgelegt unter: Kamera, Fotografie, Reisen | "
            "Tags: Hafen, Gegenlicht, Abendrot, Küste | 5 Kommentare",
            ["examplewriter"],
        ),
        (
            "Posted: March 3, 2019 | Author: Jane Roe | Filed under: Council, Budget, Libraries, Transport | "
            "Tags: roads, youth centre, buses | 5 Comments",
            ["Jane Roe"],
        ),
        # No year in any part: a menu's line, no post head.
        ("Home | Von A bis Z | Über uns | Kontakt | Impressum | Datenschutz | Newsletter | Archiv | Mediadaten | Jobs", []),
    ],
)
def test_the_byline_part_of_a_long_post_head(head: str, names: list[str]) -> None:
    page = f"{HEAD}{head}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names
