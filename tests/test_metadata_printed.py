"""Metadata as the page prints it (issue 16, items 6 and 7): ``page_title`` beside the
headline, titles capped and cleaned, datelines and bylines read from plain markup."""

from __future__ import annotations

import datetime as dt
import json

from conftest import PARAGRAPHS, article_page

import decruft

BODY = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def test_page_title_is_the_documents_own_title_as_written() -> None:
    article = decruft.extract(article_page())
    assert article.title == "Council approves new budget"
    assert article.page_title == "Council approves new budget | The Daily Example"
    assert json.loads(article.to_json())["page_title"] == article.page_title


def test_page_title_falls_back_on_og_title() -> None:
    page = article_page().replace(
        "<title>Council approves new budget | The Daily Example</title>",
        '<meta property="og:title" content="Council approves new budget – Daily Example">',
    )
    assert decruft.extract(page).page_title == "Council approves new budget – Daily Example"


def test_page_title_of_a_text_scrape_is_its_first_line() -> None:
    scrape = "Council approves new budget | The Daily Example\n\n" + "\n\n".join(PARAGRAPHS)
    article = decruft.extract(scrape, input_format="text")
    assert article.page_title == "Council approves new budget | The Daily Example"


def test_an_unclosed_title_does_not_swallow_the_page() -> None:
    page = (
        "<html><head><title>Council approves new budget | The Daily Example"
        '<meta charset="utf-8"></head><body><article><h1>Council approves new budget</h1>'
        f"{BODY}</article></body></html>"
    )
    article = decruft.extract(page)
    assert article.page_title == "Council approves new budget | The Daily Example"
    assert article.title == "Council approves new budget"
    assert PARAGRAPHS[2] in article.text


def test_a_title_swallowing_the_page_is_cut_at_its_markup() -> None:
    assert decruft.metadata.clean_title("Budget day</head><body><p>" + "text " * 5000) == "Budget day"


def test_a_huge_title_is_capped_at_a_word() -> None:
    page = article_page(title="word " * 2000)
    article = decruft.extract(page)
    assert article.title is not None and article.page_title is not None
    assert 250 < len(article.title) <= 300 and article.title.endswith("word")
    assert len(article.page_title) <= 300


def _dated_page(line: str, *, head: str = "") -> str:
    return (
        f"<html><head><title>Council approves new budget</title>{head}</head><body><article>"
        f'<h1>Council approves new budget</h1><div class="meta"><span class="date">{line}</span></div>'
        f"{BODY}</article></body></html>"
    )


def test_a_date_printed_under_the_headline_in_capitals_is_read() -> None:
    assert decruft.extract(_dated_page("13 JUN 2017")).date == dt.date(2017, 6, 13)


def test_an_update_line_under_the_headline_is_not_the_publication_date() -> None:
    # The dateline after it is.
    assert decruft.extract(_dated_page("Updated 14 JUN 2017</span><span>13 JUN 2017")).date == dt.date(2017, 6, 13)


def test_an_update_line_alone_under_the_headline_is_the_date_it_shows() -> None:
    # No dateline under the headline, only an update's: the day the page shows beats a field's.
    head = '<meta property="article:published_time" content="2019-10-15T10:00:00+01:00">'
    for line in ("Updated Apr 3, 2021 @ 9:15 am", "Von Jane Roe Aktualisiert am 03.04.2021", "Last updated on 3 Apr, 2021. 3 min read"):
        assert decruft.extract(_dated_page(line, head=head)).date == dt.date(2021, 4, 3)


def test_html_and_text_mode_read_the_same_dateline() -> None:
    scrape = "Council approves new budget\n\nCouncil approves new budget\n13 JUN 2017\n\n" + "\n\n".join(PARAGRAPHS)
    assert decruft.extract(scrape, input_format="text").date == dt.date(2017, 6, 13)
    assert decruft.extract(_dated_page("13 JUN 2017")).date == dt.date(2017, 6, 13)


UTC_EVENING = '<meta property="article:published_time" content="2019-11-07T03:41:12+00:00">'


def test_a_utc_time_after_midnight_is_the_urls_day() -> None:
    page = _dated_page("", head=UTC_EVENING)
    assert decruft.extract(page, url="https://example.com/2019/11/06/story/").date == dt.date(2019, 11, 6)
    assert decruft.extract(page, url="https://example.com/story/").date == dt.date(2019, 11, 7)


