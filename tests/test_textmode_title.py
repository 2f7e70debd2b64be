"""Text-scrape mode: the headline among lines that repeat the page title, its pieces or the site's name."""

from __future__ import annotations

import datetime as dt

import pytest

import decruft
from decruft.rules._vocab import normalize
from decruft.metadata.title import split_text_title
from decruft.textmode._lines import split_lines
from decruft.textmode._title_pieces import _piece
from conftest import SCRAPE_ARTICLE as ARTICLE

#: A long menu: the headline above it is far from the body.
MENU = "".join(f"Section {n}\n\n" for n in range(30))


def test_the_site_name_printed_near_the_body_is_no_headline() -> None:
    # The logo prints the site's name (stripped from the page title) right above the body; the
    # headline stands above a long menu.
    page = (
        "Council approves new budget after a long debate - Daily Example\n\n"
        f"Council approves new budget after a long debate\n\n{MENU}Daily Example\n\n{ARTICLE}"
    )
    article = decruft.extract(page, url="https://www.dailyexample.com/news/budget", input_format="text")
    assert article.title == "Council approves new budget after a long debate"


def test_a_piece_of_the_title_before_its_colon_is_the_headline() -> None:
    # The <title> adds a subtitle after a colon; the page prints the headline alone, over its
    # byline and date.
    page = (
        "Budget approved: what changes for you\n\nHome\n\nNews\n\nBudget approved\n\n3 min read\n\n"
        "By Jane Roe\n\nMarch 9, 2019\n\n" + ARTICLE
    )
    assert decruft.extract(page, input_format="text").title == "Budget approved"


def test_a_copy_of_the_page_title_with_the_site_name_is_not_the_headline() -> None:
    # The banner repeats the <title> whole; the headline is printed under it.
    title = "Council approves new budget: what changes for you | Daily Example"
    page = f"{title}\n\nHome\n\n{title}\n\nNews\n\nCouncil approves new budget\n\n{ARTICLE}"
    article = decruft.extract(page, url="https://www.dailyexample.com/news/budget", input_format="text")
    assert article.title == "Council approves new budget"


def test_a_kicker_over_its_headline_is_no_piece_of_the_title() -> None:
    # "Kicker: Headline" printed on two lines: neither piece alone is the headline.
    lines = split_lines(["City budget: Council approves new spending plan", "City budget", "Council approves new spending plan"])
    assert _piece(lines, 3, normalize(lines[0].text)) is None


def test_the_heading_over_the_body_in_a_rail_section_is_the_headline() -> None:
    # A menu's item is the first title-like line before the body; a share bar's heading marks the
    # lines after it, the headline right above the body among them. It shares a word with the
    # page title.
    page = (
        f"Rail services and travel advice\n\n{MENU}Travel and weather news\n\nShare this\n\nFacebook\n\n"
        f"Rail replacement buses this weekend\n\n{ARTICLE}"
    )
    assert decruft.extract(page, input_format="text").title == "Rail replacement buses this weekend"


def test_a_deck_under_the_headline_is_not_the_title() -> None:
    # Past a long menu, the headline prints the page title with other quotation marks; the line over the body is its deck.
    page = (
        f'Council: "We approve the new budget" | Daily Example\n\n{MENU}'
        "Council: „We approve the new budget“\n\nPhoto: Jane Roe\n\nThe council and its new budget\n\n" + ARTICLE
    )
    article = decruft.extract(page, url="https://www.dailyexample.com/news/budget", input_format="text")
    assert article.title == "Council: „We approve the new budget“"


def test_the_heading_over_its_date_beats_a_page_title_that_names_the_blog() -> None:
    # The <title> is the blog's name, near the body; the headline over its dateline is the title.
    page = (
        "Jane Roe's Digital Home\n\nSkills\n\nThoughts\n\nReflections on moving a large project to a new language\n\n"
        f"March 17, 2021 at 09:20 AM | categories:\n\nPython\n\n{ARTICLE}"
    )
    article = decruft.extract(page, input_format="text")
    assert article.title == "Reflections on moving a large project to a new language"
    assert article.date == dt.date(2021, 3, 17)


