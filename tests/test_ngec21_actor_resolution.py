"""NGEC round of the thirteenth session (actor resolution): "it" for the one body its sentence
names as a subject before it, and "the two countries" when a news outlet or a venue makes the
window hold more than two states; invented sentences."""

import pytest

from newsevents.actors import annotate_actors, entities_for

from coding import by_type, codes


@pytest.fixture
def code(nlp):
    def run(text, published="2022-12-16"):
        doc = nlp(text)
        annotate_actors(doc, nlp, published)
        return doc
    return run


def ents_at(doc, word, nth=0):
    tok = [t for t in doc if t.text == word][nth]
    return [(e.code, e.sector, e.name) for e in entities_for(tok)]


def test_it_after_a_fronted_clause_is_the_body_that_clause_is_about(code):
    doc = code("Although the Kenyan government is still rebuilding the forces, it has decided to hand over its arms.")
    assert ents_at(doc, "it") == [("KEN", "GOV", None)]


def test_it_is_the_body_its_sentence_names_as_subject_before_it(code):
    # (the parser hangs the clause of "it" on the noun "announcement", not on "announced")
    doc = code("On January 4, the Bolivian army announced in a brief announcement that it would now begin "
               "withdrawing from the town.")
    assert ents_at(doc, "it") == [("BOL", "MIL", None)]


def test_it_stays_unresolved_with_two_bodies_before_it(code):
    # the army and the ministry are both singular bodies: which one "it" is, the text does not say
    doc = code("Although the Bolivian army and the Chilean ministry are rebuilding, it has decided to hand over its arms.")
    assert ents_at(doc, "it") == []


def test_it_takes_no_body_that_is_not_a_subject(code):
    # the ministry is an object here; "it" may be anything the story told before
    doc = code("Reporters asked the Chilean ministry whether it would withdraw.")
    assert ents_at(doc, "it") == []


def test_the_two_countries_skip_the_news_outlet_that_reported_it(code):
    doc = code("Chile's foreign minister attended a reception for Peru's new envoy, reports BBC Monitoring. "
               "The two countries are expected to sign a water treaty.")
    assert sorted(ents_at(doc, "countries")) == [("CHL", None, None), ("PER", None, None)]


def test_the_two_countries_skip_the_venue_when_the_two_left_were_named_together(code):
    doc = code("Chile and Peru signed a water treaty last year. A meeting between the presidents of Chile "
               "and Peru was held in Brazil on Monday. The two countries discussed the treaty.")
    assert sorted(ents_at(doc, "countries")) == [("CHL", None, None), ("PER", None, None)]


def test_the_two_countries_do_not_take_a_pair_whose_other_half_is_only_a_place(code):
    # Chile and Bolivia are not named together: the place the minister spoke from is no party
    doc = code("Chile and Peru agreed on a water treaty. Chile's minister told Reuters from Bolivia "
               "that Peru had signed, the BBC reported. The two countries hope to double trade.")
    assert sorted(ents_at(doc, "countries")) != [("BOL", None, None), ("CHL", None, None)]


def test_a_resolved_it_gives_the_act_its_actor(extract):
    events = extract("Although the Kenyan government is still rebuilding the forces, it has decided to "
                     "turn over all its arms to the civil administration.")
    [e] = by_type(events, "RETREAT")
    assert codes(e.actor) == ["KEN"]
