"""The Ray engine (``ingest --engine ray``) gives the local engine's records: same story ids,
event ids and rows.  A local Ray head on loopback with 2 CPUs is started here and stopped at
the end of the module."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")  # bind the local head to 127.0.0.1
ray = pytest.importorskip("ray", reason="ray[data] not installed (pip install -e '.[test]')")

from conftest import DATA, need  # noqa: E402
from newsevents.store import connect, ingest  # noqa: E402
from newsevents.store.dedup import dedup  # noqa: E402
from newsevents.store.ray_engine import ITEM_SCHEMA, RESULT_SCHEMA, StoryCoder, ingest_ray, item_row  # noqa: E402
from test_store import snapshot, write_corpus  # noqa: E402

REUTERS = DATA / "reuters21578" / "json-data"
N_REUTERS = 30


@pytest.fixture(scope="module")
def ray_head():
    """A local Ray head: 2 CPUs, 500 MB object store, no dashboard; shut down afterwards."""
    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=500 * 2**20, log_to_driver=False)
    try:
        yield ray
    finally:
        ray.shutdown()


def reuters_rows(n: int) -> list[dict]:
    from newsevents.read import reuters_rows as rows

    return rows(REUTERS, n)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A folder with: 40 synthetic wire stories plus an empty one, a copy and a broken line
    (JSON Lines); a plain-text article; and, when ../shared is there, 30 Reuters-21578 stories
    as a Parquet shard."""
    folder = tmp_path_factory.mktemp("ray-corpus")
    jsonl = write_corpus(folder)
    with jsonl.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    (folder / "note.txt").write_text("MOSCOW, June 3 - Russia expelled two British diplomats on Monday, "
                                     "the foreign ministry said.\n", encoding="utf-8")
    if REUTERS.exists():
        pq.write_table(pa.Table.from_pylist(reuters_rows(N_REUTERS)), folder / "reuters.parquet")
    return folder


@pytest.fixture(scope="module")
def local_db(corpus, pipeline, tmp_path_factory):
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    report = ingest([corpus], db, workers=1, batch_size=4, progress=False)
    con = connect(db)
    dedup(con)
    con.close()
    return db, report


