"""Characters that print nothing (a zero-width space, a word joiner, a byte-order mark) are not
part of the article's text; a soft hyphen is left as the page has it."""

from __future__ import annotations

import decruft

LONG = (
    "The ferry will stop at the north landing from May on, the harbor office said on Monday, "
    "and the old landing will close for repairs until the end of the summer season."
)


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><article><h1>Ferry news</h1>{body}<p>{LONG}</p><p>{LONG}</p></article></body></html>"


def test_zero_width_characters_go() -> None:
    text = decruft.extract(_page(["Tickets cost\u200b four dollars.", "\ufeffBuses wait at the\u2060 pier.", "\u200b"]), fallback=False).text
    assert "Tickets cost four dollars." in text
    assert "Buses wait at the pier." in text
    assert not any(ch in text for ch in "\u200b\u2060\ufeff")
    assert "\n\n\n" not in text


def test_soft_hyphen_stays() -> None:
    text = decruft.extract(_page(["The har\u00adbor office opens at nine."]), fallback=False).text
    assert "har\u00adbor" in text


def test_zero_width_characters_go_from_table_cells() -> None:
    # A data table's cells are read apart from the paragraphs: a byte-order mark pasted with a
    # cell's text, a zero-width space between its words, and a row of nothing else.
    table = (
        "<table><tr><th>\ufeffStop</th><th>Time</th></tr>"
        "<tr><td>North\u200b landing</td><td>9:00</td></tr>"
        "<tr><td><div>Old</div>\u2060landing</td><td>closed</td></tr>"
        "<tr><td>\u200b</td><td>\ufeff</td></tr></table>"
    )
    page = f"<html><body><article><h1>Ferry news</h1><p>{LONG}</p>{table}<p>{LONG}</p></article></body></html>"
    article = decruft.extract(page, fallback=False)
    assert "Stop | Time" in article.text, article.text
    assert "North landing | 9:00" in article.text
    assert "Old landing | closed" in article.text
    assert not any(ch in article.text for ch in "\u200b\u2060\ufeff")
    assert not any(ch in (article.markdown or "") for ch in "\u200b\u2060\ufeff")


def test_zero_width_characters_go_from_a_text_scrape() -> None:
    # A text scrape keeps what the page held: a byte-order mark at a line's start, a zero-width
    # space inside a sentence, and a line of nothing else, which reads as a blank line.
    scrape = "\n".join(
        ["Ferry news", "", f"\ufeff{LONG}", "\u200b", "Tickets cost\u200b four dollars at the\u2060 pier.", "", LONG]
    )
    text = decruft.extract(scrape, fallback=False).text
    assert "Tickets cost four dollars at the pier." in text, text
    assert not any(ch in text for ch in "\u200b\u2060\ufeff")
