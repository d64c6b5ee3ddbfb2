"""Threats, sanctions and attacks named by a carried noun: invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, cameo", [
    ("Norway launched a drone strike on the rebel camp in Mali.", "195"),
    ("Chile launched air strikes on Peruvian positions near the border.", "195"),
    ("The Indian army launched a strike on Pakistani posts in Kashmir.", "190"),
])
def test_a_strike_set_going_by_a_state_or_with_a_weapon_is_an_attack(extract, text, cameo):
    [e] = by_type(extract(text), "ASSAULT")
    assert e.cameo == cameo and not by_type(extract(text), "PROTEST")


@pytest.mark.parametrize("text, sector", [
    ("Dock workers in Chile launched a strike over pay on Monday.", "LAB"),
    ("Nurses in Kenya began a strike on Tuesday.", "HLH"),
])
def test_workers_setting_a_strike_going_still_protest(extract, text, sector):
    [e] = by_type(extract(text), "PROTEST")
    assert e.cameo == "143" and [a.sector for a in e.actor] == [sector]
    assert not by_type(extract(text), "ASSAULT")


def test_carrying_on_air_strikes_is_an_attack_not_a_labour_strike(extract):
    events = extract("Chile continued air strikes against rebel camps in Peru on Sunday.")
    [e] = by_type(events, "ASSAULT")
    assert (e.cameo, codes(e.actor)) == ("195", ["CHL"]) and not by_type(events, "PROTEST")
    [h] = by_type(extract("Hungry prisoners in Peru continued their hunger strike on Sunday."), "PROTEST")
    assert h.cameo == "142"


@pytest.mark.parametrize("text, pattern", [
    ("Peru placed an embargo on Chile last week.", "place embargo"),
    ("The European Union put sanctions on Belarusian officials.", "put sanction"),
    ("Canada levied new sanctions against Belarus on Friday.", "levy sanction"),
    ("Japan hit North Korea with new sanctions on Friday.", "hit with sanction"),
    ("Peru unveiled sanctions against Bolivian officials.", "unveil sanction"),
])
def test_placing_or_levying_a_sanction_imposes_it(extract, text, pattern):
    [e] = by_type(extract(text), "SANCTION")
    assert e.cameo == "163" and e.rule.endswith(pattern) and len(codes(e.recipient)) == 1


def test_placing_restrictions_is_imposing_them(extract):
    [e] = by_type(extract("Peru placed restrictions on Bolivian imports."), "COERCE")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("172", ["PER"], ["BOL"])


@pytest.mark.parametrize("text, cameo, actor, target", [
    ("Chile did not rule out military action against Peru.", "138", "CHL", "PER"),
    ("Peru has not ruled out the use of force against Bolivia.", "138", "PER", "BOL"),
    ("Norway refused to rule out new sanctions against Belarus.", "1312", "NOR", "BLR"),
])
def test_not_ruling_out_a_hostile_act_threatens_it(extract, text, cameo, actor, target):
    events = extract(text)
    [t] = by_type(events, "THREATEN")
    assert (t.cameo, t.status, codes(t.actor), codes(t.recipient)) == (cameo, "asserted", [actor], [target])
    assert not by_type(events, "REJECT")  # a negated or refused exclusion rejects nothing


def test_the_act_not_ruled_out_stays_possible(extract):
    [a] = by_type(extract("Chile did not rule out military action against Peru."), "ASSAULT")
    assert a.status == "hypothetical"


def test_ruling_out_or_not_ruling_out_a_cooperative_act_is_no_threat(extract):
    assert not by_type(extract("The Chilean minister did not rule out talks with Peru."), "THREATEN")
    [r] = by_type(extract("Chile ruled out military action against Peru."), "REJECT")
    assert r.status == "asserted"


def test_a_condition_on_the_order_of_a_hostile_act_is_an_ultimatum(extract):
    # "unless" hangs on "order", whose infinitive is the act: a condition on both
    events = extract("Chile's President Michelle Bachelet has announced she will order the military to end "
                     "street protests unless the students stop blocking major highways.")
    [t] = by_type(events, "THREATEN")
    assert (t.cameo, t.status, [a.sector for a in t.actor]) == ("139", "asserted", ["MIL"])
    assert [r.sector for r in t.recipient] == ["EDU"]


def test_a_head_of_government_speaks_for_the_unnamed_army_of_her_state(extract):
    [t] = by_type(extract("Peru's president said the army would use force against the protesters."), "THREATEN")
    assert (t.cameo, t.status, codes(t.actor), [a.sector for a in t.actor]) == ("138", "asserted", ["PER"], ["MIL"])


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Chile suspended all contacts with Peru on Monday.", "161", "CHL", "PER"),
    ("Chile cut off contact with the Peruvian government.", "161", "CHL", "PER"),
    ("Peru suspended visits by Chilean officials.", "160", "PER", "CHL"),
])
def test_suspending_contacts_or_visits_reduces_relations(extract, text, cameo, actor, recipient):
    [e] = by_type(extract(text), "SANCTION")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == (cameo, [actor], [recipient])


def test_a_stated_suspension_of_visits_threatens_to_downgrade_relations(extract):
    [t] = by_type(extract("Chile said it would suspend all visits to Peru."), "THREATEN")
    assert (t.cameo, codes(t.actor), codes(t.recipient)) == ("1313", ["CHL"], ["PER"])


def test_crushing_armed_men_is_force_and_its_stated_intent_a_threat(extract):
    [a] = by_type(extract("Peruvian troops crushed the rebels near the Bolivian border."), "ASSAULT")
    assert (a.cameo, a.rule.split(":")[-1]) == ("190", "crush rebel")
    events = extract("Peru's president said the army would crush the rebels if they did not surrender.")
    [t] = by_type(events, "THREATEN")
    assert (t.cameo, t.status, [x.sector for x in t.actor]) == ("138", "asserted", ["MIL"])
    assert [x.sector for x in t.recipient] == ["REB"]


def test_a_vowed_response_is_a_threat(extract):
    [t] = by_type(extract("Peru vowed a harsh response to the Chilean incursion."), "THREATEN")
    assert (t.cameo, codes(t.actor), codes(t.recipient)) == ("130", ["PER"], ["CHL"])


def test_a_carrier_verb_keeps_its_pattern_with_the_nouns_more_specific_row(extract):
    [c] = by_type(extract("Peru's president held a phone conversation with Chile's president on Tuesday."), "CONSULT")
    assert (c.cameo, codes(c.actor), codes(c.recipient)) == ("041", ["PER"], ["CHL"])
