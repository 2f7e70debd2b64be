"""A server's error messages printed over a text scrape's page title (textmode._diagnostics)."""

from __future__ import annotations

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE
from decruft.textmode._diagnostics import is_diagnostic

_ERRORS = (
    "Warning: Cannot modify header information in /var/www/site/lib/cache.php on line 88\n\n"
    "Deprecated: Function split() is deprecated in /var/www/site/lib/text.php on line 12\n\n"
    "Strict Standards: Non-static method Menu::build() should not be called statically in "
    "/var/www/site/theme/menu.php on line 301\n\n"
)


def test_error_messages_are_told_from_prose() -> None:
    assert is_diagnostic("Notice: Undefined index: q in /srv/app/index.php on line 7")
    assert is_diagnostic("Fatal error: Allowed memory size exhausted in C:\\web\\app.php on line 1024")
    assert not is_diagnostic("Warning: storms are expected along the coast tonight")
    assert not is_diagnostic("Notice: the library closes on line repairs day")


def test_the_page_title_under_a_server_s_error_messages() -> None:
    page = (
        _ERRORS + "Council approves new budget | Valley Gazette\n\nHome\n\nNews\n\n"
        "Council approves new budget\n\n" + ARTICLE
    )  # fmt: skip
    article = decruft.extract(page, url="https://www.valley-gazette.example/council-budget", input_format="text")
    assert article.title == "Council approves new budget"
    assert article.page_title == "Council approves new budget | Valley Gazette"
    removed = [r for r in article.removed if r.where == "lines 1-5"]
    assert removed and removed[0].rule == "boilerplate" and removed[0].text.startswith("Warning: Cannot modify")


def test_a_scrape_of_error_messages_only_is_left_as_it_is() -> None:
    article = decruft.extract(_ERRORS, url="https://www.valley-gazette.example/x", input_format="text")
    assert article.page_title is not None and article.page_title.startswith("Warning:")
