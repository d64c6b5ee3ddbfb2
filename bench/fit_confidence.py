"""Fit the records' ``confidence`` (a logistic regression) on our gold and write its table.

    PYTHONPATH=src python bench/fit_confidence.py              # fit, report, write the table
    PYTHONPATH=src python bench/fit_confidence.py --dry-run    # fit and report only
    PYTHONPATH=src python bench/fit_confidence.py --write-baseline bench/results/confidence_baseline.tsv

Needs scikit-learn (``pip install -e .[dev]``); the coder itself never imports it.

What it does:

* codes the stories of ``gold/newsevents`` with the current coder and labels each predicted
  record 1 when the event scorer matches it to a gold event (:func:`newsevents.eval.metrics.match`,
  the pairing behind :func:`~newsevents.eval.metrics.score_events`' "matched"), else 0;
* computes each record's features (:func:`newsevents.events.confidence.features`);
* measures by cross-validation grouped by story (no article in both train and test; repeated
  shuffled 5-fold, the L2 strength chosen inside each training part): ROC AUC, Brier score and a
  reliability table of the out-of-fold probabilities, beside the same figures for a baseline
  confidence (``--baseline``: a TSV of record id and confidence, e.g. the hand-set score of
  earlier versions) and for the records' current ``confidence``;
* as an out-of-sample check, codes the PLOVER gold sentences and labels a record 1 when it is
  compatible with its sentence's gold event as the sentence scorer reads it (type, actor and
  recipient codes; statements also in the PLOVER convention, :meth:`Pred.as_plover_statements`),
  and reports the AUC there of the model fitted on all of our gold (not fitted on PLOVER);
* as a second out-of-sample check, the held-out gold sets (``gold/heldout-dev``,
  ``gold/heldout-test``: articles coded blind, never fitted on), labelled as our gold is, with the
  AUC and Brier score of the new fit and of the records' current confidence;
* fits on all of our gold and writes :data:`newsevents.events.confidence.TABLE`, with a header
  saying how, on what, when, and the figures.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold" / "newsevents"
DATA = ROOT.parents[0] / "shared" / "data"
PLOVER = Path("/work/shared/data/plover_gsr/PLOVER_GSR_CAMEO.txt")
CS = (0.03, 0.1, 0.3, 1.0, 3.0)
BUCKETS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)


def code_stories(stories, pipe) -> dict[str, list]:
    """Final records (Events) per story, coded as :func:`newsevents.eval.run.predict` codes them."""
    from newsevents.read import RawArticle
    from newsevents.records import Article

    out: dict[str, list] = {}
    raw = [s for s in stories if s.kind == "events"]
    for result in pipe.run(RawArticle(s.story_id, s.text, published=s.published) for s in raw):
        out[result.story_id] = list(result.events)
    plain = [s for s in stories if s.kind != "events"]
    for s, doc in zip(plain, pipe.nlp.pipe(s.text for s in plain)):
        out[s.story_id] = pipe.code_doc(doc, Article(story_id=s.story_id, text=s.text, published=s.published))
    return out


def label_events(stories, coded) -> list[tuple[str, object, int]]:
    """(story id, record, 1 when matched to a gold event) for every predicted record of an
    all-events gold set, by the scorer's own matching."""
    from newsevents.eval.metrics import Pred, match

    rows = []
    for s in stories:
        events = coded.get(s.story_id, [])
        preds = [Pred.from_record(e.to_dict()) for e in events]
        matched = {id(p) for _, p in match(s.events, preds)}
        rows += [(s.story_id, e, int(id(p) in matched)) for e, p in zip(events, preds)]
    return rows


def label_sentences(stories, coded) -> list[tuple[str, object, int]]:
    """(story id, record, 1 when compatible with the sentence's gold event) for the PLOVER gold,
    which codes one event per sentence: a record compatible in the records' own convention or in
    the PLOVER one (:meth:`Pred.as_plover_statements`) counts as right."""
    from newsevents.eval.metrics import Pred, compatible

    rows = []
    for s in stories:
        for e in coded.get(s.story_id, []):
            p = Pred.from_record(e.to_dict())
            ok = any(compatible(g, q) for g in s.events for q in (p, *p.as_plover_statements()))
            rows.append((s.story_id, e, int(ok)))
    return rows


def matrix(rows):
    from newsevents.events.confidence import FEATURES, features

    X = np.array([[features(e)[f] for f in FEATURES] for _, e, _ in rows], dtype=float)
    y = np.array([lab for _, _, lab in rows])
    groups = np.array([sid for sid, _, _ in rows])
    return X, y, groups


