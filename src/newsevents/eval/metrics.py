"""Scoring predicted event records against gold events.

Matching rule (per story, one prediction per gold event): the event types agree, the actor
code sets intersect (any actor when the gold could give none a code), and the recipient code
sets intersect (or the gold gives no recipient code).  Among compatible predictions the one agreeing on most other fields wins.

Over matched pairs, field accuracies are computed only where the gold gives the field:
mode, sector (actor sectors intersect, and recipient sectors when the gold has them),
date at the gold's precision ("2020" matches "2020-08-09"), status, historical, location country.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

from newsevents.eval.gold import GoldEvent, GoldStory
from newsevents.records import EVENT_TYPES

FIELDS = ("mode", "sector", "date", "status", "historical", "location")


@dataclass(frozen=True)
class Pred:
    """A predicted record reduced to what is scored (from an Event or its JSON)."""

    event: str
    actor_codes: frozenset[str]
    recipient_codes: frozenset[str]
    actor_sectors: frozenset[str]
    recipient_sectors: frozenset[str]
    mode: str | None
    date: str | None
    status: str | None
    historical: bool | None
    location_country: str | None

    @classmethod
    def from_record(cls, d: dict[str, Any]) -> "Pred":
        """From a spec record (dict)."""
        loc = d.get("event_loc") or {}
        return cls(
            event=d["event"],
            actor_codes=frozenset(a["code"] for a in d.get("actor") or [] if a.get("code")),
            recipient_codes=frozenset(r["code"] for r in d.get("recipient") or [] if r.get("code")),
            actor_sectors=frozenset(a["sector"] for a in d.get("actor") or [] if a.get("sector")),
            recipient_sectors=frozenset(r["sector"] for r in d.get("recipient") or [] if r.get("sector")),
            mode=d.get("mode"), date=d.get("date"), status=d.get("status"), historical=d.get("historical"),
            location_country=loc.get("country"),
        )


def compatible(g: GoldEvent, p: Pred) -> bool:
    """The matching rule of this module's docstring."""
    if g.event != p.event:
        return False
    if g.actor_codes and not (g.actor_codes & p.actor_codes):
        return False
    if not g.recipient_codes:
        return True  # the gold names no recipient country: nothing to check
    return bool(g.recipient_codes & p.recipient_codes)


def field_checks(g: GoldEvent, p: Pred) -> dict[str, bool]:
    """For each field the gold gives, whether the prediction has it right."""
    out: dict[str, bool] = {}
    if g.mode:
        out["mode"] = p.mode == g.mode
    if g.actor_sectors or g.recipient_sectors:
        ok = not g.actor_sectors or bool(g.actor_sectors & p.actor_sectors)
        ok = ok and (not g.recipient_sectors or bool(g.recipient_sectors & p.recipient_sectors))
        out["sector"] = ok
    if g.date:
        out["date"] = bool(p.date) and len(p.date) >= len(g.date) and p.date[:len(g.date)] == g.date
    if g.status:
        out["status"] = p.status == g.status
    if g.historical is not None:
        out["historical"] = bool(p.historical) == bool(g.historical)
    if g.location_country:
        out["location"] = p.location_country == g.location_country
    return out


def match(gold: list[GoldEvent], preds: list[Pred]) -> list[tuple[GoldEvent, Pred]]:
    """Greedy one-to-one matching of one story's predictions to its gold events."""
    free = list(preds)
    pairs = []
    for g in gold:
        cands = [p for p in free if compatible(g, p)]
        if not cands:
            continue
        best = max(cands, key=lambda p: sum(field_checks(g, p).values()))
        free.remove(best)
        pairs.append((g, best))
    return pairs


def _prf(matched: int, n_gold: int, n_pred: int) -> dict[str, float]:
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_events(stories: Iterable[tuple[GoldStory, list[Pred]]]) -> dict[str, Any]:
    """Precision/recall/F1 of events, field accuracies over matched pairs, and per-type scores.

    ``stories`` pairs each gold story with its predictions.  Empty gold and predictions score 0.
    """
    n_gold = n_pred = matched = n_stories = 0
    per_gold, per_pred, per_match = Counter(), Counter(), Counter()
    field_ok, field_n = Counter(), Counter()
    for story, preds in stories:
        n_stories += 1
        n_gold += len(story.events)
        n_pred += len(preds)
        per_gold.update(g.event for g in story.events)
        per_pred.update(p.event for p in preds)
        pairs = match(story.events, preds)
        matched += len(pairs)
        for g, p in pairs:
            per_match[g.event] += 1
            for name, ok in field_checks(g, p).items():
                field_n[name] += 1
                field_ok[name] += ok
    return {
        "stories": n_stories, "gold": n_gold, "predicted": n_pred, "matched": matched,
        **_prf(matched, n_gold, n_pred),
        "fields": {f: {"accuracy": round(field_ok[f] / field_n[f], 4) if field_n[f] else None, "n": field_n[f]}
                   for f in FIELDS},
        "per_type": {t: {"gold": per_gold[t], "predicted": per_pred[t], "matched": per_match[t],
                         **_prf(per_match[t], per_gold[t], per_pred[t])}
                     for t in EVENT_TYPES if per_gold[t] or per_pred[t]},
    }


def score_sentences(stories: Iterable[tuple[GoldStory, list[Pred]]]) -> dict[str, Any]:
    """One gold event per sentence (PLOVER gold): recall (a compatible prediction exists) and
    type accuracy (the gold type is among the sentence's predicted types).  No precision: the
    gold codes only one event per sentence."""
    n = found = typed = 0
    per_gold, per_found = Counter(), Counter()
    for story, preds in stories:
        for g in story.events:
            n += 1
            per_gold[g.event] += 1
            if any(compatible(g, p) for p in preds):
                found += 1
                per_found[g.event] += 1
            typed += any(p.event == g.event for p in preds)
    return {
        "sentences": n, "recall": round(found / n, 4) if n else 0.0,
        "type_accuracy": round(typed / n, 4) if n else 0.0,
        "per_type": {t: {"gold": per_gold[t], "recall": round(per_found[t] / per_gold[t], 4)}
                     for t in EVENT_TYPES if per_gold[t]},
    }


def score_labels(stories: Iterable[tuple[GoldStory, list[Pred]]]) -> dict[str, Any]:
    """One label per story (NGEC synthetic): how often the label is among the story's predicted
    types, and how often it is the most frequent one (ties count for every tied type)."""
    n = among = top = 0
    for story, preds in stories:
        n += 1
        counts = Counter(p.event for p in preds)
        among += story.label in counts
        if counts:
            best = max(counts.values())
            top += counts.get(story.label, 0) == best
    return {"stories": n, "label_among_types": round(among / n, 4) if n else 0.0,
            "label_most_frequent": round(top / n, 4) if n else 0.0}
