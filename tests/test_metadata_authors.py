"""Authors as the page names them (issue 16, item 6): an organisation or the site in the author
field gives way to the person the page prints, and a name comes without what is printed with it."""

from __future__ import annotations

from conftest import PARAGRAPHS

import decruft

BODY = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(head: str = "", byline: str = "", after: str = "", url: str = "https://news.example.org/story") -> decruft.Article:
    html = (
        f'<html lang="en"><head><meta charset="utf-8"><title>Council approves new budget</title>{head}</head>'
        f"<body><article><h1>Council approves new budget</h1>{byline}{BODY}</article>{after}</body></html>"
    )
    return decruft.extract(html, url=url)


def test_an_organisation_in_the_author_tag_gives_way_to_the_printed_byline() -> None:
    article = page('<meta name="author" content="Bund der Steuerzahler e.V.">', "<p>Von Jane Roe</p>")
    assert article.authors == ["Jane Roe"]


def test_an_organisation_named_with_lower_case_words_gives_way_too() -> None:
    article = page('<meta name="author" content="Landesamt für Statistik und Wahlen">', "<p>Von Jane Roe</p>")
    assert article.authors == ["Jane Roe"]


def test_an_organisation_is_kept_where_no_person_is_named() -> None:
    article = page('<meta name="author" content="Bund der Steuerzahler e.V.">')
    assert article.authors == ["Bund der Steuerzahler"]  # the legal form is cut as before


def test_a_person_in_the_author_tag_is_not_an_organisation() -> None:
    article = page('<meta name="author" content="Ludwig van Beethoven">', "<p>Von Jane Roe</p>")
    assert article.authors == ["Ludwig van Beethoven"]


def test_the_host_spelt_as_the_author_gives_way_to_the_printed_byline() -> None:
    article = page(
        '<meta name="author" content="Nachrichtenblog">', "<p>Von Jane Roe</p>", url="https://www.nachrichtenbl.og/story"
    )
    assert article.authors == ["Jane Roe"]


def test_the_sites_handle_after_the_name_is_left_out() -> None:
    article = page(
        '<meta property="og:site_name" content="Rathausblog">',
        '<div class="entry-author"><a href="/author/matthias">Matthias</a> <a href="https://x.example/rathausblog">rathausblog</a></div>',
    )
    assert article.authors == ["Matthias"]


def test_an_author_box_with_a_bio_is_not_a_name() -> None:
    bio = (
        '<div itemprop="author" class="about">Jane RoeJane Roe, photographer from Hamburg and founder of this '
        "magazine. I like every kind of photography, as long as a person is in the picture. Follow me.</div>"
    )
    article = page(byline='<p class="byline">By <span class="author">Jane Roe</span></p>', after=bio)
    assert article.authors == ["Jane Roe"]


def test_the_author_of_a_review_is_not_the_pages() -> None:
    reviews = (
        '<div itemprop="review" itemscope itemtype="https://schema.org/Review">'
        '<span itemprop="author">Herbert</span><p itemprop="reviewBody">Great food, my cat loves it.</p></div>'
    )
    assert page(after=reviews).authors == []
    article = page('<meta name="author" content="Tierfutter Versand GmbH">', after=reviews)
    assert article.authors == ["Tierfutter Versand GmbH"]


def test_a_bracketed_note_after_the_name_is_left_out() -> None:
    article = page(byline='<p class="byline">By Jane Roe (Sponsored Post)</p>')
    assert article.authors == ["Jane Roe"]


def test_a_bracketed_handle_stays() -> None:
    assert decruft.metadata._role_strip.without_roles("Jane Roe (janeroe)") == "Jane Roe (janeroe)"


def test_a_printed_byline_ends_at_its_line_break() -> None:
    article = page(byline="<p>Von <strong>Jane Roe</strong> und <strong>John Doe</strong><br>\nBamako /Mali</p>")
    assert article.authors == ["Jane Roe", "John Doe"]


def test_the_shareaholic_author_tag_names_the_author() -> None:
    article = page('<meta name="shareaholic:article_author_name" content="Jane Roe">')
    assert article.authors == ["Jane Roe"]


def test_a_label_on_its_own_line_reads_the_name_on_the_next() -> None:
    article = page(byline="<p><b>Von:</b> <br> <br> Jane Roe</p>")
    assert article.authors == ["Jane Roe"]