@pytest.fixture(scope="module")
def ray_db(corpus, ray_head, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ray")
    db = folder / "ray.duckdb"
    report = ingest_ray([corpus], db, actors=2, batch_size=4, progress=False, shards=folder / "shards",
                        keep_shards=True)
    con = connect(db)
    dedup(con)
    con.close()
    return db, report


def event_ids(db: Path) -> list[tuple[str, str]]:
    con = connect(db, read_only=True)
    try:
        return con.execute("SELECT story_id, id FROM events ORDER BY story_id, id").fetchall()
    finally:
        con.close()


def test_ray_engine_gives_the_local_engines_tables(local_db, ray_db, corpus):
    (ldb, local), (rdb, remote) = local_db, ray_db
    n_reuters = N_REUTERS if REUTERS.exists() else 0
    assert remote.workers == 2 and len(remote.peak_rss_mb) >= 1
    assert remote.counts() == local.counts()
    # 40 + note.txt (+ Reuters, one of them told twice in the first 30); the copy of s00 is skipped
    assert remote.stored + remote.skipped == 42 + n_reuters and remote.skipped == 1 + (n_reuters > 0)
    assert remote.failed == 2 and remote.unreadable == 2  # the empty story, the broken line
    ids = event_ids(rdb)
    assert ids == event_ids(ldb) and len(ids) == remote.events
    if n_reuters:  # 63 records on 2026-12-02 (48 of them from the 40 synthetic stories; 71 and 56
        # before the act a verb of threatening names lost its own record, 62 and 47 before "met his
        # counterpart from X" and a dateline subject were read)
        assert len(ids) == pytest.approx(63, abs=6)
    assert snapshot(rdb) == snapshot(ldb)  # stories, events, actors, failures, de-duplicated events
    con = connect(rdb, read_only=True)
    failures = con.execute("SELECT story_id, reason FROM failures ORDER BY story_id").fetchall()
    (engine,) = con.execute("SELECT config->>'engine' FROM runs").fetchone()
    con.close()
    assert failures == [("corpus:43", f"broken JSON ({corpus / 'corpus.jsonl'}, line 43, column 2): "
                                      "expecting property name enclosed in double quotes"), ("empty", "empty article")]
    assert engine == "ray"


def test_reuters_sample_same_event_ids_and_records(local_db, ray_db):
    need(REUTERS)
    (ldb, _), (rdb, _) = local_db, ray_db
    queries = ["SELECT story_id, title, published, text, words, n_events FROM stories WHERE source LIKE '%.parquet'",
               "SELECT e.* FROM events e JOIN stories s ON s.hash = e.story_hash WHERE s.source LIKE '%.parquet'"]
    for q in queries:
        rows = []
        for db in (ldb, rdb):
            con = connect(db, read_only=True)
            rows.append(sorted(map(repr, con.execute(q).fetchall())))
            con.close()
        assert rows[0] == rows[1] and rows[0]
    con = connect(rdb, read_only=True)
    (n,) = con.execute("SELECT count(*) FROM stories WHERE story_id LIKE 'reut2-000:%'").fetchone()
    con.close()
    assert n == len({r["text"] for r in reuters_rows(N_REUTERS)})  # one story is told twice: stored once


def test_shards_hold_the_stored_rows(ray_db):
    db, report = ray_db
    shards = sorted((db.parent / "shards").glob("part-*.parquet"))
    assert shards
    table = pa.concat_tables(pq.read_table(s) for s in shards)
    assert table.schema.equals(RESULT_SCHEMA)
    rows = table.to_pylist()
    assert len(rows) == report.read
    stored = [r for r in rows if r["story"] is not None]
    con = connect(db, read_only=True)
    n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    # the copy of s00 was coded too but merged as skipped: one story's events more in the shards
    copy = next(r for r in rows if r["story_id"] == "s00-copy")
    assert sum(len(r["events"]) for r in stored) == n_events + len(copy["events"])


def test_rerun_adds_nothing(ray_db, corpus):
    """The same command again, through the CLI: every story is skipped by hash before it is
    submitted, nothing is written, merged shards are deleted."""
    from typer.testing import CliRunner

    from newsevents.cli import app

    db, _ = ray_db
    before = snapshot(db)
    shards = db.parent / "rerun-shards"
    result = CliRunner().invoke(app, ["ingest", "--engine", "ray", "-j", "1", "--batch-size", "4", "--db", str(db),
                                      "--shards", str(shards), str(corpus)])
    assert result.exit_code == 0, result.output
    assert "0 stories stored (0 events), 0 failed" in result.output
    assert snapshot(db) == before
    assert not shards.exists()
    con = connect(db, read_only=True)
    runs = con.execute("SELECT status, stored, failed, skipped = read FROM runs ORDER BY run_id").fetchall()
    con.close()
    assert runs[-1] == ("done", 0, 0, True) and len(runs) == 2


def test_killed_run_leftover_shards_merge_without_doubling(ray_db, corpus, tmp_path):
    """A run killed after writing its shards but before merging them: the next run merges the
    leftovers first, then finds every story stored and codes nothing."""
    db, _ = ray_db
    killed = tmp_path / "killed.duckdb"
    shutil.copytree(db.parent / "shards", tmp_path / "killed.duckdb.shards")
    report = ingest_ray([corpus], killed, actors=1, batch_size=4, progress=False)
    assert report.stored == snapshot_count(db, "stories") and report.skipped == report.read
    assert not (tmp_path / "killed.duckdb.shards").exists()
    con = connect(killed)
    dedup(con)
    con.close()
    assert snapshot(killed) == snapshot(db)


def snapshot_count(db: Path, table: str) -> int:
    con = connect(db, read_only=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_a_story_that_keeps_raising_becomes_a_failure(pipeline, monkeypatch):
    """The actor's batch function, in this process: the pipeline raises on the whole batch and
    again on one story alone; that story is a failure row, the others are coded."""
    import importlib

    from newsevents.read import RawArticle

    ingest_mod = importlib.import_module("newsevents.store.ingest")

    real_run = pipeline.run

    def flaky(items, batch_size=16):
        items = list(items)
        if any("poison" in getattr(i, "content", "") for i in items):
            raise RuntimeError("boom")
        return real_run(items, batch_size=batch_size)

    monkeypatch.setattr(ingest_mod, "_PIPE", pipeline)
    monkeypatch.setattr(pipeline, "run", flaky)
    texts = ["Russia accused Ukraine of shelling the plant on Monday.", "poison pill story about nothing.",
             "China signed a trade agreement with Japan on Tuesday."]
    rows = [item_row(f"h{i}", "x.jsonl", RawArticle(f"s{i}", t), skip=False) for i, t in enumerate(texts)]
    out = StoryCoder()(pa.Table.from_pylist(rows, schema=ITEM_SCHEMA)).to_pylist()
    assert [r["story_id"] for r in out] == ["s0", "s1", "s2"]
    assert out[1]["failure"] == "internal error: RuntimeError: boom" and out[1]["story"] is None
    assert out[0]["failure"] is None and out[0]["story"]["story_id"] == "s0" and out[0]["events"]
    assert out[2]["failure"] is None and out[2]["story"]["story_id"] == "s2" and out[2]["events"]


def test_merge_counts_a_story_that_failed_in_an_earlier_run_apart(tmp_path):
    """A shard row skipped because its hash is in ``failures`` is counted in ``failed_before``,
    one whose hash is a stored story is not (no cluster needed: the merge alone)."""
    from newsevents.store.ray_engine import merge_shard

    con = connect(tmp_path / "m.duckdb")
    con.execute("INSERT INTO failures VALUES ('h-fail', 'blank', 'in/blank.txt', 'empty article', 1)")
    rows = [{"hash": h, "source": f"in/{sid}.txt", "story_id": sid, "skipped": True, "unreadable": False,
             "events": [], "actors": [], "pid": 1, "rss_mb": 0.0} for h, sid in (("h-fail", "blank"), ("h-ok", "good"))]
    counts = merge_shard(con, pa.Table.from_pylist(rows, schema=RESULT_SCHEMA), 2, {"h-fail", "h-ok"},
                         ids={"h-fail": "blank", "h-ok": "good"}, failed={"h-fail"})
    con.close()
    assert (counts["read"], counts["skipped"], counts["failed_before"], counts["same_text"]) == (2, 2, 1, 0)


def test_merge_replaces_the_failure_row_of_a_story_tried_again(tmp_path):
    """``--retry-failures`` on Ray: a story in ``retry`` that fails again replaces its old
    ``failures`` row (one row, the new run's); the failure of another input is kept."""
    from newsevents.store.ray_engine import merge_shard

    con = connect(tmp_path / "m.duckdb")
    con.execute("INSERT INTO failures VALUES ('h-a', 'a', 'in/a.txt', 'empty article', 1)")
    con.execute("INSERT INTO failures VALUES ('h-b', 'b', 'other/b.txt', 'not English: language de', 1)")
    rows = [{"hash": "h-a", "source": "in/a.txt", "story_id": "a", "skipped": False, "unreadable": False,
             "failure": "empty article", "story": None, "events": [], "actors": [], "pid": 1, "rss_mb": 0.0}]
    counts = merge_shard(con, pa.Table.from_pylist(rows, schema=RESULT_SCHEMA), 2, set(), ids={}, failed=set(),
                         retry={"h-a", "h-b"})
    got = con.execute("SELECT hash, run_id FROM failures ORDER BY hash").fetchall()
    con.close()
    assert counts["failed"] == 1
    assert got == [("h-a", 2), ("h-b", 1)]


def _result_rows(*rows: tuple[str, str, str | None]) -> pa.Table:
    """Shard rows (hash, story id, failure reason or None for a stored story with no events)."""
    out = []
    for h, sid, failure in rows:
        story = None if failure else {"hash": h, "story_id": sid, "source": "in/c.jsonl", "text": f"text {sid}",
                                      "words": 2, "n_events": 0}
        out.append({"hash": h, "source": "in/c.jsonl", "story_id": sid, "skipped": False, "unreadable": False,
                    "failure": failure, "story": story, "events": [], "actors": [], "pid": 1, "rss_mb": 0.0})
    return pa.Table.from_pylist(out, schema=RESULT_SCHEMA)


def test_a_signal_while_a_shard_is_merged_is_held_until_it_is_merged_and_counted(tmp_path, monkeypatch):
    """SIGTERM (raised by the CLI as Ctrl-C) while the Ray engine merged a shard reached DuckDB
    mid-statement (the local engine held it): it is now held until the shard is merged, deleted
    and counted, then handled; both of the shard's transactions are in, counted once."""
    import signal
    import time

    from newsevents.store import ray_engine
    from newsevents.store.ingest import IngestReport

    real_write = ray_engine.write_rows
    got = []

    def write_signalled(con, rows):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.05)
        got.append("written")
        return real_write(con, rows)

    def handler(signum, frame):
        got.append(signum)
        raise KeyboardInterrupt

    monkeypatch.setattr(ray_engine, "write_rows", write_signalled)
    con = connect(tmp_path / "m.duckdb")
    report = IngestReport(run_id=1)
    shard = tmp_path / "part-00001-000000.parquet"
    old = signal.signal(signal.SIGTERM, handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            ray_engine.commit_shard(con, _result_rows(("h1", "s1", None), ("h2", "s2", "empty article")), shard, 1,
                                    report, set(), batch_size=1)
        assert got == ["written", "written", signal.SIGTERM]
        assert signal.getsignal(signal.SIGTERM) is handler
    finally:
        signal.signal(signal.SIGTERM, old)
    assert (report.read, report.stored, report.failed) == (2, 1, 1) and not shard.exists()
    assert con.execute("SELECT story_id FROM stories").fetchall() == [("s1",)]
    assert con.execute("SELECT story_id FROM failures").fetchall() == [("s2",)]
    con.close()


def test_starting_ray_keeps_the_callers_sigterm_handler(monkeypatch):
    """ray.init puts its own SIGTERM handler (sys.exit(15)) in place of the CLI's, so `kill` of
    an `ingest --engine ray` exited 15 and bypassed the held signals: the caller's is put back."""
    import signal
    import sys

    from newsevents.store.ray_engine import _ensure_ray

    class FakeRay:
        @staticmethod
        def is_initialized():
            return False

        @staticmethod
        def init(address=None, **kwargs):
            signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(signum))

    def mine(signum, frame):
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, mine)
    try:
        assert _ensure_ray(FakeRay, None, None) is True
        assert signal.getsignal(signal.SIGTERM) is mine
    finally:
        signal.signal(signal.SIGTERM, old)


