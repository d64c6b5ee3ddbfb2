"""Leaving a treaty, deal or organisation scales back relations (SANCTION 161, as the PETRARCH
verb dictionary codes "withdraw from a treaty"), not a military pull-back (RETREAT 087)."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor, status", [
    ("Peru withdrew from the Andean trade agreement on Monday.", "PER", "asserted"),
    ("Chile pulled out of the fisheries treaty last year.", "CHL", "asserted"),
    ("Bolivia will leave the regional alliance, its president said.", "BOL", "future"),
    ("Ecuador quit the Latin American energy organisation in March.", "ECU", "asserted"),
    ("Argentina is exiting the nuclear deal.", "ARG", "asserted"),
])
def test_leaving_a_pact_is_a_sanction_161(extract, text, actor, status):
    events = extract(text)
    [e] = by_type(events, "SANCTION")
    assert (e.cameo, e.mode, e.goldstein, codes(e.actor), e.status) == ("161", "withdraw", -4.0, [actor], status)
    assert not by_type(events, "RETREAT")


def test_armed_forces_leaving_a_place_stay_a_military_pullback(extract):
    [e] = by_type(extract("Peru withdrew its troops from Ecuador on Monday."), "RETREAT")
    assert (e.cameo, codes(e.actor)) == ("087", ["PER"])


@pytest.mark.parametrize("text, actor", [
    ("Chile withdrew from the Lima agreement on Monday.", "CHL"),
    ("Peru pulled out of the Quito accord.", "PER"),
])
def test_a_pact_named_after_a_city_is_neither_the_place_nor_a_party(extract, text, actor):
    [e] = by_type(extract(text), "SANCTION")
    assert codes(e.actor) == [actor]
    assert e.recipient == [] and (e.event_loc is None or e.event_loc.feature == "country")
    assert e.event_loc is None or e.event_loc.country == actor  # the actor's own country, not Lima's


def test_a_ceasefire_named_after_a_city_names_no_government(extract):
    [e] = by_type(extract("Russia violated the Minsk ceasefire deal."), "ASSAULT")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("196", ["RUS"], [])

