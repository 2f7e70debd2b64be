"""Hostile command lines: gzip bombs, full disks, odd file names, symlinks, unreadable folders,
SIGTERM with workers, and the first-use traps of the ``decruft`` command (issue #17)."""

from __future__ import annotations

import gzip
import json
import re
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from ._case import Case, Check, cli_case
from ._data import gzip_bomb, page


def probe_case(name: str, code: str, check: Check, files: dict[str, bytes] | None = None, group: str = "cli") -> Case:
    """``python -c CODE`` in a temp dir holding ``files``; CODE prints a JSON line with
    ``outcome`` and ``seconds`` last (for the table) and whatever ``check`` needs before it."""

    def build(tmp: Path) -> list[str]:
        for rel, data in (files or {}).items():
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        return ["-c", code]

    return Case(name, group, build, check)


def _pages(count: int, folder: str = "in") -> dict[str, bytes]:
    return {f"{folder}/p{n:03d}.html": page(n) for n in range(count)}


def _all(*checks: Callable[[Path, int, str, str], str | None]) -> Check:
    def check(tmp: Path, rc: int, out: str, err: str) -> str | None:
        for one in checks:
            problem = one(tmp, rc, out, err)
            if problem:
                return problem
        return None

    return check


def _rc(*wanted: int) -> Check:
    return lambda tmp, rc, out, err: None if rc in wanted else f"exit {rc}, expected {' or '.join(map(str, wanted))}"


def _says(text: str, where: str = "stderr") -> Check:
    def check(tmp: Path, rc: int, out: str, err: str) -> str | None:
        return None if text.lower() in (err if where == "stderr" else out).lower() else f"{where} does not say {text!r}"

    return check


def _jsonl(path: str, count: int) -> Check:
    def check(tmp: Path, rc: int, out: str, err: str) -> str | None:
        target = tmp / path
        if not target.is_file():
            return f"{path} is missing"
        lines = target.read_bytes().splitlines()
        try:
            titles = [json.loads(line)["title"] for line in lines]
        except (ValueError, KeyError):
            return f"{path} holds a damaged line"
        return None if len(titles) == count else f"{path} holds {len(titles)} records, expected {count}"

    return check


def _dev_full_build(tmp: Path) -> list[str]:
    """``-o full``, a symlink to /dev/full: a build that renames over its target replaces the
    link (this case's own file), never the machine's /dev/full."""
    for rel, data in _pages(3).items():
        (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp / rel).write_bytes(data)
    (tmp / "full").symlink_to("/dev/full")
    return ["-m", "decruft", "-o", "full", "in"]


def _dev_full_link(tmp: Path, rc: int, out: str, err: str) -> str | None:
    if not (tmp / "full").is_symlink() or not stat.S_ISCHR((tmp / "full").stat().st_mode):
        return "the output device was replaced by a file"
    return None


# --- probes: a limit the command line cannot set, a terminal, a signal, another user -----------

EFBIG_PROBE = """
import json, resource, signal, sys, time
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)          # past the limit, writes fail with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (6000, 6000))
from decruft.cli import main
start = time.perf_counter()
rc = main(["-f", "json", "-o", "out.jsonl", "in"])
print(json.dumps({"outcome": f"exit {rc}", "seconds": time.perf_counter() - start}))
"""

STDOUT_FULL_PROBE = """
import json, subprocess, sys, time
start = time.perf_counter()
with open("/dev/full", "wb") as full:
    run = subprocess.run([sys.executable, "-m", "decruft", "in"], stdout=full, stderr=subprocess.PIPE, text=True)
sys.stderr.write(run.stderr)
print(json.dumps({"outcome": f"exit {run.returncode}", "seconds": time.perf_counter() - start}))
"""