def test_two_labels_glued_together_are_no_headline() -> None:
    # A scrape glued a search toggle's label to a menu button's: the page title stays.
    page = (
        "Vaccination stays open to everyone until the end of February\n\nContact\n\n"
        f"Show or hide searchNavigation menu\n\n8 February 2022\n\nBack to the list\n\n{ARTICLE}"
    )
    assert decruft.extract(page, input_format="text").title == "Vaccination stays open to everyone until the end of February"


def test_of_two_dated_headings_the_one_worded_as_the_page_title() -> None:
    # "Headline" / "Category" / "Date": the category over the date is dated too.
    page = (
        f"Decanting wine: everything worth knowing\n\n{MENU}Decanting wine: everything worth knowing about one step\n\n"
        f"Wine & Taste\n\n14 October 2021\n\nHome\n\n{ARTICLE}"
    )
    assert decruft.extract(page, input_format="text").title == "Decanting wine: everything worth knowing about one step"


def test_the_dateline_under_a_headline_inside_the_body_run() -> None:
    # Too little text for a body to stand out: every line is kept, the page title (a date in it)
    # first. The dateline under the headline dates the page.
    page = (
        "Results: regional championship, 17.6.2006 | Athletics Club\n\nHome\n\nResults: regional championship, 17.6.2006\n\n"
        "by Jane Roe | 20 May 2007\n\nRegional championship for young athletes at the town stadium: the results.\n"
    )
    assert decruft.extract(page, input_format="text").date == dt.date(2007, 5, 20)


def test_a_dateline_three_lines_over_the_headline() -> None:
    # "21 Jan 2022" / "//" / "Jane Roe" / "Headline": the date over the author's name.
    page = (
        f"Clean cuts on the table saw // Woodworking\n\n{MENU}21 Jan 2022\n\n//\n\nJane Roe\n\n"
        f"Clean cuts on the table saw\n\nJane Roe\n\n{ARTICLE}"
    )
    url = "https://woodworking.example.org/2020/08/06/table-saw"
    assert decruft.extract(page, input_format="text", url=url).date == dt.date(2022, 1, 21)


def test_a_dateline_over_the_headline_beats_a_date_far_under_it() -> None:
    # A table of contents between the headline and the body; a date far down it is some entry's.
    page = (
        f"Finding outliers with nothing but SQL | Example Blog\n\n23 September 2019\n\n"
        f"Finding outliers with nothing but SQL\n\n{MENU}1 August 2020\n\nSection 31\n\n{ARTICLE}"
    )
    assert decruft.extract(page, input_format="text").date == dt.date(2019, 9, 23)


def test_a_page_title_cut_short_begins_the_headline() -> None:
    # The <title> ends in an ellipsis; a menu's item comes first before the body, a deck over it.
    page = (
        f"What changes in 2023: the most important changes for consu...\n\n{MENU}Travel and weather news\n\n"
        "What changes in 2023: the most important changes for consumers, and what to do about them now\n\n"
        f"A look at the new rules.\n\n{ARTICLE}"
    )
    title = decruft.extract(page, input_format="text").title
    assert title == "What changes in 2023: the most important changes for consumers, and what to do about them now"


def test_the_heading_right_under_its_dateline_beats_a_menu_item() -> None:
    # "Date" / "Headline" / "Body", under a menu: the page title names only the site.
    page = (
        f"Example Union of Societies\n\n{MENU}News and press releases\n\n2020-08-19 | Message\n\n"
        f"The night of the festival is a blessing for everyone\n\n{ARTICLE}"
    )
    assert decruft.extract(page, input_format="text").title == "The night of the festival is a blessing for everyone"


#: A menu whose items are a word or two; "Budget" is the page's own entry.
SECTIONS = "Home\n\nServices\n\nBudget\n\nLibraries\n\nRoads\n\n"
#: The site's name in the page title is known by the host's.
URL = "https://www.example.com/budget"


def test_a_menu_item_repeating_the_title_is_no_headline() -> None:
    # The <title> names the menu's entry; the heading right above the body is the headline.
    page = f"Budget | Example\n\n{SECTIONS}Council approves new budget after long debate\n\n{ARTICLE}"
    assert decruft.extract(page, url=URL, input_format="text").title == "Council approves new budget after long debate"


@pytest.mark.parametrize("landmark", ["Main content", "Hauptinhalt", "Contenu principal"])
def test_the_main_content_landmark_is_no_heading(landmark: str) -> None:
    # The landmark's name for screen readers stands between the headline and the body.
    page = f"Budget | Example\n\n{SECTIONS}Council approves new budget after long debate\n\n{landmark}\n\n{ARTICLE}"
    assert decruft.extract(page, url=URL, input_format="text").title == "Council approves new budget after long debate"


