"""First-use traps of the integrations (issue #17): Scrapy items that feed exports cannot write,
Spark failures that never name decruft, the Spark example extracting twice; and the small
pieces behind the command line's hardening (bounded gunzip, safe links, HTTP charsets)."""

from __future__ import annotations

import gzip
import json
import os
import runpy
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from conftest import article_page

import decruft

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "spark_extract.py"


# --- Scrapy ----------------------------------------------------------------------------------


def _exported(item: dict[str, Any]) -> str:
    """The item as a JSON feed export writes it (fails on bytes, which Scrapy then drops)."""
    from scrapy.utils.serialize import ScrapyJSONEncoder

    return ScrapyJSONEncoder().encode(item)


def test_scrapy_default_drops_the_page() -> None:
    pytest.importorskip("scrapy")
    from scrapy.settings import Settings

    from decruft.scrapy import DecruftPipeline

    pipeline = DecruftPipeline.from_crawler(types.SimpleNamespace(settings=Settings()))
    item = pipeline.process_item({"html": article_page(title="A story").encode(), "url": "https://n.example/a"})
    assert "html" not in item and item["title"] == "A story"
    assert json.loads(_exported(item))["title"] == "A story"


def test_scrapy_failed_page_leaves_no_bytes() -> None:
    pytest.importorskip("scrapy")
    from decruft.scrapy import DecruftPipeline

    item = DecruftPipeline().process_item({"html": b"", "url": "https://n.example/empty"})
    assert "html" not in item and item["decruft_error"]
    _exported(item)


def test_scrapy_keep_html_keeps_text_not_bytes() -> None:
    pytest.importorskip("scrapy")
    from decruft.scrapy import DecruftPipeline

    page = article_page(title="Zürich story").encode("utf-8")
    item = DecruftPipeline(keep_html=True).process_item({"html": page, "url": None})
    assert isinstance(item["html"], str) and "Zürich story" in item["html"]
    failed = DecruftPipeline(keep_html=True).process_item({"html": b"  ", "url": None})
    assert failed["html"] == "  " and failed["decruft_error"]
    _exported(item)


# --- Spark -----------------------------------------------------------------------------------


def _session(master: str, python: str) -> Any:
    return types.SimpleNamespace(sparkContext=types.SimpleNamespace(master=master, pythonExec=python))


def test_spark_names_decruft_and_the_fix_when_workers_cannot_import_it() -> None:
    from decruft.spark import WorkerPythonError, check_workers

    with pytest.raises(WorkerPythonError) as caught:
        check_workers(_session("local[2]", "/bin/false"))
    message = str(caught.value)
    assert "cannot import decruft" in message and f"PYSPARK_PYTHON={sys.executable}" in message
    check_workers(_session("local[*]", sys.executable))  # the right Python: no error
    check_workers(_session("yarn", "/bin/false"))  # a cluster's Python is left to its set-up


def test_spark_example_without_decruft_says_what_to_do() -> None:
    run = subprocess.run([sys.executable, "-S", str(EXAMPLE), "out", "x.warc.gz"], capture_output=True, text=True,
                         env={"PATH": os.environ.get("PATH", "")}, timeout=60)  # fmt: skip
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert "PYSPARK_PYTHON=.venv/bin/python" in run.stderr and "decruft[spark]" in run.stderr


def test_spark_example_extracts_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[str] = []

    class Frame:  # an extraction result: every action on it runs the extraction
        write = types.SimpleNamespace(mode=lambda mode: types.SimpleNamespace(json=lambda out: calls.append("write")))

        def count(self) -> int:
            calls.append("count")
            return 2

    session = types.SimpleNamespace(
        read=types.SimpleNamespace(json=lambda out: types.SimpleNamespace(count=lambda: 2)), stop=lambda: None
    )
    builder = types.SimpleNamespace(appName=lambda name: types.SimpleNamespace(getOrCreate=lambda: session))
    sql = types.ModuleType("pyspark.sql")
    sql.SparkSession = types.SimpleNamespace(builder=builder)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pyspark", types.ModuleType("pyspark"))
    monkeypatch.setitem(sys.modules, "pyspark.sql", sql)
    monkeypatch.setattr("decruft.spark.extract_warc", lambda spark, paths: Frame())
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    example = runpy.run_path(str(EXAMPLE), run_name="spark_example")
    assert example["main"]([str(tmp_path / "out"), "crawl.warc.gz"]) == 0
    assert calls == ["write"]


# --- pieces of the command line --------------------------------------------------------------


def test_gunzip_stops_at_the_limit_and_reads_every_member() -> None:
    from decruft.cli import gunzip

    assert gunzip(gzip.compress(b"ab") + gzip.compress(b"cd"), 100) == b"abcd"
    assert len(gunzip(gzip.compress(b" " * 10_000) * 50, 1000)) == 1001
    with pytest.raises(decruft.DecruftError):
        gunzip(gzip.compress(b"x" * 1000)[:-20], 10_000)


@pytest.mark.parametrize(
    "href",
    ["javascript:alert(1)", "JavaScript:x", "java\tscript:x", " javascript:x", "java\nscript:x", "vbscript:x",
     "data:text/html,<script>", "DATA:x", "\x01javascript:x", "#top", ""],
)  # fmt: skip
def test_unsafe_links_lose_their_target(href: str) -> None:
    from decruft._render import safe_href

    assert not safe_href(href)


def test_safe_links_keep_their_target() -> None:
    from decruft._render import safe_href

    assert safe_href("https://n.example/a") and safe_href("/relative/page.html") and safe_href("mailto:a@b.example")


def test_markdown_escapes_angle_brackets_of_page_text() -> None:
    text = "<p>The mayor wrote &lt;img src=x onerror=alert(1)&gt; in a post, which the council discussed for hours.</p>"
    page = article_page(title="T").replace("</div>\n</article>", text + "</div>\n</article>")
    article = decruft.extract(page)
    assert "\\<img src=x" in article.markdown and "<img" not in article.markdown.replace("\\<img", "")


def test_warc_payload_decoded_with_the_http_charset() -> None:
    pytest.importorskip("warcio")
    from decruft.warc import decode_payload

    text = "<p>ニュース</p>"
    assert decode_payload(text.encode("shift_jis"), "Shift_JIS") == text
    assert decode_payload(text.encode("utf-8"), "iso-8859-1") == text.encode("utf-8")  # a server's default label
    assert decode_payload(b"+2D0-", "utf-7") == b"+2D0-"  # never honoured
    assert decode_payload(b"abc", "no-such-charset") == b"abc"
