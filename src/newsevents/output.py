"""Writing records: JSON Lines (the spec) and a readable terminal table (rich)."""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from rich.cells import cell_len
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

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


def output_target(path: str) -> tuple[Path, bool]:
    """Where writing ``path`` really goes: ``(file, direct)``.  A symbolic link is followed (its
    target is rewritten; the link stays).  ``direct`` is True for an existing path that is no
    regular file or folder (a device such as /dev/null, a named pipe): it is written in place,
    since a temp file renamed over it would replace the device itself."""
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    try:
        mode = target.stat().st_mode
    except OSError:
        return target, False
    return target, not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


@contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """A text stream to ``path`` that appears only when complete (temp file + rename), or
    stdout when ``path`` is None or "-".  On an exception (or :class:`Discard`) the partial file
    is removed and an existing ``path`` is left as it was.  A new file gets the usual permissions
    (0666 less the umask), a file replaced keeps its own, and an existing file we may not write
    (read-only: mode 444) is an error, as the shell's ``>`` says, not replaced.  Raises
    :class:`OutputError` when the file cannot be created, written or renamed into place (an
    ``OSError`` raised while it is open counts as a write error)."""
    if path in (None, "-"):
        import sys

        yield sys.stdout
        return
    target, direct = output_target(path)
    if direct:  # a device or a pipe: nothing to keep whole, and it must not be replaced by a file
        try:
            with open(target, "w", encoding="utf-8") as fh:
                yield fh
        except Discard:
            pass
        except OSError as err:
            raise OutputError(str(path), os_reason(err)) from None
        return
    try:
        mode = stat.S_IMODE(target.stat().st_mode)  # a file replaced keeps its permissions
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    else:
        # a file we may not write is not replaced through the rename its folder allows ("444")
        if not os.access(target, os.W_OK):
            raise OutputError(str(path), os.strerror(errno.EACCES))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    except OSError as err:
        raise OutputError(str(path), os_reason(err)) from None
    try:
        os.chmod(tmp, mode)
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


#: The table's columns, and those whose words must stay whole when the table is fitted to a
#: width (event types, modes, CAMEO codes, ISO dates, statuses, actor codes, the headers).
TABLE_COLUMNS = ("event", "actor", "recipient", "date", "place", "status", "trigger")
_WHOLE_WORDS = {"event", "date", "status", "actor", "recipient"}

#: The least width the name, place and trigger columns are left when the table is fitted.
MIN_FREE_WIDTH = 6


def _cells(e: Event) -> tuple[str, ...]:
    what = f"{e.event}" + (f"\n({e.mode})" if e.mode else "") + (f"\nCAMEO {e.cameo}" if e.cameo else "")
    when = (e.date or "?") + (f"\n“{e.date_text}”" if e.date_text else f"\n[{e.date_basis}]")
    where = f"{e.event_loc.name}, {e.event_loc.country}" if e.event_loc else ""
    status = e.status + ("\nhistorical" if e.historical else "")
    return what, _ents(e.actor), _ents(e.recipient), when, where, status, e.event_text


def _widths(column: str, cells: list[str], keep: str | None = None) -> tuple[int, int, int]:
    """(whole, word, line) widths of ``column`` (header included): what its words that must stay
    whole need, its longest word, its longest line.  ``keep`` says which words must stay whole:
    "all", "first" (the first word of each line: a code before a name) or "header" (only the
    header); by default as the event table's columns want (actor/recipient "first", the other
    :data:`_WHOLE_WORDS` columns "all", the rest "header")."""
    if keep is None:
        keep = "first" if column in ("actor", "recipient") else "all" if column in _WHOLE_WORDS else "header"
    lines = [column] + [line for cell in cells for line in cell.split("\n")]
    words = [w for line in lines for w in line.split()] or [""]
    if keep == "first":
        whole = [column] + [line.split()[0] for line in lines if line.split()]
    elif keep == "all":
        whole = words
    else:
        whole = [column]
    return (max(map(cell_len, whole)), max(map(cell_len, words)), max(map(cell_len, lines)))