def test_a_menu_item_repeating_the_title_before_a_dated_heading() -> None:
    # A back link and a teaser's picture credit between: the heading over its date is the headline.
    page = (f"News - Example\n\nHome\n\nNews\n\nBack\n\nCouncil approves new budget after long debate\n\n"
            f"12 January 2022\n\nTopics:\n\nBudget\n\nRoads\n\n{ARTICLE}")  # fmt: skip
    assert decruft.extract(page, url=URL, input_format="text").title == "Council approves new budget after long debate"


@pytest.mark.parametrize(
    "under",
    [
        # A short headline over its date stays, whatever heading stands over the body.
        "March 9, 2019\n\nCouncil services and the new budget",
        # ...past a share bar's labels.
        "Share\n\n15/02/2021\n\nCouncil services and the new budget",
        # A deck, longer than a headline, is no headline.
        "Council services, libraries and roads all get more money in the new budget approved after a long debate on Tuesday",
    ],
)
def test_a_short_headline_after_a_menu_stays(under: str) -> None:
    page = f"Budget | Example\n\nHome\n\nServices\n\nBudget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, url=URL, input_format="text").title == "Budget"


def test_the_headline_under_a_copy_of_the_title_worded_much_as_it() -> None:
    # A breadcrumb ends with the <title>'s wording; the headline as printed, under it, is reworded.
    page = ("Council approves new budget after long debate | Example\n\nHome > News >\n\n"
            "Council approves new budget after long debate\n\n3 comments\n\nPolitics\n\n"
            f"Council approves budget after a long debate\n\n12 March 2020\n\n{ARTICLE}")  # fmt: skip
    assert decruft.extract(page, url=URL, input_format="text").title == "Council approves budget after a long debate"


@pytest.mark.parametrize(
    "under",
    [
        "1 Comment on Council approves new budget after long debate",  # the title decorated
        "Council approves new budget",  # too few words in common
        "Council approves budget after a long debate, photo Shutterstock",  # a caption
    ],
)
def test_a_line_under_the_headline_that_repeats_its_words_is_no_headline(under: str) -> None:
    page = (f"Council approves new budget after long debate | Example\n\nCouncil approves new budget after long debate\n\n"
            f"Politics\n\n{under}\n\n12 March 2020\n\n{ARTICLE}")  # fmt: skip
    assert decruft.extract(page, url=URL, input_format="text").title == "Council approves new budget after long debate"


@pytest.mark.parametrize(
    ("page_title", "url"),
    [
        # "l" typed for "|"; the headline ends with an abbreviation's full stop.
        ("Icy roads expected on Thu. after a snow warning for Wed. l EXAMPLE RADIO", "https://www.example.org/news/view?id=5"),
        # "›" as a separator, before the blog's name.
        ("Icy roads expected on Thu. after a snow warning for Wed. › Jane Roe's Blog", "https://www.example.org/weather/"),
    ],
)
def test_a_scrape_title_split_at_l_or_an_angle_quote(page_title: str, url: str) -> None:
    # Past a long menu, the headline repeats the page title's own part; it ends with a full stop,
    # so only the split page title finds it.
    headline = "Icy roads expected on Thu. after a snow warning for Wed."
    page = f"{page_title}\n\nEXAMPLE RADIO\n\n{MENU}EXAMPLE RADIO Podcasts\n\n{headline}\n\nWritten: 2022-10-06\n\nShare\n\n{ARTICLE}"
    assert decruft.extract(page, url=url, input_format="text").title == headline


def test_a_blog_title_without_the_blog_name_before_its_colon() -> None:
    # The blog's name is marks alone ("...: Headline"); the headline is printed under a date in the body.
    lead = ARTICLE.split("\n\n")[0]
    page = f"...: Hello again!\n\nskip to main\n\n...\n\n{lead}\n\nTuesday, 28 April 2020\n\nHello again!\n\n{ARTICLE}"
    assert decruft.extract(page, url="https://example.blogspot.com/2020/04/hello.html", input_format="text").title == "Hello again!"


#: Teasers after the body, far from its start.
TEASERS = "".join(f"Another story number {n} in the news today\n\n" for n in range(20))


