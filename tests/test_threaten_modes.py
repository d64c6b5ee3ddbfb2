"""Threats told in other words, and the kind of act a threat is of: invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, cameo, recipients", [
    ("Peru said it could cut diplomatic ties with Bolivia over the border dispute.", "1313", ["BOL"]),
    ("Ghana could suspend relations with Togo over the pipeline deal, the Ghanaian foreign minister told reporters.",
     "1313", ["TGO"]),
    ("Norway said on Friday it may impose sanctions on Belarus.", "1312", ["BLR"]),
])
def test_a_hostile_act_a_party_says_it_could_do_is_a_threat(extract, text, cameo, recipients):
    events = extract(text)
    [t] = by_type(events, "THREATEN")
    assert t.cameo == cameo and t.status == "asserted" and codes(t.recipient) == recipients
    [s] = by_type(events, "SANCTION")  # the act itself stays only possible
    assert s.status == "hypothetical"


def test_what_others_say_a_party_could_do_is_no_threat(extract):
    events = extract("Chilean analysts said Peru could cut diplomatic ties with Bolivia.")
    assert not by_type(events, "THREATEN")


@pytest.mark.parametrize("text, cameo", [
    ("Ecuador threatened to annex the disputed islands if its demands were not met.", "1382"),
    ("The Nepalese delegation threatened to walk out of the talks with Bhutan.", "134"),
    ("The Kenyan government threatened to impose restrictions on travel.", "132"),
    ("Ugandan police threatened to make arrests if the rioting continued.", "137"),
    ("The Zambian government threatened to cut ties with Malawi.", "1313"),
])
def test_a_threat_takes_the_kind_of_the_act_it_names(extract, text, cameo):
    events = extract(text)
    [t] = by_type(events, "THREATEN")
    assert t.cameo == cameo and t.status == "asserted"
    assert all(e.status != "asserted" for e in events if e.event != "THREATEN")


def test_a_warning_of_ones_own_act_is_a_threat_of_it(extract):
    events = extract("The Kenyan government warned that it would ban the opposition party.")
    [t] = by_type(events, "THREATEN")
    assert t.cameo == "1322" and codes(t.actor) == ["KEN"] and t.status == "asserted"
    [c] = by_type(events, "COERCE")
    assert c.status != "asserted"


def test_a_warning_of_anothers_act_keeps_its_unsaid_kind(extract):
    [t] = by_type(extract("The Kenyan minister warned that Uganda would invade Rwanda."), "THREATEN")
    assert t.cameo == "130"


@pytest.mark.parametrize("text, cameo", [
    ("The rebels vowed to resume their campaign of attacks against Malian troops.", "138"),
    ("The insurgents pledged to continue the bombing campaign against Nigeria.", "138"),
    ("The Kenyan police chief promised more arrests.", "137"),
])
def test_a_vow_to_go_on_with_a_hostile_act_or_of_one_is_a_threat(extract, text, cameo):
    events = extract(text)
    [t] = by_type(events, "THREATEN")
    assert t.cameo == cameo
    assert not by_type(events, "AGREE")


def test_a_vow_to_go_on_with_talks_is_no_threat(extract):
    events = extract("The Malian government vowed to resume talks with the rebels.")
    assert not by_type(events, "THREATEN")


def test_a_conditional_warning_of_arrest_by_the_force_that_arrests(extract):
    events = extract('"If the looting goes on, those involved will be arrested," the Kenyan police chief said.')
    [t] = by_type(events, "THREATEN")
    assert t.cameo == "137" and t.status == "asserted"
    assert [(a.code, a.sector) for a in t.actor] == [("KEN", "COP")]
    # the arrests foretold name no party in words ("those involved" is no entity): the threat is
    # the record, the arrests none of their own (pipeline.untold_parties)
    assert by_type(events, "COERCE") == []


def test_an_unconditional_passive_forecast_is_no_threat(extract):
    events = extract('"Those involved will be arrested," the Kenyan police chief said.')
    assert not by_type(events, "THREATEN")


def test_a_threat_with_a_measure_takes_its_kind(extract):
    [t] = by_type(extract("Norway threatened Belarus with sanctions."), "THREATEN")
    assert t.cameo == "1312" and codes(t.recipient) == ["BLR"]


@pytest.mark.parametrize("text, cameo, recipients", [
    ("The Kenyan government floated the possibility of a ban on the opposition party.", "132", ["KEN"]),
    ("Peru's president hinted at the possibility of suspending relations with Bolivia.", "1313", ["BOL"]),
    ("Chile mooted the option of military action against Peru.", "138", ["PER"]),
])
def test_a_hostile_act_held_out_as_an_option_is_a_threat(extract, text, cameo, recipients):
    events = extract(text)
    [t] = by_type(events, "THREATEN")
    assert t.cameo == cameo and t.status == "asserted" and codes(t.recipient) == recipients
    assert all(e.status != "asserted" for e in events if e.event != "THREATEN")


def test_talks_held_out_as_an_option_threaten_nothing(extract):
    assert not by_type(extract("Chile floated the idea of talks with Peru."), "THREATEN")


def test_an_act_told_as_a_prospect_is_only_possible(extract):
    events = extract("The border clashes raised the prospect of military action against Peru.")
    assert not by_type(events, "THREATEN")
    assert [e.status for e in by_type(events, "ASSAULT")] == ["hypothetical"]  # was all(), true of no record


def test_not_hesitating_to_use_force_is_a_threat_of_it(extract):
    events = extract('"We will not hesitate to use force against Bolivia," the Peruvian president said.')
    [t] = by_type(events, "THREATEN")
    assert t.cameo == "138" and codes(t.recipient) == ["BOL"]
    [a] = by_type(events, "ASSAULT")
    assert a.status == "future"


def test_not_having_hesitated_to_fire_tells_the_firing(extract):
    [a] = by_type(extract("The Peruvian army did not hesitate to fire on the protesters."), "ASSAULT")
    assert a.status == "asserted"


@pytest.mark.parametrize("text, cameo", [
    ("Ugandan police warned that the strikers would face arrest.", "137"),
    ("The UN warned that Chad would face sanctions.", "1312"),
])
def test_a_warning_of_a_penalty_the_warned_side_faces(extract, text, cameo):
    [t] = by_type(extract(text), "THREATEN")
    assert t.cameo == cameo and t.recipient


@pytest.mark.parametrize("text", [
    "The American teachers union said it would go on strike if the Chicago government did not raise wages.",
    "The American teachers union said it would go on strike unless the Chicago government raised wages.",
])
def test_a_union_saying_it_would_go_on_strike_on_a_condition_threatens_a_strike(extract, text):
    events = extract(text)
    [t] = by_type(events, "THREATEN")
    assert t.cameo == "133" and t.status == "asserted" and codes(t.actor) == ["USA"]
    assert [r.sector for r in t.recipient] == ["GOV"]
    [p] = by_type(events, "PROTEST")  # the strike itself is only possible
    assert p.cameo == "143" and p.status == "hypothetical"


@pytest.mark.parametrize("text", [
    "British nurses went on strike on Tuesday.",
    "The American teachers union said it would not go on strike.",
])
def test_a_strike_gone_on_or_ruled_out_is_no_threat(extract, text):
    assert not by_type(extract(text), "THREATEN")