def test_the_sites_name_after_the_name_goes_with_its_joining_word() -> None:
    article = page('<meta property="og:site_name" content="Mailonline"><meta name="author" content="Jane Roe For Mailonline">')
    assert article.authors == ["Jane Roe"]


def test_a_user_name_gives_the_name_the_page_prints() -> None:
    article = page('<meta name="author" content="jane.roe">', after="<p>Kommentar der Redaktion (Jane Q. Roe)</p>")
    assert article.authors == ["Jane Q. Roe"]
    assert page('<meta name="author" content="jane.roe">').authors == ["jane.roe"]


def test_the_site_name_spelt_as_its_host_is_no_author() -> None:
    # og:site_name is the host name; the author field spells the same name in words.
    head = '<meta property="og:site_name" content="www.stadtblatt.example"><meta name="author" content="Stadt Blatt">'
    article = page(head, '<div class="autor"><h6>Jane Roe | Publicado hace 3 horas</h6></div>')
    assert article.authors == ["Jane Roe"]


def test_a_name_that_is_not_the_whole_host_name_is_still_an_author() -> None:
    head = '<meta property="og:site_name" content="www.stadtblatt.example"><meta name="author" content="Jane Stadt">'
    assert page(head, '<div class="autor"><h6>John Doe</h6></div>').authors == ["Jane Stadt"]


def test_a_name_in_bold_signing_the_article_at_its_end_is_the_author() -> None:
    assert page(after="").authors == []
    signed = decruft.extract(
        '<html lang="de"><head><title>Council approves new budget</title></head><body><article>'
        f"<h1>Council approves new budget</h1>{BODY}<p><strong>Jane Roe</strong></p></article></body></html>"
    )
    assert signed.authors == ["Jane Roe"]
    assert signed.sources["authors"] == "signature at the article's end"


def test_a_bold_line_that_is_no_name_does_not_sign_the_article() -> None:
    for last in ("<p><strong>Read more here</strong></p>", "<p><strong>WEITERE INFOS</strong></p>", "<p>Jane Roe</p>"):
        article = decruft.extract(
            '<html lang="de"><head><title>Council approves new budget</title></head><body><article>'
            f"<h1>Council approves new budget</h1>{BODY}{last}</article></body></html>"
        )
        assert article.authors == [], last


def test_a_label_for_text_and_pictures_is_no_name() -> None:
    from decruft.metadata import split_authors

    assert split_authors("Text & Fotos: Jane Roe") == ["Jane Roe"]
    assert split_authors("Text und Bild: Jane Roe und John Doe") == ["Jane Roe", "John Doe"]
    assert split_authors("Words and pictures by Jane Roe") == ["Jane Roe"]
    assert split_authors("Fotos: Jane Roe") == []  # the photographer's credit alone names no author


def test_a_commenters_name_is_not_the_articles_author() -> None:
    comments = (
        '<div id="comment_entries"><div class="letter"><div class="letter-inner"><div class="letter-meta">'
        '<span class="autor">Karl Reader</span></div><p>I disagree.</p></div></div></div>'
    )
    assert page(after=comments).authors == []
    # ...nor one in a "recent comments" widget, named by its own class
    widget = '<aside><ul><li><span class="comment-author-link">Karl Reader</span> on Budget</li></ul></aside>'
    assert page(after=widget).authors == []


def test_a_commenters_by_line_in_a_comment_thread_is_not_the_articles_author() -> None:
    # A reply signed "by <b>name</b>" in an unclassed row of a thread whose wrapper says comments.
    thread = (
        '<div id="comments"><dl><dt><span>by <b>Karl Reader</b></span> May 2, 2019 5:35 PM</dt>'
        "<dd>I disagree with this.</dd></dl></div>"
    )
    assert page(after=thread).authors == []


def test_a_bylines_date_and_section_after_the_name_are_no_part_of_it() -> None:
    for line in (
        "Posted by Jane Roe on May 3, 2019 in Gardening",
        "Posted by Jane Roe in Garden Tips",
        "by Jane Roe on May 3, 2019 1:07 PM EDT in Local News",
        "Article by Jane Roe, filed under Parks & Gardens in the City category.",
    ):
        assert page(byline=f'<div class="byline">{line}</div>').authors == ["Jane Roe"], line


