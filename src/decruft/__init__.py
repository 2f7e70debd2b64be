"""decruft: scraped news pages in, clean articles out.

>>> import decruft
>>> article = decruft.extract(page_bytes, url="https://example.com/news/1")
>>> article.title, article.date, article.authors
>>> print(article.text)
>>> for r in article.removed: print(r.rule, r.where, r.text)

Public API: :func:`extract`, :class:`Extractor`, :class:`Article`,
:class:`Removal`, :class:`Options`, the rule registry types (:class:`Rule`,
:class:`Ruler`, :class:`Match`, :class:`State`) and the :class:`DecruftError` hierarchy.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from ._article import Article, PageType, Removal
from ._errors import (
    BinaryInputError,
    ConfigError,
    DecruftError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    LimitError,
    RuleError,
    TimeBudgetError,
    TooManyElementsError,
)
from ._extractor import Extractor, extract
from ._options import Options
from ._ruler import Match, Rule, Ruler
from ._state import State
from .rules import BUILTIN_RULES

try:
    __version__ = version("decruft")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Article",
    "PageType",
    "BUILTIN_RULES",
    "BinaryInputError",
    "ConfigError",
    "DecruftError",
    "EmptyInputError",
    "Extractor",
    "InputError",
    "InputTooLargeError",
    "LimitError",
    "Match",
    "Options",
    "Removal",
    "Rule",
    "RuleError",
    "Ruler",
    "State",
    "TimeBudgetError",
    "TooManyElementsError",
    "__version__",
    "extract",
]
