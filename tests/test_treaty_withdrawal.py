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
