"""Constructions found wanting on the held-out dev half (invented sentences): a joint military
exercise is both military cooperation and a show of force."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, holders", [
    ("Indian and French troops began joint military exercises near the border on Monday.", ["FRA", "IND"]),
    ("Japanese forces have been conducting exercises with the US Navy for a week.", ["JPN", "USA"]),
])
def test_a_joint_exercise_is_also_a_show_of_force_by_all_its_holders(extract, text, holders):
    events = extract(text)
    [c] = by_type(events, "COOPERATE")
    assert c.cameo == "062"
    [m] = by_type(events, "MOBILIZE")
    assert (m.cameo, codes(m.actor), codes(m.recipient), m.status) == ("150", holders, [], "asserted")


def test_an_exercise_of_one_state_alone_stays_a_show_of_force(extract):
    events = extract("The Chinese navy held large drills near Taiwan on Saturday.")
    assert not by_type(events, "COOPERATE")
    [m] = by_type(events, "MOBILIZE")
    assert (m.cameo, codes(m.actor)) == ("150", ["CHN"])
