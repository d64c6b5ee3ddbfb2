"""Throughput of the whole coder against spaCy alone on the same texts, in the same run.

    .venv/bin/python bench/throughput.py            # smoke size: 200 Reuters-21578 bodies
    .venv/bin/python bench/throughput.py --n 2000   # larger

Reads ../shared/data/reuters21578 (skips with a message when absent).  Reports stories/s,
words/s and the ratio (newsevents / spaCy alone); speed targets live here, never in unit tests.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "reuters21578" / "json-data"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="number of stories with a body")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found (../shared is not beside this checkout)")
        return 0
    from newsevents.pipeline import get_pipeline
    from newsevents.read import RawArticle

    from ingest import sample  # the bench beside this one: Reuters bodies as the reader gives them

    bodies = [(r["id"], r["text"]) for r in sample(args.n)]
    pipe = get_pipeline()
    words = sum(len(b.split()) for _, b in bodies)
    pipe.nlp("warm up")
    t0 = time.perf_counter()
    for _ in pipe.nlp.pipe([b for _, b in bodies]):
        pass
    spacy_s = time.perf_counter() - t0
    # warm up the coder too, as spaCy was: its one-off matcher and cache builds are loading, not coding
    list(pipe.run([RawArticle("warm-up", "Police arrested 12 protesters in Minsk on Monday, officials said.",
                              published="1987-03-01")]))
    t0 = time.perf_counter()
    results = list(pipe.run(RawArticle(i, b, published="1987-03-01") for i, b in bodies))
    ours_s = time.perf_counter() - t0
    events = sum(len(r.events) for r in results)
    print(f"{len(bodies)} stories, {words:,} words, {events} events")
    print(f"spaCy alone : {len(bodies) / spacy_s:8.1f} stories/s {words / spacy_s:10.0f} words/s")
    print(f"newsevents  : {len(bodies) / ours_s:8.1f} stories/s {words / ours_s:10.0f} words/s")
    print(f"ratio newsevents / spaCy alone: {spacy_s / ours_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
