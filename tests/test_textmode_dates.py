"""Text-scrape mode: the publication date (textmode/_dates.py) in layouts the other date tests do not cover."""

from __future__ import annotations

import datetime as dt

import pytest

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE

HEAD = "Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n"
#: More of the article: its last line stands past the lines read for a dateline under the headline.
MORE = (
    "Residents who spoke at the meeting welcomed the money for the youth centre, but several asked why the "
    "library opening hours would still be shorter than they were five years ago.\n\n"
    "The council will publish the full budget documents on its website next week, and a public consultation on "
    "the transport review will open in the spring."
)
#: A list of older posts after the article: dates htmldate would take where no dateline is read.
OLDER = "Older posts\n\n2 March 2020\n\nRoad repairs start next week\n\n9 February 2020\n\nLibrary hours cut\n\nImprint"


@pytest.mark.parametrize(
    "after",
    [
        "Share:\n\n18:05 16.04.2020",  # past a share bar's label
        "16 April 2020",
    ],
)
def test_the_date_that_signs_the_post_after_its_last_line_is_read(after: str) -> None:
    # No dateline near the headline or the body's first lines: the date printed after the body signs it.
    page = f"{HEAD}{ARTICLE}\n{MORE}\n\n{after}\n\n{OLDER}"
    assert decruft.extract(page, input_format="text").date == dt.date(2020, 4, 16)


def test_a_teaser_date_after_the_body_does_not_sign_it() -> None:
    # The date under a list's heading is a teaser's, not the post's: no date signs the post, and
    # the page's date is the one htmldate reads in the older posts (OLDER), as with no date after it.
    page = f"{HEAD}{ARTICLE}\n{MORE}\n\nRelated posts\n\n17 April 2020\n\nBus subsidies under review\n\n{OLDER}"
    assert decruft.extract(page, input_format="text").date == dt.date(2020, 2, 9)


@pytest.mark.parametrize("glued", ["21.01.2022", "2022-01-21"])
def test_a_date_run_into_a_long_teaser_under_the_headline_copy_is_read(glued: str) -> None:
    # The list of latest news after the article holds the page itself; its teaser, too long for a
    # dateline, opens with the date run into its text (as a date run into a headline is).
    teaser = glued + "The council approved the new budget on Tuesday evening. " * 4
    latest = f"Latest news\n\nTown hall\n\nCouncil approves new budget\n\n{teaser}\n\nRoad repairs start next week\n\nAll news"
    page = f"{HEAD}{ARTICLE}\n\n{latest}"
    url = "https://news.example.org/2018/01/02/council-budget"  # a date htmldate would take instead
    assert decruft.extract(page, input_format="text", url=url).date == dt.date(2022, 1, 21)


def test_a_headline_that_is_the_sites_name_anchors_no_dateline() -> None:
    # A blog's page of posts: the site's name under the page title, then a long menu with a dated item,
    # then the post's own heading and dateline over its text.
    menu = "\n\n".join(["Home", "Club", "Regatta 14. Mai 2011", "Boats", "Training", "Youth", "Masters", "Events", "Gallery"] * 2)
    post = "Council approves new budget\n\nPublished on 13 January 2014 by jroe"
    page = f"Posts | Harbour Rowing Club\n\nHarbour Rowing Club\n\n{menu}\n\n{post}\n\n{ARTICLE}\n{MORE}"
    assert decruft.extract(page, input_format="text").date == dt.date(2014, 1, 13)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Posted on 21 Sep ’20 | Category: Town hall", dt.date(2020, 9, 21)),  # a year after an apostrophe
        ("Mar 3, '19 · 4 min read", dt.date(2019, 3, 3)),
        ("Jane Roe2021-03-02T09:05:31+01:0014. März 2021|", dt.date(2021, 3, 14)),  # a hidden stamp run in
    ],
)
def test_a_dateline_under_the_headline_is_read_as_the_readers_see_it(line: str, day: dt.date) -> None:
    page = f"{HEAD}{line}\n\n{ARTICLE}\n{MORE}\n\n{OLDER}"
    assert decruft.extract(page, input_format="text").date == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("the ’90s", None),  # no month: no date
        ("Summer of ’69", None),
        ("Mar 3, '98 · 4 min read", dt.date(1998, 3, 3)),  # two digits past this year's: the last century
        ("2019-07-08T08:30:00Z 2019-09-17", dt.date(2019, 7, 8)),  # a stamp beside numbers: the earliest, as before
        ("2021-03-02T09:05:31+01:00", dt.date(2021, 3, 2)),  # a stamp alone is read
    ],
)
def test_read_dateline_short_years_and_stamps(line: str, day: dt.date | None) -> None:
    from decruft.metadata import read_dateline

    assert read_dateline(line) == day


@pytest.mark.parametrize(
    "caption",
    [
        "Abbildung: Der Ratssaal am 30.04.2018 (links) und heute (rechts)",  # opens with the picture's label
        "The council chamber before the vote (Photo: Jane Roe, 30.04.2018).",  # a credit in brackets
    ],
)
def test_a_captions_date_in_the_bodys_first_lines_is_no_dateline(caption: str) -> None:
    # The picture's day is not the post's: the page's date is the one under its date label after the body.
    page = f"{HEAD}{ARTICLE}\n{caption}\n\n{MORE}\n\nLast updated:\n\n03.02.2021 um 11:40\n\nImprint"
    assert decruft.extract(page, input_format="text").date == dt.date(2021, 2, 3)


def test_a_date_under_its_label_after_the_body_is_read_where_no_dateline_is_near() -> None:
    # Past a list's heading (no date after it signs the post), over a list of older posts (whose
    # date htmldate would take).
    page = f"{HEAD}{ARTICLE}\n{MORE}\n\nTeam Example\n\nRelated posts\n\nexample.org\n\nLetzte Änderung:\n\n03.02.2021 um 11:40\n\n{OLDER}"
    assert decruft.extract(page, input_format="text").date == dt.date(2021, 2, 3)
    # A label with no date under it gives nothing: the older posts' date, as htmldate reads it.
    page = f"{HEAD}{ARTICLE}\n{MORE}\n\nLetzte Änderung:\n\nheute\n\n{OLDER}"
    assert decruft.extract(page, input_format="text").date == dt.date(2020, 2, 9)


@pytest.mark.parametrize(
    ("line", "label"),
    [("Letzte Änderung:", True), ("Published :", True), ("Aktualisiert", False), ("Updated", False), ("Anmerkung:", False)],
)
def test_a_date_label_is_a_fields_label_with_its_colon(line: str, label: bool) -> None:
    # A word alone ("Updated") may be a teaser's badge in a list, over the teaser's own date.
    from decruft.metadata._dateline import is_date_label

    assert is_date_label(line) is label
