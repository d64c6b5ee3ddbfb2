"""Corpus ingest: read -> pipeline (all cores) -> DuckDB, idempotent and resumable.

The main process reads the input and writes the database; ``workers`` processes each load the
pipeline once and code chunks of ``batch_size`` stories.  Each finished chunk is committed in
one transaction, so a run killed at any point (even ``kill -9``) leaves whole batches only, and
the same command run again skips every story already stored (by the sha256 of its raw text)
and codes the rest.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import signal
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Iterable, Iterator

from newsevents.errors import ArticleError
from newsevents.pipeline import Result
from newsevents.read import RawArticle, read_sources, set_published
from newsevents.read.readers import safe_text
from newsevents.store.db import (DEFAULT_DB, Coded, connect, failed_hashes, finish_run, start_run, stored_story_ids,
                                 write_batch)

#: (hash, source file, raw article or the read error)
Item = tuple[str, str, RawArticle | ArticleError]


def content_hash(item: RawArticle | ArticleError, source: str = "") -> str:
    """sha256 hex digest of an article's raw text (the same text read again -> the same hash).
    A read error has no text: it is keyed by its source file, story id and reason."""
    if isinstance(item, ArticleError):
        key = f"error\0{source}\0{item.story_id}\0{item.reason}"
    else:
        key = item.content
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def iter_items(paths: Iterable[str | Path], columns: dict[str, str] | None = None,
               published: str | None = None, skip: Iterable[str | Path] = ()) -> Iterator[Item]:
    """Every input article with its hash and source file, in input order; story ids made unique
    in the batch (:class:`~newsevents.read.UniqueIds`: the same input gives the same ids).
    ``skip``: files (and folders) left out when a folder is expanded (:func:`own_files`)."""
    for path, item in read_sources(paths, columns, skip):
        if published and isinstance(item, RawArticle):
            set_published(item, published)
        # a file name that is not UTF-8 (bytes kept as surrogates) cannot be stored: the
        # database's `source` names it with U+FFFD, as messages do (it ended the run with a traceback)
        yield content_hash(item, str(path)), safe_text(str(path)), item


def own_files(db: str | Path, status_file: str | Path | None = None, shards: str | Path | None = None) -> list[Path]:
    """The files a run writes itself (the database, its write-ahead log, the status file, the
    Ray engine's shard folder): left out of an input folder that holds them.  ``ingest .
    --db news.duckdb`` read its own database as an article, and failed it again on every run
    ("binary content", then "too large" as it grew), exit status 1."""
    own = [Path(db), Path(f"{db}.wal")]
    return own + [Path(p) for p in (status_file, shards) if p is not None]


def same_text_warning(first_id: str) -> str:
    """What an article is told whose text the database has under the story id ``first_id``."""
    return (f"same text as article {first_id!r}: not coded again "
            "(the database keeps one copy of a text, under its first id)")


def failed_copy_warning(first_id: str, reason: str) -> str:
    """What an article is told whose text failed earlier in the same run under the story id ``first_id``."""
    return f"same text as article {first_id!r}, which failed ({reason}): not coded again"


class Copies:
    """The articles of a run whose text an earlier article of the same run has (under another
    id), told truthfully: the first copy may fail (or the database refuse it), and then nothing
    is stored for the text.  A copy read before its first copy is written gets a place in
    ``warnings`` (input order), filled once that copy is written (:meth:`written`); until then
    its warning is None (:meth:`close` drops the places of a run that ended first)."""

    def __init__(self, warnings: list[tuple[str, str | None]]):
        self.warnings = warnings
        self.first: dict[str, str] = {}  # hash -> story id of its first copy, for the texts first read in this run
        self.unwritten: set[str] = set()  # of those, the ones not written yet
        self.waiting: dict[str, list[int]] = {}  # hash -> places in warnings of its copies

    def queue(self, h: str, story_id: str) -> None:
        """The first copy of text ``h`` goes to the coder under ``story_id``."""
        self.first[h] = story_id
        self.unwritten.add(h)

    def __contains__(self, h: str) -> bool:
        return h in self.first

    def copy(self, con, h: str, story_id: str) -> None:
        """Article ``story_id`` has the text ``h`` of an article of this run: not coded, told why."""
        if h in self.unwritten:  # told when its first copy is written
            self.waiting.setdefault(h, []).append(len(self.warnings))
            self.warnings.append((story_id, None))
        else:
            self.warnings.append((story_id, self._warning(h, _outcomes(con, [h]))))

    def written(self, con, hashes: Iterable[str]) -> None:
        """The first copies of ``hashes`` are written (stored or failed): tell their copies."""
        hashes = list(hashes)
        self.unwritten.difference_update(hashes)
        waiting = [h for h in hashes if h in self.waiting]
        if not waiting:
            return
        outcomes = _outcomes(con, waiting)
        for h in waiting:
            for i in self.waiting.pop(h):
                self.warnings[i] = (self.warnings[i][0], self._warning(h, outcomes))

    def close(self) -> None:
        """Drop the places of copies whose first copy was never written (the run ended first)."""
        if self.waiting:
            self.warnings[:] = [w for w in self.warnings if w[1] is not None]
            self.waiting.clear()

    def _warning(self, h: str, outcomes: dict[str, str | None]) -> str:
        first = self.first[h]
        if h not in outcomes:  # not in the database (cannot happen once written: said all the same)
            return f"same text as article {first!r}, which was not stored: not coded again"
        reason = outcomes[h]
        return same_text_warning(first) if reason is None else failed_copy_warning(first, reason)


def forget_failures(con, hashes: list[str], retry: set[str] | None) -> None:
    """Delete the ``failures`` rows of the ``hashes`` that are in ``retry`` (tried again now)."""
    again = [(h,) for h in hashes if h in (retry or ())]
    if again:
        con.executemany("DELETE FROM failures WHERE hash = ?", again)


def _outcomes(con, hashes: list[str]) -> dict[str, str | None]:
    """hash -> its failure reason, or None when it is stored, for those of ``hashes`` in the database."""
    marks = ", ".join("?" * len(hashes))
    return dict(con.execute(f"SELECT hash, NULL FROM stories WHERE hash IN ({marks}) UNION ALL "
                            f"SELECT hash, reason FROM failures WHERE hash IN ({marks})", hashes + hashes).fetchall())


@dataclass
class IngestReport:
    """What one ingest did.  ``failed`` counts stories sent to ``failures``, of which
    ``unreadable`` were read errors (empty, binary, no body) that never reached the coder.  Rates
    count the stories given to the coder (stored + failed - unreadable) per second of wall time
    for the whole run (model loading included); ``peak_rss_mb`` is the peak resident memory of
    each worker process (MB), keyed by process id.  ``warnings``: (story id, warning) for the
    new stories read with a warning (:attr:`RawArticle.warnings`) and for the articles not stored
    because another id has their text, in input order.  ``skipped`` counts the articles not coded
    because their text is in the database already (or earlier in the input); ``same_text`` is the
    part of them read under another id than the first copy's (a copy, not a re-run: its warning
    says whether that first copy was stored or failed, and why), and
    ``failed_before`` the part that an earlier run could not code: they are in ``failures``, not
    stored, and are not tried again unless asked (``retry_failures``)."""

    run_id: int
    read: int = 0
    skipped: int = 0
    same_text: int = 0
    failed_before: int = 0
    stored: int = 0
    failed: int = 0
    unreadable: int = 0
    events: int = 0
    words: int = 0
    seconds: float = 0.0
    workers: int = 1
    peak_rss_mb: dict[int, float] = field(default_factory=dict)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def stories_per_s(self) -> float:
        """Stories coded (stored or failed after reading) per wall-clock second."""
        return (self.stored + self.failed - self.unreadable) / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        """Words of stored stories (cleaned text split on whitespace) per wall-clock second."""
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def max_worker_mb(self) -> float:
        """Largest peak resident memory (MiB) of any worker process."""
        return max(self.peak_rss_mb.values(), default=0.0)

    def counts(self) -> dict[str, int]:
        """The run's counts by name (read, skipped, stored, failed, events, words)."""
        return {k: getattr(self, k) for k in ("read", "skipped", "stored", "failed", "events", "words")}

    def summary(self) -> str:
        """One line for the terminal."""
        copies = (f", {self.same_text:,} with the same text as another article (not coded again)"
                  if self.same_text else "")
        earlier = (f", {self.failed_before:,} failed in an earlier run (not tried again: --retry-failures)"
                   if self.failed_before else "")
        stories = "story" if self.stored == 1 else "stories"
        events = "event" if self.events == 1 else "events"
        return (f"{self.stored:,} {stories} stored ({self.events:,} {events}), {self.failed:,} failed, "
                f"{self.skipped - self.same_text - self.failed_before:,} already stored{earlier}{copies}; "
                f"{self.seconds:.1f} s: "
                f"{self.stories_per_s:.2f} stories/s, "
                f"{self.words_per_s:,.0f} words/s, {self.workers} worker(s), "
                f"peak memory per worker {self.max_worker_mb:,.0f} MB")


