"""A demand told as "X said Y must/should do Z": the saying is the REQUEST, Z is no record of its
own (the gold codes only the demand).  Talks called for "between X and Y": X and Y are the
parties of the talks and the ones asked, not the caller.
Invented sentences modelled on the gold files' calls."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, demanded", [
    ("Seoul added that North Korean representatives should start talks with their South Korean counterparts.", "CONSULT"),
    ("The US administration insists the regime must give up its weapons before any negotiations.", "RETREAT"),
])
def test_a_demanded_act_is_no_record_beside_the_demand(extract, text, demanded):
    events = extract(text)
    assert len(by_type(events, "REQUEST")) == 1
    assert by_type(events, demanded) == []


def test_the_demand_keeps_its_addressee(extract):
    [r] = by_type(extract("Japan said North Korea should start talks with South Korea."), "REQUEST")
    assert (codes(r.actor), codes(r.recipient)) == (["JPN"], ["PRK"])


def test_an_act_the_speaker_foretells_keeps_its_record(extract):
    # no obligation modal: no demand, and the talks are told as planned
    events = extract("Japan said North Korea will start talks with South Korea.")
    assert by_type(events, "REQUEST") == []
    assert [e.status for e in by_type(events, "CONSULT")] == ["future"]


@pytest.mark.parametrize("text, caller, parties", [
    ("The United Nations called for talks between Israel and Hamas.", ["UNO"], ["ISR", "PSE"]),
    ("The EU called for negotiations between Serbia and Kosovo.", ["EUR"], ["SRB", "XKX"]),
])
def test_talks_called_for_between_two_parties_are_theirs(extract, text, caller, parties):
    events = extract(text)
    [r] = by_type(events, "REQUEST")
    assert (codes(r.actor), codes(r.recipient)) == (caller, parties)
    [c] = by_type(events, "CONSULT")
    assert (codes(c.actor), codes(c.recipient), c.status) == (parties, [], "hypothetical")


def test_talks_called_for_with_one_party_keep_the_caller(extract):
    events = extract("The United Nations called for talks with Iran.")
    [c] = by_type(events, "CONSULT")
    assert (codes(c.actor), codes(c.recipient)) == (["UNO"], ["IRN"])
