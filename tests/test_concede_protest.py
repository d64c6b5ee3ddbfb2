"""Concessions: promised concessions keep their own record, and lexicon rows for yielding
(CAMEO 08). Invented sentences."""

import pytest

from coding import by_type, codes


def test_promised_concessions_are_a_future_concession_besides_the_promise(extract):
    events = extract("Malawi has promised concessions to opposition leaders.")
    [agree] = by_type(events, "AGREE")
    assert agree.cameo == "035"
    [concede] = by_type(events, "CONCEDE")
    assert concede.status == "future" and codes(concede.actor) == ["MWI"]


def test_an_offered_resignation_is_a_hypothetical_resignation(extract):
    events = extract("The Zambian prime minister offered his resignation on Monday.")
    assert [e.cameo for e in by_type(events, "AGREE")] == ["0341"]
    [concede] = by_type(events, "CONCEDE")
    assert concede.cameo == "0831" and concede.status == "hypothetical"


def test_a_promised_release_keeps_its_own_future_record(extract):
    events = extract("The Egyptian government pledged the release of the detained journalists.")
    [release] = by_type(events, "RETREAT")
    assert release.cameo == "0841" and release.status == "future"


def test_gave_into_demands_is_giving_in(extract):
    [e] = by_type(extract("Singapore has given into demands by Rwanda."), "CONCEDE")
    assert e.cameo == "080" and codes(e.actor) == ["SGP"] and codes(e.recipient) == ["RWA"]


def test_approving_a_ceasefire_declares_it(extract):
    [e] = by_type(extract("The Armenian parliament approved a ceasefire with Azerbaijan."), "CONCEDE")
    assert e.cameo == "0871" and codes(e.actor) == ["ARM"] and codes(e.recipient) == ["AZE"]


def test_agreeing_to_a_ceasefire_stays_an_agreement(extract):
    # the PLOVER records code "agreed to a ceasefire" as AGREE; the ceasefire keeps its own record
    events = extract("Peru and Ecuador agreed to a ceasefire on Sunday.")
    assert by_type(events, "AGREE") and not by_type(events, "CONCEDE")


@pytest.mark.parametrize("text, cameo, status", [
    ("Spain agreed to give the Basque region more autonomy.", "0834", "future"),
    ("The Chilean government agreed to halt construction of the dam.", "0832", "future"),
    ("The Kenyan government will scrap the controversial highway project.", "0832", "future"),
    ("The Mexican president offered to end the policy of detaining migrants.", "0832", "hypothetical"),  # an offer
])
def test_yielding_verbs_with_their_objects(extract, text, cameo, status):
    concede = by_type(extract(text), "CONCEDE")
    assert [(e.cameo, e.status) for e in concede] == [(cameo, status)]
