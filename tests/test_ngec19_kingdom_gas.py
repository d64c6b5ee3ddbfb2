"""NGEC round of the eleventh session (THREATEN, ASSAULT, REJECT, PROTEST): constructions of English
the misses showed; invented sentences."""

import pytest

from coding import by_type, codes


def test_the_kingdom_names_the_one_monarchy_told_before_it_among_other_states(extract):
    # two states before "the kingdom", but only Saudi Arabia is one
    events = extract("Saudi Arabia told the United Arab Emirates on Monday that the kingdom would be "
                     "prepared to take military action against Qatar.")
    [e] = by_type(events, "THREATEN")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("138", ["SAU"], ["QAT"])


def test_the_kingdom_reaches_back_past_the_sentence_before_to_the_one_monarchy_of_the_story(extract):
    events = extract("Saudi Arabia hosted talks on Monday. Officials met in Riyadh. The foreign minister "
                     "said on Tuesday that the oil-rich kingdom would impose sanctions on Qatar.")
    [e] = by_type(events, "SANCTION")
    assert (e.cameo, e.status, codes(e.actor), codes(e.recipient)) == ("163", "future", ["SAU"], ["QAT"])


@pytest.mark.parametrize("text", [
    # no monarchy told before: "the kingdom" stays no party
    "France and Germany met on Monday. The kingdom arrested two journalists.",
    # two monarchies told before: which one is not said
    "Jordan and Morocco met on Monday. The kingdom arrested two journalists.",
])
def test_the_kingdom_names_no_state_unless_exactly_one_monarchy_was_told(extract, text):
    # the arrest has no party, so no record
    assert not by_type(extract(text), "COERCE")


def test_the_kingdom_skips_a_republic_told_with_the_monarchy(extract):
    [e] = by_type(extract("Jordan and France met on Monday. The kingdom arrested two journalists."), "COERCE")
    assert (e.cameo, codes(e.actor)) == ("173", ["JOR"])


def test_the_emirate_and_the_principality_count_only_their_own_form_of_state(extract):
    [e] = by_type(extract("Qatar and Egypt met on Monday. The emirate arrested two journalists."), "COERCE")
    assert (e.cameo, codes(e.actor)) == ("173", ["QAT"])


@pytest.mark.parametrize("text, actor", [
    ("French police deployed tear gas against the protesters in Paris on Monday.", "FRA"),
    ("The Jordanian army deployed tear gas on Sunday at a rally in Amman.", "JOR"),
])
def test_tear_gas_deployed_is_tear_gas_used_not_forces_moved(extract, text, actor):
    events = extract(text)
    [e] = by_type(events, "ASSAULT")
    assert (e.cameo, codes(e.actor)) == ("175", [actor])
    assert not by_type(events, "MOBILIZE")


def test_gas_turbines_deployed_stay_a_deployment(extract):
    events = extract("The Kenyan army deployed gas turbines to the region on Monday.")
    assert not by_type(events, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Kenyan police turned on the crowd in Nairobi on Monday.",
    "Kenyan police turned on demonstrators protesting the election in Nairobi on Monday.",
])
def test_police_turning_on_a_crowd_attack_it(extract, text):
    [e] = by_type(extract(text), "ASSAULT")
    assert (e.cameo, codes(e.actor)) == ("175", ["KEN"])


def test_turning_on_the_lights_is_no_attack(extract):
    assert not by_type(extract("Kenyan police turned on the lights in Nairobi on Monday."), "ASSAULT")


@pytest.mark.parametrize("text, cameo, target", [
    ("Iran closed the Strait of Hormuz on Monday.", "191", None),
    ("Turkey closed its airspace to Russian planes on Monday.", "191", "RUS"),
])
def test_closing_a_strait_or_airspace_restricts_movement(extract, text, cameo, target):
    [e] = by_type(extract(text), "COERCE")
    assert (e.cameo, e.status) == (cameo, "asserted")
    if target:
        assert codes(e.recipient) == [target]


def test_a_stated_closing_of_a_strait_is_a_threat(extract):
    events = extract("Iran said on Monday that it would close the Strait of Hormuz to shipping.")
    [c] = by_type(events, "COERCE")
    [t] = by_type(events, "THREATEN")
    assert (c.cameo, c.status, t.cameo, codes(t.actor)) == ("191", "future", "1381", ["IRN"])


def test_limiting_access_is_a_restriction_but_a_company_limiting_it_is_no_coercion(extract):
    [e] = by_type(extract("Kenya limited access to the region for journalists on Monday."), "COERCE")
    assert (e.cameo, codes(e.actor)) == ("172", ["KEN"])
    assert not by_type(extract("Facebook limited access to its data on Monday."), "COERCE")


@pytest.mark.parametrize("text, etype, actor", [
    ("The Dhaka Metropolitan Police (DMP) said on Sunday that the curfew would stay. "
     "The DMP arrested 20 opposition activists on Monday.", "COERCE", "BGD"),
    ("The Free Syrian Army (FSA) said on Sunday that it had taken the town. "
     "The FSA attacked government positions near Aleppo on Monday.", "ASSAULT", "SYR"),
])
def test_an_abbreviation_given_in_brackets_names_the_party_again(extract, text, etype, actor):
    [e] = by_type(extract(text), etype)
    assert codes(e.actor) == [actor]
    assert e.actor[0].entity_text in ("DMP", "FSA")


def test_an_abbreviation_never_given_in_brackets_names_no_one(extract):
    # "FSA" is not told as the Free Syrian Army's: no party, no record
    events = extract("The Free Syrian Army said on Sunday that it had taken the town. "
                     "The FSA attacked government positions near Aleppo on Monday.")
    assert not [e for e in by_type(events, "ASSAULT") if e.actor and e.actor[0].entity_text == "FSA"]


def test_a_longer_bracketed_abbreviation_names_no_one_and_a_place_in_the_name_is_not_the_party(extract):
    # "(FSA-N)" gives "FSA-N", not "FSA"; before, the place "Nassau" ahead of the bracket lent
    # its country to every later "FSA"
    events = extract("The rebel group, the Free Syrian Army in Nassau (FSA-N), has been fighting for weeks. "
                     "The FSA attacked government positions near Aleppo on Monday.")
    for e in events:
        for a in e.actor:
            assert not (a.entity_text == "FSA" and a.code == "BHS")
