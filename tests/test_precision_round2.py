"""Precision checks from real-news reading (round 2): idioms and sectors that today's recall rules
must not turn into records.  Invented sentences."""

import pytest
from coding import by_type


@pytest.mark.parametrize("text", [
    "Seizing the chance to strengthen his hand, the Chilean president declared a national holiday.",
    "The Peruvian army seized the opportunity to regroup.",
    "The Bolivian opposition seized the initiative in the debate.",
])
def test_seizing_a_chance_is_no_seizure(extract, text):
    assert not by_type(extract(text), "COERCE")


def test_seizing_a_town_is_still_coerce(extract):
    [e] = by_type(extract("Chilean rebels seized the town of Arica on Monday."), "COERCE")
    assert e.cameo == "192"


@pytest.mark.parametrize("text", [
    "Investors are willing to deploy more capital in Uruguay.",
    "The Danish fund plans to deploy cash in Asian markets.",
])
def test_deploying_money_is_no_mobilisation(extract, text):
    assert not by_type(extract(text), "MOBILIZE")


def test_deploying_troops_is_still_mobilisation(extract):
    [e] = by_type(extract("Norway deployed troops to its northern border on Monday."), "MOBILIZE")
    assert e.cameo == "154"


def test_disappointing_figures_are_no_criticism(extract):
    assert not by_type(extract('"The trade figures were disappointing," said a Swiss bank economist.'), "ACCUSE")


def test_unacceptable_is_still_criticism(extract):
    [e] = by_type(extract("The Greek foreign minister said the Turkish incursion was unacceptable."), "ACCUSE")
    assert e.cameo == "111"


@pytest.mark.parametrize("text, sector", [
    ("The Senate finance committee criticised the Peruvian government on Monday.", "LEG"),
    ("The House intelligence committee criticised the Peruvian government on Monday.", "LEG"),
    ("Chile's bank advisory committee criticised the Peruvian government on Monday.", "BUS"),
    ("The 12-bank advisory committee criticised the Peruvian government on Monday.", "BUS"),
    ("A Chilean ministerial committee criticised the Peruvian government on Monday.", "GOV"),
])
def test_a_committee_takes_the_sector_of_the_body_named_before_it(extract, text, sector):
    [e] = by_type(extract(text), "ACCUSE")
    assert [a.sector for a in e.actor] == [sector]


def test_misinforming_someone_is_no_disinformation_campaign(extract):
    # misleading a parliament or a court is a charge of lying, not coercion (COERCE misinformation
    # is a campaign: spreading or sowing disinformation, propaganda operations)
    assert not by_type(extract("The prime minister misinformed the Peruvian parliament about the war."), "COERCE")
    [e] = by_type(extract("Chile spread disinformation about the Peruvian election on Monday."), "COERCE")
    assert (e.mode, e.cameo) == ("misinformation", "170")


@pytest.mark.parametrize("text,event", [
    ("The Kremlin released a readout of the call with the Finnish president.", "RETREAT"),
    ("The two ministries released opposing accounts of the meeting.", "RETREAT"),
    ("A Chilean official, who requested anonymity, said the talks had stalled.", "REQUEST"),
    ("The former Peruvian minister pleaded guilty to bribery.", "REQUEST"),
    ("The Danish prime minister was visiting her daughter in Oslo.", "CONSULT"),
])
def test_everyday_senses_are_no_events(extract, text, event):
    assert not by_type(extract(text), event)


def test_releasing_prisoners_is_still_a_release(extract):
    [e] = by_type(extract("Colombian rebels released 12 hostages on Monday."), "RETREAT")
    assert e.cameo == "0841"
