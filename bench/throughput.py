"""Throughput of the whole coder against spaCy alone on the same texts, in the same run.

    .venv/bin/python bench/throughput.py                  # smoke size: 200 Reuters-21578 bodies
    .venv/bin/python bench/throughput.py --n 2000         # larger
    .venv/bin/python bench/throughput.py --corpus guardian  # real political news (Guardian sample)
    .venv/bin/python bench/throughput.py --corpus ngec    # event-dense political stories (NGEC synthetic)

Reads ../shared/data/reuters21578, guardian_sample or ngec_synthetic (skips with a message when
absent); Guardian articles in the held-out test gold (``gold/heldout-test``) are left out.  Reports stories/s, words/s, the ratio (newsevents / spaCy alone) and the coder's own
time over spaCy's parse of the same docs; speed targets live here, never in unit tests.  The
Reuters bodies are mostly economic news with few events; the Guardian articles are long political
news and opinion; the NGEC stories are short synthetic political stories packed with events, where
the coder's own share of the time is largest.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "reuters21578" / "json-data"
NGEC = Path(__file__).resolve().parents[2] / "shared" / "data" / "ngec_synthetic" / "gpt_synthetic_events_2023-10-19_19.csv"
GUARDIAN = Path(__file__).resolve().parents[2] / "shared" / "data" / "guardian_sample" / "Guardian_SDF_sample.csv"
#: Publication date given to stories that carry none (Reuters-21578 and NGEC).
PUBLISHED = "1987-03-01"


#: Stories parsed and then coded together when timing the coder's share (see :func:`main`).
BATCH = 20
#: The stages after the parse, by the functions of ``newsevents.pipeline`` that run them; the coder's
#: time not spent in these (mention assembly, domestic codes, merging, explanation, confidence) is
#: the events stage's.  Actor resolution has its own budget (under 5% of extraction, bench/actors.py).
STAGES = {"actors": ("annotate_actors",), "time": ("date_event",),
          "place": ("toponym_spans", "place_event", "dateline_place", "phrase_country")}


def _stage_clocks(module) -> dict[str, float]:
    """Wrap ``module``'s stage functions (:data:`STAGES`) so that each adds its CPU seconds to the
    returned dict; the wrappers stay for the rest of the process (a bench run)."""
    spent = dict.fromkeys(STAGES, 0.0)
    for stage, names in STAGES.items():
        for name in names:
            def timed(*a, _f=getattr(module, name), _stage=stage, **k):
                c0 = time.process_time()
                try:
                    return _f(*a, **k)
                finally:
                    spent[_stage] += time.process_time() - c0
            setattr(module, name, timed)
    return spent


#: The held-out test half of our gold (``gold/heldout-test``), which no run but its own
#: measurement may code: its Guardian articles are left out of the Guardian bench.
HELD_OUT_TEST = Path(__file__).resolve().parents[1] / "gold" / "heldout-test"


def _held_out_test_ids() -> set[str]:
    """Story ids (``Guardian_SDF_sample:N``) of the held-out test articles, read from the first
    ``story_id:`` line of each of ``gold/heldout-test``'s YAML files (nothing else of them is read);
    an empty set when the folder is absent."""
    ids = set()
    for f in sorted(HELD_OUT_TEST.glob("*.yaml")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("story_id:"):
                    ids.add(line.split(":", 1)[1].strip().strip('"'))
                    break
    return ids


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="number of stories with a body")
    ap.add_argument("--corpus", choices=("reuters", "guardian", "ngec"), default="reuters",
                    help="Reuters-21578 bodies (default), Guardian articles or NGEC synthetic political stories")
    args = ap.parse_args()
    source = {"reuters": DATA, "guardian": GUARDIAN, "ngec": NGEC}[args.corpus]
    if not source.exists():
        print(f"skipped: {source} not found (../shared is not beside this checkout)")
        return 0
    from newsevents.pipeline import get_pipeline
    from newsevents.read import RawArticle
    from newsevents.records import Article

    if args.corpus == "ngec":
        from newsevents.eval.gold import read_ngec_synthetic
        bodies = [(s.story_id, s.text, PUBLISHED) for s in read_ngec_synthetic(NGEC, args.n)]
    elif args.corpus == "guardian":
        from newsevents.read import read_path
        held_out = _held_out_test_ids()
        bodies = [(a.story_id, a.content, a.published) for a in read_path(GUARDIAN)
                  if isinstance(a, RawArticle) and a.story_id not in held_out][:args.n]
    else:
        from ingest import sample  # the bench beside this one: Reuters bodies as the reader gives them
        bodies = [(r["id"], r["text"], PUBLISHED) for r in sample(args.n)]
    pipe = get_pipeline()
    words = sum(len(b.split()) for _, b, _ in bodies)
    # warm up spaCy and the coder: their one-off matcher, table and date-parser builds are loading,
    # not parsing or coding (an event dated "last month" reaches dateparser, whose first call
    # compiles its tables, about 0.3 s; a weekday does not, nor a whole calendar date, which the
    # standard library reads)
    list(pipe.run([RawArticle("warm-up", "Police arrested 12 protesters in Minsk on Monday, officials said. "
                              "Russia and Belarus signed a trade deal on September 24, 2019. "
                              "Belarus and Russia held talks last month.",
                              published="1987-03-01")]))
    # spaCy's parse, then the coder alone on the very docs just parsed (raw text, no cleaning),
    # batch by batch so that both see the same load on a shared machine; before the whole-pipeline
    # run, so that no per-phrase cache holds these texts' answers yet
    spacy_s = spacy_cpu = coding_s = coding_cpu = 0.0
    import newsevents.pipeline
    stage_cpu = _stage_clocks(newsevents.pipeline)
    for k in range(0, len(bodies), BATCH):
        batch = bodies[k:k + BATCH]
        t0, c0 = time.perf_counter(), time.process_time()
        docs = list(pipe.nlp.pipe([b for _, b, _ in batch]))
        spacy_s, spacy_cpu = spacy_s + time.perf_counter() - t0, spacy_cpu + time.process_time() - c0
        t0, c0 = time.perf_counter(), time.process_time()
        for (i, b, day), doc in zip(batch, docs):
            pipe.code_doc(doc, Article(story_id=i, text=b, published=day))
        coding_s, coding_cpu = coding_s + time.perf_counter() - t0, coding_cpu + time.process_time() - c0
    stage_cpu = dict(stage_cpu)  # the coder loop's own; the whole-pipeline run below adds to the clocks
    t0 = time.perf_counter()
    results = list(pipe.run(RawArticle(i, b, published=day) for i, b, day in bodies))
    ours_s = time.perf_counter() - t0
    events = sum(len(r.events) for r in results)
    print(f"{len(bodies)} stories, {words:,} words, {events} events")
    print(f"spaCy alone : {len(bodies) / spacy_s:8.1f} stories/s {words / spacy_s:10.0f} words/s")
    print(f"newsevents  : {len(bodies) / ours_s:8.1f} stories/s {words / ours_s:10.0f} words/s")
    print(f"ratio newsevents / spaCy alone: {spacy_s / ours_s:.2f}  (whole pipeline on cleaned text)")
    # wall-clock time moves with whatever else the machine runs; CPU time of this process does much
    # less (spaCy's parse runs on one thread here, so both clocks measure the same work when idle)
    print(f"event coding / spaCy parse of the same docs: {coding_s / spacy_s:.3f} wall clock, "
          f"{coding_cpu / spacy_cpu:.3f} CPU time  (target <= 0.15)")
    events_cpu = coding_cpu - sum(stage_cpu.values())
    shares = ", ".join(f"{k} {v / spacy_cpu:.3f}" for k, v in [*stage_cpu.items(), ("events", events_cpu)])
    print(f"  by stage, CPU time / spaCy parse CPU time: {shares}")
    print(f"  events stage alone / spaCy parse: {events_cpu / spacy_cpu:.2f} CPU time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
