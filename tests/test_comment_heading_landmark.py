"""A comment thread written as flat siblings under a heading whose id names it."""

from __future__ import annotations

import decruft

POST = (
    "The county library will open on Sundays from next month, the council said on Monday, after "
    "a survey found that most readers wanted longer weekend hours."
)
REPLY = (
    "I have waited years for this. Sunday was always the only day I had time to take the children, and "
    "the building sat closed while the park outside was full of families with nothing to read, which "
    "always struck me as a waste of a fine reading room and of the staff who would gladly have opened it."
)
SHORT = "Good news, finally. Thanks for reporting it."


def _page() -> str:
    replies = "".join(
        f"<div id='c{i}'><p>{REPLY if i == 2 else SHORT}</p></div><p class='posted'>Posted by: reader {i}</p>"
        for i in range(1, 5)
    )
    return (
        "<html><head><title>Library opens on Sundays | The Daily Example</title></head>"
        "<body><div class='content'><h3>Library opens on Sundays</h3>"
        f"<p>{POST}</p><h2 id='comments'>Comments</h2>{replies}</div></body></html>"
    )


def test_the_longest_reply_under_a_named_comments_heading_goes_too() -> None:
    # The longest reply is the page's densest prose block (the anchor the guards keep); the
    # heading's own id says the run under it is the comment thread, as a thread's id would.
    article = decruft.extract(_page(), fallback=False)
    assert "county library will open on Sundays" in article.text
    assert "I have waited years for this" not in article.text
    assert "Good news, finally" not in article.text
