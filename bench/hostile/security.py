"""What must never reach decruft's output: script links, page text turned into markup, files
from outside the input folder, and output files only their owner can read."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

from ._case import Case, cli_case, extract_case
from ._data import SENTENCE, page

LINKS = (
    '<p>Links: <a href="javascript:alert(1)">plain</a>, <a href="JaVaScRiPt:alert(2)">mixed case</a>, '
    '<a href="java&#9;script:alert(3)">tab inside</a>, <a href=" javascript:alert(4)">leading space</a>, '
    '<a href="java\nscript:alert(5)">newline inside</a>, <a href="&#x6A;avascript:alert(6)">entity</a>, '
    '<a href="vbscript:msgbox(7)">vbscript</a>, <a href="data:text/html;base64,PHNjcmlwdD4=">data</a>, '
    '<a href="DATA:text/html,&lt;script&gt;">data, upper case</a>, '
    f'<a href="https://news.example/safe">a safe link</a>. {SENTENCE}</p>'
)
ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"
HOSTILE_PAGE = page(0, title=f"{ESCAPED} headline", extra=LINKS + f"<p>{ESCAPED} {SENTENCE}</p>")
RAW_HTML = re.compile(r"(?<!\\)<img", re.I)


def _no_script_links(tmp: Path, rc: int, out: str, err: str) -> str | None:
    record = json.loads(out)
    for field in ("html", "markdown"):
        squashed = re.sub(r"\s+", "", str(record[field])).lower()
        for scheme in ("javascript:", "vbscript:", "data:"):
            if scheme in squashed:
                return f"a {scheme} link is kept in {field}"
    if "https://news.example/safe" not in record["html"]:
        return "the safe link was lost"
    return None


def _no_raw_html(tmp: Path, rc: int, out: str, err: str) -> str | None:
    found = RAW_HTML.search(out)
    return f"page text became raw HTML in the Markdown: {out[found.start():found.start() + 40]!r}" if found else None


def _symlink_setup(tmp: Path) -> list[str]:
    (tmp / "in" / "sub").mkdir(parents=True)
    (tmp / "in" / "story.html").write_bytes(page(0))
    (tmp / "in" / "sub" / "passwd.txt").symlink_to("/etc/passwd")
    (tmp / "in" / "inside.html").symlink_to(tmp / "in" / "story.html")  # inside the folder: fine
    return ["-m", "decruft", "-f", "json", "-o", "out.jsonl", "in"]


def _no_passwd(tmp: Path, rc: int, out: str, err: str) -> str | None:
    text = (tmp / "out.jsonl").read_text()
    if "root:" in text:
        return "leaked file: /etc/passwd is in the output"
    return None if len(text.splitlines()) == 2 else f"{len(text.splitlines())} records, expected 2"


UMASK_PROBE = """
import json, os, stat, sys, time
os.umask(0o022)
from decruft.cli import main
start = time.perf_counter()
rc = main(["-o", "one.txt", "in/a.html"]) + main(["-o", "dir/", "in/a.html"]) + main(["--explain-html", "x.html", "in/a.html"])
modes = {name: oct(stat.S_IMODE(os.stat(name).st_mode)) for name in ("one.txt", "dir/a.txt", "x.html")}
print(json.dumps(modes))
print(json.dumps({"outcome": f"exit {rc}, modes {sorted(set(modes.values()))}", "seconds": time.perf_counter() - start}))
"""


def _umask_build(tmp: Path) -> list[str]:
    (tmp / "in").mkdir()
    (tmp / "in" / "a.html").write_bytes(page(0))
    return ["-c", UMASK_PROBE]


def _modes(tmp: Path, rc: int, out: str, err: str) -> str | None:
    modes = json.loads(out.splitlines()[0])
    wrong = {name: mode for name, mode in modes.items() if int(mode, 8) != 0o644}
    return f"outputs ignore the umask (022 should give 0o644): {wrong}" if wrong else None


def _mode_of_existing(tmp: Path, rc: int, out: str, err: str) -> str | None:
    mode = stat.S_IMODE((tmp / "out.txt").stat().st_mode)
    return None if mode == 0o640 else f"an existing output's mode 0o640 became {oct(mode)}"


def _existing_build(tmp: Path) -> list[str]:
    (tmp / "in").mkdir()
    (tmp / "in" / "a.html").write_bytes(page(0))
    (tmp / "out.txt").write_text("old")
    (tmp / "out.txt").chmod(0o640)
    return ["-m", "decruft", "-o", "out.txt", "in/a.html"]


CASES: list[Case] = [
    extract_case("javascript:, vbscript: and data: links in every disguise", HOSTILE_PAGE, "security"),
    cli_case("script links in Article.html and .markdown (JSON)", "security", {"in/a.html": HOSTILE_PAGE},
             ["-f", "json", "in/a.html"], _no_script_links),
    cli_case("escaped tags in the text and title, -f markdown", "security", {"in/a.html": HOSTILE_PAGE},
             ["-f", "markdown", "in/a.html"], _no_raw_html),
    Case("symlink to /etc/passwd inside an input folder", "security", _symlink_setup, _no_passwd),
    Case("output files follow the umask (022)", "security", _umask_build, _modes),
    Case("an existing output keeps its mode", "security", _existing_build, _mode_of_existing),
]  # fmt: skip
