"""The store stage: corpus runs into an embedded DuckDB database, cross-article
de-duplication, exports.

Public surface:

* :func:`ingest` (``newsevents ingest``): code articles into the database, all cores, idempotent
  and resumable (see :mod:`newsevents.store.ingest`; tables in :mod:`newsevents.store.db`).
* :func:`dedup` (``newsevents dedup``): cluster event mentions of several stories into real
  events (:mod:`newsevents.store.dedup`).
* :func:`select_events`, :func:`export` (``newsevents query`` / ``newsevents export``): filtered
  mentions or de-duplicated events as PLOVER JSON Lines or dyads (CSV, Parquet).

Data flows one way: this stage reads :class:`~newsevents.pipeline.Result` objects from the
pipeline and never reaches into earlier stages.
"""

from newsevents.store.db import DEFAULT_DB, connect
from newsevents.store.ingest import IngestReport, content_hash, ingest

__all__ = ["DEFAULT_DB", "IngestReport", "connect", "content_hash", "ingest"]
