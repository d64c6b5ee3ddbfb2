"""Writing records: JSON Lines (the spec) and a readable terminal table (rich)."""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from rich.console import Console
from rich.table import Table

from newsevents.records import Entity, Event


def to_jsonl(record: dict) -> str:
    """One record as a JSON line (UTF-8 text kept as is)."""
    return json.dumps(record, ensure_ascii=False)


class Discard(Exception):
    """Raise inside :func:`atomic_output` to drop the output and leave ``path`` untouched."""


@contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """A text stream to ``path`` that appears only when complete (temp file + rename), or
    stdout when ``path`` is None or "-".  On an exception (or :class:`Discard`) the partial file
    is removed and an existing ``path`` is left as it was.  The file gets the usual permissions
    (0666 less the umask)."""
    if path in (None, "-"):
        import sys

        yield sys.stdout
        return
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, target)
    except Discard:
        Path(tmp).unlink(missing_ok=True)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _ents(ents: Iterable[Entity]) -> str:
    parts = []
    for e in ents:
        code = "/".join(x for x in (e.code, e.sector) if x) or "?"
        parts.append(f"{code} {e.name or e.entity_text}")
    return "\n".join(parts)


def event_table(events: list[Event], title: str | None = None) -> Table:
    """A rich table of events, one row each: who, what, whom, when, where, status, evidence."""
    table = Table(title=title, show_lines=True)
    for col in ("event", "actor", "recipient", "date", "place", "status", "trigger"):
        table.add_column(col, overflow="fold")
    for e in events:
        what = f"{e.event}" + (f" ({e.mode})" if e.mode else "") + (f"\nCAMEO {e.cameo}" if e.cameo else "")
        when = (e.date or "?") + (f"\n“{e.date_text}”" if e.date_text else f"\n[{e.date_basis}]")
        where = f"{e.event_loc.name}, {e.event_loc.country}" if e.event_loc else ""
        status = e.status + ("\nhistorical" if e.historical else "")
        table.add_row(what, _ents(e.actor), _ents(e.recipient), when, where, status, e.event_text)
    return table


def print_table(events: list[Event], title: str | None = None, console: Console | None = None) -> None:
    """Print :func:`event_table` to the terminal."""
    (console or Console()).print(event_table(events, title))
