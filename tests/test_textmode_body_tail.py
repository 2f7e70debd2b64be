"""Text-scrape mode: what closes the body run after the article (an author's box)."""

from __future__ import annotations

import pytest

import decruft
from conftest import SCRAPE_ARTICLE as ARTICLE

HEAD = "Council approves new budget | The Daily Example\n\nCouncil approves new budget\n\n"
FOOT = "\nShare\n\nTwitter\n\nFacebook\n"


@pytest.mark.parametrize(
    "box",
    [
        # A label, the name line, a bio opening with the given name and a verb.
        "Author\n\nJane Roe\n\nJane is the co-founder of a small consultancy and writes about local budgets and transport."
        " Before that she spent ten years on the regional desk, where she reported on housing, schools and the courts.",
        # The name line, then the bio opening with the whole name.
        "Jane Roe\n\nJane Roe is a reporter who has covered the city council and its budgets since 2009."
        " Before that she spent ten years on the regional desk, where she reported on housing, schools and the courts.",
        # The bio under the name line with its verb alone.
        "Autor\n\nDr. Jane Roe\n\nist Partnerin einer Kanzlei in Berlin und schreibt über Haushaltsrecht und Kommunen."
        " Zuvor war sie zehn Jahre in der Regionalredaktion, wo sie über Wohnungsbau, Schulen und Gerichte berichtete.",
        # "About <name>", a count between, a self-introduction.
        "Über Jane\n\n120 Artikel\n\nIch bin Jane, Redakteurin und seit vielen Jahren leidenschaftliche Leserin von Haushalten."
        " Zuvor war sie zehn Jahre in der Regionalredaktion, wo sie über Wohnungsbau, Schulen und Gerichte berichtete.",
    ],
)  # fmt: skip
def test_an_author_box_after_the_article_is_not_body(box: str) -> None:
    article = decruft.extract(HEAD + ARTICLE + "\n" + box + "\n" + FOOT, input_format="text")
    assert "The finance director told the meeting" in article.text
    assert "consultancy" not in article.text and "since 2009" not in article.text
    assert "Kanzlei" not in article.text and "leidenschaftliche" not in article.text


@pytest.mark.parametrize(
    "ending",
    [
        # A name line over a paragraph that is no bio: an interview's answer.
        "Jane Roe\n\nWe will look again at the bus subsidies in the spring, once the transport review is done, and "
        "we will ask the villages what they need before the council sets next year's fares and timetables.",
        # A bio printed alone, with no label or name line over it: some readers count it as the article's.
        "Jane Roe is a senior writer for The Daily Example, covering the council."
        " Before that she spent ten years on the regional desk, where she reported on housing, schools and the courts.",
        # A heading naming a person, then a paragraph about them that does not open with the name.
        "Jane Roe\n\nBefore the vote, the deputy leader had spent months negotiating with the villages over the "
        "bus subsidies.\n\nJane Roe is a councillor who has sat on the transport committee since 2015 and chairs it.",
        # A reader's reply: a greeting, then a capitalised sentence opening with a word that is a verb elsewhere.
        "Hallo Jane,\n\nEs ist, wie beschrieben: die Kürzungen bei den Buslinien treffen vor allem die Dörfer, "
        "und die Gemeinde hat dazu bisher keinen Plan vorgelegt, obwohl sie es versprochen hatte.",
        # A bio-like sentence with more of the article after it.
        "Jane Roe is a councillor who voted against the plan on Tuesday, citing the cuts to buses.\n\n"
        "The budget now goes to the full council for a final vote next month, where it is expected to pass.",
    ],
)  # fmt: skip
def test_article_lines_that_only_look_like_a_box_stay(ending: str) -> None:
    article = decruft.extract(HEAD + ARTICLE + "\n" + ending + "\n" + FOOT, input_format="text")
    last = ending.split("\n\n")[-1]
    assert last in article.text


