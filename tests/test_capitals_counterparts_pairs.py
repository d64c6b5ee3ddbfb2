"""Capitals as modifiers, counterparts placed by a capital, and names of more than one state."""

import pytest

from coding import by_type


def parties(ents):
    return [(e.code, e.sector) for e in ents]


@pytest.mark.parametrize("text, actor, recipient", [
    # the story is in Germany: an unnamed domestic target, not "the Berlin ... celebrations" as GOV
    ("Activists criticized the Berlin New Year celebrations.", [("DEU", "CVL")], [("DEU", None, "")]),
    ("Russia criticized the Paris Olympics.", [("RUS", "GOV")], []),
])
def test_a_capital_naming_an_occasion_is_no_government(extract, text, actor, recipient):
    # a capital as a compound modifier of a noun that names no party says where, not who
    [e] = by_type(extract(text), "ACCUSE")
    assert (parties(e.actor), [(r.code, r.sector, r.entity_text) for r in e.recipient]) == (actor, recipient)


def test_a_capital_before_a_place_is_not_the_arrested_party(extract):
    [e] = by_type(extract("Police arrested two men at Kabul airport."), "COERCE")
    assert (parties(e.actor), parties(e.recipient)) == ([("AFG", "COP")], [("AFG", "CVL")])


def test_a_capital_of_several_words_naming_a_place_is_no_party(extract):
    [e] = by_type(extract("Police arrested two men at the New Delhi railway station."), "COERCE")
    assert (parties(e.actor), parties(e.recipient)) == ([("IND", "COP")], [("IND", "CVL")])


def test_a_capital_in_a_phrase_with_an_office_still_names_its_state(extract):
    # "police" names a party in the phrase: Dhaka says whose police chief this is
    [e] = by_type(extract("Dhaka district police chief Mushabbirul Haque accused protesters of arson."), "ACCUSE")
    assert (parties(e.actor), parties(e.recipient)) == ([("BGD", "COP")], [("BGD", "CVL")])


def test_a_capital_s_municipality_is_its_local_government(extract):
    # "municipality" is a body that governs (GOV), so the capital before it names whose
    [e] = by_type(extract("The Beirut municipality announced the resignation of the mayor."), "CONCEDE")
    assert parties(e.actor) == [("LBN", "GOV")]


def test_a_capital_of_several_words_naming_an_attack_is_its_place(extract):
    [e] = by_type(extract("The New Delhi bombings killed ten civilians."), "ASSAULT")
    assert (parties(e.actor), parties(e.recipient)) == ([(None, "UAF")], [("IND", "CVL")])


def test_a_capital_naming_a_place_still_tells_the_story_country(extract):
    # "the Dhaka rally" names no party, yet places the story: the rally's unnamed target is the
    # government of Bangladesh, and the protesters and police are Bangladeshi
    es = extract("Thousands of people joined the Dhaka rally on Friday. Police arrested dozens of protesters.")
    [p] = by_type(es, "PROTEST")
    assert (parties(p.actor), parties(p.recipient), p.recipient[0].entity_text) == ([("BGD", "CVL")], [("BGD", "GOV")], "")
    [c] = by_type(es, "COERCE")
    assert (parties(c.actor), parties(c.recipient)) == ([("BGD", "COP")], [("BGD", "CVL")])


def test_a_seat_of_government_building_before_a_noun_still_stands_for_its_office(extract):
    # a building ("the White House") before a noun is its office's ("a White House statement"),
    # unlike a capital city before one ("the Washington metro")
    [e] = by_type(extract("A White House statement criticized Iran."), "ACCUSE")
    assert (parties(e.actor), parties(e.recipient)) == ([("USA", "GOV")], [("IRN", "GOV")])


