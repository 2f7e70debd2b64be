"""Article.page_type: article, listing, forum, product or other, from minimal pages of each kind."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import PARAGRAPHS, ROOT, article_page

import decruft

EX = decruft.Extractor(fallback=False)


def _type(page: str, **kw: str) -> str:
    return EX.extract(page, **kw).page_type  # type: ignore[arg-type]


def _with_head(extra_head: str, body: str) -> str:
    return f"<html><head><title>T</title>{extra_head}</head><body>{body}</body></html>"


def _jsonld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


PROSE = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def test_an_article_is_an_article() -> None:
    assert _type(article_page()) == "article"


def test_structured_types_decide() -> None:
    offer = {"@type": "Offer", "price": "24.99", "priceCurrency": "EUR"}
    assert _type(_with_head(_jsonld({"@type": "Product", "name": "Kettle", "offers": offer}), PROSE)) == "product"
    og = '<meta property="og:type" content="product"><meta property="product:price:amount" content="24.99">'
    assert _type(_with_head(og, PROSE)) == "product"
    assert _type(_with_head(_jsonld({"@type": "DiscussionForumPosting", "headline": "Help"}), PROSE)) == "forum"
    assert _type(_with_head(_jsonld({"@type": "QAPage"}), PROSE)) == "forum"
    grid = f"<main><h1>Local news</h1><div class='grid'>{_teasers(3)}</div></main>"
    assert _type(_with_head(_jsonld({"@type": "CollectionPage"}), grid)) == "listing"
    microdata = (
        f'<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Kettle</h1>'
        f'<span itemprop="price" content="24.99">24,99 €</span>{PROSE}</div>'
    )
    assert _type(_with_head("", microdata)) == "product"


def test_structured_types_that_the_page_contradicts_do_not_decide() -> None:
    # A Product with a rating and no offer (a plugin on a blog post), a CollectionPage over a story.
    rating = {"@type": "Product", "name": "Our agency", "aggregateRating": {"ratingValue": "4.8"}}
    assert _type(_with_head(_jsonld(rating), PROSE)) == "article"
    assert _type(_with_head(_jsonld({"@type": "CollectionPage"}), PROSE)) == "article"


def test_an_article_type_beats_a_product_on_the_same_page() -> None:
    head = _jsonld([{"@type": "NewsArticle", "headline": "Kettle review"}, {"@type": "Product", "name": "Kettle"}])
    assert _type(_with_head(head, PROSE)) == "article"


def test_price_and_cart_button_make_a_product_page() -> None:
    shop = '<div class="price">24,95 €</div><button class="btn">Ajouter au panier</button>'
    assert _type(_with_head("", f"<main><h1>Bouilloire</h1>{shop}{PROSE}</main>")) == "product"
    price_only = '<div class="price">24,95 €</div>'
    assert _type(_with_head("", f"<main><h1>Bouilloire</h1>{price_only}{PROSE}</main>")) == "article"


def _post(i: int, text: str) -> str:
    return (
        f'<div class="post"><div class="post-user"><span class="username">user{i}</span></div>'
        f'<time datetime="2023-03-1{i}">1{i} March 2023</time><div class="post-content"><p>{text}</p></div></div>'
    )


def test_sibling_posts_with_author_and_date_make_a_forum() -> None:
    posts = "".join(_post(i, p) for i, p in enumerate(PARAGRAPHS))
    assert _type(_with_head("", f'<div class="thread"><h1>Help with my budget</h1><div class="posts">{posts}</div></div>')) == "forum"
    two = "".join(_post(i, p) for i, p in enumerate(PARAGRAPHS[:2]))
    assert _type(_with_head("", f'<div class="thread"><h1>Help</h1><div class="posts">{two}</div></div>')) == "article"


def _teasers(n: int) -> str:
    return "".join(
        f'<article class="card"><h3><a href="/news/{i}">A headline for story number {i} in the section</a></h3>'
        f"<p>A short standfirst for story {i}.</p></article>"
        for i in range(n)
    )


def test_many_linked_headlines_and_no_prose_make_a_listing() -> None:
    assert _type(_with_head("", f"<main><h1>Local news</h1><div class='grid'>{_teasers(8)}</div></main>")) == "listing"


def test_an_article_with_a_rail_of_linked_headlines_stays_an_article() -> None:
    assert _type(article_page(f"<div class='grid'>{_teasers(8)}</div>")) == "article"


def test_no_body_text_is_other() -> None:
    assert _type(_with_head("", "<div><img src='a.jpg'></div><p>x</p>")) in ("other", "article")
    assert EX.extract(_with_head("", "<div><img src='a.jpg'></div>")).page_type == "other"


TEXT_ARTICLE = "Council approves new budget\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def test_text_mode_page_types() -> None:
    assert EX.extract(TEXT_ARTICLE, input_format="text").page_type == "article"
    forum = "Help with my budget\n\n" + "".join(
        f"user{i}\nJoined: Mar 2019\nPosts: 12\n\n{p}\n\nReply\nQuote\n\n" for i, p in enumerate(PARAGRAPHS[:3])
    )
    assert EX.extract(forum, input_format="text").page_type == "forum"
    shop = "Kettle, 1.7 litres\n\n£24.99\nAdd to basket\n\n" + "\n\n".join(PARAGRAPHS[:2]) + "\n"
    assert EX.extract(shop, input_format="text").page_type == "product"
    listing = "Local news\n\n" + "".join(
        f"A headline for story number {i} in the section\n\nA standfirst that tells the reader what story {i} is about.\n\n" for i in range(8)
    )
    assert EX.extract(listing, input_format="text").page_type == "listing"


def test_hard_wrapped_text_is_not_a_listing() -> None:
    words = " ".join(PARAGRAPHS * 2).split()
    lines, line = [], []
    for w in words:
        if len(" ".join([*line, w])) > 72:
            lines.append(" ".join(line))
            line = []
        line.append(w)
    text = "Council approves new budget\n\n" + "\n".join(lines) + "\n"
    assert EX.extract(text, input_format="text").page_type == "article"


def test_page_type_in_json_and_explain(tmp_path) -> None:
    page = tmp_path / "list.html"
    page.write_text(_with_head("", f"<main><h1>Local news</h1><div class='grid'>{_teasers(8)}</div></main>"), encoding="utf-8")
    assert json.loads(EX.extract(page.read_bytes()).to_json())["page_type"] == "listing"
    run = subprocess.run([sys.executable, "-m", "decruft", "--explain", "-f", "json", str(page)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)  # fmt: skip
    assert json.loads(run.stdout)["page_type"] == "listing"
    assert "page type: listing" in run.stderr


# -- the helpers classify_text and the forum check are built from (issue 18) ----------------


def test_text_product_needs_price_and_cart_ahead_of_the_story() -> None:
    from decruft._pagetype import _text_product

    story = [(" ".join(PARAGRAPHS[:2]), True), (" ".join(PARAGRAPHS[2:]), True)]  # paragraphs over 200 characters
    assert _text_product([("£24.99", False), ("Add to basket", False), *story])
    assert not _text_product([("£24.99", False), *story])  # a price alone
    assert not _text_product([*story, ("£24.99", False), ("Add to basket", False)])  # a shop box after the story


def test_text_forum_needs_member_labels_not_only_replies() -> None:
    from decruft._pagetype import _text_forum

    replies = [(t, False) for t in ("Reply", "Quote", "Anna wrote:", "Reply", "Quote")]
    assert not _text_forum(replies)  # a blog's comment section
    assert _text_forum([("Joined: Mar 2019", False), ("Posts: 12", False), *replies])


def test_text_listing_needs_teaser_pairs_and_no_prose() -> None:
    from decruft._pagetype import _text_listing

    pairs = []
    for i in range(6):
        pairs += [f"A headline for story number {i} in the section", f"A standfirst that tells the reader what story {i} is about."]
    assert _text_listing(pairs)
    assert not _text_listing(pairs[:10])  # five teasers
    assert not _text_listing([*pairs, *PARAGRAPHS])  # a story below the teasers


def test_a_post_has_an_author_a_date_and_no_linked_headline() -> None:
    from lxml import html

    from decruft._pagetype import _is_post, _posts

    post = html.fromstring(_post(1, PARAGRAPHS[0]))
    assert _is_post(post)
    assert not _is_post(html.fromstring(_post(1, PARAGRAPHS[0]).replace("username", "name")))  # no author
    teaser = html.fromstring(_post(1, PARAGRAPHS[0]).replace("<p>", "<h3><a href='/x'>A linked headline for a story</a></h3><p>"))
    assert not _is_post(teaser)
    thread = html.fromstring("<div><div class='posts'>" + "".join(_post(i, p) for i, p in enumerate(PARAGRAPHS)) + "</div></div>")
    assert _posts(thread[0][0]) == len(PARAGRAPHS) and _posts(None) == 0


def test_page_clues_and_paths_are_typed_state_fields() -> None:
    page = _with_head("", f"<main><h1>Local news</h1><div class='grid'>{_teasers(8)}</div></main>")
    article, state = EX._extract_html(page, None)
    assert article.page_type == "listing"
    assert state.page_clues.structured is None and not state.page_clues.product
    assert state.page_clues.teasers == 8 and state.page_clues.posts == 0
    assert state.html_text == page
    assert state.chosen_paths and all(p.startswith("/html/body") for p in state.chosen_paths)
    shop = _with_head(_jsonld({"@type": "Product", "offers": {"@type": "Offer", "price": "1"}}), PROSE)
    assert EX._extract_html(shop, None)[1].page_clues.structured == "product"
