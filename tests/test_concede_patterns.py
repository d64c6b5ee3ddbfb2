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
    ("Japanese authorities removed the security measure imposed on Okinawa residents.", "081"),
    ("The Thai government waived the visa requirement for Chinese tourists.", "081"),
    ("The Serbian government made a U-turn on the mining project.", "080"),
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


@pytest.mark.parametrize("text, actors", [
    ("Azerbaijan signed a ceasefire with Armenia on Saturday.", ["AZE"]),
    ("Kiribati and Bermuda have signed a cease-fire agreement.", ["BMU", "KIR"]),
    ("The Turkish army and Kurdish rebels reached a truce on Tuesday.", ["TUR"]),
])
def test_signing_or_reaching_a_ceasefire_declares_it_concede_0871(extract, text, actors):
    events = extract(text)
    [e] = by_type(events, "CONCEDE")
    assert (e.cameo, sorted(set(codes(e.actor)))) == ("0871", actors)
    assert not by_type(events, "SUPPORT")


def test_a_pact_noun_takes_the_pattern_of_its_kind_only_when_there_is_one(extract):
    [e] = by_type(extract("Chile and Peru signed a trade agreement on Monday."), "SUPPORT")
    assert e.cameo == "057"
    events = extract("Russia accused Ukraine of violating the ceasefire agreement on Monday.")
    [e] = by_type(events, "ASSAULT")
    assert (e.cameo, codes(e.actor)) == ("196", ["UKR"])


@pytest.mark.parametrize("text, cameo", [
    ("The Honduran government will suspend the imposition of a curfew in the capital.", "081"),
    ("Kenya's cabinet suspended the implementation of the new security law on Monday.", "0832"),
    ("Bahrain's authorities have eased limitations on political activities.", "081"),
    ("Venezuela's opposition announced a suspension of its protests on Sunday.", "082"),
])
def test_suspending_what_was_imposed_or_protested_concedes(extract, text, cameo):
    events = extract(text)
    [e] = by_type(events, "CONCEDE")
    assert e.cameo == cameo
    assert not by_type(events, "COERCE") and not by_type(events, "PROTEST")


def test_an_event_noun_carried_by_a_light_noun_takes_its_place(extract):
    [e] = by_type(extract("The Russian army has started the withdrawal process from Syria."), "RETREAT")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("087", ["RUS"], ["SYR"])


@pytest.mark.parametrize("text, actor, cameo", [
    ("Singapore's cabinet has approved a measure to ease restrictions on civil society groups.", "SGP", "081"),
    ("The Polish parliament passed a bill to lift the ban on street protests.", "POL", "081"),
])
def test_who_passes_a_measure_to_ease_a_restriction_eases_it(extract, text, actor, cameo):
    [e] = by_type(extract(text), "CONCEDE")
    assert (e.cameo, codes(e.actor)) == (cameo, [actor])


def test_a_portion_of_the_demands_is_still_the_demands(extract):
    [e] = by_type(extract("Greek officials agreed today to most of the demands of pro-democracy protesters."), "CONCEDE")
    assert (e.cameo, codes(e.actor)) == ("083", ["GRC"])
    assert not by_type(extract("Greek officials agreed today to most of the demands of pro-democracy protesters."), "AGREE")
