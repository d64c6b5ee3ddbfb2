"""The Ray engine: the same ingest on a Ray cluster (``newsevents ingest --engine ray``).

Same input, same records: stories, events, actors and failures come out identical to the local
engine's (:func:`newsevents.store.ingest.ingest`) for the same files, because both read with
:mod:`newsevents.read`, hash with :func:`~newsevents.store.ingest.content_hash`, code with
:func:`~newsevents.store.ingest._code_chunk` and make rows with
:func:`~newsevents.store.db.story_rows` / write them with :func:`~newsevents.store.db.write_rows`.

Data flow:

1. **read** (Ray Data, on the cluster): a dataset of the input files' paths
   (``ray.data.from_items``, one row per file: ``{path, source}``, the absolute path a worker
   opens and the path as given, which the records store as the local engine does); a task with
   no CPU reserved reads each file with :func:`newsevents.read.read_path`, streaming (JSON
   Lines line by line, CSV row by row, Parquet by batches: a file of gigabytes is never one
   object; JSON Lines, Parquet and every other format the local engine reads, with the same ids
   and read errors) into rows of :data:`ITEM_SCHEMA`, one per story.
   Stories already in the database (by hash, in ``stories`` or ``failures``) are marked
   ``skip`` there, so they are never sent to a coder: the set of stored hashes goes to the
   cluster once, through the object store.
2. **code** (an actor pool, ``map_batches`` with :class:`StoryCoder`): ``actors`` actors, each
   with ``cpus_per_actor`` CPUs, load the pipeline once and code batches of ``batch_size``
   stories into rows of :data:`RESULT_SCHEMA` (one per story: the ``stories`` row as a struct,
   its ``events`` and ``actors`` rows as lists of structs, or a ``failure`` reason).  A batch
   whose actor dies (crash, out of memory) is retried on a restarted actor; a batch that raises
   is retried (``max_task_retries``); one story that keeps raising becomes a failure.
3. **merge** (the driver, where the DuckDB file is): result blocks arrive in input order; each
   is written as a Parquet shard ``<shards>/part-<run>-<n>.parquet`` (atomically) and then
   merged into the database, ``batch_size`` stories per transaction, skipping hashes already
   stored (so a story given twice is stored once, as the local engine does).  Merged shards are
   deleted unless ``keep_shards``; shards left by a killed run are merged at the start of the
   next one.  A killed run therefore restarts without doubling anything.

Ray is imported only here and only when this engine runs: the base install does not need it
(``pip install 'newsevents[ray]'``).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import warnings
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from newsevents.errors import ArticleError
from newsevents.read import RawArticle, input_files, read_path
from newsevents.store.db import (_ACTOR_SCHEMA, _EVENT_SCHEMA, _STORY_SCHEMA, DEFAULT_DB, Coded, StoryRows, connect,
                                 failed_hashes, finish_run, refused, start_run, stored_hashes, stored_story_ids,
                                 story_rows, write_rows)
from newsevents.store.ingest import (Copies, IngestReport, Item, _code_chunk, _write_status, content_hash,
                                     forget_failures, own_files, same_text_warning, signals_held)

#: One input story after the read stage.  ``error`` is the read error's reason (then ``content``
#: is null); ``skip`` marks a story already in the database (content dropped).
ITEM_SCHEMA = pa.schema([
    ("hash", pa.string()), ("source", pa.string()), ("skip", pa.bool_()), ("story_id", pa.string()),
    ("error", pa.string()), ("content", pa.string()), ("kind", pa.string()), ("published", pa.string()),
    ("title", pa.string()), ("url", pa.string()), ("publisher", pa.string()),
])

#: One story after the code stage (the layout of the Parquet shards).  ``story`` is the
#: ``stories`` row (``run_id`` null: set at merge), ``events``/``actors`` its ``events`` and
#: ``event_actors`` rows; ``failure`` the reason when it went to ``failures`` instead (then
#: ``story`` is null); ``unreadable`` a read error that never reached the coder; ``pid`` and
#: ``rss_mb`` the coding process and its peak resident memory (MB).
RESULT_SCHEMA = pa.schema([
    ("hash", pa.string()), ("source", pa.string()), ("story_id", pa.string()), ("skipped", pa.bool_()),
    ("unreadable", pa.bool_()), ("failure", pa.string()), ("story", pa.struct(list(_STORY_SCHEMA))),
    ("events", pa.list_(pa.struct(list(_EVENT_SCHEMA)))), ("actors", pa.list_(pa.struct(list(_ACTOR_SCHEMA)))),
    ("pid", pa.int64()), ("rss_mb", pa.float64()),
])

ROWS_PER_READ_BLOCK = 256
#: Ray Data's block size for this engine's datasets (bytes): about 30-60 news stories
BLOCK_BYTES = 64 * 1024


def _import_ray():
    """``ray`` and ``ray.data``, or a RuntimeError saying how to install them."""
    try:
        import ray
        import ray.data
    except ImportError as err:
        raise RuntimeError("--engine ray needs Ray: pip install 'newsevents[ray]' "
                           f"(ray[data] in this environment; {err})") from None
    return ray


# --- read stage (Ray tasks) --------------------------------------------------------------------

_DONE_CACHE: dict[str, set[str]] = {}


def _done(box: list) -> set[str]:
    """The stored hashes behind an object reference, fetched once per worker process."""
    import ray

    ref = box[0]
    key = ref.hex()
    if key not in _DONE_CACHE:
        _DONE_CACHE.clear()
        _DONE_CACHE[key] = ray.get(ref)
    return _DONE_CACHE[key]


def item_row(h: str, source: str, item: RawArticle | ArticleError, skip: bool) -> dict[str, Any]:
    """One :data:`ITEM_SCHEMA` row for a story as the reader gave it."""
    if isinstance(item, ArticleError):
        return {"hash": h, "source": source, "skip": skip, "story_id": item.story_id, "error": item.reason}
    row = {"hash": h, "source": source, "skip": skip, "story_id": item.story_id, "error": None}
    if not skip:
        row.update(content=item.content, kind=item.kind, published=item.published, title=item.title,
                   url=item.url, publisher=item.publisher)
    return row


def row_item(row: dict[str, Any]) -> Item:
    """An :data:`ITEM_SCHEMA` row back into the local engine's ``(hash, source, article)``."""
    if row["error"] is not None:
        item: RawArticle | ArticleError = ArticleError(row["story_id"], row["error"])
    else:
        item = RawArticle(story_id=row["story_id"], content=row["content"], kind=row["kind"],
                          published=row["published"], title=row["title"], url=row["url"],
                          publisher=row["publisher"])
    return row["hash"], row["source"], item