@pytest.mark.parametrize(
    ("opening", "first"),
    [
        # A short sentence opening the article, too short to score as a paragraph.
        ("Thousands of families moved out of the city last year.", ARTICLE.split("\n")[0]),
        # A salutation that the first paragraph goes on with in lower case.
        # A greeting over the salutation: both open the article.
        ("Grace and peace to you all.\n\nDear readers,", "after seven years of writing about the council, this is my "
         "last column for the paper and a farewell to everyone who wrote in with their questions, their complaints "
         "and, now and then, their thanks."),
        ("Dear readers,", "after seven years of writing about the council, this is my last column for the paper and a "
         "farewell to everyone who wrote in with their questions, their complaints and, now and then, their thanks."),
    ],
)  # fmt: skip
def test_a_short_opening_line_right_above_the_body_joins_it(opening: str, first: str) -> None:
    rest = ARTICLE.split("\n", 1)[1] if first == ARTICLE.split("\n")[0] else ARTICLE
    menu = "Home\n\nNews\n\nSport\n\nContact\n\n"
    article = decruft.extract(HEAD + menu + opening + "\n\n" + first + "\n" + rest + FOOT, input_format="text")
    assert article.text.startswith(opening)


@pytest.mark.parametrize(
    "above",
    [
        "Opening hours:",  # a label
        "Council approves new budget",  # no sentence ends
        "Dear readers,",  # a salutation, but the paragraph under it opens in upper case
    ],
)
def test_a_line_above_the_body_that_is_no_opening_stays_out(above: str) -> None:
    menu = "Home\n\nNews\n\nSport\n\nContact\n\n"
    article = decruft.extract(HEAD + menu + above + "\n\n" + ARTICLE + FOOT, input_format="text")
    assert article.text.startswith(ARTICLE.split("\n")[0])


#: Teasers: a title and its one-line summary each, as related lists print them.
TEASERS = (
    "Bus fares to rise in the spring\nThe operator says that higher fuel costs leave it no choice, and the council agrees with it.\n\n"
    "Library hours cut again\nThe central library will close at five on weekdays from next month, as the council planned.\n\n"
    "New youth centre opens its doors\nAfter two years of building work, the new centre welcomed its very first visitors today.\n"
)


#: More of the article, so that the teasers come after most of its text.
MORE = (
    "Residents who spoke at the meeting welcomed the money for the youth centre, but several asked why the "
    "library opening hours would still be shorter than they were five years ago.\n\n"
    "The council will publish the full budget documents on its website next week, and a public consultation on "
    "the transport review will open in the spring.\n"
)


def test_a_related_heading_over_teasers_late_in_the_run_ends_the_body() -> None:
    page = HEAD + ARTICLE + "\n" + MORE + "\nRead also\n\n" + TEASERS + FOOT
    article = decruft.extract(page, input_format="text")
    assert "The finance director told the meeting" in article.text
    assert "Library hours cut again" not in article.text and "first visitors" not in article.text


def test_a_related_heading_with_the_article_going_on_after_it_does_not_end_the_body() -> None:
    more = (
        "The council's leader said after the meeting that the plan was the fairest the council could agree in a hard "
        "year, and that she would meet the villages' representatives in the spring to talk about the bus routes again."
    )
    page = HEAD + ARTICLE + "\n" + MORE + "\nRead also\n\n" + TEASERS + "\n" + more + "\n" + FOOT
    assert "the fairest the council could agree" in decruft.extract(page, input_format="text").text


@pytest.mark.parametrize(
    "promo",
    [
        "Did you enjoy this article? Then share it with a friend and get our weekly round-up of the council's news.",
        "Hat Ihnen dieser Artikel gefallen? Dann empfehlen Sie ihn weiter und lesen Sie jede Woche unseren Überblick.",
        "¿Quieres más noticias del barrio? Síguenos en nuestro canal de Telegram y recibe cada mañana lo más leído.",
    ],
)
def test_a_promotion_after_the_article_is_not_body(promo: str) -> None:
    article = decruft.extract(HEAD + ARTICLE + "\n" + MORE + "\n" + promo + "\n" + FOOT, input_format="text")
    assert "The council will publish the full budget documents" in article.text
    assert promo not in article.text
