"""SANCTION, COERCE and MOBILIZE wordings: relationships cut, recognition renounced, people (not
envoys) expelled, states of emergency imposed or extended; invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("Chile has temporarily suspended its relationship with Peru.", "CHL", "PER"),
    ("Bolivia cut its diplomatic relationship with Paraguay on Monday.", "BOL", "PRY"),
    ("The Yemeni government announced the suspension of relations with Saudi Arabia.", "YEM", "SAU"),
    ("Norway announced the severing of ties with Denmark.", "NOR", "DNK"),
])
def test_a_relationship_suspended_or_cut_reduces_relations(extract, text, actor, recipient):
    [e] = by_type(extract(text), "SANCTION")
    assert (e.cameo, e.mode, codes(e.actor), codes(e.recipient)) == ("161", "withdraw", [actor], [recipient])


def test_renounced_recognition_is_withdrawn(extract):
    [e] = by_type(extract("Sudan renounced its recognition of Kosovo on Saturday."), "SANCTION")
    assert (e.cameo, codes(e.actor)) == ("161", ["SDN"])
    assert not by_type(extract("Sudan renounced its recognition of Kosovo on Saturday."), "SUPPORT")


@pytest.mark.parametrize("text, ousted", [
    ("Ghana on Friday expelled a human rights activist.", "activist"),
    ("China expelled three American reporters last week.", "reporters"),
    ("Egypt expelled two Italian nationals on Monday.", "nationals"),
])
def test_a_person_expelled_who_is_no_envoy_is_deported(extract, text, ousted):
    events = extract(text)
    [e] = by_type(events, "COERCE")
    assert (e.cameo, e.mode) == ("174", "deport")
    assert ousted in [r.entity_text.split()[-1] for r in e.recipient]
    assert not by_type(events, "SANCTION")


def test_an_expelled_diplomat_stays_a_diplomatic_expulsion(extract):
    [e] = by_type(extract("Russia expelled two U.S. diplomats on Monday."), "SANCTION")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("166", ["RUS"], ["USA"])


@pytest.mark.parametrize("text, actor", [
    ("Indonesia imposed a state of emergency on Monday.", "IDN"),
    ("The Solomon Islands will impose a state of martial law on Nov. 9.", "SLB"),
    ("Ecuador extended the state of emergency by three months.", "ECU"),
    ("Pakistan imposed emergency rule in the province.", "PAK"),
    ("Netanyahu ordered the extension of the state of emergency in Israel.", "ISR"),
])
def test_a_state_of_emergency_imposed_or_extended_is_emergency_rule(extract, text, actor):
    [e] = by_type(extract(text), "COERCE")
    assert (e.cameo, e.mode, codes(e.actor)) == ("1724", "martial-law", [actor])


def test_the_state_of_something_else_is_no_emergency_rule(extract):
    assert not by_type(extract("Ecuador's president discussed the state of the economy with bankers."), "COERCE")


def test_a_lifted_state_of_emergency_stays_a_concession(extract):
    events = extract("Sudan's government lifted the state of emergency on Monday.")
    assert [e.cameo for e in by_type(events, "CONCEDE")] == ["0814"]
    assert not by_type(events, "COERCE")


@pytest.mark.parametrize("text, cameo, country", [
    ("A curfew was imposed in the Kenyan city of Mombasa on Monday.", "1723", "KEN"),
    ("A state of emergency was declared in Ethiopia on Friday.", "1724", "ETH"),
    ("The opposition party was banned in Cambodia last year.", "1722", "KHM"),
])
def test_an_agentless_curfew_emergency_or_party_ban_is_the_government_s(extract, text, cameo, country):
    [e] = by_type(extract(text), "COERCE")
    assert (e.cameo, [(a.code, a.sector, a.entity_text) for a in e.actor]) == (cameo, [(country, "GOV", "")])
    assert e.rule.endswith("+implied-agent") or "+implied-agent+" in e.rule


def test_a_relationship_suspended_in_the_passive_is_the_governments(extract):
    [e] = by_type(extract("Chile's relationship with Peru was suspended on Monday."), "SANCTION")
    assert (e.cameo, [a.sector for a in e.actor]) == ("161", ["GOV"])


@pytest.mark.parametrize("text", [
    "Iran is deploying a missile defense system to its capital Tehran.",
    "Chile deployed tanks in its capital on Monday.",
])
def test_a_deployment_to_the_capital_is_no_investment(extract, text):
    [e] = by_type(extract(text), "MOBILIZE")
    assert e.cameo == "154"


def test_deploying_capital_stays_an_investment(extract):
    assert not by_type(extract("The Chilean fund will deploy capital in Asian start-ups."), "MOBILIZE")


def test_resigning_from_talks_breaks_them_off(extract):
    events = extract("The Colombian rebels resigned from the peace talks with the government on Friday.")
    [e] = by_type(events, "SANCTION")
    assert (e.cameo, e.mode) == ("164", "withdraw")
    assert not [c for c in by_type(events, "CONCEDE") if c.cameo == "0831"]


def test_a_party_calling_off_its_participation_scales_back_relations(extract):
    [e] = by_type(extract("Pakistan called off its participation in the peace talks with Afghanistan."), "SANCTION")
    assert (e.cameo, codes(e.actor)) == ("160", ["PAK"])


def test_a_censorship_law_implemented_is_censorship(extract):
    [e] = by_type(extract("Niue's government on Tuesday implemented a wide-ranging censorship law."), "COERCE")
    assert (e.cameo, e.mode, codes(e.actor)) == ("1721", "censor", ["NIU"])


@pytest.mark.parametrize("text, actor", [
    ("Slovenia cut its Internet connection on Friday.", "SVN"),
    ("The Hong Kong government cut off internet service for three days.", "HKG"),
    ("French authorities began shutting down all Internet traffic in Lyon.", "FRA"),
])
def test_cutting_the_internet_s_service_is_censorship(extract, text, actor):
    [e] = by_type(extract(text), "COERCE")
    assert (e.cameo, e.mode, codes(e.actor)) == ("1721", "censor", [actor])


def test_a_service_noun_without_the_network_is_no_censorship(extract):
    assert not by_type(extract("Chile cut its bus service to Peru on Monday."), "COERCE")


def test_a_standing_proscription_has_no_implied_government(extract):
    events = extract("For Turkey, these groups are synonymous with the PKK, proscribed in Turkey as a terrorist organisation.")
    assert not by_type(events, "COERCE")


@pytest.mark.parametrize("text, actor", [
    ("Chinese hackers attacked the servers of the Indian election commission.", "CHN"),
    ("About 300 Uruguayan computers were attacked by Brazilian hackers on Monday.", "BRA"),
])
def test_computers_or_servers_attacked_are_a_cyber_attack(extract, text, actor):
    events = extract(text)
    [e] = by_type(events, "COERCE")
    assert (e.cameo, e.mode, codes(e.actor)) == ("170", "cyber", [actor])
    assert not by_type(events, "ASSAULT")


def test_an_attacked_army_base_stays_armed_force(extract):
    events = extract("Syrian rebels attacked the army base near Aleppo with mortars.")
    assert by_type(events, "ASSAULT") and not by_type(events, "COERCE")


@pytest.mark.parametrize("text, actor", [
    ("Italy's prime minister ordered troops to stand guard at the Colosseum in a show of force.", "ITA"),
    ("Egypt staged a show of force near the Libyan border.", "EGY"),
])
def test_a_show_of_force_is_shown_by_the_clause_s_subject(extract, text, actor):
    [e] = by_type(extract(text), "MOBILIZE")
    assert (e.cameo, codes(e.actor)) == ("150", [actor])


def test_a_show_of_support_is_no_force_posture(extract):
    assert not by_type(extract("Thousands of Kenyans marched through Nairobi in a show of support."), "MOBILIZE")


def test_attacks_on_websites_are_cyber_attacks_not_armed_force(extract):
    events = extract("Russian hackers launched attacks on Ukrainian government websites.")
    [e] = by_type(events, "COERCE")
    assert (e.mode, e.cameo, codes(e.actor), codes(e.recipient)) == ("cyber", "170", ["RUS"], ["UKR"])
    assert not by_type(events, "ASSAULT")


def test_attacks_on_a_militant_network_stay_armed_force(extract):
    events = extract("US drones carried out attacks on the Haqqani network in Pakistan.")
    assert by_type(events, "ASSAULT") and not by_type(events, "COERCE")


def test_an_attack_on_a_website_by_nobody_named_is_an_unknown_attackers_cyber_attack(extract):
    events = extract("An attack on the ministry's website was reported in Estonia on Monday.")
    [e] = by_type(events, "COERCE")
    assert (e.mode, e.cameo, e.actor[0].sector) == ("cyber", "170", "UAF")
    assert not by_type(events, "ASSAULT")
