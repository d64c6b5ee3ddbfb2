"""REQUEST by asking a party to act, split subjects, group meetings, joint ventures and projects:
invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("Japan asked China to release the fishermen.", "JPN", "CHN"),
    ("Activists in Chad asked the European Union on Monday to end a controversial migration policy.", "TCD", "EUR"),
    ("Kuwait wants Qatar to end its ban on gas exports.", "KWT", "QAT"),
    ("The United States wants Maduro to step down.", "USA", "VEN"),
])
def test_asking_a_party_to_act_is_a_request_of_that_party(extract, text, actor, recipient):
    [e] = by_type(extract(text), "REQUEST")
    assert (e.cameo, codes(e.actor), codes(e.recipient), e.status) == ("020", [actor], [recipient], "asserted")


def test_the_act_asked_for_is_only_possible_and_done_by_the_party_asked(extract):
    events = extract("Activists in Chad asked the European Union on Monday to end a controversial migration policy.")
    [e] = by_type(events, "CONCEDE")
    assert (codes(e.actor), e.status) == (["EUR"], "hypothetical")


@pytest.mark.parametrize("text", [
    "Every American wants our troops to come home.",
    "She wanted her family in Britain to look after her son.",
    "The president wants to visit China.",
    "Iran wants nuclear weapons.",
    "The minister asked whether the talks with Egypt would resume.",
    "I want the people of Kenya to know that we are safe.",
])
def test_a_wish_or_a_question_is_no_request(extract, text):
    assert not by_type(extract(text), "REQUEST")


def test_a_list_of_subjects_split_at_a_comma_gives_every_party(extract):
    [e] = by_type(extract("Representatives from the UAE, the US and China met in Geneva on Monday."), "CONSULT")
    assert codes(e.actor) == ["ARE", "CHN", "USA"]


@pytest.mark.parametrize("text, actor", [
    ("The U.N. climate negotiations resumed in Bonn on Monday.", "UNO"),
    ("The European Council will meet later this month to set out the new targets.", "EUR"),
])
def test_a_meeting_of_a_body_of_states_is_among_its_members(extract, text, actor):
    [e] = by_type(extract(text), "CONSULT")
    assert (codes(e.actor), e.recipient) == ([actor], [])


def test_a_person_of_a_body_of_states_still_needs_a_counterpart(extract):
    assert not by_type(extract("The UN envoy said he had held several meetings."), "CONSULT")


@pytest.mark.parametrize("text, cameo, actors, recipients", [
    ("Kenya and Ethiopia launched a joint project to build a railway.", "060", ["ETH", "KEN"], []),
    ("Slovak companies are creating a joint venture with a Malaysian firm.", "061", ["SVK"], ["MYS"]),
    ("The joint effort by Kenya and Uganda has cut poaching.", "060", ["KEN", "UGA"], []),
])
def test_joint_projects_and_ventures_are_cooperation(extract, text, cameo, actors, recipients):
    [e] = by_type(extract(text), "COOPERATE")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == (cameo, actors, recipients)


def test_according_to_is_no_accord(extract):
    events = extract("Military ties have reached unprecedented levels, according to the IISS thinktank.")
    assert not by_type(events, "AGREE")


def test_the_two_powers_are_the_two_states_just_named(extract):
    events = extract("Russia and China held talks on Monday. The two powers agreed to expand trade.")
    [e] = by_type(events, "COOPERATE")
    assert (e.cameo, codes(e.actor), e.status) == ("061", ["CHN", "RUS"], "future")


@pytest.mark.parametrize("text, actor", [
    ("Egyptian authorities have rushed truckloads of aid supplies into four areas hit by a drought.", "EGY"),
    ("The Kazakh government agreed to send aid goods, including food parcels, to Kyrgyzstan.", "KAZ"),
])
def test_a_load_named_by_what_it_carries_is_that_aid(extract, text, actor):
    [e] = by_type(extract(text), "AID")
    assert (e.cameo, codes(e.actor)) == ("070", [actor])


def test_goods_of_no_aid_are_no_aid(extract):
    assert not by_type(extract("China sent consumer goods to Kenya."), "AID")
