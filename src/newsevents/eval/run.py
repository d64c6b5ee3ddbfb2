"""Running the coder over gold sets and reporting scores (table and JSON)."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from rich.table import Table

from newsevents.eval.gold import GoldStory, read_newsevents_gold, read_ngec_synthetic, read_plover_gsr
from newsevents.eval.metrics import FIELDS, Pred, score_events, score_labels, score_sentences
from newsevents.records import Article


def load_gold(path: str | Path, data_dir: str | Path, limit: int | None = None) -> list[GoldStory]:
    """Gold stories from ``path``: a folder of our YAML annotations, the PLOVER gold file
    (JSON list), or the NGEC synthetic CSV.  Raises ValueError for anything else."""
    path = Path(path)
    if path.is_dir():
        stories = read_newsevents_gold(path, data_dir)
    elif path.suffix == ".csv":
        stories = read_ngec_synthetic(path, limit)
    elif path.suffix in (".txt", ".json") and path.read_text(encoding="utf-8", errors="replace").lstrip().startswith("["):
        stories = read_plover_gsr(path)
    else:
        raise ValueError(f"{path}: not a gold set (a folder of YAML annotations, PLOVER gold JSON, or NGEC CSV)")
    if path.suffix == ".csv" and not stories:
        raise ValueError(f"{path}: no stories (an NGEC CSV has a header and one event a row)")
    return stories[:limit] if limit else stories


def predict(stories: list[GoldStory], pipeline) -> dict[str, list[Pred]]:
    """Run the coder: raw articles are cleaned first; single sentences and synthetic stories
    are coded as they are (a sentence has no boilerplate and no headline)."""
    from newsevents.read import RawArticle

    out: dict[str, list[Pred]] = {}
    raw = [s for s in stories if s.kind == "events"]
    for result in pipeline.run(RawArticle(s.story_id, s.text, published=s.published) for s in raw):
        out[result.story_id] = [Pred.from_record(e.to_dict()) for e in result.events]
    plain = [s for s in stories if s.kind != "events"]
    docs = pipeline.nlp.pipe(s.text for s in plain)
    for s, doc in zip(plain, docs):
        art = Article(story_id=s.story_id, text=s.text, published=s.published)
        out[s.story_id] = [Pred.from_record(e.to_dict()) for e in pipeline.code_doc(doc, art)]
    return out


def read_predictions(path: str | Path) -> dict[str, list[Pred]]:
    """Predictions from a JSON Lines file of spec records, grouped by ``story_id``."""
    out: dict[str, list[Pred]] = defaultdict(list)
    with Path(path).open(encoding="utf-8-sig", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except (json.JSONDecodeError, RecursionError):
                raise ValueError(f"{path}, line {n}: not a JSON record (predictions are the JSON Lines "
                                 "`newsevents extract` writes)") from None
            if not isinstance(d, dict) or "story_id" not in d or not isinstance(d.get("event"), str):
                raise ValueError(f"{path}, line {n}: not an event record (no \"story_id\" or \"event\")")
            try:
                out[str(d["story_id"])].append(Pred.from_record(d))
            except (AttributeError, TypeError, KeyError) as e:
                raise ValueError(f"{path}, line {n}: a malformed event record ({type(e).__name__}: {e})") from None
    return out


def read_annotations(path: str | Path, data_dir: str | Path) -> dict[str, list[Pred]]:
    """Another annotator's gold folder (same YAML format) read as predictions, by ``story_id``,
    to measure agreement between annotators with the event scorer (:meth:`Pred.from_gold`).
    Raises what :func:`read_newsevents_gold` raises."""
    return {s.story_id: [Pred.from_gold(g) for g in s.events] for s in read_newsevents_gold(path, data_dir)}


def evaluate(stories: list[GoldStory], preds: dict[str, list[Pred]],
             label_audit: dict[str, list[tuple[str, str]]] | None = None) -> dict[str, Any]:
    """Scores for a gold set, by its kind (see :class:`GoldStory`); ``label_audit`` (NGEC stories
    only) adds the scores over audited and confirmed labels (:func:`score_labels`)."""
    pairs = [(s, preds.get(s.story_id, [])) for s in stories]
    kind = stories[0].kind if stories else "events"
    if kind == "sentence":
        return {"kind": kind, **score_sentences(pairs)}
    if kind == "label":
        return {"kind": kind, **score_labels(pairs, label_audit)}
    return {"kind": kind, **score_events(pairs)}


def _fmt(x: Any) -> str:
    return "-" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)


def _audit_line(s: dict[str, Any]) -> str:
    """One sentence on the blind label audit's scores (see :func:`score_labels`)."""
    agree = (f"; two readers gave the same verdict on {_fmt(s['audit_agreement'])} of the {s['audited_twice']} "
             "stories both read" if s.get("audited_twice") else "")
    return (f"Blind label audit: {s['audited']} of these stories read without the coder's output; the label "
            f"fits the text in {_fmt(s['label_fits'])} of them{agree}. Label among extracted types: "
            f"{_fmt(s['label_among_audited'])} over the audited stories, {_fmt(s['label_among_confirmed'])} "
            f"(strict {_fmt(s['label_among_confirmed_strict'])}) over the {s['confirmed']} whose label is confirmed.")