def test_merge_tells_a_copy_of_a_text_that_failed_in_the_same_run_so(tmp_path):
    """As the local engine: a copy (another id) of a text that failed earlier in the run is told
    it failed with the first copy, not "the database keeps one copy", whether the first copy was
    in the same transaction or an earlier shard; a copy of a stored text is told so."""
    from newsevents.store.ingest import Copies
    from newsevents.store.ray_engine import merge_shard

    con = connect(tmp_path / "m.duckdb")
    warnings: list = []
    copies, seen, ids = Copies(warnings), set(), {}
    first = merge_shard(con, _result_rows(("h-de", "de1", "not English: language de"), ("h-de", "de2", "x"),
                                          ("h-en", "en1", None)), 1, seen, 32, ids, copies, set())
    second = merge_shard(con, _result_rows(("h-de", "de3", "x"), ("h-en", "en2", None)), 1, seen, 1, ids, copies,
                         set())
    copies.close()
    failed_de = "same text as article 'de1', which failed (not English: language de): not coded again"
    assert warnings == [("de2", failed_de), ("de3", failed_de),
                        ("en2", "same text as article 'en1': not coded again (the database keeps one copy of a "
                                "text, under its first id)")]
    assert [(c["stored"], c["failed"], c["skipped"], c["same_text"]) for c in (first, second)] == [(1, 1, 1, 1),
                                                                                                (0, 0, 2, 2)]
    assert con.execute("SELECT story_id, reason FROM failures").fetchall() == [("de1", "not English: language de")]
    con.close()


