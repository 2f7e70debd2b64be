"""The ``decruft`` command.

    decruft [options] FILE|DIR|- ...
    decruft rules check|test PATH...      (site rule files)
    decruft warc FILE.warc[.gz]... -o OUT.jsonl
    decruft learn PAGES... -o site-rules/

Exit status: 0 every input extracted, 1 some inputs failed (each reported on
one stderr line), 2 usage or configuration error.

The package: ``_args`` (the parser and the extractor options it gives), ``_inputs``
(files, folders, stdin), ``_jobs`` (extraction, worker pool, signals), ``_output``
(formats, sinks, ``--explain``, progress) and ``_main`` (the entry point).
"""

from __future__ import annotations

from ._args import EPILOG, FORMATS, PROGRESS_FROM, USAGE, UsageError, build_parser, extractor_options
from ._inputs import PAGE_SUFFIXES, Job, gather, gunzip, read_input
from ._jobs import Result, Terminated, extract_job, handle_sigterm, run_jobs, stop_pool, worker_signals
from ._main import STEP_SUMMARIES, list_rules, main
from ._output import Progress, Sink, atomic_write, encode, explain, new_file_mode, output_plan, render

__all__ = [
    "EPILOG",
    "FORMATS",
    "PAGE_SUFFIXES",
    "PROGRESS_FROM",
    "STEP_SUMMARIES",
    "USAGE",
    "Job",
    "Progress",
    "Result",
    "Sink",
    "Terminated",
    "UsageError",
    "atomic_write",
    "build_parser",
    "encode",
    "explain",
    "extract_job",
    "extractor_options",
    "gather",
    "gunzip",
    "handle_sigterm",
    "list_rules",
    "main",
    "new_file_mode",
    "output_plan",
    "read_input",
    "render",
    "run_jobs",
    "stop_pool",
    "worker_signals",
]
