"""The cli, warc, security, site_rules and integrations groups of bench.hostile, each case through a real subprocess
(``python -m decruft ...`` or a probe driving it): no traceback, bounded memory, inputs
untouched, and each case's own check (an existing file kept, a worker stopped, a link dropped)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.hostile.__main__ import all_cases, run_case  # noqa: E402

CASES = {f"{case.group}: {case.name}": case for case in all_cases(["cli", "warc", "security", "site_rules", "integrations"])}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_case(name: str) -> None:
    case = CASES[name]
    if case.group == "warc":
        pytest.importorskip("warcio")
    if "Scrapy" in case.name:
        pytest.importorskip("scrapy")
    result = run_case(case)
    assert not result["problems"], f"{name}: {result['outcome']}: {result['problems']}"
