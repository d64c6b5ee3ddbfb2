"""Trigger words in a sense that is no event (precision round 2, real-news reading): an excuse
pleaded, a source keeping anonymous, a proclamation signed, a state's own troops allowed, a rally
that is only where a speaker spoke.  Invented sentences."""

import pytest
from coding import by_type, codes


def test_pleading_an_excuse_is_no_request(extract):
    events = extract("The Chilean foreign minister will leave the summit early, pleading urgent business in Congress.")
    assert not by_type(events, "REQUEST")


def test_pleading_with_someone_is_still_a_request(extract):
    events = extract("The Chilean families pleaded with the Peruvian government to release the prisoners.")
    [e] = by_type(events, "REQUEST")
    assert codes(e.recipient) == ["PER"]
    [freed] = by_type(events, "RETREAT")
    assert codes(freed.actor) == ["PER"]  # the government appealed to would release them


@pytest.mark.parametrize("text", [
    "Three Peruvian diplomats refused to put their names to their views on the talks with Chile.",
    "Two Bolivian officials declined to be named.",
])
def test_keeping_anonymous_is_no_rejection(extract, text):
    assert not by_type(extract(text), "REJECT")


def test_refusing_to_put_troops_under_command_is_still_a_rejection(extract):
    [e] = by_type(extract("Iran refused to put its troops under Russian command."), "REJECT")
    assert codes(e.actor) == ["IRN"]


@pytest.mark.parametrize("text", [
    "The Chilean president signed a declaration of disaster emergency after the floods.",
    "The Peruvian president signed an emergency declaration for Lima.",
])
def test_signing_a_proclamation_is_no_agreement(extract, text):
    assert not by_type(extract(text), "SUPPORT")


def test_signing_a_joint_declaration_is_still_an_agreement(extract):
    [e] = by_type(extract("France and Germany signed a joint declaration on trade."), "SUPPORT")
    assert e.cameo == "057"


def test_allowing_ones_own_troops_is_no_cooperation(extract):
    events = extract("The Chilean president said he will not allow Chilean troops to leave in a hurry.")
    assert not by_type(events, "COOPERATE")


def test_allowing_foreign_troops_is_still_cooperation(extract):
    [e] = by_type(extract("Jordan allowed US troops to use its air bases."), "COOPERATE")
    assert e.cameo == "062" and codes(e.recipient) == ["USA"]


@pytest.mark.parametrize("text", [
    "The president wanted the troops home, in line with his pledge at a rally that the war was over.",
    "\"This is a national struggle,\" the Turkish president told a rally in Bursa.",
])
def test_rally_where_a_speaker_spoke_is_no_protest(extract, text):
    assert not by_type(extract(text), "PROTEST")


def test_rally_against_something_is_still_a_protest(extract):
    [e] = by_type(extract("Thousands joined a rally against the war in London."), "PROTEST")
    assert e.cameo == "141"


@pytest.mark.parametrize("text", [
    "Peru destroyed its chemical stocks in 2014.",
    "Though Chile and Peru claim to have destroyed their chemical stocks, they can still make new ones.",
])
def test_a_state_destroying_its_own_things_attacks_no_one(extract, text):
    assert not by_type(extract(text), "ASSAULT")


def test_destroying_anothers_things_is_still_an_attack(extract):
    [e] = by_type(extract("Russian troops destroyed Ukrainian grain stocks."), "ASSAULT")
    assert e.cameo == "1712" and codes(e.recipient) == ["UKR"]


def test_bombing_others_homes_is_still_an_attack(extract):
    [e] = by_type(extract("The villagers fled after Syria bombed their homes."), "ASSAULT")
    assert codes(e.actor) == ["SYR"]


def test_a_states_own_invasion_is_still_an_attack(extract):
    [e] = by_type(extract("Chile today mounted its long-threatened invasion of southern Peru."), "ASSAULT")
    assert codes(e.actor) == ["CHL"] and codes(e.recipient) == ["PER"]


def test_attacking_its_allies_is_still_an_attack(extract):
    [e] = by_type(extract("Peru said Chile would attack its allies."), "ASSAULT")
    assert codes(e.actor) == ["CHL"]


def test_pleading_at_a_summit_is_still_a_request(extract):
    events = extract("After a summit in Lima at which the Peruvian president pleaded with Chile to halt the offensive, talks ended.")
    [e] = by_type(events, "REQUEST")
    assert codes(e.recipient) == ["CHL"]
