"""decruft's private copies of htmldate's ``extractors`` and ``core`` modules (:func:`_modules`), in
which month-name dates are read without dateparser (:func:`_read_month_names`); with
:mod:`._htmldate`, the only modules that know htmldate's internals. htmldate itself is left
as it is: no other user of it in the process sees a change.
"""

from __future__ import annotations

import contextvars
import functools
import importlib.util
import types
from collections.abc import Callable
from typing import Any

from ._months import read_month_date, _script_languages, _YEAR


_OUTSIDE: tuple[str, ...] = ()
#: The languages whose month names decruft's date search reads: the page's, or None
#: when the page does not say (then the string's script decides); ``_OUTSIDE`` elsewhere.
_DATE_LANGUAGES: contextvars.ContextVar[tuple[str, ...] | None] = contextvars.ContextVar(
    "decruft_date_languages", default=_OUTSIDE
)


def _month_languages(string: str) -> tuple[str, ...] | None:
    """The languages :func:`read_month_date` reads ``string`` in, None where htmldate's own code runs."""
    languages = _DATE_LANGUAGES.get()
    if languages is _OUTSIDE:
        return None
    return languages or _script_languages(string)


def _read_month_names(extractors: types.ModuleType) -> None:
    """Let decruft's copy of htmldate's ``extractors`` read month-name dates without dateparser.

    htmldate hands the date strings it cannot read itself to dateparser with all of its
    ~200 locales, which compiles each locale's expressions on first use: seconds per
    process and tens of MB, for strings that need only a table of month names. The copy's
    (private) ``_external_date`` is wrapped: inside decruft's date search, where
    ``_DATE_LANGUAGES`` is set, :func:`read_month_date` reads the string with the month
    names of the page's language and English (or, on a page that names none, of the
    languages written in the string's script; a script outside that list still goes to
    dateparser); elsewhere htmldate's own function runs. If htmldate's internals change,
    nothing is wrapped.

    htmldate asks ``has_date_cue`` before handing a string over; for a string without a
    year that looks up every word in the month names of all of dateparser's locales, which
    loads them all (a fifth of a second and tens of MB per process). Where
    :func:`read_month_date` reads the string, a string without a 4-digit number is no date
    it can read, so the cue is "no" at once; a string with one gets htmldate's own answer,
    which its year or month pattern then gives without the locales.
    """
    original = getattr(extractors, "_external_date", None)
    original_cue = getattr(extractors, "has_date_cue", None)
    if original is None or not callable(original):
        return

    def external_date(string: str) -> Any:
        languages = _month_languages(string)
        return original(string) if languages is None else read_month_date(string, languages)

    setattr(extractors, "_external_date", external_date)  # noqa: B010 (the copy's global, read by its try_date_expr)
    if original_cue is not None and callable(original_cue):
        cue: Callable[..., Any] = original_cue

        def has_date_cue(string: str, *args: Any) -> Any:
            if _month_languages(string) is not None and not _YEAR.search(string):
                return False
            return cue(string, *args)

        setattr(extractors, "has_date_cue", has_date_cue)  # noqa: B010
    _remembered_by_languages(extractors)


def _remembered_by_languages(extractors: types.ModuleType) -> None:
    """Key the memo of the copy's ``try_date_expr`` by ``_DATE_LANGUAGES`` too.

    htmldate remembers each string's answer in an lru_cache keyed by the string and the
    date bounds. Once :func:`_read_month_names` reads month names in the page's languages,
    the answer depends on them as well: remembered by the string alone, a date read in one
    page's language was given to a later page in another ("3. června 2020" read on a Czech
    page, then on an English page that cannot read it), so a page's date depended on the
    pages the process (or another thread) had read before it. Should htmldate's function
    carry no memo (``__wrapped__``), it is left as it is.
    """
    cached = getattr(extractors, "try_date_expr", None)
    uncached = getattr(cached, "__wrapped__", None)
    parameters = getattr(cached, "cache_parameters", None)
    if not callable(uncached) or not callable(parameters):
        return
    read: Callable[..., Any] = uncached
    size: int | None = parameters().get("maxsize")

    @functools.lru_cache(maxsize=size)
    def remembered(languages: tuple[str, ...] | None, *args: Any, **kwargs: Any) -> Any:
        return read(*args, **kwargs)

    def try_date_expr(*args: Any, **kwargs: Any) -> Any:
        return remembered(_DATE_LANGUAGES.get(), *args, **kwargs)

    setattr(extractors, "try_date_expr", try_date_expr)  # noqa: B010 (read by the copy's callers and the core copy)


def _copy_module(name: str) -> types.ModuleType:
    """A private instance of htmldate's module ``name``: its code run again in a module object of
    its own, not entered in ``sys.modules``; its relative imports read htmldate's own modules."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _modules() -> Any:
    """htmldate's modules as decruft calls them (``core``, ``extractors``, ``settings``, ``utils``,
    ``validators``), or None without htmldate.

    ``extractors`` and ``core`` are decruft's own copies (:func:`_copy_module`): the copy of
    ``extractors`` reads month names itself (:func:`_read_month_names`), and the copy of
    ``core`` calls that copy's functions where htmldate's ``core`` calls its ``extractors``.
    Should the copies fail (htmldate's internals moved), htmldate's own modules serve.
    """
    try:
        from htmldate import core, extractors, settings, utils, validators
    except ImportError:
        return None
    try:
        own_extractors = _copy_module("htmldate.extractors")
        _read_month_names(own_extractors)
        own_core = _copy_module("htmldate.core")
        for name, value in list(vars(own_core).items()):
            if callable(value) and getattr(extractors, name, None) is value:
                setattr(own_core, name, getattr(own_extractors, name))
    except Exception:  # a copy that cannot be made: htmldate's own modules, dateparser and all
        own_core, own_extractors = core, extractors
    return types.SimpleNamespace(
        core=own_core, extractors=own_extractors, settings=settings, utils=utils, validators=validators
    )
