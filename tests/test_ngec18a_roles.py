"""Argument structure found missing while reading NGEC dev misses of COERCE, COOPERATE, SANCTION
and RETREAT: a subject the parser hung on the auxiliary when a phrase sits between auxiliary and
participle; what a pact made "designed to" or "aimed at" doing is done by its parties.  Invented
sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, event, cameo, actor", [
    ("The Swiss government has, for the first time, prohibited journalists from entering the court.",
     "COERCE", "172", ["CHE"]),
    ("Egypt has, for the second time this year, expelled two Qatari diplomats.", "SANCTION", "166", ["EGY"]),
    ("The Turkish army has, according to officials, withdrawn its troops from northern Iraq.", "RETREAT", "087",
     ["TUR"]),
])
def test_a_subject_hung_on_the_auxiliary_still_acts(extract, text, event, cameo, actor):
    [e] = by_type(extract(text), event)
    assert (e.cameo, codes(e.actor), e.status) == (cameo, actor, "asserted")


def test_a_subject_of_its_own_verb_is_not_replaced_by_the_auxiliarys(extract):
    # "has" governs the participle in the ordinary parse; nothing changes there
    [e] = by_type(extract("The Swiss government has prohibited journalists from entering the court."), "COERCE")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("172", ["CHE"], ["CHE"])


@pytest.mark.parametrize("text, cameo, actor", [
    ("China and Russia signed an agreement aimed at boosting trade.", "061", ["CHN", "RUS"]),
    ("China and Russia signed an agreement designed to boost trade.", "061", ["CHN", "RUS"]),
    ("Chile and Peru reached a deal intended to expand investment.", "061", ["CHL", "PER"]),
])
def test_what_a_pact_is_made_for_is_done_by_its_parties(extract, text, cameo, actor):
    [e] = by_type(extract(text), "COOPERATE")
    assert (e.cameo, sorted(codes(e.actor))) == (cameo, actor)
    assert e.status != "asserted"  # what the pact is for has not happened yet


@pytest.mark.parametrize("text", [
    "The talks between China and Russia were designed to boost trade.",
    "Russia rejected a deal aimed at boosting trade with China.",
])
def test_a_purpose_of_talks_or_of_a_rejected_pact_names_no_doer(extract, text):
    assert not by_type(extract(text), "COOPERATE")


@pytest.mark.parametrize("text, event, actor, sector", [
    ("The Seleka returned over 100 seized trucks to their owners.", "RETREAT", ["CAF"], "REB"),
    ("The ETIM announced the withdrawal of its fighters from Syria.", "RETREAT", ["CHN"], "REB"),
    ("The LAPD has imposed a curfew in several neighbourhoods.", "COERCE", ["USA"], "COP"),
    ("Fancy Bear hacked the computers of the German parliament.", "COERCE", ["RUS"], "SPY"),
])
def test_armed_groups_police_forces_and_state_hackers_added_to_the_dictionary_act(extract, text, event, actor, sector):
    [e] = by_type(extract(text), event)
    assert (codes(e.actor), e.actor[0].sector) == (actor, sector)


@pytest.mark.parametrize("text, recipient", [
    ("Saudi Arabia's national computer system was hacked on Tuesday.", ["SAU"]),
    ("A cyber attack on the Greek energy ministry crippled its website for a day.", ["GRC"]),
])
def test_a_hack_or_cyber_attack_with_a_victim_and_no_named_doer_is_an_unknown_attackers(extract, text, recipient):
    events = extract(text)
    [e] = by_type(events, "COERCE")
    assert (e.mode, e.cameo, e.actor[0].sector, e.actor[0].entity_text) == ("cyber", "170", "UAF", "")
    assert codes(e.recipient)[:len(recipient)] == recipient
    assert not by_type(events, "ASSAULT")


@pytest.mark.parametrize("text, actor, trigger", [
    ("The PKK announced that it had dissolved itself.", ["TUR"], "dissolved itself"),
    ("Hamas militants dissolved themselves.", ["PSE"], "dissolved themselves"),
    ("The Grenadian rebels announced the disbandment of their faction.", ["GRD"], "disbandment"),
])
def test_an_armed_group_dissolving_or_disbanding_itself_demobilizes(extract, text, actor, trigger):
    [e] = by_type(extract(text), "RETREAT")
    assert (e.cameo, e.mode, codes(e.actor), e.event_text) == ("0873", "disarm", actor, trigger)


def test_a_parliament_dissolving_itself_is_no_demobilization(extract):
    events = extract("The Israeli parliament dissolved itself on Monday.")
    assert not by_type(events, "RETREAT") and not by_type(events, "COERCE")


def test_a_state_disbanding_a_body_bans_it(extract):
    [e] = by_type(extract("The Thai government ordered the disbandment of the opposition party."), "COERCE")
    assert (e.cameo, codes(e.actor)) == ("1722", ["THA"])


@pytest.mark.parametrize("text, actor", [
    ("Belarusian police shut down the protest in Minsk on Sunday.", ["BLR"]),
    ("Ghana's security forces shut down street demonstrations in Accra.", ["GHA"]),
])
def test_a_state_organ_shutting_down_a_protest_coerces(extract, text, actor):
    events = extract(text)
    [e] = by_type(events, "COERCE")
    assert (e.cameo, codes(e.actor)) == ("170", actor)
    assert not by_type(events, "PROTEST")


def test_protesters_shutting_down_their_own_strike_concede(extract):
    [e] = by_type(extract("Kenyan teachers shut down their strike on Monday."), "CONCEDE")
    assert (e.cameo, codes(e.actor)) == ("082", ["KEN"])


@pytest.mark.parametrize("text, actor, recipient_sector", [
    ("Four human rights groups were banned in Egypt on Tuesday.", "EGY", "HRI"),
    ("Two opposition groups were banned in Belarus.", "BLR", "OPP"),
])
def test_a_group_of_a_named_kind_banned_with_no_agent_is_banned_by_the_state(extract, text, actor, recipient_sector):
    [e] = by_type(extract(text), "COERCE")
    assert (e.cameo, codes(e.actor), e.actor[0].sector, e.recipient[0].sector) == ("1722", [actor], "GOV", recipient_sector)


@pytest.mark.parametrize("text", [
    "A group of fans was banned from the stadium in Madrid.",
    "Three groups were banned in Egypt.",
])
def test_a_bare_group_banned_with_no_agent_implies_no_state(extract, text):
    assert not by_type(extract(text), "COERCE")