def read_files(batch: pa.Table, done: list, columns: dict[str, str] | None,
               published: str | None) -> Iterator[pa.Table]:
    """Ray Data UDF: a batch of ``{path, source}`` file rows -> :data:`ITEM_SCHEMA` tables (at
    most :data:`ROWS_PER_READ_BLOCK` rows each), stories in file order.  Each file is read where
    the task runs, streaming (:func:`~newsevents.read.read_path` at ``path``, the absolute path),
    and named ``source`` (the path string the local engine records: in ids, messages and the
    rows' ``source``).  ``done`` is a one-element list holding the object reference of the
    stored-hash set."""
    stored = _done(done)
    rows: list[dict[str, Any]] = []
    for path, source in zip(batch.column("path").to_pylist(), batch.column("source").to_pylist()):
        for item in read_path(path, columns, name=source):
            if published and isinstance(item, RawArticle):
                item.published = published
            h = content_hash(item, source)
            rows.append(item_row(h, source, item, h in stored))
            if len(rows) >= ROWS_PER_READ_BLOCK:
                yield pa.Table.from_pylist(rows, schema=ITEM_SCHEMA)
                rows = []
    if rows:
        yield pa.Table.from_pylist(rows, schema=ITEM_SCHEMA)


# --- code stage (actor pool) -------------------------------------------------------------------

def result_row(c: Coded, unreadable: bool, pid: int, rss_mb: float) -> dict[str, Any]:
    """One :data:`RESULT_SCHEMA` row from a coded story (via :func:`story_rows`)."""
    return _result_row(story_rows(c, run_id=None), c.source, c.result.story_id, unreadable, pid, rss_mb)


