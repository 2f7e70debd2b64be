"""Site memory on the dev sets: body P/R/F1 per host, with and without it.

    python -m bench.sitememory [--datasets ../shared/datasets] [--min-pages 3] [--report 5] [--show]
    python -m bench.sitememory --text       # the sets' own text scrapes (few hosts have 5+)
    python -m bench.sitememory --scrapes    # every host's pages as text scrapes made from their HTML

Hosts come from each page's truth URL, else its canonical link or og:url (the same
``host_of`` site memory uses); every host with ``--min-pages`` pages or more forms the
per-host dev set. For each host, site memory learns from all its pages (as ``decruft
warc --learn`` does on a crawl) and every page is extracted with and without it. Prints
one row per host with ``--report`` pages or more, then the averages over those hosts and
the learning speed. Reads ``../shared/datasets``; prints a note and exits 0 when absent.
Pages are read where they are: nothing is copied.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from bench.datasets import Page, load
from bench.metrics import body_pr, f1

#: Sets with body truth and HTML pages (the text twins have no host to group by).
SETS = ("dragnet", "readability", "trafilatura-half")


def hosts(root: Path, sets: tuple[str, ...] = SETS, min_pages: int = 3, text: bool = False,
          scrapes: bool = False) -> dict[str, list[Page]]:  # fmt: skip
    """Pages with body truth by host. ``text``: the text-scrape twins of the sets (a scrape
    carries no URL or canonical link: its host is its HTML twin's). ``scrapes``: every page
    as a text scrape made from its HTML (:func:`bench.visible.scrape`), so that the hosts of
    the sets without twins (dragnet) count too."""
    from decruft._decode import decode_exact
    from decruft.sitememory import host_of

    if scrapes:
        from bench.visible import scrape

        return {host: [Page(p.id, scrape(p.raw).encode("utf-8"), {**p.truth, "url": f"https://{host}/"}) for p in pages]
                for host, pages in hosts(root, sets, min_pages).items()}  # fmt: skip

    by_host: dict[str, list[Page]] = defaultdict(list)
    for name in sets:
        path = root / name
        if not (path / "truth.jsonl").exists():
            continue
        twins = {p.id: p for p in load(root / f"{name}-text")} if text and (root / f"{name}-text").exists() else {}
        if text and not twins:
            continue
        for page in load(path):
            if not page.truth.get("body"):
                continue
            host = host_of(page.url, decode_exact(page.raw)[0])
            if host and text:
                twin = twins.get(page.id)
                if twin is not None:
                    by_host[host].append(Page(twin.id, twin.raw, {**twin.truth, "url": f"https://{host}/"}))
            elif host:
                by_host[host].append(page)
    return {h: ps for h, ps in sorted(by_host.items()) if len(ps) >= min_pages}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sitememory")
    parser.add_argument("--datasets", default="../shared/datasets")
    parser.add_argument("--min-pages", type=int, default=3, help="hosts with this many pages form the dev set")
    parser.add_argument("--report", type=int, default=5, help="report hosts with this many pages or more")
    parser.add_argument("--host", action="append", default=[], help="only these hosts")
    parser.add_argument("--min-share", type=float, default=None, help="learning threshold (default: MIN_SHARE)")
    parser.add_argument("--speed", type=int, metavar="N",
                        help="only time learning N dragnet pages given as one host (the 1,000-page target); "
                        "with --host, that host's pages repeated to N")
    parser.add_argument("--text", action="store_true", help="the text-scrape twins (readability-text, ...)")
    parser.add_argument("--scrapes", action="store_true",
                        help="every host's pages as text scrapes made from their HTML (a line per block element)")
    parser.add_argument("--show", action="store_true", help="print every removal site memory makes")
    args = parser.parse_args(argv)
    root = Path(args.datasets)
    if not root.exists():
        print(f"{root} not found: nothing to measure")
        return 0
    from decruft import Extractor
    from decruft.sitememory import Learner, SiteMemory

    if args.speed:
        return _speed(root, args.speed, args.host[0] if args.host else None)
    groups = hosts(root, min_pages=args.min_pages, text=args.text, scrapes=args.scrapes)
    if args.host:
        groups = {h: ps for h, ps in groups.items() if h in args.host}
    plain = Extractor()
    rows = []
    learn_time = 0.0
    learned_pages = 0
    for host, pages in groups.items():
        learner = Learner() if args.min_share is None else Learner(min_share=args.min_share)
        t0 = time.process_time()
        for page in pages:
            learner.add(page.raw, url=page.url)
        learner.templates()
        learn_time += time.process_time() - t0
        memory = SiteMemory.from_learner(learner, tests=False)
        learned_pages += len(pages)
        smart = Extractor(site_memory=memory)
        sums = [0.0, 0.0, 0.0, 0.0]
        removed = 0
        for page in pages:
            truth = page.truth["body"]
            a = plain.extract(page.raw, url=page.url).text
            art = smart.extract(page.raw, url=page.url)
            p0, r0 = body_pr(a, truth)
            p1, r1 = body_pr(art.text, truth)
            for i, v in enumerate((p0, r0, p1, r1)):
                sums[i] += v
            mine = [r for r in art.removed if r.rule == "site-memory"]
            removed += len(mine)
            if args.show and mine:
                print(f"  {host} {page.id} P {p0:.3f}->{p1:.3f} R {r0:.3f}->{r1:.3f}")
                for r in mine:
                    print(f"      - {r.text[:110]}")
        n = len(pages)
        p0, r0, p1, r1 = (s / n for s in sums)
        learned = (len(memory.sites.rules[0].strip) + len(memory.sites.rules[0].strip_lines)) if len(memory) else 0
        rows.append((host, n, learned, removed, p0, r0, f1(p0, r0), p1, r1, f1(p1, r1)))
    print(f"{'host':<32} {'pages':>5} {'sel':>4} {'rm':>4}  {'P':>6} {'R':>6} {'F1':>6}  ->  {'P':>6} {'R':>6} {'F1':>6}  {'dF1':>7}")
    shown = [r for r in rows if r[1] >= args.report]
    for host, n, sel, removed, p0, r0, f0, p1, r1, f_1 in shown:
        print(f"{host[:32]:<32} {n:>5} {sel:>4} {removed:>4}  {p0:.4f} {r0:.4f} {f0:.4f}  ->  {p1:.4f} {r1:.4f} {f_1:.4f}  {f_1 - f0:+.4f}")
    if shown:
        k = len(shown)
        dp = sum(r[7] - r[4] for r in shown) / k
        dr = sum(r[8] - r[5] for r in shown) / k
        df = sum(r[9] - r[6] for r in shown) / k
        lower = [r[0] for r in shown if r[9] < r[6] - 1e-9]
        higher = sum(1 for r in shown if r[9] > r[6] + 1e-9)
        print(f"\n{k} hosts with {args.report}+ pages ({sum(r[1] for r in shown)} pages): mean dP {dp:+.4f}, "
              f"mean dR {dr:+.4f}, mean dF1 {df:+.4f}; F1 higher on {higher}, lower on {len(lower)}"
              + (f" ({', '.join(lower)})" if lower else ""))
    print(f"learning: {learned_pages} pages of {len(groups)} hosts in {learn_time:.2f} s of CPU "
          f"({learned_pages / learn_time if learn_time else 0:.0f} pages/s)")
    return 0


def _speed(root: Path, n: int, host: str | None = None) -> int:
    """Learning ``n`` pages of one host: the pages of dragnet (real 2012 news pages of
    many sites, so larger and more varied than one site's), all given one URL host; with
    ``host``, that host's pages of the dev set over and over, each copy's first paragraph
    made its own (a word of letters put in front), so that the template repeats on every
    page and the articles do not."""
    from decruft.sitememory import Learner

    if host is None:
        pages = load(root / "dragnet", limit=n)
        sources = [page.raw for page in pages]
    else:
        own = hosts(root, min_pages=1).get(host, [])
        if not own:
            print(f"{host}: no pages with body truth")
            return 1
        sources = [_copy(own[i % len(own)].raw, i) for i in range(n)]
    learner = Learner()
    wall, cpu = time.perf_counter(), time.process_time()
    for raw in sources:
        learner.add(raw, url="https://one-host.example/")
    templates = learner.templates()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    size = sum(len(raw) for raw in sources) / len(sources) / 1024
    print(f"learning {len(sources)} pages of one host (mean {size:.0f} KiB): {cpu:.2f} s CPU, {wall:.2f} s wall; "
          f"{sum(len(t.strip) for t in templates.values())} strip selectors")
    return 0


def _copy(raw: bytes, i: int) -> bytes:
    """``raw`` with a word of letters (``copy`` and ``i`` in base 26) before its first paragraph's text."""
    word = "copy"
    while True:
        word += chr(97 + i % 26)
        i //= 26
        if not i:
            break
    return raw.replace(b"<p>", f"<p>{word} ".encode(), 1)


if __name__ == "__main__":
    sys.exit(main())
