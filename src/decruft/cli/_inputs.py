"""The page command's inputs: files, folders walked for page files, stdin; gzip undone, bounded."""

from __future__ import annotations

import dataclasses
import os
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path

from .._errors import DecruftError
from .._options import DEFAULT_MAX_BYTES

#: Files a directory walk picks up (plus files without an extension).
PAGE_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".txt", ".php", ".asp", ".aspx", ".jsp", ".gz"}


@dataclasses.dataclass(frozen=True, slots=True)
class Job:
    """One input to extract: where it comes from and how to name its output."""

    label: str  # as shown to the user
    path: str | None  # None for stdin
    name: str  # output file stem


def gather(inputs: Sequence[str], problems: list[str] | None = None) -> list[Job]:
    """Expand directories (recursively, page-like files, sorted) and check that files exist.

    A walk stays inside its folder: a symlink leading out of it is skipped (with one note
    on stderr per folder). A sub-folder that cannot be read is added to ``problems``
    (one message each), so that the run can fail instead of silently missing pages.
    """
    jobs: list[Job] = []
    for item in inputs:
        if item == "-":
            jobs.append(Job("<stdin>", None, "stdin"))
            continue
        path = Path(item)
        if path.is_dir():
            for p in _walk(path, problems if problems is not None else []):
                rel = p.relative_to(path)
                jobs.append(Job(str(p), str(p), _stem("__".join(rel.parts))))
        else:
            jobs.append(Job(item, item, _stem(path.name)))
    return jobs


def _walk(root: Path, problems: list[str]) -> list[Path]:
    """Page files under ``root``, sorted; a symlinked file is kept only when it is inside
    ``root``; symlinked folders are not followed (as before, with ``Path.rglob``)."""
    top = root.resolve()
    found: list[Path] = []
    outside = 0

    def failed(exc: OSError) -> None:
        problems.append(f"{exc.filename}: cannot read folder ({exc.strerror or exc})")

    for folder, dirs, files in os.walk(root, onerror=failed):
        base = Path(folder)
        for name in files:
            p = base / name
            if not _is_page(p):
                continue
            if p.is_symlink():
                target = p.resolve()
                if not target.is_relative_to(top) or not target.is_file():
                    outside += 1
                    continue
            elif not p.is_file():
                continue
            found.append(p)
    if outside:
        sys.stderr.write(f"decruft: {root}: skipped {outside} symlink(s) leading out of the folder or to no file\n")
    return sorted(found)


def _is_page(path: Path) -> bool:
    return not path.name.startswith(".") and (path.suffix.lower() in PAGE_SUFFIXES or not path.suffix)


def _stem(name: str) -> str:
    for suffix in (".gz", ".html", ".htm", ".xhtml", ".shtml", ".txt", ".php", ".aspx", ".asp", ".jsp"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return name


def read_input(job: Job, limit: int = DEFAULT_MAX_BYTES) -> bytes:
    """The input's bytes, gzip undone (from a file or stdin); never more than ``limit + 1``
    bytes, read or inflated, so that the extractor's size check sees an oversized input
    without a bomb being inflated whole."""
    if job.path is None:
        data = sys.stdin.buffer.read(limit + 1)
    else:
        with open(job.path, "rb") as fh:
            data = fh.read(limit + 1)
    if data[:2] == b"\x1f\x8b":
        return gunzip(data, limit)
    return data


def gunzip(data: bytes, limit: int) -> bytes:
    """Inflate gzip ``data`` (every member) to at most ``limit + 1`` bytes."""
    out: list[bytes] = []
    size = 0
    while data and size <= limit:
        inflater = zlib.decompressobj(wbits=31)
        try:
            chunk = inflater.decompress(data, limit + 1 - size)
        except zlib.error as exc:
            raise DecruftError(f"cannot decompress gzip data ({exc})") from None
        out.append(chunk)
        size += len(chunk)
        if not inflater.eof:
            if size > limit:
                break
            raise DecruftError("cannot decompress gzip data (the data is cut short)")
        data = inflater.unused_data
        if data[:2] != b"\x1f\x8b":
            break  # trailing bytes after the last member are ignored, as gzip(1) does
    return b"".join(out)
