"""A demand told as "X said Y must/should do Z": the saying is the REQUEST, Z is no record of its
own (the gold codes only the demand).  Talks called for "between X and Y": X and Y are the
parties of the talks and the ones asked, not the caller.
Invented sentences modelled on the gold files' calls."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, demanded", [
    ("Seoul added that North Korean representatives should start talks with their South Korean counterparts.", "CONSULT"),
    ("The US administration insists the regime must give up its weapons before any negotiations.", "RETREAT"),
])
def test_a_demanded_act_is_no_record_beside_the_demand(extract, text, demanded):
    events = extract(text)
    assert len(by_type(events, "REQUEST")) == 1
    assert by_type(events, demanded) == []


def test_the_demand_keeps_its_addressee(extract):
    [r] = by_type(extract("Japan said North Korea should start talks with South Korea."), "REQUEST")
    assert (codes(r.actor), codes(r.recipient)) == (["JPN"], ["PRK"])


def test_an_act_the_speaker_foretells_keeps_its_record(extract):
    # no obligation modal: no demand, and the talks are told as planned
    events = extract("Japan said North Korea will start talks with South Korea.")
    assert by_type(events, "REQUEST") == []
    assert [e.status for e in by_type(events, "CONSULT")] == ["future"]


@pytest.mark.parametrize("text, caller, parties", [
    ("The United Nations called for talks between Israel and Hamas.", ["UNO"], ["ISR", "PSE"]),
    ("The EU called for negotiations between Serbia and Kosovo.", ["EUR"], ["SRB", "XKX"]),
])
def test_talks_called_for_between_two_parties_are_theirs(extract, text, caller, parties):
    events = extract(text)
    [r] = by_type(events, "REQUEST")
    assert (codes(r.actor), codes(r.recipient)) == (caller, parties)
    [c] = by_type(events, "CONSULT")
    assert (codes(c.actor), codes(c.recipient), c.status) == (parties, [], "hypothetical")


def test_talks_called_for_with_one_party_keep_the_caller(extract):
    events = extract("The United Nations called for talks with Iran.")
    [c] = by_type(events, "CONSULT")
    assert (codes(c.actor), codes(c.recipient)) == (["UNO"], ["IRN"])


@pytest.mark.parametrize("text, event", [
    ("An adult found guilty of assaulting a soldier could be jailed for up to 10 years.", "COERCE"),
    ("Police have also advised festival-goers to leave valuables at home, warning about rampaging pickpockets "
     "during mass events.", "PROTEST"),
])
def test_an_undone_act_of_implied_parties_only_is_no_record(extract, text, event):
    assert by_type(extract(text), event) == []


def test_a_done_act_of_implied_parties_keeps_its_record(extract):
    events = extract("An adult was jailed for 10 years in Jerusalem on Monday.")
    assert [e.status for e in by_type(events, "COERCE")] == ["asserted"]


def test_untold_parties_reads_status_and_party_words():
    from newsevents.pipeline import untold_parties
    from newsevents.records import Entity

    class Rec:  # only the fields the rule reads
        def __init__(self, status, actor, recipient):
            self.status, self.actor, self.recipient = status, actor, recipient

    implied = Entity(entity_text="", code="ISR", sector="JUD", name=None, span=None)
    named = Entity(entity_text="Tamimi", code="PSE", sector=None, name=None, span=(0, 6))
    assert untold_parties(Rec("hypothetical", [implied], []))
    assert untold_parties(Rec("future", [implied], [implied]))
    assert not untold_parties(Rec("hypothetical", [implied], [named]))
    assert not untold_parties(Rec("asserted", [implied], []))


def test_an_undone_act_its_sentence_places_keeps_its_record(extract):
    [r] = extract("International election observers will be allowed back into Bolivia in May.")
    assert (r.event, r.status, codes(r.actor)) == ("RETREAT", "future", ["BOL"])


def test_the_time_of_a_threatened_act_stays_the_acts(pipeline):
    from newsevents.records import Article
    es = pipeline.extract(Article(story_id="t", published="2016-11-11",
                                  text="The Taliban threatened to overrun Kunduz next month."))
    assert [(e.event, e.date) for e in es] == [("THREATEN", "2016-11-11")]


@pytest.mark.parametrize("text", [
    "Russia said the United States must understand that sanctions will not work.",
    '"The U.S. should know that it can never make the DPRK flinch," the North Korean newspaper said.',
])
def test_what_a_party_must_know_or_understand_is_no_demand(extract, text):
    assert by_type(extract(text), "REQUEST") == []


def test_what_a_party_must_do_is_still_a_demand(extract):
    [r] = by_type(extract("Russia said the United States must lift its sanctions."), "REQUEST")
    assert (codes(r.actor), codes(r.recipient)) == (["RUS"], ["USA"])
