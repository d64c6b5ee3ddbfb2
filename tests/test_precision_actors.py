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


def test_an_embassy_set_up_in_a_capital_is_aimed_at_its_state(extract):
    [e] = by_type(extract("Chile has set up an embassy again in Lima."), "SUPPORT")
    assert codes(e.recipient) == ["PER"]


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


def test_a_nationality_before_another_countrys_body_names_its_own(extract):
    [e] = by_type(extract("Putin will convene a Syrian Congress in the resort of Sochi in February."), "CONSULT")
    assert [(r.code, r.sector) for r in e.recipient] == [("SYR", "LEG")]


def test_a_forum_named_after_its_host_city_is_not_that_state(nlp):
    doc = nlp("The UN and the Astana group will meet. The Moscow government agreed.")
    annotate_actors(doc, nlp, "2022-12-16")
    group, gov = [t for t in doc if t.text in ("group", "government")]
    assert entities_for(group) == []
    assert [(e.code, e.sector) for e in entities_for(gov)] == [("RUS", "GOV")]


def test_the_outskirts_of_a_capital_are_no_government(extract):
    [e] = by_type(extract("Eastern Ghouta on the outskirts of Damascus has been besieged by regime forces since 2013."),
                  "COERCE")
    assert not any(r.sector == "GOV" for r in e.recipient)


def test_an_apposition_does_not_override_the_heads_sector(extract):
    [e] = by_type(extract("The official Syrian opposition, the Syrian Negotiating Committee, complained about the plan."),
                  "ACCUSE")
    assert [(a.code, a.sector) for a in e.actor] == [("SYR", "OPP")]


def test_they_of_a_subordinate_clause_is_the_uncoded_people_of_the_main_one(extract):
    text = ("In May, the Chilean authorities announced that one girl had been found; she was wandering in the forest "
            "when members of a vigilante group came across her as they prepared to ambush a rebel camp.")
    assert not any(a.sector == "GOV" for e in by_type(extract(text), "ASSAULT") for a in e.actor)


def test_a_country_named_for_comparison_does_not_code_the_sentence(extract):
    text = ("Syrian forces shelled Idlib. Syria denied it. Syrian officials said the army was ready. "
            "As in Bosnia, nobody attempted to protect the civilian population when a regime offensive began there.")
    assert not any(a.code == "BIH" for e in extract(text) for a in e.actor)


def test_a_states_strikes_on_government_targets_are_not_on_its_own(extract):
    text = ("Chile's president met his generals. Chilean officials said the talks went well. The Chilean navy is ready. "
            "The president ordered the navy to launch missile strikes against government targets.")
    [e] = [x for x in by_type(extract(text), "ASSAULT") if "government targets" in x.sentence]
    assert [(r.code, r.sector) for r in e.recipient] == [(None, "GOV")]


def test_the_acts_own_noun_is_no_recipient_through_a_round_of(extract):
    # exercises held with another state's forces are military cooperation (COOPERATE 062, NGEC recall round)
    [e] = by_type(extract("In early December, the US carried out a round of military exercises with South Korea."),
                  "COOPERATE")
    assert codes(e.recipient) == ["KOR"] and len(e.recipient) == 1


def test_what_an_agreement_is_on_is_its_topic(extract):
    [e] = by_type(extract("The agreement on the committee's formation was reached by Chile and Peru on Tuesday in Lima."),
                  "AGREE")
    assert e.recipient == []


def test_its_after_an_urged_object_is_that_object(nlp):
    doc = nlp("Trump urged Turkey to de-escalate, limit its military actions and avoid civilian casualties.")
    annotate_actors(doc, nlp, "2018-01-25")
    its = [t for t in doc if t.text == "its"][0]
    assert [e.code for e in entities_for(its)] == ["TUR"]
