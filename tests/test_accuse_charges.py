"""Accusations (ACCUSE): bringing charges and prosecuting, as the annotation guide decides, and
condemning an act, which is not doing it: invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, cameo, actor, recipient_sector", [
    ("Turkish prosecutors brought charges against 20 journalists.", "1121", "TUR", "MED"),
    ("The Kenyan police pressed charges against the opposition leader.", "1121", "KEN", "OPP"),
    ("France prosecuted the former minister for corruption.", "115", "FRA", "ELI"),
])
def test_charges_brought_and_prosecutions_are_accusations(extract, text, cameo, actor, recipient_sector):
    events = extract(text)
    [a] = by_type(events, "ACCUSE")
    assert (a.mode, a.cameo) == ("allege", cameo) and codes(a.actor) == [actor]
    assert [r.sector for r in a.recipient] == [recipient_sector]
    assert not by_type(events, "COERCE")


def test_the_arrest_stays_coercion(extract):
    [c] = by_type(extract("Kenyan police arrested the opposition leader."), "COERCE")
    assert (c.mode, c.cameo) == ("arrest", "173")


@pytest.mark.parametrize("text", [
    "Britain condemned the bombing on Monday.",
    "The European Union denounced the arrest of the opposition leader.",
])
def test_who_condemns_an_act_does_not_do_it(extract, text):
    events = extract(text)
    assert [e.event for e in events] == ["ACCUSE"]


def test_a_condemned_act_keeps_its_named_doer(extract):
    events = extract("France condemned the Syrian bombing of Aleppo.")
    [a] = by_type(events, "ASSAULT")
    assert codes(a.actor) == ["SYR"]
    [c] = by_type(events, "ACCUSE")
    assert codes(c.actor) == ["FRA"]


def test_a_condemned_attack_on_a_named_victim_is_by_an_unknown_attacker(extract):
    [a] = by_type(extract("France condemned the attack on the Syrian town."), "ASSAULT")
    assert [(x.code, x.sector) for x in a.actor] == [(None, "UAF")] and codes(a.recipient) == ["SYR"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Tuvalu foreign ministry posted a statement on Monday. The statement accuses Fiji of interfering in "
     "its affairs.", "TUV", "FJI"),
    ("The resolution adopted by the Moroccan parliament condemns Algeria.", "MAR", "DZA"),
    ("A statement issued by the Iranian foreign ministry criticised Saudi Arabia.", "IRN", "SAU"),
])
def test_a_text_accuses_for_the_party_that_issued_it(extract, text, actor, recipient):
    [a] = by_type(extract(text), "ACCUSE")
    assert codes(a.actor) == [actor] and codes(a.recipient) == [recipient]


def test_a_text_of_no_named_issuer_accuses_for_nobody(extract):
    assert not by_type(extract("The report criticised the Syrian government."), "ACCUSE")
