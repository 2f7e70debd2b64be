"""Extraction options: one frozen dataclass, validated once."""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, TypedDict, cast

from ._errors import ConfigError

if TYPE_CHECKING:
    from ._ruler import Ruler

InputFormat = Literal["auto", "html", "text"]

#: Defaults for the limits, documented in docs/api.md.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: No page of the dev sets comes near: the largest of 3,354 has 10,476 elements.
DEFAULT_MAX_ELEMENTS = 2_000_000
DEFAULT_TIME_BUDGET = 20.0


class ExtractOptions(TypedDict, total=False):
    """The keyword arguments :func:`~decruft.extract` passes on to :class:`~decruft.Extractor`
    (all of them but ``input_format``, which :func:`~decruft.extract` takes itself)."""

    rules: Iterable[str | os.PathLike[str]]
    ruler: Ruler | None
    plugins: bool | Iterable[str]
    site_memory: Any
    disable: Iterable[str]
    fallback: bool
    max_bytes: int
    max_elements: int
    time_budget: float


class ExtractorOptions(ExtractOptions, total=False):
    """The keyword arguments of :class:`~decruft.Extractor`, for code that passes them on as a
    dict (the command line, the WARC, Spark and Scrapy helpers)."""

    input_format: InputFormat


@dataclasses.dataclass(frozen=True, slots=True)
class Options:
    """Everything that steers one extraction.

    disable:       names of cruft rules to switch off (see ``decruft --list-rules``).
    input_format:  ``"auto"`` (sniff), ``"html"`` or ``"text"`` (a flattened scrape).
    fallback:      let trafilatura try when decruft's own result looks too short.
    max_bytes:     larger inputs raise :class:`~decruft.InputTooLargeError`.
    max_elements:  a parsed page with more elements raises :class:`~decruft.TooManyElementsError`.
    time_budget:   seconds per document before :class:`~decruft.TimeBudgetError`.

    Made with :meth:`make`, which checks every value (:class:`~decruft.ConfigError`).
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
        """Checked options; a bad value raises :class:`~decruft.ConfigError`."""
        return cls(
            disable=_names(disable),
            input_format=check_input_format(input_format),
            fallback=fallback,
            max_bytes=_positive_int("max_bytes", max_bytes),
            max_elements=_positive_int("max_elements", max_elements),
            time_budget=_budget(time_budget),
        )


def _names(disable: Iterable[str]) -> frozenset[str]:
    if isinstance(disable, str):
        disable = [disable]
    try:
        names = frozenset(disable)
    except TypeError:
        raise ConfigError(f"disable must be rule names (strings), not {disable!r}") from None
    bad = [n for n in names if not isinstance(n, str)]
    if bad:
        raise ConfigError(f"disable must be rule names (strings), not {bad[0]!r}")
    return names


def check_input_format(value: str) -> InputFormat:
    if value in ("auto", "html", "text"):
        return cast(InputFormat, value)
    raise ConfigError(f"input_format must be 'auto', 'html' or 'text', not {value!r}")


def _positive_int(name: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigError(f"{name} must be a positive integer, not {value!r}")
    return value


def _budget(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value) or value <= 0:
        raise ConfigError(f"time_budget must be a positive number of seconds, not {value!r}")
    return float(value)
