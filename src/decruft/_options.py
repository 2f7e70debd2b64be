"""Extraction options: one frozen dataclass, validated once."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Literal

InputFormat = Literal["auto", "html", "text"]

#: Defaults for the limits, documented in docs/api.md.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
DEFAULT_MAX_ELEMENTS = 2_000_000
DEFAULT_TIME_BUDGET = 20.0


@dataclasses.dataclass(frozen=True, slots=True)
class Options:
    """Everything that steers one extraction.

    disable:       names of cruft rules to switch off (see ``decruft --list-rules``).
    input_format:  ``"auto"`` (sniff), ``"html"`` or ``"text"`` (a flattened scrape).
    fallback:      let trafilatura try when decruft's own result looks too short.
    max_bytes:     larger inputs raise :class:`~decruft.InputTooLargeError`.
    max_elements:  larger trees are cut to this many elements (a warning says so).
    time_budget:   seconds per document before :class:`~decruft.TimeBudgetError`.
    """

    disable: frozenset[str] = frozenset()
    input_format: InputFormat = "auto"
    fallback: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    max_elements: int = DEFAULT_MAX_ELEMENTS
    time_budget: float = DEFAULT_TIME_BUDGET

    @classmethod
    def make(
        cls,
        *,
        disable: Iterable[str] = (),
        input_format: InputFormat = "auto",
        fallback: bool = True,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_elements: int = DEFAULT_MAX_ELEMENTS,
        time_budget: float = DEFAULT_TIME_BUDGET,
    ) -> Options:
        if isinstance(disable, str):
            disable = [disable]
        if input_format not in ("auto", "html", "text"):
            raise ValueError(f"input_format must be 'auto', 'html' or 'text', not {input_format!r}")
        for name, value in (("max_bytes", max_bytes), ("max_elements", max_elements)):
            if not isinstance(value, int) or value <= 0:
                raise ValueError(f"{name} must be a positive integer, not {value!r}")
        if not time_budget > 0:
            raise ValueError(f"time_budget must be positive, not {time_budget!r}")
        return cls(
            disable=frozenset(disable),
            input_format=input_format,
            fallback=fallback,
            max_bytes=max_bytes,
            max_elements=max_elements,
            time_budget=float(time_budget),
        )
