"""Long-running fuzzing of decruft.extract: ``python tests/fuzz/fuzz_extract.py --minutes 30``.

Hypothesis generates inputs of three kinds: arbitrary bytes, markup assembled
from HTML pieces and cruft phrases, and mutations of the fixture pages
(bytes flipped, cut, spliced, repeated), each with no URL or a malformed one. The property: ``extract`` returns an
Article or raises a ``DecruftError`` — nothing else, within the time budget.
Batches run until the time is up; counts and any failure are printed, and
failing inputs are saved under ``tests/fuzz/crashes/`` (not committed).
"""

from __future__ import annotations

import argparse
import hashlib
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import decruft

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent.parent / "fixtures"
PIECES = [
    "<div>", "</div>", "<p>", "</p>", "<ul><li>", "</li></ul>", "<table><tr><td>", "</td></tr></table>", "<h2>",
    "</h2>", "<br>", "<a href='x'>", "</a>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "&amp;",
    "&#0;", "&#xD800;", "<![CDATA[", "]]>", "<?xml version='1.0' encoding='latin-1'?>", "<!DOCTYPE x [<!ENTITY a 'b'>]>",
    "&a;", "<frameset><frame src='a'>", "<svg><g>", "</svg>", "<math>", "<template>", "<article>", "</article>",
    "<nav>", "</nav>", "<footer>", "<aside class='most-read'>", "<div class='comments'>", "<div hidden>",
    "<meta charset='utf-16'>", "<meta http-equiv='content-type' content='text/html; charset=shift_jis'>",
    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[{\"name\":", "}]}</script>",
    "Most Read", "Comments", "Show more comments", "By", "Updated", "Journalists", "We use cookies",
    "A sentence of text, with commas, here. ", "\u202e", "\ufeff", "\x00", "\ud7ff", "€", "\u00a0",
]  # fmt: skip


def _fixture_pages() -> list[bytes]:
    return [p.read_bytes() for p in sorted(FIXTURES.glob("*/page.*"))]


def mutations(pages: list[bytes]) -> st.SearchStrategy[bytes]:
    page = st.sampled_from(pages)

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(draw(page))
        for _ in range(draw(st.integers(1, 8))):
            op = draw(st.sampled_from(["flip", "cut", "splice", "repeat", "insert"]))
            if not data:
                break
            i = draw(st.integers(0, len(data) - 1))
            if op == "flip":
                data[i] = draw(st.integers(0, 255))
            elif op == "cut":
                del data[i : i + draw(st.integers(1, 2000))]
            elif op == "splice":
                other = draw(page)
                j = draw(st.integers(0, len(other) - 1))
                data[i:i] = other[j : j + draw(st.integers(1, 3000))]
            elif op == "repeat":
                chunk = bytes(data[i : i + draw(st.integers(1, 200))])
                data[i:i] = chunk * draw(st.integers(2, 50))
            else:
                data[i:i] = draw(st.sampled_from(PIECES)).encode("utf-8", "surrogatepass")
        return bytes(data)

    return mutate()


def inputs(pages: list[bytes]) -> st.SearchStrategy[bytes | str]:
    markup = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=200).map("".join)
    return st.one_of(st.binary(max_size=5000), markup, mutations(pages))


#: URL fragments: the URL is metadata, and a malformed one must be as harmless as a missing one.
URL_PIECES = ["http://", "https://", "//", "[", "]", "::1", ":", "99999999", "/", "?", "#", "@", "%", "xn--",
              "www.", "example", ".com", "\x00", " "]  # fmt: skip


def urls() -> st.SearchStrategy[str | None]:
    return st.one_of(st.none(), st.lists(st.one_of(st.sampled_from(URL_PIECES), st.text(max_size=8)), max_size=10).map("".join))


class Stats:
    examples = 0
    failures = 0


def check(source: bytes | str, url: str | None = None) -> None:
    Stats.examples += 1
    try:
        article = decruft.extract(source, url=url, time_budget=10)
        article.to_json()
    except decruft.DecruftError:
        return
    except Exception:
        Stats.failures += 1
        data = source.encode("utf-8", "surrogatepass") if isinstance(source, str) else source
        name = hashlib.sha1(data).hexdigest()[:12]
        crashes = HERE / "crashes"
        crashes.mkdir(exist_ok=True)
        (crashes / f"{name}.bin").write_bytes(data)
        (crashes / f"{name}.txt").write_text(f"url: {url!r}\n{traceback.format_exc()}", encoding="utf-8")
        print(f"FAILURE saved as crashes/{name}.bin:\n{traceback.format_exc()}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    pages = _fixture_pages()
    end = time.monotonic() + args.minutes * 60
    start = time.monotonic()

    @settings(max_examples=args.batch, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(inputs(pages), urls())
    def run(source: bytes | str, url: str | None) -> None:
        check(source, url)

    batches = 0
    while time.monotonic() < end:
        run()
        batches += 1
        elapsed = time.monotonic() - start
        print(f"{elapsed / 60:6.1f} min  batches {batches}  examples {Stats.examples}  failures {Stats.failures}", flush=True)
    print(f"done: {Stats.examples} examples in {(time.monotonic() - start) / 60:.1f} min, {Stats.failures} failures")
    return 1 if Stats.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
