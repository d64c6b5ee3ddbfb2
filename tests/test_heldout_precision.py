"""Parties and senses from the held-out dev round (flagged ships, absolute "with" clauses,
"on behalf of", displays called demonstrations): invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran seized a British-flagged oil tanker in the Strait of Hormuz on Friday.", "IRN", "GBR"),
    ("Peru seized a Liberian-flagged tanker on Monday.", "PER", "LBR"),
    ("South Korea has seized a Hong Kong-flagged vessel off its coast.", "KOR", "HKG"),
])
def test_a_flagged_ship_is_its_flag_states_and_a_business(extract, text, actor, recipient):
    [e] = by_type(extract(text), "COERCE")
    assert codes(e.actor) == [actor]
    assert [(r.code, r.sector) for r in e.recipient] == [(recipient, "BUS")]


def test_the_noun_of_an_absolute_with_participle_undergoes_the_act(extract):
    text = ("About 1,200 women became victims of sexual assault in several German cities, "
            "with more than 600 women attacked in Cologne.")
    [e] = by_type(extract(text), "ASSAULT")
    assert [a.sector for a in e.actor] == ["UAF"]
    assert [(r.code, r.sector) for r in e.recipient] == [("DEU", "CVL")]


@pytest.mark.parametrize("text", [
    "Obama condemned the terrorist attack in Nice on behalf of the American people.",
    "On behalf of the American people, I condemn the terrorist attack in Nice, Obama said.",
])
def test_whom_a_speaker_acts_for_is_not_the_target(extract, text):
    [e] = by_type(extract(text), "ACCUSE")
    assert codes(e.actor) == ["USA"]
    assert codes(e.recipient) == ["FRA"]


def test_a_demonstration_of_condemnation_is_no_protest(extract):
    text = ("We strongly criticize such provocative actions and believe that such unequivocal demonstration "
            "of condemnation is the sole specific measure that can be taken at the moment, the Kremlin said.")
    assert not by_type(extract(text), "PROTEST")


def test_a_demonstration_against_a_policy_is_still_a_protest(extract):
    [e] = by_type(extract("Thousands of students held a demonstration against the Chilean government on Monday."),
                  "PROTEST")
    assert codes(e.recipient) == ["CHL"]


def test_an_active_verb_coordinated_with_a_passive_shares_its_subject_not_its_agent(extract):
    [e] = by_type(extract("The Peruvian minister was criticised by the opposition and later visited Chile."),
                  "CONSULT")
    assert [a.sector for a in e.actor] == ["GOV"]


@pytest.mark.parametrize("text", [
    "A Liberian tanker visited the Iranian port of Bandar Abbas last month.",
    "The Hong Kong-flagged ship was chartered by a Taiwanese company and previously visited South Korea's "
    "Yeosu Port on Oct. 11.",
])
def test_a_merchant_craft_calling_at_a_port_is_no_visit(extract, text):
    assert not by_type(extract(text), "CONSULT")


def test_a_navy_ship_calling_at_a_port_is_still_a_visit(extract):
    [e] = by_type(extract("A Chinese navy ship visited Sri Lanka in October."), "CONSULT")
    assert (codes(e.actor), codes(e.recipient)) == (["CHN"], ["LKA"])


@pytest.mark.parametrize("text, event", [
    ("Should Israel attack Gaza, hundreds would die.", "ASSAULT"),
])  # (a past-perfect one, "Had Japan shot down the missile", is no record: test_urged_and_counterfactual.py)
def test_a_condition_opened_by_an_inverted_auxiliary_is_hypothetical(extract, text, event):
    [e] = by_type(extract(text), event)
    assert e.status == "hypothetical"


def test_a_past_perfect_told_as_fact_stays_asserted(extract):
    [e] = by_type(extract("The army had attacked the town before the talks."), "ASSAULT")
    assert e.status == "asserted"


@pytest.mark.parametrize("text", [
    "The US tried to convince North Korea to ease tensions on the peninsula.",
    "China is a pivotal player in the effort to convince North Korea to rein in its nuclear program and ease "
    "tensions on the peninsula.",
])
def test_what_a_party_is_to_be_convinced_to_do_is_only_hypothetical_and_its_own(extract, text):
    [e] = by_type(extract(text), "RETREAT")
    assert (e.status, codes(e.actor)) == ("hypothetical", ["PRK"])


def test_victims_and_witnesses_are_civilians(extract):
    [e] = by_type(extract("Some of the victims accused the Cologne police of negligence."), "ACCUSE")
    assert [(a.code, a.sector) for a in e.actor] == [("DEU", "CVL")]
    assert [(r.code, r.sector) for r in e.recipient] == [("DEU", "COP")]
    [r] = by_type(extract("Peruvian police asked witnesses to come forward on Monday."), "REQUEST")
    assert [x.sector for x in r.recipient] == ["CVL"]


def test_taking_claims_seriously_is_no_legal_action(extract):
    events = extract("The Chilean police did not take the women's claims seriously for days.")
    assert not by_type(events, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Russia held off from a full-scale attack on Idlib.",
    "In September Turkey persuaded Russia to hold off from a full-scale attack on Idlib.",
    "Israel refrained from striking Iran.",
])
def test_holding_off_or_refraining_from_an_attack_is_no_attack(extract, text):
    [e] = by_type(extract(text), "ASSAULT")
    assert e.status == "negated"


@pytest.mark.parametrize("text", [
    "Boko Haram insurgents are not the only threat to the region.",
    "Iran is the biggest threat to peace in the Middle East, Netanyahu said.",
    "The threat from North Korea's nuclear weapons and missile programs will be high on the agenda on Monday.",
])
def test_a_danger_described_is_no_threat_made(extract, text):
    assert not by_type(extract(text), "THREATEN")


@pytest.mark.parametrize("text, cameo, actor", [
    ("Trump's threat to impose tariffs angered Beijing.", "1312", ["USA"]),
    ("The rebels issued a threat to attack the capital.", "130", []),
])
def test_a_threat_someone_makes_is_still_one(extract, text, cameo, actor):
    assert [(e.cameo, codes(e.actor)) for e in by_type(extract(text), "THREATEN")] == [(cameo, actor)]


def test_a_release_noun_is_done_by_the_captors_its_sentence_names(extract):
    text = "The Nigerian government said it had secured the release of 21 schoolgirls who were kidnapped by Boko Haram militants in 2014."
    [e] = by_type(extract(text), "RETREAT")
    assert [(a.code, a.sector) for a in e.actor] == [("NGA", "REB")]
    assert ("NGA", "CVL") in [(r.code, r.sector) for r in e.recipient]


@pytest.mark.parametrize("text, event, cameo", [
    ("US special forces carried out a raid against suspected Taliban militants near Kunduz.", "ASSAULT", "190"),
    ("Afghan commandos raided a Taliban prison in Helmand on Sunday.", "ASSAULT", "190"),
    ("Police raided the offices of an opposition newspaper in Ankara.", "COERCE", "170"),
])
def test_a_military_raid_is_an_attack_a_police_raid_a_seizure(extract, text, event, cameo):
    [e] = by_type(extract(text), event)
    assert e.cameo == cameo


def test_a_missile_test_over_another_country_is_a_launch_at_it(extract):
    [e] = by_type(extract("North Korea tested a missile that flew over Japan."), "ASSAULT")
    # CAMEO 194, the row of "fired a missile at" a country (one rule with the held-out recall round)
    assert (e.cameo, e.mode, codes(e.actor), codes(e.recipient)) == ("194", "heavy-weapons", ["PRK"], ["JPN"])
    [t] = by_type(extract("North Korea tested two ballistic missiles on Sunday."), "MOBILIZE")
    assert t.cameo == "150"


def test_import_bans_on_trade_are_sanctions(extract):
    [e] = by_type(extract("China has applied certain import bans on North Korean coal."), "SANCTION")
    assert (e.cameo, codes(e.actor)) == ("163", ["CHN"])


@pytest.mark.parametrize("text, event, recipient", [
    ("Peruvian police arrested and questioned two Chilean journalists.", "COERCE", ("CHL", "MED")),
    ("South Korean authorities said that on Nov. 24 they seized and inspected a Hong Kong-flagged vessel.",
     "COERCE", ("HKG", "BUS")),
])
def test_coordinated_verbs_share_the_object_hung_on_the_last(extract, text, event, recipient):
    [e] = by_type(extract(text), event)
    assert [(r.code, r.sector) for r in e.recipient] == [recipient]


def test_a_verb_with_its_own_party_keeps_it(extract):
    [e] = by_type(extract("Chilean troops withdrew from the border town and destroyed the base."), "RETREAT")
    assert all(r.entity_text != "the base" for r in e.recipient)