def test_a_kicker_before_the_headline_and_a_colon_stays() -> None:
    # The <title> left the kicker out (and a separator dangles at its end); the headline prints it.
    page = ("Mayor opens the new harbour bridge this week -\n\nHome\n\nPolitics\n\n"
            "Second official trip outside the capital: Mayor opens the new harbour bridge this week\n\n"
            f"The mayor will travel to the coast after a visit to the north in April.\n\n{ARTICLE}")  # fmt: skip
    title = decruft.extract(page, url="https://www.example.com/politics/mayor-bridge-123", input_format="text").title
    assert title == "Second official trip outside the capital: Mayor opens the new harbour bridge this week"


def test_a_kicked_headline_beats_a_copy_of_the_title_after_the_body() -> None:
    # A teaser list after the article repeats the <title> exactly; the headline over the body has a kicker.
    page = (f"Jane Roe misses the winter games in Beijing - example.com\n\n{MENU}"
            f'"Pure emptiness": Jane Roe misses the winter games in Beijing\n\n1 February 2022\n\n{ARTICLE}'
            f"\nMore stories\n\n{TEASERS}Jane Roe misses the winter games in Beijing\n\n")  # fmt: skip
    title = decruft.extract(page, url="https://www.example.com/jane-roe-misses-the-games/", input_format="text").title
    assert title == '"Pure emptiness": Jane Roe misses the winter games in Beijing'


def test_a_dated_heading_beats_a_copy_of_the_title_after_the_body() -> None:
    # The <title> is worded for search engines; a teaser after the article repeats it; the headline
    # over the body is another, with its date and byline.
    page = (f"Why polarization still is not our real problem\n\n{MENU}May 16, 2020\n\n"
            f"The council is the problem, and is the budget the answer?\n\nBy Jane Roe\n\n{ARTICLE}"
            f"\nMore stories\n\n{TEASERS}Why polarization still is not our real problem\n\n")  # fmt: skip
    title = decruft.extract(page, url="https://www.example.com/2020/05/polarization.html", input_format="text").title
    assert title == "The council is the problem, and is the budget the answer?"


def test_a_one_word_headline_over_the_body() -> None:
    # The page title's first part is one word, printed alone right over the body.
    page = f"Marlene | Example Podcast\n\n{MENU}Impressum\n\nMarlene\n\n{ARTICLE}"
    assert decruft.extract(page, url="https://www.examplepod.de/marlene/", input_format="text").title == "Marlene"


def test_a_one_word_section_is_no_headline() -> None:
    # The last part, one word, is the site's section: not the headline.
    page = f"Council approves new budget after a long debate | Politics\n\n{MENU}Politics\n\n{ARTICLE}"
    title = decruft.extract(page, url="https://www.example.com/politics/budget", input_format="text").title
    assert title == "Council approves new budget after a long debate"


@pytest.mark.parametrize(
    ("page_title", "top", "over_body", "headline"),
    [
        # The <title> cut the subtitle off; a section's heading over the body prints the headline alone.
        ("Leasing or financing » The big comparison | EXAMPLE.com", "Leasing or financing – which one pays off more?",
         "Leasing or financing", "Leasing or financing – which one pays off more?"),
        # A line the page title holds over the date; the body opens with it and its subtitle.
        ("Fire engines of the post-war era - Part 49 - Vehicles and stations worldwide - Example", "Home",
         "Fire engines of the post-war era - Part 49\n\nTuesday, 2 November 2021\n\n"
         "Fire engines of the post-war era - Part 49 – Heavy trucks (built 1931 – 1945)",
         "Fire engines of the post-war era - Part 49 – Heavy trucks (built 1931 – 1945)"),
    ],
)  # fmt: skip
def test_the_headline_with_its_subtitle_beats_it_alone(page_title: str, top: str, over_body: str, headline: str) -> None:
    page = f"{page_title}\n\nCall us now!\n\n{top}\n\nDifferences, advantages, drawbacks\n\n{MENU}{over_body}\n\n{ARTICLE}"
    assert decruft.extract(page, url="https://www.example.com/leasing/", input_format="text").title == headline


