"""Recall patterns found by reading the events our coder missed in held-out news (dev gold):
invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran tested two ballistic missiles that flew over the Saudi town of Tabuk.", "IRN", "SAU"),
    ("North Korea tested a missile over Japan on Tuesday.", "PRK", "JPN"),
])
def test_a_missile_test_over_another_country_is_an_attack(extract, text, actor, recipient):
    events = extract(text)
    [e] = by_type(events, "ASSAULT")
    assert (e.mode, e.cameo, codes(e.actor), codes(e.recipient)) == ("heavy-weapons", "194", [actor], [recipient])
    assert not by_type(events, "MOBILIZE")


@pytest.mark.parametrize("text", [
    "North Korea tested a missile on Sunday.",
    "Iran tested a missile in defiance of the United States.",
])
def test_a_missile_test_at_nobody_stays_a_weapons_test(extract, text):
    events = extract(text)
    [e] = by_type(events, "MOBILIZE")
    assert e.cameo == "150"
    assert not by_type(events, "ASSAULT")


def test_a_missile_flying_over_an_island_of_a_country_is_fired_at_it(extract):
    # the parser makes "the Chilean island" the object of "flew", leaving "over" without one
    [e] = by_type(extract("Peru fired a missile that flew over the Chilean island."), "ASSAULT")
    assert (codes(e.actor), codes(e.recipient)) == (["PER"], ["CHL"])


@pytest.mark.parametrize("text, actor, recipient", [
    ("The European Union has been pressing Serbia to end its blockade of the border.", "EUR", "SRB"),
    ("Germany pushed Greece to accept the reforms.", "DEU", "GRC"),
])
def test_pressing_a_party_to_act_asks_it(extract, text, actor, recipient):
    [e] = by_type(extract(text), "REQUEST")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("020", [actor], [recipient])


@pytest.mark.parametrize("text", [
    "The government pressed ahead with the plan.",
    "He pushed the button to start the engine.",
    "The Turkish defence minister met his US counterpart to press his plan for Turkey to establish a safe zone.",
])
def test_pressing_ahead_or_pushing_a_thing_asks_no_one(extract, text):
    assert not by_type(extract(text), "REQUEST")


@pytest.mark.parametrize("text, actor", [
    ("A spokesman for Brazil's Foreign Ministry flatly dismissed the claim.", "BRA"),
    ("The Kremlin dismissed the allegations.", "RUS"),
    ("Turkey refuted the accusations on Monday.", "TUR"),
])
def test_dismissing_or_refuting_a_claim_rejects_it(extract, text, actor):
    [e] = by_type(extract(text), "REJECT")
    assert (e.cameo, codes(e.actor)) == ("120", [actor])
    # the claim is someone else's: not aimed at the speaker's own country
    assert codes(e.recipient) == []


def test_a_court_dismissing_charges_is_still_a_concession(extract):
    events = extract("The court dismissed the charges against him.")
    assert [e.cameo for e in by_type(events, "CONCEDE")] == ["081"]
    assert not by_type(events, "REJECT")


@pytest.mark.parametrize("text, recipient", [
    ("Colombia has seized a Panama-flagged vessel.", "PAN"),
    ("Spain seized a Liberia-registered tanker.", "LBR"),
])
def test_a_ship_is_its_flag_states(extract, text, recipient):
    [e] = by_type(extract(text), "COERCE")
    assert (e.mode, codes(e.recipient)) == ("seize", [recipient])


def test_a_verb_shares_the_object_of_the_verb_coordinated_after_it(extract):
    events = extract("Officials said on Monday that they seized and inspected a Panama-flagged vessel.")
    [e] = by_type(events, "COERCE")
    assert (e.mode, codes(e.recipient)) == ("seize", ["PAN"])


@pytest.mark.parametrize("text", [
    "the Dutch government has described the settlements as “illegal.”",
    'the Dutch government has described the settlements as "illegal."',
])
def test_a_quoted_label_after_as_still_labels(extract, text):
    [e] = by_type(extract(text), "ACCUSE")
    assert (e.cameo, codes(e.actor)) == ("112", ["NLD"])
    assert codes(e.recipient) == []  # the settlements are not the Netherlands' own


def test_calling_a_leader_a_liar_criticises_him(extract):
    [e] = by_type(extract("Venezuela's foreign minister called the Colombian president a liar."), "ACCUSE")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("111", ["VEN"], ["COL"])


def test_describing_a_suspect_is_no_criticism(extract):
    assert not by_type(extract("Police described the man as a deranged loner."), "ACCUSE")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kim Jong Un's New Year address also included a warning to Japan.", "PRK", "JPN"),
    ("The Iranian president's speech contained a threat against Israel.", "IRN", "ISR"),
])
def test_a_speech_holding_a_warning_is_its_speakers_warning(extract, text, actor, recipient):
    [e] = by_type(extract(text), "THREATEN")
    assert (codes(e.actor), codes(e.recipient)) == ([actor], [recipient])


def test_questioning_a_decision_criticises_it(extract):
    [e] = by_type(extract("The Chilean president questioned Peru's decision to close the border."), "ACCUSE")
    assert (e.mode, e.cameo, codes(e.actor), codes(e.recipient)) == ("disapprove", "111", ["CHL"], ["PER"])


def test_questioning_a_suspect_is_no_criticism(extract):
    assert not by_type(extract("Police questioned the suspect for hours."), "ACCUSE")


@pytest.mark.parametrize("text, recipient", [
    ("The former Brazilian president stands accused of corruption.", "BRA"),
    ("Two Kenyan officials stood charged with murder.", "KEN"),
])
def test_standing_accused_is_a_charge_by_the_prosecution(extract, text, recipient):
    [e] = by_type(extract(text), "ACCUSE")
    assert (e.mode, e.cameo, codes(e.recipient)) == ("allege", "1121", [recipient])
    assert [a.sector for a in e.actor] == ["JUD"]


def test_standing_accused_by_critics_is_no_charge(extract):
    assert not by_type(extract("He stood accused by his critics of betrayal."), "ACCUSE")


def test_the_object_of_a_relative_clause_is_the_noun_it_describes(extract):
    [e] = by_type(extract("The gangs that the German police had been investigating for months were not involved."),
                  "ACCUSE")
    assert (e.mode, codes(e.actor)) == ("investigate", ["DEU"])
    assert [(r.code, r.sector) for r in e.recipient] == [("DEU", "CRM")]


def test_who_comes_with_an_offer_makes_it(extract):
    [e] = by_type(extract("Seoul responded with an offer to hold talks with Pyongyang."), "CONSULT")
    assert (codes(e.actor), codes(e.recipient), e.status) == (["KOR"], ["PRK"], "hypothetical")


def test_on_behalf_of_names_no_party_acted_on(extract):
    [e] = by_type(extract("On behalf of the Chilean people, the Chilean president condemned the attack."), "ACCUSE")
    assert codes(e.actor) == ["CHL"]
    assert "CVL" not in [r.sector for r in e.recipient]


@pytest.mark.parametrize("text, actor, recipient", [
    ("The photos were part of a U.S. Treasury Department announcement of sanctions on 20 Iranian vessels.",
     "USA", "IRN"),
    ("The photos were part of the Japanese government's announcement of sanctions on North Korean vessels.",
     "JPN", "PRK"),
])
def test_who_announces_sanctions_imposes_them(extract, text, actor, recipient):
    [e] = by_type(extract(text), "SANCTION")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("163", [actor], [recipient])


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Chilean president said during a phone call with Macron that the alliance was strong.", "CHL", "FRA"),
    ("Macron raised the issue in talks with Xi on Monday.", "FRA", "CHN"),
])
def test_who_acts_during_talks_with_a_partner_takes_part_in_them(extract, text, actor, recipient):
    [e] = by_type(extract(text), "CONSULT")
    assert (codes(e.actor), codes(e.recipient)) == ([actor], [recipient])


@pytest.mark.parametrize("text, actor, recipient", [
    ("All options regarding North Korea remain on the table, the Japanese prime minister said.", "JPN", ["PRK"]),
    ("Israel keeps all options on the table against Iran.", "ISR", ["IRN"]),
    ("The Kenyan government has stated that all options, including military action, remain on the table.", "KEN", []),
])
def test_all_options_on_the_table_is_a_threat(extract, text, actor, recipient):
    [e] = by_type(extract(text), "THREATEN")
    assert (e.cameo, codes(e.actor), codes(e.recipient), e.status) == ("130", [actor], recipient, "asserted")


@pytest.mark.parametrize("text", [
    "The Chilean president said no options were on the table.",
    "Investors said several options are on the table for the company.",
])
def test_options_that_are_not_held_out_threaten_nothing(extract, text):
    assert not by_type(extract(text), "THREATEN")
