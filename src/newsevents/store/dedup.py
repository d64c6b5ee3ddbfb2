"""Cross-article de-duplication: event mentions from many stories -> real events.

Two mentions are one real event when they have

* the same PLOVER type and status, and compatible modes (equal, or one of them null);
* the same actor code set and the same recipient code set (a mention whose actors have no
  code stays an event of its own: without codes there is no saying who acted);
* dates within ``window_days`` of each other (default 1: wire services in Asia and America date
  one launch a day apart) when both are day-precise, the same month or year otherwise; a
  mention with no date stays alone.  The date is the event's own date, not the publication
  date, so a history mention ("the February 24 invasion") joins the original event;
* compatible places: either unknown, or in the same country and, when both are finer than a
  country, within ``place_km`` kilometres.

Clustering is greedy and deterministic: mentions in (date, story, id) order each join the first
cluster all of whose members they are compatible with.  :func:`dedup` rebuilds two tables:

``dedup_events``
    ``cluster_id`` (16 hex digits, from the member ids), ``event``, ``mode``, ``cameo``,
    ``goldstein``, ``quad_code``, ``status``, ``actor_codes`` / ``recipient_codes`` (sorted
    lists), ``date`` (the most common member date), ``date_min``, ``date_max``, ``loc_name``,
    ``loc_country``, ``loc_lat``, ``loc_lon``, ``n_mentions``, ``sources`` (number of distinct
    stories), ``story_ids`` (sorted list), ``mention_id`` and ``mention_story_hash`` (the
    representative mention: highest confidence).
``event_clusters``
    ``story_hash``, ``event_id``, ``cluster_id``: which mention went where.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date as Date

import duckdb
import pyarrow as pa

DEFAULT_WINDOW_DAYS = 1
DEFAULT_PLACE_KM = 100.0



@dataclass
class Mention:
    """What clustering looks at in one stored event mention."""

    story_hash: str
    id: str
    story_id: str
    event: str
    mode: str | None
    cameo: str | None
    goldstein: float | None
    quad_code: int | None
    status: str
    date: str | None
    loc_name: str | None = None
    loc_country: str | None = None
    loc_lat: float | None = None
    loc_lon: float | None = None
    loc_feature: str | None = None
    confidence: float = 0.0
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()


@dataclass
class Cluster:
    """Mentions (article records) grouped as one event across articles."""

    members: list[Mention] = field(default_factory=list)


def _day(d: str | None) -> int | None:
    if d and len(d) == 10:
        try:
            return Date.fromisoformat(d).toordinal()
        except ValueError:
            return None
    return None


def _km(a: Mention, b: Mention) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.loc_lat, a.loc_lon, b.loc_lat, b.loc_lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def places_compatible(a: Mention, b: Mention, place_km: float = DEFAULT_PLACE_KM) -> bool:
    """Either place unknown; else the same country and, both finer than a country, near."""
    if a.loc_name is None or b.loc_name is None:
        return True
    if a.loc_country and b.loc_country and a.loc_country != b.loc_country:
        return False
    fine = a.loc_feature != "country" and b.loc_feature != "country"
    if fine and None not in (a.loc_lat, a.loc_lon, b.loc_lat, b.loc_lon):
        return _km(a, b) <= place_km
    return True


def dates_compatible(a: Mention, b: Mention, window_days: int = DEFAULT_WINDOW_DAYS) -> bool:
    """Day-precise dates within ``window_days``; coarser dates equal; no date: never."""
    if a.date is None or b.date is None:
        return False
    da, db = _day(a.date), _day(b.date)
    if da is not None and db is not None:
        return abs(da - db) <= window_days
    return a.date == b.date


def compatible(a: Mention, b: Mention, window_days: int = DEFAULT_WINDOW_DAYS,
               place_km: float = DEFAULT_PLACE_KM) -> bool:
    """Whether mentions ``a`` and ``b`` can be one real event (see the module docstring)."""
    return (a.event == b.event and a.status == b.status and bool(a.actors)
            and a.actors == b.actors and a.recipients == b.recipients
            and (a.mode is None or b.mode is None or a.mode == b.mode)
            and dates_compatible(a, b, window_days) and places_compatible(a, b, place_km))


def cluster_mentions(mentions: list[Mention], window_days: int = DEFAULT_WINDOW_DAYS,
                     place_km: float = DEFAULT_PLACE_KM) -> list[list[Mention]]:
    """Group mentions into real events; every mention is in exactly one group."""
    groups: dict[tuple, list[Cluster]] = defaultdict(list)
    out: list[Cluster] = []
    for m in sorted(mentions, key=lambda m: (m.date or "9999", m.story_hash, m.id)):
        key = (m.event, m.status, m.actors, m.recipients)
        if m.actors and m.date:
            for c in groups[key]:
                if all(compatible(m, x, window_days, place_km) for x in c.members):
                    c.members.append(m)
                    break
            else:
                c = Cluster([m])
                groups[key].append(c)
                out.append(c)
        else:
            out.append(Cluster([m]))
    return [c.members for c in out]


def cluster_id(members: list[Mention]) -> str:
    """Stable id of a real event: 16 hex digits from its members' (story hash, mention id)."""
    key = "|".join(sorted(f"{m.story_hash}:{m.id}" for m in members))
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _most_common(values, default=None):
    values = [v for v in values if v is not None]
    if not values:
        return default
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], str(v)))


