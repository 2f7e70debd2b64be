"""Text-scrape mode: the seeds, one minimal scrape per cruft family, languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE



def _seed(shared: Path, name: str) -> str:
    return (shared / "seeds" / name).read_text(encoding="utf-8")


def test_seed_002_is_the_article_alone(shared: Path) -> None:
    article = decruft.extract(_seed(shared, "002_568f93442f26f949.txt"))
    assert article.source == "text"
    assert article.title == "Ofsted praises improvements at Birmingham's children's services"
    assert article.date == dt.date(2017, 6, 13)
    text = article.text
    assert text.index("Birmingham's struggling child protection service") < text.index("will take over next year.")
    assert text.rstrip().endswith("It is being established and will take over next year.")
    for cruft in ("How we use Cookies", "Hot Topic", "Updated", "Show more comments", "Comments", "Most Read",
                  "Most Recent", "Journalists", "Graeme Brown", "Regional Affairs", "Guhring"):  # fmt: skip
        assert cruft not in text, cruft
    rules = {r.rule for r in article.removed}
    assert {"consent", "navigation", "stubs", "comments", "most-read", "staff-list"} <= rules
    assert all(r.where.startswith("line") for r in article.removed)


def test_seed_000_keeps_both_posts(shared: Path) -> None:
    article = decruft.extract(_seed(shared, "000_6a00ba9cd4ed4d43.txt"))
    assert article.title == "Ofsted inspectors find \u2018notable progress\u2019 in Birmingham children\u2019s services"
    assert "Blog Archives" not in article.text
    assert "An Ofsted report, following a monitoring visit" in article.text
    assert "We must work with partners to deal with unregistered schools" in article.text
    assert article.text.rstrip().endswith("they are our priority.")
    assert any(r.rule == "navigation" and "Blog Archives" in r.text for r in article.removed)


CRUFT = {
    "consent": "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
    "comments": "Comments\nShow more comments",
    "most-read": "Most Read\n1. Mayor opens a new bridge\n2. School wins chess title\n3. Storm hits the coast",
    "staff-list": "Journalists\nJane Roe\nPolitical Editor\nJohn Doe\nBusiness Reporter",
    "newsletter": "Sign up to our newsletter and get the news delivered to your inbox.",
    "related": "Related articles\nCouncil tax to rise again next spring\nBudget cuts hit village bus routes",
    "share": "Share this article\nFacebook\nTwitter",
    "footer": "\u00a9 2024 The Daily Example Ltd. All rights reserved.",
    "stubs": "Updated\nBy",
}


@pytest.mark.parametrize("rule", sorted(CRUFT))
def test_each_family_is_removed_and_can_be_switched_off(rule: str) -> None:
    page = "Council approves new budget\n\n" + ARTICLE + "\n" + CRUFT[rule] + "\n"
    if rule == "stubs":
        page = "Council approves new budget\n" + CRUFT[rule] + "\n\n" + ARTICLE
    article = decruft.extract(page, input_format="text")
    first_line = CRUFT[rule].splitlines()[0]
    assert first_line not in article.text
    assert "The finance director told the meeting" in article.text
    assert any(r.rule == rule for r in article.removed), article.removed
    off = decruft.extract(page, input_format="text", disable=[rule])
    assert not any(r.rule == rule for r in off.removed)


def test_german_scrape() -> None:
    page = (
        "Stadtrat beschließt neuen Haushalt\n\nVon Anna Schmidt\n\n"
        "Der Stadtrat hat am Dienstagabend nach langer Debatte den neuen Haushalt beschlossen, die meisten Mitglieder "
        "stimmten zu.\n\nDie Verwaltung sagte, der Plan sehe Geld für Straßen, Bibliotheken und ein Jugendzentrum vor, "
        "ohne die Steuern stark zu erhöhen.\n\nMeistgelesen\n1. Neue Brücke eröffnet\n2. Schule gewinnt Schachtitel\n\n"
        "Kommentare\nWeitere Kommentare\n"
    )
    article = decruft.extract(page, input_format="text")
    assert article.title == "Stadtrat beschließt neuen Haushalt"
    assert article.authors == ["Anna Schmidt"]
    assert "Jugendzentrum" in article.text
    assert "Meistgelesen" not in article.text and "Kommentare" not in article.text


def test_french_scrape() -> None:
    page = (
        "Le conseil municipal adopte le budget\n\n"
        "Le conseil municipal a adopté mardi soir le nouveau budget après un long débat, la plupart des élus "
        "ayant voté pour.\n\nLes services ont indiqué que le plan prévoit des fonds pour les routes, les bibliothèques "
        "et un centre pour les jeunes.\n\nÀ lire aussi\nUn nouveau pont inauguré\n\nLes plus lus\n1. Tempête sur la côte\n"
    )
    article = decruft.extract(page, input_format="text")
    assert "centre pour les jeunes" in article.text
    assert "À lire aussi" not in article.text and "Les plus lus" not in article.text
    assert {"related", "most-read"} <= {r.rule for r in article.removed}


def test_text_is_detected_automatically() -> None:
    assert decruft.extract("Council approves new budget\n\n" + ARTICLE).source == "text"


def test_numbered_lines_keep_their_number_in_the_text() -> None:
    page = "Council approves new budget\n\n" + ARTICLE + "\n1. Repair the roads\n2. Open the youth centre\n"
    article = decruft.extract(page, input_format="text")
    assert "1. Repair the roads" in article.text
    assert "1. Repair the roads" in article.markdown and "1. 1." not in article.markdown


def test_a_closing_heading_ends_the_body_even_before_prose() -> None:
    bio = (
        "Jane Roe has covered local politics for the paper since 2009 and previously worked as a reporter in "
        "the regional newsroom, where she wrote about transport and housing for several years."
    )
    page = "Council approves new budget\n\n" + ARTICLE + "\nComments\n\n" + bio + "\n"
    article = decruft.extract(page, input_format="text")
    assert "The finance director told the meeting" in article.text
    assert "Jane Roe has covered" not in article.text
    # Early in the article, the same heading does not cut it short.
    early = "Council approves new budget\n\n" + ARTICLE.replace("\n\nOfficials", "\n\nComments\n\nOfficials", 1)
    assert "The finance director told the meeting" in decruft.extract(early, input_format="text").text


def test_a_lead_cut_off_by_a_share_bar_joins_the_body() -> None:
    lead = (
        "The council has agreed a budget that protects libraries and youth services, after a debate that ran "
        "late into the night."
    )
    bar = "Share this article\nFacebook\nTwitter\nEmail\nWhatsApp\nBy Jane Roe\n12 March 2024"
    page = "Council approves new budget\n\n" + lead + "\n\n" + bar.replace("\n", "\n\n") + "\n\n" + ARTICLE
    article = decruft.extract(page, input_format="text")
    assert article.text.startswith("The council has agreed a budget")
    assert "The finance director told the meeting" in article.text
    assert "Facebook" not in article.text and "WhatsApp" not in article.text
    # Behind a rail heading, prose is not a lead.
    railed = page.replace("Share this article", "Most read")
    assert "The council has agreed a budget" not in decruft.extract(railed, input_format="text").text


GERMAN_ARTICLE = (
    "Der Stadtrat hat am Dienstagabend nach langer Debatte den neuen Haushalt beschlossen, die meisten Mitglieder "
    "stimmten zu.\n\nDie Verwaltung sagte, der Plan sehe Geld für Straßen, Bibliotheken und ein Jugendzentrum vor, "
    "ohne die Steuern stark zu erhöhen.\n\nDie Opposition kritisierte die Kürzungen beim Busverkehr, die vor allem "
    "die Dörfer auf dem Land treffen würden, und verlangte eine Prüfung.\n"
)


def test_a_footer_heading_in_the_top_menu_opens_no_section() -> None:
    page = (
        "Stadtrat beschließt neuen Haushalt\n\nStartseite\n\nKontakt\n\nÜber uns\n\n"
        "Bern, 17.08.2023 - Bericht aus der Sitzung des Stadtrats im Rathaus, 18. August 2023\n\n" + GERMAN_ARTICLE
    )
    article = decruft.extract(page, input_format="text")
    assert "Bericht aus der Sitzung des Stadtrats" in article.text
    assert "Kontakt" not in article.text
    # At the page's end, the same heading still takes the lines after it.
    tail = "Stadtrat beschließt neuen Haushalt\n\n" + GERMAN_ARTICLE + "\nKontakt\n\nRathausplatz 1, 3000 Bern\n"
    assert "Rathausplatz" not in decruft.extract(tail, input_format="text").text


def test_a_german_closing_quote_ends_a_sentence() -> None:
    page = (
        "Stadtrat beschließt neuen Haushalt\n\nKommentare\n\n"
        "Der Bürgermeister sagte nach der Sitzung, der Haushalt sei „ein guter Kompromiss für alle Teile der Stadt "
        "und ein Zeichen der Vernunft“\n\n" + GERMAN_ARTICLE
    )
    assert "ein guter Kompromiss" in decruft.extract(page, input_format="text").text


GERMAN_BODY = """Der Stadtrat hat am Dienstagabend nach langer Debatte den neuen Haushalt beschlossen, und die meisten Mitglieder waren sich einig, dass der Plan die Leistungen schützt.

