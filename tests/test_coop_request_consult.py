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
