"""NGEC round of the fourteenth session: "the two countries" past a coordination that names no
state ("more police and soldiers"), and a later "the two countries" repeating the pair an earlier
"the two states" was resolved to when only a venue, a news outlet or a body of states, or one of
the pair, was named since; invented sentences."""

from newsevents.actors import entities_for

from coding import by_type, codes


def ents_at(doc, word, nth=0):
    tok = [t for t in doc if t.text == word][nth]
    return sorted((e.code, e.sector, e.name) for e in entities_for(tok))


def test_the_two_countries_look_past_a_coordination_of_no_state(code):
    doc = code("Kenya and Uganda signed a security pact on Monday. The pact lets Kenya send more police and "
               "soldiers to the border. The two countries will also share intelligence.")
    assert ents_at(doc, "countries") == [("KEN", None, None), ("UGA", None, None)]


def test_a_coordination_naming_one_state_still_blocks_the_pair(code):
    # "Kenya and the rebels" is a pair with one state: the two countries are not Kenya and Uganda for sure
    doc = code("Kenya and Uganda signed a security pact on Monday. Later Tanzania and the rebels met in Arusha. "
               "The two countries will also share intelligence.")
    assert ents_at(doc, "countries") != [("KEN", None, None), ("UGA", None, None)]


def test_the_two_countries_repeat_the_earlier_pair_past_a_venue_and_an_outlet(code):
    doc = code("Chad and Mauritania agreed to sign a trade agreement. On Thursday, the two states signed the "
               "agreement in Ouagadougou as observers of the African Union met. \"The mission will be in "
               "Ouagadougou in March,\" Chad's trade minister told BBC Monitoring from Ouagadougou on Friday. "
               "In the first year, the two countries are aiming to boost bilateral trade.")
    assert ents_at(doc, "countries") == [("MRT", None, None), ("TCD", None, None)]


def test_the_two_countries_do_not_repeat_the_pair_when_another_state_acted_since(code):
    doc = code("Chad and Mauritania agreed to sign a trade agreement. On Thursday, the two states signed the "
               "agreement. Niger's trade minister said Senegal would join next year. "
               "In the first year, the two countries are aiming to boost bilateral trade.")
    assert ents_at(doc, "countries", nth=0) != [("MRT", None, None), ("TCD", None, None)]


def test_the_repeated_pair_gives_the_act_its_actors(extract):
    events = extract("Cameroon and San Marino signed an aid deal on Monday. The deal will allow Cameroon to send "
                     "more police and soldiers to the north. The two countries will provide $150 million in aid "
                     "to finance development projects.")
    aid = by_type(events, "AID")
    assert aid and sorted(codes(aid[0].actor)) == ["CMR", "SMR"]
