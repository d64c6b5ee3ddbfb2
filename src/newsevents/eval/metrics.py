"""Scoring predicted event records against gold events.

Matching rule (per story, one prediction per gold event): the event types agree, the actor
code sets intersect (any actor when the gold could give none a code), and the recipient code
sets intersect (or the gold gives no recipient code).  Among compatible predictions the one agreeing on most other fields wins.

Over matched pairs, field accuracies are computed only where the gold gives the field:
mode, sector (actor sectors intersect, and recipient sectors when the gold has them),
date at the gold's precision ("2020" matches "2020-08-09"), status, historical, location country.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any, Iterable

from newsevents.eval.gold import GoldEvent, GoldStory
from newsevents.records import EVENT_TYPES

FIELDS = ("mode", "sector", "date", "status", "historical", "location")

#: Codes that a gold code names as a family: the PLOVER gold records code every intergovernmental
#: body (UN organs, the European Community, NATO) as IGO, where our records use UNO and EUR.
CODE_FAMILY = {"UNO": "IGO", "EUR": "IGO"}


#: Types of conflict (quad classes 3 and 4 but for the verbal REQUEST): announced, they are threats.
CONFLICT_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


#: CAMEO "declare truce, ceasefire": RETREAT in the CAMEO2PLOVER table, CONCEDE in the PLOVER manual.
DECLARED_CEASEFIRE = "0871"


def _with_families(codes: frozenset[str]) -> frozenset[str]:
    return codes | {CODE_FAMILY[c] for c in codes if c in CODE_FAMILY}


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
    sentence: str | None = None
    cameo: str | None = None

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
            location_country=loc.get("country"), sentence=d.get("sentence"), cameo=d.get("cameo"),
        )

    @classmethod
    def from_gold(cls, g: GoldEvent) -> "Pred":
        """A gold event read as a prediction: another annotator's coding of the same article, for
        inter-annotator agreement (its ``sentence`` is its quote, so the own-sentence preference of
        :func:`match` pairs events quoted from the same words)."""
        return cls(event=g.event, actor_codes=g.actor_codes, recipient_codes=g.recipient_codes,
                   actor_sectors=g.actor_sectors, recipient_sectors=g.recipient_sectors, mode=g.mode,
                   date=g.date, status=g.status, historical=g.historical, location_country=g.location_country,
                   sentence=g.quote)

    def as_plover_statements(self) -> tuple["Pred", ...]:
        """The same words in the convention of the PLOVER gold records, which code the statement
        rather than the act; our records keep the act's own type with ``status``
        future/hypothetical/negated.  Each reading comes from a rule of the PLOVER manual:

        * an announced or offered act of cooperation ("Finland will give Tanzania a grant") is an
          AGREE (CAMEO 03, "express intent to ..."; AGREE: "all cooperative actions reported in
          future tense are also taken to imply intentions");
        * an announced act of conflict ("will impose sanctions unless ...") is a THREATEN (CAMEO 13);
        * a promised, announced or declared RETREAT that is not carried out ("agreed to withdraw
          from the islands", "will lift the embargo") is also a CONCEDE: the manual's CONCEDE
          covers "promises of future concessions" and "declarations (but not implementations) of
          ceasefires and withdrawals from territory", where RETREAT needs an immediate material
          consequence;
        * an act said not to happen or refused ("Syria will not accept refugees") is a REJECT
          (CAMEO 12);
        * a declared ceasefire or truce, which our records code CONCEDE after the manual (CAMEO
          0871, "declarations (but not implementations) of ceasefires"), is also a RETREAT, the
          type the CAMEO2PLOVER table gives 0871 and the PLOVER gold records follow ("declared a
          unilateral ceasefire"), whatever the status.

        Returns the prediction re-typed once for each reading that differs from its own type;
        empty for an asserted record other than a declared ceasefire."""
        if self.status in ("future", "hypothetical"):
            if self.event in CONFLICT_TYPES:
                aliases: tuple[str, ...] = ("THREATEN",)
            elif self.event == "RETREAT":
                aliases = ("AGREE", "CONCEDE")
            else:
                aliases = ("AGREE",)
        elif self.status == "negated":
            aliases = ("REJECT",)
        else:
            aliases = ()
        if self.event == "CONCEDE" and self.cameo == DECLARED_CEASEFIRE:
            aliases += ("RETREAT",)
        return tuple(replace(self, event=a) for a in aliases if a != self.event)


def compatible(g: GoldEvent, p: Pred) -> bool:
    """The matching rule of this module's docstring."""
    if g.event != p.event:
        return False
    if not actors_compatible(g, p):
        return False
    return True


def actors_compatible(g: GoldEvent, p: Pred) -> bool:
    """The actor and recipient parts of :func:`compatible`, whatever the event types.  A gold
    code family (IGO) is matched by its members (:data:`CODE_FAMILY`)."""
    if g.actor_codes and not (g.actor_codes & _with_families(p.actor_codes)):
        return False
    if not g.recipient_codes:
        return True  # the gold names no recipient country: nothing to check
    return bool(g.recipient_codes & _with_families(p.recipient_codes))


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


def same_mention(g: GoldEvent, p: Pred) -> bool:
    """True when the prediction was coded from the sentence that holds the gold event's quote
    (its first 40 characters), i.e. it is the same mention, not the same kind of event told
    elsewhere in the story.  False when either side lacks the text."""
    if not g.quote or not p.sentence:
        return False
    return " ".join(g.quote.split())[:40] in " ".join(p.sentence.split())


def match(gold: list[GoldEvent], preds: list[Pred]) -> list[tuple[GoldEvent, Pred]]:
    """Greedy one-to-one matching of one story's predictions to its gold events.  Among the
    compatible predictions, one from the gold event's own sentence (:func:`same_mention`) is
    taken first (in a first pass over all gold events, so that a gold event told elsewhere does not
    take another's own mention), then the one with the most fields right.  Pairs come back in
    gold order."""
    free = list(preds)
    paired: dict[int, Pred] = {}
    for own_sentence in (True, False):
        for i, g in enumerate(gold):
            if i in paired:
                continue
            cands = [p for p in free if compatible(g, p) and (same_mention(g, p) or not own_sentence)]
            if not cands:
                continue
            best = max(cands, key=lambda p: sum(field_checks(g, p).values()))
            free.remove(best)
            paired[i] = best
    return [(gold[i], paired[i]) for i in sorted(paired)]


def _prf(matched: int, n_gold: int, n_pred: int) -> dict[str, float]:
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def f1_interval(counts: list[tuple[int, int, int]], draws: int = 2000, seed: int = 0) -> tuple[float, float]:
    """95% interval of the event F1 by resampling stories with replacement (a percentile bootstrap):
    ``counts`` holds one (gold, predicted, matched) triple per story.  Stories, not events, are the
    unit, since the events of one article share its wording.  Returns (low, high), rounded to 4
    places; (0.0, 0.0) for no stories.  Deterministic for a given ``seed``."""
    if not counts:
        return 0.0, 0.0
    rng = random.Random(seed)
    n = len(counts)
    scores = []
    for _ in range(draws):
        g = pr = m = 0
        for _ in range(n):
            a, b, c = counts[rng.randrange(n)]
            g, pr, m = g + a, pr + b, m + c
        scores.append(_prf(m, g, pr)["f1"])
    scores.sort()
    return round(scores[int(0.025 * draws)], 4), round(scores[int(0.975 * draws) - 1], 4)


def score_events(stories: Iterable[tuple[GoldStory, list[Pred]]]) -> dict[str, Any]:
    """Precision/recall/F1 of events, field accuracies over matched pairs, and per-type scores.

    ``stories`` pairs each gold story with its predictions.  Empty gold and predictions score 0.
    ``f1_ci95`` is the 95% interval of the F1 over stories (:func:`f1_interval`).
    """
    n_gold = n_pred = matched = n_stories = 0
    per_story: list[tuple[int, int, int]] = []
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
        per_story.append((len(story.events), len(preds), len(pairs)))
        for g, p in pairs:
            per_match[g.event] += 1
            for name, ok in field_checks(g, p).items():
                field_n[name] += 1
                field_ok[name] += ok
    return {
        "stories": n_stories, "gold": n_gold, "predicted": n_pred, "matched": matched,
        **_prf(matched, n_gold, n_pred), "f1_ci95": list(f1_interval(per_story)),
        "fields": {f: {"accuracy": round(field_ok[f] / field_n[f], 4) if field_n[f] else None, "n": field_n[f]}
                   for f in FIELDS},
        "per_type": {t: {"gold": per_gold[t], "predicted": per_pred[t], "matched": per_match[t],
                         **_prf(per_match[t], per_gold[t], per_pred[t])}
                     for t in EVENT_TYPES if per_gold[t] or per_pred[t]},
    }


def score_sentences(stories: Iterable[tuple[GoldStory, list[Pred]]]) -> dict[str, Any]:
    """One gold event per sentence (PLOVER gold records).  No precision: the gold codes only one
    event per sentence.

    * ``recall``: a compatible prediction exists (type, actor and recipient codes agree);
    * ``recall_plover``: the same, with each future/hypothetical/negated prediction also read in
      the records' own convention (:meth:`Pred.as_plover_statements`: intents are AGREE, announced
      conflict THREATEN, a promised pull-back also CONCEDE, refusals REJECT);
    * ``dyad_found``: share of sentences with a prediction between the gold actors, any type;
    * ``type_accuracy``: over those sentences, how often one of them has the gold type (in the
      records' convention);
    * ``type_among``: the gold type is among all the sentence's predicted types.
    """
    n = found = found_plover = dyad = typed = among = 0
    per_gold, per_found = Counter(), Counter()
    for story, preds in stories:
        plover = preds + [a for p in preds for a in p.as_plover_statements()]
        for g in story.events:
            n += 1
            per_gold[g.event] += 1
            found += any(compatible(g, p) for p in preds)
            if any(compatible(g, p) for p in plover):
                found_plover += 1
                per_found[g.event] += 1
            between = [p for p in plover if actors_compatible(g, p)]
            if between:
                dyad += 1
                typed += any(p.event == g.event for p in between)
            among += any(p.event == g.event for p in plover)
    return {
        "sentences": n, "recall": round(found / n, 4) if n else 0.0,
        "recall_plover": round(found_plover / n, 4) if n else 0.0,
        "dyad_found": round(dyad / n, 4) if n else 0.0,
        "type_accuracy": round(typed / dyad, 4) if dyad else 0.0,
        "type_among": round(among / n, 4) if n else 0.0,
        "per_type": {t: {"gold": per_gold[t], "recall": round(per_found[t] / per_gold[t], 4)}
                     for t in EVENT_TYPES if per_gold[t]},
    }


def score_labels(stories: Iterable[tuple[GoldStory, list[Pred]]],
                 audit: dict[str, list[tuple[str, str]]] | None = None) -> dict[str, Any]:
    """One label per story (NGEC synthetic): how often the label is among the story's predicted
    types, and how often it is the most frequent one (ties count for every tied type).

    The labels follow the PLOVER manual's convention (a vow to act is AGREE or THREATEN, a promised
    pull-back also CONCEDE, a refusal REJECT), so ``label_among_types`` reads a future/negated
    record both as coded and in each reading of :meth:`Pred.as_plover_statements`, as
    :func:`score_sentences` does;
    ``label_among_types_strict`` reads our types only as coded.

    ``audit`` (:func:`~newsevents.eval.gold.read_label_audit`) adds, over the scored stories a blind
    reader judged: ``audited`` (how many), ``label_fits`` (the share whose every verdict is FITS),
    ``label_among_audited`` (label-among over all audited stories, to compare with the next) and
    ``label_among_confirmed`` / ``_strict`` (label-among over the stories whose label is confirmed),
    and ``audit_agreement`` (the share of stories judged twice with the same verdict; None when
    none is).  Raises ValueError when the audit gives a story another label than the gold."""
    n = among = strict = top = 0
    hits: list[tuple[str, bool, bool]] = []
    for story, preds in stories:
        n += 1
        counts = Counter(p.event for p in preds)
        is_strict = story.label in counts
        is_among = is_strict or any(alt.event == story.label for p in preds for alt in p.as_plover_statements())
        strict += is_strict
        among += is_among
        hits.append((story.story_id, is_among, is_strict))
        if counts:
            best = max(counts.values())
            top += counts.get(story.label, 0) == best
        if audit and any(label != story.label for label, _ in audit.get(story.story_id, ())):
            raise ValueError(f"label audit: {story.story_id} is audited as another label than {story.label}")
    out = {"stories": n, "label_among_types": round(among / n, 4) if n else 0.0,
           "label_among_types_strict": round(strict / n, 4) if n else 0.0,
           "label_most_frequent": round(top / n, 4) if n else 0.0}
    if audit:
        judged = [(sid, a, s) for sid, a, s in hits if sid in audit]
        confirmed = [(a, s) for sid, a, s in judged if all(v == "FITS" for _, v in audit[sid])]
        twice = [audit[sid] for sid, _, _ in judged if len(audit[sid]) > 1]
        out.update({
            "audited": len(judged),
            "label_fits": round(len(confirmed) / len(judged), 4) if judged else None,
            "label_among_audited": round(sum(a for _, a, _ in judged) / len(judged), 4) if judged else None,
            "confirmed": len(confirmed),
            "label_among_confirmed": round(sum(a for a, _ in confirmed) / len(confirmed), 4) if confirmed else None,
            "label_among_confirmed_strict": round(sum(s for _, s in confirmed) / len(confirmed), 4) if confirmed else None,
            "audit_agreement": round(sum(len({v for _, v in rows}) == 1 for rows in twice) / len(twice), 4) if twice else None,
            "audited_twice": len(twice),
        })
    return out
