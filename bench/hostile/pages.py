"""Hostile pages given to ``decruft.extract``: empty, binary, badly encoded, huge, deep, many."""

from __future__ import annotations

import json
from pathlib import Path

from ._case import Case, extract_case

ARTICLE = "<p>" + "A sentence of the article, with a comma, ends here. " * 6 + "</p>"
BIG_BLOCK = '<div class="c"><p>' + "Sentence of article text, with commas, here. " * 20 + '</p><a href="/x">link</a></div>'

_PAGES: dict[str, bytes] = {
    "empty": b"",
    "whitespace only": b" \n\t \r\n" * 10,
    "PNG image": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
    "PDF document": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 40,
    "gzip data": b"\x1f\x8b\x08\x00" + bytes(range(256)) * 40,
    "zip archive": b"PK\x03\x04" + bytes(range(256)) * 40,
    "NUL bytes": ("<html><body>" + ARTICLE + "</body></html>").encode().replace(b"comma", b"com\x00ma"),
    "invalid UTF-8": b"<html><body><p>caf\xc3 \xff\xfe</p>" + ARTICLE.encode() + b"</body></html>",
    "UTF-16 with BOM": ("<html><body>" + ARTICLE + "</body></html>").encode("utf-16"),
    "UTF-16 without BOM": ("<html><body>" + ARTICLE + "</body></html>").encode("utf-16-le"),
    "UTF-32 with BOM": ("<html><body>" + ARTICLE + "</body></html>").encode("utf-32"),
    "UTF-32 without BOM": ("<html><body>" + ARTICLE + "</body></html>").encode("utf-32-le"),
    "Shift_JIS page without a charset": (
        "<html><body><p>" + "東京都は今日、新しい交通政策を発表しました。市民の意見は分かれています。" * 8 + "</p></body></html>"
    ).encode("shift_jis"),
    "Big5 page without a charset": (
        "<html><body><p>" + "台北市政府今天宣布新的交通政策，市民對此表示歡迎。專家認為這項政策將改善交通。" * 8 + "</p></body></html>"
    ).encode("big5"),
    "EUC-KR page without a charset": (
        "<html><body><p>" + "서울시는 오늘 새로운 교통 정책을 발표했습니다. 시민들은 이 정책을 환영했습니다. " * 8 + "</p></body></html>"
    ).encode("euc-kr"),
    "lying charset (says Shift_JIS, is UTF-8)": ('<meta charset="shift_jis"><p>Zürich</p>' + ARTICLE).encode(),
    "50 MB page": ("<html><body>" + BIG_BLOCK * 52_000 + "</body></html>").encode(),
    "100,000-deep nesting": b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>",
    "a million siblings": b"<html><body>" + b"<p>x</p>" * 1_000_000 + b"</body></html>",
    "3 million line breaks (over max_elements)": b"<html><body>" + b"<br>" * 3_000_000 + b"</body></html>",
    "5 MB attribute": b'<html><body><div class="' + b"a" * 5_000_000 + b'">' + ARTICLE.encode() + b"</div></body></html>",
    "10 MB text node": b"<html><body><p>" + b"word " * 2_000_000 + b"</p></body></html>",
    "unclosed and misnested tags": b"<html><body><p><b><i>text</b></i><div><span></div></span><table><p>x</table>" + ARTICLE.encode(),
    "XHTML DOCTYPE entities (billion laughs, external)": (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        b'<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html xmlns="http://www.w3.org/1999/xhtml"><body><p>&d; &xxe;</p></body></html>'
    ),
    "11 MB script before the article": b"<html><head><script>" + b"if (a<b) { x++; }\n" * 640_000
    + b"</script></head><body>" + ARTICLE.encode() + b"</body></html>",
    "11 MB JSON-LD before the article": b'<html><head><script type="application/ld+json">{"a": "' + b"x" * 11_534_336
    + b'"}</script></head><body>' + ARTICLE.encode() + b"</body></html>",
    "11 MB comment before the article": b"<html><body><!--" + b"x" * 11_534_336 + b"-->" + ARTICLE.encode() + b"</body></html>",
    "11 MB data: URI before the article": b'<html><body><img src="data:image/png;base64,' + b"A" * 11_534_336
    + b'">' + ARTICLE.encode() + b"</body></html>",
    "script-only page": b"<html><head><script>var a = 1;</script><style>p { color: red }</style></head></html>",
    "frameset": b'<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
    "plain text, not an article": b"just one line of plain text that is no article at all",
}

#: Issue #17 pages, each given with a 5 s time budget: the budget must cover every stage.
_BUDGETED: dict[str, bytes] = {
    "<meta_charset=x repeated (cubic charset regex)": b"<meta_charset=x" * 20_000 + b"\xff",
    "160,000 attributes on one element": b"<html><body><div " + b"".join(b"a%d=x " % i for i in range(160_000))
    + b">" + ARTICLE.encode() + b"</div></body></html>",
    "<!DOCTYPE[ repeated": b"<!DOCTYPE[" * 100_000 + b"<html><body>" + ARTICLE.encode() + b"</body></html>",
    "JSON-LD nested 1,000 deep": (
        b'<html><head><script type="application/ld+json">' + b'{"a":' * 1000 + b"1" + b"}" * 1000
        + b"</script></head><body>" + ARTICLE.encode() + b"</body></html>"
    ),
    "UTF-7 declared, lone surrogate (+2D0-)": (
        b'<meta charset="utf-7">' + b"A line of text +2D0- with more words in it here.\n" * 20 + b"\xff"
    ),
}

MOST_READ_SCRAPE = "\n".join(
    line
    for i in range(500)
    for line in ["Most Read", *(f"Some teaser headline number {i} {j} without punctuation" for j in range(40))]
).encode()

CASES: list[Case] = [extract_case(name, data) for name, data in _PAGES.items()] + [
    extract_case(name, data, time_budget=5) for name, data in _BUDGETED.items()
] + [
    extract_case("text scrape: 500 'Most Read' sections of 40 unpunctuated lines (1.1 MB)", MOST_READ_SCRAPE, input_format="text"),
    extract_case("the same scrape with time_budget=1", MOST_READ_SCRAPE, input_format="text", time_budget=1),
]


# 100 pages, each with a unique class string of 50 KB, extracted in one process: the
# memos that outlive a page must not keep them (capped by entries only, 4k such pages held 2 GB).
MEMO_PROBE = """
import json, time, decruft
from decruft import _content
start = time.perf_counter()
ARTICLE = "<p>" + "A sentence of the article, with a comma, ends here. " * 6 + "</p>"
for i in range(100):
    cls = f"c{i} " + "x" * 50_000
    decruft.extract(f'<html><body><div class="{cls}">{ARTICLE}</div><p>Share this</p></body></html>'.encode())
held = sum(len(c or "") + len(d or "") for c, d in _content._measure._VERDICTS)
print(json.dumps({"outcome": f"100 articles; the class memo holds {held:,} chars", "seconds": time.perf_counter() - start,
                  "verdict_key_chars": held}))
"""


def _memo_small(tmp: Path, rc: int, out: str, err: str) -> str | None:
    found = json.loads(out.strip().splitlines()[-1])
    return None if found["verdict_key_chars"] < 500_000 else f"the memos keep {found['verdict_key_chars']:,} chars"


CASES.append(Case("100 pages with unique 50 KB class strings (memo size)", "pages", lambda tmp: ["-c", MEMO_PROBE], _memo_small))