Die Verwaltung sagte, der Plan sehe Geld für Straßenreparaturen, Bibliotheken und ein neues Jugendzentrum vor, ohne die Steuern stark zu erhöhen.
"""


@pytest.mark.parametrize(
    ("dateline", "body", "expected"),
    [
        ("By Jane Roe | March 7, 2018", ARTICLE, dt.date(2018, 3, 7)),
        ("Dec. 3, 2024, 9:00 PM UTC / Updated Dec. 5, 2024, 11:20 AM UTC", ARTICLE, dt.date(2024, 12, 3)),
        ("Oct 11, 2019 · 6 min read", ARTICLE, dt.date(2019, 10, 11)),
        ("Par Jeanne Roux — 27 novembre 2016 à 18:42", ARTICLE, dt.date(2016, 11, 27)),
        ("Veröffentlicht: 07.02.2021 | Autor: Hans Muster", GERMAN_BODY, dt.date(2021, 2, 7)),
    ],
)
def test_the_dateline_under_the_headline_dates_the_article(dateline: str, body: str, expected: dt.date) -> None:
    # Other dates in the page (the site's menu, the comments) do not count.
    page = (
        "Council approves new budget | The Daily Example\n\nHome\n\nNews\n\nEvents on 14.02.2016 and 5 May 2010\n\n"
        "Council approves new budget\n\n" + dateline + "\n\n" + body + "\nComments\n\nJane Roe\n\n"
        "16 March 2019 at 10:12\n\nWell said.\n"
    )
    assert decruft.extract(page, input_format="text").date == expected


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("Le 27/09/2017", dt.date(2017, 9, 27)),  # a day over 12 says the order
        ("03.16.2021 08:30 AM", dt.date(2021, 3, 16)),
        ("06.07.21 10:32", dt.date(2021, 7, 6)),  # dots: day first; two-digit year
        ("Publié sur 23/03/2021", dt.date(2021, 3, 23)),
        ("Publiziert 06/06/2020 um 07:48 GMT", dt.date(2020, 6, 6)),  # the same number twice
    ],
)
def test_a_dateline_in_numbers_alone_is_read_where_its_order_is_plain(dateline: str, expected: dt.date) -> None:
    page = "Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n" + dateline + "\n\n" + ARTICLE
    url = "https://news.example.org/2018/01/02/council-budget"  # a date htmldate would take instead
    assert decruft.extract(page, input_format="text", url=url).date == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("28.10.2021 – The council approved the new budget on Tuesday evening after a long debate.", dt.date(2021, 10, 28)),
        ("(16. November 2022) The council approved the new budget on Tuesday evening after a long debate.", dt.date(2022, 11, 16)),
        ("BERLIN, 3. März 2019 - The council approved the new budget on Tuesday evening after a long debate.", dt.date(2019, 3, 3)),
    ],
)
def test_the_date_that_opens_the_lead_paragraph_is_the_dateline(lead: str, expected: dt.date) -> None:
    # Long lines are no dateline; the date a paragraph opens with, before a dash or in brackets, is.
    lead = lead + " " + "Officials said the plan sets aside money for road repairs and libraries. " * 3
    page = "Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n" + lead + "\n\n" + ARTICLE
    url = "https://news.example.org/2018/01/02/council-budget"  # a date htmldate would take instead
    assert decruft.extract(page, input_format="text", url=url).date == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.org/2022/10/council-budget", dt.date(2022, 10, 7)),  # month first
        ("https://news.example.org/2022/07/10/council-budget", dt.date(2022, 7, 10)),  # day first
    ],
)
def test_the_month_in_the_url_says_the_order_of_a_numeric_dateline(url: str, expected: dt.date) -> None:
    # "10/07/22" is 7 October in one country and 10 July in the next; the URL names the month.
    page = "Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\nBy Jane Roe • 10/07/22 5:19pm\n\n" + ARTICLE
    assert decruft.extract(page, input_format="text", url=url).date == expected


@pytest.mark.parametrize(
    "update",
    ["Letzte Aktualisierung am 9.03.2022", "Ostatnia aktualizacja: 9.03.2022", "Laatst gewijzigd op 9 maart 2022"],
)
def test_an_update_line_over_the_dateline_is_not_the_date(update: str) -> None:
    # The update's date is printed first; the publication day is the line after it.
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{update}\n\n8 March 2022\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").date == dt.date(2022, 3, 8)


def test_label_lines_do_not_push_the_dateline_out_of_the_body() -> None:
    # One-word lines (an ad's label, a byline's "By" and agency) between the lead and the
    # dateline are no body lines: the dateline is still among the body's first lines.
    lead = "The council approved the new budget on Tuesday evening after a long debate in the town hall, with most members agreeing that it protects services. " * 2
    deck = "Officials said the plan sets aside money for road repairs, libraries and the harbour, while the bus subsidies are cut by a tenth next year. " * 2
    labels = "Photo: Jane Roe\n\nAdvertisement\n\nAd\n\nBy\n\nExamplewire\n\nPublished 23.02.2023 at 09:23 GMT"
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{lead}\n\n{deck}\n\n{labels}\n\n{ARTICLE}"
    url = "https://news.example.org/2018/01/02/council-budget"  # a date htmldate would take instead
    assert decruft.extract(page, input_format="text", url=url).date == dt.date(2023, 2, 23)


def test_a_date_run_into_its_time_is_read() -> None:
    # A forum post's name, date and time run together in a scrape: "janeroe14.05.1916:32".
    page = f"Budget thread | Example Forum\n\nForum > Town > Budget thread\n\nCouncil approves new budget\n\njaneroe14.05.1916:32\n\n{ARTICLE}"
    url = "https://forum.example.org/2018/01/02/council-budget"  # a date htmldate would take instead
    assert decruft.extract(page, input_format="text", url=url).date == dt.date(2019, 5, 14)



def test_the_dateline_under_an_earlier_copy_of_the_headline_is_read() -> None:
    # The headline is printed with its date in a header block, then again over the body.
    header = "Council approves new budget\n\nOriginal article:\n\nOnline version\n\n23.02.2023\n\nDownload\n\nPrint\n\nShare"
    menu = "\n\n".join(["Home", "Learning", "History", "Contact", "Editors", "Imprint", "About us", "Sitemap", "Newsletter", "Archive"] * 2)
    page = f"Council approves new budget | The Daily Example\n\n{header}\n\n{menu}\n\nCouncil approves new budget\n\n{ARTICLE}"
    url = "https://news.example.org/2018/01/02/council-budget"  # a date htmldate would take instead
    assert decruft.extract(page, input_format="text", url=url).date == dt.date(2023, 2, 23)


def test_of_two_dates_in_numbers_on_a_dateline_the_earlier_is_the_publication() -> None:
    # A theme prints the update's time and the publication's side by side, with no word between.
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n2019-09-17 11:03:41 2019-07-08 08:30:00\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").date == dt.date(2019, 7, 8)


@pytest.mark.parametrize(
    "listed",
    [
        "23.02.2023\n\nCouncil approves new budget\n\nThe plan protects services.",  # the date over the headline
        "Town hall\n\nCouncil approves new budget\n\n23.02.2023The plan protects services.",  # run into the teaser
    ],
)
def test_the_date_next_to_the_headline_in_a_list_of_latest_news_is_read(listed: str) -> None:
    # No dateline near the headline; the site's list of latest news holds the page itself.
    latest = f"Latest news\n\n{listed}\n\nRoad repairs start next week\n\nThe work takes a month.\n\nAll news"
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{ARTICLE}\n\n{latest}"
    url = "https://news.example.org/2018/01/02/council-budget"  # a date htmldate would take instead
    assert decruft.extract(page, input_format="text", url=url).date == dt.date(2023, 2, 23)


def test_numbers_in_either_order_are_no_dateline() -> None:
    from decruft.textmode._dates import _read

    assert _read("8/10/14") is None  # August in one country, October in the next
    assert _read("8.10.14") == dt.date(2014, 10, 8)  # dots: day first
    assert _read("Order 12/30/2019 and more words than a dateline has in it") is None


def test_a_dateline_above_the_headline_is_read() -> None:
    # Printed above the headline, it beats a date that htmldate would read from the URL.
    page = "Council approves new budget | The Daily Example\n\nHome\n\n24 January 2016\n\nCouncil approves new budget\n\n" + ARTICLE
    url = "https://news.example.org/2019/03/16/council-budget"
    assert decruft.extract(page, input_format="text", url=url).date == dt.date(2016, 1, 24)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Roe, Political Editor", ["Jane Roe"]),
        ("Posted on 23. Juli 2018 by Jane Roe", ["Jane Roe"]),
        ("// By Jane Roe • Nov 14, 2021", ["Jane Roe"]),
        ("by Clara May Fenwick July 12, 2016", ["Clara May Fenwick"]),
        ("Autor: Hans Muster, Datum: 03.03.19", ["Hans Muster"]),
        ("BY MARTHA ELLINGTON", ["MARTHA ELLINGTON"]),
        ("Veröffentlicht vonJana Roth 26. Februar 2015", ["Jana Roth"]),
        ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("Von Ideen und Menschen", []),
        ("Powered by WordPress", []),
        ("DIRIGIDO A TODOS LOS VECINOS", []),
    ],
)
def test_the_byline_under_the_headline_names_the_authors(byline: str, names: list[str]) -> None:
    page = "Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n" + byline + "\n\n" + ARTICLE
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A name alone under the headline, read as a byline by the date, label or role with it.
        ("Jane Roe\n\nMarch 9, 2019", ["Jane Roe"]),
        ("By\n\nJane Roe", ["Jane Roe"]),
        ("Jane Roe\n\nPolitical Editor", ["Jane Roe"]),
        ("Jane Roe - Apr 18, 2016 7:41 pm UTC", ["Jane Roe"]),
        ("24.05.2017 um 15:37 Uhr | Jane Roe | 12 Kommentare", ["Jane Roe"]),
        ("Von\n\nJane Roe und\n\nJohn Doe\n\n29.01.2021", ["Jane Roe", "John Doe"]),
        # A byline's marker and one word: a pen name, a handle in lower case after "by"/"von" or in
        # a dated line, not a common word after a preposition.
        ("von Marlene", ["Marlene"]),
        ("Posted on 2016-03-06 by jroe | Leave a comment", ["jroe"]),
        ("Di recente", []),
        # A marker with a colon, a name before " /", a name after a time, a label's word after it.
        ("by: Jane Roe", ["Jane Roe"]),
        ("25. Januar 2013 by Jane Roe /", ["Jane Roe"]),
        ("2.10.23 19:48 von Jane Roe Lesezeit: 6 Min.", ["Jane Roe"]),
        # Capitalised words alone with nothing that says they are a byline (no common given name
        # first: tests/test_textmode_given.py), a label's words, a phrase.
        ("Budget Watch", []),
        ("Social Share\n\nMarch 9, 2019", []),
        ("Zum Video\n\nMarch 9, 2019", []),
        ("Jane Roe for The Daily\n\nMarch 9, 2019", []),
        ("Leasing of cars\n\nMarch 9, 2019", []),
    ],
)
def test_a_name_line_under_the_headline_names_the_authors(under: str, names: list[str]) -> None:
    page = "Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n" + under + "\n\n" + ARTICLE
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("after", "names"),
    [
        ("Text: Jane Roe", ["Jane Roe"]),
        ("Von Jane Roe", ["Jane Roe"]),
        ("Comment by Jane Roe — 17.07, 2011 @ 22:24", []),  # a comment's header
        ("POR NOSOTROS LO HACEMOS BIEN", []),  # capitals: a slogan
    ],
)
def test_a_byline_just_after_the_body_names_the_authors(after: str, names: list[str]) -> None:
    body = ARTICLE + "\n" + ARTICLE  # longer than the lines under the headline
    page = "Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n" + body + "\n" + after + "\n"
    assert decruft.extract(page, input_format="text").authors == names


def test_a_name_line_far_from_the_headline_is_no_byline() -> None:
    # A name with a date in a menu far above the headline is a teaser, not the article's byline.
    menu = "\n\n".join(f"Section {n}" for n in range(12))
    page = ("Council approves new budget | The Daily Example\n\nJane Roe\n\nMarch 9, 2019\n\n" + menu
            + "\n\nCouncil approves new budget\n\n" + ARTICLE)  # fmt: skip
    assert decruft.extract(page, input_format="text").authors == []


@pytest.mark.parametrize("first_line", ["Council approves new budget | The Daily Example",
                                        "Politics | Council approves new budget | The Daily Example"])  # fmt: skip
def test_the_headline_far_above_the_body_is_found(first_line: str) -> None:
    # A long menu between the headline and the article.
    menu = "\n\n".join(f"Section {n}" for n in range(40))
    page = first_line + "\n\nCouncil approves new budget\n\n" + menu + "\n\nPhoto: Jane Roe\n\n" + ARTICLE
    assert decruft.extract(page, input_format="text").title == "Council approves new budget"


@pytest.mark.parametrize(
    ("over", "title"),
    [
        # The heading right above the body, past a byline and a dateline, shares words with the page title.
        ("Grow and care for bougainvillea plants\n\nBy Jane Roe\n\nMarch 9, 2019", "Grow and care for bougainvillea plants"),
        # A heading that shares no words with it is some box's: the page title stays.
        ("Ratgeber zum Thema Garten", "Hydrangea Care: Tips On How To Grow Hydrangea Shrubs"),
        # A menu's item ("[> ...") is no headline.
        ("[> Grow Bougainvillea Plants", "Hydrangea Care: Tips On How To Grow Hydrangea Shrubs"),
    ],
)
def test_the_heading_over_the_body_worded_as_the_page_title_is_the_title(over: str, title: str) -> None:
    page = ("Hydrangea Care: Tips On How To Grow Hydrangea Shrubs\n\nHome\n\nGarden\n\n"
            + over + "\n\n" + ARTICLE)  # fmt: skip
    assert decruft.extract(page, input_format="text").title == title


def test_a_dateline_above_the_body_is_no_headline() -> None:
    # No line repeats the page title; the first title-like line before the body is a date.
    menu = "\n\n".join(f"Section {n}" for n in range(30))
    page = "Word of the day | The Daily Example\n\n" + menu + "\n\nMar 3, 2010\n\nThis month's puzzle\n\n" + ARTICLE
    article = decruft.extract(page, input_format="text")
    assert article.title == "This month's puzzle"
    assert article.date == dt.date(2010, 3, 3)


def test_a_headline_reworded_from_the_page_title_is_the_title() -> None:
    # The <title> (the first line) says it one way, the page's headline another.
    page = (
        "City council approves the new budget after a long debate | The Daily Example\n\nHome\n\nNews\n\n"
        "Sport\n\nBudget news\n\nCouncil approves the new budget after long debate\n\nBy Jane Roe\n\n" + ARTICLE
    )
    assert decruft.extract(page, input_format="text").title == "Council approves the new budget after long debate"


def test_a_decorated_copy_of_the_page_title_is_not_the_title() -> None:
    # Same words as the title's own part, with a menu's marks: the own part reads better.
    page = (
        "Jens Weber Portfolio | Studio Example\n\nImprint\n\n[> Jana Roth Portfolio\n\nProjects\n\n" + ARTICLE
    )
    assert decruft.extract(page, input_format="text").title == "Jens Weber Portfolio"


def test_a_comment_thread_after_the_article_is_cut_off() -> None:
    # Readers' replies are long prose, more of it than the article: the thread's "Reply"
    # labels show the closing heading before them ends the article.
    replies = [
        ("Jane Roe", "I went to the meeting and the debate was far better tempered than the report suggests, "
                     "although the bus subsidy question was left hanging for another year at least. Several of us "
                     "from the villages spoke, and the chair gave everyone time, which is more than last year."),
        ("John Doe", "The road repairs are long overdue and I am glad to see money set aside, but the youth "
                     "centre has been promised three times already and never built, so forgive my doubts. I will "
                     "believe it when the builders arrive and the doors open to the first group of teenagers."),
        ("Ann Other", "Energy costs are the real risk here, as the finance director said, and nobody on the "
                      "council seems to have a plan for next winter beyond hoping that prices come down again. The "
                      "reserves will not last two hard winters, and then the cuts will fall on the libraries."),
    ]  # fmt: skip
    thread = "".join(f"{name}\n\nMarch 10, 2024 at 9:15 AM\n\n{text}\n\nReply\n\n" for name, text in replies)
    page = "Council approves new budget\n\n" + ARTICLE + "\nShare this:\n\nFacebook\n\n" + thread
    text = decruft.extract(page, input_format="text").text
    assert "The finance director" in text
    assert not any(reply in text for _, reply in replies)


@pytest.mark.parametrize("mark", ["[3]", " [M1 / MP]", "[citation needed]"])
def test_a_footnote_mark_after_the_full_stop_still_ends_a_sentence(mark: str) -> None:
    # An ad label opens a section that runs until prose resumes: a paragraph ending in a
    # footnote or source mark is prose.
    page = (
        "Council approves new budget\n\n" + ARTICLE + "\nAdvertisement\n\n"
        "The mayor said after the meeting that the budget was a fair compromise for every part of the "
        "city and a sign that the council could still agree on hard choices." + mark + "\n\n" + ARTICLE
    )
    assert "a fair compromise" in decruft.extract(page, input_format="text").text


def test_a_teaser_tag_is_not_a_sentence_end() -> None:
    # Teaser headlines under the article, each ending in a tag: menu-like lines that cost the
    # run, not sentences that join it.
    teasers = ["Mayor opens the new bridge over the river [Video]", "School chess team wins the county title [Photos]",
               "Storm brings down trees along the coast road [Live]", "Village bakery closes after ninety years [Video]"]  # fmt: skip
    page = "Council approves new budget\n\n" + ARTICLE + "\n" + "\n\n".join(teasers) + "\n"
    text = decruft.extract(page, input_format="text").text
    assert "The finance director" in text
    assert not any(t in text for t in teasers)


@pytest.mark.parametrize(
    "heading", ["Die meistgelesenen Artikel", "Das könnte dich auch interessieren:", "Diesen Artikel teilen:"]
)
def test_german_rail_headings(heading: str) -> None:
    page = (
        "Stadtrat beschließt neuen Haushalt\n\n" + GERMAN_ARTICLE + "\n" + heading + "\n\n"
        "Neue Brücke über den Fluss eröffnet\n\nSchule gewinnt den Schachtitel\n"
    )
    article = decruft.extract(page, input_format="text")
    assert "Jugendzentrum" in article.text
    assert heading.rstrip(":") not in article.text and "Neue Brücke" not in article.text


@pytest.mark.parametrize(
    ("first_line", "headline"),
    [
        # The page title's own part, its site name stripped.
        ("Copy and paste from screen | TermNotes", "Copy and paste from screen"),
        # One part of it, when the site part is not known ("Section | Headline").
        ("Geschichte | Stimmen des Schweigens", "Stimmen des Schweigens"),
    ],
)
def test_headline_is_the_line_that_repeats_the_page_title(first_line: str, headline: str) -> None:
    # The site's name stands as a line in the banner too; the headline is the line nearest the body,
    # even under a menu item that reads like a rail heading ("Autoren").
    page = f"{first_line}\n\nTermNotes\n\nStimmen des Schweigens Archiv\n\nStartseite\n\nAutoren\n\n{headline}\n\n{ARTICLE}"
    article = decruft.extract(page, url="https://termnotes.example/blog/screen/", input_format="text")
    assert article.title == headline
    assert article.text.startswith("The city council approved")


def test_page_title_with_its_site_part_when_no_line_repeats_it() -> None:
    page = f"Council approves new budget | The Daily Example\n\nHome\n\nNews\n\n{ARTICLE}"
    article = decruft.extract(page, url="https://dailyexample.com/news/budget", input_format="text")
    assert article.title == "Council approves new budget"


def test_a_scrape_quoting_markup_is_read_as_text() -> None:
    """A text scrape of a post about web code prints a markup sample after its prose: auto
    detection must still read it as a scrape, while a page with a short preamble before its
    markup stays HTML."""
    prose = "\n\n".join(
        f"Paragraph {i} of the tutorial explains how the test runner loads the page and why the "
        "coverage report counts each statement that the suite has executed." for i in range(12)
    )
    sample = "\n".join(["<!DOCTYPE html>", "<html>", "<head>", "<title>Test</title>", "</head>", "<body>",
                        '<div id="mocha"></div>', '<div id="log"></div>', '<script src="mocha.js"></script>',
                        '<script src="expect.js"></script>', '<script src="cover.js"></script>',
                        "<script>mocha.run();</script>", "</body>", "</html>"])  # fmt: skip
    after = "\n\n".join(f"After the sample, paragraph {i} goes on about the results." for i in range(30))
    scrape = f"How to cover your code\n\n{prose}\n\n{sample}\n\n{after}\n"
    article = decruft.extract(scrape)
    assert article.source == "text"
    assert "Paragraph 3 of the tutorial" in article.text
    preamble = "HTTP/1.1 200 OK\nContent-Type: text/html\n\n"
    page = preamble + "\n".join(
        ["<html><head><title>Budget</title></head><body><article><h1>Budget</h1>"]
        + [f"<p>Paragraph {i}: the council agreed the budget after a long debate.</p>" for i in range(8)]
        + ["</article></body></html>"]
    )
    assert decruft.extract(page).source == "html"


def test_a_code_sample_does_not_cut_the_article_in_two() -> None:
    """A post printing a code sample between its paragraphs: the sample's short lines ("{",
    "});", "<div ...>") cost like sentences, so the prose after it stays in the body."""
    before = "\n\n".join(
        f"Part {i} of the tutorial explains how the test runner loads each module and records which of "
        "its statements the suite has run." for i in range(3)
    )
    code = "\n".join(["// tally.js", "(function(exports) {", '"use strict";', "function Tally(label) {",
                      'this.label = label || "Unnamed tally";', "}", "exports.Tally = Tally;", "Tally.prototype = {",
                      "counts: function(item) {", "if (!item)", 'throw new Error("nothing to count");',
                      'return this.label + " counts " + item;', "}", "};", "})(this);", "<html>", "<body>",
                      '<div id="runner"></div>', '<script src="tally.js"></script>', "</body>", "</html>"])  # fmt: skip
    after = (
        "Running the tests now prints a report whose bottom lines show the branch we never tested, "
        "the case where the item is missing and an error is raised."
    )
    page = f"Cover your code\n\n{before}\n\n{code}\n\n{after}\n\nHome\n\nCode\n\nPhotos\n\nContact\n"
    text = decruft.extract(page, input_format="text").text
    assert "Part 1 of the tutorial" in text
    assert "Running the tests now prints a report" in text
    assert "Contact" not in text
