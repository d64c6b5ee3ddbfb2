"""CONCEDE patterns: declared halts of attacks, demands granted, rules and curfews eased, settlement
freezes; invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor", [
    ("Mozambican rebels have suspended attacks against government forces in the north.", "MOZ"),
    ("Congolese rebels announced a suspension of attacks against government forces.", "COD"),
    ("Separatist leaders in Tajikistan have ordered a temporary halt in attacks on government forces.", "TJK"),
    ("Israel called off its offensive in Gaza on Sunday.", "ISR"),
])
def test_a_declared_halt_of_attacks_is_a_truce_concede_0871(extract, text, actor):
    events = extract(text)
    [e] = by_type(events, "CONCEDE")
    assert (e.cameo, e.goldstein, codes(e.actor)) == ("0871", 9.0, [actor])
    assert not by_type(events, "ASSAULT") and not by_type(events, "RETREAT")


def test_ending_a_war_stays_the_military_pull_back(extract):
    [e] = by_type(extract("Chad's government ended its offensive against the rebels in the east."), "RETREAT")
    assert (e.cameo, e.mode) == ("087", "disarm")


@pytest.mark.parametrize("text, status", [
    ("Czech government officials agreed today to the demands of pro-democracy protesters.", "asserted"),
    ("The Malawi government has agreed to adopt all the demands raised by the protest movement.", "future"),
])
def test_agreeing_to_demands_accedes_to_them(extract, text, status):
    [e] = by_type(extract(text), "CONCEDE")
    assert (e.cameo, e.status) == ("083", status)


@pytest.mark.parametrize("text, cameo", [
    ("The Portuguese government is easing rules that limit civil society groups.", "081"),
    ("Guinea's government will relax a visa requirement for foreign companies.", "081"),
    ("Luxembourg's King Albert ordered a halt to curfews in the capital on Tuesday.", "0813"),
    ("Peru's president halted the curfew in Lima on Monday.", "0813"),
])
def test_easing_rules_and_halting_curfews_concede(extract, text, cameo):
    [e] = by_type(extract(text), "CONCEDE")
    assert e.cameo == cameo


def test_a_settlement_freeze_is_a_policy_concession(extract):
    events = extract("Israel agreed on Thursday to stop the construction of new settlements in the West Bank.")
    [e] = by_type(events, "CONCEDE")
    assert (e.cameo, e.status, codes(e.actor)) == ("0832", "future", ["ISR"])
    [e] = by_type(extract("Israel agreed to a three-month freeze on construction in the West Bank."), "CONCEDE")
    assert e.cameo == "0832"


def test_repealing_an_embargo_eases_it(extract):
    [e] = by_type(extract("Mexico's Senate voted on Tuesday to repeal the trade embargo on Cuba."), "RETREAT")
    assert (e.cameo, e.mode, codes(e.actor)) == ("085", "ease", ["MEX"])