# --- worker side -------------------------------------------------------------------------------

_PIPE = None


def _init_worker(model: str | None) -> None:
    global _PIPE
    from newsevents.pipeline import get_pipeline

    _PIPE = get_pipeline(model)


#: Seconds between a worker's checks that the ingest process that started it is still alive.
PARENT_POLL_S = 0.5


def _watch_parent(parent: int) -> None:
    """Worker side: end this process as soon as its parent, the ingest process ``parent`` (pid),
    is gone (``kill -9``, a crash): a daemon thread checks ``os.getppid()``, which changes when the
    process is re-parented.  Without it, a worker waits for work from a dead parent forever (the
    pool's pipes stay open in the workers themselves)."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_S)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _init_spawned_worker(model: str | None, parent: int) -> None:
    _watch_parent(parent)
    _init_worker(model)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KB


def _code_chunk(chunk: list[Item], model: str | None = None) -> tuple[list[Coded], int, float]:
    """Code one chunk with this process's pipeline: (coded results, pid, peak RSS in MB).

    The pipeline already turns one story's error into a failed result; should the chunk still
    raise (a bug outside the per-story guards), its stories are coded one by one and a story
    that raises again becomes a failed result ("internal error: ..."), so the others are kept."""
    if _PIPE is None:
        _init_worker(model)
    try:
        results = list(_PIPE.run((item for _, _, item in chunk), batch_size=len(chunk) or 1))
    except Exception:
        if len(chunk) <= 1:
            results = [_code_one(item) for _, _, item in chunk]
        else:
            results = [_code_chunk([one], model)[0][0].result for one in chunk]
    coded = []
    for (h, source, _), r in zip(chunk, results):
        for e in r.events:
            e.explanation = []  # not stored: spare the pickling
        coded.append(Coded(h, source, r))
    return coded, os.getpid(), _peak_rss_mb()


def _code_one(item: RawArticle | ArticleError) -> Result:
    """One story alone; an exception becomes a failed result."""
    try:
        return next(iter(_PIPE.run([item], batch_size=1)))
    except Exception as err:
        return Result(item.story_id, error=f"internal error: {type(err).__name__}: {err}"[:500])


# --- main side ---------------------------------------------------------------------------------

def ingest(paths: Iterable[str | Path], db: str | Path = DEFAULT_DB, *, workers: int | None = None,
           batch_size: int = 32, model: str | None = None, columns: dict[str, str] | None = None,
           published: str | None = None, retry_failures: bool = False, progress: bool = True,
           status_file: str | Path | None = None, limit: int | None = None) -> IngestReport:
    """Code every new article under ``paths`` into the database ``db``.

    ``workers`` processes (default: all cores; 1 codes in this process) each load the pipeline
    once.  Stories already stored or failed (same raw-text hash) are skipped, failures are retried
    with ``retry_failures``.  Every ``batch_size`` stories are committed in one transaction.
    ``status_file``, if given, is rewritten (atomically, JSON) after each commit.  ``limit`` codes
    at most that many new stories.  Returns an :class:`IngestReport`.  Raises
    ``duckdb.IOException`` when the database is open in another process.
    """
    from tqdm import tqdm

    from newsevents import __version__

    paths = [str(p) for p in paths]
    workers = max(1, workers or os.cpu_count() or 1)
    con = connect(db)
    done = stored_story_ids(con)  # hash -> the story id its text was stored under
    failed = failed_hashes(con)  # of those, the ones an earlier run could not code
    retry: set[str] = set()  # failures tried again: their rows go when they are written anew
    if retry_failures:
        # only the failures this input holds are tried again; the others stay in `failures`
        # (a DELETE of all of them lost the failures of other inputs, which a later plain run
        # then coded again without being asked)
        retry, failed = failed, set()
        for h in retry:
            done.pop(h, None)
    config = {"paths": paths, "workers": workers, "batch_size": batch_size, "model": model,
              "columns": columns, "published": published, "limit": limit}
    run_id = start_run(con, __version__, config)
    con.close()  # no database threads alive while worker processes are forked
    report = IngestReport(run_id=run_id, workers=workers)
    start = time.perf_counter()

    # first pass: how many are new (for the progress bar's total and ETA)
    seen = set(done)
    total = 0
    skip = own_files(db, status_file)
    for h, _, _ in iter_items(paths, columns, published, skip):
        if h not in seen:
            seen.add(h)
            total += 1
    del seen
    if limit is not None:
        total = min(total, limit)
    workers = max(1, min(workers, -(-total // batch_size)))  # no more workers than chunks
    report.workers = workers

    copies = Copies(report.warnings)

    def chunks() -> Iterator[list[Item]]:
        chunk: list[Item] = []
        taken = 0
        for h, source, item in iter_items(paths, columns, published, skip):
            report.read += 1
            if h in done:
                report.skipped += 1
                first = done[h]
                if h in failed:  # not stored: failed in an earlier run, and not "already stored"
                    report.failed_before += 1
                elif isinstance(item, RawArticle) and first is not None and first != item.story_id:
                    # a copy under another id (a syndicated story, a re-post): say so, not "already stored"
                    report.same_text += 1
                    if h in copies:  # its first copy is of this run: it may fail, or not be written yet
                        copies.copy(con, h, item.story_id)
                    else:
                        report.warnings.append((item.story_id, same_text_warning(first)))
                continue
            if limit is not None and taken >= limit:
                break
            done[h] = item.story_id
            copies.queue(h, item.story_id)
            taken += 1
            report.unreadable += isinstance(item, ArticleError)
            if isinstance(item, RawArticle):
                report.warnings += [(item.story_id, w) for w in item.warnings]
            chunk.append((h, source, item))
            if len(chunk) >= batch_size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    pool = None
    status = "done"
    try:
        if workers > 1:
            pool = _start_pool(workers, model)
        con = connect(db)
        bar = tqdm(total=total, unit="story", disable=not progress, file=sys.stderr, smoothing=0.05,
                   dynamic_ncols=True, desc="ingest")

        def commit(coded: list[Coded], pid: int, rss: float) -> None:
            # Ctrl-C / SIGTERM land after the batch is written and counted, not inside DuckDB
            with signals_held():
                # a failure tried again: its new result (stored, or failed again) replaces it
                forget_failures(con, [c.hash for c in coded], retry)
                counts = write_batch(con, coded, run_id)
                for k, v in counts.items():
                    setattr(report, k, getattr(report, k) + v)
                copies.written(con, [c.hash for c in coded])
            report.peak_rss_mb[pid] = max(report.peak_rss_mb.get(pid, 0.0), rss)
            bar.update(len(coded))
            if status_file is not None:
                _write_status(status_file, report, total)

        try:
            if pool is None:
                for chunk in chunks():
                    commit(*_code_chunk(chunk, model))
            else:
                pending = set()
                for chunk in chunks():
                    pending.add(pool.submit(_code_chunk, chunk, model))
                    if len(pending) >= 2 * workers:
                        finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                        for f in finished:
                            commit(*f.result())
                for f in pending:
                    commit(*f.result())
        finally:
            bar.close()
    except BaseException:
        status = "interrupted"
        raise
    finally:
        copies.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        report.seconds = time.perf_counter() - start
        con = connect(db) if _closed(con) else con
        finish_run(con, run_id, report.counts(), report.seconds, status)
        con.close()
    return report


#: The signals that end a run (Ctrl-C; SIGTERM and SIGHUP, which the CLI raises as Ctrl-C).
_ENDING_SIGNALS = {getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)}


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP while a batch is written: one that comes meanwhile is
    recorded, and given to its own handler once the batch is committed (the run then ends as it
    would have).  A KeyboardInterrupt raised while DuckDB runs a statement does not reach us as
    one: DuckDB turns it into "Query interrupted" (a RuntimeError: the run ended "error Query
    interrupted", exit 2), into a failed story ("database error"), or drops it (the run went on
    to the end, exit 0)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    came: list[int] = []
    handlers = {sig: signal.signal(sig, lambda signum, frame: came.append(signum)) for sig in _ENDING_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
        if came:
            signal.raise_signal(came[0])


def _start_pool(workers: int, model: str | None) -> ProcessPoolExecutor:
    """Worker processes with the pipeline loaded.  Where ``fork`` exists, the pipeline is loaded
    once here and the workers share it (copy-on-write: seconds instead of a load per worker);
    elsewhere each spawned worker loads it.  Each worker ends itself when this process dies
    (:func:`_watch_parent`)."""
    import multiprocessing

    if "fork" in multiprocessing.get_all_start_methods():
        _init_worker(model)
        pool = ProcessPoolExecutor(workers, mp_context=get_context("fork"), initializer=_watch_parent,
                                   initargs=(os.getpid(),))
    else:
        pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_init_spawned_worker,
                                   initargs=(model, os.getpid()))
    pool.submit(os.getpid).result()  # start the workers now, before the database is opened
    return pool


def _closed(con) -> bool:
    try:
        con.execute("SELECT 1")
        return False
    except Exception:
        return True


def _write_status(path: str | Path, report: IngestReport, total: int) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps({"run_id": report.run_id, "total": total, "stored": report.stored,
                               "failed": report.failed, "skipped": report.skipped, "events": report.events}))
    os.replace(tmp, path)
