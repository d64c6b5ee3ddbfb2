"""The records' confidence: a logistic model fitted on our gold (events/confidence.py, lexicon/confidence.tsv)."""

import math

import pytest

from newsevents.events.confidence import DIGITS, FEATURES, TABLE, confidence, features, load_model
from newsevents.records import Event


def record(*, rule="lexicon:events.tsv:10:verb:attack", actor_code="ISR", actor_name="Israel", recipient_code="LBN",
           status="asserted", basis="explicit", quad=4, sentence_start=120, attribution=None, words=20):
    return Event.from_dict({
        "id": "e1", "story_id": "s", "event": "ASSAULT", "mode": None, "context": [], "cameo": "190",
        "goldstein": -10.0, "quad_code": quad,
        "actor": [{"entity_text": "Israel", "name": actor_name, "code": actor_code, "sector": "GOV", "span": None}],
        "recipient": [{"entity_text": "Lebanon", "name": None, "code": recipient_code, "sector": None, "span": None}],
        "date": "2020-01-01", "date_text": "on Monday" if basis != "publication" else None, "date_basis": basis,
        "status": status, "historical": False, "attribution": attribution, "event_loc": None,
        "event_text": "attacked", "event_span": [sentence_start + 7, sentence_start + 15],
        "sentence": " ".join(["word"] * words), "sentence_span": [sentence_start, sentence_start + 100],
        "confidence": 0.0, "rule": rule, "coder": "t",
    })


def table_rows():
    """The shipped table read here on its own: name -> coefficient."""
    rows = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#") and not line.startswith("feature\t")]
    return {name: float(value) for name, value, *_ in rows}


def test_loader_reads_every_feature_and_the_intercept():
    model, rows = load_model(), table_rows()
    assert model.intercept == rows["intercept"]
    assert set(model.coef) == set(FEATURES)
    assert all(model.coef[f] == rows[f] for f in FEATURES)


def test_table_header_says_how_it_was_fitted():
    head = TABLE.read_text(encoding="utf-8").split("\nfeature\t")[0]
    assert "bench/fit_confidence.py" in head and "gold/newsevents" in head and "AUC" in head and "Brier" in head


def test_loader_rejects_an_unknown_feature(tmp_path):
    bad = tmp_path / "c.tsv"
    bad.write_text("intercept\t0.1\nmoon_phase\t2.0\n")
    with pytest.raises(ValueError, match="moon_phase"):
        load_model(bad)
    bad.write_text("verb\t0.1\n")
    with pytest.raises(ValueError, match="intercept"):
        load_model(bad)


def test_features_are_read_from_the_record():
    f = features(record(rule="construction:say_attack:noun:air strike+implied-agent", actor_code=None, actor_name=None,
                        recipient_code=None, status="future", basis="publication", quad=3, sentence_start=0,
                        words=40))
    assert f == {"verb": 0, "noun": 1, "multiword": 1, "implied_actor": 1, "implied_target": 0, "actors_coded": 0,
                 "no_actor_code": 1, "actor_named": 0, "recipient_coded": 0, "asserted": 0, "date_in_text": 0,
                 "conflict": 1, "material": 0, "first_sentence": 1, "attributed": 0, "long_sentence": 1}
    g = features(record(rule="lexicon:events.tsv:10:verb:attack+implied-target"))
    assert (g["verb"], g["multiword"], g["implied_target"], g["actors_coded"], g["recipient_coded"],
            g["material"], g["first_sentence"]) == (1, 0, 1, 1, 1, 1, 0)
    # a suffix with its own colon does not hide the pattern's part of speech and words
    h = features(record(rule="lexicon:events.tsv:8318:noun:launch missile+no-target:weapons-test"))
    assert (h["noun"], h["verb"], h["multiword"]) == (1, 0, 1)


def test_confidence_is_the_logistic_value_of_the_stored_coefficients():
    rows = table_rows()
    e = record(rule="lexicon:events.tsv:10:verb:launch attack+implied-agent", status="asserted", basis="relative")
    f = features(e)
    z = rows["intercept"] + sum(rows[name] * f[name] for name in FEATURES)
    expected = 1 / (1 + math.exp(-z))
    assert confidence(e) == round(expected, DIGITS)
    assert load_model().probability(f) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("on", [0, 1])
def test_confidence_stays_inside_zero_one(on):
    model = load_model()
    p = model.probability({f: on for f in FEATURES})
    assert 0 < p < 1
    extreme = record(rule="lexicon:events.tsv:1:adj:x+implied-agent", actor_code=None, actor_name=None,
                     recipient_code=None, status="negated", basis="publication", quad=1, sentence_start=0,
                     attribution={"entity_text": "officials", "name": None, "code": None, "sector": "GOV", "span": None})
    assert 0 < confidence(extreme) < 1 and 0 < confidence(record()) < 1


def test_implied_actor_scores_lower_than_a_named_one():
    # the fit's implied_actor coefficient was negative in every cross-validation fold (table header)
    assert load_model().coef["implied_actor"] < 0
    named = record(rule="lexicon:events.tsv:10:verb:arrest")
    implied = record(rule="lexicon:events.tsv:10:verb:arrest+implied-agent")
    assert confidence(implied) < confidence(named)


def test_extracted_records_carry_the_model_value(extract):
    events = extract("Israeli aircraft bombed Hamas positions in Gaza on Monday, the army said.")
    assert events
    for e in events:
        assert 0 < e.confidence < 1
        assert e.confidence == confidence(e)
