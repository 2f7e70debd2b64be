"""decruft's error hierarchy.

Every exception decruft raises on purpose derives from :class:`DecruftError`::

    DecruftError
    ├── InputError            the input cannot be used at all
    │   ├── EmptyInputError   nothing but whitespace
    │   ├── BinaryInputError  an image, PDF, archive... not HTML or text
    │   └── InputTooLargeError  more bytes than ``max_bytes``
    ├── LimitError            a processing limit was hit
    │   ├── TimeBudgetError   the per-document time budget ran out
    │   └── TooManyElementsError  the parsed page has more elements than ``max_elements``
    ├── RuleError             a rule file or plugin is invalid (``file:line: reason``)
    └── ConfigError           a bad option value or an unknown rule name (also a ``ValueError``)

A page that is valid HTML but holds no article is *not* an error: it yields an
:class:`~decruft.Article` with empty ``text`` and a reason in ``warnings``.
"""

from __future__ import annotations


class DecruftError(Exception):
    """Base class of every error decruft raises on purpose."""


class InputError(DecruftError):
    """The input cannot be turned into an article at all."""


class EmptyInputError(InputError):
    """The input is empty or whitespace only."""


class BinaryInputError(InputError):
    """The input is binary data (image, PDF, archive...), not HTML or text."""


class InputTooLargeError(InputError):
    """The input is larger than the configured ``max_bytes``."""


class LimitError(DecruftError):
    """A processing limit (time budget, element count) was exceeded."""


class TimeBudgetError(LimitError):
    """Extraction took longer than the per-document ``time_budget``."""


class TooManyElementsError(LimitError):
    """The parsed page has more elements than the configured ``max_elements``."""


class ConfigError(DecruftError, ValueError):
    """An option has a bad value, or a rule name is unknown.

    Raised when an :class:`~decruft.Extractor` (or :class:`~decruft.Options`) is made, before
    any page is read. It is a ``ValueError`` too, which these mistakes raised before.
    """


class RuleError(DecruftError):
    """A rule file or rule plugin is invalid.

    ``str(err)`` reads ``file:line: reason`` when the location is known.
    """

    def __init__(self, reason: str, path: str | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(f"{where}{reason}")
