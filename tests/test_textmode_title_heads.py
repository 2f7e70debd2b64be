"""Text-scrape mode: the headline beside its deck, a breadcrumb's last item and a byline's handle."""

from __future__ import annotations

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE
from decruft.textmode._lines import split_lines
from decruft.textmode._title_dated import _heading

#: A menu before the head: its items are no headline.
MENU = "Home\n\nNews\n\nSport\n\nCulture\n\n"


def test_the_headline_over_its_long_deck_is_the_headline() -> None:
    # The deck (standfirst) shares more words with the page title than the headline, and both are
    # dated by the byline and date under them: the line over the deck is the headline.
    page = (
        "Council budget: what the new spending plan means for bus routes and libraries\n\n" + MENU
        + "Topic – Budget\n\n\u201eWe have to choose what we keep\u201c\n\n"
        "The council's new spending plan: can it save the bus routes and the libraries? The finance director "
        "explains what it means for the villages\n\nInterview: Jane Roe\n\n14.06.2021\n\n" + ARTICLE
    )
    assert decruft.extract(page, input_format="text").title == "\u201eWe have to choose what we keep\u201c"


def test_a_kicker_over_a_long_headline_is_no_headline() -> None:
    # Three words over a headline of eighteen: a kicker, not a headline over its deck.
    page = (
        "Harbour fees: the mayor asks the council to change the rules | Daily Example\n\n" + MENU
        + "Mayor of Harbourtown\n\n"
        "What the mayor wants when she asks the council to change the rules on the harbour fees this year\n\n"
        "By Jane Roe\n\nMarch 9, 2019\n\n" + ARTICLE
    )
    article = decruft.extract(page, url="https://www.dailyexample.com/news/mayor", input_format="text")
    assert article.title == "What the mayor wants when she asks the council to change the rules on the harbour fees this year"


def test_a_breadcrumb_s_last_item_gives_way_to_the_dated_headline() -> None:
    # The breadcrumb's last item, on the line after it, repeats the page title; the article's
    # headline, reworded, stands under a kicker with its date.
    page = (
        "Report: council plans to extend the parking ban\n\n" + MENU + "Example>news>\n\n"
        "Report: council plans to extend the parking ban\n\nFour more weeks?\n\n"
        "Report: parking ban to stay until the summer\n\nThe council meets on Friday.\n\n"
        "14 June 2021 - 09:30\n\n" + ARTICLE
    )
    assert decruft.extract(page, input_format="text").title == "Report: parking ban to stay until the summer"


def test_a_name_with_a_social_handle_is_no_heading() -> None:
    assert not _heading(split_lines(["Jane Roe @janeroe"])[0])
    assert _heading(split_lines(["Council approves new budget"])[0])


def test_a_short_sentence_over_the_body_is_the_headline_when_the_page_title_is_a_label() -> None:
    # The page title is a menu's label; the headline, a short sentence, stands over a salutation.
    page = "Home\n\nFarewell from the harbour blog.\n\nDear readers,\n\n" + ARTICLE
    assert decruft.extract(page, input_format="text").title == "Farewell from the harbour blog."


def test_a_long_sentence_over_the_body_is_no_headline() -> None:
    page = "Home\n\nThe council met on Tuesday to talk about the budget for the next two years.\n\n" + ARTICLE
    assert decruft.extract(page, input_format="text").title is None


#: A long menu of one-word items (no title-like lines), after a title-like menu line.
ITEMS = "".join(f"Item{n}\n\n" for n in range(24))


def test_a_far_menu_line_sharing_no_word_with_the_page_title_is_no_headline() -> None:
    # The first title-like line before the body is a menu's question far above it: the page
    # title's own part is the headline (it is printed nowhere).
    page = "Harbour fees rise again | Daily Example\n\nWhere would you like to go?\n\n" + ITEMS + ARTICLE
    article = decruft.extract(page, url="https://www.dailyexample.com/news/fees", input_format="text")
    assert article.title == "Harbour fees rise again"


def test_a_far_heading_with_its_date_stays_the_headline() -> None:
    page = "Harbour fees rise again | Daily Example\n\nMar 3, 2010\n\nThis month's puzzle\n\n" + ITEMS + ARTICLE
    article = decruft.extract(page, url="https://www.dailyexample.com/news/fees", input_format="text")
    assert article.title == "This month's puzzle"


def test_a_headline_wrapped_over_two_lines_is_joined() -> None:
    # The scrape wrapped the headline: its rest is the next line of its block.
    page = "Harbour fees rise for the third time - 06.11.2016 - Daily Example\n\nHome\n\nHarbour fees rise for the\nthird time\n\n" + ARTICLE
    assert decruft.extract(page, input_format="text").title == "Harbour fees rise for the third time"


def test_a_line_under_the_headline_in_its_block_is_no_part_of_it() -> None:
    page = "Harbour fees rise again | Daily Example\n\nHome\n\nHarbour fees rise again\nMarch 9, 2019\n\n" + ARTICLE
    assert decruft.extract(page, input_format="text").title == "Harbour fees rise again"


def test_a_menu_ending_with_a_more_link_is_no_breadcrumb() -> None:
    # "More »" ends the menu line: the copy of the page title under it is the headline.
    page = (
        "Harbour fees: what they really mean\n\nHome About Archives\n\nNews Sport Culture More »\n\n"
        "Harbour fees: what they really mean\n\nBy Jane Roe on\n\nJun 3rd, 2015\n\n" + ARTICLE
    )
    assert decruft.extract(page, input_format="text").title == "Harbour fees: what they really mean"


