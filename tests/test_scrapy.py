"""A real Scrapy crawl of fixture pages served on 127.0.0.1, through DecruftPipeline."""

from __future__ import annotations

import functools
import http.server
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import FIXTURES

pytest.importorskip("scrapy")

SPIDER = """
import sys, scrapy
from scrapy.crawler import CrawlerProcess
from decruft.scrapy import extract_response

base, out = sys.argv[1], sys.argv[2]

class Pages(scrapy.Spider):
    name = "pages"
    start_urls = [f"{base}/birmingham-post-html/page.html", f"{base}/us-news-jsonld/page.html",
                  f"{base}/german-news/page.html"]

    def parse(self, response):
        yield {"html": response.body, "url": response.url, "callback_title": extract_response(response).title}

process = CrawlerProcess(settings={
    "ITEM_PIPELINES": {"decruft.scrapy.DecruftPipeline": 500},
    "DECRUFT_KEEP_HTML": False,
    "FEEDS": {out: {"format": "jsonlines"}},
    "LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False,
})
process.crawl(Pages)
process.start()
"""


@pytest.fixture
def server():  # type: ignore[no-untyped-def]
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(FIXTURES))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_crawl_yields_articles(server: str, tmp_path: Path) -> None:
    out = tmp_path / "items.jsonl"
    run = subprocess.run([sys.executable, "-c", SPIDER, server, str(out)], capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    items = {item["url"].split("/")[-2]: item for item in map(json.loads, out.read_text().splitlines())}
    assert set(items) == {"birmingham-post-html", "us-news-jsonld", "german-news"}
    bp = items["birmingham-post-html"]
    assert bp["title"] == bp["callback_title"] == "Ofsted praises improvements at Birmingham's children's services"
    assert bp["date"] == "2017-06-13" and bp["authors"] == []
    assert "It is being established and will take over next year." in bp["text"] and "Most Read" not in bp["text"]
    assert "html" not in bp
    us = items["us-news-jsonld"]
    assert us["authors"] == ["Jane Roe", "John Doe"] and us["date"] == "2024-05-02"
    assert items["german-news"]["authors"] == ["Anna Schmidt"]