def load_mentions(con: duckdb.DuckDBPyConnection) -> list[Mention]:
    """Every stored event mention with its actor and recipient codes."""
    rows = con.execute("""
        SELECT e.story_hash, e.id, e.story_id, e.event, e.mode, e.cameo, e.goldstein, e.quad_code,
               e.status, e.date, e.loc_name, e.loc_country, e.loc_lat, e.loc_lon, e.loc_feature,
               e.confidence,
               list_sort(list_distinct(list(a.code) FILTER (WHERE a.role = 'actor' AND a.code IS NOT NULL))),
               list_sort(list_distinct(list(a.code) FILTER (WHERE a.role = 'recipient' AND a.code IS NOT NULL)))
        FROM events e LEFT JOIN event_actors a ON a.story_hash = e.story_hash AND a.event_id = e.id
        GROUP BY ALL
    """).fetchall()
    return [Mention(*r[:16], actors=tuple(r[16] or ()), recipients=tuple(r[17] or ())) for r in rows]


def dedup(con: duckdb.DuckDBPyConnection, window_days: int = DEFAULT_WINDOW_DAYS,
          place_km: float = DEFAULT_PLACE_KM) -> dict[str, int]:
    """Rebuild ``dedup_events`` and ``event_clusters`` from all stored mentions (one
    transaction).  Returns ``{"mentions", "events", "multi_source"}`` counts."""
    mentions = load_mentions(con)
    clusters = cluster_mentions(mentions, window_days, place_km)
    rows, links = [], []
    for members in clusters:
        cid = cluster_id(members)
        rep = max(members, key=lambda m: (m.confidence, m.loc_feature not in (None, "country"), m.id))
        placed = [m for m in members if m.loc_name]
        fine = [m for m in placed if m.loc_feature != "country"] or placed
        loc = None
        if fine:
            name = _most_common(m.loc_name for m in fine)
            loc = next(m for m in fine if m.loc_name == name)
        dates = [m.date for m in members if m.date]
        rows.append({
            "cluster_id": cid, "event": rep.event, "mode": _most_common(m.mode for m in members),
            "cameo": rep.cameo, "goldstein": rep.goldstein, "quad_code": rep.quad_code, "status": rep.status,
            "actor_codes": list(rep.actors), "recipient_codes": list(rep.recipients),
            "date": _most_common(dates), "date_min": min(dates, default=None), "date_max": max(dates, default=None),
            "loc_name": loc.loc_name if loc else None, "loc_country": loc.loc_country if loc else None,
            "loc_lat": loc.loc_lat if loc else None, "loc_lon": loc.loc_lon if loc else None,
            "n_mentions": len(members), "sources": len({m.story_hash for m in members}),
            "story_ids": sorted({m.story_id for m in members}), "mention_id": rep.id,
            "mention_story_hash": rep.story_hash,
        })
        links.extend({"story_hash": m.story_hash, "event_id": m.id, "cluster_id": cid} for m in members)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM dedup_events")
        con.execute("DELETE FROM event_clusters")
        if rows:
            con.register("_d", pa.Table.from_pylist(rows))
            con.execute("INSERT INTO dedup_events BY NAME SELECT * FROM _d")
            con.unregister("_d")
            con.register("_l", pa.Table.from_pylist(links))
            con.execute("INSERT INTO event_clusters BY NAME SELECT * FROM _l")
            con.unregister("_l")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return {"mentions": len(mentions), "events": len(rows), "multi_source": sum(r["sources"] > 1 for r in rows)}
