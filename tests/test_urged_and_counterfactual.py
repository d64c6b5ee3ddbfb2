"""Acts that are no records: the cooperative act a party is urged to do (the urging is the
REQUEST), the act of a past-perfect condition, a past that did not happen, and the act a verb of
threatening names (the threat is the record).  Urged hostile acts and pull-backs, and the act a
noun of threat names, keep their record.
Invented sentences modelled on the gold files' calls (gold codes only the urging)."""

import pytest

from coding import by_type, codes

from newsevents.events.factuality import counterfactual_condition, urged_act


@pytest.mark.parametrize("text, urged", [
    ("The Turkish president has urged Nato to come to Turkey's aid.", "AID"),
    ("Beijing has repeatedly encouraged the United States and North Korea to carry out direct dialogue.", "CONSULT"),
])
def test_an_urged_cooperative_act_is_no_record_beside_the_urging(extract, text, urged):
    events = extract(text)
    assert len(by_type(events, "REQUEST")) == 1
    assert by_type(events, urged) == []


@pytest.mark.parametrize("text, urged", [
    ("The European Union called on Russia to withdraw its troops from Ukraine.", "RETREAT"),
    ("The minister urged Chile and Peru, Bolivia's neighbours, to impose sanctions.", "SANCTION"),
])
def test_an_urged_hostile_act_or_pull_back_keeps_its_record(extract, text, urged):
    events = extract(text)
    assert len(by_type(events, "REQUEST")) == 1
    assert [e.status for e in by_type(events, urged)] == ["hypothetical"]


def test_the_urging_keeps_its_addressee(extract):
    [r] = by_type(extract("The European Union called on Russia to withdraw its troops from Ukraine."), "REQUEST")
    assert (codes(r.actor), codes(r.recipient)) == (["EUR"], ["RUS"])


def test_an_act_threatened_by_a_verb_is_no_record_beside_the_threat(extract):
    # the gold sets code the threat alone ("threatened to fire ...", "threatened to overrun Kunduz")
    events = extract("North Korea threatened to fire four missiles towards Guam.")
    assert by_type(events, "ASSAULT") == []
    [t] = by_type(events, "THREATEN")
    assert (codes(t.actor), codes(t.recipient), t.cameo) == (["PRK"], ["USA"], "138")


def test_an_act_named_by_a_threat_noun_keeps_its_record(extract):
    events = extract("North Korea has not carried out its threat to fire four missiles toward Guam.")
    assert len(by_type(events, "ASSAULT")) == 1


def test_urged_act_reads_the_parse(nlp):
    doc = nlp("Erdogan urged Nato to come to Turkey's aid.")
    come = next(t for t in doc if t.lower_ == "come")
    aid = next(t for t in doc if t.lower_ == "aid")
    urged = next(t for t in doc if t.lower_ == "urged")
    assert urged_act(come, {urged.i: "REQUEST"}) and urged_act(aid, {urged.i: "REQUEST"})
    assert not urged_act(come, {})  # the urging itself not coded: the act is kept
    doc = nlp("Iran threatened to strike the base.")
    strike = next(t for t in doc if t.lower_ == "strike")
    assert not urged_act(strike, {strike.head.i: "THREATEN"})


@pytest.mark.parametrize("text", [
    "Had Japan shot down the missile, it could have faced serious ramifications.",
    "Had the army attacked the town, hundreds would have died.",
    "If the army had attacked the town, hundreds would have died.",
])
def test_a_past_perfect_condition_is_no_record(extract, text):
    assert by_type(extract(text), "ASSAULT") == []


def test_a_past_perfect_told_as_fact_stays_asserted(extract):
    [e] = by_type(extract("The army had attacked the town before the talks."), "ASSAULT")
    assert e.status == "asserted"


def test_a_condition_of_the_future_keeps_its_record(extract):
    [e] = by_type(extract("Should Israel attack Gaza, hundreds would die."), "ASSAULT")
    assert e.status == "hypothetical"


def test_counterfactual_condition_reads_the_parse(nlp):
    doc = nlp("Had Japan shot down the missile, it could have faced serious ramifications.")
    assert counterfactual_condition(next(t for t in doc if t.lower_ == "shot"))
    doc = nlp("Japan had shot down the missile before the talks.")
    assert not counterfactual_condition(next(t for t in doc if t.lower_ == "shot"))
