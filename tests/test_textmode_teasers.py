"""Text-scrape mode: teasers cut short with the same link's label after them (textmode._teasers)."""

from __future__ import annotations

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE

#: A menu describing its pages: some items cut short with the link's label, the others with a
#: description run into their name.
_MENU = [
    "Harbour tours... open this page",
    "Ferry timesThe ferries sail every hour from the harbour's east pier, and twice an hour in summer, to the three islands.",
    "Lighthouse museum... open this page",
    "Fish marketThe market on the quay opens at dawn on weekdays; its stalls sell the morning's catch until noon or later.",
    "Boat hire... open this page",
    "Sailing schoolThe school teaches children and adults to sail small boats in the sheltered water of the inner harbour.",
    "Island walks... open this page",
    "Harbour festivalEvery August the town holds a festival on the quays, with music, boat races and a market for crafts.",
    "Parking... open this page",
]


def _page() -> str:
    head = ["Harbour council budget | Port Town", "Home", *_MENU, "Council approves the harbour budget", "06.12.2031"]
    return "\n\n".join(head) + "\n\n" + ARTICLE


def test_a_menu_of_teasers_cut_short_with_one_label_is_no_article() -> None:
    article = decruft.extract(_page(), url="https://www.port-town.example/news/budget", input_format="text")
    assert "Ferry times" not in article.text
    assert "open this page" not in article.text
    assert article.text.startswith("The city council approved the new budget")


def test_a_label_closing_fewer_items_marks_nothing() -> None:
    page = _page().replace("Parking... open this page", "Parking").replace("Island walks... open this page", "Island walks")
    article = decruft.extract(page, url="https://www.port-town.example/news/budget", input_format="text")
    assert "Ferry times" in article.text


def test_the_related_rule_disabled_marks_no_teaser() -> None:
    article = decruft.extract(_page(), url="https://www.port-town.example/news/budget", input_format="text", disable=["related"])
    assert "open this page" in article.text
