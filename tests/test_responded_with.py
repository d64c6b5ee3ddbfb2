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
    assert not any("PER" in codes(e.actor) for e in by_type(events, "ASSAULT"))
