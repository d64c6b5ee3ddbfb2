"""The embedded database (DuckDB): schema, batch writes, stored hashes, runs.

Tables (one DuckDB file, default ``newsevents.duckdb``):

``stories``
    one row per coded story: ``hash`` (sha256 hex of the raw input text, the key), ``story_id``,
    ``source`` (file it was read from), ``title``, ``published`` ("YYYY-MM-DD" or null),
    ``publisher``, ``url``, ``byline`` (list), ``dateline_place``, ``language``, ``text`` (the
    cleaned text: event offsets refer to it), ``removed`` (JSON list), ``words``, ``n_events``,
    ``run_id``.
``events``
    one row per event mention (the spec's record): scalar spec fields as columns, the place
    flattened to ``loc_*`` columns, and ``record`` (the full spec JSON object, as
    ``newsevents extract`` writes it).  Keyed by (``story_hash``, ``id``).
``event_actors``
    one row per entity of a mention: ``event_id``, ``story_hash``, ``role`` ("actor",
    "recipient" or "attribution"), ``position`` (0-based order in the record), ``entity_text``,
    ``name``, ``code``, ``sector``.
``failures``
    one row per story that could not be coded: ``hash``, ``story_id``, ``source``, ``reason``,
    ``run_id``.  A failed story is not retried by a re-run (``ingest --retry-failures`` does); the
    re-run counts it as failed in an earlier run, not as stored.
``runs``
    one row per ``ingest`` command: ``run_id``, ``version``, ``config`` (JSON), ``started``,
    ``finished`` (null while running or when killed), ``status``, counts and ``seconds``.
``dedup_events``, ``event_clusters``
    written by :func:`newsevents.store.dedup.dedup` (see there).

A batch of results is written in one transaction (stories, events and actors together), so a
run killed at any point leaves whole batches only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

import duckdb
import pyarrow as pa

from newsevents.pipeline import Result

DEFAULT_DB = "newsevents.duckdb"

SCHEMA = """
CREATE TABLE IF NOT EXISTS stories (
    hash VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL, source VARCHAR, title VARCHAR,
    published VARCHAR, publisher VARCHAR, url VARCHAR, byline VARCHAR[], dateline_place VARCHAR,
    language VARCHAR, text VARCHAR, removed JSON, words INTEGER, n_events INTEGER, run_id INTEGER
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR NOT NULL, story_hash VARCHAR NOT NULL, story_id VARCHAR NOT NULL, event VARCHAR,
    mode VARCHAR, context VARCHAR[], cameo VARCHAR, goldstein DOUBLE, quad_code INTEGER,
    date VARCHAR, date_text VARCHAR, date_basis VARCHAR, status VARCHAR, historical BOOLEAN,
    loc_name VARCHAR, loc_country VARCHAR, loc_admin1 VARCHAR, loc_lat DOUBLE, loc_lon DOUBLE,
    loc_geonameid BIGINT, loc_feature VARCHAR, event_text VARCHAR, event_start INTEGER,
    event_end INTEGER, sentence VARCHAR, confidence DOUBLE, rule VARCHAR, coder VARCHAR,
    record JSON, PRIMARY KEY (story_hash, id)
);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR NOT NULL, story_hash VARCHAR NOT NULL, role VARCHAR NOT NULL,
    position INTEGER NOT NULL, entity_text VARCHAR, name VARCHAR, code VARCHAR, sector VARCHAR
);
CREATE TABLE IF NOT EXISTS failures (
    hash VARCHAR PRIMARY KEY, story_id VARCHAR, source VARCHAR, reason VARCHAR, run_id INTEGER
);
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY, version VARCHAR, config JSON, started TIMESTAMP,
    finished TIMESTAMP, status VARCHAR, read INTEGER, skipped INTEGER, stored INTEGER,
    failed INTEGER, events INTEGER, words BIGINT, seconds DOUBLE
);
CREATE TABLE IF NOT EXISTS dedup_events (
    cluster_id VARCHAR PRIMARY KEY, event VARCHAR, mode VARCHAR, cameo VARCHAR, goldstein DOUBLE,
    quad_code INTEGER, status VARCHAR, actor_codes VARCHAR[], recipient_codes VARCHAR[],
    date VARCHAR, date_min VARCHAR, date_max VARCHAR, loc_name VARCHAR, loc_country VARCHAR,
    loc_lat DOUBLE, loc_lon DOUBLE, n_mentions INTEGER, sources INTEGER, story_ids VARCHAR[],
    mention_id VARCHAR, mention_story_hash VARCHAR
);
CREATE TABLE IF NOT EXISTS event_clusters (story_hash VARCHAR, event_id VARCHAR, cluster_id VARCHAR);
"""

_STORY_SCHEMA = pa.schema([
    ("hash", pa.string()), ("story_id", pa.string()), ("source", pa.string()), ("title", pa.string()),
    ("published", pa.string()), ("publisher", pa.string()), ("url", pa.string()),
    ("byline", pa.list_(pa.string())), ("dateline_place", pa.string()), ("language", pa.string()),
    ("text", pa.string()), ("removed", pa.string()), ("words", pa.int32()), ("n_events", pa.int32()),
    ("run_id", pa.int32()),
])
_EVENT_SCHEMA = pa.schema([
    ("id", pa.string()), ("story_hash", pa.string()), ("story_id", pa.string()), ("event", pa.string()),
    ("mode", pa.string()), ("context", pa.list_(pa.string())), ("cameo", pa.string()),
    ("goldstein", pa.float64()), ("quad_code", pa.int32()), ("date", pa.string()),
    ("date_text", pa.string()), ("date_basis", pa.string()), ("status", pa.string()),
    ("historical", pa.bool_()), ("loc_name", pa.string()), ("loc_country", pa.string()),
    ("loc_admin1", pa.string()), ("loc_lat", pa.float64()), ("loc_lon", pa.float64()),
    ("loc_geonameid", pa.int64()), ("loc_feature", pa.string()), ("event_text", pa.string()),
    ("event_start", pa.int32()), ("event_end", pa.int32()), ("sentence", pa.string()),
    ("confidence", pa.float64()), ("rule", pa.string()), ("coder", pa.string()), ("record", pa.string()),
])
_ACTOR_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("story_hash", pa.string()), ("role", pa.string()), ("position", pa.int32()),
    ("entity_text", pa.string()), ("name", pa.string()), ("code", pa.string()), ("sector", pa.string()),
])


@dataclass
class Coded:
    """One pipeline :class:`~newsevents.pipeline.Result` with where it came from: ``hash`` is the
    sha256 hex digest of the raw input text, ``source`` the file path it was read from."""

    hash: str
    source: str
    result: Result


def connect(path: str | Path = DEFAULT_DB, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the database at ``path`` with the schema in place.

    Raises ``duckdb.IOException`` when another process holds the file (DuckDB allows one writer).
    """
    con = duckdb.connect(str(path), read_only=read_only)
    if not read_only:
        con.execute(SCHEMA)
    return con


