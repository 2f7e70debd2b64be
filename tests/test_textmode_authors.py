"""Text-scrape mode: the article's byline where the earlier readers miss it."""

from __future__ import annotations

import pytest

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE

#: Prose above the headline: the body run starts there, a few lines over the headline.
INTRO = (
    "Our city has argued about its budget for years, and every spring the same questions come back to the council "
    "chamber: what to cut, what to keep, and who will pay for the roads that everybody uses every day.\n\n"
    "Then, late on Tuesday, the members finally voted, and the long argument over the money for libraries, buses "
    "and roads came to an end for this year at least.\n\nWhat a year it was.\n\n"
)


def test_a_byline_under_a_headline_inside_the_body_run() -> None:
    head = "News | Council approves new budget\n\nHome\n\nNews\n\n"
    page = f"{head}{INTRO}Council approves new budget\n\nWhat the vote means\n\nvon Jane Roe\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == ["Jane Roe"]


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A date before the name, a comment link after it.
        ("24. September 2018 Jane Roe Leave a comment", ["Jane Roe"]),
        ("2. Januar 2017 Jane Roe Schreibe einen Kommentar", ["Jane Roe"]),
        ("3. Mai 2019 von Jane Roe Ein Kommentar", ["Jane Roe"]),
        # A list of names joined by commas and a last "y", with a time ago on the next line.
        ("Jane Roe, John Doe y Max Muster\n\nHace 9 horas", ["Jane Roe", "John Doe", "Max Muster"]),
        # A handle after the name, a separator alone and the date on the next lines.
        ("Jane Roe @jroe\n\n-\n\nmayo 13, 2021", ["Jane Roe"]),
        # A time ago right after the name; a date glued to it.
        ("Jane Roe 3 hours ago", ["Jane Roe"]),
        ("Jane RoeNovember 8, 2022", ["Jane Roe"]),
        # Words of a role after a comma are no second name: the name alone (:mod:`._roles`).
        ("Jane Roe, Staff Attorney, Civil Rights Program\n\nJuly 23, 2018", ["Jane Roe"]),
        # A subheading's sentence ending in a year and capitalised words is no name line.
        ("The plan marks the tenth anniversary of 2014 Summer Fair\n\nJane Roe | 8 hours ago", ["Jane Roe"]),
    ],
)  # fmt: skip
def test_a_name_line_with_its_date_under_the_headline(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A desk's word alone (a staff list's heading too), with a date under it.
        ("Redaktion\n\nam 5. Februar 2021 um 20:43", ["Redaktion"]),
        # A desk's name after a byline's label alone on its line.
        ("by\n\nExample Staff Report\n\nOctober 25, 2022", ["Example Staff Report"]),
        ("3. Mai 2022 | 14:10\n\nRedaktion Example News", ["Redaktion Example News"]),
        # Not without a date or label: a section's name.
        ("Unser Team", []),
    ],
)  # fmt: skip
def test_a_desk_name_under_the_headline(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A forum's first post: the starter's handle under its label, before the lines of a
        # profile box ("Example Nation" over a role reads as a name line).
        ("Thread starter\n\nJaneroe\n\nStart date\n\nSep 16, 2021\n\nJaneroe\n\nExample Nation\n\nForum Moderator", ["Janeroe"]),
        ("Themenstarter\n\nJaneroe\n\nBeginndatum\n\n25. September 2017", ["Janeroe"]),
        # A handle under the label, the date over the label.
        ("5. April 2021\n\nby\n\njroe", ["jroe"]),
        # A dated line ending in a byline's marker, the name on the next line.
        ("Written on Mar 9 by\n\nZorbin Quandt", ["Zorbin Quandt"]),
        # Names over two lines under the label.
        ("Von\n\nJane Roe und\n\nJohn Doe\n\n29.01.2021", ["Jane Roe", "John Doe"]),
    ],
)  # fmt: skip
def test_a_name_under_a_byline_label_alone_under_the_headline(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A time ago on the line after a name right under the headline, far over the body.
        ("Zorbin Quandt\n\nErstellt: vor 5 Stunden\n\nAktualisiert: vor 2 Stunden\n\n6 Min. Lesedauer\n\nZum Thema", ["Zorbin Quandt"]),
        # The site's name over the author's: the time ago is the author's.
        ("Example Insider\n\nJane Roe\n\n1 day ago\n\nShare\n\nTweet", ["Jane Roe"]),
    ],
)  # fmt: skip
def test_a_name_line_right_under_the_headline_with_a_time_ago(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


#: Links under the article, between it and a site's foot.
LINKS = "".join(f"{word}\n\n" for word in ("Tags", "Council", "Budget", "Libraries", "Transport", "Roads", "Youth"))


def test_an_author_box_is_the_byline() -> None:
    box = "James Quandt\n\nJames Quandt covers the council for the Daily Example since 2009."
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{ARTICLE}\n{LINKS}{box}\n"
    assert decruft.extract(page, input_format="text").authors == ["James Quandt"]


@pytest.mark.parametrize(
    ("foot", "names"),
    [
        ("© 2009-2012 Jonathan Kruse. Impressum & Datenschutz", ["Jonathan Kruse"]),
        ("Copyright (c) 2012- Jonathan Kruse. All rights reserved.", ["Jonathan Kruse"]),
        ("Gestaltung und alle Texte © by Jonathan Kruse | Impressum", ["Jonathan Kruse"]),
        # A company, not a person.
        ("© 2022 Jonathan Verlag GmbH", []),
    ],
)  # fmt: skip
def test_a_person_a_copyright_line_names_at_the_foot_is_the_author(foot: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{ARTICLE}\n{LINKS}{foot}\n"
    assert decruft.extract(page, input_format="text").authors == names


def test_a_picture_credit_is_no_author() -> None:
    # "© Name" without a year, far from the page's foot.
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n© Jonathan Kruse\n\n{ARTICLE}\n{LINKS * 3}"
    assert decruft.extract(page, input_format="text").authors == []


def test_a_long_line_opening_with_a_byline() -> None:
    # The byline and a disclosure in one line, longer than a byline.
    byline = "By Jane Roe on 29. October, 2022 | 7 Comments. This post may contain affiliate links. As an associate we earn from qualifying purchases."
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{byline}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == ["Jane Roe"]


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        # A caption over the body: a year, then a sentence, then "von" and a brand.
        ("Erscheint im Herbst 2021 neu im Handel: die leichte Jacke von Examplewear, um 80 Euro", []),
        ("Shown at the spring 2019 fair in the hall of new designs: a chair by Exampleworks", []),
        # A dated byline: only a date's and a byline's words before the marker.
        ("Veröffentlicht am Freitag, 3. Mai 2019 um 12:00 Uhr von Jane Roe", ["Jane Roe"]),
        ("Posted on Wednesday, March 3rd, 2019 at 10:00 am by Jane Roe", ["Jane Roe"]),
    ],
)  # fmt: skip
def test_a_marker_inside_a_dated_sentence_is_no_byline(caption: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{caption}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A heading in the body's first lines, capitalised as German nouns are, by the date.
        ("9. Oktober 2018\n\nDie Stadt hat lange über den Haushalt gestritten, und jedes Jahr kommen dieselben Fragen zurück in den Rat.\n\nLeasing von Dienstfahrzeugen", []),
        # A menu's item two lines under the date.
        ("Erstveröffentlichung: 23. März 2021\n\nStartseite\n\nStimmen der Region", []),
        # A name with a particle that opens with a given name.
        ("Jane von Roe\n\n16. Juni 2018", ["Jane von Roe"]),
    ],
)  # fmt: skip
def test_a_name_line_with_a_particle_opens_with_a_given_name(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("under", "names"),
    [
        ("Interview: Jane Roe\n\n30.04.2021", ["Jane Roe"]),
        ("Text & Fotos: Jane Roe\n\n24 | 02 | 2021", ["Jane Roe"]),
        ("Interview by Jane Roe\n\nApril 30, 2021", ["Jane Roe"]),
        # The interviewer, not the person interviewed after "mit".
        ("Ein Interview von Jane Roe mit Max Muster.", ["Jane Roe"]),
    ],
)  # fmt: skip
def test_an_interviewers_credit_under_the_headline(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize("foot", ["Das Gespräch führte Jane Roe.", "Erstellt von Jane Roe", "Propos recueillis par Jane Roe"])
def test_an_interviewers_credit_after_the_body(foot: str) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{ARTICLE}\n{foot}\n\n{LINKS}"
    assert decruft.extract(page, input_format="text").authors == ["Jane Roe"]


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A handle that ends in digits, whole.
        ("von Jroe1\n\nam 22.09.2021", ["Jroe1"]),
        ("by jroe2019", ["jroe2019"]),
        # A date glued to a name is no handle.
        ("von Jane Roe 12.03.2020", ["Jane Roe"]),
    ],
)  # fmt: skip
def test_a_handle_ending_in_digits_under_the_headline(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A role after the name, its desk capitalised before it in lower case.
        ("Jane Roe Education editor\n\nTue 16 Feb 2021 07.10 GMT", ["Jane Roe"]),
        ("Jane Roe Chief political correspondent\n\nTue 16 Feb 2021 07.10 GMT", ["Jane Roe"]),
        # A role before the name.
        ("Example-Online-Experte Jane Roe\n\nDienstag, 10.07.2018, 14:12", ["Jane Roe"]),
        # Words after the name that are no role: no name line.
        ("Jane Roe for The Daily\n\nTue 16 Feb 2021 07.10 GMT", []),
    ],
)  # fmt: skip
def test_a_name_line_with_a_role_under_the_headline(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    "foot",
    ["– 2009-2020 by Jonathan Kruse\n\n– Powered by Example", "(Creative Commons) 2006-2008 by Jonathan Kruse\n\nHosted by Example"],
)
def test_years_and_by_at_the_foot_name_the_author(foot: str) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{ARTICLE}\n{LINKS}{foot}\n"
    assert decruft.extract(page, input_format="text").authors == ["Jonathan Kruse"]


