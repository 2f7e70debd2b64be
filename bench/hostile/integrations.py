"""First-use traps of the integrations and docs (issue 17): the docs' rule example under
``decruft rules check``, a real Scrapy crawl exporting JSON Lines with the default pipeline
settings, Spark workers whose Python lacks decruft, the Spark example without decruft and
the example's single extraction. Each case runs in a fresh process like the others."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ._case import Case, Check
from ._data import page

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "examples" / "spark_extract.py"


def _docs_toml(tmp: Path) -> list[str]:
    """The first TOML block of docs/site-rules.md, checked as a user would, with folders
    named ``rules`` and ``warc`` in the working directory."""
    text = (ROOT / "docs" / "site-rules.md").read_text(encoding="utf-8")
    block = re.search(r"^```toml\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    (tmp / "rules").mkdir()
    (tmp / "warc").mkdir()
    (tmp / "rules" / "example.toml").write_text(block.group(1) if block else "", encoding="utf-8")
    return ["-m", "decruft", "rules", "check", "rules/"]


def _exit_zero_saying(say: str) -> Check:
    def check(tmp: Path, code: int, out: str, err: str) -> str | None:
        if code != 0:
            return f"exit {code}: {err.strip()[-200:]}"
        return None if say in out + err else f"output does not say {say!r}"

    return check


SCRAPY_CRAWL = """
import json, sys
from pathlib import Path
import scrapy
from scrapy.crawler import CrawlerProcess

page = Path(sys.argv[1]).resolve()

class Pages(scrapy.Spider):
    name = "pages"
    start_urls = [page.as_uri()]

    def parse(self, response):
        yield {"url": response.url, "html": response.body}

process = CrawlerProcess(settings={
    "ITEM_PIPELINES": {"decruft.scrapy.DecruftPipeline": 300},
    "FEEDS": {"items.jsonl": {"format": "jsonlines"}},
    "LOG_LEVEL": "ERROR",
})
process.crawl(Pages)
process.start()
items = [json.loads(line) for line in Path("items.jsonl").read_text().splitlines() if line.strip()]
print(json.dumps({"items": len(items), "titles": [i.get("title") for i in items],
                  "html_kept": any("html" in i for i in items)}))
"""


def _scrapy(tmp: Path) -> list[str]:
    (tmp / "in").mkdir()
    (tmp / "in" / "story.html").write_bytes(page(1))
    return ["-c", SCRAPY_CRAWL, str(tmp / "in" / "story.html")]


def _scrapy_check(tmp: Path, code: int, out: str, err: str) -> str | None:
    if code != 0:
        return f"exit {code}"
    last = json.loads(out.strip().splitlines()[-1])
    if last["items"] != 1 or not last["titles"][0]:
        return f"{last['items']} items exported with a title, expected 1"
    return "the page's bytes were left in the item" if last["html_kept"] else None


SPARK_WORKERS = """
import sys, types
from decruft.spark import WorkerPythonError, check_workers
session = types.SimpleNamespace(sparkContext=types.SimpleNamespace(master="local[2]", pythonExec="/bin/false"))
try:
    check_workers(session)
    print("no error")
except WorkerPythonError as exc:
    print(exc)
"""

SPARK_EXAMPLE_ONCE = """
import runpy, sys, types
calls = []

class Frame:
    write = types.SimpleNamespace(mode=lambda m: types.SimpleNamespace(json=lambda out: calls.append("write")))

    def count(self):
        calls.append("count")
        return 2

session = types.SimpleNamespace(read=types.SimpleNamespace(json=lambda out: types.SimpleNamespace(count=lambda: 2)),
                                stop=lambda: None)
builder = types.SimpleNamespace(appName=lambda name: types.SimpleNamespace(getOrCreate=lambda: session))
sql = types.ModuleType("pyspark.sql")
sql.SparkSession = types.SimpleNamespace(builder=builder)
sys.modules["pyspark"] = types.ModuleType("pyspark")
sys.modules["pyspark.sql"] = sql
import decruft.spark
decruft.spark.extract_warc = lambda spark, paths: Frame()
example = runpy.run_path(sys.argv[1], run_name="spark_example")
example["main"](["out", "crawl.warc.gz"])
print("extraction actions:", calls)
"""


def _check_spark_example(tmp: Path, code: int, out: str, err: str) -> str | None:
    if "extraction actions: ['write']" not in out:
        return "the example runs the extraction more than once: " + out.strip()[-120:]
    return None


def _example_without_decruft(tmp: Path, code: int, out: str, err: str) -> str | None:
    if code == 0:
        return "exit 0 without decruft"
    return None if "decruft[spark]" in err and "PYSPARK_PYTHON" in err else "stderr names neither the extra nor PYSPARK_PYTHON"


CASES: list[Case] = [
    Case("docs/site-rules.md's TOML example under rules check (rules/ and warc/ folders here)", "integrations",
         _docs_toml, _exit_zero_saying("1 site(s) loaded")),
    Case("Scrapy crawl, default pipeline settings, JSON Lines feed export", "integrations", _scrapy, _scrapy_check),
    Case("Spark workers whose Python cannot import decruft", "integrations",
         lambda tmp: ["-c", SPARK_WORKERS], _exit_zero_saying("PYSPARK_PYTHON=")),
    Case("Spark example run by a Python without decruft", "integrations",
         lambda tmp: ["-S", str(EXAMPLE), "out", "x.warc.gz"], _example_without_decruft, env={"PYTHONPATH": ""}),
    Case("Spark example: the extraction runs once (write, then count the written output)", "integrations",
         lambda tmp: ["-c", SPARK_EXAMPLE_ONCE, str(EXAMPLE)], _check_spark_example),
]  # fmt: skip
