"""Where the page command's articles go (stdout, a file, a folder) and how they look there;
``--explain`` and the progress bar."""

from __future__ import annotations

import argparse
import json
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from ._args import FORMATS, UsageError
from ._inputs import Job
from ._jobs import Result


def render(article: dict[str, Any], fmt: str, label: str) -> str:
    """One article in the chosen format (JSON includes ``path``, on one line)."""
    if fmt == "json":
        record = {"path": label, **article}
        return json.dumps(record, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        from .._render import md_escape

        head = f"# {md_escape(article['title'])}\n\n" if article.get("title") else ""
        markdown: str = article["markdown"]
        return head + _byline(article, "*", md_escape) + markdown.rstrip() + "\n"
    if fmt == "html":
        from html import escape

        title = escape(article.get("title") or "")
        return (
            f'<!DOCTYPE html>\n<html lang="{escape(article.get("lang") or "")}">\n<head><meta charset="utf-8">'
            f"<title>{title}</title></head>\n<body>\n{article['html']}\n</body>\n</html>\n"
        )
    head = f"{article['title']}\n" if article.get("title") else ""
    text: str = article["text"]
    return head + _byline(article, "") + text.rstrip() + "\n"


def _byline(article: dict[str, Any], mark: str, escape: Callable[[str], str] = str) -> str:
    parts = [p for p in (article.get("date"), ", ".join(article.get("authors") or [])) if p]
    line = f"{mark}{escape(' · '.join(parts))}{mark}\n\n" if parts else ""
    return ("\n" if article.get("title") and not line else "") + line


_SURROGATES = re.compile("[\ud800-\udfff]")


def encode(text: str) -> bytes:
    """UTF-8 bytes of output text; a lone surrogate (an undecodable byte in a file name, a
    broken UTF-7 or UTF-16 page) becomes U+FFFD instead of failing the write."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATES.sub("\ufffd", text).encode("utf-8")


def new_file_mode(existing: Path | None = None) -> int:
    """The mode a new output file gets: an existing target's, else 0666 less the umask
    (as a shell redirection would make it)."""
    if existing is not None:
        try:
            return stat.S_IMODE(existing.stat().st_mode)
        except OSError:
            pass
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def atomic_write(path: Path, text: str) -> None:
    """Write via a temporary file in the same directory, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = new_file_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(encode(text))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


class Sink:
    """Where finished articles go: stdout, one file (``-o FILE``) or a folder (``-o DIR/``).

    Each article is written as soon as it is done, so a crash, Ctrl-C or SIGTERM keeps
    every finished one. A write that fails (disk full, file too large) is reported for
    that input and the run goes on; a partly written article is cut back off a file.
    """

    def __init__(self, single: Path | None, directory: Path | None, fmt: str) -> None:
        self.directory, self.fmt = directory, fmt
        self.path = single
        self.fd: int | None = None
        self.tmp: str | None = None
        if single is None and directory is None:
            sys.stdout.flush()
            try:
                self.fd = sys.stdout.fileno()
            except (AttributeError, OSError, ValueError):  # a replaced sys.stdout (tests, notebooks)
                self.fd = None
        elif single is not None:
            self._open(single)

    def _open(self, path: Path) -> None:
        try:
            special = path.exists() and not path.is_file()
        except OSError:
            special = False
        if special:  # /dev/null, /dev/stdout, a FIFO: write to it, never rename over it
            self.fd = os.open(path, os.O_WRONLY | os.O_APPEND)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = new_file_mode(path if path.exists() else None)
        self.fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.fchmod(self.fd, mode)

    def put(self, result: Result, text: str) -> str | None:
        """Write one article; returns what went wrong, or None."""
        try:
            if self.directory is not None:
                target = self.directory / (result.job.name + FORMATS[self.fmt])
                atomic_write(target, text)
            elif self.fd is None:
                sys.stdout.write(_SURROGATES.sub("\ufffd", text))
                sys.stdout.flush()
            else:
                self._append(encode(text))
        except BrokenPipeError:
            raise
        except OSError as exc:
            where = exc.filename or (self.path if self.path is not None else "standard output")
            return f"cannot write {where}: {exc.strerror or exc}"
        return None

    def _append(self, data: bytes) -> None:
        assert self.fd is not None
        start = os.lseek(self.fd, 0, os.SEEK_CUR) if self.tmp is not None else None
        try:
            _write_all(self.fd, data)
        except OSError:
            if start is not None:  # cut the partial article back off
                os.ftruncate(self.fd, start)
                os.lseek(self.fd, start, os.SEEK_SET)
            raise

    def close(self) -> None:
        """Put the file in place (with whatever was finished, even after an interrupt)."""
        if self.path is None or self.fd is None:
            return
        fd, self.fd = self.fd, None
        os.close(fd)
        if self.tmp is not None:
            os.replace(self.tmp, self.path)


def output_plan(args: argparse.Namespace, jobs: list[Job]) -> tuple[Path | None, Path | None]:
    """``(single_file, directory)`` for ``-o``; refuses any target that is an input."""
    if not args.output:
        return None, None
    out = Path(args.output)
    to_dir = args.output.endswith(("/", os.sep)) or out.is_dir()
    inputs = {Path(j.path).resolve() for j in jobs if j.path is not None}
    if to_dir:
        names = [out / (j.name + FORMATS[args.format]) for j in jobs]
        if len({n.resolve() for n in names}) != len(names):
            raise UsageError("two inputs would write the same output file; use separate runs")
        clash = [str(n) for n in names if n.resolve() in inputs]
        if clash:
            raise UsageError(f"refusing to overwrite input file {clash[0]}")
        return None, out
    if out.resolve() in inputs:
        raise UsageError(f"refusing to overwrite input file {args.output}")
    return out, None


def explain(result: Result, stream: TextIO) -> None:
    article = result.article or {}
    removed = article.get("removed", [])
    vetoed = sum(1 for r in removed if r.get("vetoed"))
    note = f"; {vetoed} removal(s) VETOED (the block holds the article)" if vetoed else ""
    stream.write(f"{result.job.label}: {len(removed) - vetoed} block(s) removed{note}\n")
    if article.get("page_type"):
        stream.write(f"  page type: {article['page_type']}\n")
    for field, source in article.get("sources", {}).items():
        stream.write(f"  {field} from {source}\n")
    for r in removed:
        rule = f"{r['rule']} VETOED" if r.get("vetoed") else r["rule"]
        stream.write(f"  {rule:<12} {r['where']:<48} {r['text'][:100]}\n")
    for warning in article.get("warnings", []):
        stream.write(f"  warning: {warning}\n")


class Progress:
    """A one-line progress bar on stderr with the rate and time left (only on a terminal)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done, self.enabled = total, 0, enabled
        self.start = time.monotonic()

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            elapsed = max(time.monotonic() - self.start, 1e-6)
            rate = self.done / elapsed
            left = (self.total - self.done) / rate
            sys.stderr.write(
                f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}  "
                f"{rate:.1f} pages/s  {'ETA ' + _clock(left) if self.done < self.total else _clock(elapsed) + ' total'}  "
            )
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