def _result_row(rows: StoryRows, source: str, story_id: str, unreadable: bool, pid: int, rss_mb: float) -> dict[str, Any]:
    if rows.failure is not None:
        return {"hash": rows.hash, "source": source, "story_id": rows.failure[1], "skipped": False,
                "unreadable": unreadable, "failure": rows.failure[3], "events": [], "actors": [],
                "pid": pid, "rss_mb": rss_mb}
    return {"hash": rows.hash, "source": source, "story_id": story_id, "skipped": False, "unreadable": False,
            "story": rows.story, "events": rows.events, "actors": rows.actors, "pid": pid, "rss_mb": rss_mb}


class StoryCoder:
    """The actor pool's callable class: loads the pipeline once (``model``, as ``--model``; at
    its first batch with a story to code, so a re-run that skips everything loads nothing) and
    codes each batch (a pyarrow Table of :data:`ITEM_SCHEMA` rows) into a Table of
    :data:`RESULT_SCHEMA` rows, one per input row, in the same order.  Rows marked ``skip`` pass
    through uncoded.  Never raises for one story: a story the pipeline cannot take, or whose
    rows Arrow refuses, becomes a ``failure`` row (as the local engine stores it)."""

    def __init__(self, model: str | None = None):
        self.model = model

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = batch.to_pylist()
        todo = [row_item(r) for r in rows if not r["skip"]]
        coded, pid, rss = _code_chunk(todo, self.model) if todo else ([], os.getpid(), 0.0)
        by_hash = iter(coded)
        out = []
        for r in rows:
            if r["skip"]:
                out.append({"hash": r["hash"], "source": r["source"], "story_id": r["story_id"], "skipped": True,
                            "unreadable": r["error"] is not None, "events": [], "actors": [], "pid": pid,
                            "rss_mb": rss})
            else:
                out.append(result_row(next(by_hash), r["error"] is not None, pid, rss))
        try:
            return pa.Table.from_pylist(out, schema=RESULT_SCHEMA)
        except pa.ArrowException:
            return pa.concat_tables([_row_table(o) for o in out])


def _row_table(row: dict[str, Any]) -> pa.Table:
    """One result row as a table; a row Arrow refuses becomes a failure ("database error: ...")."""
    try:
        return pa.Table.from_pylist([row], schema=RESULT_SCHEMA)
    except pa.ArrowException as err:
        story = {**(row.get("story") or {}), "story_id": row["story_id"], "source": row["source"]}
        failed = refused(StoryRows(row["hash"], story=story), err)
        return pa.Table.from_pylist([{**row, "story": None, "events": [], "actors": [], "failure": failed.failure[3]}],
                                    schema=RESULT_SCHEMA)


# --- merge (driver) ----------------------------------------------------------------------------

