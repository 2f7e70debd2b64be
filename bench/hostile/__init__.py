"""The robustness table: ``python -m bench.hostile [--group G] [--match TEXT]`` (prints Markdown).

Every hostile input of issue #17 and before, one module per group (``pages``: what
``decruft.extract`` is given; ``site_rules``: rule files; ``cli``: the command line;
``warc``: WARC files; ``security``: what must never reach the output). Each case runs in a
fresh process in its own temp dir; the table gives what happened, the wall time and the
peak RSS, and the run fails on any uncaught exception, time over 60 s, RSS over 2 GB,
a modified input, or a case's own check.
"""
