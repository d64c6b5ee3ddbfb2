"""A ceasefire declared through the noun of its onset ("declared the start of a ceasefire"), an
occupation ended, settlement activity halted, rebels disbanded, and an act as the subject of
"leave" (a result, not a pullout).  Invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor", [
    ("The Free Syrian Army declared the start of a nationwide ceasefire.", "SYR"),
    ("The Turkmen opposition leader declared the establishment of a nationwide ceasefire.", "TKM"),
    ("The Syrian rebels announced the beginning of a ceasefire with the government.", "SYR"),
])
def test_a_ceasefire_declared_through_its_onset_is_the_declaration(extract, text, actor):
    events = extract(text)
    [e] = by_type(events, "CONCEDE")
    assert (e.cameo, codes(e.actor)) == ("0871", [actor])
    assert not by_type(events, "RETREAT")


def test_an_offensive_announced_through_its_onset_is_still_the_offensive(extract):
    [e] = extract("The Syrian army announced the start of a ground offensive against the rebels.")
    assert (e.event, e.cameo, codes(e.actor)) == ("ASSAULT", "190", ["SYR"])


def test_an_occupation_ended_is_a_pullout_not_a_seizure(extract):
    events = extract("Israel ended its occupation of the West Bank.")
    [e] = by_type(events, "RETREAT")
    assert (e.mode, e.cameo, codes(e.actor), codes(e.recipient)) == ("withdraw", "087", ["ISR"], ["PSE"])
    assert not by_type(events, "COERCE")


def test_the_bare_occupation_noun_stays_a_seizure(extract):
    [e] = by_type(extract("Israel's occupation of the West Bank began in 1967."), "COERCE")
    assert (e.mode, e.cameo) == ("seize", "192")


def test_settlement_activity_halted_is_a_plan_given_up(extract):
    [e] = by_type(extract("Israel halted settlement activity in the West Bank."), "CONCEDE")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("0832", ["ISR"], ["PSE"])


@pytest.mark.parametrize("text, actor", [
    ("The rebels were formally disbanded by the US Coast Guard.", "USA"),
    ("The Salvadoran government disbanded the rebels.", "SLV"),
])
def test_rebels_disbanded_stand_down_armed_forces(extract, text, actor):
    events = extract(text)
    [e] = by_type(events, "RETREAT")
    assert (e.mode, e.cameo, codes(e.actor)) == ("disarm", "0873", [actor])
    assert not by_type(events, "COERCE")


def test_an_act_that_leaves_a_place_in_want_is_no_pullout(extract):
    events = extract("The Syrian army's siege of the town left thousands without food.")
    assert not by_type(events, "RETREAT")
    [e] = by_type(events, "COERCE")
    assert (e.cameo, codes(e.actor)) == ("191", ["SYR"])


def test_troops_leaving_a_city_still_pull_out(extract):
    [e] = by_type(extract("Russian troops left Kherson on Friday."), "RETREAT")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("087", ["RUS"], ["UKR"])


@pytest.mark.parametrize("text, actor, recipient", [
    ("Ethiopia sent 300 Eritrean prisoners home on Monday.", "ETH", ["ERI"]),
    ("Thailand is sending about 200 of its captives back to their home country.", "THA", []),
])
def test_captives_sent_back_or_home_are_released(extract, text, actor, recipient):
    [e] = by_type(extract(text), "RETREAT")
    assert (e.mode, e.cameo, codes(e.actor), codes(e.recipient)) == ("release", "0841", [actor], recipient)


def test_an_ambassador_sent_back_stays_a_restored_tie(extract):
    events = extract("Ethiopia sent its ambassador back to Eritrea.")
    assert not by_type(events, "RETREAT")
    assert [e.cameo for e in by_type(events, "SUPPORT")] == ["050"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Taliban handed over the bodies of two soldiers to Pakistan.", "AFG", "PAK"),
    ("Hamas handed over the remains of four Israeli hostages.", "PSE", "ISR"),
])
def test_bodies_handed_over_are_remains_returned(extract, text, actor, recipient):
    [e] = by_type(extract(text), "RETREAT")
    assert (e.mode, e.cameo, codes(e.actor), codes(e.recipient)) == ("return", "0842", [actor], [recipient])


def test_a_suspect_handed_over_stays_judicial_cooperation(extract):
    events = extract("Pakistan handed over the suspect to India.")
    assert not by_type(events, "RETREAT")
    assert [e.cameo for e in by_type(events, "COOPERATE")] == ["063"]
