"""COERCE modes cyber and misinformation, censorship of the internet, ejections: invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("Belgian hackers launched a cyber attack on Peru's tax office on Monday.", "BEL", "PER"),
    ("Chile carried out cyber-attacks against Bolivian banks last week.", "CHL", "BOL"),
    ("Norway conducted a cyber assault on Danish railways.", "NOR", "DNK"),
    ("A ransomware attack by Albanian hackers hit Greek hospitals on Friday.", "ALB", "GRC"),  # what the attack hit
    ("Cuban hackers breached the Chilean government's computer network.", "CUB", "CHL"),
])
def test_a_cyber_attack_by_a_party_is_coerce_cyber_not_a_military_attack(extract, text, actor, recipient):
    events = extract(text)
    [e] = by_type(events, "COERCE")
    assert (e.mode, e.cameo, e.goldstein, codes(e.actor)) == ("cyber", "170", -7.0, [actor])
    assert codes(e.recipient) == [recipient]
    assert not by_type(events, "ASSAULT")


def test_a_ddos_attack_names_its_kind_not_its_doer(extract):
    [e] = by_type(extract("Peruvian hackers launched a DDoS attack against Chile's election commission."), "COERCE")
    assert (e.mode, codes(e.actor)) == ("cyber", ["PER"])


def test_talk_of_cybersecurity_is_no_act(extract):
    events = extract("The Chilean government hired a cybersecurity chief to protect its power grid.")
    assert not by_type(events, "COERCE") and not by_type(events, "ASSAULT")


def test_a_cyber_attack_with_no_doer_is_an_unknown_attackers_coercion_not_an_armed_attack(extract):
    # as "the driver was shot" is an unknown attacker's assault: the victim is named, the doer not
    events = extract("A cyber attack on the Estonian defence ministry cut its email on Monday.")
    [e] = by_type(events, "COERCE")
    assert (e.mode, e.cameo, e.actor[0].sector, e.actor[0].entity_text, codes(e.recipient)) == (
        "cyber", "170", "UAF", "", ["EST"])
    assert not by_type(events, "ASSAULT")


def test_a_cyber_attack_with_no_doer_and_no_victim_is_no_record(extract):
    events = extract("Cyber attacks are the new normal, a report said on Sunday.")
    assert not by_type(events, "COERCE") and not by_type(events, "ASSAULT")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Bolivia spread disinformation about the vaccine among Peruvians.", "BOL", "PER"),
    ("Chile launched a disinformation campaign against Peru last year.", "CHL", "PER"),
    ("Norway's propaganda campaign targeted voters in Sweden.", "NOR", "SWE"),
])
def test_spreading_disinformation_is_coerce_misinformation(extract, text, actor, recipient):
    [e] = by_type(extract(text), "COERCE")
    assert (e.mode, e.cameo, codes(e.actor)) == ("misinformation", "170", [actor])
    assert codes(e.recipient) == [recipient]


def test_the_bare_word_disinformation_is_no_act(extract):
    assert not by_type(extract("Chilean officials warned of the danger of disinformation before the vote."), "COERCE")


@pytest.mark.parametrize("text, pattern", [
    ("The Bolivian government shut down the internet in La Paz on Monday.", "shut down internet"),
    ("Peru suspended two Chilean television channels on Friday.", "suspend channel"),
    ("The Cuban government blocked social media platforms after the protests.", "block platform"),
])
def test_cutting_off_the_internet_or_a_broadcaster_is_censorship(extract, text, pattern):
    [e] = by_type(extract(text), "COERCE")
    assert (e.mode, e.cameo) == ("censor", "1721") and f":{pattern}" in e.rule and codes(e.actor)


@pytest.mark.parametrize("text, cameo", [
    ("Bolivia ejected three Peruvian diplomats on Friday.", "166"),
    ("The Chilean government ejected the international observers from the country.", "1662"),
])
def test_ejecting_a_party_from_the_country_is_an_expulsion(extract, text, cameo):
    [e] = by_type(extract(text), "SANCTION")
    assert (e.mode, e.cameo) == ("expel", cameo) and codes(e.actor)


def test_the_internet_shut_down_with_no_agent_was_shut_down_by_the_government(extract):
    [e] = by_type(extract("The internet was shut down in northern Bolivia on Monday."), "COERCE")
    assert (e.mode, e.cameo, [a.sector for a in e.actor], codes(e.actor)) == ("censor", "1721", ["GOV"], ["BOL"])
    assert not by_type(extract("The internet was cut off in Bolivia after a storm."), "COERCE")


def test_a_media_blackout_is_censorship(extract):
    [e] = by_type(extract("The Peruvian government imposed a media blackout on the southern provinces."), "COERCE")
    assert (e.mode, e.cameo, codes(e.actor)) == ("censor", "1721", ["PER"])


def test_ejecting_militants_from_a_town_is_no_expulsion(extract):
    assert not by_type(extract("Peruvian troops ejected the rebels from their strongholds in the south."), "SANCTION")


def test_social_media_suspended_by_the_state_is_censorship(extract):
    [e] = by_type(extract("Social media platforms were suspended across Bolivia after the riots."), "COERCE")
    assert (e.mode, e.cameo, [a.sector for a in e.actor]) == ("censor", "1721", ["GOV"])
    [n] = by_type(extract("Peruvian police announced the suspension of social media platforms in Lima."), "COERCE")
    assert (n.mode, n.cameo, codes(n.actor)) == ("censor", "1721", ["PER"])
    assert not by_type(extract("A Bolivian court ordered the suspension of the site's construction."), "COERCE")
