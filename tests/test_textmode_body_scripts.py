"""Text-scrape mode: the body in scripts written without spaces, and lines that open with a
teaser's prefix."""

from __future__ import annotations

import decruft
from decruft.textmode._lines import has_wide, is_prose, size, word_count

# A Chinese news page: a menu of short items, the headline, paragraphs of 30 to 40 characters
# each (a paragraph of 100 English characters), a footer.
MENU = "\n\n".join(["首页", "新闻", "体育", "娱乐", "财经", "科技", "汽车", "房产", "教育", "文化"])
PARAGRAPHS = [
    "市图书馆新馆昨天正式开放，第一天就迎来了三千多名读者，很多家长带着孩子排队入馆。",
    "新馆位于河东新区，总面积两万平方米，藏书一百二十万册，比旧馆多了一倍以上。",
    "馆长王明表示，新馆每天开放到晚上十点，周末还为小学生安排了读书会和手工课。",
    "不少读者说，新馆的阅览室安静明亮，座位也比以前多了很多，以后会经常来这里学习。",
    "据介绍，旧馆将改建为社区活动中心，预计明年春天完工，届时将向周边居民免费开放。",
]
CHINESE = (
    "市图书馆新馆正式开放_新闻_示例网\n\n" + MENU + "\n\n市图书馆新馆正式开放\n\n" + "\n\n".join(PARAGRAPHS)
    + "\n\n关于我们\n\n联系我们\n\n网站地图\n"
)  # fmt: skip


def test_a_wide_character_counts_as_much_as_a_few_letters() -> None:
    assert size("Council approves budget") == len("Council approves budget")
    assert size("市图书馆新馆") == 18
    assert word_count("市图书馆新馆昨天正式开放") == 7
    assert word_count("Council approves the budget") == 4


def test_a_scrape_holds_a_wide_character_where_one_of_cjk_kana_or_hangul_is_in_it() -> None:
    # A scrape without one measures its lines by their length alone.
    assert not has_wide("Council approves budget")
    assert not has_wide("Größere Brücke für die Straße, 2 €")  # accented Latin and symbols
    assert has_wide("Council 新闻") and has_wide("ニュース") and has_wide("뉴스")


def test_a_chinese_paragraph_reads_as_prose() -> None:
    assert is_prose(PARAGRAPHS[0])
    assert not is_prose("新闻")


def test_the_body_of_a_chinese_scrape_is_its_paragraphs() -> None:
    article = decruft.extract(CHINESE, input_format="text")
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert "体育" not in article.text and "网站地图" not in article.text


HEAD = "Sommerfest im Verein | Beispielblatt\n\nStartseite\n\nPolitik\n\nKultur\n\nSommerfest im Verein\n\n"
BODY = (
    "Das Sommerfest des Vereins fand am Samstag bei bestem Wetter im Stadtpark statt, und mehr als "
    "dreihundert Gäste kamen, um gemeinsam zu feiern, zu essen und der Musik zuzuhören.\n\n"
    "Der Vorstand dankte allen Helferinnen und Helfern, die seit dem Frühjahr an der Planung gearbeitet "
    "und am Abend noch bis spät in die Nacht beim Aufräumen geholfen hatten.\n\n"
)


def test_a_sentence_opening_with_a_prefix_without_colon_is_body() -> None:
    line = (
        "Auch auf dem Sommerfest haben wir live gesendet, und zu Gast waren die beiden Vorsitzenden, "
        "die über ihre Eindrücke vom Fest erzählten."
    )
    article = decruft.extract(HEAD + BODY + line + "\n\nImpressum\n", input_format="text")
    assert "Auch auf dem Sommerfest haben wir live gesendet" in article.text


