"""SUPPORT, ACCUSE, REQUEST and CONSULT told in ways the coder missed (NGEC work rows 2500-4500): an
act judged a positive or welcome step (praise), a rule said to violate rights or the constitution
(accusation), a "that" clause that asks for an act ("asked that the tariffs be suspended", whose act
is only asked for), "the two leaders" of two states named before, who agrees at a meeting, and
civil society groups as NGOs; invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor", [
    ("Britain hailed the release as a positive step.", "GBR"),
    ("The United Nations said the election in Nigeria was a positive step for democracy.", "UNO"),
    ('"The release of the crew members is a welcome step by the Russian authorities," Norway\'s foreign '
     "minister said.", "NOR"),
])
def test_an_act_judged_a_positive_step_is_praise(extract, text, actor):
    [e] = by_type(extract(text), "SUPPORT")
    assert (e.cameo, e.status, codes(e.actor)) == ("051", "asserted", [actor])


@pytest.mark.parametrize("text", [
    "The company in Germany said the response from investors was positive.",
    "The minister in France said the economy was positive about growth.",
    "The doctor in Spain said the test results were positive.",
])
def test_positive_said_of_no_act_is_no_praise(extract, text):
    assert not by_type(extract(text), "SUPPORT")


@pytest.mark.parametrize("text, recipient", [
    ("Human Rights Watch said Kenya's police violated the rights of detainees.", "KEN"),
    ("Amnesty International said the Egyptian government had breached the constitution.", "EGY"),
])
def test_saying_a_party_violated_rights_accuses_it(extract, text, recipient):
    [e] = by_type(extract(text), "ACCUSE")
    assert (e.cameo, e.mode, codes(e.recipient)) == ("112", "allege", [recipient])


@pytest.mark.parametrize("text, recipient", [
    ("France has asked that Russia withdraw its troops from Ukraine.", ["RUS"]),
    ("The opposition leader in Saint Kitts has asked that tariffs on oil be suspended.", ["KNA"]),
    ("France asked that the talks with Iran should resume.", []),
])
def test_asking_that_an_act_be_done_is_a_request(extract, text, recipient):
    [e] = by_type(extract(text), "REQUEST")
    assert (e.cameo, e.status) == ("020", "asserted")
    assert set(recipient) <= set(codes(e.recipient))


def test_asking_that_question_is_no_request(extract):
    assert not by_type(extract("The French minister asked that question twice in Paris."), "REQUEST")


@pytest.mark.parametrize("text, event", [
    ("France requested that Russia withdraw its troops from Ukraine.", "RETREAT"),
    ("France urged that sanctions on Iran be lifted.", "RETREAT"),
    ("France has asked that Russia withdraw its troops from Ukraine.", "RETREAT"),
])
def test_an_act_asked_for_in_a_that_clause_is_not_done(extract, text, event):
    [e] = by_type(extract(text), event)
    assert e.status == "hypothetical"


def test_a_told_that_clause_stays_done(extract):
    [e] = by_type(extract("France said that Russia withdrew its troops from Ukraine."), "RETREAT")
    assert e.status == "asserted"


@pytest.mark.parametrize("text, pair", [
    ("Kenya and Uganda held talks on Monday. The two leaders agreed to strengthen relations.", ["KEN", "UGA"]),
    ("Lithuanian Prime Minister Algirdas Butkevicius and Tobago's Prime Minister Lawrence Stanbury met in "
     "Vilnius on April 26. The leaders agreed to strengthen bilateral relations.", ["LTU", "TTO"]),
])
def test_the_leaders_of_two_states_named_before_are_those_states(extract, text, pair):
    [e] = by_type(extract(text), "AGREE")
    assert codes(e.actor) == pair
    assert {a.sector for a in e.actor} == {"GOV"}


def test_leaders_of_another_kind_are_not_the_pair(extract):
    events = extract("Kenya and Uganda held talks on Monday. The opposition leaders criticized the deal.")
    [e] = by_type(events, "ACCUSE")
    assert codes(e.actor) != ["KEN", "UGA"]


def test_who_agrees_at_a_meeting_takes_part_in_it(extract):
    [e] = by_type(extract("The United States and China agreed at a weeklong meeting in Paris on Wednesday."), "CONSULT")
    assert (e.status, codes(e.actor)) == ("asserted", ["CHN", "USA"])


def test_speaking_at_a_news_conference_is_no_meeting(extract):
    assert not by_type(extract("The French president said at a news conference in Paris that Europe "
                               "would stand together."), "CONSULT")


@pytest.mark.parametrize("text, event", [
    ("An international civil society group on Wednesday called for the release of a former political "
     "prisoner in Venezuela.", "REQUEST"),
    ("Advocacy groups in Kenya condemned the new law.", "ACCUSE"),
])
def test_civil_society_and_advocacy_groups_are_ngos(extract, text, event):
    [e] = by_type(extract(text), event)
    assert [a.sector for a in e.actor] == ["NGO"]
