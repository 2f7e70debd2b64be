"""The example rule plugin, installed for real (pip --target) and discovered through its entry point."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, article_page

EXAMPLE = ROOT / "examples" / "decruft-plugin-example"

CHECK = """
import decruft
page = open(__import__("sys").argv[1], encoding="utf-8").read()
plain = decruft.extract(page)
ex = decruft.Extractor(plugins=True)
assert ex.rule_names.index("paywall") == ex.rule_names.index("newsletter") - 1, ex.rule_names
article = ex.extract(page)
assert "the rest of this report is locked" in plain.text, plain.text
assert "the rest of this report is locked" not in article.text
assert any(r.rule == "paywall" for r in article.removed)
print("plugin ok")
"""


@pytest.mark.skipif(shutil.which("pip") is None and not (Path(sys.executable).parent / "pip").exists(), reason="no pip")
def test_example_plugin_installs_and_runs(tmp_path: Path) -> None:
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
         "--target", str(target), str(EXAMPLE)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    if install.returncode != 0 and "setuptools" in install.stderr:
        pytest.skip("setuptools is not available to build the example offline")
    assert install.returncode == 0, install.stderr
    page = tmp_path / "page.html"
    locked = '<div class="paywall"><p>Members get the full story: the rest of this report is locked for now.</p></div>'
    page.write_text(article_page().replace("</div>\n</article>", locked + "</div>\n</article>"), encoding="utf-8")
    env_path = f"{target}"
    run = subprocess.run([sys.executable, "-c", CHECK, str(page)], capture_output=True, text=True, timeout=120,
                         env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"})  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "plugin ok" in run.stdout