def test_a_teaser_cards_byline_is_not_the_articles_author() -> None:
    # Teaser cards before the article: each a link holding another story's headline and byline.
    teasers = (
        '<div class="more"><a href="/other-story"><h3>Parks reopen in spring</h3>'
        '<div class="teaser-author">By Karl Reader on May 2, 2019</div></a></div>'
    )
    html = (
        '<html lang="en"><head><title>Council approves new budget</title></head><body>'
        f'{teasers}<article><h1>Council approves new budget</h1><p class="meta">By Jane Roe</p>'
        + BODY + "</article></body></html>"
    )
    assert decruft.extract(html, url="https://news.example.org/story").authors == ["Jane Roe"]
    # ...but a byline inside a link to the author's page is the article's
    linked = page(byline='<a href="/authors/jane-roe"><span class="byline">Jane Roe</span></a>')
    assert linked.authors == ["Jane Roe"]


def test_a_byline_after_a_commenters_name_is_the_author() -> None:
    widget = '<aside><ul><li><span class="comment-author-link">Karl Reader</span> on Budget</li></ul></aside>'
    article = page(byline='<div class="post-byline">By Jane Roe</div>')
    assert article.authors == ["Jane Roe"]
    html = (
        '<html lang="en"><head><title>Council approves new budget</title></head><body>'
        f'{widget}<article><h1>Council approves new budget</h1><div class="post-byline">By Jane Roe</div>'
        + BODY + "</article></body></html>"
    )
    assert decruft.extract(html, url="https://news.example.org/story").authors == ["Jane Roe"]


def test_a_topic_class_of_the_post_does_not_make_its_byline_a_comments() -> None:
    html = (
        '<html lang="en"><head><title>Council approves new budget</title></head><body>'
        '<div class="post-7 post type-post status-publish hentry category-kommentar">'
        '<h1>Council approves new budget</h1><p class="meta"><a class="author" href="/u/j">Jane Roe</a></p>'
        + BODY + "</div></body></html>"
    )
    assert decruft.extract(html, url="https://news.example.org/story").authors == ["Jane Roe"]


def test_a_bylines_label_alone_is_no_name() -> None:
    box = '<div class="author-line">Published by</div><div class="author-name">Author Jane Roe</div>'
    assert page(byline=box).authors == ["Jane Roe"]
    assert page(byline='<div class="post-byline">Published by Jane Roe</div>').authors == ["Jane Roe"]


def test_a_credit_line_in_the_footer_is_no_byline() -> None:
    footer = '<footer><div class="credit">Unterstützt von <a href="https://cms.example">Pressly</a> | Theme: <a href="/t">Plain</a> by Jane Roe</div></footer>'
    assert page(after=footer).authors == []


BIO = "writes about city budgets, schools and the harbour for this paper, and before that covered the courts for ten years."


def test_an_author_boxs_heading_is_the_author_where_no_byline_names_one() -> None:
    box = f'<div class="author-bio"><h3>Jane Roe</h3><h4>Ihr Ansprechpartner</h4><p>Jane Roe {BIO}</p></div>'
    article = page(after=box)
    assert article.authors == ["Jane Roe"]
    assert article.sources["authors"] == "author box"


def test_an_author_boxs_heading_with_a_follow_button_glued_is_the_name() -> None:
    box = f'<div class="author-info"><h3>Jane Roe<a href="/follow">Follow</a></h3><p>Jane Roe {BIO}</p></div>'
    assert page(after=box).authors == ["Jane Roe"]


def test_a_posts_heading_in_an_author_classed_post_is_no_author() -> None:
    html = (
        '<html lang="en"><head><title>Council approves new budget</title></head><body>'
        f'<div class="post author-admin"><h2>Council approves new budget</h2>{BODY}</div></body></html>'
    )
    assert decruft.extract(html, url="https://news.example.org/story").authors == []


def test_a_persons_copyright_line_names_the_author_where_nothing_else_does() -> None:
    footer = '<footer><p class="copyrights-text">© 2019 Jane Roe • Weitere Rechte siehe Impressum</p></footer>'
    article = page(after=footer)
    assert article.authors == ["Jane Roe"]
    assert article.sources["authors"] == "copyright line"


