"""Throughput of ``newsevents ingest`` against spaCy alone on the same texts, in the same run.

    .venv/bin/python bench/ingest.py --smoke     # CI size: 200 Reuters-21578 bodies
    .venv/bin/python bench/ingest.py --n 1000    # a sample
    .venv/bin/python bench/ingest.py --full      # all 19,043 bodies, the folder as the CLI reads it

The first N bodies of ../shared/data/reuters21578 (skips with a message when absent) are written
to a JSON Lines file exactly as the Reuters reader gives them; then, with the same number of
processes (``--workers``, default all cores):

1. spaCy alone: ``nlp.pipe(texts, n_process=workers)`` with the pipeline newsevents loads;
2. ``ingest`` of that file into a fresh database (model loading, cleaning, coding, writes);
   with ``--full``, of the Reuters folder itself, as ``newsevents ingest .../json-data`` does
   (the 2,535 stories without a body go to ``failures`` and are not counted as coded).

Both times are wall time including model loading.  Reports stories/s, words/s (words of the
raw text), the ratio ingest / spaCy alone (target >= 0.85) and peak memory per worker process
(target <= 1.5 GB); ``--json FILE`` writes the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "reuters21578" / "json-data"
SMOKE, FULL = 200, 19_043


def sample(n: int | None) -> list[dict]:
    """The first ``n`` Reuters-21578 bodies as JSON Lines rows (all when None)."""
    from newsevents.read import reuters_rows

    return reuters_rows(DATA, n)


def spacy_alone(texts: list[str], workers: int) -> tuple[float, float]:
    """Seconds for nlp.pipe over ``texts`` (model load included) and the peak RSS (MB) of the
    processes that parsed (the children when n_process > 1)."""
    t0 = time.perf_counter()
    from newsevents import nlp as nlp_stage

    nlp = nlp_stage.load()
    for _ in nlp.pipe(texts, n_process=workers, batch_size=32):
        pass
    seconds = time.perf_counter() - t0
    who = resource.RUSAGE_CHILDREN if workers > 1 else resource.RUSAGE_SELF
    return seconds, resource.getrusage(who).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--smoke", action="store_true", help=f"{SMOKE} stories (the default)")
    size.add_argument("--full", action="store_true", help=f"all {FULL:,} bodies")
    size.add_argument("--n", type=int, help="the first N bodies")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--db", type=Path, help="keep the database here (default: a temporary file)")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found (../shared is not beside this checkout)")
        return 0
    n = None if args.full else (args.n or SMOKE)
    rows = sample(n)
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(rows):,} Reuters-21578 bodies, {words:,} words, {args.workers} process(es)", flush=True)

    spacy_s, spacy_mb = spacy_alone(texts, args.workers)
    print(f"spaCy alone : {len(rows) / spacy_s:8.2f} stories/s {words / spacy_s:10,.0f} words/s "
          f"({spacy_s:.1f} s, peak {spacy_mb:,.0f} MB per process)", flush=True)

    from newsevents.store import ingest

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "reuters.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        db = args.db or Path(tmp) / "bench.duckdb"
        report = ingest([DATA if args.full else corpus], db, workers=args.workers, progress=sys.stderr.isatty())
    done = report.stored + report.failed - report.unreadable
    print(f"ingest      : {done / report.seconds:8.2f} stories/s {words / report.seconds:10,.0f} words/s "
          f"({report.seconds:.1f} s, {report.stored:,} stored, {report.failed:,} failed, {report.events:,} events, "
          f"peak {report.max_worker_mb:,.0f} MB per worker)")
    ratio = spacy_s / report.seconds
    print(f"ratio ingest / spaCy alone: {ratio:.2f} (target >= 0.85); "
          f"peak memory per worker {report.max_worker_mb / 1024:.2f} GB (target <= 1.5 GB)")
    if args.json:
        args.json.write_text(json.dumps({
            "stories": len(rows), "words": words, "workers": args.workers,
            "spacy_seconds": round(spacy_s, 2), "spacy_peak_mb": round(spacy_mb),
            "ingest_seconds": round(report.seconds, 2), "stored": report.stored, "failed": report.failed,
            "events": report.events, "ingest_peak_mb_per_worker": round(report.max_worker_mb),
            "stories_per_s": round(done / report.seconds, 2), "words_per_s": round(words / report.seconds),
            "ratio_to_spacy": round(ratio, 3)}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
