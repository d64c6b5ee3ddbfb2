"""Sectors of parties that the dictionaries alone do not settle: invented sentences."""

import pytest

from coding import by_type


def _sectors(ents):
    return [(x.code, x.sector) for x in ents]


@pytest.mark.parametrize("text, event", [
    ("Police in Leeds arrested Daniel Okafor on Tuesday.", "COERCE"),
    ("A court in Lyon sentenced Pierre Lambert to six years in prison.", "COERCE"),
    ("Unknown gunmen shot dead Omar Farouk outside his home in Mosul.", "ASSAULT"),
])
def test_a_private_person_an_act_falls_on_is_a_civilian(extract, text, event):
    [e] = by_type(extract(text), event)
    assert [s for _, s in _sectors(e.recipient)] == ["CVL"]


def test_a_pronoun_standing_for_a_private_person_is_a_civilian(extract):
    events = extract("Kenyan mother Grace Wanjiru, 34, was filmed at the rally. Police arrested her on Tuesday.")
    [e] = by_type(events, "COERCE")
    assert [s for _, s in _sectors(e.recipient)] == ["CVL"]


def test_an_office_holder_an_act_falls_on_keeps_the_office(extract):
    [e] = by_type(extract("Police in Lagos arrested Governor Musa Bello on Tuesday."), "COERCE")
    assert [s for _, s in _sectors(e.recipient)] == ["GOV"]


def test_a_private_person_who_is_only_criticised_gets_no_sector(extract):
    [e] = by_type(extract("Chilean President Gabriel Boric criticised Daniel Okafor on Tuesday."), "ACCUSE")
    assert [s for _, s in _sectors(e.recipient)] == [None]


def test_a_title_written_with_the_name_says_the_office_held_in_the_act_told(extract):
    # the story is dated after his term: "President" in the text still says he acted as president
    [e] = by_type(extract("President Jacques Chirac condemned the attack on the embassy.", published="2015-03-02"),
                  "ACCUSE")
    assert _sectors(e.actor) == [("FRA", "GOV")]


def test_a_former_office_holder_named_without_a_title_is_an_elite(extract):
    [e] = by_type(extract("Jacques Chirac condemned the attack on the embassy.", published="2015-03-02"), "ACCUSE")
    assert _sectors(e.actor) == [("FRA", "ELI")]
    [e] = by_type(extract("Former President Jacques Chirac condemned the attack.", published="2015-03-02"), "ACCUSE")
    assert _sectors(e.actor) == [("FRA", "ELI")]


@pytest.mark.parametrize("text, expected", [
    ("A Hezbollah official condemned the Israeli air strike.", ("LBN", "REB")),
    ("A Greenpeace spokeswoman criticised the Norwegian government.", ("NGO", "ENV")),
    ("The Hamas leadership rejected the Qatari proposal.", ("PSE", "REB")),
])
def test_an_official_or_spokesman_of_a_named_body_takes_its_sector(extract, text, expected):
    events = [e for e in extract(text) if e.event in ("ACCUSE", "REJECT")]
    assert expected in _sectors(events[0].actor)


def test_the_leadership_of_a_state_is_its_government(extract):
    [e] = by_type(extract("The opposition accused the Hungarian leadership of corruption."), "ACCUSE")
    assert ("HUN", "GOV") in _sectors(e.recipient)


def test_the_attackers_of_a_named_armed_group_are_that_group(extract):
    [e] = by_type(extract("Al-Shabaab gunmen attacked a hotel in Mogadishu on Sunday."), "ASSAULT")
    assert _sectors(e.actor)[0][1] == "REB"


@pytest.mark.parametrize("text, event, expected", [
    ("Hackers attacked 300 Swedish websites on Monday.", "COERCE", ("SWE", "MED")),
    ("Armed settlers attacked Lebanese farmers near the border on Monday.", "ASSAULT", None),
])
def test_websites_and_settlers_have_their_sectors(extract, text, event, expected):
    if expected is None:  # settlers are civilians, not a country's forces
        [e] = by_type(extract(text), event)
        assert [s for _, s in _sectors(e.actor)] == ["CVL"]
        return
    [e] = by_type(extract(text), event)
    assert expected in _sectors(e.recipient)


def test_a_title_beats_a_later_role_when_the_story_has_no_date(nlp):
    from newsevents.actors import annotate_actors
    from newsevents.actors.resolve import actors_of

    doc = nlp("Palestinian Prime Minister Ismail Haniyeh rejected the demand.")
    annotate_actors(doc, nlp, None)
    sectors = {x.sector for ents in actors_of(doc).values() for x in ents if x.name == "Ismail Haniyeh"}
    assert sectors == {"GOV"}