UNREADABLE_PROBE = """
import json, os, shutil, subprocess, sys, time
os.chmod("in/locked", 0)
prefix = []
if os.geteuid() == 0:  # root reads any folder: drop the capabilities that let it
    caps = "-dac_override,-dac_read_search"
    prefix = [shutil.which("setpriv") or "setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}"]
start = time.perf_counter()
run = subprocess.run([*prefix, sys.executable, "-m", "decruft", "-f", "json", "in"], capture_output=True, text=True)
os.chmod("in/locked", 0o755)
sys.stderr.write(run.stderr)
print(len(run.stdout.splitlines()), "records")
print(json.dumps({"outcome": f"exit {run.returncode}: {run.stderr.strip()[-100:]}", "seconds": time.perf_counter() - start}))
"""

SIGTERM_PROBE = """
import json, os, signal, subprocess, sys, time

def children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    return found

start = time.perf_counter()
proc = subprocess.Popen([sys.executable, "-m", "decruft", "-j", "2", "-f", "json", "-o", "out.jsonl", "in"],
                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
workers = []
deadline = time.monotonic() + 30
while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
    time.sleep(0.05)
    workers = children(proc.pid)
time.sleep(0.3)
proc.send_signal(signal.SIGTERM)
try:
    proc.wait(20)
except subprocess.TimeoutExpired:
    proc.kill()
time.sleep(1)
alive = [w for w in workers if os.path.exists(f"/proc/{w}") and open(f"/proc/{w}/stat").read().split(") ")[1][0] != "Z"]
for w in alive:
    os.kill(w, signal.SIGKILL)
sys.stderr.write(proc.stderr.read().decode())
outcome = f"exit {proc.returncode}, {len(workers)} workers seen, {len(alive)} alive after"
if alive:
    outcome += " (WORKERS LEFT ALIVE)"
print(json.dumps({"outcome": outcome, "seconds": time.perf_counter() - start}))
"""

TERMINAL_PROBE = """
import json, os, pty, subprocess, sys, time
start = time.perf_counter()
screens = []
for quiet in ([], ["-q"]):
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "decruft", *quiet, "-o", "out/", "in"], stderr=slave,
                            stdout=subprocess.DEVNULL)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait()
    os.close(master)
    screens.append(b"".join(chunks).decode("utf-8", "replace"))
print(json.dumps({"screens": screens}))
bar = [line for line in screens[0].replace("\\r", "\\n").splitlines() if "/s" in line][-1:] or ["no bar"]
print(json.dumps({"outcome": bar[0].strip()[-70:], "seconds": time.perf_counter() - start}))
"""


def _terminal(tmp: Path, rc: int, out: str, err: str) -> str | None:
    normal, quiet = json.loads(out.splitlines()[0])["screens"]
    if not re.search(r"pages/s", normal) or not re.search(r"ETA|total", normal):
        return "the progress bar shows no rate or time"
    if "extracted" not in normal:
        return "no summary on a terminal"
    if quiet.strip():
        return f"-q still prints {quiet.strip()[:60]!r}"
    return None


def _sigterm(tmp: Path, rc: int, out: str, err: str) -> str | None:
    last = json.loads(out.splitlines()[-1])["outcome"]
    if "WORKERS LEFT ALIVE" in last:
        return "workers left alive after SIGTERM"
    if "2 workers seen" not in last:
        return "no workers seen (too fast?)"
    return None if last.startswith("exit 143") else f"{last}: not stopped by SIGTERM (too fast?)"


def _list_rules_agree(tmp: Path, rc: int, out: str, err: str) -> str | None:
    listed = {line.split()[0] for line in out.split("\n\n")[0].splitlines() if line.strip()}
    probe = subprocess.run([sys.executable, "-m", "decruft", "--disable", "no-such-rule", "x.html"], capture_output=True,
                           text=True, cwd=tmp)  # fmt: skip
    accepted = set(probe.stderr.rsplit("rules are:", 1)[-1].replace(",", " ").split())
    return None if listed == accepted else f"--list-rules and --disable differ: {sorted(listed ^ accepted)}"