@pytest.mark.parametrize("name", ["Paddy", "Benni", "Steffie"])
def test_a_pet_name_alone_with_a_date_under_the_headline(name: str) -> None:
    # A pet name of the nicknames table, or its spelling in "-i", is a given name.
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{name}\n\n·\n\nApril 17, 2018\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == [name]


@pytest.mark.parametrize(
    ("foot", "names"),
    [
        ("Quelle: exampress", ["exampress"]),
        ("Source: Example News/jr", ["Example News/jr"]),
        # A news agency credits stories as well as pictures; a credit's word inside another word is none.
        ("Quelle: dpa", ["dpa"]),
        ("Source: Reuters", ["Reuters"]),
        ("Quelle: Bildungsministerium Examplia", ["Bildungsministerium Examplia"]),
        # A chart's or picture's sources, a link: no byline.
        ("Quelle: Foto Jane Roe", []),
        ("Quelle: imago images", []),
        ("Quelle: Statistisches Bundesamt, Landesamt", []),
        ("Quelle: Fotolia / jroe", []),
        ("Source: https://example.com/report", []),
    ],
)  # fmt: skip
def test_a_source_credit_after_the_body(foot: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{ARTICLE}\n{foot}\n\n{LINKS}"
    assert decruft.extract(page, input_format="text").authors == names


def test_a_source_credit_comes_after_a_byline() -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\nBy Jane Roe\n\n{ARTICLE}\nQuelle: exampress\n\n{LINKS}"
    assert decruft.extract(page, input_format="text").authors == ["Jane Roe"]


@pytest.mark.parametrize("under", ["von example-news.at Redaktion", "By Example Staff"])
def test_a_desk_after_a_marker_under_the_headline(under: str) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == [under.split(" ", 1)[1]]


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # The next field's label ends the name.
        ("von Jane Roe Foto: © Example\n\nWien - Mittwoch, 09.03.2022, 11:17 Uhr", ["Jane Roe"]),
        ("By Jane Roe Updated: March 3, 2019", ["Jane Roe"]),
        # An agency's code with the editor's.
        ("04. Februar 2021\n\nVon: jr/exa", ["jr/exa"]),
    ],
)  # fmt: skip
def test_a_byline_with_a_field_or_an_agency_code(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


def test_a_reference_with_a_label_is_no_byline() -> None:
    foot = '^ "Story: Tidal flats". The Example Encyclopedia: Coasts. Retrieved 27 August 2015.'
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{ARTICLE}\nReferences\n\n{foot}\n\n{LINKS}"
    assert decruft.extract(page, input_format="text").authors == []


def test_a_surname_that_is_a_word_of_the_labels_and_a_given_name() -> None:
    # "Lee" is a word of a label ("lee también") and a given name: after a given name, a name's.
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{ARTICLE}\nWritten on\n\nMar 17\n\nby\n\nJane Lee\n\n{LINKS}"
    assert decruft.extract(page, input_format="text").authors == ["Jane Lee"]


def test_a_line_holding_a_byline_marker_is_no_name_line() -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\nGROUP BY\n\n23 September 2019\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == []


def test_a_name_line_over_a_date_glued_to_the_agency() -> None:
    under = "ZORBIN QUANDT\n\nExample PressDecember 2, 2016\n\n11 Comments"
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == ["ZORBIN QUANDT"]


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # A guest post's marker opening the line.
        ("Blog Beitrag von Jane Roe", ["Jane Roe"]),
        ("Gastbeitrag von Jane Roe", ["Jane Roe"]),
        # A desk's name under a label alone, dated by numbers in either order.
        ("Von\n\nExamplesport\n\nPubliziert 05/05/2021 um 07:48 GMT", ["Examplesport"]),
    ],
)  # fmt: skip
def test_more_bylines_under_the_headline(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


def test_a_dated_byline_right_over_the_headline_names_a_handle() -> None:
    page = f"Council approves new budget | The Daily Example\n\nVerfasst von: jroe | 12. Oktober 2011\n\nCouncil approves new budget\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == ["jroe"]


def test_a_turkish_given_name_with_a_dotless_i_after_the_body() -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{ARTICLE}\nKazım Quandt\n\n{LINKS}"
    assert decruft.extract(page, input_format="text").authors == ["Kazım Quandt"]


@pytest.mark.parametrize(
    ("lead", "names"),
    [
        ("Exampletown (exa/lno) – The city council approved the new budget on Tuesday evening after a long debate.", ["exa/lno"]),
        ("EXAMPLETOWN (EP) — The city council approved the new budget on Tuesday evening after a long debate.", ["EP"]),
        # A bracket after a place that no dash follows is no dateline.
        ("Exampletown (the old town) voted on Tuesday evening, after a long debate on the budget and the roads.", []),
    ],
)  # fmt: skip
def test_the_agency_of_the_leads_dateline(lead: str, names: list[str]) -> None:
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{lead}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


def test_a_sentence_holding_a_role_word_is_no_role_under_a_heading() -> None:
    # A contents heading of two capitalised words over a sentence that names an "editor": the
    # sentence is no role line ("Travel Editor"), so the heading is no byline's name.
    under = "Budget Explorer\n\nReaders can follow along in the online editor and change the numbers as they go."
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == []
    # A role of a few words under a name still reads as a byline.
    page = f"Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\nJane Roe\n\nSenior Reporter, City Hall\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == ["Jane Roe"]


def test_no_byline_past_the_lead_paragraphs_far_over_the_body() -> None:
    # A headline, its lead paragraphs, then the article's own sections far over the body run
    # that was found: a section's heading next to a table's dated row is no byline.
    from decruft.textmode._authors import authors
    from decruft.textmode._lines import Line

    lead = "The council approved the new budget on Tuesday after a long debate about roads, buses and libraries, " * 3
    texts = ["Council approves new budget | Example", "Council approves new budget", lead, lead, lead]
    texts += ["Contents", "Counting Votes", "Adding Limits", "Table row", *(["Some more of the article's text."] * 25)]
    texts += ["Adding Limits", "2019-07-03 09:17:00 | 200 | 5", *(["More of the text."] * 5)] + [lead] * 6
    lines = [Line(index=i, text=t, block=i) for i, t in enumerate(texts)]
    body = set(range(len(texts) - 6, len(texts)))
    assert authors(lines, body, lines[1]) == []
    # Right under the headline, the byline is read as before.
    texts[2:2] = ["Jane Roe", "March 3, 2020"]
    lines = [Line(index=i, text=t, block=i) for i, t in enumerate(texts)]
    body = set(range(len(texts) - 6, len(texts)))
    assert authors(lines, body, lines[1]) == ["Jane Roe"]


def test_a_byline_after_the_body_s_caption_and_tags() -> None:
    # The body run opens with a picture's caption, credit and the article's tags: short lines
    # that do not count among the lines into the body where the byline is looked for.
    from decruft.textmode._authors import authors
    from decruft.textmode._lines import Line

    lead = "The council approved the new budget on Tuesday after a long debate about roads, buses and libraries."
    texts = ["Council approves new budget | Example", "Council approves new budget"]
    texts += ["Members of the council vote on the budget in the town hall on Tuesday evening.", "PHOTO", "Example Agency"]
    texts += ["Politics", "Budget", "Elections 2022", "Jane Roe | 3 hours ago", *([lead] * 6)]
    lines = [Line(index=i, text=t, block=i) for i, t in enumerate(texts)]
    assert authors(lines, set(range(2, len(texts))), lines[1]) == ["Jane Roe"]
    # Past five lines of the body's own text, a name line is no byline.
    texts[3:3] = [lead] * 5
    lines = [Line(index=i, text=t, block=i) for i, t in enumerate(texts)]
    assert authors(lines, set(range(2, len(texts))), lines[1]) == []



def test_a_byline_after_a_slideshow_s_captions_printed_again() -> None:
    # A slideshow prints each picture's caption and credit once more: the copies do not count
    # among the lines into the body where the byline is looked for.
    from decruft.textmode._authors import authors
    from decruft.textmode._lines import Line

    lead = "The council approved the new budget on Tuesday after a long debate about roads, buses and libraries."
    deck = "What the new budget means for the roads, the buses and the libraries of the town."
    first = "Members of the council vote on the budget in the town hall on Tuesday evening."
    second = "The mayor speaks to reporters outside the town hall after the vote."
    texts = ["Council approves new budget | Example", "Council approves new budget", deck]
    texts += [first, "PHOTO", "Example Agency", second, first, "PHOTO", "Example Agency", second]
    texts += ["Politics", "Budget", "Elections 2022", "Jane Roe | 3 hours ago", *([lead] * 6)]
    lines = [Line(index=i, text=t, block=i) for i, t in enumerate(texts)]
    assert authors(lines, set(range(2, len(texts))), lines[1]) == ["Jane Roe"]

def test_site_name_glued_after_the_byline_name_is_cut() -> None:
    # The byline element and the site's name beside it run together in the scrape; the page
    # title (the first line) names the site.
    body = "\n\n".join(f"The harbour road was closed on Tuesday night after the storm reached the coast, report {n}." for n in range(6))
    text = f"Storm hits the coast | Weald Courier Online\n\nHome\n\nStorm hits the coast\n\nBy Jane Roe Weald Courier Online\n\n{body}\n"
    assert decruft.extract(text, input_format="text").authors == ["Jane Roe"]
    # Without the site's name in the page title, nothing is cut; a name of one word is left whole.
    assert decruft.extract(text.replace(" | Weald Courier Online", ""), input_format="text").authors == ["Jane Roe Weald Courier Online"]
    short = text.replace("By Jane Roe Weald", "By Jane Weald")
    assert decruft.extract(short, input_format="text").authors == ["Jane Weald Courier Online"]


def _storm_page(byline: str) -> str:
    """A scrape of a short storm report with ``byline`` under its headline."""
    body = "\n\n".join(f"The harbour road was closed on Tuesday night after the storm reached the coast, report {n}." for n in range(6))
    return f"Storm hits the coast | Daily Paper\n\nHome\n\nStorm hits the coast\n\n{byline}\n\n{body}\n"


@pytest.mark.parametrize("byline", ["14 March 2019 by Jane Roe Discuss (4)", "By Jane RoeEmail Author"])
def test_a_byline_box_link_glued_after_the_name_is_no_part_of_it(byline: str) -> None:
    # The comment link and the links to the author's page that a byline box prints after the
    # name ("Discuss (4)", "Email Author") run into it in the scrape.
    text = _storm_page(byline)
    assert decruft.extract(text, input_format="text").authors == ["Jane Roe"]


@pytest.mark.parametrize("byline", ["By Jane RoeThursday 14 March 2019", "By Jane RoeSponsored", "Par Jeanne RoeJeudi 14 mars 2019"])
def test_a_weekday_or_label_glued_after_the_name_is_no_part_of_it(byline: str) -> None:
    # The scrape runs the name into the weekday of the date or a label printed after it; only a
    # listed word is split off, so a name's own capital ("Jane FitzRoe") stays whole.
    text = _storm_page(byline)
    expected = ["Jeanne Roe"] if byline.startswith("Par") else ["Jane Roe"]
    assert decruft.extract(text, input_format="text").authors == expected


def test_a_name_with_an_inner_capital_stays_whole() -> None:
    text = _storm_page("By Jane FitzRoe")
    assert decruft.extract(text, input_format="text").authors == ["Jane FitzRoe"]


@pytest.mark.parametrize("byline", ["By JANE ROE Associated Press", "By Jane RoeThe Associated Press", "By Jane Roe Reuters"])
def test_a_news_agency_after_the_name_is_no_part_of_it(byline: str) -> None:
    # The agency the reporter writes for is printed after the name and runs into it in the scrape.
    text = _storm_page(byline)
    expected = ["JANE ROE"] if "JANE" in byline else ["Jane Roe"]
    assert decruft.extract(text, input_format="text").authors == expected
    # A name of one word is left whole: the agency may be all the byline names.
    one = text.replace(byline, "By Jane Reuters")
    assert decruft.extract(one, input_format="text").authors == ["Jane Reuters"]


def test_a_follow_button_with_the_given_name_is_no_name() -> None:
    # An author box prints "Follow Jane" under the story's date: a button, not the byline.
    body = "\n\n".join(f"The harbour road was closed on Tuesday night after the storm reached the coast, report {n}." for n in range(6))
    text = f"Storm hits the coast | Daily Paper\n\nHome\n\nStorm hits the coast\n\nNov 7, 2012\n\nFollow Jane\n\nAdd to circle\n\n{body}\n"
    assert "Follow Jane" not in decruft.extract(text, input_format="text").authors
    assert decruft.extract(text.replace("Follow Jane", "Jane Roe"), input_format="text").authors == ["Jane Roe"]


@pytest.mark.parametrize(("sep", "names"), [("/", ["Zorbin Quandt"]), ("|", ["Zorbin Quandt"]), ("", [])])
def test_a_meta_row_over_the_headline_a_field_per_line(sep: str, names: list[str]) -> None:
    # The post's meta row stands over the headline, split a field per line: the name ending in
    # a separator, the date and time, a count of comments and a button. A name line over a
    # plain date without the separator may be a teaser's heading: no byline.
    row = f"Zorbin Quandt {sep}".strip() + "\n\n14.03.2021 / 08:30\n\n/\n\n12\n\n/\n\nListen"
    page = f"Council approves new budget | Example\n\nHome\n\nNews\n\n{row}\n\nCouncil approves new budget\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("parts", "names"),
    [
        ("Jane\nRoe-Smith", ["Jane Roe-Smith"]),  # a word per line in one block: the name's two parts
        ("Politics\nBudget", []),  # no common given name first: a section's tags
    ],
)
def test_a_name_printed_a_part_per_line_over_its_date(parts: str, names: list[str]) -> None:
    page = f"Council approves new budget | Example\n\nCouncil approves new budget\n\n{parts}\n\nam\n\nFreitag, 14.03.2021 - 08:30\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("label", "line", "names"),
    [
        ("Posted by", "Zorbin Quandt - Friday, March 8, 2019", ["Zorbin Quandt"]),
        ("Publié par", "Zorbin Quandt - vendredi 8 mars 2019", ["Zorbin Quandt"]),
        ("Posted by", "Zorbin Quandt and the council", []),  # no date: no byline read with the label
    ],
)
def test_a_label_alone_then_the_name_with_its_date(label: str, line: str, names: list[str]) -> None:
    # A blog's post head: the label alone on its line, then the name and the date, then the time.
    page = f"Council approves new budget | Example\n\nCouncil approves new budget\n\n{label}\n\n{line}\n\nat\n\n9:40 PM\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("foot", "names"),
    [
        # A post's footer after the body, marked as a stub, with the date and the categories.
        ("\n\nPosted by Zorbin Quandt on March 8, 2019 at 09:15 AM in Council, Budget | Permalink", ["Zorbin Quandt"]),
        # The footer run into the body's last line's block: the body's last line.
        ("\nPosted by Zorbin Quandt on Friday, March 08, 2019 in Council | Permalink", ["Zorbin Quandt"]),
        # A commenter's, under the comments' heading.
        ("\n\nComments\n\nPosted by Zorbin Quandt on March 8, 2019 at 09:15 AM", []),
    ],
)
def test_a_post_footer_after_the_body_names_the_author(foot: str, names: list[str]) -> None:
    body = (ARTICLE + "\n" + ARTICLE).rstrip()  # longer than the lines under the headline
    page = f"Council approves new budget | Example\n\nCouncil approves new budget\n\n{body}{foot}\n\nRelated posts\n\nMore news"
    assert decruft.extract(page, input_format="text").authors == names


@pytest.mark.parametrize(
    ("under", "names"),
    [
        ("Zorbin Quandt on May 3, 2019, 9:40 AM", ["Zorbin Quandt"]),
        ("Zorbin Quandt on Friday, May 03, 2019 in Council", ["Zorbin Quandt"]),
        ("Zorbin Quandt am 8. März 2019", ["Zorbin Quandt"]),
        # A caption: the date is not what follows the word after the name.
        ("Zorbin Quandt on stage at the town hall, May 3, 2019.", []),
    ],
)
def test_a_name_then_on_and_the_date_under_the_headline(under: str, names: list[str]) -> None:
    page = f"Council approves new budget | Example\n\nCouncil approves new budget\n\n{under}\n\n{ARTICLE}"
    assert decruft.extract(page, input_format="text").authors == names
