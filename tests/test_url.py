"""decruft._url: the URL readers shared by metadata and text mode."""

from __future__ import annotations

import pytest

from decruft import _url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.harbour-rowing.org/news/1", "harbour-rowing"),
        ("https://News.Example.COM/a", "example"),
        ("http://localhost:8080/page", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_site_name_is_the_hosts_name_below_its_top_level_domain(url: str | None, expected: str | None) -> None:
    assert _url.site_name(url) == expected