def _one_json_line(tmp: Path, rc: int, out: str, err: str) -> str | None:
    lines = out.splitlines()
    if len(lines) != 1:
        return f"{len(lines)} lines, not one JSON line"
    return None if json.loads(lines[0]).get("title") == "Story 0" else "wrong record"


def _symlink_setup(tmp: Path) -> list[str]:
    (tmp / "in").mkdir()
    (tmp / "in" / "story.html").write_bytes(page(0))
    (tmp / "in" / "passwd").symlink_to("/etc/passwd")
    (tmp / "in" / "etc").symlink_to("/etc")
    return ["-m", "decruft", "-f", "json", "in"]


def _no_passwd(tmp: Path, rc: int, out: str, err: str) -> str | None:
    if "root:" in out:
        return "leaked file: /etc/passwd is in the output"
    return None if rc == 0 and len(out.splitlines()) == 1 else f"exit {rc}, {len(out.splitlines())} records"


NON_UTF8 = "in/caf\udce9 story.html"  # the byte 0xE9 in a file name (surrogate-escaped)
BOMB = gzip_bomb()
UTF7 = page(7, extra="<p>A lone surrogate: +2D0- here.</p>").replace(b"<head>", b'<head><meta charset="utf-7">')

CASES: list[Case] = [
    cli_case("3 MB .gz inflating to 3 GB", "cli", {"in/bomb.html.gz": BOMB}, ["in/bomb.html.gz"],
             _all(_rc(1), _says("limit"))),
    cli_case("gzip bomb on stdin", "cli", {}, ["-"], _all(_rc(1), _says("limit")), stdin=BOMB),
    cli_case("gzip page on stdin", "cli", {}, ["-f", "json", "-"], _all(_rc(0), _says("Story 3", "stdout")),
             stdin=gzip.compress(page(3))),
    cli_case("non-UTF-8 byte in a file name, -o FILE", "cli", {NON_UTF8: page(1), "in/other.html": page(2)},
             ["-f", "json", "-o", "out.jsonl", "in"], _all(_rc(0), _jsonl("out.jsonl", 2))),
    cli_case("UTF-7 page with a lone surrogate, -o FILE", "cli", {"in/u7.html": UTF7, "in/other.html": page(2)},
             ["-f", "json", "-o", "out.jsonl", "in"], _all(_rc(0, 1), _jsonl("out.jsonl", 2))),
    Case("-o a link to /dev/full (ENOSPC)", "cli", _dev_full_build, _all(_rc(1), _says("no space left"), _dev_full_link)),
    probe_case("stdout to a full disk", STDOUT_FULL_PROBE, _all(_says("no space left")), _pages(3)),
    probe_case("file size limit (EFBIG) mid-batch, -o FILE", EFBIG_PROBE,
               _all(_says("file too large"), _jsonl("out.jsonl", 1)), _pages(4)),
    Case("symlinks out of the input folder", "cli", _symlink_setup, _no_passwd),
    probe_case("unreadable sub-folder", UNREADABLE_PROBE, _all(_says("cannot read folder"), _says("2 records", "stdout")),
               {**_pages(2), "in/locked/hidden.html": page(9)}),
    probe_case("SIGTERM to decruft -j 2", SIGTERM_PROBE, _sigterm, _pages(1500)),
    probe_case("progress bar, summary and -q on a terminal", TERMINAL_PROBE, _terminal, _pages(25)),
    cli_case("-f json on one input", "cli", {"in/a.html": page(0)}, ["-f", "json", "in/a.html"], _one_json_line),
    cli_case("--list-rules lists what --disable takes", "cli", {}, ["--list-rules"], _list_rules_agree),
    cli_case("top-level help names warc and rules", "cli", {}, ["-h"],
             _all(_says("decruft warc", "stdout"), _says("decruft rules", "stdout"))),
]  # fmt: skip
