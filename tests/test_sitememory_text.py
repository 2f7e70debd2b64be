"""Site memory on text scrapes: the learned lines, and the body run they choose (issue 19)."""

from __future__ import annotations

from conftest import PARAGRAPHS

import decruft
from decruft.sitememory import SiteMemory

#: A league site's scrape: menus, the game report, a list of the day's headlines, and a long
#: paragraph about the site under every page (longer than a short report).
MENU = ["Scores", "Standings and schedule", "Teams and players", "Video highlights"]
HEADLINES = ["Talks resume in the city | Reaction", "All-time team picked by readers |",
             "Winter game cancelled | Ticket options", "Rookie lights up the junior league",
             "Goalie used the break to clear his head", "Series blog: visitors take the opener",
             "Veteran coach finally gets his reward", "Hall of famers of the last twenty years",
             "Junior series: scores and standings", "Trade talk | Who moves next",
             "Arena plans | Fans react", "Photos: the best saves of the week",
             "Draft picks to watch | Scouting notes", "Coach of the month | Voting open"]  # fmt: skip
ABOUT = " ".join([
    "The Valley Hockey Review is the web site of the Valley Hockey League and of its member clubs, written by "
    "the league's own staff and by reporters of the newspapers of the valley who cover the games every week.",
    "It publishes the reports of the games, the standings, the schedule of the season and the records of the "
    "players, and it keeps an archive of the seasons played since the league was founded by six clubs.",
    "The names and the crests of the clubs, the league's emblem and the name of the cup belong to the league, "
    "and the pictures on the site belong to the photographers who took them for the clubs and the newspapers.",
    "Readers who spot a mistake in a report, a score or a player's record can write to the editors, who put "
    "right what was wrong and note the change under the report concerned, with the date of the change.",
])  # fmt: skip
TOWNS = ["Milltown", "Riverside", "Harbour City", "Northfield", "Eastbrook"]
#: Each page's game report: four paragraphs of its own.
REPORTS = [[f"{town}: {p}" for p in PARAGRAPHS] for town in TOWNS]


def _league(i: int) -> str:
    report = REPORTS[i % len(REPORTS)]
    parts = [f"Report {i} | Valley Hockey Review", *MENU, f"Game report number {i}", *report,
             "League notes", *HEADLINES, ABOUT]  # fmt: skip
    return "\n\n".join(parts) + "\n"


def _memory(pages: list[str], host: str) -> SiteMemory:
    return SiteMemory.learn((f"https://{host}/{i}", page) for i, page in enumerate(pages))


def test_learned_lines_never_move_the_body_off_the_article() -> None:
    """Marked, the headline list cuts the short report off the long paragraph about the site
    that follows every page, and that paragraph, now a run of its own, outscores the report:
    the run found without the learned lines stands, without them."""
    pages = [_league(i) for i in range(4)]
    memory = _memory(pages, "league.example")
    assert "rookie lights up the junior league" in memory.lines_for("https://league.example/x")
    plain = decruft.Extractor().extract(pages[1], url="https://league.example/1")
    assert REPORTS[1][0] in plain.text and HEADLINES[3] in plain.text
    article = decruft.Extractor(site_memory=memory).extract(pages[1], url="https://league.example/1")
    for paragraph in REPORTS[1]:
        assert paragraph in article.text
    assert HEADLINES[3] not in article.text
    assert "site-memory" in {r.rule for r in article.removed}


def test_a_long_repeated_menu_line_is_learned() -> None:
    """A menu printed on one long line (longer than a paragraph) repeats on every page and is
    learned like a short one; it goes from the body it sits in."""
    menu = " / ".join(f"Section {name} and more" for name in ("news", "sport", "video", "travel", "food",
                      "homes", "cars", "jobs", "money", "weather", "letters", "puzzles", "archive"))  # fmt: skip
    assert len(menu) > 300
    pages = []
    for i in range(4):
        report = REPORTS[i]
        pages.append(f"Report {i} | The Gazette\n\nStory {i}\n\n{report[0]}\n\n{menu}\n\n{report[1]}\n")
    memory = _memory(pages, "gazette.example")
    assert menu.lower() in memory.lines_for("https://gazette.example/x")
    assert menu in decruft.Extractor().extract(pages[2], url="https://gazette.example/2").text
    article = decruft.Extractor(site_memory=memory).extract(pages[2], url="https://gazette.example/2")
    assert menu not in article.text
    assert REPORTS[2][0] in article.text and REPORTS[2][1] in article.text


