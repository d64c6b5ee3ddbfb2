"""A record's ``confidence``: the probability, fitted on our own gold, that the record is right.

"Right" means what the event scorer means (:func:`newsevents.eval.metrics.match`): the record is
matched to a gold event of its story (same type, actor and recipient codes agree).  The estimate
is a logistic regression over a few features of the record that a user can see in it too
(:func:`features`): the trigger's part of speech and pattern length (from ``rule``), an implied
actor or target (the rule's ``+implied-agent`` / ``+implied-target``, or a target taken from
the story, ``+story-target``), whether the actors are
coded and named, whether a recipient is coded, the status, the date basis, the quad class,
whether the sentence is the story's first, a reported-speech attribution and the sentence length.

The coefficients are a table of facts from our own fit, not hand-set: ``lexicon/confidence.tsv``,
written by ``bench/fit_confidence.py`` (scikit-learn, in the ``[dev]`` extra) from the gold
annotations in ``gold/newsevents``; its header says when, on what, and the cross-validated
figures.  To refit after the coder or the gold changes::

    PYTHONPATH=src python bench/fit_confidence.py

At run time the file is read once and the logistic function is computed in plain Python.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsevents.events.lexicon import rule_parts
from newsevents.records import Event

#: The fitted table, shipped with the package.
TABLE = Path(__file__).parent / "lexicon" / "confidence.tsv"

#: Feature names, in the order of the table.  Each is 0 or 1.
FEATURES = (
    "verb",            # the trigger is a verb (rule's part of speech)
    "noun",            # the trigger is a noun (else an adjective or other)
    "multiword",       # the pattern has more than one word ("impose ... sanctions")
    "implied_actor",   # the actor is implied, not read from the text (+implied-agent)
    "implied_target",  # the recipient is implied (+implied-target) or taken from the story (+story-target)
    "actors_coded",    # there are actors and every one has a country/organisation code
    "no_actor_code",   # no actor has a code
    "actor_named",     # an actor is a known, named party (knowledge-base name)
    "recipient_coded", # a recipient has a code
    "asserted",        # status "asserted" (not future, hypothetical, negated ...)
    "date_in_text",    # the date was read from the text (basis explicit or relative)
    "conflict",        # quad class 3 or 4 (verbal or material conflict)
    "material",        # quad class 2 or 4 (material cooperation or conflict)
    "first_sentence",  # the record's sentence is the story's first (a headline or lead)
    "attributed",      # the act is told as someone's claim (reported speech)
    "long_sentence",   # the sentence has more than LONG_SENTENCE words
)

#: Words above which a sentence counts as long (news sentences run 20-30 words).
LONG_SENTENCE = 35


def features(e: Event) -> dict[str, int]:
    """The 0/1 features of :data:`FEATURES` for one final record (every one read from the
    record's own fields: ``rule``, ``actor``, ``recipient``, ``status``, ``date_basis``,
    ``quad_code``, ``sentence_span``, ``attribution``, ``sentence``)."""
    pos, words = rule_parts(e.rule)
    codes = [a.code for a in e.actor]
    quad = e.quad_code
    return {
        "verb": int(pos == "verb"),
        "noun": int(pos == "noun"),
        "multiword": int(len(words) > 1),
        "implied_actor": int("+implied-agent" in e.rule),
        "implied_target": int("+implied-target" in e.rule or "+story-target" in e.rule),
        "actors_coded": int(bool(codes) and all(codes)),
        "no_actor_code": int(not any(codes)),
        "actor_named": int(any(a.name for a in e.actor)),
        "recipient_coded": int(any(r.code for r in e.recipient)),
        "asserted": int(e.status == "asserted"),
        "date_in_text": int(e.date_basis in ("explicit", "relative")),
        "conflict": int(quad in (3, 4)),
        "material": int(quad in (2, 4)),
        "first_sentence": int(e.sentence_span[0] == 0),
        "attributed": int(e.attribution is not None),
        "long_sentence": int(len(e.sentence.split()) > LONG_SENTENCE),
    }


@dataclass(frozen=True)
class ConfidenceModel:
    """A fitted logistic model: ``intercept`` and one coefficient per feature name."""

    intercept: float
    coef: dict[str, float]

    def probability(self, feats: dict[str, int]) -> float:
        """1 / (1 + exp(-(intercept + sum coef[f] * feats[f]))), in (0, 1).  A feature the
        table lacks weighs 0; a table entry the features lack counts as 0."""
        z = self.intercept + sum(w * feats.get(name, 0) for name, w in self.coef.items())
        return 1.0 / (1.0 + math.exp(-z))


def load_model(path: str | Path | None = None) -> ConfidenceModel:
    """Read a coefficient table (default :data:`TABLE`): ``#`` comment lines, then tab-separated
    ``feature<TAB>coefficient`` rows, one of them ``intercept``.  Raises ValueError on a
    malformed row, a missing intercept or an unknown feature name."""
    intercept, coef = None, {}
    for n, line in enumerate(Path(path or TABLE).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("feature\t"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise ValueError(f"{path or TABLE}:{n}: expected feature<TAB>coefficient")
        name, value = cols[0], float(cols[1])
        if name == "intercept":
            intercept = value
        elif name in FEATURES:
            coef[name] = value
        else:
            raise ValueError(f"{path or TABLE}:{n}: unknown feature {name!r}")
    if intercept is None:
        raise ValueError(f"{path or TABLE}: no intercept row")
    return ConfidenceModel(intercept, coef)


@lru_cache(maxsize=1)
def default_model() -> ConfidenceModel:
    """The shipped table (:data:`TABLE`), read once per process."""
    return load_model()


#: Decimal places of the confidence written in a record.
DIGITS = 3


def confidence(e: Event, model: ConfidenceModel | None = None) -> float:
    """The record's probability of being right under ``model`` (default: the shipped fit),
    rounded to :data:`DIGITS` places and kept inside (0, 1)."""
    p = (model or default_model()).probability(features(e))
    step = 10 ** -DIGITS
    return round(min(max(p, step), 1 - step), DIGITS)