def test_a_utc_time_after_midnight_is_the_printed_day() -> None:
    page = _dated_page("Nov. 6, 2019", head=UTC_EVENING)
    assert decruft.extract(page, url="https://example.com/story/").date == dt.date(2019, 11, 6)


def test_a_utc_time_in_the_day_keeps_its_day() -> None:
    head = '<meta property="article:published_time" content="2020-07-09T10:04:04Z">'
    page = _dated_page("", head=head)
    assert decruft.extract(page, url="https://example.com/2020/07/08/story/").date == dt.date(2020, 7, 9)


def _bylined_page(byline: str, *, head: str = "", cls: str = "meta") -> str:
    return (
        f"<html><head><title>Council approves new budget</title>{head}</head><body><article>"
        f'<h1>Council approves new budget</h1><div class="{cls}">{byline}</div>'
        f"{BODY}</article></body></html>"
    )


def test_a_label_glued_to_the_name_is_split_off() -> None:
    assert decruft.extract(_bylined_page("ByTravis Haney")).authors == ["Travis Haney"]


def test_a_role_glued_to_the_name_is_split_off() -> None:
    page = _bylined_page("By Howard BlumeStaff Writer", cls="byline")
    assert decruft.extract(page).authors == ["Howard Blume"]


def test_roles_and_degrees_in_several_languages_are_not_names() -> None:
    head = '<meta name="author" content="Christoph Brandl Chefredakteur">'
    assert decruft.extract(_bylined_page("", head=head)).authors == ["Christoph Brandl"]
    head = '<meta name="author" content="Beispiel-Online-Experte Jana Roth">'
    assert decruft.extract(_bylined_page("", head=head)).authors == ["Jana Roth"]
    head = '<meta name="author" content="Grant Holloway, PhD">'
    assert decruft.extract(_bylined_page("", head=head)).authors == ["Grant Holloway"]
    head = '<meta name="author" content="Peter Hanley, CNN Political Reporter">'
    assert decruft.extract(_bylined_page("", head=head)).authors == ["Peter Hanley"]


def test_a_role_alone_is_kept_as_printed() -> None:
    head = '<meta name="author" content="Staff Writer">'
    assert decruft.extract(_bylined_page("", head=head)).authors == ["Staff Writer"]


def test_every_author_of_a_listed_byline_is_returned() -> None:
    byline = "Por Isabel Cano, Rocío Larrea y José Miguel Watson"
    names = ["Isabel Cano", "Rocío Larrea", "José Miguel Watson"]
    assert decruft.extract(_bylined_page(byline)).authors == names
    scrape = "Council approves new budget\n\nCouncil approves new budget\n" + byline + "\n\n" + "\n\n".join(PARAGRAPHS)
    assert decruft.extract(scrape, input_format="text").authors == names


def test_a_visible_byline_without_a_class_or_metadata_is_read() -> None:
    page = _bylined_page("<strong>Text:</strong> Klausdieter Fried")
    assert decruft.extract(page).authors == ["Klausdieter Fried"]
    page = _bylined_page("<em>---- by Kenneth Sorel</em>")
    assert decruft.extract(page).authors == ["Kenneth Sorel"]


def test_a_job_title_after_a_comma_is_no_second_author() -> None:
    byline = "By Daniel Kent Gilford, Senior Staff Technologist"
    scrape = "Council approves new budget\n\nCouncil approves new budget\n" + byline + "\n\n" + "\n\n".join(PARAGRAPHS)
    assert decruft.extract(scrape, input_format="text").authors == ["Daniel Kent Gilford"]


def test_a_label_in_its_own_element_is_followed_on_its_line() -> None:
    page = (
        "<html><head><title>Council approves new budget</title></head><body><article>"
        f"<h1>Council approves new budget</h1>{BODY}"
        '<p><strong>Autor:</strong> <a href="/profil/1">Jane Roe</a><br><strong>Tags:</strong> '
        '<a href="/tag/1">Budget</a>, <a href="/tag/2">Council</a>, <a href="/tag/3">City</a>, <a href="/tag/4">Money</a></p>'
        "</article></body></html>"
    )
    assert decruft.extract(page).authors == ["Jane Roe"]


def test_an_agency_after_a_slash_is_not_part_of_the_name() -> None:
    head = '<meta name="author" content="Paul Brandt/SP-X">'
    assert decruft.extract(_bylined_page("", head=head)).authors == ["Paul Brandt"]