def test_a_learned_byline_still_names_the_author() -> None:
    """A one-author blog prints the same byline under every headline: site memory learns it
    and takes it out of the body, but the byline finder still reads it (the metadata is the
    one found without site memory), and the author's own replies below stay out as bylines."""
    pages = []
    for i, town in enumerate(TOWNS[:4]):
        body = "\n\n".join(REPORTS[i])
        pages.append(f"Notes from {town} « Dana's Blog\n\nDana's Blog\n\nAbout\n\nBooks\n\nNotes from {town}\n\n"
                     f"by harbourdana on January {i + 3}, 2011\n\n{body}\n\nLeave a comment\n")  # fmt: skip
    memory = _memory(pages, "dana.example")
    assert "by harbourdana on # #, #" in memory.lines_for("https://dana.example/x")
    plain = decruft.Extractor().extract(pages[2], url="https://dana.example/2")
    assert plain.authors == ["harbourdana"]
    article = decruft.Extractor(site_memory=memory).extract(pages[2], url="https://dana.example/2")
    assert article.authors == plain.authors
    assert REPORTS[2][0] in article.text


def _post(i: int, town: str, titles: list[str]) -> str:
    """A blog post's scrape: the site's name, its archive (every post's title), the headline,
    the byline, the post, a trackback with its stamp, then the comment thread."""
    post = "\n\n".join(REPORTS[i])
    archive = "\n\n".join(titles)
    ping = (f"Readers in {town} wrote about this post on their own blogs, and one of them thought it was the best of the year. "
            "They linked to it from a long post of their own about the council, the budget and the buses.")
    return (f"Dana's Blog: {titles[i]}\n\nDana's Blog\n\n{archive}\n\n{titles[i]}\n\n"
            f"Post written by Dana Roe.\n\n{post}\n\nPosted by Dana on March {i + 3}, 2007 | Permalink\n\n"
            f"{ping}\n\nTracked on Mar {i + 4}, 2007 3:09:50 PM\n\n{ping.replace('Readers', 'Teachers')}\n\n"
            f"Tracked on Mar {i + 5}, 2007 8:12:02 PM\n\nComments\n\n"
            f"I read this over breakfast in {town} and I think you are right about the council and the budget.\n\n"
            f"Posted by: Reader | Mar {i + 5}, 2007 2:00:18 PM\n")  # fmt: skip


def test_the_article_head_and_box_keep_their_learned_lines() -> None:
    """A blog lists every post's title on every page and prints the same byline under each
    headline, and a "Posted by ... | Permalink" line and trackback stamps that differ only in
    their dates: all are learned, but on the page they belong to they are the article's own.
    The headline, the byline and the lines between the post's first paragraph and its comment
    thread stay where the run found without site memory has them; the comments' stamps go."""
    titles = [f"Notes from {town} this week" for town in TOWNS[:4]]
    pages = [_post(i, town, titles) for i, town in enumerate(TOWNS[:4])]
    memory = _memory(pages, "dana.example")
    lines = memory.lines_for("https://dana.example/x")
    for line in ("post written by dana roe.", "posted by dana on # #, # | permalink", "tracked on # #, # # pm",
                 "notes from milltown this week", "posted by: reader | # #, # # pm"):  # fmt: skip
        assert line in lines
    url = "https://dana.example/2"
    plain = decruft.Extractor().extract(pages[2], url=url)
    article = decruft.Extractor(site_memory=memory).extract(pages[2], url=url)
    for kept in ("Post written by Dana Roe.", "Posted by Dana on March 5, 2007", "Tracked on Mar 6, 2007"):
        assert kept in plain.text and kept in article.text
    assert article.title == plain.title
    for paragraph in REPORTS[2]:
        assert paragraph in article.text
    assert "Posted by: Reader" not in article.text


def test_the_article_box_ends_where_what_follows_the_article_starts() -> None:
    """Past the link to the next post, the replies' learned stamps go though prose follows
    them: the article's box ends at the first line of what follows an article (a comment
    thread, a share bar, related posts), not only at a comment thread's heading."""

    def page(i: int, town: str) -> str:
        post = "\n\n".join(REPORTS[i])
        reply = (f"I read this over breakfast in {town} and I think you are right about the council and the budget, "
                 f"though the buses in {town} were late again this morning and nobody on the council seems to care.")
        return (f"Notes from {town} | Dana's Blog\n\nDana's Blog\n\nNotes from {town}\n\n{post}\n\nNext Post >>\n\n"
                f"October {i + 3}, 2012 at 2:38 am\n\n{reply}\n\nOctober {i + 4}, 2012 at 8:08 am\n\n"
                f"A second reader from {town} agrees about the buses, and adds that the trains are no better this year.\n")  # fmt: skip

    pages = [page(i, town) for i, town in enumerate(TOWNS[:4])]
    memory = _memory(pages, "dana.example")
    assert "# #, # at # am" in memory.lines_for("https://dana.example/x")
    url = "https://dana.example/2"
    assert "October 5, 2012 at 2:38 am" in decruft.Extractor().extract(pages[2], url=url).text
    article = decruft.Extractor(site_memory=memory).extract(pages[2], url=url)
    assert "October 5, 2012" not in article.text and "October 6, 2012" not in article.text
    for paragraph in REPORTS[2]:
        assert paragraph in article.text