def stored_hashes(con: duckdb.DuckDBPyConnection, include_failures: bool = True) -> set[str]:
    """Hashes already in ``stories`` (and ``failures`` unless ``include_failures`` is False)."""
    hashes = {h for (h,) in con.execute("SELECT hash FROM stories").fetchall()}
    if include_failures:
        hashes |= {h for (h,) in con.execute("SELECT hash FROM failures").fetchall()}
    return hashes


def failed_hashes(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Hashes in ``failures``: stories an earlier run could not code (not in ``stories``)."""
    return {h for (h,) in con.execute("SELECT hash FROM failures").fetchall()}


def stored_story_ids(con: duckdb.DuckDBPyConnection) -> dict[str, str | None]:
    """Each hash in ``stories`` and ``failures`` with the story id it was stored under."""
    ids = dict(con.execute("SELECT hash, story_id FROM failures").fetchall())
    ids.update(con.execute("SELECT hash, story_id FROM stories").fetchall())
    return ids


def start_run(con: duckdb.DuckDBPyConnection, version: str, config: dict[str, Any]) -> int:
    """Insert a ``runs`` row with status "running"; returns its ``run_id``."""
    (run_id,) = con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()
    con.execute("INSERT INTO runs (run_id, version, config, started, status) VALUES (?, ?, ?, ?, 'running')",
                [run_id, version, json.dumps(config, default=str), _now()])
    return run_id


def finish_run(con: duckdb.DuckDBPyConnection, run_id: int, counts: dict[str, Any], seconds: float,
               status: str = "done") -> None:
    """Record the end of a run: ``counts`` has read, skipped, stored, failed, events, words."""
    con.execute("UPDATE runs SET finished = ?, status = ?, read = ?, skipped = ?, stored = ?, failed = ?, "
                "events = ?, words = ?, seconds = ? WHERE run_id = ?",
                [_now(), status, *(counts.get(k, 0) for k in ("read", "skipped", "stored", "failed", "events", "words")),
                 round(seconds, 3), run_id])


@dataclass
class StoryRows:
    """The database rows of one coded story, before they are written: ``story`` (a ``stories``
    row as a dict, None for a failure), its ``events`` and ``actors`` rows (dicts keyed by
    column), or ``failure`` (a ``failures`` row: hash, story_id, source, reason, run_id).  The
    local engine writes them at once; the Ray engine carries them in Parquet shards first."""

    hash: str
    story: dict[str, Any] | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    failure: tuple | None = None


def story_rows(c: Coded, run_id: int) -> StoryRows:
    """The rows :func:`write_rows` stores for one coded story (a failure when the pipeline gave
    an error or no article).  A mention id seen twice in one story is one record."""
    r = c.result
    if r.error is not None or r.article is None:
        return StoryRows(c.hash, failure=(c.hash, r.story_id, c.source, r.error or "no article", run_id))
    a = r.article
    words = len(a.text.split())
    story = {
        "hash": c.hash, "story_id": a.story_id, "source": c.source, "title": a.title,
        "published": a.published, "publisher": a.publisher, "url": a.url, "byline": list(a.byline),
        "dateline_place": a.dateline_place, "language": a.language, "text": a.text,
        "removed": json.dumps([{"text": x.text, "reason": x.reason} for x in a.removed], ensure_ascii=False),
        "words": words, "n_events": len({e.id for e in r.events}), "run_id": run_id,
    }
    events, actors = [], []
    ids = set()
    for e in r.events:
        if e.id in ids:  # the same trigger, type and code twice: one record
            continue
        ids.add(e.id)
        loc = e.event_loc
        events.append({
            "id": e.id, "story_hash": c.hash, "story_id": e.story_id, "event": e.event, "mode": e.mode,
            "context": list(e.context), "cameo": e.cameo, "goldstein": e.goldstein, "quad_code": e.quad_code,
            "date": e.date, "date_text": e.date_text, "date_basis": e.date_basis, "status": e.status,
            "historical": e.historical,
            "loc_name": loc.name if loc else None, "loc_country": loc.country if loc else None,
            "loc_admin1": loc.admin1 if loc else None, "loc_lat": loc.lat if loc else None,
            "loc_lon": loc.lon if loc else None, "loc_geonameid": loc.geonameid if loc else None,
            "loc_feature": loc.feature if loc else None, "event_text": e.event_text,
            "event_start": e.event_span[0], "event_end": e.event_span[1], "sentence": e.sentence,
            "confidence": e.confidence, "rule": e.rule, "coder": e.coder,
            "record": json.dumps(e.to_dict(), ensure_ascii=False),
        })
        roles = [("actor", e.actor), ("recipient", e.recipient), ("attribution", [e.attribution] if e.attribution else [])]
        for role, ents in roles:
            for i, ent in enumerate(ents):
                actors.append({"event_id": e.id, "story_hash": c.hash, "role": role, "position": i,
                               "entity_text": ent.entity_text, "name": ent.name, "code": ent.code,
                               "sector": ent.sector})
    return StoryRows(c.hash, story, events, actors)


def refused(rows: StoryRows, err: BaseException) -> StoryRows:
    """``rows`` turned into a failure because the database (or Arrow) refused them."""
    story = rows.story or {}
    reason = f"database error: {type(err).__name__}: {err}"[:500]
    run_id = story.get("run_id")
    return StoryRows(rows.hash, failure=(rows.hash, story.get("story_id"), story.get("source"), reason, run_id))


def write_batch(con: duckdb.DuckDBPyConnection, batch: Iterable[Coded], run_id: int) -> dict[str, int]:
    """Write one batch in one transaction: coded stories with their events and actors, failed
    ones to ``failures``.  Returns counts ``{"stored", "failed", "events", "words"}``.

    Should the database refuse the batch, its stories are written one by one and a story it
    refuses goes to ``failures`` ("database error: ..."), so one bad value cannot stop a run.
    """
    return write_rows(con, [story_rows(c, run_id) for c in batch])


def write_rows(con: duckdb.DuckDBPyConnection, batch: Iterable[StoryRows]) -> dict[str, int]:
    """:func:`write_batch` for rows already made by :func:`story_rows` (same transaction and
    fallback).  Raises ``duckdb.Error`` only when a ``failures`` row itself cannot be written."""
    batch = list(batch)
    try:
        return _write(con, batch)
    except (duckdb.Error, pa.ArrowException) as err:
        if len(batch) == 1:
            if batch[0].failure is not None:
                raise
            return _write(con, [refused(batch[0], err)])
    counts = {"stored": 0, "failed": 0, "events": 0, "words": 0}
    for rows in batch:
        for k, v in write_rows(con, [rows]).items():
            counts[k] += v
    return counts


def _write(con: duckdb.DuckDBPyConnection, batch: list[StoryRows]) -> dict[str, int]:
    stories = [b.story for b in batch if b.failure is None]
    events = [e for b in batch if b.failure is None for e in b.events]
    actors = [a for b in batch if b.failure is None for a in b.actors]
    failures = [b.failure for b in batch if b.failure is not None]
    con.execute("BEGIN TRANSACTION")
    try:
        for table, rows, schema in (("stories", stories, _STORY_SCHEMA), ("events", events, _EVENT_SCHEMA),
                                    ("event_actors", actors, _ACTOR_SCHEMA)):
            if rows:
                _insert(con, table, pa.Table.from_pylist(rows, schema=schema))
        if failures:
            con.executemany("INSERT OR IGNORE INTO failures VALUES (?, ?, ?, ?, ?)", failures)
        if stories:  # a story stored now is no longer a failure ("no such file" before it existed)
            con.executemany("DELETE FROM failures WHERE story_id = ? AND source = ?",
                            [(st["story_id"], st["source"]) for st in stories])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return {"stored": len(stories), "failed": len(failures), "events": len(events),
            "words": sum(s["words"] for s in stories)}


def _insert(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table) -> None:
    con.register("_batch", data)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _batch")
    finally:
        con.unregister("_batch")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