def test_teaser_lines_opening_with_a_prefix_are_cruft() -> None:
    teasers = (
        "Auch auf Beispielblatt online\n\n"
        "Lesen Sie auch: Der Verein plant für den Herbst ein großes Konzert im Stadtpark, und die Karten "
        "sind schon ab nächster Woche im Vorverkauf erhältlich.\n\n"
    )
    article = decruft.extract(HEAD + BODY + teasers + "Impressum\n", input_format="text")
    assert "Das Sommerfest des Vereins" in article.text
    assert "Beispielblatt online" not in article.text and "Konzert" not in article.text


def test_a_blog_posts_filing_line_after_the_article_is_not_body() -> None:
    meta = (
        "Dieser Eintrag wurde veröffentlicht in Vereinsleben und verschlagwortet mit Sommerfest, Stadtpark "
        "von Jane Roe. Setze ein Lesezeichen auf den Permalink.\n\n"
    )
    article = decruft.extract(HEAD + BODY + meta + "Impressum\n", input_format="text")
    assert "Das Sommerfest des Vereins" in article.text and "Der Vorstand dankte" in article.text
    assert "verschlagwortet" not in article.text


EN_HEAD = "Council approves new budget | The Daily Example\n\nHome\n\nNews\n\nCouncil approves new budget\n\n"
EN_BODY = (
    "The city council approved next year's budget on Tuesday evening after a debate that lasted more than "
    "four hours, with most of the argument about the cuts to the bus routes serving the villages.\n\n"
    "The finance director told the meeting that the council would have to find further savings next year "
    "if the government grant was cut again, and that the reserves could not be used a second time.\n\n"
)


def test_comment_rules_after_the_article_are_not_body() -> None:
    rules = (
        "House rules\n\n"
        "All comments are moderated before they appear, and we may not publish every comment we receive, "
        "though we try to publish a range of views on each story.\n\n"
        "Please keep to the subject of the story and do not post advertisements, links to other sites or "
        "anything that could be read as a personal attack on another reader.\n\n"
    )
    article = decruft.extract(EN_HEAD + EN_BODY + rules + "Contact us\n", input_format="text")
    assert "The finance director told the meeting" in article.text
    assert "moderated" not in article.text and "personal attack" not in article.text


def test_teasers_printing_each_title_twice_do_not_outscore_the_article() -> None:
    titles = [
        "Library opens its new reading room this weekend",
        "School bus timetable changes from next term",
        "Market square works to finish before the festival",
        "New cycle lane along the river road opens",
        "Swimming pool reopens after repairs to the roof",
        "Police appeal for witnesses after a break-in",
        "Council sets up a fund to help village shops",
    ]
    teasers = "".join(f"{t}\n{t}\n\n" for t in titles)
    page = EN_HEAD + EN_BODY + teasers + "Contact us\n"
    article = decruft.extract(page, input_format="text")
    assert "The finance director told the meeting" in article.text
    assert "reading room" not in article.text and "cycle lane" not in article.text


RAIL_HEAD = "Council approves new budget | The Daily Example\n\nHome\n\nNews\n\nCouncil approves new budget\n\nBy Jane Roe\n\n"
SHORT = (
    "The city council approved next year's budget on Tuesday evening after a debate that lasted more than "
    "four hours, with most of the argument about the cuts to the bus routes serving the villages.\n\n"
)
ABOUT = (
    "The Daily Example is an independent local newspaper founded in 1921 and owned by its readers, who elect "
    "its board every year and decide together how the paper spends the money it makes from subscriptions.\n\n"
    "Our newsroom of twelve reporters covers the council, the courts, the schools and the sports clubs of the "
    "district, and every story we publish is checked by an editor before it goes online or into print.\n\n"
)


def test_a_short_article_over_a_rail_is_the_body_not_the_prose_far_below() -> None:
    # The rail's heading, a teaser, then the site's menu: the site's blurb far below outweighs the article.
    menu = "".join(f"{item}\n\n" for item in ["Photo galleries", "Weather", "Sport", "Business", "Letters", "Events"])
    rail = (
        "Related posts\n\nLibrary opens its new reading room\n\nThe new reading room on the first floor of "
        "the library opens to the public this weekend, with space for sixty readers.\n\n"
    )
    page = RAIL_HEAD + SHORT + rail + menu + ABOUT + "Contact us\n"
    article = decruft.extract(page, input_format="text")
    assert "approved next year's budget" in article.text
    assert "independent local newspaper" not in article.text


