"""Run one system over one dataset in this process; write predictions and timings as JSON.

``python -m bench.worker SYSTEM DATASET_DIR OUT.json [LIMIT]`` — called by ``python -m bench``,
one process per system, so that memory and imports do not mix.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from .datasets import is_text_dataset, load
from .systems import SYSTEMS

WARM_UP = 5


def peak_rss_mb() -> float:
    """This process's own peak resident memory. Linux's ``ru_maxrss`` carries over the
    parent's peak through fork and exec (the bench parent, which holds every system's
    predictions), so ``VmHWM`` (the high-water mark of this process's own memory) is
    read where /proc has it."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    system, dataset, out = argv[0], Path(argv[1]), Path(argv[2])
    limit = int(argv[3]) if len(argv) > 3 and argv[3] else None
    adapter = SYSTEMS[system]
    text_mode = is_text_dataset(dataset)
    pages = load(dataset, limit)
    for page in pages[:WARM_UP]:
        try:
            adapter(page, text_mode)
        except Exception:  # a peer's failure is counted below, not here
            pass
    predictions, times, errors = {}, [], 0
    for page in pages:
        start = time.perf_counter()
        try:
            result = adapter(page, text_mode)
        except Exception:  # any peer exception: an empty result, counted as an error
            result, errors = {}, errors + 1
        times.append(time.perf_counter() - start)
        predictions[page.id] = result
    rss_mb = peak_rss_mb()
    out.write_text(json.dumps({"system": system, "predictions": predictions, "times": times, "errors": errors,
                               "peak_rss_mb": rss_mb}, default=str), encoding="utf-8")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
