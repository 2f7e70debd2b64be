"""Text-scrape mode: headline and authors printed where a rail section or a label line hides them."""

from __future__ import annotations

import datetime as dt

import pytest

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE


#: A share bar above the headline: its heading opens a rail section that runs on to the body.
SHARE_BAR = "Share this\n\nFacebook\n\nTwitter\n\n"


@pytest.mark.parametrize(
    ("first_line", "headline"),
    [
        # Reworded for the <title>.
        ("City council approves the new budget after a long debate | The Daily Example",
         "Council approves the new budget after long debate"),
        # Held in the <title> between a section's and the site's name.
        ("Politics - Council approves new budget today: what changes | The Daily Example", "Council approves new budget today"),
        # Worded in part as the <title>, right above the body.
        ("What the new budget means for the council's services", "Council services and the new budget"),
    ],
)  # fmt: skip
def test_a_headline_inside_a_rail_section_is_the_title(first_line: str, headline: str) -> None:
    page = f"{first_line}\n\nHome\n\n{SHARE_BAR}{headline}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").title == headline


def test_a_decorated_title_in_a_rail_section_is_not_the_title() -> None:
    # The <title>'s own part with the site's name: the own part reads better.
    page = f"Council approves new budget today | The Daily Example\n\n{SHARE_BAR}Council approves new budget today | DAILY\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").title == "Council approves new budget today"


def test_a_piece_of_the_title_in_a_rail_section_is_not_the_title() -> None:
    # A lower-case piece of the <title> ("featuring parallel worlds") is some link's, no headline.
    page = f"List of novels featuring parallel worlds - Wiki\n\n{SHARE_BAR}featuring parallel worlds\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").title == "List of novels featuring parallel worlds"


#: Links under the article, between it and an author box.
LINKS = "Tags\n\nCouncil\n\nBudget\n\nLibraries\n\nTransport\n\nRoads\n\nYouth\n\n"


@pytest.mark.parametrize(
    ("box", "names"),
    [
        # A byline's label alone on its line, the name on the next: a byline box, a field per line.
        ("Published by\n\nJane Roe\n\nJane covers the council for the Daily Example.", ["Jane Roe"]),
        ("Eingestellt von\n\nJane Roe\n\num 09:15", ["Jane Roe"]),
        # A name of one word, with a date after it.
        ("von:\n\nNewsdesk\n\n26. Januar 2021, 11:04", ["Newsdesk"]),
        # ...and without one: a menu's "Von" / "Bücher" is no byline.
        ("Von\n\nBücher\n\nFilme", []),
    ],
)
def test_a_byline_label_alone_on_its_line_names_the_author(box: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{ARTICLE}\n{LINKS}{box}\n"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A byline's marker beats a teaser's heading over it that reads as a name with a date near.
        ("Budget Day Special\n\nPubliziert am 15. Januar 2013 von jroe", ["jroe"]),
        # A date in numbers alone, whatever their order, makes a name line a byline.
        ("Jane Roe\n\nUpdated 03/11/2021 08:41", ["Jane Roe"]),
    ],
)
def test_the_byline_under_the_headline_is_read_first(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


def test_an_author_credit_far_under_the_article_names_the_author() -> None:
    # "Author: Jane Roe" after the article's tags, farther than a byline just after the body.
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{ARTICLE}\n{LINKS}Author: Jane Roe\n"
    assert decruft.extract(page, input_format="text").authors == ["Jane Roe"]


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A byline's trailing word after the name is cut.
        ("von Marlene Veröffentlicht am 12. Juni 2018", ["Marlene"]),
        # A time ago instead of a date, right over the body.
        ("Jane Roe\n\nvor 2 Stunden", ["Jane Roe"]),
        ("Jane Roe\n\n3 hours ago", ["Jane Roe"]),
    ],
)
def test_a_byline_with_a_time_ago_under_the_headline(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


def test_a_name_over_the_headline_with_a_time_ago_names_the_author() -> None:
    page = f"Council approves new budget | The Daily Example\n\nNews\n\nJane Roe\n\n3 hours ago\n\nCouncil approves new budget\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == ["Jane Roe"]


def test_a_teaser_with_a_time_ago_far_over_the_body_is_no_byline() -> None:
    # "Headline / Jane Roe / An hour ago" in a rail far above: a teaser's byline, not the article's.
    rail = "Popular\n\nRoad repairs start next week\n\nJane Roe\n\nAn hour ago\n\n" + "\n\n".join(f"Section {n}" for n in range(8))
    page = f"Council approves new budget | The Daily Example\n\n{rail}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == []


def test_a_dateline_over_the_headline_beats_a_date_in_the_body() -> None:
    # An embedded post's date in the body's first lines is not the article's.
    lead, rest = ARTICLE.split("\n\n", 1)
    page = (f"Council approves new budget | The Daily Example\n\n4 February 2022, 15:29\n\nCouncil approves new budget\n\n"
            f"{lead}\n\nPosted by Jane Roe on Monday, February 8, 2021\n\n{rest}")  # fmt: skip
    assert decruft.extract(page, input_format="text").date == dt.date(2022, 2, 4)


@pytest.mark.parametrize("ago", ["před 2 hodinami", "2 ore fa", "3 uur geleden", "há 2 horas", "2 godziny temu"])
def test_a_time_ago_in_other_languages_dates_a_name_line(ago: str) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\nJane Roe\n\n{ago}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == ["Jane Roe"]


#: A menu of title-like items over the headline; the page title (two words) is no candidate.
MENU = "Example News\n\nTravel Insurance Guides\n\nCredit Card Reviews\n\nAll Card Stories\n\n"


@pytest.mark.parametrize(
    "under",
    [
        "Jane Roe\n\nOct 15, 2019",  # a name line, then the date
        "By Jane Roe",  # a byline alone
        "Share this\n\n13. Oktober 2020",  # a share bar's label between
    ],
)
def test_the_heading_over_its_date_or_byline_beats_a_menu_item(under: str) -> None:
    page = f"{MENU}Council approves new budget after long debate\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").title == "Council approves new budget after long debate"


