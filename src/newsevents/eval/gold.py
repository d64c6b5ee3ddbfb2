"""Readers for gold data: our own annotations, the PLOVER gold-standard records, NGEC synthetic stories.

Each reader returns :class:`GoldStory` objects that carry the article text (or a pointer to it)
and its gold events.  Texts are read from where the data lives (``../shared/data``); nothing is
copied into the repository.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

#: Older PLOVER categories in the PLOVER gold records -> current types (PLOVER manual, 2021).
PLOVER_OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
#: Country codes of the PLOVER gold records that are not ISO 3166 alpha-3 -> the ISO code
#: (JAP and ITL are older CAMEO spellings of Japan and Italy; VTN a misspelling of Vietnam).
PLOVER_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


@dataclass
class GoldEvent:
    """One gold event.  Codes and sectors are sets over the listed actors/recipients."""

    event: str
    actor_codes: frozenset[str]
    recipient_codes: frozenset[str]
    actor_sectors: frozenset[str] = frozenset()
    recipient_sectors: frozenset[str] = frozenset()
    mode: str | None = None
    date: str | None = None
    status: str | None = None
    historical: bool | None = None
    location_country: str | None = None
    quote: str | None = None


@dataclass
class GoldStory:
    """A gold article: ``text`` to code (raw, as scraped), its ``published`` date, gold events.

    ``kind``: "events" (every event annotated), "sentence" (one event per sentence, PLOVER
    gold: no precision), "label" (one document label, NGEC synthetic).
    """

    story_id: str
    text: str
    published: str | None
    events: list[GoldEvent] = field(default_factory=list)
    kind: str = "events"
    label: str | None = None


def _entities(ents) -> list[dict]:
    """Entity dicts of a gold field; the PLOVER records sometimes hold "" or a word there."""
    return [e for e in ents if isinstance(e, dict)] if isinstance(ents, list) else []


def _codes(ents) -> frozenset[str]:
    return frozenset(PLOVER_CODE_FIXES.get(e["code"], e["code"]) for e in _entities(ents) if e.get("code"))


def _sectors(ents) -> frozenset[str]:
    return frozenset(e["sector"] for e in _entities(ents) if e.get("sector"))


def _article_text(source: str, data_dir: Path) -> str:
    """The raw text of a ``source`` pointer (relative to ``data_dir``): ``path.json`` (news-please
    "text"), ``path.csv#ID`` (the row whose first column is ID, column "text"), or a text file."""
    if "#" in source:
        rel, row_id = source.split("#", 1)
        csv.field_size_limit(sys.maxsize)
        with _under(data_dir, rel).open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            id_col = reader.fieldnames[0]
            for row in reader:
                if row[id_col] == row_id:
                    return row["text"]
        raise KeyError(f"{source}: no such row")
    if source.endswith(".json"):
        return json.loads(_under(data_dir, source).read_text(encoding="utf-8"))["text"]
    return _under(data_dir, source).read_text(encoding="utf-8")


def _under(data_dir: Path, source: str) -> Path:
    """``data_dir / source`` with ".." folded in ("data/../seed/x.txt" -> "seed/x.txt"), so a
    pointer outside ``data_dir`` works when ``data_dir`` itself does not exist."""
    return Path(os.path.normpath(data_dir / source))


def read_newsevents_gold(gold_dir: str | Path, data_dir: str | Path) -> list[GoldStory]:
    """Our annotations (``gold/newsevents/*.yaml``, format in ``docs/annotation-guide.md``).

    ``data_dir`` is where the annotated texts live (``../shared/data``).  Raises FileNotFoundError
    when a pointed-to text is missing.
    """
    data_dir = Path(data_dir)
    stories = []
    for path in sorted(Path(gold_dir).glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        text_path = _under(data_dir, str(doc["source"]).split("#", 1)[0])
        if not text_path.is_file():
            raise FileNotFoundError(
                f"{path.name}: its article text {text_path} is missing; the gold texts are public data kept "
                f"outside the repository (--data DIR points to them, default ../shared/data)")
        events = [GoldEvent(
            event=e["event"], actor_codes=_codes(e.get("actor")), recipient_codes=_codes(e.get("recipient")),
            actor_sectors=_sectors(e.get("actor")), recipient_sectors=_sectors(e.get("recipient")),
            mode=e.get("mode"), date=str(e["date"]) if e.get("date") else None, status=e.get("status"),
            historical=e.get("historical"), location_country=e.get("location_country"), quote=e.get("quote"),
        ) for e in doc.get("events") or []]
        stories.append(GoldStory(str(doc["story_id"]), _article_text(doc["source"], data_dir),
                                 str(doc["published"]) if doc.get("published") else None, events))
    return stories


def read_plover_gsr(path: str | Path) -> list[GoldStory]:
    """The PLOVER gold-standard records (a JSON list; one coded sentence each).

    Older types are mapped to current ones (:data:`PLOVER_OLD_TYPES`); DOCUMENT records skipped.
    Each sentence becomes a story with its ``date`` as publication date.
    """
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for r in records:
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        event = PLOVER_OLD_TYPES.get(r["event"], r["event"])
        out.append(GoldStory(r["id"], r["text"], r.get("date"), [GoldEvent(
            event=event, actor_codes=_codes(r.get("source")), recipient_codes=_codes(r.get("target")),
            actor_sectors=_sectors(r.get("source")), recipient_sectors=_sectors(r.get("target")),
            mode=r.get("mode"))], kind="sentence"))
    return out


#: Verdicts of a label audit (see :func:`read_label_audit`).
AUDIT_VERDICTS = ("FITS", "BACKGROUND", "NO")


def read_label_audit(path: str | Path) -> dict[str, list[tuple[str, str]]]:
    """A blind audit of NGEC pseudo-labels: a TSV with the header ``story_id, label, verdict,
    annotator, note``, one row per story and annotator (a story two annotators judged has two
    rows).  ``verdict`` is FITS (the text reports an event of the labelled type by identifiable
    parties), BACKGROUND (the type only as history, a trend or commentary) or NO (nothing of the
    type).  Returns ``{story_id: [(label, verdict), ...]}``; ids are those of
    :func:`read_ngec_synthetic` (``ngec:N``, N the row number from 0).

    Raises ValueError for a missing column or an unknown verdict (with the line number)."""
    out: dict[str, list[tuple[str, str]]] = {}
    with Path(path).open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        missing = [c for c in ("story_id", "label", "verdict") if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: not a label audit (no {' or '.join(repr(c) for c in missing)} column)")
        for n, row in enumerate(reader, 2):
            verdict = (row["verdict"] or "").strip().upper()
            if verdict not in AUDIT_VERDICTS:
                raise ValueError(f"{path}, line {n}: verdict {row['verdict']!r} is none of {', '.join(AUDIT_VERDICTS)}")
            out.setdefault(row["story_id"].strip(), []).append((row["label"].strip().upper(), verdict))
    return out


def read_ngec_synthetic(path: str | Path, limit: int | None = None) -> list[GoldStory]:
    """NGEC's synthetic stories (CSV with ``text``, ``label``): one pseudo-label per story."""
    csv.field_size_limit(sys.maxsize)
    out = []
    with Path(path).open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in ("text", "label") if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: not an NGEC CSV (no {' or '.join(repr(c) for c in missing)} column)")
        for n, row in enumerate(reader):
            if limit is not None and n >= limit:
                break
            out.append(GoldStory(f"ngec:{n}", row["text"], None, kind="label", label=row["label"].upper()))
    return out