def test_a_copy_of_the_title_with_the_site_name_is_no_subtitle() -> None:
    page = (f"Leasing or financing | EXAMPLE.com\n\nLeasing or financing | EXAMPLE.com\n\n{MENU}"
            f"Leasing or financing\n\n{ARTICLE}")  # fmt: skip
    assert decruft.extract(page, url="https://www.example.org/leasing/", input_format="text").title == "Leasing or financing"


def test_a_separator_left_at_the_end_of_the_page_title_goes() -> None:
    page = f"Mayor opens the new harbour bridge this week -\n\nHome\n\n{ARTICLE}"
    title = decruft.extract(page, url="https://www.example.com/politics/mayor-bridge-123", input_format="text").title
    assert title == "Mayor opens the new harbour bridge this week"


def test_a_date_run_into_the_headline_is_no_part_of_it() -> None:
    # The scrape joined the date's element and the heading's without a space.
    page = (f"EXAMPLE - Oil statistics - Oil sales report November 2021 (sales)\n\n{MENU}"
            f"27.01.2022Oil sales report November 2021 (sales)\n\n{ARTICLE}")  # fmt: skip
    article = decruft.extract(page, url="https://www.example.de/oil/2021_11_report.html", input_format="text")
    assert (article.title, article.date) == ("Oil sales report November 2021 (sales)", dt.date(2022, 1, 27))


@pytest.mark.parametrize("line", ["By Jane Roe", "Home >> Education >> News >> Article"])
def test_a_byline_or_a_breadcrumb_is_no_headline(line: str) -> None:
    # No line repeats the page title (written without spaces); the first title-like line is a byline or a
    # trail, the headline over the body the next one.
    headline = "Council approves new budget after a long debate"
    page = f"示例学校开学_教育频道_示例网\n\n{line}\n\nArchive\n\n{headline}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").title == headline


@pytest.mark.parametrize(
    ("page_title", "parts"),
    [
        # "l" names the hall: another mark separates the parts, or one word stands before it.
        ("Hall l reopens after the winter storm - Example Fair", ["Hall l reopens after the winter storm", "Example Fair"]),
        ("Hall l reopens after the winter storm", ["Hall l reopens after the winter storm"]),
        # "l" typed for "|" after a headline, the title's only separator.
        ("Colder weather forecast for Wed. l EXAMPLE RADIO", ["Colder weather forecast for Wed.", "EXAMPLE RADIO"]),
    ],
)
def test_a_lone_l_splits_a_scrape_title_only_after_a_headline(page_title: str, parts: list[str]) -> None:
    assert split_text_title(page_title) == parts


def test_a_site_name_spelling_out_the_host_and_a_menu_item_over_the_headline() -> None:
    # The page title's first part spells out the host (the site's name); its own part, one word, is a
    # menu's item; the heading over the body prints it with more words.
    menu = "Home\n\nTraining\n\nRegatta\n\nBoats of the club\n\nContact"
    page = f"Harbour Rowing - Training\n\n{menu}\n\nBoat training\n\n{ARTICLE}"
    title = decruft.extract(page, url="https://www.harbourrowingclub.de/boats/training.html", input_format="text").title
    assert title == "Boat training"


@pytest.mark.parametrize(
    ("page_title", "over_body", "headline"),
    [
        # The page title spells out the host; a one-word greeting over the body is the headline.
        ("Harbour Law Office", "Impressum\n\nWelcome!", "Welcome!"),
        # The site's short name with a separator left dangling; a section's label stands between the
        # headline and the body.
        ("EXMIN -", "Council stops the funding of new harbour buildings for now\n\nIntroduction",
         "Council stops the funding of new harbour buildings for now"),
    ],
)  # fmt: skip
def test_a_page_title_naming_only_the_site_gives_way_to_the_heading_over_the_body(
    page_title: str, over_body: str, headline: str
) -> None:
    page = f"{page_title}\n\nToggle navigation\n\n{page_title}\n\n{over_body}\n\n{ARTICLE}"
    assert decruft.extract(page, url="https://www.harbourlawoffice.de/news.html", input_format="text").title == headline


def test_one_word_of_the_page_title_over_the_body() -> None:
    # Past a menu whose items read as titles, the headline is one word of the page title's own part.
    page = f"Careful pruning for old roses | Example Garden\n\n{MENU}Planting young trees\n\nWatering in the summer\n\nPruning\n\n{ARTICLE}"
    assert decruft.extract(page, url="https://www.example-garden.com/pruning/", input_format="text").title == "Pruning"
