"""Aims told as acts: the complement of an infinitive of purpose made of a verb of attempting
("met to try to end the fighting"), opened by "in order" / "so as", or reached down infinitive
complements from the infinitive of an effort noun ("in an effort to force Moscow to withdraw") is
hypothetical, while the main verb's act keeps its own status.  Sentences are invented."""
from newsevents.events.factuality import _xcomp_below
from newsevents.records import Article

from coding import by_type

PUB = "2018-12-18"


def _extract(pipeline, text):
    return pipeline.extract(Article(story_id="t", text=text, published=PUB))


def _statuses(pipeline, text, kind):
    return [e.status for e in by_type(_extract(pipeline, text), kind)]


def test_talks_held_to_try_to_ease_tensions(pipeline):
    text = "North and South Korea held talks in 2015 to try to ease tensions."
    assert _statuses(pipeline, text, "RETREAT") == ["hypothetical"]


def test_sent_troops_to_try_to_free_hostages(pipeline):
    es = _extract(pipeline, "Israel sent troops to try to free the hostages.")
    assert [e.status for e in by_type(es, "MOBILIZE")] == ["asserted"]
    assert [e.status for e in by_type(es, "RETREAT")] == ["hypothetical"]


def test_future_head_keeps_its_future_aim(pipeline):
    es = _extract(pipeline, "Israel will send troops to try to free the hostages.")
    assert [e.status for e in by_type(es, "RETREAT")] == ["future"]


def test_effort_to_force_a_withdrawal(pipeline):
    es = _extract(pipeline, "The EU imposed sanctions in an effort to force Moscow to withdraw its troops.")
    assert [e.status for e in by_type(es, "SANCTION")] == ["asserted"]
    assert [e.status for e in by_type(es, "RETREAT")] == ["hypothetical"]


def test_bid_to_force_a_retreat(pipeline):
    es = _extract(pipeline, "Rebels attacked the town in a bid to force the army to retreat.")
    assert [e.status for e in by_type(es, "ASSAULT")] == ["asserted"]
    assert [e.status for e in by_type(es, "RETREAT")] == ["hypothetical"]


def test_in_order_to_force_a_withdrawal(pipeline):
    es = _extract(pipeline, "Russia deployed troops in order to force Ukraine to withdraw.")
    assert [e.status for e in by_type(es, "MOBILIZE")] == ["asserted"]
    assert [e.status for e in by_type(es, "RETREAT")] == ["hypothetical"]


def test_so_as_to_end_the_fighting(pipeline):
    es = _extract(pipeline, "Russia met Ukraine so as to end the fighting.")
    assert [e.status for e in by_type(es, "CONSULT")] == ["asserted"]
    assert [e.status for e in by_type(es, "RETREAT")] == ["hypothetical"]


def test_xcomp_below_stops_at_an_object_noun(pipeline):
    doc = pipeline.nlp("They fought to force the army to abandon its invasion.")
    force = next(t for t in doc if t.lower_ == "force")
    abandon = next(t for t in doc if t.lower_ == "abandon")
    invasion = next(t for t in doc if t.lower_ == "invasion")
    assert _xcomp_below(abandon, force) is True
    assert _xcomp_below(force, force) is True
    assert _xcomp_below(invasion, force) is False


def test_verbs_joined_in_an_aim_share_it(pipeline):
    es = _extract(pipeline, "Fireworks can hinder police operations to prevent or stop sexual assaults.")
    assert [e.status for e in by_type(es, "RETREAT")] == ["hypothetical"]


def test_aimed_at_forcing_a_withdrawal(pipeline):
    es = _extract(pipeline, "The UN imposed sanctions aimed at forcing Iran to withdraw its troops.")
    assert [e.status for e in by_type(es, "SANCTION")] == ["asserted"]
    assert [e.status for e in by_type(es, "RETREAT")] == ["hypothetical"]