def test_of_the_page_title_s_parts_printed_the_longest_is_the_headline() -> None:
    # "Headline | Author | Section | site": the author's name, printed nearer the body than the
    # headline, is a shorter part of the page title.
    page = (
        "Harbour fees rise for the third time this year | Jane Roe | Opinion | Daily Example\n\n" + MENU
        + "Harbour fees rise for the third time this year\n\nShare\n\nJane Roe\n\nTuesday 14 June 2016\n\n" + ARTICLE
    )
    assert decruft.extract(page, input_format="text").title == "Harbour fees rise for the third time this year"


#: A long headline (fourteen words) over its deck, byline and date; a copy of the page title opens the body.
LONG_HEADLINE = "Ask the harbour: every week the council answers the questions its island commuters send in"
DECK = (
    "The mayor said the letters would reach the council every week and that the answers would be "
    "printed on the same page for every reader"
)


def test_the_dated_headline_over_a_copy_of_the_title_opening_the_body() -> None:
    # The <title>'s copy opens the body (a share card's line); the headline sits over its deck,
    # its byline (a handle after the name) and date, parted by a line of marks alone.
    page = (
        "Harbour council will print a weekly page of answers for its island commuters\n\n" + MENU + f"{LONG_HEADLINE}\n\n{DECK}\n\n"
        "Jane Roe @janeroe\n\n-\n\nMay 13, 2021\n\nFacebook\n\nTwitter\n\n"
        "Harbour council will print a weekly page of answers for its island commuters\n\n" + ARTICLE
    )
    article = decruft.extract(page, input_format="text")
    assert article.title == LONG_HEADLINE
    assert "island commuters" not in article.text  # the copy is no text of the article
    assert any(r.rule == "head" and "weekly page of answers" in r.text for r in article.removed)


def test_a_menu_item_over_its_date_is_no_headline_over_a_copy_opening_the_body() -> None:
    # A menu's item dated by the line under it shares no word with the page title: the copy stays the headline.
    page = (
        "Harbour council will print a weekly page of answers for its island commuters\n\n" + MENU
        + "About the ministry and its work\n\nOffice tours\n\nHarbourtown,\n\n3 July 2018\n\n-\n\nPress release\n\n"
        "Harbour council will print a weekly page of answers for its island commuters\n\n" + ARTICLE
    )
    assert decruft.extract(page, input_format="text").title == "Harbour council will print a weekly page of answers for its island commuters"


def test_a_heading_is_dated_past_lines_of_marks_alone() -> None:
    # "Headline" / "Jane Roe" / "|" / "4 min read" / "|" / date: the bars part the byline from the date.
    page = (
        "Jane Roe's Notebook\n\nSkills\n\nThoughts\n\nWhat I learned porting a large program to a new language\n\n"
        f"Jane Roe\n\n|\n\n4 min read\n\n|\n\nMarch 17, 2021\n\nNotes on tools\n\n{ARTICLE}"
    )
    assert decruft.extract(page, input_format="text").title == "What I learned porting a large program to a new language"


def test_of_two_parts_printed_the_one_atop_the_page_is_the_blog_name() -> None:
    # "Post | Blog name": the host does not spell the blog's name; its logo prints it atop the
    # page, the post's title stands over its dateline.
    page = (
        "Window boxes (4) | notes from the attic\n\nnotes from the attic\n\nAbout this blog\n\nWhat I read\n\n"
        + MENU + "Window boxes (4)\n\nPosted: 07.02.2021 | Author: jroe | Filed under: Photos\n\n" + ARTICLE
    )
    article = decruft.extract(page, url="https://jroeatt.example.com/2021/02/07/window-boxes-4/", input_format="text")
    assert article.title == "Window boxes (4)"


def test_the_headline_over_its_deck_both_parts_of_the_title() -> None:
    # "Headline - Deck - site": both printed, the deck over the date; the deck is longer.
    page = (
        "Ferries run on batteries - New island ferry cuts fuel use by half this winter - example.org\n\n" + MENU
        + "Ferries run on batteries\n\nNew island ferry cuts fuel use by half this winter\n\n28 November 2022\n\n" + ARTICLE
    )
    assert decruft.extract(page, input_format="text").title == "Ferries run on batteries"


def test_a_kicker_over_its_headline_both_parts_of_the_title() -> None:
    # "Kicker - Headline": a caption, not a date, under the longer line: the longer line is the headline.
    page = (
        "Harbour author Jane Roe talks - On ferries, islands and the quiet winter harbour\n\n" + MENU
        + "Harbour author Jane Roe talks\n\nOn ferries, islands and the quiet winter harbour\n\nJane Roe (Photo: Example)\n\n" + ARTICLE
    )
    assert decruft.extract(page, input_format="text").title == "On ferries, islands and the quiet winter harbour"


def test_a_date_alone_under_the_headline_dates_it() -> None:
    # The page title names the site and the page's kind; the date alone under the headline is a
    # stub the stubs rule marks, and still dates the headline over it.
    page = (
        "www.harbour-parish.example | Detail\n\n" + MENU
        + "Open day: the parish shows its bell tower and the new organ\n\n06.12.2031\n\n"
        "The parish council invited the town to see the restored church\n\n" + ARTICLE
    )
    article = decruft.extract(page, url="https://www.harbour-parish.example/news/detail/open-day.html", input_format="text")
    assert article.title == "Open day: the parish shows its bell tower and the new organ"


def test_a_short_link_over_a_date_alone_is_not_dated_by_it() -> None:
    # "Back to the news" / date alone / headline, a long menu over them: a stub dates a heading of
    # five words or more only; the link is no headline.
    page = (
        "Ferry company starts a new island route in spring | Example Ferries\n\n" + MENU * 10
        + "Back to the news\n\n06.12.2031\n\nIsland route from spring: two ferries sail twice a day\n\n" + ARTICLE
    )
    assert decruft.extract(page, input_format="text").title == "Island route from spring: two ferries sail twice a day"
