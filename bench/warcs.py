"""Build test WARCs from the dataset pages with warcio (nothing is committed).

``python -m bench.warcs OUT.warc.gz [--records 2000]`` writes response records
(HTML pages as served, some chunked or gzip-encoded), plus request, metadata
and non-HTML response records that a reader must skip.
"""

from __future__ import annotations

import argparse
import gzip
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "datasets"


def pages() -> list[bytes]:
    found = []
    for folder in ("readability", "trafilatura-half"):
        for path in sorted((SHARED / folder / "pages").glob("*.html.gz")):
            data = gzip.decompress(path.read_bytes())
            if data.strip():
                found.append(data)
    return found


def _chunked(body: bytes) -> bytes:
    out = b""
    for i in range(0, len(body), 4096):
        part = body[i : i + 4096]
        out += f"{len(part):x}\r\n".encode() + part + b"\r\n"
    return out + b"0\r\n\r\n"


def build(out: Path, records: int) -> dict[str, int]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    source = pages()
    counts = {"html": 0, "other": 0}
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=out.suffix == ".gz")
        for i in range(records):
            url = f"https://example-{i % 50}.test/article/{i}"
            if i % 25 == 24:  # a non-HTML response: skipped by type
                headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(b"\x89PNG\r\n"), http_headers=headers)
                writer.write_record(record)
                counts["other"] += 1
                continue
            body = source[i % len(source)]
            extra = []
            if i % 10 == 3:
                body, extra = gzip.compress(body), [("Content-Encoding", "gzip")]
            if i % 10 == 7:
                body, extra = _chunked(body), [("Transfer-Encoding", "chunked")]
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"), *extra], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
            counts["html"] += 1
            if i % 100 == 0:
                req = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
                writer.write_record(req)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.warcs")
    parser.add_argument("out", type=Path)
    parser.add_argument("--records", type=int, default=2000)
    args = parser.parse_args(argv)
    print(build(args.out, args.records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
