"""The package's data files (``src/decruft/data/``), each read and parsed once per process.

Rule data lives there as data, not in control flow: class/id patterns and phrase lists
(TOML), and word lists (one entry per line, ``#`` lines a header naming source and licence).
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


@functools.cache
def toml(name: str) -> dict[str, Any]:
    """The parsed TOML file ``data/<name>`` (shared: callers must not change it)."""
    text = resources.files("decruft").joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def word_list(name: str) -> list[str]:
    """The entries of the list file ``data/<name>``: its non-blank lines, stripped, but the
    ``#`` lines of its header."""
    text = resources.files("decruft").joinpath("data", name).read_text(encoding="utf-8")
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]
