"""NGEC round of the thirteenth session (actor resolution): "it" for the one body its sentence
names as a subject before it, and "the two countries" when a news outlet or a venue makes the
window hold more than two states; invented sentences."""

import pytest

from newsevents.actors import entities_for

from coding import by_type, codes


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


def test_a_passive_it_does_not_take_the_body_named_before_it(code):
    # "it" is the car: the subject of a passive is as often a thing acted on as a body
    doc = code("Taylor said that if the Bolivian government has reason to believe the car is valuable, "
               "a judge would allow it to be returned.")
    assert ents_at(doc, "it") == []


def test_both_sides_repeat_the_pair_named_so_before(code):
    # (no "Namibia and Angola" coordinated: only the first "the two sides" names them)
    doc = code("A settlement of the conflict over Namibia's border with Angola is near, according to the two sides. "
               "The sides, at loggerheads for a decade, agreed on Wednesday on the terms of a deal. "
               "Armed forces from both sides took part in the talks.")
    assert sorted(ents_at(doc, "sides", nth=2)) == [("AGO", None, None), ("NAM", None, None)]


def test_both_sides_do_not_repeat_a_pair_when_another_state_was_named_since(code):
    doc = code("A settlement of the conflict over Namibia's border with Angola is near, according to the two sides. "
               "The deal was welcomed by Zambia on Wednesday. Armed forces from both sides took part in the talks.")
    assert ents_at(doc, "sides", nth=1) == []


def test_a_warning_to_take_cover_is_no_threat(extract):
    events = extract("When the Japanese government detected the launch, it warned citizens in its path to take cover.")
    assert not by_type(events, "THREATEN")
    events = extract("The Japanese government warned residents of the island to seek shelter.")
    assert not by_type(events, "THREATEN")
    events = extract("Russia warned Ukraine to stop shelling the city.")  # a warning to stop an act stays a threat
    [e] = by_type(events, "THREATEN")
    assert (codes(e.actor), codes(e.recipient)) == (["RUS"], ["UKR"])
