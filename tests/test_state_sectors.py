"""A bare country name acting or addressed as a state takes the state's sector: invented sentences."""

import pytest

from coding import by_type


def _sectors(ents):
    return [(x.code, x.sector) for x in ents]


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Norway strongly condemned the arrest of the journalist by Peru on Monday.", "ACCUSE", ("NOR", "GOV"), None),
    ("The Chilean foreign minister urged Bolivia to resume the talks.", "REQUEST", None, ("BOL", "GOV")),
    ("Portugal accused Morocco of hiding the evidence.", "ACCUSE", ("PRT", "GOV"), ("MAR", "GOV")),
    ("The Bolivian president arrived in Chile on Sunday for a two-day visit.", "CONSULT", None, ("CHL", "GOV")),
])
def test_a_bare_country_that_speaks_or_is_addressed_is_its_government(extract, text, event, actor, recipient):
    [e] = by_type(extract(text), event)
    if actor:
        assert actor in _sectors(e.actor)
    if recipient:
        assert recipient in _sectors(e.recipient)


def test_a_bare_country_that_attacks_is_its_armed_forces_and_its_target_only_a_place(extract):
    [e] = by_type(extract("Peru fired two missiles at Chile on Friday."), "ASSAULT")
    assert _sectors(e.actor) == [("PER", "MIL")]
    assert _sectors(e.recipient) == [("CHL", None)]


def test_a_country_adjective_or_sector_phrase_keeps_its_own_sector(extract):
    [e] = by_type(extract("Chilean police arrested two Bolivian students on Monday."), "COERCE")
    assert _sectors(e.actor) == [("CHL", "COP")]
    assert all(s != "GOV" for _, s in _sectors(e.recipient))


def test_a_country_named_as_a_place_gets_no_state_sector(extract):
    [e] = by_type(extract("Peru withdrew its 2,000 troops in northern Chile on Monday."), "RETREAT")
    assert ("PER", "GOV") in _sectors(e.actor)
    assert all(s is None for c, s in _sectors(e.recipient) if c == "CHL")


def test_the_host_of_a_visit_is_its_state(extract):
    [e] = by_type(extract("The Bolivian president arrived in Chile on Sunday."), "CONSULT")
    assert ("CHL", "GOV") in _sectors(e.recipient)


def test_a_country_name_with_its_abbreviation_in_parentheses_is_still_bare(extract):
    text = "Russia strongly condemned the missile launch by the Democratic People's Republic of Korea (DPRK) on Friday."
    [e] = by_type(extract(text), "ACCUSE")
    assert [(r.code, r.sector) for r in e.recipient] == [("PRK", "GOV")]


def test_the_two_countries_are_their_governments(extract):
    events = extract("Peru and Chile held talks on Monday, and the two countries agreed to reopen the border.")
    [e] = by_type(events, "AGREE")
    assert _sectors(e.actor) == [("PER", "GOV"), ("CHL", "GOV")]


@pytest.mark.parametrize("text", [
    "Iran tested a new cruise missile on Sunday.",
    "Pakistan conducted two ballistic missile tests near the border on Sunday.",
    "India has deployed 40 air defence batteries along its northern border.",
])
def test_a_bare_country_that_tests_or_deploys_weapons_is_its_armed_forces(extract, text):
    [e] = by_type(extract(text), "MOBILIZE")
    assert [s for _, s in _sectors(e.actor)] == ["MIL"]


def test_a_capital_that_fires_is_its_states_armed_forces(extract):
    [e] = by_type(extract("Tehran fired three rockets at Iraq on Friday."), "ASSAULT")
    assert _sectors(e.actor) == [("IRN", "MIL")]


def test_a_capital_that_speaks_stays_its_government(extract):
    [e] = by_type(extract("Tehran strongly condemned the sanctions on Friday."), "ACCUSE")
    assert _sectors(e.actor) == [("IRN", "GOV")]


def test_it_standing_for_a_bare_country_takes_the_states_sector(extract):
    [accuse] = by_type(extract("Venezuela said on Monday that it condemns the new sanctions."), "ACCUSE")
    assert _sectors(accuse.actor) == [("VEN", "GOV")]
    [attack] = by_type(extract("Venezuela has ignored the warnings. It fired a missile over Guyana on Tuesday."),
                       "ASSAULT")
    assert _sectors(attack.actor) == [("VEN", "MIL")]


def test_it_standing_for_a_body_keeps_the_bodys_sector(extract):
    [e] = by_type(extract("The Kenyan army said it had shelled rebel positions near the border."), "ASSAULT")
    assert _sectors(e.actor) == [("KEN", "MIL")]
    [e] = by_type(extract("The Kenyan government said on Monday that it condemns the new sanctions."), "ACCUSE")
    assert _sectors(e.actor) == [("KEN", "GOV")]


@pytest.mark.parametrize("text, event, role, expected", [
    ("Peru, Chile's old rival, condemned the new border fence on Monday.", "ACCUSE", "actor", ("PER", "GOV")),
    ("A defiant Venezuela rejected the proposal on Monday.", "REJECT", "actor", ("VEN", "GOV")),
    ("Norway condemned Russia's reckless behaviour in the Arctic.", "ACCUSE", "recipient", ("RUS", "GOV")),
])
def test_a_country_with_an_apposition_a_mood_or_an_owned_act_is_still_the_state(extract, text, event, role, expected):
    [e] = by_type(extract(text), event)
    assert expected in _sectors(getattr(e, role))


def test_a_country_with_a_word_for_its_part_is_a_place(extract):
    from newsevents.pipeline import _country_readings

    assert "Syria" not in _country_readings("northern Syria")
    assert "North Korea" in _country_readings("angry North Korea")
    assert "Russia" in _country_readings("Russia\u2019s reckless behaviour")


def test_a_country_adjective_standing_alone_for_an_addressed_state_is_its_government(extract):
    [e] = by_type(extract("The EU condemned the new roads in Moroccan-held lands on Monday."), "ACCUSE")
    assert ("MAR", "GOV") in _sectors(e.recipient)


def test_the_institutions_of_a_country_acted_on_stand_for_its_state(extract):
    events = extract("Georgia voted in a referendum on Sunday. Canada refused to recognise the referendum.")
    [e] = by_type(events, "REJECT")
    assert _sectors(e.recipient) == [("GEO", "GOV")]


@pytest.mark.parametrize("text, code", [
    ("Saudi air strikes on the port killed 12 fishermen on Monday.", "SAU"),
    ("The Israeli raids on the camp killed four people.", "ISR"),
])
def test_a_countrys_attacks_named_by_a_noun_are_its_armed_forces(extract, text, code):
    [e] = by_type(extract(text), "ASSAULT")
    assert (code, "MIL") in _sectors(e.actor)
