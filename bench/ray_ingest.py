"""Throughput of ``ingest --engine ray`` against the local engine, in the same run, and from 1
to 2 actors; checks that both engines store the same records.

    .venv/bin/python bench/ray_ingest.py --n 500 --json bench/results/ray-ingest-500.json

The first N Reuters-21578 bodies of ../shared/data (skips with a message when absent; the same
sample as ``bench/ingest.py``) are written to one JSON Lines file, then ingested into fresh
databases:

1. the local engine, ``--workers`` processes (default all cores);
2. the Ray engine with 1 actor, then with ``--workers`` actors, on one local Ray instance
   (loopback, ``--workers`` CPUs, started once before both: its start-up time is reported
   apart, as a cluster one joins is already running).

Times are wall time including model loading (each Ray actor loads its own pipeline; the local
engine loads it once and forks).  Reports stories/s, the ratio Ray / local (throughput), the
1 -> N actor speed-up, and whether the Ray database and the local one hold the same story ids,
event ids and rows (stories, events, event_actors, failures; run ids and timings excluded).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")  # the local instance on 127.0.0.1

from ingest import DATA, sample  # noqa: E402  (bench/ingest.py)

TABLES = {
    "stories": "hash, story_id, source, title, published, publisher, url, byline, dateline_place, language, text, "
               "removed, words, n_events",
    "events": "*",
    "event_actors": "*",
    "failures": "hash, story_id, source, reason",
}


def snapshot(db: Path) -> dict[str, list[str]]:
    from newsevents.store import connect

    con = connect(db, read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT {cols} FROM {t}").fetchall())) for t, cols in TABLES.items()}
    finally:
        con.close()


def event_ids(db: Path) -> list[tuple[str, str]]:
    from newsevents.store import connect

    con = connect(db, read_only=True)
    try:
        return con.execute("SELECT story_id, id FROM events ORDER BY ALL").fetchall()
    finally:
        con.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500, help="the first N Reuters bodies (default 500)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="local processes and Ray actors")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found (../shared is not beside this checkout)")
        return 0
    rows = sample(args.n)
    words = sum(len(r["text"].split()) for r in rows)
    print(f"{len(rows):,} Reuters-21578 bodies, {words:,} words, {args.workers} process(es)/actor(s)", flush=True)

    import ray

    from newsevents.store import ingest
    from newsevents.store.ray_engine import ingest_ray

    out: dict = {"stories": len(rows), "words": words, "workers": args.workers, "batch_size": args.batch_size,
                 "cores": os.cpu_count(), "ray": ray.__version__}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "reuters.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

        def line(name: str, r) -> dict:
            done = r.stored + r.failed - r.unreadable
            print(f"{name:<14}: {done / r.seconds:7.2f} stories/s ({r.seconds:.1f} s, {r.stored} stored, "
                  f"{r.failed} failed, {r.events} events, peak {r.max_worker_mb:,.0f} MB per worker)", flush=True)
            return {"seconds": round(r.seconds, 2), "stories_per_s": round(done / r.seconds, 2), "stored": r.stored,
                    "failed": r.failed, "events": r.events, "peak_mb_per_worker": round(r.max_worker_mb)}

        local_db = Path(tmp) / "local.duckdb"
        out["local"] = line("local", ingest([corpus], local_db, workers=args.workers, batch_size=args.batch_size,
                                            progress=False))

        t0 = time.perf_counter()
        ray.init(num_cpus=args.workers, include_dashboard=False, object_store_memory=500 * 2**20, log_to_driver=False)
        out["ray_init_seconds"] = round(time.perf_counter() - t0, 2)
        print(f"ray.init      : {out['ray_init_seconds']:.1f} s (not counted below)", flush=True)
        try:
            dbs = {}
            for actors in (1, args.workers):
                db = dbs[actors] = Path(tmp) / f"ray-{actors}.duckdb"
                r = ingest_ray([corpus], db, actors=actors, batch_size=args.batch_size, progress=False)
                out[f"ray_{actors}_actors"] = line(f"ray, {actors} actor(s)", r)
        finally:
            ray.shutdown()

        ray_n = out[f"ray_{args.workers}_actors"]
        out["ratio_ray_to_local"] = round(ray_n["stories_per_s"] / out["local"]["stories_per_s"], 3)
        out["speedup_1_to_n_actors"] = round(ray_n["stories_per_s"] / out["ray_1_actors"]["stories_per_s"], 3)
        print(f"throughput ratio Ray ({args.workers} actors) / local ({args.workers} processes): "
              f"{out['ratio_ray_to_local']:.2f}; 1 -> {args.workers} actors: x{out['speedup_1_to_n_actors']:.2f}")

        local_ids, local_rows = event_ids(local_db), snapshot(local_db)
        for actors, db in dbs.items():
            same_ids, same_rows = event_ids(db) == local_ids, snapshot(db) == local_rows
            out[f"identical_{actors}_actors"] = {"event_ids": same_ids, "rows": same_rows, "events": len(local_ids)}
            print(f"ray, {actors} actor(s) vs local: identical event ids {same_ids} ({len(local_ids)} events), "
                  f"identical rows {same_rows}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