@pytest.mark.parametrize("text, actor, recipient", [
    ("Berlin criticized Moscow.", ("DEU", "GOV"), ("RUS", "GOV")),
    ("Beijing officials criticized Washington.", ("CHN", "GOV"), ("USA", "GOV")),
    ("Kabul officials accused Islamabad of sheltering militants.", ("AFG", "GOV"), ("PAK", "GOV")),
])
def test_a_capital_standing_for_its_government_still_does(extract, text, actor, recipient):
    [e] = by_type(extract(text), "ACCUSE")
    assert (parties(e.actor), parties(e.recipient)) == ([actor], [recipient])


def test_an_event_name_with_a_capital_lends_no_government_to_a_later_mention(extract):
    # "the Berlin New Year's Eve event" once made "Year" a name for Germany's government, and the
    # later "New Year's Eve assaults" an assault by it
    es = extract("Women can get help at the Berlin New Year's Eve event. Most of the men responsible for "
                 "the 2015 New Year's Eve assaults were never charged.")
    assert not [e for e in es if any(a.sector == "GOV" for a in e.actor)]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Blinken met his counterpart in Beijing on Monday.", [("USA", "GOV")], [("CHN", "GOV")]),
    ("Blinken held talks with his counterpart in Beijing.", [("USA", "GOV")], [("CHN", "GOV")]),
    ("Blinken met his Chinese counterpart in Beijing.", [("USA", "GOV")], [("CHN", "GOV")]),
    ("Niger's president met his counterparts in Nigeria and Chad.", [("NER", "GOV")], [("NGA", "GOV"), ("TCD", "GOV")]),
    # the counterpart holds the same kind of office as its possessor
    ("Pakistan's army chief met his Afghan counterpart.", [("PAK", "MIL")], [("AFG", "MIL")]),
    ("The Indian defence minister met his counterpart in Moscow.", [("IND", "MIL")], [("RUS", "MIL")]),
])
def test_a_counterpart_is_the_other_state_named_by_nationality_or_place(extract, text, actor, recipient):
    [e] = by_type(extract(text), "CONSULT")
    assert (e.cameo, parties(e.actor), parties(e.recipient)) == ("040", actor, recipient)


@pytest.mark.parametrize("text", [
    "The German foreign minister met her counterpart in Berlin.",  # her own capital: a visitor's
    "Lavrov met his counterpart in Geneva.",  # a city that is no seat of government: neutral ground
    "Blinken met his counterpart.",
])
def test_a_counterpart_placed_at_home_or_on_neutral_ground_stays_unknown(extract, text):
    assert not by_type(extract(text), "CONSULT")


@pytest.mark.parametrize("text, event", [
    ("The two Koreas held talks.", "CONSULT"),
    ("Both Koreas agreed to reopen the hotline.", "AGREE"),
    ("The leaders of the two Koreas met on Friday.", "CONSULT"),
])
def test_the_two_koreas_are_both_states(extract, text, event):
    [e] = by_type(extract(text), event)
    assert (parties(e.actor), e.recipient) == ([("PRK", "GOV"), ("KOR", "GOV")], [])


def test_the_two_koreas_as_a_target_are_both_states(extract):
    [e] = by_type(extract("Japan criticized both Koreas."), "ACCUSE")
    assert (parties(e.actor), parties(e.recipient)) == ([("JPN", "GOV")], [("PRK", "GOV"), ("KOR", "GOV")])


BALTIC = [("EST", "GOV"), ("LVA", "GOV"), ("LTU", "GOV")]


def test_the_baltic_states_are_each_of_the_three(extract):
    [e] = by_type(extract("The Baltic states condemned Russia."), "ACCUSE")
    assert (parties(e.actor), parties(e.recipient)) == (BALTIC, [("RUS", "GOV")])
    [t] = by_type(extract("Russia threatened the Baltics."), "THREATEN")
    assert (parties(t.actor), parties(t.recipient)) == ([("RUS", "GOV")], BALTIC)


def test_one_baltic_state_is_not_all_three(extract):
    # "the Baltic state" is no misspelling of "the Baltic states": one of them, unsaid which
    [e] = by_type(extract("Lithuania's president said she would deepen the country's ties with the Baltic state."),
                  "SUPPORT")
    assert not any(r.code in ("EST", "LVA") for r in e.recipient)
