"""Shared test helpers: a minimal article page builder and paths to shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"

PARAGRAPHS = [
    "The city council approved the new budget on Tuesday evening after a long debate, with most members "
    "agreeing that the spending plan would protect essential services.",
    "Officials said the plan sets aside money for road repairs, libraries and a new youth centre, while "
    "keeping council tax rises below the national cap for the third year running.",
    "Opposition members argued that the cuts to bus subsidies would hurt rural villages, and they asked for "
    "a review of the transport budget before the end of the year.",
    "The finance director told the meeting that reserves remained healthy, but warned that rising energy "
    "costs could put pressure on the accounts next winter.",
]


#: The same article as a text scrape's lines (no HTML), for the text-mode tests.
SCRAPE_ARTICLE = """The city council approved the new budget on Tuesday evening after a long debate, with most members agreeing that the plan protects services.

Officials said the plan sets aside money for road repairs, libraries and a new youth centre, while keeping council tax rises below the cap.

Opposition members argued that the cuts to bus subsidies would hurt rural villages, and asked for a review of the transport budget this year.

The finance director told the meeting that reserves remained healthy, but warned that rising energy costs could strain the accounts next winter.
"""


def article_page(cruft: str = "", *, before: str = "", title: str = "Council approves new budget") -> str:
    """A small but realistic article page, with ``cruft`` after the body and ``before`` ahead of it."""
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Example</title></head>
<body>
{before}
<main><article>
<h1>{title}</h1>
<div class="article-body">
{body}
</div>
</article>
{cruft}
</main>
</body></html>"""


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def spark():  # type: ignore[no-untyped-def]
    """One local Spark session (2 workers, this Python) for every test that needs one; the
    test is skipped without pyspark or a Java runtime."""
    import os
    import shutil
    import sys

    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime for Spark")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]").appName("decruft-test")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate()
    )  # fmt: skip
    yield session
    session.stop()
