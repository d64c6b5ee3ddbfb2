"""Reading the database back: filtered selections, PLOVER JSON Lines and dyads (CSV, Parquet).

``level`` is "mentions" (one row per stored event record) or "events" (de-duplicated events,
see :mod:`newsevents.store.dedup`).  :class:`Filters` apply the same way to both:
``actor`` / ``recipient`` a code among the actors / recipients, ``event`` the PLOVER type,
``since`` / ``until`` bounds on the event date (inclusive, ISO strings compared as text, so
"2017-09" covers the month), ``country`` the ISO3 country of the event's place.

Dyads (``docs/event-record.md``, "Dyadic export"): one row per (actor x recipient) pair, a
record with no recipient gives one row with empty target columns.  Columns, in order:
:data:`DYAD_COLUMNS`; at the events level also ``sources`` (number of stories) and ``story_ids``
(a list in Parquet, ";"-joined in CSV).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import duckdb
import pyarrow as pa

LEVELS = ("mentions", "events")

DYAD_COLUMNS = (
    "event_id", "date", "source_code", "source_sector", "source_name", "target_code", "target_sector",
    "target_name", "event", "mode", "cameo", "goldstein", "quad_code", "status", "location_name",
    "location_country", "location_lat", "location_lon", "story_id", "publisher", "url",
)


@dataclass
class Filters:
    """Row filters shared by ``query`` and ``export`` (see the module docstring)."""

    actor: str | None = None
    recipient: str | None = None
    event: str | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None

    def sql(self, level: str) -> tuple[str, list[Any]]:
        """A WHERE clause over alias ``e`` (``events`` or ``dedup_events``) and its parameters."""
        where, params = ["TRUE"], []
        for role, code in (("actor", self.actor), ("recipient", self.recipient)):
            if code is None:
                continue
            if level == "events":
                where.append(f"list_contains(e.{role}_codes, ?)")
            else:
                where.append("EXISTS (SELECT 1 FROM event_actors a WHERE a.story_hash = e.story_hash "
                             f"AND a.event_id = e.id AND a.role = '{role}' AND a.code = ?)")
            params.append(code.upper())
        if self.event:
            where.append("e.event = ?")
            params.append(self.event.upper())
        if self.since:
            where.append("e.date >= ?")
            params.append(self.since)
        if self.until:
            where.append("e.date <= ? || '~'")  # "2017-09" <= "2017-09-30" <= "2017-09~"
            params.append(self.until)
        if self.country:
            where.append("e.loc_country = ?")
            params.append(self.country.upper())
        return " AND ".join(where), params


def _level(level: str) -> str:
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    return level


def select(con: duckdb.DuckDBPyConnection, level: str = "mentions", filters: Filters | None = None,
           limit: int | None = None) -> pa.Table:
    """A summary table of the selected mentions or events (for ``newsevents query``): id, date,
    event, mode, actors, recipients, status, place, and the trigger or the number of sources."""
    where, params = (filters or Filters()).sql(_level(level))
    if level == "events":
        sql = (f"SELECT e.cluster_id AS id, e.date, e.event, e.mode, e.actor_codes AS actors, "
               f"e.recipient_codes AS recipients, e.status, e.loc_name AS place, e.sources, e.story_ids "
               f"FROM dedup_events e WHERE {where} ORDER BY e.date, e.cluster_id")
    else:
        sql = (f"SELECT e.id, e.story_id, e.date, e.event, e.mode, "
               f"(SELECT list(coalesce(a.code, '-') ORDER BY a.position) FROM event_actors a WHERE a.story_hash = e.story_hash "
               f" AND a.event_id = e.id AND a.role = 'actor') AS actors, "
               f"(SELECT list(coalesce(a.code, '-') ORDER BY a.position) FROM event_actors a WHERE a.story_hash = e.story_hash "
               f" AND a.event_id = e.id AND a.role = 'recipient') AS recipients, "
               f"e.status, e.loc_name AS place, e.event_text AS trigger "
               f"FROM events e WHERE {where} ORDER BY e.date, e.story_id, e.event_start, e.id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return con.sql(sql, params=params).to_arrow_table()


def plover_records(con: duckdb.DuckDBPyConnection, level: str = "mentions", filters: Filters | None = None):
    """Yield PLOVER JSON objects (dicts).  Mentions: the spec record as ``extract`` writes it.
    Events: the representative mention's record with ``id`` the cluster id, ``date`` the event's,
    and ``sources`` = ``{"count": stories, "story_ids": [...]}``, ``mention_ids`` its members."""
    where, params = (filters or Filters()).sql(_level(level))
    if level == "mentions":
        cur = con.execute(f"SELECT e.record FROM events e WHERE {where} ORDER BY e.date, e.story_id, e.event_start, e.id", params)
        while rows := cur.fetchmany(1000):
            for (rec,) in rows:
                yield json.loads(rec)
        return
    cur = con.execute(f"""
        SELECT e.cluster_id, e.date, e.date_min, e.date_max, e.sources, e.story_ids, m.record,
               (SELECT list(c.event_id ORDER BY c.event_id) FROM event_clusters c WHERE c.cluster_id = e.cluster_id)
        FROM dedup_events e JOIN events m ON m.story_hash = e.mention_story_hash AND m.id = e.mention_id
        WHERE {where} ORDER BY e.date, e.cluster_id""", params)
    while rows := cur.fetchmany(1000):
        for cid, date, dmin, dmax, n, story_ids, rec, mention_ids in rows:
            out = json.loads(rec)
            out.update({"id": cid, "date": date, "date_range": [dmin, dmax],
                        "sources": {"count": n, "story_ids": list(story_ids)}, "mention_ids": list(mention_ids)})
            yield out


def dyads(con: duckdb.DuckDBPyConnection, level: str = "mentions", filters: Filters | None = None) -> pa.Table:
    """The dyadic table (see the module docstring for rows and columns)."""
    where, params = (filters or Filters()).sql(_level(level))
    cols = """a.code AS source_code, a.sector AS source_sector, coalesce(a.name, a.entity_text) AS source_name,
              r.code AS target_code, r.sector AS target_sector, coalesce(r.name, r.entity_text) AS target_name,
              m.event, m.mode, m.cameo, m.goldstein, m.quad_code, m.status"""
    joins = """JOIN stories s ON s.hash = m.story_hash
               JOIN event_actors a ON a.story_hash = m.story_hash AND a.event_id = m.id AND a.role = 'actor'
               LEFT JOIN event_actors r ON r.story_hash = m.story_hash AND r.event_id = m.id AND r.role = 'recipient'"""
    if level == "mentions":
        sql = f"""SELECT m.id AS event_id, m.date, {cols}, m.loc_name AS location_name,
                         m.loc_country AS location_country, m.loc_lat AS location_lat, m.loc_lon AS location_lon,
                         m.story_id, s.publisher, s.url
                  FROM events m {joins}
                  WHERE m.id IN (SELECT e.id FROM events e WHERE {where} AND e.story_hash = m.story_hash)
                  ORDER BY m.date, m.story_id, m.event_start, m.id, a.position, r.position"""
    else:
        sql = f"""SELECT e.cluster_id AS event_id, e.date, {cols}, e.loc_name AS location_name,
                         e.loc_country AS location_country, e.loc_lat AS location_lat, e.loc_lon AS location_lon,
                         m.story_id, s.publisher, s.url, e.sources, e.story_ids
                  FROM dedup_events e JOIN events m ON m.story_hash = e.mention_story_hash AND m.id = e.mention_id
                  {joins}
                  WHERE {where}
                  ORDER BY e.date, e.cluster_id, a.position, r.position"""
    return con.sql(sql, params=params).to_arrow_table()


def _csv_text(column: pa.ChunkedArray, pc) -> pa.ChunkedArray:
    """A column CSV cannot hold, as text: a list of scalars (strings, numbers, dates) joined by
    ";", anything else nested (structs, maps, lists of lists: ``query --sql`` can make them) as
    one JSON value per cell."""
    import json

    kind = column.type
    if pa.types.is_dictionary(kind):
        return column.cast(kind.value_type)
    if (pa.types.is_list(kind) or pa.types.is_large_list(kind)) and not pa.types.is_nested(kind.value_type):
        # a null element is an empty item ("a;;b"), not a null cell: binary_join gives null for
        # the whole list when one element is null, which lost "x" from [NULL, 'x']
        chunks = []
        for chunk in column.cast(pa.list_(pa.string())).chunks:
            values = pc.fill_null(pc.list_flatten(chunk), "")
            lengths = pc.fill_null(pc.list_value_length(chunk), 0).to_numpy(zero_copy_only=False)
            offsets = pa.array([0, *lengths.cumsum().tolist()], pa.int32())
            rebuilt = pa.ListArray.from_arrays(offsets, values, mask=chunk.is_null())
            chunks.append(pc.binary_join(rebuilt, ";"))
        return pa.chunked_array(chunks, pa.string())
    return pa.chunked_array([pa.array([None if v is None else json.dumps(v, default=str) for v in column.to_pylist()],
                                      pa.string())])


#: DuckDB types a CSV cannot take as Arrow gives them: intervals (no Arrow cast to text), bit
#: strings and blobs (bytes, not UTF-8 text).
_NO_CSV_TYPES = {"interval", "bit", "blob"}


def _holds_no_csv_type(kind: Any) -> bool:
    if kind.id in _NO_CSV_TYPES:
        return True
    if kind.id in ("list", "array", "struct", "map", "union"):
        return any(hasattr(t, "id") and _holds_no_csv_type(t) for _, t in kind.children)
    return False


def text_columns(rel: duckdb.DuckDBPyRelation) -> duckdb.DuckDBPyRelation:
    """``rel`` (any ``query --sql`` result) with the columns that CSV cannot hold as Arrow gives
    them as DuckDB's own text: an interval as "1 day", a bit string as "101", a blob as
    "\\xFF" escapes; a list of them as a list of such texts (";"-joined in CSV), anything else
    nested that holds one as DuckDB prints it.  Columns are taken by position, so that a result
    with two columns of one name keeps both."""
    kinds = rel.types
    if not any(_holds_no_csv_type(k) for k in kinds):
        return rel
    cols = []
    for i, (name, kind) in enumerate(zip(rel.columns, kinds), start=1):
        alias = '"' + name.replace('"', '""') + '"'
        if not _holds_no_csv_type(kind):
            cols.append(f"#{i} AS {alias}")
        elif kind.id == "list" and kind.child.id in _NO_CSV_TYPES:
            cols.append(f"CAST(#{i} AS VARCHAR[]) AS {alias}")
        else:
            cols.append(f"CAST(#{i} AS VARCHAR) AS {alias}")
    return rel.project(", ".join(cols))


def write_table(table: pa.Table, out: str | None, file_format: str) -> None:
    """Write ``table`` as "csv" or "parquet" to ``out`` (atomically: temp file + rename), or CSV
    to stdout when ``out`` is None or "-".  List columns become ";"-joined text in CSV, other nested
    ones JSON text (:func:`_csv_text`).  Raises
    :class:`~newsevents.output.OutputError` when ``out`` cannot be written (nothing is left behind)."""
    import pyarrow.compute as pc
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    if file_format == "csv":
        for i, f in enumerate(table.schema):
            if pa.types.is_nested(f.type) or pa.types.is_dictionary(f.type):
                table = table.set_column(i, f.name, _csv_text(table[f.name], pc))
    if out in (None, "-"):
        import sys

        pcsv.write_csv(table, sys.stdout.buffer)
        return
    from newsevents.output import OutputError, os_reason, output_target

    target, direct = output_target(str(out))
    if direct:  # a device or a pipe: written in place, never replaced by a file
        try:
            if file_format == "parquet":
                pq.write_table(table, str(target))
            else:
                pcsv.write_csv(table, str(target))
        except OSError as err:
            raise OutputError(str(out), os_reason(err)) from None
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent if str(target.parent) else ".")
    except OSError as err:
        raise OutputError(str(out), os_reason(err)) from None
    os.close(fd)
    try:
        if file_format == "parquet":
            pq.write_table(table, tmp)
        else:
            pcsv.write_csv(table, tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(str(out), os_reason(err)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_jsonl(records, fh: IO[str]) -> int:
    """Write dicts as JSON Lines; returns how many."""
    n = 0
    for rec in records:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n
