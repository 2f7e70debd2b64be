"""Hostile WARC input for ``decruft warc``: bombs, lying lengths, files that are not WARCs,
truncated files, outputs that are not ours or are damaged, charsets, a missing warcio."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from ._case import Case, Check, cli_case
from ._data import gzip_bomb, http_response, page, pages_warc, record_id, warc, warc_record

SHIFT_JIS_TEXT = "政府は来年度の予算を発表したと大臣が述べた。"


def _records(tmp: Path, path: str = "out.jsonl") -> list[dict[str, object]]:
    target = tmp / path
    return [json.loads(line) for line in target.read_bytes().splitlines()] if target.exists() else []


def _expect(rc: int, ok: list[int], failed: int = 0, say: str = "") -> Check:
    """Exit ``rc``; the output holds exactly the records ``ok`` (by number) without error and
    ``failed`` error lines; stderr says ``say``."""

    def check(tmp: Path, code: int, out: str, err: str) -> str | None:
        if code != rc:
            return f"exit {code}, expected {rc}"
        records = _records(tmp)
        good = sorted(r["warc_record_id"] for r in records if not r.get("error"))  # type: ignore[misc]
        if good != sorted(record_id(n) for n in ok):
            return f"{len(good)} records extracted, expected {len(ok)}"
        errors = sum(1 for r in records if r.get("error"))
        if errors != failed:
            return f"{errors} error lines, expected {failed}"
        return None if say.lower() in err.lower() else f"stderr does not say {say!r}"

    return check


BOMB_RECORD = warc_record(1, http_response(gzip_bomb(), headers=b"Content-Encoding: gzip\r\n"))


def _resume_after_truncation(tmp: Path, code: int, out: str, err: str) -> str | None:
    first = _expect(1, [0, 1], 0, "cut short")(tmp, code, out, err)
    if first:
        return first
    (tmp / "in" / "crawl.warc.gz").write_bytes(pages_warc(0, 3))  # the download finished
    again = subprocess.run([sys.executable, "-m", "decruft", "warc", "in/crawl.warc.gz", "-o", "out.jsonl"],
                           capture_output=True, text=True, cwd=tmp)  # fmt: skip
    return _expect(0, [0, 1, 2], 0, "2 already in")(tmp, again.returncode, again.stdout, again.stderr)


def _damaged_line_build(tmp: Path) -> list[str]:
    (tmp / "in").mkdir()
    (tmp / "in" / "crawl.warc.gz").write_bytes(pages_warc(0, 3))
    lines = [json.dumps({"warc_record_id": record_id(0), "title": "Story 0"}), '{"warc_record_id": "<urn:uu\x00\x00',
             json.dumps({"warc_record_id": record_id(2), "title": "Story 2"})]  # fmt: skip
    (tmp / "out.jsonl").write_text("\n".join(lines) + "\n")
    return ["-m", "decruft", "warc", "in/crawl.warc.gz", "-o", "out.jsonl"]


def _damaged_line(tmp: Path, code: int, out: str, err: str) -> str | None:
    text = (tmp / "out.jsonl").read_text().splitlines()
    if len(text) != 4 or "Story 0" not in text[0] or "Story 2" not in text[2] or "Story 1" not in text[3]:
        return f"output now {len(text)} lines: later records lost or not redone"
    return None if code == 0 and "line 2 is damaged" in err else f"exit {code}; stderr: {err.strip()[-80:]}"


NOTES = b"my notes, not JSON\nsecond line\n"


def _notes_kept(tmp: Path, code: int, out: str, err: str) -> str | None:
    if (tmp / "notes.txt").read_bytes() != NOTES:
        return "notes.txt was changed"
    return None if code == 2 and "refusing" in err else f"exit {code}"


def _charset(tmp: Path, code: int, out: str, err: str) -> str | None:
    records = _records(tmp)
    if code != 0 or len(records) != 1:
        return f"exit {code}, {len(records)} records"
    return None if SHIFT_JIS_TEXT in str(records[0]["text"]) else "the HTTP charset was ignored: text garbled"


NO_WARCIO = """
import json, sys, time
sys.modules["warcio"] = None  # as after a plain `pip install decruft`
from decruft.cli import main
start = time.perf_counter()
rc = main(["warc", "in/crawl.warc.gz", "-o", "out.jsonl"])
print(json.dumps({"outcome": f"exit {rc}", "seconds": time.perf_counter() - start}))
"""


def _no_warcio_build(tmp: Path) -> list[str]:
    (tmp / "in").mkdir()
    (tmp / "in" / "crawl.warc.gz").write_bytes(pages_warc(0, 1))
    return ["-c", NO_WARCIO]


def _no_warcio(tmp: Path, code: int, out: str, err: str) -> str | None:
    lines = err.strip().splitlines()
    if len(lines) != 1 or "decruft[warc]" not in lines[0]:
        return f"not one line naming the extra: {err.strip()[-100:]!r}"
    return None if code == 0 and '"exit 2"' in out else f"exit {out.strip()[-30:]}"


def _sjis_warc() -> bytes:
    body = f"<html><body><article><h1>ニュース</h1><p>{SHIFT_JIS_TEXT * 10}</p></article></body></html>".encode("shift_jis")
    return warc([warc_record(0, http_response(body, "text/html; charset=Shift_JIS"))])


WARC = "in/crawl.warc.gz"
ARGS = ["warc", WARC, "-o", "out.jsonl"]
SHORT = warc_record(1, http_response(page(1)), length=50)  # Content-Length says 50
LONG = warc_record(1, http_response(page(1)), length=10**6)  # swallows the rest of the file

CASES: list[Case] = [
    cli_case("8 KB WARC record inflating to 3 GB (gzip content encoding)", "warc",
             {WARC: warc([warc_record(0, http_response(page(0))), BOMB_RECORD, warc_record(2, http_response(page(2)))])},
             ARGS, _expect(1, [0, 2], 1, "limit")),
    cli_case("Content-Length too short, then another file", "warc",
             {WARC: warc([warc_record(0, http_response(page(0))), SHORT], gz=False), "in/b.warc.gz": pages_warc(5, 2)},
             ["warc", WARC, "in/b.warc.gz", "-o", "out.jsonl"], _expect(1, [0, 5, 6], 1, "damaged")),
    cli_case("Content-Length past the end of the file", "warc",
             {WARC: warc([warc_record(0, http_response(page(0))), LONG], gz=False), "in/b.warc.gz": pages_warc(5, 1)},
             ["warc", WARC, "in/b.warc.gz", "-o", "out.jsonl"], _expect(1, [0, 5], 0, "cut short")),
    cli_case("not a WARC file, then a WARC", "warc", {"in/page.warc": page(0), "in/b.warc.gz": pages_warc(5, 2)},
             ["warc", "in/page.warc", "in/b.warc.gz", "-o", "out.jsonl"], _expect(1, [5, 6], 0, "not a WARC file")),
    cli_case("truncated WARC, then rerun on the whole file", "warc", {WARC: pages_warc(0, 3)[:-120]}, ARGS,
             _resume_after_truncation),
    cli_case("-o notes.txt, an existing file that is not JSON Lines", "warc", {WARC: pages_warc(0, 2), "notes.txt": NOTES},
             ["warc", WARC, "-o", "notes.txt"], _notes_kept),
    Case("a damaged line in the middle of the output", "warc", _damaged_line_build, _damaged_line),
    cli_case("Shift_JIS page, charset only in the HTTP header", "warc", {WARC: _sjis_warc()}, ARGS, _charset),
    Case("decruft warc without warcio installed", "warc", _no_warcio_build, _no_warcio),
    cli_case("gzip member cut in the middle", "warc", {WARC: pages_warc(0, 2) + gzip.compress(b"WARC/1.0\r\n" * 50)[:30]},
             ARGS, _expect(1, [0, 1], 0, "damaged")),
]  # fmt: skip
