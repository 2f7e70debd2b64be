"""Charts drawn as a picture with their labels placed over it in text are no prose."""

from __future__ import annotations

from conftest import PARAGRAPHS, article_page

import decruft

LABELS = ["Spending per resident", "40%", "30", "20", "10", "2019", "2020", "2021", "2022", "FORECAST"]
CHART = (
    "<div class='graphic'><div class='board'><img src='/chart.png' alt=''>"
    + "".join(
        f"<div class='label' style='top:{5 + 9 * i}%;margin-top:-8px;left:{3 + i}%;width:60px;'><p>{text}</p></div>"
        for i, text in enumerate(LABELS)
    )
    + "</div></div>"
)


def test_labels_placed_over_a_chart_picture_are_pruned() -> None:
    page = article_page().replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{PARAGRAPHS[1]}</p>{CHART}")
    article = decruft.extract(page, fallback=False)
    assert "FORECAST" not in article.text and "Spending per resident" not in article.text
    assert PARAGRAPHS[1] in article.text and PARAGRAPHS[2] in article.text
    assert any(r.rule == "prune" and r.text.startswith("chart labels") for r in article.removed)


def test_a_picture_with_one_placed_caption_keeps_it() -> None:
    # One caption set over a photo is no chart: its text stays.
    photo = (
        "<div class='board'><img src='/photo.jpg' alt=''>"
        "<div style='bottom:4%;left:2%'><p>Councillors leaving the chamber after the vote</p></div></div>"
    )
    page = article_page().replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{PARAGRAPHS[1]}</p>{photo}")
    article = decruft.extract(page, fallback=False)
    assert "Councillors leaving the chamber" in article.text
