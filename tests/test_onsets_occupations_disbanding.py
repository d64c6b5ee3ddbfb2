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


@pytest.mark.parametrize("text, actor, recipient", [
    ("Washington placed the Chinese firm on its trade blacklist.", "USA", "CHN"),
    ("The US added three Chinese companies to its blacklist.", "USA", "CHN"),
])
def test_a_party_put_on_a_blacklist_is_blacklisted(extract, text, actor, recipient):
    [e] = by_type(extract(text), "SANCTION")
    assert (e.mode, e.cameo, codes(e.actor), codes(e.recipient)) == ("restrict", "163", [actor], [recipient])


@pytest.mark.parametrize("text", [
    "Moscow ordered the closure of the US consulate in Yekaterinburg.",
    "Russia closed the US consulate in Yekaterinburg.",
])
def test_a_consulate_closed_reduces_relations(extract, text):
    [e] = by_type(extract(text), "SANCTION")
    assert (e.mode, e.cameo, codes(e.actor), codes(e.recipient)) == ("withdraw", "161", ["RUS"], ["USA"])


def test_water_cannon_used_on_protesters_is_repression(extract):
    [e] = by_type(extract("Thai police used water cannon against protesters."), "ASSAULT")
    assert (e.cameo, codes(e.actor)) == ("175", ["THA"])


@pytest.mark.parametrize("text, actor, recipient", [
    ("Russia returned 10 Ukrainian children from occupied territories.", "RUS", "UKR"),
    ("Russia returned 100 Ukrainian prisoners of war.", "RUS", "UKR"),
])
def test_children_and_prisoners_returned_are_freed(extract, text, actor, recipient):
    [e] = by_type(extract(text), "RETREAT")
    assert (e.mode, e.cameo, codes(e.actor), codes(e.recipient)) == ("release", "0841", [actor], [recipient])


def test_migrants_returned_are_no_release(extract):
    assert not by_type(extract("The United States returned 200 migrants to Mexico."), "RETREAT")


@pytest.mark.parametrize("text, actor", [
    ("Iran dismantled centrifuges at Natanz.", "IRN"),
    ("North Korea dismantled its missile launchers.", "PRK"),
])
def test_weapons_machinery_dismantled_is_disarming(extract, text, actor):
    [e] = by_type(extract(text), "RETREAT")
    assert (e.mode, e.cameo, codes(e.actor)) == ("disarm", "0873", [actor])


@pytest.mark.parametrize("text, actor", [
    ("The French government dropped the controversial fuel tax after weeks of protests.", "FRA"),
    ("The Colombian government suspended the tax reform after protests.", "COL"),
    ("The Nigerian government reversed the fuel price hike.", "NGA"),
    ("Kenya scrapped the new levy on mobile money.", "KEN"),
])
def test_a_tax_hike_or_reform_dropped_is_a_policy_given_up(extract, text, actor):
    [e] = by_type(extract(text), "CONCEDE")
    assert (e.cameo, codes(e.actor)) == ("0832", [actor])


def test_a_tax_raised_is_no_concession(extract):
    assert not by_type(extract("The government raised the fuel tax."), "CONCEDE")


def test_power_handed_to_civilians_is_a_handover(extract):
    [e] = by_type(extract("The Sudanese military handed power to a civilian government."), "CONCEDE")
    assert (e.cameo, codes(e.actor)) == ("0831", ["SDN"])


@pytest.mark.parametrize("text, actor", [
    ("The Zimbabwean regulator revoked the licence of the independent broadcaster.", "ZWE"),
    ("Russia withdrew the license of Echo of Moscow.", "RUS"),
    ("Bahrain stripped him of his citizenship.", "BHR"),
])
def test_licences_revoked_and_citizenship_stripped_are_penalties(extract, text, actor):
    [e] = by_type(extract(text), "COERCE")
    assert (e.mode, e.cameo, codes(e.actor)) == ("restrict", "172", [actor])


def test_rescue_teams_sent_are_humanitarian_aid(extract):
    [e] = by_type(extract("Turkey sent rescue teams to Syria after the earthquake."), "AID")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("073", ["TUR"], ["SYR"])


def test_a_group_banned_by_a_state_is_banned(extract):
    [e] = by_type(extract("Germany banned the neo-Nazi group."), "COERCE")
    assert (e.mode, e.cameo, codes(e.actor)) == ("ban", "1722", ["DEU"])


def test_a_group_banned_from_a_stadium_names_no_state(extract):
    assert extract("The group was banned from the stadium.") == []


def test_a_passive_infinitive_with_its_own_subject_takes_the_wish(extract):
    """"wants the children to be returned": the passive infinitive clause is governed by the wish
    as the active one is ("wants Russia to withdraw"), so the return is not told as done."""
    [e] = by_type(extract("The Ukrainian government wants the children to be returned by Russia."), "RETREAT")
    assert (e.cameo, e.status, codes(e.actor)) == ("0841", "future", ["RUS"])