def test_years_and_by_in_the_footer_name_the_author_without_a_mark() -> None:
    footer = "<footer><p>(Creative Commons) 2006-2008 by Jane Roe</p><p>Hosted by Example</p></footer>"
    article = page(after=footer)
    assert article.authors == ["Jane Roe"]
    assert article.sources["authors"] == "copyright line"


def test_a_companys_or_a_pictures_copyright_names_no_author() -> None:
    assert page(after="<footer><p>© 2020 Lee Enterprises. All rights reserved.</p></footer>").authors == []
    assert page(after="<footer><p>Copyright Example Media Group</p></footer>").authors == []
    assert page(after="<figure><figcaption>Lake at dawn © Jane Roe</figcaption></figure>").authors == []
    assert page(after="<p>© Foto: Jane Roe</p>").authors == []



def test_the_publication_after_a_capitalised_for_is_no_part_of_the_names() -> None:
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "author": {"@type": "Person", "name": "By Glen Roe And Brendan Doe For The Sunday Example"}}'
    article = page(f'<script type="application/ld+json">{ld}</script>')
    assert article.authors == ["Glen Roe", "Brendan Doe"]
    assert page('<meta name="author" content="Society For Science">').authors == ["Society For Science"]


def test_a_job_title_and_where_the_name_works_are_no_authors() -> None:
    byline = '<p class="byline">Posted by Jane Roe, Senior Product Manager, Example Maps</p>'
    assert page(byline=byline).authors == ["Jane Roe"]
    byline = '<p class="byline">Jane Roe, Directrice de la rédaction, Exemple Matin</p>'
    assert page(byline=byline).authors == ["Jane Roe"]
    byline = '<p class="byline">By Jane Roe, Staff Writer, and John Doe, Staff Writer</p>'
    assert page(byline=byline).authors == ["Jane Roe", "John Doe"]


def test_a_marker_inside_the_byline_line_opens_the_name() -> None:
    assert page(byline='<p class="byline">Posted in Travel By Jane Roe</p>').authors == ["Jane Roe"]
    assert page(byline='<p class="byline">Recueilli par Jane Roe</p>').authors == ["Jane Roe"]
    assert page(byline='<p class="byline">Website developed by Jane Roe</p>').authors == []


def test_the_desk_before_a_name_is_no_part_of_it() -> None:
    assert page(byline='<p class="byline">By Example\'s Jane Roe and John Doe</p>').authors == ["Jane Roe", "John Doe"]
    assert page(byline='<p class="byline">Example News\' Jane Roe</p>').authors == ["Jane Roe"]
    assert page(byline='<p class="byline">Example Political Reporter Jane Roe</p>').authors == ["Jane Roe"]


def test_a_class_naming_authority_is_no_byline() -> None:
    after = '<ul><li><a class="tr_authority_t_js" href="/rank">View blog authority</a></li></ul>'
    assert page(after=after).authors == []


def test_the_links_a_byline_box_prints_after_the_name_are_no_part_of_it() -> None:
    assert page(byline='<p class="byline">Jane Roe View Profile RSS</p>').authors == ["Jane Roe"]
    assert page(byline='<p class="autor">Jane Roe Alle Artikel</p>').authors == ["Jane Roe"]


def test_a_cms_default_in_the_author_tag_is_no_name() -> None:
    assert page('<meta name="author" content="publisher">').authors == []
    assert page('<meta name="author" content="Unknown">').authors == []


def test_what_an_archive_is_sorted_by_is_no_name() -> None:
    after = '<aside><p>By Month <select><option>November 2012</option></select></p></aside>'
    assert page(after=after).authors == []
    after = '<aside><p>By Week</p><ul><li><a href="/w1">Week 1</a></li></ul></aside>'
    assert page(after=after).authors == []


def test_a_first_name_alone_is_the_full_name_the_author_box_prints() -> None:
    box = '<aside class="author-box"><p>Marta Lindqvist writes about gardens and the weather.</p></aside>'
    article = page('<meta name="author" content="Marta">', after=box)
    assert article.authors == ["Marta Lindqvist"]


