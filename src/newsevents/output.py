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


class OutputError(Exception):
    """An output file that cannot be written (folder not writable, disk full, ...): ``path``
    and the operating system's ``reason``."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.reason = reason


def os_reason(err: OSError) -> str:
    """The operating system's words for ``err`` ("Permission denied"), without the file name."""
    return err.strerror or str(err)


@contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """A text stream to ``path`` that appears only when complete (temp file + rename), or
    stdout when ``path`` is None or "-".  On an exception (or :class:`Discard`) the partial file
    is removed and an existing ``path`` is left as it was.  The file gets the usual permissions
    (0666 less the umask).  Raises :class:`OutputError` when the file cannot be created, written
    or renamed into place (an ``OSError`` raised while it is open counts as a write error)."""
    if path in (None, "-"):
        import sys

        yield sys.stdout
        return
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    except OSError as err:
        raise OutputError(str(path), os_reason(err)) from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, target)
    except Discard:
        Path(tmp).unlink(missing_ok=True)
    except OSError as err:  # writing, flushing or renaming failed
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(str(path), os_reason(err)) from None
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