def score_table(name: str, scores: dict[str, Any]) -> Table:
    """A rich table of one set's scores."""
    table = Table(title=f"{name} ({scores['kind']})")
    if scores["kind"] == "events":
        table.add_column("type")
        for col in ("gold", "predicted", "matched", "precision", "recall", "f1"):
            table.add_column(col, justify="right")
        for t, row in scores["per_type"].items():
            table.add_row(t, *(_fmt(row[c]) for c in ("gold", "predicted", "matched", "precision", "recall", "f1")))
        table.add_row("ALL", *(_fmt(scores[c]) for c in ("gold", "predicted", "matched", "precision", "recall", "f1")),
                      style="bold")
        ci = scores.get("f1_ci95")
        table.caption = (f"F1 95% interval over stories {ci[0]:.3f}-{ci[1]:.3f}; " if ci else "") + "matched pairs: " + ", ".join(
            f"{f} {_fmt(scores['fields'][f]['accuracy'])} (n={scores['fields'][f]['n']})" for f in FIELDS)
    elif scores["kind"] == "sentence":
        table.add_column("type")
        table.add_column("gold", justify="right")
        table.add_column("recall (records' convention)", justify="right")
        for t, row in scores["per_type"].items():
            table.add_row(t, str(row["gold"]), _fmt(row["recall"]))
        table.add_row("ALL", str(scores["sentences"]), _fmt(scores["recall_plover"]), style="bold")
        table.caption = (f"strict recall (our types as coded) {_fmt(scores['recall'])}; event between the gold "
                         f"actors found in {_fmt(scores['dyad_found'])}; type accuracy there "
                         f"{_fmt(scores['type_accuracy'])}; gold type among predicted types {_fmt(scores['type_among'])}")
    else:
        table.add_column("stories", justify="right")
        table.add_column("label among types", justify="right")
        table.add_column("strict (types as coded)", justify="right")
        table.add_column("label most frequent", justify="right")
        table.add_row(str(scores["stories"]), _fmt(scores["label_among_types"]),
                      _fmt(scores.get("label_among_types_strict")), _fmt(scores["label_most_frequent"]))
        if scores.get("audited"):
            table.caption = _audit_line(scores)
    return table