def _fit(sizes: list[tuple[int, int, int]], room: int, mins: list[int] | None = None) -> list[int] | None:
    """Column widths summing to at most ``room``: every word whole if they fit, else the words
    that must stay whole (and for the others their longest word up to ``mins``, one per column,
    :data:`MIN_FREE_WIDTH` each by default); the space left is shared out in proportion to what
    each column still lacks for its longest line (all it lacks to a column that lacks less than an
    even share).  None when not even that fits."""
    mins = mins or [MIN_FREE_WIDTH] * len(sizes)
    for floor in ([word for _, word, _ in sizes],
                  [max(whole, min(word, m)) for (whole, word, _), m in zip(sizes, mins)]):
        if sum(floor) <= room:
            break
    else:
        return None
    widths = list(floor)
    lack = [max(0, line - w) for (_, _, line), w in zip(sizes, widths)]
    spare = room - sum(widths)
    if sum(lack) <= spare:
        return [w + x for w, x in zip(widths, lack)]
    # a column that lacks less than an even share gets all it lacks (its lines are not wrapped for
    # a column or two), until none does; the rest is shared out in proportion
    while True:
        short = [i for i, x in enumerate(lack) if x and x <= spare / sum(1 for y in lack if y)]
        if not short:
            break
        for i in short:
            widths[i] += lack[i]
            spare -= lack[i]
            lack[i] = 0
    total = sum(lack)
    shares = [spare * x / total for x in lack]
    for i, share in enumerate(shares):
        widths[i] += int(share)
    left = room - sum(widths)  # what rounding down kept back: to the largest remainders
    for i in sorted(range(len(shares)), key=lambda i: int(shares[i]) - shares[i])[:left]:
        widths[i] += 1
    return widths


#: The look of our terminal tables (events, query results): rows ruled apart, no outer edge.
_TABLE_LOOK = dict(show_lines=True, show_edge=False, pad_edge=False, collapse_padding=True)


def _column_widths(rows: list[tuple[str, ...]], width: int, columns: tuple[str, ...] = TABLE_COLUMNS,
                   keep: list[str | None] | None = None, mins: list[int] | None = None) -> list[int | None]:
    """Content widths of the table's ``columns`` (the event table's by default; ``keep`` as in
    :func:`_widths`, one per column; ``mins`` as in :func:`_fit`) fitted into ``width``; all None
    (rich's own layout) when not even the whole words fit."""
    room = width - 2 * (len(columns) - 1)  # a rule and a space between columns
    keep = keep or [None] * len(columns)
    sizes = [_widths(c, [r[i] for r in rows], k) for i, (c, k) in enumerate(zip(columns, keep))]
    return list(_fit(sizes, room, mins) or [None] * len(columns))


def event_table(events: list[Event], title: str | None = None, width: int | None = None,
                widths: list[int | None] | None = None, show_header: bool = True) -> Table:
    """A rich table of events, one row each: who, what, whom, when, where, status, evidence.

    Text wraps at word boundaries; a word too long for its column ends in "…" (never broken in
    two).  Given ``width`` (a terminal's), the table is fitted into it: no word is cut when all
    fit; else codes, dates, statuses and headers stay whole and names, places and triggers are
    cut with "…" (a terminal too narrow even for that gets rich's own layout).  ``widths`` (one
    per column, from :func:`_column_widths`) sets the columns instead, so that tables of single
    records line up as one.
    """
    rows = [_cells(e) for e in events]
    table = Table(title=title, show_header=show_header, **_TABLE_LOOK)
    fitted: list[int | None] = [None] * len(TABLE_COLUMNS)
    if widths is not None:
        fitted = widths
    elif width is not None:
        fitted = _column_widths(rows, width)
    for c, w in zip(TABLE_COLUMNS, fitted):
        table.add_column(c, overflow="ellipsis", width=w)
    for r in rows:
        table.add_row(*(Text(cell) for cell in r))  # plain text: "[publication]", a "[/]" in a name are no markup
    return table


def print_table(events: list[Event], title: str | None = None, console: Console | None = None,
                explain: Console | None = None) -> None:
    """Print :func:`event_table` to the terminal (as wide as it is).

    Given ``explain`` (a console: the terminal's standard error, or ``console`` itself), each
    record's explanation (:attr:`Event.explanation`, under its id) is printed there right under
    the record's row: the table is printed a record at a time, its columns set once for all of
    them so that the rows still line up, the header only above the first."""
    console = console or Console()
    table = event_table(events, title)
    natural = Measurement.get(console, console.options.update_width(1_000_000), table).maximum
    if explain is None:
        if natural > console.width:  # too wide as it is: fit the columns
            table = event_table(events, title, width=console.width)
        console.print(table)
        return
    widths = _column_widths([_cells(e) for e in events], console.width)
    if None in widths:  # too narrow to fit: the widths rich's own layout of the whole table gives
        widths = _rich_widths(table, console) or widths
    if not events:
        console.print(event_table(events, title, widths=widths))
    for i, e in enumerate(events):
        console.print(event_table([e], title if i == 0 else None, widths=widths, show_header=i == 0))
        explain_record(e, explain)


