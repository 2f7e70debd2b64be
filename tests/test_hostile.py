"""Hostile input: every input gives an Article or a DecruftError, in bounded time; inputs are never modified."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

import decruft

ARTICLE = "<p>" + "A sentence of the article, with a comma, ends here. " * 6 + "</p>"


def cases() -> dict[str, bytes]:
    return {
        "empty": b"",
        "whitespace": b" \n\t \r\n",
        "png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)),
        "gzip": b"\x1f\x8b\x08\x00" + bytes(range(256)),
        "zip": b"PK\x03\x04" + bytes(range(256)),
        "nul-bytes": b"<html><body>" + ARTICLE.encode().replace(b"comma", b"com\x00ma") + b"</body></html>",
        "invalid-utf8": b"<html><body><p>caf\xc3 \xff\xfe " + ARTICLE.encode() + b"</p></body></html>",
        "utf16-bom": ("<html><body>" + ARTICLE + "</body></html>").encode("utf-16"),
        "utf16-no-bom": ("<html><body>" + ARTICLE + "</body></html>").encode("utf-16-le"),
        "utf32-bom": ("<html><body>" + ARTICLE + "</body></html>").encode("utf-32"),
        "utf32-no-bom": ("<html><body>" + ARTICLE + "</body></html>").encode("utf-32-le"),
        "nul-in-charset": b'<html><head><meta charset="u\x00tf-8"></head><body><p>caf\xe9 ' + ARTICLE.encode() + b"</p></body></html>",
        "lying-charset": ('<html><head><meta charset="shift_jis"></head><body>Zürich ' + ARTICLE + "</body></html>").encode(),
        "deep-nesting": b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>",
        "many-siblings": b"<html><body>" + b"<p>x</p>" * 100_000 + b"</body></html>",
        "huge-attribute": b'<html><body><div class="' + b"a" * 3_000_000 + b'">' + ARTICLE.encode() + b"</div></body></html>",
        "huge-text-node": b"<html><body><p>" + b"word " * 600_000 + b"</p></body></html>",
        "misnested": b"<html><body><p><b><i>text</b></i></p><div><span></div></span><table><p>x</table>" + ARTICLE.encode(),
        "entities": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
        b"<html><body><p>&c; &xxe; end</p></body></html>",
        "script-only": b"<html><head><script>var a = 1;</script><style>p { color: red }</style></head></html>",
        "frameset": b'<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
        "not-an-article": b"just one line of plain text that is no article at all",
    }


@pytest.mark.parametrize("name", sorted(cases()))
def test_hostile_input_gives_article_or_decruft_error(name: str) -> None:
    data = cases()[name]
    try:
        article = decruft.extract(data, time_budget=30)
    except decruft.DecruftError as err:
        assert str(err)
        return
    assert isinstance(article.to_json(), str)
    if name == "entities":
        assert "aaaaaaaaaa" not in article.text  # entities are never expanded
        hostname = Path("/etc/hostname")
        if hostname.exists() and hostname.read_text().strip():
            assert hostname.read_text().strip() not in article.text  # nor fetched
    if name in {"nul-bytes", "invalid-utf8", "utf16-bom", "utf16-no-bom", "utf32-bom", "utf32-no-bom", "lying-charset"}:
        assert "A sentence of the article" in article.text


@pytest.mark.parametrize(("name", "error"), [("empty", decruft.EmptyInputError), ("png", decruft.BinaryInputError),
                                             ("pdf", decruft.BinaryInputError), ("gzip", decruft.BinaryInputError)])  # fmt: skip
def test_unusable_inputs_have_clear_errors(name: str, error: type[decruft.DecruftError]) -> None:
    with pytest.raises(error):
        decruft.extract(cases()[name])


def test_time_budget_stops_long_work() -> None:
    data = b"<html><body>" + b"<p>" + b"Some words of text, here. " * 10 + b"</p>" * 20_000 + b"</body></html>"
    with pytest.raises(decruft.TimeBudgetError):
        decruft.extract(data, time_budget=0.001)


def test_size_limit() -> None:
    with pytest.raises(decruft.InputTooLargeError):
        decruft.extract(b"<p>" + b"x" * 10_000 + b"</p>", max_bytes=5_000)


def test_cli_never_modifies_inputs_and_reports_each_bad_file(tmp_path: Path) -> None:
    paths = []
    for name, data in cases().items():
        if len(data) > 200_000:
            continue
        path = tmp_path / f"{name}.html"
        path.write_bytes(data)
        paths.append(path)
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
    out = subprocess.run(
        [sys.executable, "-m", "decruft", "-f", "json", *map(str, paths)], capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    errors = out.stderr.strip().splitlines()
    outputs = out.stdout.strip().splitlines()
    assert len(errors) + len(outputs) == len(paths)  # one output or one error line per input
    assert all(line.startswith("decruft: ") for line in errors)
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths} == before