def test_the_desk_as_the_whole_byline_is_the_author() -> None:
    page = _bylined_page('<span class="byline">von <span class="meta-author">Redaktion</span></span>')
    assert decruft.extract(page).authors == ["Redaktion"]


def test_every_author_of_several_fields_is_returned() -> None:
    head = '<meta name="citation_author" content="Jane Roe"><meta name="citation_author" content="John Doe">'
    assert decruft.extract(_bylined_page("", head=head)).authors == ["Jane Roe", "John Doe"]
    byline = '<span itemprop="author">Jane Roe</span>, <span itemprop="author">John Doe</span>'
    assert decruft.extract(_bylined_page(byline)).authors == ["Jane Roe", "John Doe"]


def test_a_user_name_gives_way_to_a_printed_name() -> None:
    head = '<meta name="author" content="janeroe">'
    assert decruft.extract(_bylined_page("von Jane Roe", head=head, cls="byline")).authors == ["Jane Roe"]
    assert decruft.extract(_bylined_page("", head=head)).authors == ["janeroe"]


def test_a_label_waiting_for_its_value_is_no_name() -> None:
    page = _bylined_page('<span class="author-label">Datum:</span>')
    assert decruft.extract(page).authors == []


def test_a_headline_opening_with_von_is_no_byline() -> None:
    page = (
        "<html><head><title>Von Sprachregeln und Politik</title></head><body><article>"
        f"<h1>Von Zugvögeln, Winter-Gärten und Deutsch</h1>{BODY}</article></body></html>"
    )
    assert decruft.extract(page).authors == []


def test_an_author_element_far_from_the_byline_is_no_coauthor() -> None:
    page = (
        "<html><head><title>Council approves new budget</title></head><body><article>"
        '<h1>Council approves new budget</h1><div class="meta"><span itemprop="author">Jane Roe</span></div>'
        f'{BODY}</article><section class="answers"><div><div><div><span itemprop="author">John Doe</span>'
        "</div></div></div></section></body></html>"
    )
    assert decruft.extract(page).authors == ["Jane Roe"]


def test_the_printed_day_beats_a_near_structured_day() -> None:
    head = '<meta property="article:published_time" content="2021-11-29T10:00:00+01:00">'
    assert decruft.extract(_dated_page("11. Januar 2022", head=head)).date == dt.date(2022, 1, 11)


def test_a_far_printed_day_is_some_other_day() -> None:
    head = '<meta property="article:published_time" content="2021-11-29T10:00:00+01:00">'
    assert decruft.extract(_dated_page("12. Januar 2019", head=head)).date == dt.date(2021, 11, 29)


def test_a_jsonld_author_given_by_reference_is_read_from_its_node() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "headline": "Council approves new budget", "author": {"@id": "https://example.com/#/person/1"}},
            {"@type": "Person", "@id": "https://example.com/#/person/1", "name": "Jane Roe"},
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    assert decruft.extract(_bylined_page("", head=head)).authors == ["Jane Roe"]


def test_a_handle_after_the_name_is_not_part_of_it() -> None:
    head = '<meta name="author" content="Jane Roe @janeroe">'
    assert decruft.extract(_bylined_page("", head=head)).authors == ["Jane Roe"]
    page = _bylined_page("Replying to @council", cls="byline")
    assert decruft.extract(page).authors == []


def test_a_labelled_written_by_meta_pair_names_the_author() -> None:
    head = '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Jane Roe">'
    assert decruft.extract(_bylined_page("", head=head)).authors == ["Jane Roe"]
    other = '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="9 minutes">'
    assert decruft.extract(_bylined_page("", head=other)).authors == []


def test_an_h1_in_the_breadcrumb_gives_way_to_the_printed_headline() -> None:
    page = (
        '<html><head><title>Covid-19: Council approves new budget - The Daily Example</title>'
        '<meta property="og:title" content="Covid-19: Council approves new budget"></head><body>'
        '<nav><ol class="breadcrumb"><li><a href="/">Home</a></li><li><h1>Covid-19: Council approves new budget</h1></li></ol></nav>'
        '<article><h2><span class="content__kicker">Covid-19</span><span class="sr-only">: </span>'
        f'<span class="content__title">Council approves new budget</span></h2>{BODY}</article></body></html>'
    )
    assert decruft.extract(page).title == "Council approves new budget"