def _rich_widths(table: Table, console: Console) -> list[int | None] | None:
    """The content widths rich gives ``table``'s columns on ``console`` (its layout less each
    column's padding); None if this rich version lays tables out in another way."""
    try:
        widths = table._calculate_column_widths(console, console.options)
        return [max(1, w - table._get_padding_width(i)) for i, w in enumerate(widths)]
    except (AttributeError, TypeError):
        return None


def explain_record(event: Event, console: Console) -> None:
    """Print one record's explanation: its id, type and trigger, then what it was read from, a
    line each (indented)."""
    console.print(Text.assemble((event.id, "bold"), f" {event.event} \"{event.event_text}\""), highlight=False, soft_wrap=True)
    for line in event.explanation:
        console.print(Text("  " + line), highlight=False, soft_wrap=True)
    console.print()


#: How wide a free-text column of a fitted table (:func:`fitted_table`) may need to be for its
#: longest word: a longer word ends in "…" rather than the column being left out.
FREE_WORD_WIDTH = 15


def fitted_table(columns: list[str], rows: list[tuple[str, ...]], console: Console,
                 keep: list[str] | None = None, title: str | None = None,
                 drop: list[str] | None = None) -> Table:
    """A rich table of plain-text ``rows`` under ``columns``, fitted to ``console``'s width: as it
    is when it fits; else every word of every column whole where they all fit; else the columns
    ``keep`` marks "all" or "first" (codes, dates, statuses; see :func:`_widths`) keep their words
    whole, every header stays whole, and the others ("header": free text) wrap at word boundaries
    (a word longer than :data:`FREE_WORD_WIDTH` ends in "…").

    A column marked "try" (ids) keeps its words whole when it can; when the table does not fit,
    the ids are shortened first ("3e0ea…": the widest id column first, the first column last),
    then the columns named in ``drop`` are left out, the first named first (the least important
    free text), the ids getting their width back where it then fits.  The columns left out are
    named in a dim line under the table.  A terminal too narrow even with all of ``drop`` left out
    gets rich's own layout of the columns that remain."""
    drop = [c for c in (drop or []) if c in columns]
    keep = list(keep or ["all"] * len(columns))

    def build(shown: list[int], widths: list[int | None], left_out: list[str]) -> Table:
        caption = (f"({', '.join(left_out)} left out at {console.width} columns; widen the terminal "
                   "or pipe for CSV)") if left_out else None
        table = Table(title=title, min_width=min(cell_len(title or ""), console.width) or None,  # a title on one line
                      caption=caption, caption_style="dim", caption_justify="left", **_TABLE_LOOK)
        for i, w in zip(shown, widths):
            table.add_column(Text(columns[i]), overflow="ellipsis", width=w)
        for r in rows:
            table.add_row(*(Text(r[i]) for i in shown))  # plain text: no markup in ids or triggers
        return table

    everything = list(range(len(columns)))
    table = build(everything, [None] * len(columns), [])
    natural = Measurement.get(console, console.options.update_width(1_000_000), table).maximum
    if natural <= console.width:
        return table
    mins = [MIN_FREE_WIDTH if k == "try" else FREE_WORD_WIDTH for k in keep]
    left_out: list[str] = []
    while True:
        shown = [i for i in everything if columns[i] not in left_out]
        # the "try" columns' (ids) words whole if they fit; else given up (as "header") one by
        # one, the widest first and the first column (a key) last; one given up ends in "…"
        order = sorted((i for i in shown if keep[i] == "try"),
                       key=lambda i: (i == 0, -_widths(columns[i], [r[i] for r in rows], "all")[0]))
        now = {i: "all" if keep[i] == "try" else keep[i] for i in shown}
        while True:
            widths = _column_widths([tuple(r[i] for i in shown) for r in rows], console.width,
                                    tuple(columns[i] for i in shown), [now[i] for i in shown],
                                    [mins[i] for i in shown])
            if None not in widths:
                return build(shown, widths, left_out)
            if not order:
                break
            now[order.pop(0)] = "header"
        if len(left_out) == len(drop):  # too narrow even so: rich's own layout of what is left
            return build(shown, [None] * len(shown), left_out)
        left_out.append(drop[len(left_out)])
