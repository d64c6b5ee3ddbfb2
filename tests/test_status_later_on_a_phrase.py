""""Later" on a phrase takes the tense of the verb the phrase hangs on (factuality)."""
from coding import by_type


def test_later_on_a_phrase_of_a_past_verb_is_done(extract):
    [e] = by_type(extract("The militia has enjoyed a security umbrella from Washington, which supported the group "
                          "with airstrikes and later with direct arms supplies.", published="2018-01-22"), "AID")
    assert e.status == "asserted"


def test_later_on_a_verb_to_come_is_future(extract):
    [e] = by_type(extract("Russia will send arms supplies to the Syrian army later this month.",
                          published="2018-01-22"), "AID")
    assert e.status == "future"
