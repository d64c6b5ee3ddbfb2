"""Readings a test audit found wrong (round 12): a counterpart's possessor is the side met, not
its party; a dateline or a headline's label is no subject and its date no event date.  Invented
sentences."""

import pytest
from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("The foreign minister of France met his counterpart from Germany in Geneva on Wednesday.", "FRA", "DEU"),
    ("The foreign minister of Egypt met his counterpart from Israel in Geneva on Wednesday.", "EGY", "ISR"),
    ("The Indian foreign minister held talks with his counterpart from Pakistan.", "IND", "PAK"),
    ("France's foreign minister met his German counterpart in Geneva on Wednesday.", "FRA", "DEU"),
])
def test_a_counterpart_from_a_country_is_that_countrys_government(extract, text, actor, recipient):
    [consult] = by_type(extract(text), "CONSULT")
    assert consult.cameo == "040"
    assert [(a.code, a.sector) for a in consult.actor] == [(actor, "GOV")]
    assert [(r.code, r.sector) for r in consult.recipient] == [(recipient, "GOV")]


def test_his_counterpart_is_not_the_speakers_own_side(extract):
    # "his" is the French minister: the counterpart is the other side, unnamed here, so no meeting
    # of France with France (and no CONSULT with one party only)
    assert by_type(extract("The French foreign minister met his counterpart in Geneva."), "CONSULT") == []


@pytest.mark.parametrize("text", [
    "Story 8: The United States accused Iran of violating the ceasefire on Tuesday.\n\n"
    "GENEVA, March 6 - The United States accused Iran of violating the ceasefire on Tuesday.",
    "GENEVA, March 6 - The United States accused Iran of violating the ceasefire on Tuesday.",
    "Update 2: The United States accused Iran of violating the ceasefire on Tuesday.",
])
def test_a_dateline_or_a_headline_label_is_no_subject(extract, text):
    [accuse] = by_type(extract(text, published="2024-03-06"), "ACCUSE")
    assert codes(accuse.actor) == ["USA"] and codes(accuse.recipient) == ["IRN"]
    assert accuse.cameo == "112"


def test_the_datelines_date_gives_way_to_the_sentences_day(extract):
    text = ("Story 19: The foreign minister of France met his counterpart from Germany in Geneva on Wednesday.\n\n"
            "GENEVA, March 7 - The foreign minister of France met his counterpart from Germany in Geneva on Wednesday.")
    [consult] = by_type(extract(text, published="2024-03-07"), "CONSULT")  # headline and body: one record
    assert (consult.date, consult.date_text) == ("2024-03-06", "Wednesday")
    assert codes(consult.actor) == ["FRA"] and codes(consult.recipient) == ["DEU"]