def accuracy_markdown(results: dict[str, dict[str, Any]], version: str) -> str:
    """The ``docs/accuracy.md`` page for a set of results {set name: scores}."""
    lines = [
        "# Accuracy", "",
        f"Measured on {date.today().isoformat()} with newsevents {version} "
        "(regenerate: `newsevents eval report`).", "",
        "Matching rule: a prediction matches a gold event when the types agree and the actor and",
        "recipient code sets intersect (one prediction per gold event); field accuracies are over",
        "matched pairs where the gold gives the field. See `src/newsevents/eval/metrics.py`.", "",
    ]
    for name, s in results.items():
        lines.append(f"## {name}")
        lines.append("")
        if s["kind"] == "events":
            lines += [f"{s['stories']} stories, {s['gold']} gold events, {s['predicted']} predicted, {s['matched']} matched.", "",
                      "| precision | recall | F1 | F1 95% interval (resampling stories) |", "|---|---|---|---|",
                      f"| {_fmt(s['precision'])} | {_fmt(s['recall'])} | {_fmt(s['f1'])} | "
                      + ("-" if not s.get("f1_ci95") else f"{s['f1_ci95'][0]:.3f}-{s['f1_ci95'][1]:.3f}") + " |", "",
                      "| field | accuracy | n |", "|---|---|---|"]
            lines += [f"| {f} | {_fmt(s['fields'][f]['accuracy'])} | {s['fields'][f]['n']} |" for f in FIELDS]
            lines += ["", "| type | gold | predicted | matched | P | R | F1 |", "|---|---|---|---|---|---|---|"]
            lines += [f"| {t} | {r['gold']} | {r['predicted']} | {r['matched']} | {_fmt(r['precision'])} | "
                      f"{_fmt(r['recall'])} | {_fmt(r['f1'])} |" for t, r in s["per_type"].items()]
        elif s["kind"] == "sentence":
            lines += [f"{s['sentences']} sentences (one gold event each; precision is not measured). The records "
                      "code a statement of intent as AGREE (of conflict, THREATEN) and a refusal as REJECT, and "
                      "the PLOVER manual codes a promised or declared but not implemented pull-back (a "
                      "withdrawal, a ceasefire) as CONCEDE, where our records keep the act's type with status "
                      "future/negated: *recall* reads our future/negated records both as coded and in each of "
                      "these readings (and a declared ceasefire, CONCEDE after the manual, also as the table's "
                      "RETREAT), *strict recall* only as coded. *Type accuracy* is over the sentences where an event "
                      "between the gold actors was found. Gold IGO is matched by UNO and EUR.", "",
                      "| recall | strict recall | event between gold actors found | type accuracy there | gold type among types |",
                      "|---|---|---|---|---|",
                      f"| {_fmt(s['recall_plover'])} | {_fmt(s['recall'])} | {_fmt(s['dyad_found'])} | "
                      f"{_fmt(s['type_accuracy'])} | {_fmt(s['type_among'])} |",
                      "", "| type | gold | recall |", "|---|---|---|"]
            lines += [f"| {t} | {r['gold']} | {_fmt(r['recall'])} |" for t, r in s["per_type"].items()]
        elif s["kind"] == "datelines":
            lines += [f"{s['stories']} stories with a body; the article is built as scraped (dateline, then body) and "
                      "the corpus year (1987) is given as context, since the datelines name only month and day.", "",
                      "| dateline found | publication date correct | dateline place in the story's places tags | errors |",
                      "|---|---|---|---|",
                      f"| {_fmt(s['dateline_found_share'])} | {_fmt(s['date_accuracy'])} | "
                      f"{_fmt(s.get('place_accuracy'))} (n={s.get('place_scored', 0)}) | {s['errors']} |"]
        elif s["kind"] == "cleaning":
            lines += [f"{s['pages']} English web pages; snippet scores as in trafilatura's own evaluation.", "",
                      "| run | precision | recall | F1 | accuracy | title | date | author |", "|---|---|---|---|---|---|---|---|"]
            names = {"html": "newsevents on HTML", "trafilatura_html": "trafilatura `extract` on HTML (baseline, same run)",
                     "text": "newsevents on the page's full visible text"}
            for key, label in names.items():
                r = s[key]
                lines.append(f"| {label} | " + " | ".join(_fmt(r.get(c)) for c in (
                    "precision", "recall", "f1", "accuracy", "title_accuracy", "date_accuracy", "author_accuracy")) + " |")
        else:
            lines += [f"{s['stories']} synthetic stories with one pseudo-label each (noisy, not human gold).", "",
                      "The label is read against our future/negated records both as coded and in the PLOVER "
                      "manual's convention (a vow is AGREE/THREATEN, a promised or declared but not "
                      "implemented RETREAT also CONCEDE, a refusal REJECT); *strict* reads them only as coded.", "",
                      "| label among extracted types | strict | label is the most frequent type |", "|---|---|---|",
                      f"| {_fmt(s['label_among_types'])} | {_fmt(s.get('label_among_types_strict'))} "
                      f"| {_fmt(s['label_most_frequent'])} |"]
            if s.get("audited"):
                lines += ["", _audit_line(s)]
        lines.append("")
    return "\n".join(lines)
