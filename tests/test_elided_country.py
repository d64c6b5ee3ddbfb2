""""the North" / "the South" stand for the country named before with that word (actors/resolve.py)."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("North Korea fired a missile over Japan on Tuesday. The United States threatened to hit the North with strikes.",
     "THREATEN", ["USA"], ["PRK"]),
    ("Pyongyang fired a missile on Tuesday. Seoul condemned the North for the launch.", "ACCUSE", ["KOR"], ["PRK"]),
    ("South Korea and North Korea held talks. The South offered aid to the North.", "AGREE", ["KOR"], ["PRK"]),
    ("South Sudan and Sudan held talks. The South accused Khartoum of bombing its oil fields.", "ACCUSE", ["SSD"], ["SDN"]),
])
def test_the_north_and_the_south_are_the_country_named_before(extract, text, event, actor, recipient):
    [e] = by_type(extract(text), event)
    assert (codes(e.actor), codes(e.recipient)) == (actor, recipient)


@pytest.mark.parametrize("text", [
    "North Korea and North Macedonia voted against. Russia condemned the North.",  # two countries fit
    "The North Atlantic Treaty Organization met in Brussels. Russia condemned the North.",  # no country fits
])
def test_the_north_stays_uncoded_when_no_single_country_fits(extract, text):
    [e] = by_type(extract(text), "ACCUSE")
    assert codes(e.recipient) == []
