"""Actor overlays: extra aliases a user adds to the shipped knowledge base at run time.

An overlay is one UTF-8 TSV file in our own format (written by ``newsevents dict import`` from
PETRARCH/Phoenix dictionaries, or by hand).  The project never ships one.  It is switched on with
``--actors-overlay PATH`` (extract, eval) or the environment variable ``NEWSEVENTS_ACTOR_OVERLAY``.

Format: ``#`` comment lines, then the header ``alias kind code sector name start end source`` and
one row per alias and role:

* ``kind``: ``country`` (a country name or place standing for it), ``org``, ``person`` or
  ``sector`` (a lower-case sector noun: ``code`` empty, ``sector`` required);
* ``code``: ISO 3166-1 alpha-3 or a PLOVER non-state code (IGO, UNO, EUR, NGO, IMG, MNC, ISM);
* ``start``/``end``: ISO dates bounding the role (empty = open); several rows of one alias are the
  roles of one actor over time (a row with neither date is its role at any other time).

Precedence: **the shipped knowledge base wins**.  An overlay alias that the shipped KB already has
(same spelling) is ignored, and so is an overlay sector term the KB already has; the overlay only
adds what the KB does not know.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, Iterator

OVERLAY_ENV = "NEWSEVENTS_ACTOR_OVERLAY"
COLUMNS = ("alias", "kind", "code", "sector", "name", "start", "end", "source")
KINDS = ("country", "org", "person", "sector")
MAGIC = "# newsevents actor overlay"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_CODE = re.compile(r"[A-Z]{3}\Z")


def default_overlay_path() -> Path:
    """Where ``newsevents dict import`` writes by default: the user data folder
    (platformdirs; e.g. ``~/.local/share/newsevents/actor-overlay.tsv`` on Linux)."""
    import platformdirs

    return platformdirs.user_data_path("newsevents") / "actor-overlay.tsv"


def overlay_from_env() -> str | None:
    """The overlay path named by ``NEWSEVENTS_ACTOR_OVERLAY``, or None."""
    return os.environ.get(OVERLAY_ENV) or None


def write_overlay(rows: Iterable[tuple[str, ...]], path: str | Path, comments: Iterable[str] = ()) -> int:
    """Write overlay ``rows`` (tuples in :data:`COLUMNS` order) to ``path`` atomically (a temporary
    file renamed over it); parent folders are created.  Returns the number of rows."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(MAGIC + "\n")
        for c in comments:
            fh.write("# " + c + "\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            fh.write("\t".join(" ".join(c.split()) for c in row) + "\n")
            n += 1
    os.replace(tmp, path)
    return n


def read_overlay(path: str | Path) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Yield ``(line number, row)`` of an overlay file, validated.

    Raises ValueError (with the file and line) for a file that is not an overlay, a row with the
    wrong number of cells, an unknown kind, an invalid code, sector or date.
    """
    path = Path(path)
    ok: set[tuple[str, ...]] = set()
    with path.open(encoding="utf-8") as fh:
        header_seen = False
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = tuple(line.split("\t"))
            if not header_seen:
                if cells != COLUMNS:
                    raise ValueError(f"{path}:{n}: not an actor overlay (expected the header {' '.join(COLUMNS)})")
                header_seen = True
                continue
            if len(cells) != len(COLUMNS):
                raise ValueError(f"{path}:{n}: {len(cells)} cells, expected {len(COLUMNS)}")
            alias, kind, code, sector, _name, start, end, _src = cells
            if (kind, code, sector, start, end) not in ok:  # rows repeat these: check each once
                _check(path, n, cells)
                ok.add((kind, code, sector, start, end))
            if not alias.strip():
                raise ValueError(f"{path}:{n}: empty alias")
            yield n, cells
        if not header_seen:
            raise ValueError(f"{path}: not an actor overlay (no header line)")


def _check(path: Path, n: int, cells: tuple[str, ...]) -> None:
    _alias, kind, code, sector, _name, start, end, _src = cells
    if kind not in KINDS:
        raise ValueError(f"{path}:{n}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
    if kind == "sector":
        if code or not _CODE.match(sector):
            raise ValueError(f"{path}:{n}: a sector row needs a sector code and no actor code")
    elif not _CODE.match(code):
        raise ValueError(f"{path}:{n}: invalid actor code {code!r}")
    if sector and not _CODE.match(sector):
        raise ValueError(f"{path}:{n}: invalid sector {sector!r}")
    for d in (start, end):
        if d and not _DATE.match(d):
            raise ValueError(f"{path}:{n}: invalid date {d!r} (YYYY-MM-DD)")


def apply_overlay(kb, path: str | Path) -> dict[str, int | str]:
    """Add the overlay at ``path`` to ``kb`` (an :class:`~newsevents.actors.kb.ActorKB` holding the
    shipped entries only).  The shipped KB wins: aliases and sector terms it already has are
    skipped.  The added aliases and terms are matched in text by :class:`OverlayIndex` (a lookup
    of token n-grams, which costs nothing to build), not by the shipped KB's phrase matchers.
    Returns counts: rows, added, skipped (conflicts with the shipped KB)."""
    from newsevents.actors.kb import KBEntry

    base_names = set(kb.names)
    base_sectors = set(kb.sectors)
    added = skipped = rows = 0
    names = kb.names
    new_names: set[str] = set()
    new_terms: set[str] = set()
    for _n, (alias, kind, code, sector, name, start, end, _src) in read_overlay(path):
        rows += 1
        if kind == "sector":
            term = alias.lower()
            if term in base_sectors:
                skipped += 1
            else:
                kb.sectors[term] = sector
                new_terms.add(term)
                added += 1
            continue
        if alias in base_names:
            skipped += 1
            continue
        entry = KBEntry(alias, kind, code, sector or None, name or alias, None, start or None, end or None)
        bucket = names.get(alias)
        if bucket is None:
            names[alias] = [entry]
            new_names.add(alias)
        elif entry in bucket:
            continue
        else:
            bucket.append(entry)
        added += 1
    kb.overlay = {"path": str(path), "rows": rows, "added": added, "skipped": skipped}
    kb.overlay_index = OverlayIndex(new_names, new_terms)
    return kb.overlay


class OverlayIndex:
    """Finds overlay aliases (case-sensitive) and sector terms (lower case) in a parsed text.

    A phrase matcher for tens of thousands of aliases takes seconds to build (every alias must be
    tokenised); this index is built from the strings alone.  From each token it extends the span
    while the span's text is the start of some alias (at a word boundary) or the next token is
    glued to it ("Ki" "-" "moon"), and keeps every span whose text is an alias."""

    MAX_TOKENS = 16

    def __init__(self, names: set[str], terms: set[str]):
        self.names = names
        self.terms = terms
        self.name_prefixes = _word_prefixes(names)
        self.term_prefixes = _word_prefixes(terms)

    def matches(self, doc) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
        """(alias, start, end) token spans of aliases, and of sector terms, found in ``doc``."""
        return (self._find(doc, self.names, self.name_prefixes, False),
                self._find(doc, self.terms, self.term_prefixes, True))

    def _find(self, doc, table: set[str], prefixes: set[str], lower: bool) -> list[tuple[str, int, int]]:
        out = []
        if not table:
            return out
        n = len(doc)
        for i in range(n):
            first = doc[i].lower_ if lower else doc[i].text
            if first not in prefixes and doc[i].whitespace_:
                continue
            text = ""
            for j in range(i, min(n, i + self.MAX_TOKENS)):
                tok = doc[j]
                text += tok.lower_ if lower else tok.text
                if text in table:
                    out.append((text, i, j + 1))
                if tok.whitespace_:
                    if text not in prefixes:
                        break
                    text += " "
        return out


def _word_prefixes(strings: set[str]) -> set[str]:
    """Every prefix of each string that ends before a space, and the strings themselves."""
    out = set()
    for s in strings:
        parts = s.split(" ")
        for k in range(1, len(parts) + 1):
            out.add(" ".join(parts[:k]))
    return out
