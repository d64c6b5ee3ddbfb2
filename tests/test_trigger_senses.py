"""Trigger words in a sense that is no event (cautions, admissions, things left behind) and
resignations told as standing down: invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text", [
    "Chilean economists warned that the new tariff could push prices up.",
    "Aid agencies in Peru warned that thousands of families face hunger this winter.",
    "The Bolivian minister warned that it was still unclear who would run the port.",
])
def test_a_warning_of_what_may_happen_is_no_threat(extract, text):
    assert not by_type(extract(text), "THREATEN")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Chile warned Peru that it risked a confrontation over the border.", "CHL", "PER"),
    ("Chile warned that Peru would pay a heavy price for the raid.", "CHL", "PER"),
])
def test_a_warning_to_a_party_or_of_what_a_party_will_do_stays_a_threat(extract, text, actor, recipient):
    [e] = by_type(extract(text), "THREATEN")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("130", [actor], [recipient])


def test_a_warning_that_the_warner_will_act_stays_a_threat(extract):
    events = by_type(extract("Chile warned that it would retaliate."), "THREATEN")
    assert [codes(e.actor) for e in events] == [["CHL"]]


def test_conceding_that_something_happened_is_an_admission_not_a_concession(extract):
    events = extract("The Chilean army has conceded that the new strategy has failed.")
    assert not by_type(events, "CONCEDE")


def test_conceding_defeat_is_still_a_concession(extract):
    [e] = by_type(extract("The Peruvian rebels conceded defeat on Sunday."), "CONCEDE")
    assert e.cameo == "080"


@pytest.mark.parametrize("text", [
    "The latest decisions of the Chilean government leave no room for doubt.",
    "A Peruvian boy was killed by ordnance left by the rebels.",
])
def test_leaving_things_behind_is_no_pullout(extract, text):
    assert not by_type(extract(text), "RETREAT")


def test_destroying_evidence_or_an_idea_is_no_attack(extract):
    assert not by_type(extract("He claims the Chilean government is destroying all evidence of the affair."), "ASSAULT")
    assert not by_type(extract("The Peruvian army did not destroy the philosophy of the rebels."), "ASSAULT")


def test_an_official_standing_down_resigns(extract):
    [e] = by_type(extract("The Chilean prime minister stood down in March."), "CONCEDE")
    assert e.cameo == "0831"
    assert not by_type(extract("The Chilean prime minister stood down in March."), "RETREAT")


def test_an_armed_group_standing_down_still_demobilizes(extract):
    [e] = by_type(extract("The Peruvian militia stood down its fighters."), "RETREAT")
    assert e.cameo == "0873"


@pytest.mark.parametrize("text", [
    "The Peruvian president declared that the rebels had been defeated.",
    "Now the rebels in Peru are largely defeated.",
])
def test_an_agentless_defeat_is_an_outcome_not_an_attack(extract, text):
    assert not by_type(extract(text), "ASSAULT")


def test_a_defeat_by_a_named_party_stays_an_attack(extract):
    [e] = by_type(extract("The Chilean army defeated the rebels near the border."), "ASSAULT")
    assert (e.cameo, codes(e.actor)) == ("190", ["CHL"])


@pytest.mark.parametrize("text", [
    "A Peruvian foreign ministry official declined to comment on the report.",
    "The Chilean army refused to confirm whether the commander was in the convoy.",
    "The Bolivian minister ignored questions from reporters.",
])
def test_declining_to_comment_is_no_rejection(extract, text):
    assert not by_type(extract(text), "REJECT")


def test_refusing_to_hand_over_suspects_stays_a_rejection(extract):
    [e] = by_type(extract("Peru refused to hand over the suspects."), "REJECT")
    assert codes(e.actor) == ["PER"]


def test_a_campaign_rally_is_no_protest(extract):
    assert not by_type(extract("The Peruvian president told a campaign rally in Lima that taxes would fall."), "PROTEST")


@pytest.mark.parametrize("text", [
    "Hundreds of Chilean volunteers have travelled to Peru to join the rebels.",
    "Thousands of refugees arriving in Chile were housed in schools.",
])
def test_private_people_travelling_make_no_visit(extract, text):
    assert not by_type(extract(text), "CONSULT")


def test_an_official_travelling_abroad_visits(extract):
    [e] = by_type(extract("The Chilean foreign minister travelled to Peru on Monday."), "CONSULT")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("042", ["CHL"], ["PER"])
