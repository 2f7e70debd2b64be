"""decruft warc: every record accounted for, payload decoding, resumability, --jobs, the iterator API."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("warcio")

import decruft  # noqa: E402
from decruft.warc import extract_warc  # noqa: E402


@pytest.fixture(scope="module")
def warc(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.warcs import build

    path = tmp_path_factory.mktemp("warc") / "small.warc.gz"
    counts = build(path, 60)
    assert counts == {"html": 58, "other": 2}
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "decruft", "warc", *args], capture_output=True, text=True, timeout=300)


def test_every_record_accounted_for(warc: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = run(str(warc), "-o", str(out))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 58 and len({r["warc_record_id"] for r in lines}) == 58
    assert "61 records read, 58 extracted, 0 already in out.jsonl, 0 failed, skipped: 2 image/png, 1 request record" in done.stderr
    assert all(r["warc_target_uri"].startswith("https://example-") and r["warc_date"] for r in lines)
    # gzip-encoded (i % 10 == 3) and chunked (i % 10 == 7) payloads were decoded like the others
    by_uri = {r["warc_target_uri"].rsplit("/", 1)[1]: r for r in lines}
    assert by_uri["3"]["text"] and by_uri["7"]["text"] and by_uri["13"]["title"]


def test_rerun_is_resumable(warc: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert run(str(warc), "-o", str(out)).returncode == 0
    full = out.read_text().splitlines()
    out.write_text("\n".join(full[:20]) + "\n" + full[20][:50])  # 20 records, then a line cut by a crash
    again = run(str(warc), "-o", str(out))
    assert "38 extracted, 20 already in out.jsonl" in again.stderr
    assert out.read_text().splitlines() == full


def test_jobs_give_the_same_output(warc: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(str(warc), "-o", str(one)).returncode == 0
    assert run(str(warc), "-o", str(two), "--jobs", "2").returncode == 0
    assert one.read_text() == two.read_text()


def test_iterator_api(warc: Path) -> None:
    records = list(extract_warc([warc], decruft.Extractor()))
    assert len(records) == 58 and all("title" in r or "error" in r for r in records)
