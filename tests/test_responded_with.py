"""'Israel responded with air strikes': the "with" object of a verb of answering is the answerer's
own act; what it answers ("responded to the attacks") is another's. Invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("Peru responded with air strikes on rebel camps in Ecuador.", "PER", "ECU"),
    ("Chile hit back with drone attacks on Bolivian airfields.", "CHL", "BOL"),
    ("The Peruvian army retaliated with a missile attack on Quito.", "PER", "ECU"),
])
def test_the_answer_is_the_answerers_act(extract, text, actor, recipient):
    [e] = by_type(extract(text), "ASSAULT")
    assert codes(e.actor) == [actor] and recipient in codes(e.recipient)


def test_what_is_answered_is_not_the_answerers(extract):
    events = extract("Peru responded to the Ecuadorian rocket attacks on Lima.")
    # the one attack is Ecuador's, on Peru (it asserted only that no attack was Peru's, true of none)
    assert [(codes(e.actor), codes(e.recipient)) for e in by_type(events, "ASSAULT")] == [(["ECU"], ["PER"])]


def test_what_a_protest_is_over_is_not_the_protesters_act(extract):
    events = extract("Peru lodged a formal protest with Chile over the detention of a Peruvian fisherman.")
    [accuse] = by_type(events, "ACCUSE")
    assert codes(accuse.actor) == ["PER"] and "CHL" in codes(accuse.recipient)
    assert not any("PER" in codes(e.actor) for e in by_type(events, "COERCE"))


def test_an_offensive_against_a_party_is_still_the_launchers(extract):
    [e] = by_type(extract("The Peruvian army launched an offensive against the rebels."), "ASSAULT")
    assert codes(e.actor) == ["PER"]