def choose_c(X, y, groups, seed: int) -> float:
    """The L2 strength with the lowest grouped-CV log loss on (X, y)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss
    from sklearn.model_selection import GroupKFold

    best, best_loss = CS[0], float("inf")
    for c in CS:
        p = np.zeros(len(y))
        for tr, te in GroupKFold(n_splits=5, shuffle=True, random_state=seed).split(X, y, groups):
            p[te] = LogisticRegression(C=c, max_iter=1000).fit(X[tr], y[tr]).predict_proba(X[te])[:, 1]
        loss = log_loss(y, p)
        if loss < best_loss:
            best, best_loss = c, loss
    return best


def cross_validate(X, y, groups, repeats: int):
    """Out-of-fold probabilities of each repeat (nested: C chosen on each training part),
    and the coefficients of every outer fit."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    probs, coefs = [], []
    for r in range(repeats):
        p = np.zeros(len(y))
        for tr, te in GroupKFold(n_splits=5, shuffle=True, random_state=r).split(X, y, groups):
            c = choose_c(X[tr], y[tr], groups[tr], seed=100 + r)
            m = LogisticRegression(C=c, max_iter=1000).fit(X[tr], y[tr])
            p[te] = m.predict_proba(X[te])[:, 1]
            coefs.append(m.coef_[0])
        probs.append(p)
    return probs, np.array(coefs)


def auc_brier(y, p) -> tuple[float, float]:
    from sklearn.metrics import brier_score_loss, roc_auc_score

    return roc_auc_score(y, p), brier_score_loss(y, p)


def reliability(y, p) -> list[tuple[str, int, float, float]]:
    """(bucket, n, mean predicted, observed share matched) per confidence bucket."""
    out = []
    for lo, hi in zip(BUCKETS, BUCKETS[1:]):
        sel = (p >= lo) & (p < hi)
        if sel.any():
            out.append((f"{lo:.1f}-{min(hi, 1.0):.1f}", int(sel.sum()), float(p[sel].mean()), float(y[sel].mean())))
    return out