def test_sigterm_ends_a_ray_ingest_with_143_and_whole_counted_shards(tmp_path):
    """`kill PID` of `ingest --engine ray`: ray.init had put its own SIGTERM handler in place of
    the CLI's, and the run died of SIGABRT (Ray's fatal-signal dump, "*** SIGTERM received");
    now it exits 143, its run closed as "interrupted" with the stories it stored counted."""
    import signal
    import time

    from conftest import start_ingest

    proc, db, status = start_ingest(tmp_path, 300, "r.duckdb", "--engine", "ray", "-j", "1", "--batch-size", "4",
                                    "--no-dedup", drop_env=("RAY_ADDRESS",))
    deadline = time.time() + 300
    while time.time() < deadline and not status.exists() and proc.poll() is None:
        time.sleep(0.1)
    assert proc.poll() is None, "the run ended before it could be signalled"
    proc.send_signal(signal.SIGTERM)
    err = proc.stderr.read()
    assert proc.wait(timeout=300) == 143, err[-2000:]
    assert "SIGTERM received" not in err
    con = connect(db, read_only=True)
    try:
        (run_status, stored, failed), = con.execute("SELECT status, stored, failed FROM runs").fetchall()
        n, = con.execute("SELECT count(*) FROM stories").fetchone()
    finally:
        con.close()
    assert run_status == "interrupted" and 0 < n < 300 and (stored, failed) == (n, 0)