def merge_shard(con, table: pa.Table, run_id: int, seen: set[str], batch_size: int = 32,
                ids: dict[str, str | None] | None = None, copies: Copies | None = None,
                failed: set[str] | None = None, retry: set[str] | None = None) -> dict[str, int]:
    """Merge one result shard (a :data:`RESULT_SCHEMA` table) into the database: stories whose
    hash is in ``seen`` (stored before, or earlier in this run) are skipped, the others written
    with :func:`write_rows`, ``batch_size`` stories per transaction.  Adds the written hashes to
    ``seen``.  Returns counts ``{"read", "skipped", "same_text", "stored", "failed", "unreadable",
    "events", "words"}``; ``pids`` is not counted here (see :func:`_peaks`).  Given ``ids`` (hash ->
    the story id it is stored under; kept up to date here), a story skipped because another id
    has its text is counted in ``same_text`` and told in ``copies.warnings`` (through ``copies``,
    which says whether the first copy of this run was stored or failed), as the local engine does;
    one whose hash is in ``failed`` (``failures`` of earlier runs) is counted in ``failed_before``.
    A story whose hash is in ``retry`` (an earlier failure tried again: ``--retry-failures``) has
    its old ``failures`` row replaced by its new result."""
    counts = dict.fromkeys(("read", "skipped", "same_text", "failed_before", "stored", "failed", "unreadable",
                            "events", "words"), 0)
    todo: list[StoryRows] = []

    def flush() -> None:
        forget_failures(con, [r.hash for r in todo], retry)
        for k, v in write_rows(con, todo).items():
            counts[k] += v
        if copies is not None:
            copies.written(con, [r.hash for r in todo])
        todo.clear()

    for row in table.to_pylist():
        counts["read"] += 1
        if row["skipped"] or row["hash"] in seen:
            counts["skipped"] += 1
            first = (ids or {}).get(row["hash"])
            if row["hash"] in (failed or ()):
                counts["failed_before"] += 1
            elif first is not None and first != row["story_id"] and not row["unreadable"]:
                counts["same_text"] += 1
                if copies is None:
                    pass
                elif row["hash"] in copies:  # a copy of a text of this run: its first copy may have failed
                    copies.copy(con, row["hash"], row["story_id"])
                else:
                    copies.warnings.append((row["story_id"], same_text_warning(first)))
            continue
        seen.add(row["hash"])
        if ids is not None:
            ids[row["hash"]] = row["story_id"]
        if copies is not None:
            copies.queue(row["hash"], row["story_id"])
        counts["unreadable"] += bool(row["unreadable"])
        if row["failure"] is not None:
            todo.append(StoryRows(row["hash"], failure=(row["hash"], row["story_id"], row["source"], row["failure"], run_id)))
        else:
            todo.append(StoryRows(row["hash"], {**row["story"], "run_id": run_id}, row["events"], row["actors"]))
        if len(todo) >= batch_size:
            flush()
    if todo:
        flush()
    return counts


def commit_shard(con, block: pa.Table, shard: Path, run_id: int, report: IngestReport, seen: set[str],
                 batch_size: int = 32, ids: dict[str, str | None] | None = None, copies: Copies | None = None,
                 failed: set[str] | None = None, retry: set[str] | None = None,
                 keep_shards: bool = False) -> dict[str, int]:
    """One result block of a run: written as the Parquet shard ``shard``, merged into the
    database (:func:`merge_shard`), the shard deleted (unless ``keep_shards``) and its counts,
    warnings and peak memory added to ``report``.  Ctrl-C, SIGTERM and SIGHUP are held meanwhile
    (:func:`~newsevents.store.ingest.signals_held`, as the local engine holds them while it writes
    a batch): one that comes is handled once the shard is merged and counted, so a run ends with
    whole shards, each merged once and counted in its ``runs`` row, and DuckDB never sees the
    interrupt mid-statement.  Returns the shard's counts."""
    with signals_held():
        _write_shard(block, shard)
        counts = merge_shard(con, block, run_id, seen, batch_size, ids, copies, failed, retry)
        if not keep_shards:
            shard.unlink()
        for k, v in counts.items():
            setattr(report, k, getattr(report, k) + v)
        _peaks(block, report.peak_rss_mb)
    return counts


def _peaks(table: pa.Table, peaks: dict[int, float]) -> None:
    for pid, mb in zip(table.column("pid").to_pylist(), table.column("rss_mb").to_pylist()):
        if pid is not None and mb:
            peaks[pid] = max(peaks.get(pid, 0.0), mb)


