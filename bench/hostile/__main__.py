"""``python -m bench.hostile``: run every hostile case and print the table (see the package docstring)."""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

from ._case import RSS_LIMIT_MB, TIME_LIMIT, Case

GROUPS = ["pages", "site_rules", "cli", "warc", "security", "integrations"]
HARD_MEMORY = 4 * 1024**3  # address-space cap, so that a blow-up fails fast instead of swapping


def all_cases(groups: list[str]) -> list[Case]:
    cases: list[Case] = []
    for group in groups:
        try:
            module = importlib.import_module(f"bench.hostile.{group}")
        except ModuleNotFoundError:
            continue
        cases.extend(module.CASES)
    return cases


def _digests(root: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file() and not p.is_symlink()}


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (HARD_MEMORY, HARD_MEMORY))


def run_case(case: Case) -> dict[str, object]:
    """Run one case; returns outcome, seconds, rss_mb and problems (empty when it passed)."""
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        argv = case.build(tmp)
        inputs = tmp / "in"
        before = _digests(inputs) if inputs.is_dir() else {}
        env = {**os.environ, **case.env}
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, *argv], cwd=tmp, env=env, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_limit_memory)  # fmt: skip
        problems: list[str] = []
        out, err, returncode, rss_mb = _wait(proc, case.stdin or b"")
        seconds = time.perf_counter() - start
        if returncode is None:
            problems.append(f"over {TIME_LIMIT:.0f} s")
        stdout, stderr = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
        outcome = f"exit {returncode}"
        last = stdout.strip().splitlines()[-1:] if stdout.strip() else []
        if argv[:1] == ["-c"] and last:
            try:
                probe = json.loads(last[0])
                outcome, seconds = probe["outcome"], probe["seconds"]
            except (ValueError, KeyError):
                pass
        elif stderr.strip():
            outcome += ": " + stderr.strip().splitlines()[-1][:120]
        if "Traceback (most recent call last)" in stderr or outcome.startswith("UNCAUGHT"):
            problems.append("uncaught exception: " + (stderr.strip().splitlines() or [outcome])[-1][:160])
        for flag in ("LEAKED FILE", "JAVASCRIPT LINK KEPT"):
            if flag in outcome:
                problems.append(flag.lower())
        if before and _digests(inputs) != before:
            problems.append("input modified")
        if case.check is not None and not problems:
            found = case.check(tmp, returncode if returncode is not None else -9, stdout, stderr)
            if found:
                problems.append(found)
        return {"outcome": outcome, "seconds": seconds, "rss_mb": rss_mb, "problems": problems}


def _wait(proc: subprocess.Popen[bytes], stdin: bytes) -> tuple[bytes, bytes, int | None, float]:
    """Feed stdin, collect output, reap the child with its own rusage (peak RSS of that child
    alone); kill it past the time limit (returncode None)."""
    chunks: dict[str, bytes] = {}

    def pump(name: str, stream: IO[bytes]) -> None:
        chunks[name] = stream.read()

    readers = [threading.Thread(target=pump, args=(n, s)) for n, s in (("out", proc.stdout), ("err", proc.stderr))]
    for t in readers:
        t.start()
    try:
        assert proc.stdin is not None
        proc.stdin.write(stdin)
        proc.stdin.close()
    except BrokenPipeError:
        pass
    deadline = time.monotonic() + TIME_LIMIT
    timed_out = False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline and not timed_out:
            timed_out = True
            proc.kill()
        time.sleep(0.01)
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in readers:
        t.join()
    return chunks.get("out", b""), chunks.get("err", b""), None if timed_out else proc.returncode, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.hostile", description=__doc__.splitlines()[0])
    parser.add_argument("--group", action="append", choices=GROUPS, help="only these groups (repeatable)")
    parser.add_argument("--match", help="only cases whose name contains this text")
    args = parser.parse_args(argv)
    cases = [c for c in all_cases(args.group or GROUPS) if not args.match or args.match.lower() in c.name.lower()]
    print("| group | input | what decruft does | time (s) | peak RSS (MB) | ok |\n|---|---|---|---:|---:|---|")
    failed = 0
    for case in cases:
        result = run_case(case)
        problems = list(result["problems"])  # type: ignore[call-overload]
        if float(result["rss_mb"]) > RSS_LIMIT_MB:  # type: ignore[arg-type]
            problems.append(f"over {RSS_LIMIT_MB:.0f} MB")
        failed += bool(problems)
        outcome = str(result["outcome"]).replace("|", "\\|").replace("\n", " ")[:150]
        ok = "yes" if not problems else "**NO**: " + "; ".join(problems).replace("|", "\\|")
        print(f"| {case.group} | {case.name} | {outcome} | {float(result['seconds']):.2f} | {float(result['rss_mb']):.0f} | {ok} |", flush=True)  # type: ignore[arg-type]
    print(f"\ncases: {len(cases)}; failed: {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
