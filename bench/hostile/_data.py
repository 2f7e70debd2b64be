"""Inputs shared by the cli, warc and security cases (and their tests): article pages, gzip
bombs and hand-made WARC records (raw bytes, so that a case can lie in any header)."""

from __future__ import annotations

import functools
import gzip
import struct
import zlib

SENTENCE = "A sentence of the article about the city budget, with a comma, ends here. "


def page(n: int = 0, *, title: str | None = None, extra: str = "") -> bytes:
    """A small news article page whose headline is ``title`` (default ``Story N``)."""
    title = title or f"Story {n}"
    body = f"<p>{SENTENCE * 6}</p>" * 3
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>{title}</h1>{body}{extra}</article><footer>Copyright</footer></body></html>"
    ).encode()


@functools.lru_cache(maxsize=2)
def gzip_bomb(gigabytes: float = 3.0) -> bytes:
    """One gzip member (about 1 MB per GB) that inflates to ``gigabytes`` GB of spaces.

    Built in milliseconds: after a full flush, deflate codes each further MB of spaces as the
    same bytes, so one such block is repeated. The trailer's CRC is left wrong (a reader that
    inflates it all fails only at the very end, after the damage is done)."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b" " * (1 << 20)
    head = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    tail = deflate.flush()[:-8] + struct.pack("<II", 0, 0)
    return head + block * int(gigabytes * 1024 - 1) + tail


def http_response(body: bytes, content_type: str = "text/html; charset=utf-8", headers: bytes = b"") -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode() + b"\r\n" + headers
        + b"Content-Length: %d\r\n\r\n" % len(body) + body
    )  # fmt: skip


def warc_record(n: int, block: bytes, *, length: int | None = None, uri: str | None = None) -> bytes:
    """A WARC response record holding ``block`` (an HTTP response); ``length`` overrides the
    Content-Length (to lie)."""
    length = len(block) if length is None else length
    uri = uri or f"https://news.example/{n}"
    return (
        b"WARC/1.0\r\nWARC-Type: response\r\n"
        + b"WARC-Record-ID: <urn:uuid:%08d-0000-4000-8000-000000000000>\r\n" % n
        + b"WARC-Target-URI: " + uri.encode() + b"\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
        + b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % length
        + block + b"\r\n\r\n"
    )  # fmt: skip


def record_id(n: int) -> str:
    return f"<urn:uuid:{n:08d}-0000-4000-8000-000000000000>"


def warc(records: list[bytes], *, gz: bool = True) -> bytes:
    """A WARC file of the records (each its own gzip member when ``gz``)."""
    return b"".join(gzip.compress(r) for r in records) if gz else b"".join(records)


def pages_warc(first: int, count: int, *, gz: bool = True) -> bytes:
    return warc([warc_record(n, http_response(page(n))) for n in range(first, first + count)], gz=gz)