def test_a_first_name_stays_alone_where_the_page_prints_two_full_names_with_it() -> None:
    box = "<aside><p>Marta Lindqvist writes about gardens.</p><p>Marta Olsen took the pictures.</p></aside>"
    article = page('<meta name="author" content="Marta">', after=box)
    assert article.authors == ["Marta"]


def test_an_address_in_the_author_tag_names_the_publisher_not_its_places() -> None:
    article = page('<meta name="author" content="Harbour Verlag GmbH, Springfield, Germany">')
    assert article.authors == ["Harbour Verlag GmbH"]


def test_an_address_in_the_author_tag_gives_way_to_the_printed_byline() -> None:
    article = page('<meta name="author" content="Harbour Post, Springfield, Germany">', "<p>Von Jane Roe</p>")
    assert article.authors == ["Jane Roe"]


def test_a_first_name_is_not_completed_by_a_heading_or_a_link() -> None:
    rail = '<aside><h4>Marta Recommends</h4><a href="/m">More from Marta Lindqvist</a></aside>'
    article = page('<meta name="author" content="Marta">', after=rail)
    assert article.authors == ["Marta"]


def test_a_desk_printed_beside_the_name_in_a_byline_element_is_left_out() -> None:
    byline = '<p class="byline"><span class="byline-name">By Jane Roe</span> <span class="byline-title">Example News</span></p>'
    assert page(byline=byline).authors == ["Jane Roe"]


def test_a_job_title_beside_the_name_in_an_itemprop_author_is_left_out() -> None:
    byline = (
        '<div itemprop="author" itemscope><span itemprop="name">Jane Roe</span>'
        ' <span itemprop="jobTitle">Harbour Correspondent</span></div>'
    )
    assert page(byline=byline).authors == ["Jane Roe"]


def test_a_section_before_the_byline_in_its_line_is_no_name() -> None:
    byline = '<div class="byline"><a href="/c/travel"><b>TRAVEL</b></a> | 2 Days Ago By <a href="/jr">Jane Roe</a></div>'
    assert page(byline=byline).authors == ["Jane Roe"]


def test_a_name_before_an_editors_credit_in_its_line_stays() -> None:
    byline = '<div class="byline-author">Jane | Edited by John Doe</div>'
    assert page(byline=byline).authors == ["Jane"]


def test_an_organisations_name_joined_by_and_is_one_name() -> None:
    article = page('<meta name="author" content="Ministerium für Handel und Verkehr, Amt für Statistik">')
    assert article.authors == ["Ministerium für Handel und Verkehr", "Amt für Statistik"]


def test_a_middle_initial_e_is_no_joiner() -> None:
    assert page('<meta name="author" content="JANE E. ROE">').authors == ["JANE E. ROE"]
    assert page('<meta name="author" content="Jane E. Roe">').authors == ["Jane E. Roe"]


def test_a_lower_case_e_still_joins_two_names() -> None:
    assert page('<meta name="author" content="Maria Rossi e Luca Bianchi">').authors == ["Maria Rossi", "Luca Bianchi"]


def test_initials_alone_are_no_name() -> None:
    assert page(byline='<span class="author">J.R.</span>').authors == []


def test_initials_spaced_as_a_signature_stay() -> None:
    assert [a.rstrip(".") for a in page(byline='<span class="author">J. R.</span>').authors] == ["J. R"]


def test_a_category_link_and_comment_count_in_a_byline_are_no_names() -> None:
    byline = (
        '<div class="byline"><span class="author"><a href="/author/jroe/" rel="author">Jane Roe</a></span>'
        ' <span class="cat"><a href="/category/harbour/" rel="category tag">Harbour Works</a></span>'
        ' <span class="comment-count"><a href="#respond">Comment</a></span></div>'
    )
    assert page(byline=byline).authors == ["Jane Roe"]
    tagged = '<p class="byline">Jane Roe <a href="/tag/boats/" rel="tag">Boats</a></p>'
    assert page(byline=tagged).authors == ["Jane Roe"]


def test_a_bar_glued_to_the_name_ends_it() -> None:
    byline = '<p class="byline">By <a rel="author" href="/authors/jroe">Jane Roe</a><span class="pipe">|</span>Posted Tuesday</p>'
    assert page(byline=byline).authors == ["Jane Roe"]