def test_an_article_that_goes_on_after_a_rail_keeps_its_rest() -> None:
    rail = "Related posts\n\nLibrary opens its new reading room\n\nSchool bus timetable changes\n\n"
    rest = EN_BODY.replace("The city council approved", "Councillors approved")
    page = RAIL_HEAD + SHORT + rail + rest + "Contact us\n"
    article = decruft.extract(page, input_format="text")
    assert "The finance director told the meeting" in article.text


def test_a_german_list_of_further_articles_after_the_article_is_not_body() -> None:
    teasers = (
        "Weiterführende Artikel zu diesem Thema\n\nKonzert im Stadtpark\n"
        "Der Verein plant für den Herbst ein großes Konzert im Stadtpark, die Karten gibt es ab Montag.\n\n"
        "Neuer Vorstand gewählt\n"
        "Die Mitgliederversammlung hat am Freitag einen neuen Vorstand gewählt, die Wahl war einstimmig.\n\n"
    )
    article = decruft.extract(HEAD + BODY + BODY.replace("Sommerfest", "Herbstfest") + teasers, input_format="text")
    assert "Der Vorstand dankte" in article.text
    assert "Konzert" not in article.text and "Mitgliederversammlung" not in article.text


def test_fullwidth_forms_alone_count_as_letters_in_both_measures() -> None:
    from decruft.textmode._lines import has_wide

    assert not has_wide("ＡＢＣ：１２３") and size("ＡＢＣ：１２３") == len("ＡＢＣ：１２３")
    assert has_wide("新馆。") and size("新馆。") == 9


def test_a_post_under_its_headline_below_a_blogs_sidebar_is_the_body() -> None:
    # The blog's name (a part of the page title) over the author's blurb, then a sidebar with a list of
    # recent posts and a long archive; the post's headline, the longer part of the title, far below.
    months = ["January", "March", "May", "July", "September", "November"]
    archive = "".join(f"{month} 20{year} ({n + 2})\n\n" for year in range(10, 20) for n, month in enumerate(months))
    page = (
        "How we rebuilt the garden shed – Example Gardener's Notes\n\nExample Gardener's Notes\n\n"
        "Jane Roe is a gardener in a small town who writes about sheds, soil and the vegetables she grows "
        "on her allotment every year.\n\nRecent Posts\n\nPlanting leeks in autumn\n\nA new roof for the greenhouse\n\nArchives\n\n"
        + archive + "How we rebuilt the garden shed\n\n" + EN_BODY + "Leave a Reply\n"
    )
    article = decruft.extract(page, input_format="text")
    assert "The finance director told the meeting" in article.text
    assert "allotment every year" not in article.text


def test_a_menu_item_like_a_rail_heading_opens_no_rail_over_the_headline() -> None:
    # "Newsletter" in the site's menu reads like a rail's heading; the menu runs on to the
    # headline (the page title's larger part), which ends it: the article under it is the body,
    # not the site's blurb over the menu.
    menu = "".join(f"{item}\n\n" for item in ["Newsletter", "Shop", "Maps", "Culture", "Topics", "Politics"])
    footer = "".join(f"{item}\n\n" for item in ["Contact us", "About us", "Jobs", "Privacy", "Terms", "Cookies"])
    page = (
        "Council approves new budget – The Daily Example\n\n" + ABOUT + menu + "Council approves new budget\n\n"
        + "Share this article\n\nCopy link\n\n" + EN_BODY + footer
    )
    article = decruft.extract(page, input_format="text")
    assert "approved next year's budget" in article.text
    assert "independent local newspaper" not in article.text
