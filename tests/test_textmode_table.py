"""Text-scrape mode: a table printed one cell a line inside the article (:mod:`decruft.textmode._table`),
and a section's name over the body, no one-word headline."""

from __future__ import annotations

import decruft
from decruft.textmode._lines import label, split_lines
from decruft.textmode._table import table_cells

MENU = "".join(f"{item}\n\n" for item in ["Home", "Local", "Travel", "Sport", "Weather", "Contact"])
HEAD = (
    "Island ferry fares rise in spring | Harbour Post\n\n" + MENU + "Island ferry fares rise in spring\n\n"
    "Jane Roe, 3 March 2031\n\n"
    "The ferry company will raise its fares on every route from the first of April, the island council "
    "said on Monday after a long meeting with the company's board.\n\n"
    "Crossings will take as long as before, and the first boat of the day will still leave at six.\n\n"
    "The table below shows the new fares for a single crossing on each of the four routes that the "
    "company runs between the harbour, the island and the two villages on the coast.\n\n"
)
# Route / crossing / fare: a row a route, the crossing's time repeated in its column.
TABLE = "".join(
    f"{cell}\n\n"
    for cell in [
        "Route", "Crossing", "Fare",
        "Harbour to Island", "40 minutes", "12 EUR",
        "Harbour to Cove", "40 minutes", "9 EUR",
        "Island to Cove", "25 minutes", "7 EUR",
        "Cove to Point", "25 minutes", "5 EUR",
    ]
)  # fmt: skip
REST = (
    "The council had asked the company to keep the fares for islanders as they are, but the board "
    "said that the price of fuel and the new boat leave it no choice this year.\n\n"
    "Islanders who take the ferry to work every day can buy a season ticket, which will cost a tenth "
    "more than last year, and children under twelve will still travel for free on every route.\n\n"
    "The company said it would look at the fares again in autumn, once it knows how many visitors "
    "the summer brought to the island and how much fuel the new boat needs on the longer crossings.\n\n"
)
FOOT = "About us\n\nImprint\n\nPrivacy\n"


def test_a_table_printed_a_cell_a_line_does_not_cut_the_article_in_two() -> None:
    article = decruft.extract(HEAD + TABLE + REST + FOOT, input_format="text")
    assert "raise its fares on every route" in article.text
    assert "season ticket" in article.text
    assert article.title == "Island ferry fares rise in spring"


def _cells(text: str) -> set[str]:
    lines = split_lines(text.splitlines(), text)
    label(lines, ())
    cells = table_cells(lines)
    return {ln.text for ln in lines if ln.index in cells}


def test_a_tables_cells_repeat_at_its_rows_length_and_print_figures() -> None:
    assert {"Route", "40 minutes", "5 EUR"} <= _cells(TABLE)


def test_a_menus_groups_repeating_their_items_are_no_table() -> None:
    groups = ["News", "Local", "Other", "Sport", "Local", "Other", "Culture", "Local", "Other", "Travel", "Local", "Other"]
    assert _cells("".join(f"{item}\n\n" for item in groups)) == set()


def test_a_comment_threads_records_are_no_table() -> None:
    comments = []
    for name, text in [("Jane", "Love it!"), ("Sam", "Great photo."), ("Ann", "So pretty!"), ("Bo", "Nice one.")]:
        comments += [name, "3 March 2031 | Permalink", text]
    assert _cells("".join(f"{item}\n\n" for item in comments)) == set()


def test_a_sections_name_over_the_body_is_no_one_word_headline() -> None:
    # "Travel" is a part of the page title of its own (the section), not a word of the headline.
    page = (
        "Island ferry fares rise in spring | Travel | Harbour Post\n\n" + MENU.replace("Travel\n\n", "")
        + "Travel\n\n" + REST + FOOT
    )  # fmt: skip
    article = decruft.extract(page, url="https://harbourpost.example/travel/fares", input_format="text")
    assert article.title != "Travel"
