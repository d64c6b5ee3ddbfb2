"""Precision of who gets coded (round 2): the country of sector-only and group mentions, and
venues that are no recipients.  Invented sentences."""

from coding import by_type, codes

from newsevents.actors import annotate_actors, entities_for


def test_both_countries_are_not_the_last_two_people(nlp):
    doc = nlp("Putin and Lukashenko met in Minsk. Chile and Peru signed a treaty. If both countries ratify it, trade will grow.")
    annotate_actors(doc, nlp, "2022-12-16")
    tok = [t for t in doc if t.text == "countries"][0]
    # the two states just named, not the last two people named
    assert [(e.code, e.name) for e in entities_for(tok)] == [("CHL", None), ("PER", None)]


def test_bare_government_is_not_one_mentioned_in_passing(extract):
    text = ("Chilean President Gabriel Boric said the talks with the miners, mediated by the Norwegian "
            "government, had ended in Santiago. Chile's economy minister agreed, and Chilean unions were relieved. "
            "The government accused the miners' union of sabotage on Tuesday.")
    [e] = [x for x in by_type(extract(text), "ACCUSE") if "sabotage" in x.sentence]
    assert codes(e.actor) == ["CHL"]


def test_bare_government_still_takes_a_government_just_named(extract):
    text = "Norwegian officials met on Monday. The Norwegian government praised Chile. The government accused Peru of fraud."
    [e] = [x for x in by_type(extract(text), "ACCUSE") if "fraud" in x.sentence]
    assert codes(e.actor) == ["NOR"]


def test_venue_of_a_refusal_is_no_recipient(extract):
    [e] = by_type(extract("The Peruvian delegation refused to negotiate in Geneva on Monday."), "REJECT")
    assert e.recipient == [] and e.event_loc.country == "CHE"


def test_place_in_the_object_is_still_the_target(extract):
    [e] = by_type(extract("Chile condemned the violence in Bolivia on Monday."), "ACCUSE")
    assert codes(e.recipient) == ["BOL"]


def test_meeting_place_is_no_recipient_of_a_promise(extract):
    [e] = by_type(extract("Peru promised to hold a conference at a meeting in the resort of Sochi."), "AGREE")
    assert codes(e.recipient) == []


def test_country_of_birth_codes_the_person_and_the_resort_places_the_attack(extract):
    [e] = by_type(extract("A Chilean-born man drove a truck into crowds in the Egyptian resort of Sharm el-Sheikh on Friday."), "ASSAULT")
    # the attacker's country of birth is his; the crowds are where he struck, not of his country
    assert (codes(e.actor), codes(e.recipient), e.event_loc.country) == (["CHL"], ["EGY"], "EGY")


def test_foreign_captives_are_not_the_captors_people(extract):
    [e] = by_type(extract("The Kurdish-led SDF has detained a total of 900 foreign fighters, Syrian officials said."), "COERCE")
    assert e.recipient == []


def test_an_international_call_is_not_aimed_at_home(extract):
    [e] = by_type(extract("The Chilean president called for more effective international counter-terrorism efforts."),
                  "REQUEST")
    assert e.recipient == []
    [d] = by_type(extract("The Chilean president called for calm."), "REQUEST")  # at home still
    assert codes(d.recipient) == ["CHL"]


def test_investigating_who_did_it_is_not_aimed_at_home(extract):
    [e] = by_type(extract("A spokesman for the Chilean military said they were working to investigate who was behind "
                          "the attack."), "ACCUSE")
    assert e.recipient == []


def test_denouncing_exercises_is_aimed_at_whoever_holds_them(extract):
    [e] = by_type(extract("Kim Jong-un again denounced the exercises."), "ACCUSE")
    assert e.recipient == []
