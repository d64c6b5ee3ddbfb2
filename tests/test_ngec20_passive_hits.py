"""NGEC round of the twelfth session: constructions of English the dev misses showed whose label the
text supports (an attack told as the agent of a passive verb of hitting, firebombing); invented
sentences."""

import pytest

from coding import by_type, codes


def test_agreeing_to_a_truce_stays_an_agreement_as_the_plover_gold_codes_it(extract):
    # tried and undone in this round: "agree to ceasefire" as CONCEDE 0871 gained no NGEC dev story
    # and lost the PLOVER gold's AGREE for "Bosnia and Slovenia agreed to a ceasefire"
    events = extract("Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting.")
    [e] = by_type(events, "AGREE")
    assert (e.cameo, sorted(codes(e.actor))) == ("030", ["BIH", "SVN"])
    assert not by_type(events, "CONCEDE")


@pytest.mark.parametrize("text, cameo, event, target", [
    ("The US embassy in Kabul was hit by a rocket attack on Monday.", "194", "ASSAULT", "USA"),
    ("Israeli soldiers were targeted by a roadside bomb near Hebron on Sunday.", "1833", "ASSAULT", "ISR"),
    ("The Israeli army base was hit by an air strike on Monday.", "195", "ASSAULT", "ISR"),
    ("Greece's state-run energy company has been hit by a major cyberattack.", "170", "COERCE", "GRC"),
    ("A French nuclear power plant was hit by a cyber attack on Wednesday.", "170", "COERCE", "FRA"),
])
def test_an_attack_told_as_the_agent_of_a_passive_hitting_verb_hit_its_subject(extract, text, cameo, event, target):
    # the doer is not named: the unknown attacker of an armed or a cyber attack, as for "an attack on X"
    [e] = by_type(extract(text), event)
    assert (e.cameo, codes(e.recipient)) == (cameo, [target])
    assert [a.entity_text for a in e.actor] == [""]


def test_a_bare_strike_that_hit_people_is_no_attack(extract):
    # a walkout hits customers too; with no word of its kind "the strike" names no attack
    events = extract("Workers and customers at a variety of Montserrat banks have been hit by the strike, "
                     "which is due to end tomorrow.")
    assert not by_type(events, "ASSAULT")


def test_a_day_after_the_attack_noun_does_not_stand_for_its_target(extract):
    [e] = by_type(extract("The Saudi embassy in Sanaa was struck by a missile attack on Monday."), "ASSAULT")
    assert [r.entity_text for r in e.recipient] == ["Saudi embassy"]


def test_firebombing_by_troops_is_an_attack_and_by_rioters_a_riot(extract):
    [e] = by_type(extract("Indonesian troops began firebombing farms in Aceh on Saturday."), "ASSAULT")
    assert (e.cameo, codes(e.actor)) == ("183", ["IDN"])
    events = extract("Rioters firebombed a police station in Athens on Friday.")
    [p] = by_type(events, "PROTEST")
    assert p.cameo == "145"
    assert not by_type(events, "ASSAULT")