def test_the_breadcrumbs_h1_is_the_title_where_nothing_else_prints_it() -> None:
    page = (
        "<html><head><title>Submissions | The Daily Example</title></head><body>"
        '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><h1>Submissions</h1></li></ol>'
        f"<article>{BODY}</article></body></html>"
    )
    assert decruft.extract(page).title == "Submissions"


def test_a_sections_name_in_the_h1_gives_way_to_the_storys_h2() -> None:
    page = (
        "<html><head><title>Example.com | Culture | Books | Book of the week - A novel</title>"
        '<meta property="og:title" content="Book of the week - A novel"></head><body>'
        f"<h1>Books</h1><article><h2>Book of the week</h2><h3>A novel</h3>{BODY}</article></body></html>"
    )
    assert decruft.extract(page).title == "Book of the week"


def test_a_date_line_glued_to_the_last_name_is_cut_off() -> None:
    byline = "Marta Ibáñez, Lucía Ferrer y Juan Pablo SotoHace 2 horas Tiempo de lectura: 6 minutos"
    page = _bylined_page(byline, cls="author")
    assert decruft.extract(page).authors == ["Marta Ibáñez", "Lucía Ferrer", "Juan Pablo Soto"]
    assert decruft.extract(_bylined_page("Christopher MacKinnon 12:00", cls="author")).authors == []


def test_a_phrase_opening_with_von_is_no_byline() -> None:
    page = _bylined_page("Von Wanderkarte über Rhein-Radweg bis Zoonose", cls="intro")
    assert decruft.extract(page).authors == []
    page = _bylined_page("Von Ursula von der Heide", cls="intro")
    assert decruft.extract(page).authors == ["Ursula von der Heide"]
    page = _bylined_page("By Jane Roe for The Daily Example", cls="intro")
    assert decruft.extract(page).authors == ["Jane Roe"]


def _headed_page(above: str, head: str = "") -> str:
    return (
        f"<html><head><title>Field Notes: Three Herons at Dawn</title>{head}</head><body><div class='post'>"
        f"<h2 class='date-header'><span>{above}</span></h2><div class='post-outer'><h3>Three Herons at Dawn</h3>"
        f"{BODY}</div></div></body></html>"
    )


def test_a_date_header_right_above_the_headline_is_read() -> None:
    head = '<meta property="article:published_time" content="2013-08-02">'
    page = _headed_page("Thursday, August 8, 2013", head)
    assert decruft.extract(page).date == dt.date(2013, 8, 8)


def test_a_sentence_above_the_headline_is_no_dateline() -> None:
    head = '<meta property="article:published_time" content="2013-08-02">'
    page = _headed_page("We wrote about this on August 8, 2013, and again in the autumn after the storms", head)
    assert decruft.extract(page).date == dt.date(2013, 8, 2)


def _lead_dated_page(lead: str) -> str:
    first = f"<p>{lead} {PARAGRAPHS[0]}</p>"
    rest = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    return (
        "<html><head><title>Council approves new budget</title></head><body><article>"
        f"<h1>Council approves new budget</h1>{first}{rest}</article></body></html>"
    )


def test_a_dateline_run_into_the_first_paragraph_is_read() -> None:
    assert decruft.extract(_lead_dated_page("19.1.2022 –")).date == dt.date(2022, 1, 19)
    assert decruft.extract(_lead_dated_page("Berlin, 12. März 2020 -")).date == dt.date(2020, 3, 12)
    assert decruft.extract(_lead_dated_page("(16. November 2022)")).date == dt.date(2022, 11, 16)


def test_a_date_inside_the_first_sentence_is_no_dateline() -> None:
    lead = "The council met on 12 March 2020 and, after a long debate about the schools, the roads and the parks -"
    assert decruft.extract(_lead_dated_page(lead)).date is None


def test_a_date_run_together_with_the_update_is_read_in_html_mode() -> None:
    # "Published" and "updated" in two spans with nothing between them.
    assert decruft.extract(_dated_page("17. Juni 201921. Januar 2020")).date == dt.date(2019, 6, 17)


def test_a_host_name_alone_is_no_handle_of_the_byline_read_as_text() -> None:
    from decruft.textmode._printed import _person_or_byline

    assert _person_or_byline(["jroe"], [])  # a handle, or an agency's code
    assert not _person_or_byline(["windpark-news.example"], [])  # a partner site the text names
    assert not _person_or_byline(["news.example.co.uk"], [])