def _write_shard(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def _merge_leftovers(db: str | Path, shards: Path, run_id: int, batch_size: int) -> dict[str, int]:
    """Merge shards a killed run wrote but did not merge (and delete them).  Idempotent."""
    total = dict.fromkeys(("stored", "failed", "events", "words"), 0)
    leftovers = sorted(shards.glob("part-*.parquet")) if shards.is_dir() else []
    if not leftovers:
        return total
    con = connect(db)
    try:
        seen = stored_hashes(con)
        for path in leftovers:
            with signals_held():  # Ctrl-C / SIGTERM land after the shard is merged, deleted and counted
                c = merge_shard(con, pq.read_table(path), run_id, seen, batch_size)
                for k in total:
                    total[k] += c[k]
                path.unlink()
    finally:
        con.close()
    return total


# --- the run -----------------------------------------------------------------------------------

def ingest_ray(paths: Iterable[str | Path], db: str | Path = DEFAULT_DB, *, address: str | None = None,
               actors: int | None = None, cpus_per_actor: float = 1.0, batch_size: int = 32,
               model: str | None = None, columns: dict[str, str] | None = None, published: str | None = None,
               retry_failures: bool = False, progress: bool = True, status_file: str | Path | None = None,
               shards: str | Path | None = None, keep_shards: bool = False, max_task_retries: int = 3,
               object_store_mb: int | None = None) -> IngestReport:
    """Code every new article under ``paths`` into ``db`` on a Ray cluster.

    ``address``: the cluster (``ray://host:10001``, ``host:6379`` or ``auto``); None joins the
    Ray instance this process already has, else the one ``RAY_ADDRESS`` names, else starts a
    local one (on loopback, ``os.cpu_count()`` CPUs, ``object_store_mb`` MB of object store)
    and stops it at the end.  ``actors``: size of the coder pool (default: the cluster's CPUs
    / ``cpus_per_actor``); each actor reserves ``cpus_per_actor`` CPUs and holds one loaded
    pipeline (about 0.5 GB).  ``batch_size``: stories per actor call and per merge transaction.
    ``shards``: folder of the Parquet result shards (default ``<db>.shards``, emptied as
    shards are merged unless ``keep_shards``).  ``max_task_retries``: how often a batch that
    raised or whose actor died is tried again.  Other arguments as for
    :func:`~newsevents.store.ingest.ingest` (``limit`` has no Ray counterpart).

    Input paths must be readable at the same path on every node (a shared filesystem).
    Returns an :class:`~newsevents.store.ingest.IngestReport` (``workers`` = actors, peak
    memory per actor process).  Raises RuntimeError when Ray is not installed,
    ``duckdb.IOException`` when the database is open in another process, and Ray's errors
    (``ray.exceptions.RayError``) when the cluster cannot be reached or a batch still fails
    after its retries.
    """
    from tqdm import tqdm

    from newsevents import __version__

    ray = _import_ray_for(address)
    paths = [str(p) for p in paths]
    shards = Path(shards) if shards is not None else Path(f"{db}.shards")
    con = connect(db)
    config = {"engine": "ray", "paths": paths, "address": address, "actors": actors,
              "cpus_per_actor": cpus_per_actor, "batch_size": batch_size, "model": model, "columns": columns,
              "published": published}
    run_id = start_run(con, __version__, config)
    con.close()
    report = IngestReport(run_id=run_id, workers=actors or 0)
    start = time.perf_counter()
    status = "done"
    started_ray = False
    con = None
    copies = None
    try:
        for k, v in _merge_leftovers(db, shards, run_id, batch_size).items():
            setattr(report, k, getattr(report, k) + v)
        started_ray = _ensure_ray(ray, address, object_store_mb)
        if not actors:
            actors = max(1, int(ray.cluster_resources().get("CPU", 1) // cpus_per_actor))
        report.workers = actors

        con = connect(db)
        ids = stored_story_ids(con)  # hash -> the story id its text is stored under
        failed = failed_hashes(con)  # of those, the ones an earlier run could not code
        retry: set[str] = set()  # failures tried again: their rows go when they are written anew
        if retry_failures:  # only those this input holds; the failures of other inputs stay (as locally)
            retry, failed = failed, set()
            for h in retry:
                ids.pop(h, None)
        seen = set(ids)
        copies = Copies(report.warnings)
        files, missing = [], []
        for f in input_files(paths, own_files(db, status_file, shards)):
            (files if f.is_file() else missing).append(str(f))
        # files that cannot be read at all (gone, not a file): their read errors, as locally
        missing_rows = []
        for f in missing:
            for item in read_path(f, columns):
                h = content_hash(item, f)
                report.read += 1
                if h in seen:
                    report.skipped += 1
                    report.failed_before += h in failed
                    continue
                seen.add(h)
                report.unreadable += 1
                missing_rows.append(story_rows(Coded(h, f, _error_result(item)), run_id))
        if missing_rows:
            with signals_held():
                forget_failures(con, [r.hash for r in missing_rows], retry)
                for k, v in write_rows(con, missing_rows).items():
                    setattr(report, k, getattr(report, k) + v)

        bar = tqdm(unit="story", disable=not progress, file=sys.stderr, dynamic_ncols=True, desc="ingest (ray)")
        if files:
            shards.mkdir(parents=True, exist_ok=True)
            ds = _dataset(ray, files, seen, columns, published, actors, cpus_per_actor, batch_size, model,
                          max_task_retries, progress)
            for n, block in enumerate(ds.iter_batches(batch_format="pyarrow", batch_size=None)):
                if block.num_rows == 0:
                    continue
                shard = shards / f"part-{run_id:05d}-{n:06d}.parquet"
                counts = commit_shard(con, block, shard, run_id, report, seen, batch_size, ids, copies, failed,
                                      retry, keep_shards)
                bar.update(counts["read"])
                if status_file is not None:
                    _write_status(status_file, report, 0)
        bar.close()
        if not keep_shards and shards.is_dir() and not any(shards.iterdir()):
            shards.rmdir()
    except BaseException:
        status = "interrupted"
        raise
    finally:
        if copies is not None:
            copies.close()
        report.seconds = time.perf_counter() - start
        if con is not None:
            con.close()
        con = connect(db)
        finish_run(con, run_id, report.counts(), report.seconds, status)
        con.close()
        if started_ray:
            ray.shutdown()
    return report


def _error_result(item: RawArticle | ArticleError):
    from newsevents.pipeline import Result

    return Result(item.story_id, error=item.reason if isinstance(item, ArticleError) else "cannot read file")


def _import_ray_for(address: str | None):
    """Import Ray; for a local instance (no address anywhere) on loopback only."""
    if address is None and not os.environ.get("RAY_ADDRESS") and "ray" not in sys.modules:
        # a local, single-machine instance: bind to 127.0.0.1, not the machine's network address
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    return _import_ray()


def _ensure_ray(ray, address: str | None, object_store_mb: int | None) -> bool:
    """Connect to (or start) Ray; True when this call started it (so the run stops it)."""
    import logging

    if ray.is_initialized():
        return False
    kwargs: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.WARNING,
                              "log_to_driver": False}
    if address is None and not os.environ.get("RAY_ADDRESS"):
        kwargs["num_cpus"] = os.cpu_count() or 1
        if object_store_mb:
            kwargs["object_store_memory"] = object_store_mb * 2**20
    # ray.init sets its own SIGTERM handler (sys.exit(15)) in place of the caller's: put the
    # caller's back (the CLI's ends the run like Ctrl-C, exit 143, and held signals go to it)
    sigterm = signal.getsignal(signal.SIGTERM) if threading.current_thread() is threading.main_thread() else None
    try:
        ray.init(address=address, **kwargs)
    finally:
        if sigterm is not None:
            signal.signal(signal.SIGTERM, sigterm)
    return True


def _dataset(ray, files: list[str], seen: set[str], columns, published, actors: int, cpus_per_actor: float,
             batch_size: int, model: str | None, max_task_retries: int, progress: bool):
    """The lazy Ray dataset: read -> code, results in input order."""
    import logging

    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # merge in input order: the first copy of a story wins
    ctx.enable_progress_bars = False
    ctx.actor_task_retry_on_errors = True  # a batch that raised is tried again (max_task_retries times)
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    # small blocks, so that every actor gets work: a big input file is otherwise one block that
    # one actor codes alone (a repartition step would need a CPU the actors may all hold)
    ctx.target_max_block_size = BLOCK_BYTES
    done = [ray.put(seen)]
    # the files' paths, not their bytes: each is read (streaming) in the read task, so a JSON
    # Lines file of gigabytes is never one object in the object store
    ds = ray.data.from_items([{"path": os.path.abspath(f), "source": f} for f in files])
    ds = ds.map_batches(read_files, batch_size=1, batch_format="pyarrow", num_cpus=0,
                        fn_kwargs={"done": done, "columns": columns, "published": published})
    with warnings.catch_warnings():
        # max_restarts / max_task_retries have no named parameter in Ray 2.60 yet
        warnings.simplefilter("ignore", DeprecationWarning)
        return ds.map_batches(StoryCoder, fn_constructor_kwargs={"model": model}, batch_size=batch_size,
                              batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=actors),
                              num_cpus=cpus_per_actor, max_restarts=-1, max_task_retries=max_task_retries)
