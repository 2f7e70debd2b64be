"""Reading WARC files: HTML response records as :class:`WarcPage`, payloads bounded and decoded."""

from __future__ import annotations

import codecs
import dataclasses
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from .._options import DEFAULT_MAX_BYTES

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.I)
#: HTTP charsets that browsers read as windows-1252 (WHATWG), and that servers send by default:
#: a page that is valid UTF-8 under such a label is taken as UTF-8.
_DEFAULT_LABELS = {"latin-1", "ascii", "cp1252", "iso8859-1"}
#: Never honoured (a script-injection vector browsers dropped), left to the page's own decoding.
_REFUSED_CODECS = {"utf-7"}


@dataclasses.dataclass(frozen=True, slots=True)
class WarcPage:
    """An HTML response record's payload and its WARC metadata."""

    record_id: str
    uri: str | None
    date: str | None
    file: str
    payload: bytes
    charset: str | None = None  # from the HTTP Content-Type
    error: str | None = None  # the record (or file) could not be read: no payload
    final: bool = True  # False: do not write it; a rerun should try again (a cut-short record)


@dataclasses.dataclass(slots=True)
class Summary:
    read: int = 0
    extracted: int = 0
    failed: int = 0
    already_done: int = 0
    skipped: Counter[str] = dataclasses.field(default_factory=Counter)


def iter_pages(
    paths: Iterable[str | os.PathLike[str]], summary: Summary | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[WarcPage]:
    """HTML response records of the WARC files, in order (others counted in ``summary.skipped``).

    A record cut short, or a file that is not a WARC or breaks off, comes as a page with
    ``error`` set (and ``final`` False for what a rerun may find whole); the next file goes on.
    """
    from warcio.archiveiterator import ArchiveIterator

    summary = summary if summary is not None else Summary()
    for path in paths:
        try:
            with open(path, "rb") as fh:
                records = ArchiveIterator(fh)
                while True:
                    offset = fh.tell()
                    try:
                        record = next(records)
                    except StopIteration:
                        break
                    except Exception as exc:  # not a WARC, a wrong Content-Length, a broken gzip member
                        yield _file_error(path, f"not a WARC file, or damaged near byte {offset:,} ({_short(exc)})")
                        break
                    damage = _damage(record)
                    if damage is not None:
                        yield _file_error(path, f"not a WARC file, or damaged near byte {offset:,} ({damage})")
                        break
                    summary.read += 1
                    page = _page(record, path, summary, max_bytes)
                    if page is not None:
                        yield page
        except OSError as exc:
            yield _file_error(path, f"cannot read ({exc.strerror or exc})")


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:80]}" if text else type(exc).__name__


def _file_error(path: str | os.PathLike[str], message: str) -> WarcPage:
    return WarcPage(record_id=f"{os.fspath(path)}:damaged", uri=None, date=None, file=str(path), payload=b"",
                    error=message, final=False)  # fmt: skip


def _page(record: Any, path: str | os.PathLike[str], summary: Summary, max_bytes: int) -> WarcPage | None:
    """The record as a page, or None (counted in ``summary.skipped``) when it is not an HTML response."""
    if record.rec_type != "response":
        summary.skipped[f"{record.rec_type} record"] += 1
        return None
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
    ctype = content_type.split(";")[0].strip().lower()
    if ctype not in HTML_TYPES:
        summary.skipped[ctype or "no content type"] += 1
        return None
    record_id = record.rec_headers.get_header("WARC-Record-ID") or f"{path}:{summary.read}"
    meta = {"record_id": record_id, "uri": record.rec_headers.get_header("WARC-Target-URI"),
            "date": record.rec_headers.get_header("WARC-Date"), "file": str(path)}  # fmt: skip
    error, final = None, True
    try:
        payload = _read_at_most(record.content_stream(), max_bytes + 1)  # a gzip bomb inflates no further
    except Exception as exc:  # a damaged payload: reported, the file goes on
        payload, error = b"", f"unreadable payload ({_short(exc)})"
    if _cut_short(record):
        payload, error, final = b"", "the record is cut short (a truncated WARC file?); not written, a rerun does it", False
    match = _CHARSET.search(content_type)
    return WarcPage(**meta, payload=payload, charset=match.group(1) if match else None, error=error, final=final)


def _read_at_most(stream: Any, size: int) -> bytes:
    """Up to ``size`` bytes of ``stream`` (whose ``read(n)`` may return fewer before its end)."""
    chunks: list[bytes] = []
    while size > 0:
        chunk = stream.read(min(size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _damage(record: Any) -> str | None:
    """Why a record shows the file is no WARC (or no ARC) at all, or None."""
    if record.rec_type is None:
        return "a record without a WARC-Type"
    if record.format == "arc" and "://" not in (record.rec_headers.get_header("WARC-Target-URI") or ""):
        return "neither WARC nor ARC headers"
    return None


def _cut_short(record: Any) -> bool:
    """Whether the file ended before the record's Content-Length (reads the rest of its raw bytes)."""
    raw = record.raw_stream
    try:
        while raw.read(1 << 16):
            pass
    except Exception:
        return True
    return bool(getattr(raw, "limit", 0))


def decode_payload(payload: bytes, charset: str | None) -> bytes | str:
    """The page decoded with its HTTP charset when that charset is known and fits the bytes;
    else the bytes, for the extractor's own detection (BOM, ``<meta charset>``, sniffing)."""
    if not charset or payload[:2] in (b"\xff\xfe", b"\xfe\xff") or payload[:3] == b"\xef\xbb\xbf":
        return payload
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return payload
    if codec == "utf-8" or codec in _REFUSED_CODECS:
        return payload
    if codec in _DEFAULT_LABELS:
        try:
            payload.decode("utf-8")
            return payload  # valid UTF-8 under a default label: the label is the server's default
        except UnicodeDecodeError:
            codec = "cp1252"
    try:
        return payload.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return payload