def read_baseline(path: Path | None) -> dict[str, float]:
    if path is None or not path.exists():
        return {}
    rows = (line.split("\t") for line in path.read_text().splitlines() if line and not line.startswith("#"))
    return {r[0]: float(r[1]) for r in rows}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--plover", type=Path, default=PLOVER)
    ap.add_argument("--baseline", type=Path, default=ROOT / "bench" / "results" / "confidence_baseline.tsv",
                    help="record id<TAB>confidence of the baseline to compare with")
    ap.add_argument("--write-baseline", type=Path, help="only write the records' current confidence there")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--dry-run", action="store_true", help="do not write the table")
    args = ap.parse_args()

    from newsevents.eval.run import load_gold
    from newsevents.events.confidence import FEATURES, TABLE
    from newsevents.pipeline import get_pipeline
    from sklearn.linear_model import LogisticRegression

    pipe = get_pipeline()
    stories = load_gold(args.gold, args.data)
    rows = label_events(stories, code_stories(stories, pipe))
    pl_stories = load_gold(args.plover, args.data) if args.plover.exists() else []
    pl_rows = label_sentences(pl_stories, code_stories(pl_stories, pipe)) if pl_stories else []
    if args.write_baseline:
        args.write_baseline.write_text("# record id\tconfidence (" + pipe.__class__.__module__ + ", "
                                       + datetime.now(timezone.utc).strftime("%Y-%m-%d") + ")\n"
                                       + "".join(f"{e.id}\t{e.confidence}\n" for _, e, _ in rows + pl_rows))
        print(f"wrote {len(rows) + len(pl_rows)} baseline confidences to {args.write_baseline}")
        return 0

    X, y, groups = matrix(rows)
    n_stories = len(set(groups))
    print(f"{len(y)} records of {n_stories} stories, {y.sum()} matched ({y.mean():.3f})")
    probs, coefs = cross_validate(X, y, groups, args.repeats)
    scores = np.array([auc_brier(y, p) for p in probs])
    base = read_baseline(args.baseline)
    old = np.array([base.get(e.id, np.nan) for _, e, _ in rows])
    cur = np.array([e.confidence for _, e, _ in rows])
    lines = [f"cross-validated by story (5-fold grouped on story_id, {args.repeats} shuffled repeats, "
             f"L2 strength chosen inside each training part from {list(CS)}):",
             f"  new (out-of-fold): AUC {scores[:, 0].mean():.3f} (sd {scores[:, 0].std():.3f}), "
             f"Brier {scores[:, 1].mean():.3f} (sd {scores[:, 1].std():.3f})"]
    if not np.isnan(old).any():
        a, b = auc_brier(y, old)
        lines.append(f"  old hand-set score ({args.baseline.name}): AUC {a:.3f}, Brier {b:.3f}")
    a, b = auc_brier(y, cur)
    print(f"records' current confidence (in-sample when it is the shipped fit): AUC {a:.3f}, Brier {b:.3f}")
    lines.append(f"  base rate only: Brier {y.mean() * (1 - y.mean()):.3f}")
    lines.append("reliability (out-of-fold, first repeat): bucket, n, mean predicted, observed share matched")
    lines += [f"  {b} {n:4d} {mp:.2f} {ob:.2f}" for b, n, mp, ob in reliability(y, probs[0])]
    if not np.isnan(old).any():
        lines.append("reliability of the old score: bucket, n, mean predicted, observed share matched")
        lines += [f"  {b} {n:4d} {mp:.2f} {ob:.2f}" for b, n, mp, ob in reliability(y, old)]
    lines.append("coefficient across outer folds: min / max (sign stable when both share it)")
    stable = {}
    for j, f in enumerate(FEATURES):
        lo, hi = coefs[:, j].min(), coefs[:, j].max()
        stable[f] = lo > 0 or hi < 0
        lines.append(f"  {f:16s} {lo:+.2f} / {hi:+.2f}{'  stable' if stable[f] else ''}")

    c = choose_c(X, y, groups, seed=0)
    final = LogisticRegression(C=c, max_iter=1000).fit(X, y)
    if pl_rows:
        Xp, yp, _ = matrix(pl_rows)
        a, b = auc_brier(yp, final.predict_proba(Xp)[:, 1])
        lines.append(f"PLOVER gold (out of sample, not fitted on; {len(yp)} records of {len(set(s for s, _, _ in pl_rows))} "
                     f"sentences, {yp.mean():.3f} compatible with the gold): new AUC {a:.3f}, Brier {b:.3f}")
        oldp = np.array([base.get(e.id, np.nan) for _, e, _ in pl_rows])
        if not np.isnan(oldp).any():
            a, b = auc_brier(yp, oldp)
            lines.append(f"  old hand-set score: AUC {a:.3f}, Brier {b:.3f}")
    for held in sorted((ROOT / "gold").glob("heldout-*")):
        h_stories = load_gold(held, args.data)
        h_rows = label_events(h_stories, code_stories(h_stories, pipe))
        Xh, yh, _ = matrix(h_rows)
        a, b = auc_brier(yh, final.predict_proba(Xh)[:, 1])
        a0, b0 = auc_brier(yh, np.array([e.confidence for _, e, _ in h_rows]))
        lines.append(f"{held.relative_to(ROOT)} (out of sample, coded blind, not fitted on; {len(yh)} records of "
                     f"{len(h_stories)} stories, {yh.mean():.3f} matched): new AUC {a:.3f}, Brier {b:.3f}; "
                     f"records' current confidence AUC {a0:.3f}, Brier {b0:.3f}")
    print("\n".join(lines))
    print(f"final fit on all {len(y)} records, C={c}")
    for f, w in zip(FEATURES, final.coef_[0]):
        print(f"  {f:16s} {w:+.3f}")
    if args.dry_run:
        return 0
    head = [
        "Coefficients of the records' confidence: a logistic regression, P(record matched to a gold event)",
        "= 1 / (1 + exp(-(intercept + sum coefficient * feature))), features 0/1 as in",
        "newsevents.events.confidence.features.  Our own fit, not hand-set: bench/fit_confidence.py",
        f"(scikit-learn LogisticRegression, L2, C={c} chosen by grouped CV log loss), fitted",
        f"{datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} on the records the coder gives for our gold",
        f"(gold/newsevents: {len(y)} records of {n_stories} stories, {y.sum()} matched by the event scorer).",
        "Refit with: PYTHONPATH=src python bench/fit_confidence.py  (after the coder or the gold changes).",
        "", *lines,
        "", "sign stable across all outer folds: " + ", ".join(f for f in FEATURES if stable[f]),
    ]
    body = ["feature\tcoefficient", f"intercept\t{final.intercept_[0]:.4f}"]
    body += [f"{f}\t{w:.4f}" for f, w in zip(FEATURES, final.coef_[0])]
    TABLE.write_text("".join(f"# {h}\n" if h else "#\n" for h in head) + "\n".join(body) + "\n", encoding="utf-8")
    print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