def test_a_too_long_line_is_reported_by_its_line_and_the_rest_stored(ray_head, pipeline, tmp_path,
                                                                     monkeypatch):
    """Ray Data's read_binary_files made each input file one object (a 5 GB JSON Lines file, one
    5 GB object); each file is now read in its read task with the local engine's streaming
    reader.  A JSON Lines line and a CSV row over the limit (16 MB, read in pieces) are each one
    failure naming its line, the stories around them are stored, and the records name the files
    as given (relative paths here, opened by absolute path on the workers), as locally."""
    import json

    from newsevents.read.readers import MAX_RECORD_BYTES

    folder = tmp_path / "in"
    folder.mkdir()
    stories = [{"id": "r1", "text": "MOSCOW, June 3 - Russia expelled two British diplomats on Monday, the foreign "
                                    "ministry said."},
               {"id": "r2", "text": "KYIV, June 4 - Ukraine's president met Poland's prime minister in Warsaw on "
                                    "Tuesday."}]
    huge = "word " * (MAX_RECORD_BYTES // 5 + 1)
    (folder / "big.jsonl").write_text(json.dumps(stories[0]) + "\n" + json.dumps({"id": "huge", "text": huge})
                                      + "\n" + json.dumps(stories[1]) + "\n", encoding="utf-8")
    (folder / "rows.csv").write_text("id,text\nc1,Police arrested twelve protesters in Tallinn on Saturday.\n"
                                     f"c2,{huge.replace(' ', ',')}\n"
                                     "c3,China and Japan signed a trade agreement in Tokyo on Friday.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    remote = ingest_ray(["in"], tmp_path / "ray.duckdb", actors=1, batch_size=4, progress=False)
    local = ingest(["in"], tmp_path / "local.duckdb", workers=1, batch_size=4, progress=False)
    assert remote.counts() == local.counts() and (remote.stored, remote.failed, remote.unreadable) == (4, 2, 2)
    tables = []
    for db in ("ray.duckdb", "local.duckdb"):
        con = connect(tmp_path / db, read_only=True)
        tables.append([con.execute(f"SELECT story_id, source{extra} FROM {t} ORDER BY story_id").fetchall()
                       for t, extra in (("stories", ""), ("failures", ", reason"))])
        con.close()
    assert tables[0] == tables[1]
    assert tables[0] == [
        [("c1", "in/rows.csv"), ("c3", "in/rows.csv"), ("r1", "in/big.jsonl"), ("r2", "in/big.jsonl")],
        [("big:2", "in/big.jsonl", f"too large (in/big.jsonl, line 2): a record of more than {MAX_RECORD_BYTES:,} bytes"),
         ("rows:2", "in/rows.csv",
          f"too large (in/rows.csv, line 3): a CSV row over the size limit ({MAX_RECORD_BYTES:,} characters)")]]
