"""A hostile case: files written into a fresh temp dir, one command run on them in a fresh process.

A case passes when the process ends within ``TIME_LIMIT`` seconds, its peak RSS stays under
``RSS_LIMIT_MB``, no Python traceback reaches stderr (an uncaught exception), no input file
changes, and the case's own ``check`` (if any) finds nothing wrong.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

TIME_LIMIT = 60.0
RSS_LIMIT_MB = 2048.0

# Runs decruft.extract on one file in a fresh process and prints one JSON line.
EXTRACT_PROBE = """
import json, sys, time
import decruft
data = open(sys.argv[1], "rb").read()
kwargs = json.loads(sys.argv[2])
if kwargs.pop("as_text", False):
    data = data.decode("utf-8", "replace")
start = time.perf_counter()
try:
    a = decruft.extract(data, **kwargs)
    outcome = f"article, {len(a.text):,} chars" + (f"; warning: {a.warnings[0]}" if a.warnings else "")
    if "root:" in a.text:
        outcome += " (LEAKED FILE)"
    if "javascript:" in a.html.lower().replace(" ", "").replace("\\t", ""):
        outcome += " (JAVASCRIPT LINK KEPT)"
except decruft.DecruftError as e:
    outcome = f"{type(e).__name__}: {e}"
except Exception as e:
    outcome = f"UNCAUGHT {type(e).__name__}: {e}"
print(json.dumps({"outcome": outcome, "seconds": time.perf_counter() - start}))
"""

Check = Callable[[Path, int, str, str], str | None]
"""``check(tmp, returncode, stdout, stderr)`` -> a problem, or None when all is well."""


@dataclasses.dataclass(frozen=True)
class Case:
    """One hostile input. ``build(tmp)`` writes the inputs under ``tmp`` and returns the
    argv after ``python`` (``["-m", "decruft", ...]`` or ``["-c", code, ...]``), run with
    ``tmp`` as the working directory."""

    name: str
    group: str
    build: Callable[[Path], list[str]]
    check: Check | None = None
    stdin: bytes | None = None
    env: dict[str, str] = dataclasses.field(default_factory=dict)


def extract_case(name: str, data: bytes, group: str = "pages", *, as_text: bool = False, **kwargs: Any) -> Case:
    """``decruft.extract(data, **kwargs)`` on ``data`` (decoded first when ``as_text``)."""

    def build(tmp: Path) -> list[str]:
        path = tmp / "in" / "page.bin"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return ["-c", EXTRACT_PROBE, str(path), json.dumps({**kwargs, "as_text": as_text})]

    return Case(name, group, build)


def cli_case(
    name: str,
    group: str,
    files: dict[str, bytes],
    args: list[str],
    check: Check | None = None,
    stdin: bytes | None = None,
) -> Case:
    """``python -m decruft ARGS`` in a temp dir holding ``files`` (paths relative to it)."""

    def build(tmp: Path) -> list[str]:
        for rel, data in files.items():
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        return ["-m", "decruft", *args]

    return Case(name, group, build, check, stdin)


def python_exe() -> str:
    return sys.executable
