"""Written protests, crowds gathering for a protest, approved and entered treaties, banned groups,
investigations told in relative clauses and local councils: invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("Cuba sent a letter of protest to Venezuela over the arrests.", "CUB", "VEN"),
    ("Egypt sent Israel a letter of protest.", "EGY", "ISR"),
    ("Germany delivered a protest note to the Russian embassy in Berlin.", "DEU", "RUS"),
    ("Japan sent a letter of complaint to China.", "JPN", "CHN"),
])
def test_a_letter_or_note_of_protest_is_an_official_complaint(extract, text, actor, recipient):
    [e] = by_type(extract(text), "ACCUSE")
    assert (e.mode, e.cameo, e.goldstein) == ("allege", "114", -2.0)
    assert (codes(e.actor), codes(e.recipient)) == ([actor], [recipient])


def test_a_letter_of_support_sent_to_an_indirect_object_goes_to_it(extract):
    [e] = by_type(extract("Cuba sent Venezuela a message of solidarity."), "SUPPORT")
    assert (codes(e.actor), codes(e.recipient)) == (["CUB"], ["VEN"])


@pytest.mark.parametrize("text", [
    "Thousands of Kenyan students gathered in a peaceful march in Nairobi.",
    "Hundreds of people gathered for a rally in Caracas on Sunday.",
    "Tens of thousands turned out for a vigil in Paris.",
    "Farmers assembled for a demonstration outside the ministry in New Delhi.",
])
def test_crowds_gathering_in_or_for_a_protest_protest(extract, text):
    [e] = by_type(extract(text), "PROTEST")
    assert (e.mode, e.cameo) == ("demo", "141")


@pytest.mark.parametrize("text", [
    "Villagers in Kenya gathered for the harvest festival.",
    "Fans gathered in the stadium in Madrid for the match.",
    "Mourners gathered for a funeral in Gaza.",
])
def test_crowds_gathering_for_other_things_do_not_protest(extract, text):
    assert not by_type(extract(text), "PROTEST")


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Senate voted to approve the treaty with Japan.", [], ["JPN"]),
    ("Malta's parliament approved a new agreement with Burundi.", ["MLT"], ["BDI"]),
    ("The Russian parliament approved the pact with Belarus.", ["RUS"], ["BLR"]),
])
def test_approving_a_treaty_or_pact_ratifies_it(extract, text, actor, recipient):
    [e] = by_type(extract(text), "SUPPORT")
    assert (e.cameo, e.goldstein) == ("057", 8.0)
    assert (codes(e.actor), codes(e.recipient)) == (actor, recipient)


def test_approving_a_plan_stays_endorsement(extract):
    [e] = by_type(extract("The Senate approved the plan of Japan."), "SUPPORT")
    assert e.cameo == "051"


@pytest.mark.parametrize("text, event", [
    ("The city council lifted the restrictions on public gatherings.", "CONCEDE"),
    ("The town council voted against the plan.", "REJECT"),
    ("The municipal councils condemned the attack.", "ACCUSE"),
])
def test_a_local_council_is_a_government_actor(extract, text, event):
    [e] = by_type(extract(text), event)
    assert [a.sector for a in e.actor] == ["GOV"]


def test_council_rows_load_as_government_sectors():
    from newsevents.actors.kb import load_kb

    sectors = load_kb().sectors
    for term in ("city council", "town council", "municipal council", "county councils"):
        assert sectors.get(term) == "GOV", term


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kenya entered into a defence pact with Britain last year.", ["KEN"], ["GBR"]),
    ("Iran and Russia entered into a treaty on cooperation.", ["IRN", "RUS"], []),
    ("Norway has entered an association agreement with the European Union.", ["NOR"], ["EUR"]),
])
def test_entering_into_an_agreement_concludes_it(extract, text, actor, recipient):
    [e] = by_type(extract(text), "SUPPORT")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("057", actor, recipient)


@pytest.mark.parametrize("text", [
    "The troops entered the city of Mosul.",
    "The Kenyan delegation entered the conference hall where the agreement was signed.",
])
def test_entering_a_place_concludes_nothing(extract, text):
    assert not [e for e in extract(text) if e.cameo == "057" and "enter" in e.rule]


@pytest.mark.parametrize("text, recipient", [
    ("Lesotho joined the IMF, which has also investigated six other countries.", []),
    ("The IMF, which has investigated Greece, said it was worried.", ["GRC"]),
])
def test_an_investigation_told_in_a_relative_clause_is_an_act_not_a_stance(extract, text, recipient):
    [e] = by_type(extract(text), "ACCUSE")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("090", ["IGO"], recipient)


def test_a_stance_told_in_a_relative_clause_still_describes_its_party(extract):
    assert not by_type(extract("Yaalon, who has criticised the Israeli government, said he was worried."), "ACCUSE")


@pytest.mark.parametrize("text, country", [
    ("Three human rights NGOs in Nicaragua were banned on May 17.", "NIC"),
    ("Two Egyptian NGOs were banned on Tuesday.", "EGY"),
])
def test_ngos_banned_with_no_agent_are_banned_by_the_state(extract, text, country):
    [e] = by_type(extract(text), "COERCE")
    assert (e.mode, e.cameo, e.rule.endswith("+implied-agent")) == ("ban", "1722", True)
    assert ([a.sector for a in e.actor], codes(e.actor), codes(e.recipient)) == (["GOV"], [country], [country])


@pytest.mark.parametrize("text", [
    "Protesters attacked several Arab-owned stores in Jerusalem on Monday.",
    "Protesters set fire to the gates of the Chadian oil company.",
    "Hundreds of demonstrators attacked the police station in Cairo.",
    "Crowds of protesters stormed the parliament building in Kiev.",
])
def test_force_used_by_protesters_is_a_riot(extract, text):
    events = extract(text)
    [e] = by_type(events, "PROTEST")
    assert (e.mode, e.cameo, e.goldstein) == ("riot", "145", -7.5)
    assert not by_type(events, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Gunmen attacked protesters in Baghdad.",
    "Protesters killed a policeman in Cairo.",
    "Police and protesters attacked each other in Cairo.",
    "The army attacked rebel positions in Syria.",
])
def test_force_against_protesters_killing_or_shared_with_police_stays_an_assault(extract, text):
    events = extract(text)
    assert by_type(events, "ASSAULT") and not by_type(events, "PROTEST")
