"""Text-scrape mode: the site's name in the page title that the host writes as a compound of its words."""

from __future__ import annotations

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE
from decruft.textmode._title_site import compounds_host, page_part


def test_a_host_joining_words_of_the_name_is_the_site() -> None:
    assert compounds_host("Harbour Town Rowing Club", "harbourrowing")
    assert compounds_host("Verein der Freunde des Stadtparks", "freunde-stadtpark") is False  # "stadtparks" runs past the host
    assert compounds_host("Freunde des Stadtparks", "freundestadtparks")


def test_one_word_of_the_name_is_no_compound() -> None:
    # A one-word host that a headline's word spells is no site name: that is spells_host's case.
    assert not compounds_host("Harbour news today", "harbour")
    assert not compounds_host("Town and harbour", "harbourtown")  # not in the name's order


def test_page_part_strips_the_name_that_the_host_compounds() -> None:
    title = "Summer regatta moved to August | Harbour Town Rowing and Sailing Club"
    assert page_part(title, "https://www.harbourrowing.org/news/regatta") == "Summer regatta moved to August"


def test_the_page_title_without_the_name_that_the_host_compounds() -> None:
    # No line prints the headline: the page title's own part is the headline.
    page = (
        "Summer regatta moved to August | Harbour Town Rowing and Sailing Club\n\n"
        f"Harbour Town Rowing and Sailing Club\n\nHome\n\nNews\n\n{ARTICLE}"
    )
    article = decruft.extract(page, url="https://www.harbourrowing.org/news/regatta", input_format="text")
    assert article.title == "Summer regatta moved to August"


def test_a_blog_page_s_headline_shares_no_word_with_the_site_s_name() -> None:
    # "Blog | Site": the menu's item "Blog" repeats the page title's own part; of the dated lines
    # under it, the headline, not a line of tags that prints the site's words.
    page = (
        "Blog | Harbour Town Rowing and Sailing Club\n\nHarbour Town Rowing and Sailing Club\n\nHome\n\nBlog\n\n"
        "Events\n\nharbour town rowing regatta sailing results\n\nNew boathouse opens in spring\n\n"
        "January 3, 2014 by jroe\n\n[English] [Deutsch]\n\n" + ARTICLE
    )
    article = decruft.extract(page, url="https://www.harbourrowing.org/blog/", input_format="text")
    assert article.title == "New boathouse opens in spring"


def test_a_host_of_the_names_initials_is_the_site() -> None:
    from decruft.textmode._title_site import initials_host

    assert initials_host("Harbour Town Rowing-Club e.V.", "htrc")  # a hyphen parts two words; "e.V." is skipped
    assert initials_host("Verband der Hafenruderer Nord", "vhn")  # "der" in lower case is skipped
    assert not initials_host("Harbour Town Rowing Club", "htr")  # every capitalised word counts
    assert not initials_host("Harbour Town", "ht")  # too short to tell


def test_a_section_over_its_date_under_the_headline_of_a_site_named_by_initials() -> None:
    # "Section - News - Section | Site" on the site's initials: no line prints the page title's own
    # part but the section's name, filed under the headline over its date.
    page = (
        "Rowing - News - Rowing | Harbour Town Rowing-Club e.V.\n\nHome\n\nNews\n\nEvents\n\n"
        "New boathouse opens in spring\n\nRowing\n\n03.01.2031\n\n" + ARTICLE
        + "\nHarbour Town Rowing-Club e.V.\n\nImprint\n"
    )  # fmt: skip
    article = decruft.extract(page, url="https://www.htrc.example/rowing/news/boathouse", input_format="text")
    assert article.title == "New boathouse opens in spring"


def test_a_headline_that_the_page_title_runs_the_sites_name_into() -> None:
    title = "Boathouse opens in MayHarbour Rowing Club | Harbour Rowing Club"
    assert page_part(title, "https://www.rowing-news.example/?p=12") == "Boathouse opens in May"
    # With a space between, the last part is no name run into the first.
    from decruft.textmode._title_site import _glued_headline

    assert _glued_headline(["Rowing at the Harbour ", " Harbour"]) is None
    page = f"{title}\n\nHarbour Rowing Club\n\nHome\n\nNews\n\nBoathouse opens in May\n\n{ARTICLE}"
    article = decruft.extract(page, url="https://www.rowing-news.example/?p=12", input_format="text")
    assert article.title == "Boathouse opens in May"


def test_a_page_title_naming_the_shop_after_a_short_word() -> None:
    url = "https://www.kettleshop.example/blue-enamel-kettle"
    assert page_part("Blue enamel kettle 1.5 l at KettleShop", url) == "Blue enamel kettle 1.5 l"
    assert page_part("Blue enamel kettle 1.5 l bei KettleShop", url) == "Blue enamel kettle 1.5 l"
    assert page_part("Life at KettleShop", url) == "Life at KettleShop"  # too short a headline
    assert page_part("Blue kettles Of KettleShop", url) == "Blue kettles Of KettleShop"  # no word in lower case
