"""COOPERATE, RETREAT and COERCE wordings the lexicon missed (NGEC dev rows): improving
coordination, joint studies, work built or developed jointly, training with another state's forces; the removal of weapons or troops;
prohibiting, forbidding and barring civic bodies; "it" for a group's offshoot; what a signed pact
provides for.  Invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, pattern", [
    ("Japan and India agreed to improve cooperation in maritime security.", "improve cooperation"),
    ("Germany and France launched a joint study of the high-speed rail link.", "study joint"),
])
def test_improving_cooperation_and_a_joint_study_are_material_cooperation(extract, text, pattern):
    [e] = by_type(extract(text), "COOPERATE")
    assert (e.cameo, e.goldstein, e.rule.split(":")[-1]) == ("060", 6.0, pattern)
    assert codes(e.actor) in (["IND", "JPN"], ["DEU", "FRA"])


@pytest.mark.parametrize("text, actor", [
    ("Egypt and Peru will jointly build a canal.", ["EGY", "PER"]),
    ("Egypt and Peru announced that they would build the largest water reservoir in the world together.",
     ["EGY", "PER"]),
    ("China and Pakistan jointly developed a fighter jet.", ["CHN", "PAK"]),
])
def test_building_or_developing_something_together_is_economic_cooperation(extract, text, actor):
    [e] = by_type(extract(text), "COOPERATE")
    assert (e.cameo, e.goldstein, e.context, codes(e.actor)) == ("061", 6.4, ["economic"], actor)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Malian troops have been training with their military counterparts in the United States.", "MLI", "USA"),
    ("Polish troops are training with American soldiers near Warsaw.", "POL", "USA"),
    ("Ukrainian soldiers trained alongside Polish troops.", "UKR", "POL"),
])
def test_training_with_another_states_forces_is_military_cooperation(extract, text, actor, recipient):
    [e] = by_type(extract(text), "COOPERATE")
    assert (e.cameo, e.goldstein, codes(e.actor), codes(e.recipient)) == ("062", 7.4, [actor], [recipient])


@pytest.mark.parametrize("text", [
    "The army trained with new rifles.",
    "The Iranian team trained with the Brazilian club.",
])
def test_training_with_a_means_or_a_club_is_no_cooperation(extract, text):
    assert not by_type(extract(text), "COOPERATE")


@pytest.mark.parametrize("text, cameo, mode, recipient", [
    ("Syria completed the removal of its chemical weapons.", "0873", "disarm", []),
    ("The Indian army began the removal of troops from the border region with Pakistan.", "087", "withdraw", ["PAK"]),
])
def test_the_removal_of_weapons_or_troops_is_a_retreat(extract, text, cameo, mode, recipient):
    [e] = by_type(extract(text), "RETREAT")
    assert (e.cameo, e.mode, codes(e.recipient)) == (cameo, mode, recipient)
    assert codes(e.actor) in (["SYR"], ["IND"])


def test_police_removing_weapons_from_suspects_is_no_disarming(extract):
    assert not by_type(extract("The police removed weapons from the homes of the suspects."), "RETREAT")


@pytest.mark.parametrize("text, actor", [
    ("The Swiss government has prohibited journalists from accessing the recordings.", "CHE"),
    ("Iran forbids women from attending football matches.", "IRN"),
])
def test_prohibiting_or_forbidding_is_an_administrative_ban(extract, text, actor):
    [e] = by_type(extract(text), "COERCE")
    assert (e.mode, e.cameo, e.goldstein, codes(e.actor), codes(e.recipient)) == ("restrict", "172", -5.0, [actor], [actor])


@pytest.mark.parametrize("text", [
    "Such ship-to-ship transfers are prohibited by a U.N. Security Council resolution adopted in September.",
    "The 1996 treaty forbids nuclear testing.",
])
def test_what_a_resolution_or_treaty_prohibits_is_a_standing_rule_no_ban(extract, text):
    assert not by_type(extract(text), "COERCE")


@pytest.mark.parametrize("text, actor", [
    ("Armenia barred six human rights organizations from operating.", "ARM"),
    ("Six human rights organizations have been barred from operating in Armenia.", "ARM"),
    ("Three NGOs were barred in Egypt on Tuesday.", "EGY"),
])
def test_barring_a_civic_body_is_banning_it_by_the_state(extract, text, actor):
    [e] = by_type(extract(text), "COERCE")
    assert (e.mode, e.cameo, codes(e.actor), codes(e.recipient)) == ("ban", "1722", [actor], [actor])
    assert e.actor[0].sector == "GOV"


def test_barring_a_named_group_from_acting_stays_the_barring_of_sanctions(extract):
    events = extract("The Egyptian government barred the Muslim Brotherhood from operating.")
    assert not [e for e in events if e.cameo == "1722"]


@pytest.mark.parametrize("text", [
    "An al Qaeda offshoot announced on February 28 it will withdraw its forces from Yemen.",
    "An al Qaeda affiliate said it will withdraw its forces from Yemen.",
])
def test_it_said_by_an_offshoot_of_a_group_is_that_group(extract, text):
    [e] = by_type(extract(text), "RETREAT")
    assert (e.cameo, codes(e.actor), codes(e.recipient), e.status) == ("087", ["IMG"], ["YEM"], "future")


@pytest.mark.parametrize("text, event, cameo", [
    ("Russia and Cuba signed an agreement to boost trade.", "COOPERATE", "061"),
    ("Sudan and South Sudan signed a deal to withdraw their troops from the border.", "RETREAT", "087"),
])
def test_what_a_signed_pact_provides_for_is_done_by_its_parties(extract, text, event, cameo):
    events = extract(text)
    [e] = by_type(events, event)
    [signed] = by_type(events, "SUPPORT")
    assert (e.cameo, e.status, codes(e.actor)) == (cameo, "future", codes(signed.actor))
    assert len(codes(e.actor)) == 2


def test_a_rejected_pact_provides_for_nothing_its_rejecter_does(extract):
    events = extract("Russia rejected a deal to withdraw its troops from Syria.")
    assert not by_type(events, "RETREAT")
    assert [e.cameo for e in by_type(events, "REJECT")] == ["127"]


@pytest.mark.parametrize("text, actor", [
    ("Restrictions were imposed on journalists in Kashmir.", "IND"),
    ("A ban was imposed on public gatherings in Minsk.", "BLR"),
])
def test_a_restriction_or_ban_imposed_with_no_agent_is_the_states(extract, text, actor):
    [e] = by_type(extract(text), "COERCE")
    assert (e.mode, e.cameo, codes(e.actor), e.actor[0].sector) == ("restrict", "172", [actor], "GOV")
    assert e.rule.endswith("+implied-agent") or "+implied-agent+" in e.rule


def test_a_law_declared_void_is_no_martial_law(extract):
    assert not [e for e in extract("The law was declared void in Kenya.") if e.cameo == "1724"]


@pytest.mark.parametrize("text, pattern", [
    ("China and Kenya agreed to strengthen bilateral trade.", "strengthen trade"),
    ("Vietnam and Japan pledged to step up investment.", "step up investment"),
])
def test_strengthening_or_stepping_up_trade_or_investment_is_economic_cooperation(extract, text, pattern):
    [e] = by_type(extract(text), "COOPERATE")
    assert (e.cameo, e.context, e.status, e.rule.split(":")[-1]) == ("061", ["economic"], "future", pattern)
    assert len(codes(e.actor)) == 2


def test_improving_a_trade_balance_is_no_cooperation(extract):
    assert not by_type(extract("India wants to improve its trade balance with China."), "COOPERATE")
