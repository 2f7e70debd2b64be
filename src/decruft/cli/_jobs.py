"""Extraction of the page command's inputs, in this process or a pool of workers, and the
signals that stop them (Ctrl-C, SIGTERM)."""

from __future__ import annotations

import concurrent.futures
import dataclasses
import os
import signal
import sys
import traceback
from collections.abc import Generator
from typing import Any

from .._errors import DecruftError
from .._extractor import Extractor
from .._options import ExtractorOptions
from ._inputs import Job, read_input


@dataclasses.dataclass(slots=True)
class Result:
    job: Job
    article: dict[str, Any] | None = None
    error: str | None = None


_WORKER: dict[str, Any] = {}


def _init_worker(options: ExtractorOptions, pool_worker: bool = False) -> None:
    if pool_worker:
        worker_signals()
    _WORKER["extractor"] = Extractor(**options)


def worker_signals() -> None:
    """In a pool worker: the parent stops its workers itself (see :func:`stop_pool`), so Ctrl-C
    is the parent's business, and SIGTERM simply ends the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def extract_job(job: Job, url: str | None = None, debug: bool = False) -> Result:
    """Read and extract one input; never raises for a bad input."""
    extractor: Extractor = _WORKER["extractor"]
    try:
        data = read_input(job)
        article = extractor.extract(data, url=url)
    except DecruftError as exc:
        return Result(job, error=str(exc))
    except OSError as exc:
        return Result(job, error=exc.strerror or str(exc))
    except Exception as exc:  # a bug in decruft: report it on one line, keep going with the rest
        detail = traceback.format_exc() if debug else f"{type(exc).__name__}: {exc}"
        return Result(job, error=f"internal error: {detail}")
    return Result(job, article=article.to_dict())


def run_jobs(jobs: list[Job], options: ExtractorOptions, workers: int, url: str | None, debug: bool) -> Generator[Result, None, None]:
    """Results in input order, from this process or a pool of ``workers``."""
    if workers <= 1 or len(jobs) <= 1:
        _init_worker(options)
        for job in jobs:
            yield extract_job(job, url, debug)
        return
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(options, True))
    try:
        chunk = max(1, min(16, len(jobs) // (workers * 8)))
        yield from pool.map(extract_job, jobs, [url] * len(jobs), [debug] * len(jobs), chunksize=chunk)
    except BaseException:
        stop_pool(pool)
        raise
    pool.shutdown()


def stop_pool(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """End a pool's workers now (an interrupt, SIGTERM, or an error in the parent), without
    waiting for the pages they are on."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(5)
    _KILLED_POOL.append(True)


#: Set when a pool's workers were killed: its manager thread may wait forever on a result a
#: worker was writing, and Python's exit would wait for that thread (see :func:`_stopped`).
_KILLED_POOL: list[bool] = []


def _stopped(status: int) -> int:
    """The exit status after an interrupt; when workers were killed, exit at once (after
    flushing), since a normal exit would hang joining the pool's manager thread."""
    if _KILLED_POOL:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(status)
    return status


class Terminated(Exception):
    """SIGTERM arrived: stop like Ctrl-C, workers included."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated()


def handle_sigterm() -> None:
    """Turn SIGTERM into :class:`Terminated`, so that ``finally`` blocks stop workers and keep
    finished output (only possible from the main thread)."""
    try:
        signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread (main() called from a library)
        pass
