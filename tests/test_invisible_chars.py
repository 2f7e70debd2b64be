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
