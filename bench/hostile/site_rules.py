"""Hostile site rules (issue #17): rule files that are malformed, huge or costly, and pages that
attack the rule machinery (the canonical-URL scan, find/replace growth, selector cost)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ._case import Case, Check
from ._data import page

GROUP = "site_rules"
PAGE = page(1)

# Runs decruft.Extractor(rules=[RULES], **KWARGS).extract(PAGE, url=URL) and prints the JSON line.
RULES_PROBE = """
import json, sys, time
import decruft
rules, page, kwargs, url = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4] or None
start = time.perf_counter()
try:
    a = decruft.Extractor(rules=[rules], **kwargs).extract(open(page, "rb").read(), url=url)
    outcome = f"article, {len(a.text):,} chars" + (f"; warning: {a.warnings[0][:90]}" if a.warnings else "")
except decruft.DecruftError as e:
    outcome = f"{type(e).__name__}: {str(e)[-110:]}"
except Exception as e:
    outcome = f"UNCAUGHT {type(e).__name__}: {e}"
print(json.dumps({"outcome": outcome, "seconds": time.perf_counter() - start}))
"""


def _write(tmp: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        path = tmp / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def probe(name: str, rules: bytes, data: bytes, url: str | None = "https://example.com/a", *,
          suffix: str = ".toml", check: Check | None = None, **kwargs: object) -> Case:  # fmt: skip
    """The probe above on a rule file and a page."""

    def build(tmp: Path) -> list[str]:
        _write(tmp, {f"in/rules{suffix}": rules, "in/page.html": data})
        return ["-c", RULES_PROBE, f"in/rules{suffix}", "in/page.html", json.dumps(kwargs), url or ""]

    return Case(name, GROUP, build, check)


def _outcome_says(text: str) -> Check:
    def check(tmp: Path, rc: int, out: str, err: str) -> str | None:
        return None if text in out else f"outcome does not say {text!r}"

    return check


def cli(name: str, files: dict[str, bytes], args: list[str], rc: int, says: str = "", dirs: tuple[str, ...] = (),
        fifo: str | None = None) -> Case:  # fmt: skip
    """``python -m decruft ARGS``; passes when it exits ``rc`` and stderr+stdout hold ``says``."""

    def build(tmp: Path) -> list[str]:
        _write(tmp, files)
        for folder in dirs:
            (tmp / folder).mkdir(parents=True, exist_ok=True)
        if fifo is not None:
            os.mkfifo(tmp / fifo)
        return ["-m", "decruft", *args]

    def check(tmp: Path, code: int, out: str, err: str) -> str | None:
        if code != rc:
            return f"exit {code}, expected {rc}"
        return None if says.lower() in (out + err).lower() else f"output does not say {says!r}"

    return Case(name, GROUP, build, check)


HOST = b'hosts = ["example.com"]\n'
CANONICAL = b'<link rel="canonical" ' * 10_000  # 220 KB (the scan reads 100 KB); 22 KB took 31 s
CUBIC = HOST + b'strip = ["//*[.//*[.//*[.//*]]]"]\n'
DEEP_PAGE = b"<html><body>" + b"<div>" * 200 + b"<p>x</p>" * 20 + b"</div>" * 200 + b"</body></html>"
DOUBLING = HOST + b"replace = [" + b", ".join([b'["a", "aa"]'] * 40) + b"]\n"
MANY = HOST + b"strip = [" + b", ".join(b'".c%d"' % i for i in range(100_000)) + b"]\n"
MANY_FTR = b"".join(b"strip: //div[@id='n%d']\n" % i for i in range(100_000))
WIDE_PAGE = b"<html><body>" + b"<div><p>text</p></div>" * 20_000 + page(2)[12:]
CSS_CHAIN = HOST + b'body = ["' + b" ".join([b"a"] * 660) + b'"]\n'
DEEP_TOML = HOST + b"body = [" + b"[" * 100_000 + b"]" * 100_000 + b"]\n"
FINE = HOST + b'body = ["article"]\n'

CASES: list[Case] = [
    probe("canonical link repeated, rules and no URL", FINE, CANONICAL, None),
    probe("XPath of cubic cost", CUBIC, DEEP_PAGE, check=_outcome_says("too costly"), time_budget=2),
    probe("chained find/replace doubling a 1 KB page 40 times", DOUBLING, PAGE, check=_outcome_says("skipped")),
    probe("100,000 selectors in a TOML file", MANY, PAGE, check=_outcome_says("at most")),
    probe("100,000 selectors in a Full-Text RSS file, time_budget=1", MANY_FTR, WIDE_PAGE, suffix=".txt",
          time_budget=1),  # fmt: skip
    probe("2,000 selectors on a 60,000-element page, time_budget=0.5",
          HOST + b"strip = [" + b", ".join(b'"//div[@id=\'n%d\']"' % i for i in range(2000)) + b"]\n", WIDE_PAGE,
          time_budget=0.5),  # fmt: skip
    cli("660-step CSS chain", {"r.toml": CSS_CHAIN, "p.html": PAGE}, ["--rules", "r.toml", "p.html"], 2, "r.toml:2:"),
    cli("TOML nested 100,000 deep", {"r.toml": DEEP_TOML}, ["rules", "check", "r.toml"], 2, "r.toml:1:"),
    cli("wrap_in of the wrong type", {"r.toml": HOST + b'wrap_in = "div"\n'}, ["rules", "check", "r.toml"], 2,
        "r.toml:2:"),  # fmt: skip
    cli("[[test]] a list of numbers", {"r.toml": HOST + b"test = [1, 2]\n"}, ["rules", "check", "r.toml"], 2,
        "r.toml:2:"),  # fmt: skip
    cli('hosts = "x"', {"r.toml": b'hosts = "x"\n'}, ["rules", "check", "r.toml"], 2, "r.toml:1: hosts must be a list"),
    cli("[[test]] without a page", {"r.toml": FINE + b'[[test]]\ncontains = ["x"]\n'}, ["rules", "test", "r.toml"], 2,
        "r.toml:3:"),  # fmt: skip
    cli("FIFO as --rules", {"p.html": PAGE}, ["--rules", "f.toml", "p.html"], 2, "not a regular file", fifo="f.toml"),
    cli("rules check rules/ with rules/ and warc/ folders here", {"rules/a.toml": FINE},
        ["rules", "check", "rules/"], 0, "1 site(s) loaded", dirs=("warc",)),  # fmt: skip
]