def test_a_photo_credit_over_the_byline_is_no_headline() -> None:
    page = f"{MENU}Council approves new budget after long debate\n\nJane Roe/Example Agency\n\nBy Jane Roe\n\nOct 15, 2019\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").title == "Council approves new budget after long debate"


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        # The publication day run into the update's ("17. Juni 2019" + "21. Januar 2020").
        ("17. Juni 201921. Januar 2020 | Jane Roe", dt.date(2019, 6, 17)),
        ("24.11.202124.11.2021", dt.date(2021, 11, 24)),
        # A byline's name run into its date.
        ("Jane RoeNovember 6, 2023", dt.date(2023, 11, 6)),
    ],
)
def test_a_dateline_run_together_with_the_next_text_is_read(dateline: str, day: dt.date) -> None:
    # The scraper dropped the markup between two texts: no space where one ends and the next begins.
    page = (f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{dateline}\n\n{ARTICLE}\n\n"
            "Related\n\nRoad repairs start next week\n\nOctober 27, 2018")  # fmt: skip
    assert decruft.extract(page, input_format="text").date == day


@pytest.mark.parametrize(
    ("badge", "day"),
    [
        ("26\n\nOct 2018", dt.date(2018, 10, 26)),  # the day over the month and year
        ("28.\n\nJanuar\n\n2022", dt.date(2022, 1, 28)),  # a line each
    ],
)
def test_a_date_badge_over_the_headline_is_read(badge: str, day: dt.date) -> None:
    # A blog theme prints the day alone on a line, the month and year under it.
    page = (f"Council approves new budget | The Daily Example\n\n{badge}\n\nCouncil approves new budget\n\n{ARTICLE}\n\n"
            "Related\n\nRoad repairs start next week\n\nOctober 27, 2017")  # fmt: skip
    assert decruft.extract(page, input_format="text").date == day


def test_a_count_over_a_dated_line_is_no_date_badge() -> None:
    # "5" / "Comments" is a count; the date printed whole on the next line is no badge of day 5.
    page = ("Council approves new budget | The Daily Example\n\n5\n\nComments\n\nNew rules from 1 March 2020 on\n\n"
            f"Council approves new budget\n\n{ARTICLE}")  # fmt: skip
    assert decruft.extract(page, input_format="text").date != dt.date(2020, 3, 5)
