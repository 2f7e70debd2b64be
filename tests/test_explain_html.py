"""--explain-html: the page with removed blocks outlined and labelled, rendered in headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


@pytest.fixture(scope="module")
def explained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("explain") / "explain.html"
    page = FIXTURES / "birmingham-post-html" / "page.html"
    run = subprocess.run([sys.executable, "-m", "decruft", "--explain-html", str(out), str(page)],
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr
    return out


def test_labels_are_in_the_page(explained: Path) -> None:
    html = explained.read_text(encoding="utf-8")
    for rule in ("consent", "most-read", "comments", "staff-list", "navigation", "stubs", "article (kept)"):
        assert f'data-decruft-label="{rule}"' in html, rule
    assert "<script" not in html or "src=" not in html.split("<script", 1)[1].split(">", 1)[0]


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_chromium_renders_it(explained: Path, tmp_path: Path) -> None:
    shot = tmp_path / "explain.png"
    common = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,2400"]
    subprocess.run([*common, f"--screenshot={shot}", explained.as_uri()], capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dom = subprocess.run([*common, "--dump-dom", explained.as_uri()], capture_output=True, text=True, timeout=120)
    for rule in ("consent", "most-read", "staff-list", "article (kept)"):
        assert f'data-decruft-label="{rule}"' in dom.stdout, rule
