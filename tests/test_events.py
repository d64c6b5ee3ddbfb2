"""Event coding on small sentences: roles, factuality, attribution, de-duplication."""

import pytest

from coding import by_type, codes


def summary(e):
    return (e.event, sorted(a.code for a in e.actor if a.code), sorted(r.code for r in e.recipient if r.code))


def test_active_verb_subject_and_object(extract):
    [e] = extract("Russia invaded Ukraine.")
    assert summary(e) == ("ASSAULT", ["RUS"], ["UKR"])
    assert e.status == "asserted" and e.event_text == "invaded"


def test_passive_by_agent(extract):
    [e] = extract("Ukraine was invaded by Russia.")
    assert summary(e) == ("ASSAULT", ["RUS"], ["UKR"])


def test_event_noun_with_possessor_and_of(extract):
    [e] = extract("Russia's invasion of Ukraine shocked Europe.")
    assert summary(e) == ("ASSAULT", ["RUS"], ["UKR"])


def test_sanctions_on(extract):
    [e] = extract("The European Union imposed sanctions on Iran on Monday.")
    assert summary(e) == ("SANCTION", ["EUR"], ["IRN"])
    assert e.event_text == "imposed sanctions" and e.date == "2022-12-12"


@pytest.mark.parametrize("text,status", [
    ("Putin will visit China.", "future"),
    ("Putin is to visit China.", "future"),
    ("Putin plans to visit China.", "future"),
    ("Putin did not visit China.", "negated"),
    ("Putin refused to visit China.", "negated"),
    ("Putin could visit China.", "hypothetical"),
    ("If talks fail, Putin may visit China.", "hypothetical"),
    ("Putin visited China.", "asserted"),
    ("Putin is due to visit China.", "future"),
    ("Putin is scheduled to visit China next week.", "future"),
    ("Putin is expected to visit China.", "future"),
    ("Putin never visited China.", "negated"),
    ("Putin held back from visiting China.", "negated"),
    ("Putin would visit China if invited.", "hypothetical"),
    ("Putin is willing to visit China.", "future"),
    ("Putin said he was ready to visit China.", "future"),
    ("Putin is poised to visit China.", "future"),
    ("Putin will decide when he visits China.", "future"),  # a clause of time under a future verb
    ("Putin smiled when he visited China.", "asserted"),
])
def test_factuality(extract, text, status):
    visits = [e for e in extract(text) if e.event == "CONSULT"]
    assert [(summary(e), e.status) for e in visits] == [(("CONSULT", ["RUS"], ["CHN"]), status)]


def test_refusal_is_a_reject_event_and_the_refused_act_is_negated(extract):
    events = extract("China refused to send troops to Russia.")
    assert ("REJECT", ["CHN"], ["RUS"]) in [summary(e) for e in events]  # recipient from the complement
    mob = [e for e in events if e.event == "MOBILIZE"]
    assert mob and mob[0].status == "negated"


def test_attribution(extract):
    [e] = [e for e in extract("The Kremlin said Russia had attacked Ukraine.") if e.event == "ASSAULT"]
    assert e.attribution is not None and e.attribution.entity_text == "Kremlin" and e.attribution.code == "RUS"
    assert summary(e) == ("ASSAULT", ["RUS"], ["UKR"])


def test_object_sensitive_entries(extract):
    assert [e.event for e in extract("Canada cut ties with Iran.")] == ["SANCTION"]
    assert extract("Canada cut taxes for farmers.") == []


def test_no_event_without_an_actor(extract):
    assert extract("An invasion is a terrible thing.") == []


def test_same_event_told_twice_is_one_record(extract):
    text = ("Putin will travel to Belarus on Monday. "
            "Putin's visit to Belarus will focus on trade.")
    visits = [e for e in extract(text) if e.event == "CONSULT"]
    assert len(visits) == 1 and visits[0].date == "2022-12-19"


def test_distinct_dates_stay_distinct(extract):
    text = "Russia attacked Ukraine on Monday. Russia attacked Ukraine again on Thursday."
    attacks = [e for e in extract(text) if e.event == "ASSAULT"]
    assert sorted(e.date for e in attacks) == ["2022-12-12", "2022-12-15"]


def test_historical_from_date(extract):
    [e] = extract("Iraq invaded Kuwait in August 1990.")
    assert (e.date, e.date_basis, e.historical) == ("1990-08", "explicit", True)


def test_place_governed_by_the_trigger(extract):
    [e] = extract("Police arrested protesters in Tbilisi on Saturday.")
    assert e.event == "COERCE" and e.event_loc.name == "Tbilisi" and e.event_loc.country == "GEO"
    assert e.event_loc.lat == pytest.approx(41.69, abs=0.1)


def test_no_place_means_null_not_a_centroid(extract):
    [e] = extract("Russia attacked Ukraine.")
    assert e.event_loc is None


def test_ids_are_stable(extract):
    a = [e.id for e in extract("Russia attacked Ukraine on Monday.")]
    b = [e.id for e in extract("Russia attacked Ukraine on Monday.")]
    assert a == b and len(a[0]) == 16


def test_force_used_abroad_targets_the_place_country(extract):
    [e] = extract("US air strikes this month in the volatile province of Kunduz left 32 civilians dead.")
    assert (e.event, e.event_loc.name, e.event_loc.country) == ("ASSAULT", "Kunduz", "AFG")
    assert [r.code for r in e.recipient] == ["AFG"] and e.recipient[0].entity_text == "Kunduz"


def test_a_date_is_not_a_preposition_pattern(extract):
    [e] = extract("North Korea fired a missile over Japan on Friday.")
    assert (e.event, e.mode, e.date) == ("ASSAULT", "heavy-weapons", "2022-12-16")
    assert [r.code for r in e.recipient] == ["JPN"]


def test_story_country_for_sector_only_actors(extract):
    text = ("Israel's cabinet met on Sunday. Israel's parliament debated the plan. Israeli officials said "
            "the vote was close. The government arrested two protesters.")
    arrest = [e for e in extract(text) if e.event == "COERCE"][0]
    assert [a.code for a in arrest.actor] == ["ISR"]


@pytest.mark.parametrize("text, event, actor, recipient", [
    # the recipient of a demand is the subject of what is demanded
    ("The United States on Thursday demanded that North Korea abandon its nuclear programme.", "REQUEST", "USA", "PRK"),
    # of a threat, the party its condition names
    ("Russia threatened to stop the negotiations if the United States deployed new missiles.", "THREATEN", "RUS", "USA"),
    # through the complement of a control verb and the object's own preposition
    ("Iran threatened to cut off electricity to Azerbaijan.", "THREATEN", "IRN", "AZE"),
    ("Britain promised to continue military aid to Mozambique.", "AGREE", "GBR", "MOZ"),
])
def test_recipient_found_beyond_the_verb(extract, text, event, actor, recipient):
    [e] = by_type(extract(text), event)
    assert summary(e) == (event, [actor], [recipient])


def test_relative_clause_subject_is_the_noun_it_modifies(extract):
    [e] = by_type(extract("Syrian rebels, who seized the town on Monday, said they would hold it."), "COERCE")
    assert [(a.code, a.sector) for a in e.actor] == [("SYR", "REB")]


def test_first_person_pronoun_is_the_speaker(extract):
    [e] = by_type(extract("We have requested an emergency meeting of the UN Security Council, "
                          "Japanese Prime Minister Shinzo Abe said."), "REQUEST")
    assert summary(e) == ("REQUEST", ["JPN"], ["UNO"])
    assert e.actor[0].entity_text == "We"


def test_passive_state_act_has_an_implied_agent(extract):
    [e] = extract("Egyptian police said the activist Alaa Abdel Fattah was arrested in Cairo on Monday.")
    assert e.event == "COERCE" and e.rule.endswith("+implied-agent")
    assert [(a.entity_text, a.code, a.sector) for a in e.actor] == [("", "EGY", "COP")]
    assert [r.code for r in e.recipient] == ["EGY"]
    # an ordinary passive does not say who acted: no record
    assert extract("The town was attacked on Monday.") == []


def test_unknown_named_person_is_an_actor_coded_from_the_story(extract):
    [e] = by_type(extract("Nigerian police arrested Musa Danjuma in Lagos. Danjuma attacked a police officer "
                          "in Lagos last week, police said."), "ASSAULT")
    assert summary(e) == ("ASSAULT", ["NGA"], ["NGA"])


def test_a_strike_by_workers_is_a_protest_and_by_a_state_an_attack(extract):
    [e] = by_type(extract("Teachers in Chad went on strike on Wednesday over pay."), "PROTEST")
    assert (e.cameo, e.status, [a.sector for a in e.actor]) == ("143", "asserted", ["EDU"])
    [a] = extract("Israel will strike Hamas targets in Gaza, the army said.")
    assert (a.event, a.status) == ("ASSAULT", "future")


def test_object_control_gives_the_complement_its_actor(extract):
    events = extract("The European Union called on Russia to withdraw its troops from Ukraine.")
    [request] = by_type(events, "REQUEST")
    [retreat] = by_type(events, "RETREAT")
    assert summary(request) == ("REQUEST", ["EUR"], ["RUS"])
    assert summary(retreat) == ("RETREAT", ["RUS"], ["UKR"]) and retreat.status == "hypothetical"


def test_pattern_words_are_objects_not_subjects(extract):
    [e] = extract("Police attacked their supporters in Minsk.")
    assert (e.event, e.cameo) == ("ASSAULT", "190")
    [r] = extract("Rioters attacked police in Minsk.")
    assert (r.event, [x.sector for x in r.recipient]) == ("PROTEST", ["COP"])


def test_the_actors_own_means_are_not_recipients(extract):
    [e] = extract("Turkey sent troops to Syria on Monday.")
    assert summary(e) == ("MOBILIZE", ["TUR"], ["SYR"]) and len(e.recipient) == 1
    [a, w] = extract("Russia agreed to withdraw its forces from the region.")
    assert (a.event, a.recipient, w.event) == ("AGREE", [], "RETREAT")


def test_who_acts_decides_the_sense(extract):
    [e] = extract("Human Rights Watch withdrew from Cambodia amid security concerns.")
    assert (e.event, e.cameo, e.rule) == ("SANCTION", "166", "sense:mission-pullout:verb:withdraw")
    assert [r.code for r in e.recipient] == ["KHM"]
    [r] = extract("Russia withdrew from the region.")
    assert (r.event, r.cameo) == ("RETREAT", "087")


def test_granted_asylum_by_implied_state(extract):
    [e] = by_type(extract("Three Syrian activists were granted asylum on Friday, Syrian opposition groups said."), "AID")
    assert e.rule.endswith("+implied-agent") and e.cameo.startswith("07")
    assert [(a.entity_text, a.sector) for a in e.actor] == [("", "GOV")]
    assert [r.code for r in e.recipient] == ["SYR"]


def test_a_place_acted_on_is_the_recipient_as_its_country(extract):
    [e] = extract("Russian forces shelled Kharkiv on Monday.")
    assert summary(e) == ("ASSAULT", ["RUS"], ["UKR"])
    assert e.recipient[0].entity_text == "Kharkiv"
    # the threat takes the threatened place's country; the act only threatened has no record of its own
    [t] = extract("The Taliban threatened to overrun Kunduz last month.")
    assert summary(t) == ("THREATEN", ["AFG"], ["AFG"])


def test_naming_is_not_calling_for_and_cues_do_not_cross_coordination(extract):
    events = extract("A Taliban spokesman called the attack on Kunduz a reprisal for airstrikes.")
    assert "REQUEST" not in {e.event for e in events}
    [a] = by_type(extract("Turkey has for years been threatening the Kurds in Syria, and in 2018 invaded Afrin."),
                  "ASSAULT")
    assert (a.status, a.date) == ("asserted", "2018")


def test_violent_acts_and_a_mislemmatised_verb(extract):
    [e] = extract("An attacker ploughed a truck into crowds in Nice on Thursday.")
    assert (e.event, e.cameo, [r.code for r in e.recipient]) == ("ASSAULT", "180", ["FRA"])
    [f] = extract("An Egyptian court fined five activists on Saturday.")  # the model lemmatises "fined" as "fin"
    assert summary(f) == ("SANCTION", ["EGY"], ["EGY"]) and f.event_text == "fined"  # fines are SANCTION (annotation guide)


@pytest.mark.parametrize("text, code, recipient", [
    ("The United Nations will provide 25,000 tons of food aid to refugees in Liberia.", "UNO", "LBR"),
    ("The European Union gave the Ivory Coast 5.1 million dollars of aid.", "EUR", "CIV"),
    ("Swiss doctors handed over 700 kg of medicine to Iran.", "CHE", "IRN"),
])
def test_the_object_behind_a_quantity(extract, text, code, recipient):
    [e] = by_type(extract(text), "AID")
    assert summary(e) == ("AID", [code], [recipient])


def test_participles_modifying_a_noun(extract):
    events = extract("Liberian riot police used tear gas to disperse demonstrators protesting election results.")
    [p] = by_type(events, "PROTEST")
    assert [(a.code, a.entity_text) for a in p.actor] == [("LBR", "demonstrators")]
    [k] = by_type(extract("Twenty of the schoolgirls kidnapped by Boko Haram militants were freed."), "ASSAULT")
    assert summary(k) == ("ASSAULT", ["NGA"], ["NGA"]) and k.recipient[0].entity_text.endswith("schoolgirls")


def test_a_protest_with_no_named_target_is_aimed_at_its_government(extract):
    [e] = extract("Thousands of protesters marched in Tbilisi on Sunday.")
    assert [(r.entity_text, r.code, r.sector) for r in e.recipient] == [("", "GEO", "GOV")]
    assert e.rule.endswith("+implied-target")
    [named] = by_type(extract("Protesters in Tbilisi marched against the Georgian government."), "PROTEST")
    assert not named.rule.endswith("+implied-target")


def test_a_reduced_passive_clause_is_undergone_by_the_main_subject(extract):
    [e] = by_type(extract("Ukrainian troops called in air support when surrounded by Russian soldiers."), "COERCE")
    assert summary(e) == ("COERCE", ["RUS"], ["UKR"])
    assert [r.entity_text for r in e.recipient] == ["Ukrainian troops"]
    # with no by-agent, the main subject is still not the one who acted
    attacked = [x for x in extract("When attacked, Georgian police fired back.") if x.event_text == "attacked"]
    assert all("GEO" not in [a.code for a in x.actor] for x in attacked)


def test_an_agentless_attack_on_a_named_victim_has_an_unknown_attacker(extract):
    [e] = extract("Two Afghan soldiers were killed in Kunduz on Monday.")
    # an unidentified armed force (UAF) of the country where it happened, as the annotation guide codes it
    assert summary(e) == ("ASSAULT", ["AFG"], ["AFG"])
    assert [(a.entity_text, a.code, a.sector) for a in e.actor] == [("", "AFG", "UAF")]
    assert e.rule.endswith("+implied-agent") and e.date == "2022-12-12"
    # no victim the text can code: no record
    assert by_type(extract("Her horse was shot in the head."), "ASSAULT") == []


def test_a_headline_verb_parsed_as_a_participle_keeps_its_subject_as_actor(extract):
    [e] = by_type(extract("A Russian gunman killed at least 50 Ukrainian civilians in Kharkiv on Sunday."), "ASSAULT")
    assert summary(e) == ("ASSAULT", ["RUS"], ["UKR"])


def test_an_attack_named_after_a_town_is_an_attack_on_its_country(extract):
    [e] = by_type(extract("The Kabul bombings killed ten civilians on Monday."), "ASSAULT")
    # one act (the bombings are what killed): its victims are in the town's country
    assert {r.code for r in e.recipient} == {"AFG"}
    # and the town is where it struck, not its state's government attacking
    assert [(a.code, a.sector) for a in e.actor] == [(None, "UAF")]
    # a nationality before the noun still names the actor
    [r] = by_type(extract("Russian air strikes on Kharkiv killed ten civilians."), "ASSAULT")
    assert summary(r) == ("ASSAULT", ["RUS"], ["UKR"])


def test_a_family_name_that_is_a_small_town_abroad_stays_a_person(extract):
    events = extract("North Korea fired a missile on Monday. Seoul should respond to overtures from the North, Kim said.")
    assert all(a.code != "IND" for e in events for a in e.actor)
    # a big city the model tags as a person is still the city
    [e] = by_type(extract("Russian forces shelled Kharkiv on Monday."), "ASSAULT")
    assert summary(e) == ("ASSAULT", ["RUS"], ["UKR"])


def test_a_thing_that_kills_leaves_the_attacker_unknown(extract):
    [e] = by_type(extract("A roadside bombing near Samarra on Sunday killed one U.S. soldier."), "ASSAULT")
    assert summary(e) == ("ASSAULT", ["IRQ"], ["USA"]) and e.date == "2022-12-11"
    assert [(a.entity_text, a.sector) for a in e.actor] == [("", "UAF")]
    [p] = by_type(extract("Three US servicemen were killed by an improvised explosive device in Basra."), "ASSAULT")
    assert summary(p) == ("ASSAULT", ["IRQ"], ["USA"])


def test_engaged_in_names_the_actor_of_the_event_noun(extract):
    [e] = by_type(extract("Serb forces were engaged in ethnic cleansing in Montenegro against the Albanian population."),
                  "ASSAULT")
    assert summary(e)[:2] == ("ASSAULT", ["SRB"])


def test_a_protest_at_an_embassy_is_held_where_the_embassy_stands(extract):
    [e] = by_type(extract("Thousands of people rallied outside the U.S. Embassy in Sarajevo on Monday."), "PROTEST")
    assert e.event_loc.country == "BIH" and e.event_loc.name == "Sarajevo"
    assert [a.code for a in e.actor] == ["BIH"] and [r.code for r in e.recipient] == ["USA"]


def test_a_directed_domestic_act_with_no_target_is_aimed_at_its_own_country(extract):
    [e] = by_type(extract("Sudan's government on Sunday lifted a state of emergency in West Darfur State."), "CONCEDE")
    assert [(r.entity_text, r.code, r.sector) for r in e.recipient] == [("", "SDN", None)]
    assert e.rule.endswith("+implied-target")
    # another country in the sentence: no guess
    [g] = by_type(extract("Greece demanded a change, as France looked on."), "REQUEST")
    assert g.recipient == []
    # a meeting needs a named other side
    assert all(not x.rule.endswith("+implied-target") for x in extract("Sudan's president held talks on Sunday."))


def test_force_used_by_the_police_with_no_named_victim_is_aimed_at_home(extract):
    [e] = by_type(extract("Georgian riot police opened fire on Monday."), "ASSAULT")
    assert [(r.code, r.entity_text) for r in e.recipient] == [("GEO", "")] and e.rule.endswith("+implied-target")


def test_a_launch_at_nobody_is_a_weapons_test_and_at_a_country_an_attack(extract):
    [t] = extract("North Korea launched a long-range rocket on Monday that put a satellite into orbit.")
    assert (t.event, t.cameo, t.quad_code) == ("MOBILIZE", "150", 4) and "weapons-test" in t.rule
    [a] = extract("North Korea fired a missile over Japan on Friday.")
    assert summary(a) == ("ASSAULT", ["PRK"], ["JPN"])


def test_a_protest_with_no_named_protesters_is_by_civilians_of_the_place(extract):
    [e] = by_type(extract("A protest was staged on Sunday outside the parliament in Tbilisi."), "PROTEST")
    assert [(a.entity_text, a.code, a.sector) for a in e.actor] == [("", "GEO", "CVL")]
    assert "+implied-agent" in e.rule


def test_an_attack_noun_with_a_victim_and_no_attacker(extract):
    [e] = by_type(extract("The killing of protesters in Cairo in December 2012 shocked Egypt."), "ASSAULT")
    assert summary(e) == ("ASSAULT", ["EGY"], ["EGY"]) and e.actor[0].sector == "UAF"
    assert e.date == "2012-12" and e.historical


def test_a_cooperation_talked_about_is_no_event(extract):
    assert by_type(extract("The two leaders held talks on economic cooperation on Monday."), "COOPERATE") == []
    # an attack talked about still happened
    assert [summary(e) for e in by_type(extract("Putin and Lukashenko talked about Russia's invasion of Ukraine."),
                                        "ASSAULT")] == [("ASSAULT", ["RUS"], ["UKR"])]


def test_letting_foreign_forces_through_is_military_cooperation(extract):
    [e] = by_type(extract("Lukashenko allowed Russian forces to cross into Ukraine from Belarus."), "COOPERATE")
    assert summary(e) == ("COOPERATE", ["BLR"], ["RUS"]) and e.cameo == "062"


def test_the_election_refused_belongs_to_the_country_of_its_earlier_mention(extract):
    events = extract("The Belarusian leader cracked down on protesters after disputed presidential elections in 2020. "
                     "The US and EU refused to recognise the election results.")
    [r] = by_type(events, "REJECT")
    assert [x.code for x in r.recipient] == ["BLR"] and r.recipient[0].entity_text == "results"


def test_the_source_of_a_report_is_not_the_actor_of_a_participle(extract):
    events = extract("Russian forces shelled Kharkiv on Monday, Ukrainian officials said, killing three civilians.")
    assert all("UKR" not in [a.code for a in e.actor] for e in by_type(events, "ASSAULT"))
    assert any(summary(e)[:2] == ("ASSAULT", ["RUS"]) for e in events)


def test_a_diplomatic_protest_with_no_named_target_is_not_aimed_at_home(extract):
    [e] = by_type(extract("Japan's foreign ministry lodged a firm protest on Tuesday."), "ACCUSE")
    assert e.recipient == []


def test_passive_relative_clause_names_its_noun_as_the_target(extract):
    es = extract("The Iranian protesters, who were beaten by police, marched to the ministry.")
    [beat] = [e for e in es if e.event == "ASSAULT"]
    # the clause's missing object is the noun it describes: "beat protesters" (175), as in the active
    assert (beat.event_text, beat.cameo) == ("protesters beaten", "175")
    assert [r.entity_text for r in beat.recipient] == ["Iranian protesters"]
    assert [(a.sector, a.code) for a in beat.actor] == [("COP", "IRN")]


def test_a_by_agent_the_parser_hung_too_low_still_acts(extract):
    [e] = extract("The Kurdish commander, who was captured at the start of this year by Turkish forces, "
                  "is in custody.")
    assert [a.code for a in e.actor] == ["TUR"]


def test_a_resolution_toughening_sanctions_is_a_sanction_by_whoever_passed_it(extract):
    [e] = extract("The UN Security Council passed a resolution toughening sanctions on North Korea.")
    assert summary(e) == ("SANCTION", ["UNO"], ["PRK"])


def test_a_missile_that_flew_over_a_country_is_an_attack_on_it(extract):
    [e] = extract("North Korea launched a missile that flew over Japan.")
    assert summary(e) == ("ASSAULT", ["PRK"], ["JPN"])
    [t] = extract("North Korea launched a missile on Friday.")
    assert summary(t) == ("MOBILIZE", ["PRK"], [])  # fired at nobody: a weapons test


def test_a_missile_strike_at_an_uncoded_target_is_no_weapons_test(extract):
    [e] = extract("Donald Trump ordered cruise missile strikes on the airbase.")
    assert e.event == "ASSAULT" and "weapons-test" not in e.rule


def test_a_pattern_word_carried_by_a_light_noun(extract):
    [e] = extract("Syrian officers ended mediation efforts between rival militias in Tripoli.")
    assert (e.event, e.cameo, e.event_text) == ("SANCTION", "165", "ended mediation")


def test_a_pattern_object_under_its_own_preposition(extract):
    es = extract("Afghan troops called in air support.")
    assert [(e.event, e.cameo) for e in es] == [("REQUEST", "0232")]


def test_a_for_to_clause_names_who_is_asked_and_is_not_yet_done(extract):
    es = extract("Britain called for the United States to lift sanctions on Cuba.")
    [ask] = [e for e in es if e.event == "REQUEST"]
    assert summary(ask) == ("REQUEST", ["GBR"], ["USA"])
    [lift] = [e for e in es if e.event != "REQUEST"]
    assert lift.status == "hypothetical"


def test_abuse_of_people_is_an_assault_and_abuse_of_power_no_event(extract):
    [e] = extract("U.S. border patrol agents sexually abused Mexican immigrants.")
    assert summary(e) == ("ASSAULT", ["USA"], ["MEX"])
    assert extract("The Nigerian minister abused his power.") == []


def test_mediation_between_two_parties_names_both(extract):
    [e] = extract("Qatar launched a mediation effort on Saturday between the Emirates and Saudi Arabia.")
    assert summary(e) == ("CONSULT", ["QAT"], ["ARE", "SAU"])


def test_an_anti_country_word_does_not_code_that_country(extract):
    [e] = extract("A prominent anti-Syria journalist was shot dead by gunmen in eastern Beirut.")
    assert [r.code for r in e.recipient] == ["LBN"]


def test_a_place_outside_of_a_city(extract):
    [e] = extract("Three US soldiers were killed by a roadside bomb outside of the Iraqi city of Basra.")
    assert e.event_loc.country == "IRQ" and [a.code for a in e.actor] == ["IRQ"]


def test_a_parenthesised_acronym_is_not_a_person_of_the_same_initials(extract):
    [e] = extract("Montenegro Municipality Association (AKK) officials demanded support from the Montenegro Assembly.")
    assert "DEU" not in [a.code for a in e.actor]


def test_a_participle_shares_the_modality_of_its_act(extract):
    es = extract("Georgian police may storm the building, arresting the protesters.")
    assert {e.event_text: e.status for e in es} == {"storm": "hypothetical", "arresting": "hypothetical"}
    es = extract("Georgian police stormed the building, arresting the protesters.")
    assert {e.event_text: e.status for e in es} == {"stormed": "asserted", "arresting": "asserted"}


def test_an_unresolved_its_leaves_the_support_verb_subject(extract):
    es = extract("Tensions have been high under North Korean leader Kim Jong Un. In September, the regime "
                 "carried out its sixth and most powerful nuclear test.")
    [e] = [x for x in es if x.event == "MOBILIZE"]
    assert (e.actor[0].entity_text, e.actor[0].sector, e.actor[0].code) == ("regime", "GOV", "PRK")
    # an event noun whose parties stay uncoded names no one: no record
    assert extract("In September, the regime carried out its sixth and most powerful nuclear test.") == []


def test_a_time_possessor_is_no_actor(extract):
    [e] = extract("Saturday's demonstrations by anti-immigrant supporters in Cologne turned violent.",
                  published="2016-01-11")
    assert e.event == "PROTEST" and [(a.code, a.sector) for a in e.actor] == [("DEU", "CVL")]
    assert e.date == "2016-01-09"


def test_a_passive_state_act_is_found_when_the_tagger_mislemmatises_it(extract):
    # the tagger gives "fined" the lemma "fin"; the implied court still fines
    [e] = extract("Five other defendants were fined 30,000 pounds.")
    assert (e.event, e.actor[0].sector, e.recipient[0].entity_text) == ("SANCTION", "JUD", "Five other defendants")


def test_up_to_n_people_are_still_the_object(extract):
    [e] = extract("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar.")
    assert summary(e) == ("ASSAULT", ["AFG"], ["RUS"])


def test_an_invasion_of_a_named_part_of_a_country(extract):
    [e] = extract("Israel today mounted its long-threatened invasion of South Lebanon.")
    assert summary(e) == ("ASSAULT", ["ISR"], ["LBN"])


def test_an_ally_of_a_country_is_not_that_country(extract):
    [e] = extract("Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern Lebanon.")
    assert "ISR" not in [r.code for r in e.recipient]


def test_sector_mentions_take_the_only_country_their_sentence_names(extract):
    [e] = extract("The government of Sindh province has ordered patrols by police and paramilitary soldiers.")
    assert [(a.code, a.sector) for a in e.actor] == [("PAK", "COP"), ("PAK", "MIL")]


def test_a_measure_after_by_is_no_agent(extract):
    [e] = extract("President Omar al-Bashir on Thursday shortened by one hour the nightly curfew imposed in Sudan.")
    assert (e.event, e.cameo, [a.code for a in e.actor]) == ("CONCEDE", "0813", ["SDN"])


def test_committed_to_states_what_its_subject_intends(extract):
    es = extract("Vietnam is committed to opening up the economy.")
    [agree] = [e for e in es if e.event == "AGREE"]
    assert (agree.event_text, [a.code for a in agree.actor]) == ("committed to", ["VNM"])
    [coop] = [e for e in es if e.event == "COOPERATE"]
    assert coop.status == "future"


def test_a_pullback_told_in_the_passive_is_done_by_its_subject(extract):
    [e] = extract("Ethnic Albanian guerrillas operating in Macedonia have been demobilized.")
    assert (e.event, [a.code for a in e.actor]) == ("RETREAT", ["MKD"])
    # the freed schoolgirls are the release's recipients, not its doers: Boko Haram frees them
    kidnap, freed = extract("Twenty Nigerian schoolgirls kidnapped by Boko Haram have been freed.")
    assert (kidnap.event, freed.event) == ("ASSAULT", "RETREAT")
    assert [(a.entity_text, a.sector) for a in freed.actor] == [("Boko Haram", "REB")]
    assert [(a.code, a.sector) for a in freed.recipient] == [("NGA", "CVL")]


def test_a_declaration_demanding_is_a_demand_by_who_issued_it(extract):
    [e] = extract("The Kurdistan Workers' Party issued a declaration demanding that the Turkish government "
                  "provide information.")
    assert (e.event, e.actor[0].entity_text) == ("REQUEST", "Kurdistan Workers' Party")


def test_extending_or_reimposing_a_curfew_imposes_it(extract):
    [e] = extract("The Sri Lankan government extended the curfew in Colombo.")
    assert (e.event, e.cameo) == ("COERCE", "1723")
    [b] = extract("Israel on Friday reimposed blockades in the West Bank.")
    assert summary(b) == ("COERCE", ["ISR"], ["PSE"])


def test_uncoded_protesters_of_a_verb_are_civilians_of_the_place(extract):
    [e] = extract("Islamic fundamentalists continued their hunger strike in Algiers.")
    assert e.event == "PROTEST" and [(a.code, a.sector) for a in e.actor] == [("DZA", "CVL")]
    assert [e.event for e in extract("The restraint both Washington and Pyongyang have demonstrated so far is welcome.")] == []


def test_acts_of_different_sectors_of_one_country_stay_apart(extract):
    text = ("An attacker drove a truck into a crowd in Nice, killing dozens of French civilians. "
            "The driver was later shot by the French police.")
    es = [e for e in extract(text, published="2016-07-15") if e.event == "ASSAULT"]
    # the attacker's act and the police's act are two records, not one merged
    assert [(e.event_text, [(a.code, a.sector) for a in e.actor]) for e in es] == [
        ("drove into", [("FRA", "UAF")]), ("shot", [("FRA", "COP")])]


def test_a_prison_sentence_is_coercion(extract):
    [e] = extract("An Egyptian court sentenced former president Mohamed Morsi to three years in prison.")
    assert (e.event, e.mode, e.cameo) == ("COERCE", "arrest", "173")


def test_a_resolution_voted_for_acts_through_whoever_voted(extract):
    [e] = extract("The UN Security Council voted in favor of a resolution toughening sanctions on the DPRK.")
    assert summary(e) == ("SANCTION", ["UNO"], ["PRK"])
    es = extract("The Likud Central Committee voted for a resolution that calls upon Israel to annex settlements.")
    [r] = [e for e in es if e.event == "REQUEST"]
    assert (r.event, [a.code for a in r.actor], r.actor[0].entity_text) == ("REQUEST", ["ISR"], "Likud Central Committee")


def test_measures_aimed_at_a_country_are_aimed_at_it(extract):
    [e] = extract("Beijing has strictly enforced trade restrictions aimed at discouraging North Korea from "
                  "developing missiles.")
    assert summary(e) == ("SANCTION", ["CHN"], ["PRK"])


def test_the_accused_did_what_they_are_accused_of(extract):
    es = extract("Members of the Islamic State cell are accused of having beheaded British aid workers.")
    [b] = [e for e in es if e.event == "ASSAULT"]
    assert summary(b) == ("ASSAULT", ["IMG"], ["GBR"])


def test_a_victim_named_with_a_possessive_is_kept_for_an_unnamed_attacker(extract):
    es = extract("Her Palestinian cousin was shot in the head.")
    [shot] = [x for x in es if x.event_text == "shot"]
    assert [(r.code, r.sector) for r in shot.recipient] == [("PSE", "CVL")]


def test_a_fight_is_an_attack_but_not_the_fight_against_corruption(extract):
    [e] = extract("Syrian Kurdish militias have led the successful fight against Islamic State.")
    assert summary(e) == ("ASSAULT", ["SYR"], ["IMG"])
    assert extract("The Nigerian government stepped up the fight against corruption.") == []


def test_between_parties_of_a_meeting_all_act_and_of_a_fight_one_acts_on_the_other(extract):
    [t] = extract("Talks between Russia and Ukraine resumed on Monday.")
    assert summary(t) == ("CONSULT", ["RUS", "UKR"], [])
    [f] = extract("The fight between Turkish troops and Kurdish militants in Afrin went on.")
    assert (f.actor[0].entity_text, f.actor[0].code) == ("Turkish troops", "TUR")
    assert [r.entity_text for r in f.recipient] == ["Kurdish militants"]


def test_no_evidence_that_denies_the_act(extract):
    [e] = extract("Officials said there was no evidence that the smuggling was backed by the Russian state.")
    assert (e.event, e.status) == ("SUPPORT", "negated")


def test_supporting_a_claim_or_hosting_games_is_no_event(extract):
    assert by_type(extract("Most of the Iraqi suspects were asylum seekers, which supports the allegation."), "SUPPORT") == []
    assert extract("South Korea is hosting the upcoming Olympics.") == []


def test_a_pattern_word_is_no_clause_of_its_own_and_a_participle_keeps_its_own_sense(extract):
    es = extract("About 200 supporters of the former president blocked roads in Algiers demanding his return.")
    got = {e.event: e.status for e in es}
    assert got.get("PROTEST") == "asserted" and "REJECT" not in got
    assert got.get("REQUEST") == "asserted"  # not "negated" by the blocking


def test_a_demand_on_a_possessed_party_of_another_country_names_it(extract):
    es = extract("Greece demanded that its European Community partners refuse to recognize Macedonia.")
    [d] = [e for e in es if e.event == "REQUEST"]
    assert summary(d) == ("REQUEST", ["GRC"], ["EUR"])


def test_a_purpose_clause_names_whom_aid_is_for(extract):
    es = extract("Norway will send military equipment to help defend Saudi Arabia.")
    [a] = [e for e in es if e.event == "AID"]
    assert summary(a) == ("AID", ["NOR"], ["SAU"]) and a.status == "future"


def test_an_insurgency_is_an_attack_dated_by_its_start(extract):
    [e] = extract("Boko Haram has been blamed for the deaths of 20,000 people in Nigeria since its insurgency in 2009.")
    assert (e.event, e.date, e.historical) == ("ASSAULT", "2009", True)
    # rebels with no named target fight their own state
    assert summary(e) == ("ASSAULT", ["NGA"], ["NGA"]) and e.rule.endswith("+implied-target")


def test_an_attempt_to_seize_a_capital_is_an_attack_by_whoever_attempted(extract):
    es = extract("Lukashenko allowed Russian forces to cross into Ukraine in their failed attempt to seize "
                 "the Ukrainian capital, Kyiv.")
    [a] = [e for e in es if e.event == "ASSAULT"]
    assert summary(a) == ("ASSAULT", ["RUS"], ["UKR"]) and a.event_text == "attempt seize"


def test_economic_cooperation_misparsed_as_hosted_is_a_topic(extract):
    es = extract("Lukashenko will host Putin in Minsk for talks on security and \u201cjoint measures to respond to "
                 "emerging challenges\u201d as well as economic cooperation, according to a statement on Friday.")
    assert [e.event for e in es] == ["CONSULT"]


def test_embedded_with_forces_is_cooperation_by_the_relative_clause_noun(extract):
    es = extract("The 33-year-old British medic, who was embedded with US forces, died in Syria.")
    [c] = [e for e in es if e.event == "COOPERATE"]
    assert summary(c) == ("COOPERATE", ["GBR"], ["USA"])


def test_who_comes_for_talks_holds_them(extract):
    [c] = extract("U.S. and Russian negotiators return to Geneva this week for talks on nuclear missiles.")
    assert summary(c) == ("CONSULT", ["RUS", "USA"], [])


def test_an_amount_of_an_event_noun_passes_the_support_verb_s_subject(extract):
    es = extract("French and Egyptian warships on Monday launched 10 days of war games in the Mediterranean Sea.")
    assert [summary(e) for e in es] == [("COOPERATE", ["EGY", "FRA"], [])]


def test_a_verb_reaches_its_pattern_through_part_of_a_programme(extract):
    es = extract("The United States suspended part of a military aid program for Bosnia.")
    [s] = [e for e in es if e.event == "SANCTION"]
    assert summary(s) == ("SANCTION", ["USA"], ["BIH"]) and s.cameo == "162"


def test_letting_people_return_or_run_is_a_concession_to_them(extract):
    [c] = extract("The Ivory Coast's Supreme Court decided to allow candidate Alassane Ouattara to participate "
                  "in the elections.")
    assert summary(c) == ("CONCEDE", ["CIV"], ["CIV"]) and c.cameo == "0812"
    [r] = extract("Belarus allowed exiled opposition leader Sviatlana Tsikhanouskaya to return home.")
    assert summary(r) == ("CONCEDE", ["BLR"], ["BLR"]) and r.cameo == "081"
    # a clause of its own is still no pattern word
    assert [e.event for e in extract("Police blocked roads demanding that protesters leave.")] != ["CONCEDE"]


def test_an_order_to_appear_is_a_demand_and_denied_permission_a_rejection(extract):
    [d] = extract("An Argentine judge has ordered former president Carlos Menem to appear for questioning.")
    assert summary(d) == ("REQUEST", ["ARG"], ["ARG"]) and d.cameo == "100"
    [r] = [e for e in extract("Turkish authorities denied permission for the rally of the opposition party.")
           if e.event == "REJECT"]
    assert (r.event, r.cameo, [a.code for a in r.actor]) == ("REJECT", "120", ["TUR"])


def test_preventing_a_demonstration_is_aimed_at_those_who_stage_it(extract):
    es = extract("Turkish police prevented the demonstration staged by students at Cumhuriyet University in Sivas.")
    [c] = [e for e in es if e.event == "COERCE"]
    assert summary(c) == ("COERCE", ["TUR"], ["TUR"])
    assert [r.entity_text for r in c.recipient] == ["students"]
    assert c.event_loc.name == "Sivas"  # the university's name is no town


def test_a_relation_noun_points_past_itself_and_among_names_the_parties(extract):
    es = extract("Palestinian leaders said they would boycott all official contact with the United States.")
    [b] = by_type(es, "PROTEST")
    assert summary(b) == ("PROTEST", ["PSE"], ["USA"]) and [r.entity_text for r in b.recipient] == ["United States"]
    [t] = by_type(es, "THREATEN")  # said by those who would boycott: a threat of it too (CAMEO 133)
    assert summary(t) == ("THREATEN", ["PSE"], ["USA"]) and t.cameo == "133"
    [h] = [e for e in extract("The European Community may halt mediation efforts among Serbia's feuding republics.")
           if e.event == "SANCTION"]
    assert summary(h) == ("SANCTION", ["EUR"], ["SRB"]) and h.status == "hypothetical"


def test_fire_of_several_weapons_is_one_attack_by_who_launched_it(extract):
    es = extract("Vietnamese-led forces launched artillery, mortar, and rocket fire against Kampuchean guerrilla camps.")
    assert [summary(e) for e in es] == [("ASSAULT", ["VNM"], ["KHM"])] and es[0].cameo == "194"


def test_a_when_clause_places_the_attack_and_its_they_is_the_main_subject(extract):
    es = extract("Two Palestinian suicide bombers killed 23 people as well as themselves late Sunday when they "
                 "blew themselves up in Tel Aviv.")
    [k] = [e for e in es if e.event == "ASSAULT"]  # the blast is the same attack, merged into the killing
    assert summary(k) == ("ASSAULT", ["PSE"], ["ISR"])
    assert [r.entity_text for r in k.recipient] == ["23 people"]  # the bombers themselves are no recipient
    assert (k.event_loc.name, k.event_loc.country) == ("Tel Aviv", "ISR")


def test_an_event_noun_set_beside_the_act_takes_not_its_subject(extract):
    es = extract("Despite increased international sanctions imposed over the weapons programme, "
                 "North Korea made progress in areas like fabrics, Kim said.")
    assert not [e for e in es if e.event == "SANCTION" and any(a.code == "PRK" for a in e.actor)]
    # an object of the support verb still does
    [s] = [e for e in extract("The United States imposed new sanctions on North Korea.") if e.event == "SANCTION"]
    assert summary(s) == ("SANCTION", ["USA"], ["PRK"])


@pytest.mark.parametrize("text", [
    "In Israel, the footage sparked debate about the Israeli soldiers' refusal to react.",
    "The Israeli soldiers refused to react.",
    "A Kremlin spokesman declined to comment.",
])
def test_a_refusal_of_nothing_is_no_reject(extract, text):
    """Refusing an act that names nothing and is no event itself rejects no party, proposal or
    demand: no REJECT record (nor any other)."""
    assert [e.event for e in extract(text)] == []


def test_a_refusal_of_something_stays_a_reject(extract):
    # a state speaking as a state (no sector) is not aimed at itself: the refusal names no target
    events = extract("Iran refused to comply.")
    assert [(summary(e), e.status) for e in events] == [(("REJECT", ["IRN"], []), "asserted"),
                                                        (("CONCEDE", ["IRN"], ["IRN"]), "negated")]
    assert [summary(e) for e in extract("Iran refused to recognise the election results.")
            if e.event == "REJECT"] == [("REJECT", ["IRN"], [])]


@pytest.mark.parametrize("text", [
    "Putin arrived for his hearing.",
    "Nevada state senator Tick Segerblom joins the show to discuss possible motives.",
])
def test_a_meeting_or_visit_with_one_party_is_no_record(extract, text):
    """PLOVER CONSULT is between actors: with one actor and no recipient, even after the place,
    nobody met anybody."""
    assert [e.event for e in extract(text)] == []


def test_meetings_and_visits_with_two_parties_stay(extract):
    assert [summary(e) for e in extract("Putin arrived in Beijing on Monday.")] == [("CONSULT", ["RUS"], ["CHN"])]
    assert [summary(e) for e in extract("Xi and Putin met on Monday.")] == [("CONSULT", ["CHN", "RUS"], [])]


def test_dummy_it_of_an_evaluative_adjective_names_no_actor(extract):
    """"It is hard not to accept ...": the dummy "it" names nobody; "it is ready to talk" still
    names the party "it" stands for."""
    assert extract("It is hard not to accept a father's sincerity.") == []
    assert [(summary(e), e.status) for e in extract("Iran said it is ready to talk with the United States.")] == [
        (("CONSULT", ["IRN"], ["USA"]), "future")]


def test_who_is_under_an_act_undergoes_it(extract):
    [t] = [e for e in extract("The Kurdish region of Afrin is under increasing threat from Turkey.") if e.event == "THREATEN"]
    assert [a.code for a in t.actor] == ["TUR"]
    [i] = extract("The Israeli premier is under investigation in two corruption cases.")
    assert summary(i) == ("ACCUSE", ["ISR"], ["ISR"]) and [a.sector for a in i.actor] == ["COP"]
    assert i.rule.endswith("+implied-agent") and [r.entity_text for r in i.recipient] == ["Israeli premier"]
    [a] = extract("The former minister was placed under house arrest in Cairo.")
    assert summary(a) == ("COERCE", ["EGY"], ["EGY"]) and [r.entity_text for r in a.recipient] == ["former minister"]


def test_from_names_the_source_of_an_event_noun_but_where_a_pull_back_leaves(extract):
    [t] = extract("Japan is worried about the growing threat from North Korea.")
    assert (t.event, [a.code for a in t.actor]) == ("THREATEN", ["PRK"])
    [c] = extract("The criticism from Beijing angered the Japanese government.")
    assert (c.event, [a.code for a in c.actor]) == ("ACCUSE", ["CHN"])
    [w] = [e for e in extract("The withdrawal from Afghanistan was completed on Monday by US troops.") if e.event == "RETREAT"]
    assert summary(w) == ("RETREAT", ["USA"], ["AFG"])


def test_who_makes_an_effort_does_its_infinitive_and_a_date_controls_nothing(extract):
    [r] = extract("New Zealand made an effort to restore ties with Fiji.")
    assert summary(r)[1:] == (["NZL"], ["FJI"])
    [d] = extract("The Colombian rebels voted on Saturday to disarm.")
    assert d.event == "RETREAT" and [a.entity_text for a in d.actor] == ["Colombian rebels"]


def test_a_party_outlawed_with_no_agent_is_outlawed_by_the_state(extract):
    [e] = extract("The Sierra Leone Independence Party has formally been outlawed under new legislation.")
    assert summary(e) == ("COERCE", ["SLE"], ["SLE"]) and [a.sector for a in e.actor] == ["GOV"]
    assert e.rule.endswith("+implied-agent")


def test_killing_oneself_is_no_attack_but_a_suicide_bombing_is(extract):
    assert extract("Police said the gunman killed himself in his hotel room.") == []
    [k] = [e for e in extract("Two suicide bombers killed 23 people as well as themselves in Tel Aviv.") if e.event == "ASSAULT"]
    assert [r.entity_text for r in k.recipient] == ["23 people"]


def test_armed_forces_supporting_a_party_give_military_aid(extract):
    [a] = extract("Turkish forces are preparing to support Syrian rebel groups in Idlib.")
    assert (a.event, a.cameo, [x.code for x in a.actor], [x.code for x in a.recipient]) == ("AID", "072", ["TUR"], ["SYR"])
    assert a.rule.startswith("sense:armed-support")
    [s] = extract("The European Union backed the rebels in Libya.")
    assert s.event == "SUPPORT"  # a government's backing is words of support


def test_a_policy_of_doing_is_done_by_its_owner_and_coordinated_verbs_share_their_object(extract):
    es = extract("Germany's policy of accepting and assisting refugees from Syria was criticised.")
    [a] = [e for e in es if e.event == "AID"]
    assert summary(a)[:2] == ("AID", ["DEU"]) and "SYR" in summary(a)[2]
    assert a.cameo == "075"  # "accepting ... refugees": the object "assisting" shares is asylum's


def test_a_vow_or_declared_intent_of_a_hostile_act_is_a_threat(extract):
    es = extract("Recep Tayyip Erdogan, Turkey's president, has declared his intent to attack the enclave of Rojava in Syria.")
    [t] = [e for e in es if e.event == "THREATEN"]
    assert (t.cameo, summary(t)) == ("138", ("THREATEN", ["TUR"], ["SYR"]))
    assert t.rule.startswith("sense:promised-harm")
    [p] = extract("The president pledged to rebuild the schools.")
    assert p.event == "AGREE"  # a promise of a good act stays a promise
    assert [e.event for e in extract("New President Muhammadu Buhari was sworn in on Friday.")] == []


def test_a_declared_ceasefire_and_a_pardon_are_concessions_an_observed_ceasefire_a_retreat(extract):
    # PLOVER manual: CONCEDE covers "declarations (but not implementations) of ceasefires" and
    # "formal pardons and amnesties"; RETREAT is a ceasefire observed or a prisoner released
    [c] = extract("Rebels in eastern Chad declared a truce with the army on Sunday.")
    assert (c.event, c.cameo, summary(c)[1]) == ("CONCEDE", "0871", ["TCD"])
    [o] = [e for e in extract("Chadian rebels observed the ceasefire on Sunday.") if e.cameo == "0871"]
    assert o.event == "RETREAT"
    [p] = [e for e in extract("The president of Bolivia pardoned four jailed miners.") if e.cameo == "081"]
    assert summary(p)[:2] == ("CONCEDE", ["BOL"])
    [a] = extract("Bolivia's government granted an amnesty to the rebels.")
    assert (a.event, a.cameo) == ("CONCEDE", "081")
    [r] = extract("Bolivia's government released four rebel leaders.")
    assert (r.event, r.cameo) == ("RETREAT", "0841")


def test_announced_use_of_force_is_an_attack_read_as_a_threat_in_the_plover_convention(extract):
    from newsevents.eval.metrics import Pred
    es = extract("The Greek president said he will use military force if the opposition blocks the vote.")
    [a] = by_type(es, "ASSAULT")
    assert (a.event, a.cameo, a.status, summary(a)[1]) == ("ASSAULT", "190", "future", ["GRC"])
    assert [x.event for x in Pred.from_record(a.to_dict()).as_plover_statements()] == ["THREATEN"]
    # said by its own actor, on a condition: also a threat of force to the condition's subject
    [t] = by_type(es, "THREATEN")
    assert (t.cameo, t.status, summary(t)[1]) == ("138", "asserted", ["GRC"])


def test_outsiders_let_in_by_an_agentless_passive_are_let_in_by_the_authorities(extract):
    [r] = extract("International election observers will be allowed back into Bolivia in May.")
    assert (r.event, r.cameo, r.status, summary(r)[1], r.actor[0].sector) == ("RETREAT", "0862", "future", ["BOL"], "GOV")
    assert r.rule.endswith("+implied-agent")


@pytest.mark.parametrize("text,event,status", [
    ("Chile announced a plan to suspend talks with Peru.", "SANCTION", "future"),
    ("Rebels in Chad announced their intention to lay down their arms.", "RETREAT", "future"),
    ("Iraq criticised Syria's refusal to withdraw its troops from Lebanon.", "RETREAT", "negated"),
    ("Chile welcomed Peru's offer to mediate between Quito and Lima.", "CONSULT", "hypothetical"),
])
def test_an_infinitive_of_a_noun_of_plan_offer_or_refusal_takes_its_status_from_the_noun(extract, text, event, status):
    [e] = [e for e in extract(text) if e.event == event]
    assert e.status == status


def test_appreciating_an_effort_is_praise_but_appreciating_a_difficulty_is_no_event(extract):
    [s] = extract("Malta said it appreciated the progress made by the United States.")
    assert (s.event, s.cameo, summary(s)[1:]) == ("SUPPORT", "051", (["MLT"], ["USA"]))
    assert extract("The Malian army appreciated the difficulty of the terrain.") == []


def test_a_state_organ_ending_protests_coerces_but_protesters_ending_theirs_concede(extract):
    [c] = extract("The Chilean police stopped the march in Santiago.")
    assert (c.event, c.cameo, summary(c)[1]) == ("COERCE", "170", ["CHL"])
    assert c.rule.startswith("sense:dissent-ended-by-the-state")
    [v] = [e for e in extract("The Chilean president vowed to end the protests.") if e.cameo == "170"]
    assert v.status == "future"  # announced: a threat of repression in the PLOVER convention
    [u] = extract("The Serbian union ended its strike on Monday.")
    assert (u.event, u.cameo) == ("CONCEDE", "082")
    [w] = extract("The Chilean government ended the curfew in Santiago.")
    assert (w.event, w.cameo) == ("CONCEDE", "0813")  # the sense takes only 082 dissent rows


def test_a_plural_crowd_is_civilians_of_where_it_is_hit(extract):
    [e] = extract("A man drove a heavy truck into crowds in the southern French city of Nice.")
    assert summary(e) == ("ASSAULT", ["FRA"], ["FRA"])
    assert [r.sector for r in e.recipient] == ["CVL"]


def test_an_event_noun_takes_its_actor_from_modifiers_before_it_only(extract):
    [e] = extract("US air strikes killed ten people in Kunduz.")
    assert e.event == "ASSAULT" and [a.code for a in e.actor] == ["USA"]
    # the words after "crackdown" say whom it reached, not who cracked down
    assert not [e for e in extract("The crackdown extended to other opponents of President Abdel Fattah al-Sisi.")
                if e.event == "ASSAULT"]
    # an "of" phrase can name who acts: "at the request of Britain"
    [r] = [e for e in extract("The prison was run at the request of Britain.") if e.event == "REQUEST"]
    assert [a.code for a in r.actor] == ["GBR"]


def test_an_event_noun_object_of_a_verb_of_its_type_is_the_verbs_act(extract):
    [e] = [e for e in extract("The rebels have fought a long insurgency against the Turkish state.") if e.event == "ASSAULT"]
    assert [r.code for r in e.recipient] == ["TUR"] and e.event_text.startswith("fought")
    # a noun with a doer of its own stays the other party's act
    evs = [e for e in extract("The Sierra Leone army fought off an attack by rebels in the north.") if e.event == "ASSAULT"]
    assert len(evs) == 2


def test_two_acts_told_by_different_verbs_stay_two_records(extract):
    evs = [e for e in extract("Egyptian authorities jailed hundreds of activists in 2013. "
                              "The Egyptian government also banned all demonstrations in 2013.") if e.event == "COERCE"]
    assert sorted(e.event_text for e in evs) == ["banned", "jailed"]


def test_land_held_by_a_party_is_acted_on_through_it(extract):
    [e] = [e for e in extract("The UN has condemned the settlements in Israeli-occupied lands.") if e.event == "ACCUSE"]
    assert summary(e) == ("ACCUSE", ["UNO"], ["ISR"])


def test_rebels_a_foreign_army_helps_are_not_that_armys_country(extract):
    [e] = [e for e in extract("Turkish troops will support the rebels opposing the Syrian government.") if e.event in ("AID", "SUPPORT")]
    assert [a.code for a in e.actor] == ["TUR"] and "TUR" not in [r.code for r in e.recipient]
    # rebels fighting an army are still its own
    [a] = [e for e in extract("Burmese troops captured a Karen guerrilla stronghold.") if e.event == "ASSAULT"]
    assert summary(a) == ("ASSAULT", ["MMR"], ["MMR"])


def test_calling_something_a_crime_or_terrorism_is_an_accusation(extract):
    [a] = extract("Turkey considers the Kurdish militia in Syria a terrorist group.")
    assert (a.event, a.cameo, [x.code for x in a.actor]) == ("ACCUSE", "112", ["TUR"])
    assert a.rule.startswith("construction:labelled-wrong")
    [b] = extract("Chile called the Peruvian move illegal.")
    assert summary(b) == ("ACCUSE", ["CHL"], ["PER"])
    es = extract("The Peruvian president called the bombing a terrorist act.")
    # naming the bombing does not make the president its bomber
    assert [e.event for e in es] == ["ACCUSE"] and summary(es[0])[1] == ["PER"]
    assert [e.event for e in extract("The Peruvian president called the minister a friend.")] == []


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(extract):
    # "it"/"them" as an object would be "itself"/"themselves" if it meant the subject
    [a] = extract("The UK must stop appeasing Turkey and selling it arms.")
    assert summary(a) == ("AID", ["GBR"], ["TUR"])
    [b] = [e for e in extract("Russia backed Syria and sent it weapons.") if e.event == "AID"]
    assert summary(b) == ("AID", ["RUS"], ["SYR"])
    [c] = extract("The Peruvian rebels said Chilean soldiers attacked them.")
    assert summary(c) == ("ASSAULT", ["CHL"], ["PER"])
    [d] = extract("The Peruvian rebels said they attacked Chile.")
    assert summary(d) == ("ASSAULT", ["PER"], ["CHL"])  # a subject pronoun still may be


def test_they_reported_by_a_spokesman_is_the_body_he_speaks_for(extract):
    [a] = extract("A spokesman for the Peruvian army said they were working to investigate the attack.")
    assert (a.event, [x.code for x in a.actor], [x.sector for x in a.actor]) == ("ACCUSE", ["PER"], ["MIL"])


def test_they_opening_a_sentence_is_the_group_subject_of_the_sentence_before(extract):
    es = extract("The Peruvian rebels fought the Islamic State. They have been praised by US generals.")
    [s] = [e for e in es if e.event == "SUPPORT"]
    assert summary(s) == ("SUPPORT", ["USA"], ["PER"])
    # not the speaker of a reported clause
    es = extract("Chile said the Peruvian rebels attacked the town. They were praised by Bolivia.")
    [s] = [e for e in es if e.event == "SUPPORT"]
    assert summary(s)[2] != ["CHL"]


def test_cautioning_a_party_is_a_warning(extract):
    [t] = [e for e in extract("The Chilean president cautioned Peru that its army would be destroyed.")
           if e.event == "THREATEN"]
    assert (t.cameo, summary(t)) == ("130", ("THREATEN", ["CHL"], ["PER"]))


def test_a_participle_on_its_noun_takes_the_noun_as_its_object(extract):
    [a] = extract("A ballistic missile launched from North Korea flew over northern Japan.")
    assert (summary(a), a.event_text) == (("ASSAULT", ["PRK"], ["JPN"]), "missile launched")
    [m] = extract("A missile launched by North Korea landed in the sea.")
    assert summary(m) == ("MOBILIZE", ["PRK"], [])  # at nobody: a weapons test
    [s] = extract("Sanctions imposed by the European Union on Iran took effect.")
    assert summary(s) == ("SANCTION", ["EUR"], ["IRN"])
    [p] = extract("A protest held at Düsseldorf airport on Sunday drew hundreds.")
    assert (p.event, p.event_text) == ("PROTEST", "protest")  # no agent: the noun is coded on its own


def test_dropped_charges_are_dropped_by_the_prosecution(extract):
    [c] = extract("All charges against the Peruvian mayor were eventually dropped.")
    assert (summary(c), [a.sector for a in c.actor], c.rule.endswith("+implied-agent")) == (
        ("CONCEDE", ["PER"], ["PER"]), ["JUD"], True)
    assert [e.event for e in extract("Bombs were dropped on the town.")] == []


def test_a_participle_coordinated_with_a_passive_is_passive_with_the_same_subject(extract):
    es = extract("The Peruvian mayor was arrested and charged with fraud.")
    [c] = [e for e in es if e.event == "ACCUSE"]
    assert (summary(c), [a.sector for a in c.actor]) == (("ACCUSE", ["PER"], ["PER"]), ["JUD"])
    assert [r.entity_text for r in c.recipient] == ["Peruvian mayor"]
    es = extract("The Peruvian activist was beaten and detained by police.")
    [d] = [e for e in es if e.event == "COERCE"]
    assert [r.entity_text for r in d.recipient] == ["Peruvian activist"]


def test_a_person_owning_the_pattern_object_is_acted_on(extract):
    es = extract("An Israeli court indicted a Palestinian girl on Monday. It extended her remand for eight days.")
    [c] = [e for e in es if e.event == "COERCE"]
    assert summary(c) == ("COERCE", ["ISR"], ["PSE"])
    [r] = [e for e in extract("Israel recalled its ambassador to Peru.") if e.event in ("REJECT", "SANCTION", "ACCUSE", "COERCE")]
    assert "ISR" not in summary(r)[2]  # "its ambassador" stays the actor's own


def test_one_of_the_members_of_a_group_is_of_that_group(extract):
    [a] = extract("One of the members of the Taliban attacked a Peruvian convoy.")
    assert summary(a) == ("ASSAULT", ["AFG"], ["PER"])
    assert [x.sector for x in a.actor] == ["REB"]


def test_rebel_forces_are_rebels_and_an_army_helping_rebels_does_not_make_them_its_own(extract):
    es = extract("Turkish forces are preparing to enter Idlib province to support rebel forces opposing the Syrian regime.")
    [a] = [e for e in es if e.event == "AID"]
    assert "TUR" not in [r.code for r in a.recipient]
    # "rebel forces opposing the regime" names their side, no act of its own (no ACCUSE record);
    # the clause still tells whose rebels they are
    assert [e for e in es if e.event == "ACCUSE"] == []
    assert ([x.sector for x in a.recipient], [x.code for x in a.recipient]) == (["REB"], ["SYR"])
    [c] = extract("Burmese troops captured a Karen guerrilla stronghold.")
    assert summary(c) == ("ASSAULT", ["MMR"], ["MMR"])  # rebels fighting an army are its own


def test_killed_in_an_attack_is_killed_by_its_attacker(extract):
    es = extract("Three Peruvian soldiers were killed in a rebel ambush.")
    assert [(e.event, [a.sector for a in e.actor]) for e in es] == [("ASSAULT", ["REB"])]
    assert [r.entity_text for r in es[0].recipient] == ["Three Peruvian soldiers"]
    [w] = extract("Two Peruvian soldiers were wounded in a Chilean air strike.")
    assert summary(w) == ("ASSAULT", ["CHL"], ["PER"])


def test_an_unknown_person_arrested_by_a_state_organ_is_in_its_country(extract):
    [e] = by_type(extract("Peter Vollmer, 54, was detained on Friday by Hamburg police after a long fraud investigation."),
                  "COERCE")
    assert summary(e) == ("COERCE", ["DEU"], ["DEU"])
    # a person whose own country is named keeps it
    [f] = by_type(extract("German police detained Russian journalist Ivan Petrov on Friday."), "COERCE")
    assert summary(f) == ("COERCE", ["DEU"], ["RUS"])


@pytest.mark.parametrize("text,event,status", [
    # reported speech: "would" is the past of "will"
    ("The French minister told reporters that Paris would impose sanctions on Iran.", "SANCTION", "future"),
    ("The French minister said Paris would impose sanctions on Iran if talks fail.", "SANCTION", "hypothetical"),
    # what comes "after", "since", "in ...ing" or "for ...ing" is not negated or made possible by the clause
    ("The Kenyan minister did not comment after the bombing of the embassy by militants.", "ASSAULT", "asserted"),
    ("Iran could face new sanctions for attacking Iraqi bases.", "ASSAULT", "asserted"),
    ("In condemning the Russian invasion, the French minister would not name Moscow.", "ACCUSE", "asserted"),
    ("Peru will withdraw its troops after the Chilean attack on the border post.", "ASSAULT", "future"),
])
def test_scope_of_factuality(extract, text, event, status):
    assert [e.status for e in extract(text) if e.event == event] == [status]


@pytest.mark.parametrize("text,event,status", [
    ("The upcoming visit by the Chinese president to Russia will focus on trade.", "CONSULT", "future"),
    ("The Chinese president praised his anticipated meeting with the Russian president.", "CONSULT", "future"),
    ("Russia warned of a possible attack by Ukraine on Crimea.", "ASSAULT", "hypothetical"),
])
def test_adjective_of_the_event_noun(extract, text, event, status):
    assert [e.status for e in extract(text) if e.event == event] == [status]


def test_plot_to_act_is_hypothetical(pipeline):
    from newsevents.events.factuality import status_of
    doc = pipeline.nlp("They uncovered a plot to kill the president.")
    [kill] = [t for t in doc if t.lemma_ == "kill"]
    assert status_of(kill) == "hypothetical"


@pytest.mark.parametrize("text,status", [
    ("The French president will be able to visit China.", "future"),
    ("The French president was not able to visit China.", "negated"),
    ("The French president would be able to visit China.", "hypothetical"),
    ("The French president was able to visit China.", "asserted"),
])
def test_able_to_takes_the_status_of_its_clause(extract, text, status):
    assert [e.status for e in extract(text) if e.event == "CONSULT"] == [status]


@pytest.mark.parametrize("text,event,words", [
    # "take action" alone is coercion (CAMEO 170), not a lawsuit
    ("The German government will take tougher action against migrants who commit crimes.", "COERCE", "take action"),
    # a light verb yields to its object's own more specific event noun
    ("The Kenyan government took legal action against the British company.", "ACCUSE", "legal action"),
    ("British workers took industrial action against the company.", "PROTEST", "industrial action"),
])
def test_take_action(extract, text, event, words):
    [e] = extract(text)
    assert e.event == event and e.event_text == words


def test_a_verb_of_its_own_keeps_its_pattern(extract):
    assert "SANCTION" in [e.event for e in extract("Japan halted economic aid to Serbia.")]


def test_who_is_accused_of_an_act_is_its_actor(extract):
    es = extract("India accused Belarus of violating the ceasefire near Minsk on Sunday.")
    [a] = by_type(es, "ASSAULT")
    assert summary(a)[1] == ["BLR"]  # the accused, not the accuser
    [c] = by_type(es, "ACCUSE")
    assert summary(c) == ("ACCUSE", ["IND"], ["BLR"])


def test_participle_before_its_noun_is_a_state_not_an_act(extract):
    # "the jailed dissidents": nobody, no time, no occasion; the release is the told act
    evs = extract("Chilean officials said two jailed Peruvian dissidents were handed over to Peru on Tuesday.")
    assert not [e for e in extract("Police say the long-detained Iraqi officers met Iranian envoys.") if e.event == "COERCE"]
    assert not [e for e in evs if e.event == "COERCE"]
    # after its noun, with a doer, the participle still tells the act
    [e] = [e for e in extract("Two Peruvian dissidents jailed by Chile went on hunger strike.") if e.event == "COERCE"]
    assert summary(e) == ("COERCE", ["CHL"], ["PER"])
    # an adverb that makes the act new keeps it
    assert not [e for e in extract("Members of the outlawed Kenyan group met Ugandan officials.") if e.event == "COERCE"]
    assert [(e.cameo, summary(e)) for e in extract("Members of the now-outlawed Kenyan group met Ugandan officials.")
            if e.event == "COERCE"] == [("1722", ("COERCE", ["KEN"], ["KEN"]))]


@pytest.mark.parametrize("text", [
    "Canadian tariffs that threaten the security of Mexico were imposed on Monday.",
    "Polish soldiers defeated the worst terrorist threat in the region.",
])
def test_endangering_is_no_threat(extract, text):
    assert not [e for e in extract(text) if e.event == "THREATEN"]


def test_a_threat_made_stays_a_threat(extract):
    [e] = [e for e in extract("Iran threatened Canada with retaliation.") if e.event == "THREATEN"]
    assert summary(e) == ("THREATEN", ["IRN"], ["CAN"])


def test_vowing_a_fact_is_no_promise(extract):
    evs = extract("The Cuban ministry rejected the claim and vowed the country has fully respected the embargo.")
    assert not [e for e in evs if e.event == "AGREE"]
    [e] = [e for e in extract("The Cuban ministry vowed that the country will respect the embargo.") if e.event == "AGREE"]
    assert summary(e)[:2] == ("AGREE", ["CUB"])


def test_passive_after_a_preposition_is_undergone_by_the_host_subject(extract):
    # "after being indicted": the student is indicted, not indicting
    [e] = [e for e in extract("A Chilean student could face prison after being indicted for theft.") if e.event == "ACCUSE"]
    assert not [a for a in e.actor if a.entity_text] and e.actor[0].sector == "JUD"
    assert [r.code for r in e.recipient if r.entity_text] == ["CHL"]
    [e] = [e for e in extract("The French journalist was released after being detained by Turkish police.")
           if e.event == "COERCE"]
    assert summary(e) == ("COERCE", ["TUR"], ["FRA"])


def test_definite_organ_refers_back_to_the_one_named_before(extract):
    # "the court" and "it" are the Moroccan court named first, not the country the story is about
    text = ("A Moroccan military court on Monday indicted a Chilean student. Chileans have since hailed "
            "her as a hero in Chile. The court indicted her on several counts. It extended her remand for eight days.")
    evs = extract(text)
    [remand] = [e for e in evs if e.event_text == "extended remand"]
    assert summary(remand) == ("COERCE", ["MAR"], ["CHL"])
    assert [summary(e) for e in evs if e.event == "ACCUSE"] == [("ACCUSE", ["MAR"], ["CHL"])]  # one indictment


def test_definite_soldiers_are_the_troops_named_before(extract):
    text = ("Moroccan troops entered the town on Monday. Chileans have since protested in Chile. "
            "The soldiers attacked a Chilean convoy.")
    [e] = [e for e in extract(text) if e.event_text == "attacked"]
    assert summary(e) == ("ASSAULT", ["MAR"], ["CHL"])


def test_people_crowding_round_people_is_no_blockade(extract):
    evs = extract("Chilean women were surrounded by gangs of men in Santiago.")
    assert not [e for e in evs if e.cameo == "191"]
    [e] = [e for e in extract("Peruvian troops surrounded Chilean soldiers.") if e.cameo == "191"]
    assert summary(e) == ("COERCE", ["PER"], ["CHL"])
    assert [e.cameo for e in extract("Protesters surrounded the Peruvian ministry.") if e.cameo == "191"] == ["191"]
@pytest.mark.parametrize("text,words", [
    ("A former Kenyan minister is facing nine counts of bribery.", "facing counts"),
    ("The Kenyan opposition leader faces charges of treason.", "faces charges"),
    ("The Kenyan banker will stand trial next spring.", "stand trial"),
])
def test_the_accused_facing_charges_is_the_recipient(extract, text, words):
    # the subject undergoes the charge; the unnamed court or prosecutor is of the accused's country
    [e] = by_type(extract(text), "ACCUSE")
    assert e.event_text == words
    assert [(a.sector, a.code, a.entity_text) for a in e.actor] == [("JUD", "KEN", "")]
    assert [r.code for r in e.recipient] == ["KEN"] and e.rule.endswith("+implied-agent")


def test_try_is_a_trial_only_in_the_passive(extract):
    [e] = by_type(extract("The Kenyan smuggler was tried for fraud in Nairobi."), "ACCUSE")
    assert e.cameo == "115" and e.actor[0].sector == "JUD"
    assert ("Kenyan smuggler", "KEN") in [(r.entity_text, r.code) for r in e.recipient]
    assert by_type(extract("Kenyan police tried to stop the smugglers."), "ACCUSE") == []


def test_past_verb_beside_a_reported_modal_shares_the_reporters_subject(extract):
    # "proposed" cannot be governed by the reported "will": it is coordinated with "said"
    es = extract("The Kenyan president said the deal will help trade and criticized Uganda.")
    [a] = by_type(es, "ACCUSE")
    assert summary(a) == ("ACCUSE", ["KEN"], ["UGA"]) and a.status == "asserted"
    # a bare verb under the same modal stays in the reported clause
    es = extract("The Kenyan president said Uganda will attack the town and seize the airport.")
    assert [sorted(x.code for x in e.actor) for e in by_type(es, "COERCE") + by_type(es, "ASSAULT")] == [["UGA"]] * len(
        by_type(es, "COERCE") + by_type(es, "ASSAULT"))


@pytest.mark.parametrize("text,cameo,status", [
    ("The Kenyan minister was sharply critical of Uganda.", "111", "asserted"),
    ("Kenya is deeply disappointed with Uganda.", "110", "asserted"),
    ("Kenya would be unhappy with Uganda.", "110", "hypothetical"),
])
def test_predicative_adjective_of_disapproval(extract, text, cameo, status):
    # the copula's subject disapproves of the adjective's prepositional object (CAMEO 11)
    [e] = by_type(extract(text), "ACCUSE")
    assert summary(e) == ("ACCUSE", ["KEN"], ["UGA"]) and e.cameo == cameo and e.status == status


def test_attributive_adjective_is_no_event(extract):
    assert extract("The critical situation in Uganda worsened.") == []


def test_a_hostile_act_announced_unless_a_condition_is_met_is_an_ultimatum(extract):
    es = extract("Kenya will impose sanctions on Uganda unless Uganda releases the prisoners.")
    [s] = by_type(es, "SANCTION")
    assert s.status == "future"  # the act itself is still only announced
    [t] = by_type(es, "THREATEN")
    assert summary(t) == ("THREATEN", ["KEN"], ["UGA"]) and t.cameo == "139" and t.status == "asserted"
    assert t.rule.startswith("sense:ultimatum")


def test_a_cooperative_act_on_a_condition_is_no_threat(extract):
    assert by_type(extract("Kenya will sign the trade deal with Uganda unless it rains."), "THREATEN") == []


def test_is_opposed_to_is_the_subjects_stance(extract):
    # "X is opposed to Y" is X opposing Y; its "to" object is the pattern's object ("oppose mediation")
    [e] = by_type(extract("Kenya is opposed to Ugandan mediation in the dispute."), "REJECT")
    assert summary(e) == ("REJECT", ["KEN"], ["UGA"]) and e.cameo == "126"
    [e] = by_type(extract("Kenya is firmly opposed to Ugandan mediation."), "ACCUSE")  # the adjective
    assert summary(e) == ("ACCUSE", ["KEN"], ["UGA"])
    [e] = extract("Kenya is strongly opposed to the Ugandan plan.")
    assert summary(e) == ("REJECT", ["KEN"], ["UGA"]) and e.cameo == "127"  # opposing a plan turns it down
    assert extract("The Ugandan plan was opposed.") == []  # a passive with no agent says nobody opposed


def test_reduced_relative_parsed_as_the_subject_gives_its_noun(extract):
    es = extract("The Red Cross working in Kenya said Ugandan forces must open the border.")
    [e] = by_type(es, "REQUEST")
    assert summary(e) == ("REQUEST", ["NGO"], ["UGA"])


@pytest.mark.parametrize("verb", ["emphasized", "argued", "concluded", "wrote"])
def test_reporting_verbs_with_an_obligation_complement_make_a_demand(extract, verb):
    es = extract(f"The Kenyan foreign minister {verb} that Uganda must withdraw its troops from the border.")
    [e] = by_type(es, "REQUEST")
    assert summary(e) == ("REQUEST", ["KEN"], ["UGA"]) and e.rule.startswith("construction:demand-by-obligation")
def test_a_counted_series_of_attacks_takes_the_by_agent_of_the_counting_noun(extract):
    # the parser hangs "by militiamen" on "wave"; unnamed armed men attack the people where they strike
    [e] = extract("A spate of shootings in Chicago by street gangs worried the mayor.")
    assert (e.event, e.actor[0].entity_text, e.actor[0].sector, e.actor[0].code) == ("ASSAULT", "street gangs", "CRM", "USA")
    assert [r.code for r in e.recipient] == ["USA"] and e.recipient[0].entity_text == "Chicago"


def test_an_attack_noun_subject_of_a_killing_verb_is_one_act(extract):
    # "airstrikes by Ukrainian drones killed": one record, the verb's, with the noun's attacker
    es = extract("Airstrikes by Turkish jets in Iraq killed 14 Islamic State fighters on Sunday.")
    assert [summary(e) for e in es] == [("ASSAULT", ["TUR"], ["IMG"])]
    assert es[0].event_text == "killed"


def test_a_participle_clause_of_time_is_done_by_the_surface_subject_of_a_passive(extract):
    # the protester is arrested while protesting: the police do not protest
    es = extract("The student was detained by Belarusian police while demonstrating outside the Polish embassy.")
    [p] = by_type(es, "PROTEST")
    assert [(a.entity_text, a.sector) for a in p.actor] == [("student", "EDU")]
    # "a sailor who was wounded ... while attacking": the sailor attacks
    es = extract("A French sailor who was wounded by a mine while attacking a Houthi boat was flown home.")
    [a] = [e for e in by_type(es, "ASSAULT") if e.event_text.startswith("attack")]
    assert summary(a)[1] == ["FRA"]


def test_an_act_in_a_region_of_no_one_country_is_not_the_story_country(extract):
    text = "Peru tested a missile on Monday. Violent protests in the Middle East grew, Peru said."
    assert not [e for e in extract(text) if e.event == "PROTEST"]
    [e] = [e for e in extract("Peru tested a missile on Monday. Violent protests in Lima grew.") if e.event == "PROTEST"]
    assert [a.code for a in e.actor] == ["PER"]


def test_a_body_named_by_its_of_phrase_takes_its_code(extract):
    [e] = [e for e in extract("Soldiers of the Islamic State attacked a Chilean village.") if e.event == "ASSAULT"]
    assert summary(e) == ("ASSAULT", ["IMG"], ["CHL"]) and e.actor[0].sector == "MIL"
def test_aid_noun_names_its_giver(extract):
    # a bare "aid" or "assistance" noun is an act of aid (CAMEO 070) by whoever it belongs to
    [e] = by_type(extract("Norway's aid to Haiti doubled last year."), "AID")
    assert summary(e) == ("AID", ["NOR"], ["HTI"])


def test_with_the_aid_of_names_the_helper(extract):
    # "with the aid/help of X": X helps whoever does the act the phrase belongs to
    es = extract("Chadian troops retook the town from the rebels with the assistance of France.")
    [e] = by_type(es, "AID")
    assert summary(e) == ("AID", ["FRA"], ["TCD"])


@pytest.mark.parametrize("text,event", [
    ("Diplomatic ties between Ghana and Togo were severed on Monday.", "SANCTION"),
    ("Fresh sanctions were imposed on Belarus last week.", "SANCTION"),
    ("The oil embargo on Venezuela was lifted in May.", "RETREAT"),
    ("Relations with Cuba were restored in 2015.", "SUPPORT"),
])
def test_agentless_passive_state_act_implies_a_government(extract, text, event):
    # only governments set or lift sanctions and diplomatic ties: an agentless passive still has one,
    # and the target's country is not taken for the government's own
    [e] = by_type(extract(text), event)
    assert [(a.sector, a.entity_text) for a in e.actor] == [("GOV", "")]
    assert e.rule.endswith("+implied-agent")
    assert [a.code for a in e.actor] == [None]  # not the target's country


def test_the_two_countries_are_the_two_states_just_named(extract):
    # "the two countries" / "both governments" stand for the two states the text has just named
    es = extract("Kenya and Uganda held talks on Monday. The two countries agreed to lift trade restrictions.")
    [c] = by_type(es, "CONCEDE")
    assert summary(c)[1] == ["KEN", "UGA"]
    # with three states named it could be any two of them: no actor
    es = extract("Kenya, Uganda and Tanzania held talks. Both countries agreed to lift trade restrictions.")
    assert by_type(es, "CONCEDE") == []


def test_plural_definite_refers_back_to_the_parties_named_together(extract):
    # "the countries" / "both countries" / "the three countries" stand for the states last named
    # together, even sentences later; the count must fit, and "the other countries" are others
    es = extract("Peru and Chile ended a dispute over fishing rights. Officials met on Tuesday. "
                 "The countries agreed to cooperate on border security.")
    [c] = by_type(es, "COOPERATE")
    assert summary(c)[1] == ["CHL", "PER"]
    es = extract("Peru and Chile ended a dispute over fishing rights. Officials met on Tuesday. "
                 "Both countries agreed to cooperate on border security.")
    [c] = by_type(es, "COOPERATE")
    assert summary(c)[1] == ["CHL", "PER"]
    es = extract("Kenya, Uganda and Tanzania signed a deal on Monday. Officials met on Tuesday. "
                 "The three countries agreed to lift trade restrictions.")
    [c] = by_type(es, "CONCEDE")
    assert summary(c)[1] == ["KEN", "TZA", "UGA"]
    es = extract("Kenya, Uganda and Tanzania signed a deal on Monday. Officials met on Tuesday. "
                 "The two countries agreed to lift trade restrictions.")
    assert by_type(es, "CONCEDE") == []
    es = extract("Kenya and Uganda signed a deal on Monday. Officials met on Tuesday. "
                 "The other countries agreed to lift trade restrictions.")
    assert by_type(es, "CONCEDE") == []


def test_the_two_sides_are_the_pair_named_before(extract):
    # "the two sides" after "the army and the rebels": both parties, each with its own sector
    es = extract("The Colombian army and the FARC rebels signed a truce on Monday. "
                 "The two sides agreed to release prisoners.")
    [r] = by_type(es, "RETREAT")
    assert [(a.code, a.sector) for a in r.actor] == [("COL", "MIL"), ("COL", "REB")]


@pytest.mark.parametrize("text,event,cameo", [
    ("The Tamil rebels stopped the violence in Jaffna on Friday.", "RETREAT", "087"),
    ("The Burmese junta ended its crackdown on the monks.", "CONCEDE", "0811"),
])
def test_ending_violence_or_repression(extract, text, event, cameo):
    [e] = by_type(extract(text), event)
    assert e.cameo == cameo and e.status == "asserted"


def test_saying_someone_should_be_praised_is_praise(extract):
    # "X said Y should be commended": X praises Y (CAMEO 051), it is no demand on anyone
    es = extract("The Kenyan foreign minister said on Friday that Ghana should be commended for its calm response.")
    [e] = by_type(es, "SUPPORT")
    assert summary(e)[:2] == ("SUPPORT", ["KEN"]) and set(summary(e)[2]) == {"GHA"}
    assert e.cameo == "051" and e.status == "asserted"
    assert by_type(es, "REQUEST") == []
    # a demand stays a demand
    es = extract("The Kenyan foreign minister said on Friday that Ghana must repay the loan.")
    assert by_type(es, "REQUEST") and not by_type(es, "SUPPORT")


@pytest.mark.parametrize("text,event,cameo,actor", [
    ("The Nigerian army put an end to the fighting near Maiduguri.", "RETREAT", "087", ("NGA", "MIL")),
    ("The Thai government put a stop to the curfew in Bangkok.", "CONCEDE", "0813", ("THA", "GOV")),
])
def test_put_an_end_to_is_ending(extract, text, event, cameo, actor):
    # "put an end to X" is the act of "ending X", done by the subject of "put"
    [e] = by_type(extract(text), event)
    assert e.cameo == cameo and [(a.code, a.sector) for a in e.actor] == [actor]


def test_put_an_end_to_something_else_is_no_event(extract):
    assert extract("The minister put an end to speculation about his health.") == []


def test_capturing_a_person_is_detention_and_capturing_a_town_is_force(extract):
    [c] = [e for e in extract("Iraqi police captured the smuggler near Basra on Friday.") if e.event != "ASSAULT"]
    assert (c.event, c.cameo, [x.code for x in c.actor]) == ("COERCE", "173", ["IRQ"])
    assert c.rule.startswith("sense:capture-person")
    [p] = extract("Maria Lopez, who was captured last month by Colombian soldiers, was freed.")[:1]
    assert (p.event, p.cameo, [x.code for x in p.actor]) == ("COERCE", "173", ["COL"])
    [t] = extract("Iraqi troops captured the town of Tal Afar on Sunday.")
    assert (t.event, t.cameo, [x.code for x in t.actor]) == ("ASSAULT", "190", ["IRQ"])
    [h] = [e for e in extract("Kenya wants back a helicopter that was captured by Somali militants.") if e.event != "REQUEST"]
    assert (h.event, h.cameo) == ("ASSAULT", "190")  # equipment is seized, not detained


def test_one_mention_keeps_the_country_its_own_clause_gives_it_in_every_event(extract):
    es = extract("Iranian troops are preparing to support militias opposing both the Iraqi government and the Kurds.")
    [a] = [e for e in es if e.event == "AID"]
    # militias opposing the Iraqi government are Iraqi: the clause names their side (no record of
    # its own, events.coder._describes_alignment) and gives the same militias, supported, Iraq
    assert [e for e in es if e.event == "ACCUSE"] == []
    assert summary(a) == ("AID", ["IRN"], ["IRQ"])


def test_it_in_the_main_clause_is_the_subject_of_a_subordinate_clause_before_it(extract):
    es = extract("Although Hamas is seen by Qatar as a partner, the Egyptian government considers it a terrorist group.")
    [a] = [e for e in es if e.event == "ACCUSE"]
    assert summary(a) == ("ACCUSE", ["EGY"], ["PSE"])


def test_a_participle_adjunct_of_a_verbal_act_addresses_the_same_party(extract):
    es = extract("The EU criticised Russia on Monday, urging an end to the shelling.")
    [r] = [e for e in es if e.event == "REQUEST"]
    assert summary(r) == ("REQUEST", ["EUR"], ["RUS"])
    es = extract("The US criticized Iran, saying it would consult its allies.")
    assert not [e for e in es if e.event == "CONSULT" and "IRN" in summary(e)[2]]


def test_a_preposition_keeps_the_noun_the_parser_made_subject_of_a_bare_participle(extract):
    [a] = extract("Ecuador has granted asylum to three Venezuelan army officers holed up in its embassy.")
    assert summary(a) == ("AID", ["ECU"], ["VEN"])


def test_an_act_in_defiance_of_or_in_protest_against_someone_is_aimed_at_them(extract):
    [p] = [e for e in extract("Farmers blocked the highway near Lyon in protest against the French government.")
           if e.event_text.startswith("blocked")]
    assert summary(p) == ("PROTEST", ["FRA"], ["FRA"]) and p.recipient[0].entity_text == "French government"
    [d] = [e for e in extract("Students occupied the square in Minsk in defiance of Russian troops.")
           if e.event == "PROTEST"]
    assert "RUS" in summary(d)[2]


def test_an_act_meant_to_show_anger_at_someone_is_aimed_at_them(extract):
    [p] = [e for e in extract("Farmers blocked the motorway to voice their anger at the Polish government.")
           if e.event == "PROTEST"]
    assert summary(p) == ("PROTEST", ["POL"], ["POL"]) and p.recipient[0].entity_text == "Polish government"
def test_wishing_a_party_success_is_praise(extract):
    # "wished X success" endorses X (CAMEO 051)
    [e] = by_type(extract("The Kenyan president wished Ghana success in hosting the summit."), "SUPPORT")
    assert summary(e) == ("SUPPORT", ["KEN"], ["GHA"]) and e.cameo == "051"


def test_a_cooperative_act_that_something_stands_in_the_way_of_is_no_event(extract):
    # "the main obstacle to reconciliation": the reconciliation has not come about
    es = extract("Kenyan troops in the north are the main obstacle to Kenyan-Somali reconciliation.")
    assert by_type(es, "SUPPORT") == [] and by_type(es, "COOPERATE") == []


def test_calling_something_a_sham_is_an_accusation_not_calling_it(extract):
    # "called the election a sham" labels the election (ACCUSE 112); nobody calls an election
    es = extract("The Kenyan president called the Somali election a sham.")
    [e] = by_type(es, "ACCUSE")
    assert summary(e) == ("ACCUSE", ["KEN"], ["SOM"]) and e.cameo == "112"
    assert by_type(es, "CONCEDE") == []
    # calling elections is still calling them
    assert [(e.cameo, summary(e)) for e in by_type(extract("The Kenyan president called elections for May."),
                                                   "CONCEDE")] == [("083", ("CONCEDE", ["KEN"], ["KEN"]))]


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The French government expressed its condemnation of the Malian air strikes.", "ACCUSE", "FRA", "MLI"),
    ("Kenya voiced its backing for the Somali government.", "SUPPORT", "KEN", "SOM"),
    ("France announced its support for the Malian army.", "SUPPORT", "FRA", "MLI"),
])
def test_expressing_an_attitude_noun_is_the_attitude(extract, text, event, actor, recipient):
    # the subject of "express/voice/announce" holds the condemnation or backing its object names
    [e] = by_type(extract(text), event)
    assert (codes(e.actor), codes(e.recipient)) == ([actor], [recipient])
    assert e.status == "asserted"


@pytest.mark.parametrize("text, status", [
    ("The Indian minister denied that India had attacked Pakistan.", "negated"),
    ("Pakistan denied reports that its troops had attacked Indian posts.", "negated"),
    ("Pakistan rejected allegations that it had shelled Indian villages.", "negated"),
    ("The Indian minister did not deny that India had attacked Pakistan.", "asserted"),
    ("Pakistan confirmed reports that its troops had attacked Indian posts.", "asserted"),
    ("Did Russia attack the Ukrainian ship?", "hypothetical"),
    ("Why did Russia attack the Ukrainian ship?", "asserted"),
])
def test_denied_and_questioned_attacks_are_not_asserted(extract, text, status):
    [e] = by_type(extract(text), "ASSAULT")
    assert e.status == status


def test_toning_down_weapons_testing_is_de_escalation(extract):
    # scaling back or toning down tests and exercises de-escalates (CAMEO 087)
    [e] = by_type(extract("The Indian army scaled back its military exercises near the border."), "RETREAT")
    assert summary(e)[:2] == ("RETREAT", ["IND"]) and e.cameo == "087" and e.status == "asserted"


def test_seems_likely_to_raises_its_subject_and_is_hypothetical(extract):
    # "X seems likely to do Y": X would do Y, and only likely
    [e] = by_type(extract("Iran seems likely to tone down its missile testing before the summit."), "RETREAT")
    assert summary(e)[:2] == ("RETREAT", ["IRN"]) and e.status == "hypothetical"
    [e] = by_type(extract("Iran is likely to attack Israel."), "ASSAULT")
    assert summary(e) == ("ASSAULT", ["IRN"], ["ISR"]) and e.status == "hypothetical"


@pytest.mark.parametrize("text, event, recipient", [
    ("The Kenyan army said the soldier acted professionally by showing restraint.", "SUPPORT", "KEN"),
    ("The Kenyan president said the Ugandan police had acted irresponsibly.", "ACCUSE", "UGA"),
])
def test_saying_someone_acted_well_or_badly_judges_them(extract, text, event, recipient):
    # praise (CAMEO 051) or criticism (111) by the speaker of whoever so acted
    [e] = by_type(extract(text), event)
    assert e.actor[0].code == "KEN" and [r.code for r in e.recipient] == [recipient] and e.status == "asserted"


def test_conduct_not_judged_is_no_event(extract):
    assert extract("The Kenyan army said the soldier acted quickly.") == []
    assert by_type(extract("The Kenyan army said the soldier did not act professionally."), "SUPPORT") == []


@pytest.mark.parametrize("text, recipient", [
    ("The Kenyan president said he was grateful to Ghana for its help.", "GHA"),
    ("Kenya is supportive of the Somali government.", "SOM"),
    ("Kenya said it was grateful for the Ugandan help.", "UGA"),
])
def test_support_told_by_an_adjective(extract, text, recipient):
    # "grateful to X", "supportive of X" express support for X (CAMEO 051)
    [e] = by_type(extract(text), "SUPPORT")
    assert e.actor[0].code == "KEN" and [r.code for r in e.recipient] == [recipient] and e.cameo == "051"


@pytest.mark.parametrize("text, recipient, cameo", [
    ("The Kenyan president awarded a medal to the Somali envoy.", "SOM", "051"),
    ("Kenya came out in support of the Ugandan plan.", "UGA", "051"),
    ("Kenya and Uganda signed a code of conduct for their border police.", None, "057"),
])
def test_honours_support_spoken_and_codes_signed_are_support(extract, text, recipient, cameo):
    # an honour given praises its holder, "came out in support of X" endorses X (CAMEO 051);
    # a signed code of conduct is a formal agreement (057)
    [e] = by_type(extract(text), "SUPPORT")
    assert e.actor[0].code == "KEN" and e.cameo == cameo
    assert [r.code for r in e.recipient] == ([recipient] if recipient else [])


def test_a_meeting_of_the_ministers_of_two_countries_is_kept(extract):
    # "the ministers of Ghana and Togo" are two parties, so their talks need no other counterpart
    [e] = by_type(extract("The foreign ministers of Ghana and Togo met in Accra on Monday."), "CONSULT")
    assert sorted(a.code for a in e.actor) == ["GHA", "TGO"]


@pytest.mark.parametrize("text, status", [
    ("Kenya has to withdraw its troops from Somalia.", "hypothetical"),
    ("Kenya needs to withdraw its troops from Somalia.", "hypothetical"),
    ("Kenya had to withdraw its troops from Somalia.", "asserted"),
])
def test_an_obligation_is_not_the_act(extract, text, status):
    # present "has to / needs to" tells what is owed, not done; past "had to" tells it was done
    [e] = by_type(extract(text), "RETREAT")
    assert e.status == status


def test_compound_preposition_completes_a_particle_pattern(extract):
    # "pulled out of X": the parser takes "out" for a preposition whose object hangs on "of"
    [e] = extract("Canadian forces pulled out of Mali in March.")
    assert summary(e) == ("RETREAT", ["CAN"], ["MLI"])
    assert e.cameo == "087"


def test_armed_forces_leaving_a_country_withdraw(extract):
    [e] = extract("The Dutch soldiers will leave Chad next spring.")
    assert summary(e)[:2] == ("RETREAT", ["NLD"])
    assert e.cameo == "087" and e.status == "future" and e.rule.startswith("sense:troops-leave")


@pytest.mark.parametrize("text", ["The Belgian minister left Nairobi on Tuesday.",
                                  "The floods left many villages without clean water."])
def test_leaving_is_no_event_for_other_actors(extract, text):
    assert [e for e in extract(text) if e.event == "RETREAT"] == []


def test_saying_someone_committed_a_crime_accuses_them(extract):
    evs = [e for e in extract("Human Rights Watch said Ethiopian troops had committed atrocities in the region.")
           if e.event == "ACCUSE"]
    [e] = evs
    assert [r.code for r in e.recipient] == ["ETH"] and e.actor[0].code == "NGO"
    assert e.cameo == "112" and e.rule.startswith("construction:told-crime")


@pytest.mark.parametrize("text", ["The ministry said Kenyan police did not commit any abuses.",
                                  "The coach said the team committed a costly error."])
def test_no_accusation_without_a_told_crime(extract, text):
    assert [e for e in extract(text) if e.rule.startswith("construction:told-crime")] == []


def test_he_opening_a_reporting_sentence_goes_on_quoting_the_speaker_before(extract):
    es = extract("Ana Lopes, the spokeswoman for Peruvian President Dina Boluarte, said on Monday that the "
                 "office welcomed the offer. She added that Chile should withdraw its ambassador.")
    [r] = [e for e in es if e.event == "REQUEST"]
    assert summary(r) == ("REQUEST", ["PER"], ["CHL"])
    # not when the sentence before does not report anyone's words
    es = extract("The minister met Gabriel Boric and Dina Boluarte in Lima. He added that Chile should "
                 "withdraw its ambassador.")
    assert [e for e in es if e.event == "REQUEST" and any(a.code for a in e.actor)] == []


def test_whom_an_attitude_is_about_did_what_it_is_for(extract):
    es = extract("The Chilean minister was angry with Bolivia for selling weapons to the rebels.")
    [a] = [e for e in es if e.event == "AID"]
    assert [x.code for x in a.actor] == ["BOL"]
    es = extract("The Chilean president said he was very disappointed in Peru for selling oil to Bolivia.")
    [c] = [e for e in es if e.event == "COOPERATE"]
    assert summary(c) == ("COOPERATE", ["PER"], ["BOL"])


def test_whose_missile_was_launched_launched_it(extract):
    [e] = extract("A Peruvian missile was launched over Chile on Monday.")
    assert summary(e) == ("ASSAULT", ["PER"], ["CHL"])
    [e] = extract("Peru launched projectiles over Chile in 1998.")
    assert summary(e) == ("ASSAULT", ["PER"], ["CHL"])


def test_on_the_verge_of_doing_is_the_clause_subject_about_to_do_it(extract):
    [e] = extract("Peru is on the verge of invading Chile.")
    assert summary(e) == ("ASSAULT", ["PER"], ["CHL"])


def test_they_subject_goes_on_meaning_the_they_subject_before(extract):
    es = extract("The Peruvian rebels attacked Chile. They have been praised by Bolivian generals. "
                 "At great cost, they later invaded Argentina.")
    [e] = [e for e in es if e.event == "ASSAULT" and "ARG" in {r.code for r in e.recipient}]
    assert summary(e) == ("ASSAULT", ["PER"], ["ARG"])


def test_with_the_help_of_names_a_helper_not_a_target(extract):
    # "with the backing of X" tells who helps the actor; the act is not aimed at X
    [e] = by_type(extract("Kenya launched an offensive with the backing of Uganda."), "ASSAULT")
    assert summary(e) == ("ASSAULT", ["KEN"], [])
    [e] = by_type(extract("Kenya clashed with Somali troops."), "ASSAULT")
    assert summary(e) == ("ASSAULT", ["KEN"], ["SOM"])


def test_pulling_out_peacekeepers_or_observers_is_a_sanction_not_a_retreat(extract):
    # CAMEO 1661/1662: pulling out peacekeepers or observers scales back an outside presence
    [p] = extract("Senegal withdrew its peacekeepers from Darfur last week.")
    assert (p.event, p.cameo) == ("SANCTION", "1661") and [a.code for a in p.actor] == ["SEN"]
    assert p.event_loc is not None and p.event_loc.country == "SDN"  # the place left
    [o] = extract("The Arab League pulled out its monitors from Yemen.")
    assert (o.event, o.cameo) == ("SANCTION", "1662")
    [s] = extract("Oxfam pulled its staff out of the province after the raid.")
    assert (s.event, s.cameo) == ("SANCTION", "166")
    # troops pulling back stay a military retreat
    [t] = extract("Senegal withdrew its troops from Darfur last week.")
    assert (t.event, t.cameo) == ("RETREAT", "087")


def test_an_aid_group_pulling_out_is_the_phrasal_verbs_sense(extract):
    [e] = extract("Human Rights Watch pulled out of Laos amid security fears.")
    assert (e.event, e.cameo, e.rule) == ("SANCTION", "166", "sense:mission-pullout:verb:pull out")


@pytest.mark.parametrize("text", ["The guerrillas withdrew from the peace talks on Sunday.",
                                  "The guerrillas pulled out of the negotiations with the army.",
                                  "The guerrillas walked out of the talks in Oslo."])
def test_leaving_talks_halts_negotiations(extract, text):
    [e] = [e for e in extract(text) if e.event == "SANCTION"]
    assert e.cameo == "164" and [a.sector for a in e.actor] == ["REB"]


def test_forces_put_on_alert_in_the_passive_raise_their_own_alert(extract):
    [m] = extract("Border troops were put on high alert on Friday.")
    assert (m.event, m.cameo, [a.sector for a in m.actor]) == ("MOBILIZE", "152", ["MIL"])
    [p] = extract("Police in the capital were placed on maximum alert.")
    assert (p.event, p.cameo, [a.sector for a in p.actor]) == ("MOBILIZE", "151", ["COP"])
    [g] = extract("The interior ministry put the police on high alert.")
    assert (g.event, g.cameo) == ("MOBILIZE", "151")


def test_expelling_aid_agencies(extract):
    [e] = extract("The junta expelled the foreign aid agencies.")
    assert (e.event, e.cameo) == ("SANCTION", "1663")


def test_an_aid_groups_withdrawal_noun_is_a_pullout(extract):
    [e] = extract("The relief agency announced its withdrawal from Chad.")
    assert (e.event, e.cameo) == ("SANCTION", "166") and e.rule.startswith("sense:mission-pullout:noun")


def test_police_going_on_alert_raise_police_readiness(extract):
    [e] = extract("Police went on high alert before the election.")
    assert (e.event, e.cameo, e.rule) == ("MOBILIZE", "151", "sense:police-alert:verb:go on alert")


def test_alliance_troops_pulling_out_stay_a_military_retreat(extract):
    # an alliance's code (IGO) would make it a mission; its armed forces still de-escalate (087)
    [e] = extract("NATO troops withdrew from the airbase on Monday.")
    assert (e.event, e.cameo, e.rule) == ("RETREAT", "087", "sense:armed-forces-pullout:verb:withdraw")
    [r] = extract("African Union soldiers retreated from the village.")
    assert (r.event, r.cameo) == ("RETREAT", "0874")


def test_a_host_receiving_peacekeepers_lets_them_in(extract):
    [e] = [e for e in extract("Chad will receive French peacekeepers next month.") if e.event == "RETREAT"]
    assert e.cameo == "0861" and [a.code for a in e.actor] == ["TCD"]


def test_un_peacekeepers_pulling_out_is_1661(extract):
    [e] = extract("UN peacekeepers pulled out of the enclave on Friday.")
    assert (e.event, e.cameo, e.rule) == ("SANCTION", "1661", "sense:peacekeepers-pullout:verb:pull out")


def test_forcing_an_agency_out_expels_it(extract):
    [e] = extract("The regime forced the refugee agency out of the country.")
    assert (e.event, e.cameo) == ("SANCTION", "1663")


def test_a_light_nouns_of_object_completes_a_pattern(extract):
    [e] = [e for e in extract("The premier received a mission of election observers from Vienna.") if e.event == "RETREAT"]
    assert e.cameo == "0862"


def test_a_host_allowing_aid_agencies_in_lets_aid_through(extract):
    [e] = extract("The junta allowed relief agencies to work in the flooded delta.")
    assert (e.event, e.cameo, [a.sector for a in e.actor]) == ("RETREAT", "0863", ["MIL"])


def test_a_conflictual_act_its_own_actor_says_it_will_do_is_a_threat(extract):
    # CAMEO 13 is the conflictual counterpart of CAMEO 03 (express intent): a party's own word
    # that it will do a hostile act threatens its target, with the 13x row of the act's kind
    es = extract("The Kenyan foreign minister said Kenya would suspend talks with Uganda.")
    [s] = by_type(es, "SANCTION")
    assert s.status == "future"  # the act itself keeps its own record
    [t] = by_type(es, "THREATEN")
    assert (summary(t), t.cameo, t.status) == (("THREATEN", ["KEN"], ["UGA"]), "134", "asserted")
    assert t.rule.startswith("sense:stated-threat")
    [t] = by_type(extract("Kenya announced a plan to impose sanctions on Uganda."), "THREATEN")
    assert (summary(t), t.cameo) == (("THREATEN", ["KEN"], ["UGA"]), "1312")
    [t] = by_type(extract("Kenya plans to attack Ugandan rebels."), "THREATEN")
    assert summary(t)[:2] == ("THREATEN", ["KEN"]) and t.cameo == "138"
    # a condition names whom a target-less act threatens
    [t] = by_type(extract("Kenya said it will impose martial law if Ugandan rebels cross the border."), "THREATEN")
    assert (summary(t), t.cameo) == (("THREATEN", ["KEN"], ["UGA"]), "1324")


def test_foreseen_decided_past_or_target_less_hostile_acts_are_no_threats(extract):
    # another party's forecast, a decision, a past plot, a reassurance, an act aimed at nobody
    for text in ("Kenyan officials said Ugandan forces would attack Kenyan villages.",
                 "Kenya has decided to impose sanctions on Uganda.",
                 "The rebels had planned to storm the Ugandan embassy.",
                 "Kenya said it would not impose sanctions on Uganda.",
                 "Kenyan teachers said they will hold a rally on Friday.",
                 "Kenya said it would deploy more troops to the Ugandan border.",
                 "Kenyan leaders have yet to announce what action they will take against Uganda."):
        assert by_type(extract(text), "THREATEN") == [], text


def test_a_stated_refusal_to_ease_a_ban_threatens_the_ban(extract):
    # CAMEO 0812 (lift a ban on parties) refused for the future keeps the ban over them: 1322
    es = extract("The Kenyan president said he will not allow opposition parties to contest the election.")
    [t] = by_type(es, "THREATEN")
    assert (t.cameo, t.status, t.rule.split(":")[1]) == ("1322", "asserted", "refused-easing")
    assert by_type(extract("The Kenyan president did not allow opposition parties to contest the election."),
                   "THREATEN") == []


def test_a_vow_of_a_sensed_hostile_act_or_of_restraint(extract):
    [t] = by_type(extract("The Kenyan president vowed to end the protests in Nairobi."), "THREATEN")
    assert t.cameo == "137"  # the state ending dissent: violent repression threatened
    assert by_type(extract("Kenya pledged not to attack the Ugandan rebels."), "THREATEN") == []


def test_a_mission_abroad_does_not_make_the_story_its_states(extract):
    # an embassy stands in another country: its attacker is not of the embassy's state
    es = extract("The gunman drove his van into the gate of the Swedish embassy.")
    [e] = [e for e in es if e.event == "ASSAULT"]
    assert [r.code for r in e.recipient] == ["SWE"]
    assert [a.code for a in e.actor] == [None]
    assert e.event_loc is None or e.event_loc.country != "SWE"


def test_who_comes_to_the_aid_of_x_aids_x(extract):
    es = extract("Peru came to the aid of Chile after the earthquake.")
    [e] = [e for e in es if e.event == "AID"]
    assert summary(e) == ("AID", ["PER"], ["CHL"])
    es = extract("The minister asked Peru to come to Chile's aid.")
    [e] = [e for e in es if e.event == "AID"]
    assert summary(e) == ("AID", ["PER"], ["CHL"])


def test_its_weapons_test_after_a_body_of_states_is_the_states(extract):
    # the EU holds no weapons: "its" test is the state named before it
    es = extract("The EU imposed new sanctions on Iran after its nuclear test.")
    [e] = [e for e in es if e.event == "MOBILIZE"]
    assert [a.code for a in e.actor] == ["IRN"]


def test_who_after_a_country_as_by_agent_is_the_people_before(extract):
    # "who" is said of people: not of Chile, the by-agent of the participle set off before it
    es = extract("It was a betrayal of the Bolivian rebels, long armed by Chile, who have been fighting the army.")
    assert not [e for e in es if e.event == "ASSAULT" and "CHL" in {a.code for a in e.actor}]
    [e] = [e for e in es if e.event == "ASSAULT"]
    assert [a.entity_text for a in e.actor] == ["Bolivian rebels"]


def test_an_unnamed_court_is_of_the_country_where_its_linked_act_is_placed(extract):
    # one unnamed justice: the court that convicted him is the one that jailed him in Chile
    es = extract("A Peruvian engineer has been jailed for six years in Chile after he was convicted of spying.")
    [a] = [e for e in es if e.event == "ACCUSE"]
    assert [x.code for x in a.actor] == ["CHL"]
    assert a.event_loc is not None and a.event_loc.country == "CHL"


def test_the_possessor_of_a_conviction_is_the_convicted(extract):
    es = extract("Peruvian engineer John Smith was released on bail on Monday and is planning an appeal "
                 "against his conviction.")
    assert not [e for e in es if e.event == "ACCUSE" and any(a.entity_text == "his" for a in e.actor)]




def test_a_later_charge_on_the_same_person_takes_the_place_of_the_arrest(extract):
    # one case of one person: the unnamed court that charges her is of the country where she was
    # arrested, not of the country the story mostly names
    es = extract("Peruvian traders say Peruvian smugglers use fake Peruvian papers. Police arrested "
                 "Maria Lopez in Chile on Monday. She has been charged with smuggling.")
    [a] = [e for e in es if e.event == "ACCUSE"]
    assert [x.code for x in a.actor] == ["CHL"] and [x.code for x in a.recipient] == ["CHL"]
    assert a.event_loc is not None and a.event_loc.country == "CHL"


def test_a_later_charge_on_the_same_person_takes_the_country_of_the_unplaced_arrest(extract):
    es = extract("Peruvian traders say Peruvian smugglers use fake Peruvian papers. Maria Lopez, 40, was "
                 "arrested on Monday by Santiago police. She has been charged with smuggling.")
    [a] = [e for e in es if e.event == "ACCUSE"]
    assert [x.code for x in a.actor] == ["CHL"] and [x.code for x in a.recipient] == ["CHL"]


def test_coordinated_participles_share_their_by_agent(extract):
    # one "by" phrase after "attacked and burned" names who did both
    es = extract("The border post was attacked and burned by Chilean troops.")
    [a] = [e for e in es if e.event == "ASSAULT"]
    assert [x.code for x in a.actor] == ["CHL"]


def test_a_participle_coordinated_with_a_finite_verb_takes_no_by_agent():
    from newsevents.events.roles import _shared_agent
    from newsevents.nlp import load

    doc = load()("The border post was attacked and burned by Chilean troops.")
    [attacked] = [t for t in doc if t.lower_ == "attacked"]
    assert _shared_agent(attacked).lower_ == "troops"
    doc = load()("The talks resumed and were hosted by Chile.")
    [resumed] = [t for t in doc if t.lower_ == "resumed"]
    assert _shared_agent(resumed) is None


def test_the_noun_before_a_negated_gerund_is_its_subject(extract):
    # "Trump steering clear ... and Pyongyang not carrying out ...": the parser coordinates the
    # second gerund's subject with the first clause's object; it is still who does the test
    evs = extract("The calm both capitals kept, Trump steering clear of the border and "
                  "Pyongyang not carrying out a missile test for months, is welcome.")
    tests = [e for e in evs if e.event == "MOBILIZE"]
    assert [summary(e) for e in tests] == [("MOBILIZE", ["PRK"], [])]
    assert tests[0].status == "negated"


def test_a_missile_that_comes_down_near_a_country_is_fired_at_it(extract):
    # where the projectiles landed is what they were fired at: no weapons test
    [e] = extract("Iran fired three rockets on Sunday, with two landing just off the coast of Iraq.")
    assert summary(e) == ("ASSAULT", ["IRN"], ["IRQ"]) and "weapons-test" not in e.rule
    [e] = extract("Syria launched two missiles which fell near Jordan.")
    assert summary(e) == ("ASSAULT", ["SYR"], ["JOR"])
    [e] = extract("Syria launched two missiles which exploded in the air.")  # came down nowhere named
    assert summary(e) == ("MOBILIZE", ["SYR"], [])


def test_cheering_a_named_party_is_praise_and_cheering_alone_is_no_event(extract):
    # CAMEO 051 praise or endorse: the crowd's cheer is aimed at someone it names
    [e] = extract("The Kenyan opposition leader was cheered by a crowd outside the court in Nairobi.")
    assert (e.event, e.cameo) == ("SUPPORT", "051") and summary(e) == ("SUPPORT", ["KEN"], ["KEN"])
    assert e.actor[0].sector == "CVL"
    [e] = extract("Kenyan students cheered President Ruto in Nairobi.")
    assert summary(e) == ("SUPPORT", ["KEN"], ["KEN"])
    assert extract("Hundreds of Kenyan students cheered as the police left.") == []
    assert extract("Kenyan investors cheered the jobs data.") == []


def test_forces_deployed_with_no_agent_are_their_own_sides_move(extract):
    # "were deployed" / "the deployment of X" with nobody named as sending them: the forces' side
    [e] = extract("Chinese soldiers were deployed along the mountain frontier on Tuesday.")
    assert (e.event, e.cameo, [(a.code, a.sector) for a in e.actor]) == ("MOBILIZE", "154", [("CHN", "MIL")])
    [f] = extract("Chilean troops are expected to be stationed in the northern desert.")
    assert (f.event, [a.code for a in f.actor], f.status) == ("MOBILIZE", ["CHL"], "future")
    [n] = extract("The mobilisation of Venezuelan reservists began on Monday.")
    assert (n.event, n.cameo, [a.code for a in n.actor]) == ("MOBILIZE", "154", ["VEN"])
    # a deployed thing that is no armed force names no actor
    assert [x for x in extract("Extra food was deployed to the stricken valley.") if x.event == "MOBILIZE"] == []


def test_put_on_alert_with_the_phrase_hung_on_the_objects_participle(extract):
    [e] = [x for x in extract("The Peruvian government put the border units guarding the river crossings on maximum alert.")
           if x.rule.endswith("put on alert")]
    assert (e.event, e.cameo, [a.code for a in e.actor]) == ("MOBILIZE", "152", ["PER"])


def test_letting_in_a_body_of_observers_or_their_return_is_receiving_them(extract):
    [e] = extract("Zimbabwe admitted an observer team from the Commonwealth.")
    assert (e.event, e.cameo, [a.code for a in e.actor]) == ("RETREAT", "0862", ["ZWE"])
    [r] = extract("Belarus allowed the inspectors to return to its nuclear site.")
    assert (r.event, r.cameo, [a.code for a in r.actor]) == ("RETREAT", "0862", ["BLR"])


def test_the_of_object_of_a_meeting_noun_names_who_meets(extract):
    [e] = [x for x in extract("The meeting of Kenyan envoys with the Ugandan president lasted three hours.")
           if x.event == "CONSULT"]
    assert ([a.code for a in e.actor], [r.code for r in e.recipient]) == (["KEN"], ["UGA"])


def test_a_visit_as_the_setting_of_a_saying_is_the_speakers_visit(extract):
    [e] = [x for x in extract("The Italian prime minister said on a visit to Tunisia that trade would grow.")
           if x.event == "CONSULT"]
    assert (e.cameo, [a.code for a in e.actor], [r.code for r in e.recipient]) == ("042", ["ITA"], ["TUN"])


def test_a_raising_participle_on_a_noun_takes_the_noun_as_subject(extract):
    [e] = [x for x in extract("Trade is growing, with Norway and four other states set to begin new trade talks in Oslo.")
           if x.event == "CONSULT"]
    assert [a.code for a in e.actor] == ["NOR"] and e.status == "future"


def test_a_hyphenated_event_noun_split_by_the_tokenizer_is_one_word(extract):
    [e] = extract("Azerbaijan began a military build-up near the Armenian frontier.")
    assert (e.event, e.cameo, [a.code for a in e.actor]) == ("MOBILIZE", "150", ["AZE"])
    [c] = extract("The Sudanese army observed the cease-fire on Sunday.")
    assert (c.event, c.cameo, [a.code for a in c.actor]) == ("RETREAT", "0871", ["SDN"])
    [u] = extract("The call-up of Belarusian reservists started in May.")
    assert (u.event, u.cameo, [a.code for a in u.actor]) == ("MOBILIZE", "154", ["BLR"])


def test_forces_put_on_combat_readiness_raise_military_alert(extract):
    [e] = extract("Greece put its navy on combat readiness.")
    assert (e.event, e.cameo, [a.code for a in e.actor]) == ("MOBILIZE", "152", ["GRC"])


def test_letting_observers_be_admitted_is_letting_them_in(extract):
    [e] = [x for x in extract("The Malawian government allowed foreign observers to be admitted to the count.")
           if x.event == "RETREAT"]
    assert (e.cameo, [a.code for a in e.actor]) == ("0862", ["MWI"])


def test_who_undoes_a_document_did_not_adopt_what_it_says(extract):
    # the vetoing state does not call on anyone: the resolution it vetoed did
    evs = extract("Russia vetoed a resolution that called on Syria to stop the shelling.")
    assert [(e.event, [a.code for a in e.actor]) for e in evs if e.event == "REQUEST"] == []
    assert [(e.event, [a.code for a in e.actor]) for e in evs if e.event == "REJECT"] == [("REJECT", ["RUS"])]


def test_a_deployment_of_peacekeepers_is_peacekeeping_aid_like_the_verb(extract):
    [e] = extract("The African Union approved the deployment of 2,000 peacekeepers on Tuesday.")
    assert (e.event, e.cameo, [a.code for a in e.actor]) == ("AID", "074", ["IGO"])
    [t] = extract("Nigeria ordered the deployment of 500 troops to the delta.")
    assert (t.event, [a.code for a in t.actor]) == ("MOBILIZE", ["NGA"])


def test_a_by_phrase_hung_on_an_active_verb_names_its_object_nouns_doer(extract):
    [e] = [x for x in extract("The parliament voted to oppose further deployments by Turkish warships.")
           if x.event == "MOBILIZE"]
    assert [a.code for a in e.actor] == ["TUR"]


def test_the_country_is_the_one_state_just_named(extract):
    # "the country" as an actor is the one state named in its sentence or the one before
    es = extract("Cuba hosted the summit on Monday. The country pledged to help Haiti.")
    [a] = by_type(es, "AGREE")
    assert summary(a) == ("AGREE", ["CUB"], ["HTI"])
    # two states named before: it could be either, so no actor
    es = extract("Kenyan troops entered Somalia on Monday. The country pledged to help Haiti.")
    assert by_type(es, "AGREE") == []


def test_plural_sector_nouns_of_the_media(extract):
    # "newspapers", "news outlets" are the media like "newspaper", "news outlet"
    es = extract("Kenyan newspapers accused the government of censorship.")
    [a] = by_type(es, "ACCUSE")
    assert [(x.code, x.sector) for x in a.actor] == [("KEN", "MED")]


def test_it_is_the_body_that_says_it(extract):
    # "The Kenyan government said it would ...": a body noun subject of the reporting verb
    es = extract("The Kenyan government announced on Monday that it had withdrawn its troops from Somalia.")
    [r] = by_type(es, "RETREAT")
    assert summary(r)[1] == ["KEN"]
    # a country name the tagger may take for a person's is still a thing "it" can stand for
    es = extract("Vanuatu says it is considering sending soldiers to Mali.")
    [m] = by_type(es, "MOBILIZE")
    assert summary(m)[1] == ["VUT"]


@pytest.mark.parametrize("text,words", [
    ("The Kenyan opposition leader is serving a ten-year sentence for sedition.", "serving sentence"),
    ("A Kenyan blogger received a five-year sentence last month.", "received sentence"),
    ("The Kenyan journalist was handed a three-year sentence for espionage.", "handed sentence"),
])
def test_the_prisoner_serving_or_handed_a_sentence_is_the_recipient(extract, text, words):
    # a prison sentence is COERCE/arrest (173) by our annotation guide; the prisoner undergoes it
    # and the court that passed it is the country's judiciary
    [e] = by_type(extract(text), "COERCE")
    assert e.event_text == words and e.cameo == "173"
    assert [(a.sector, a.code) for a in e.actor] == [("JUD", "KEN")]
    assert [r.code for r in e.recipient] == ["KEN"] and e.rule.endswith("+implied-agent")


def test_a_court_handing_down_a_sentence_acts_on_the_prisoner(extract):
    [e] = by_type(extract("A Russian court handed down a harsh sentence to the Ukrainian pilot."), "COERCE")
    assert summary(e) == ("COERCE", ["RUS"], ["UKR"]) and e.cameo == "173"


def test_halting_air_strikes_scales_down_military_action_not_dissent(extract):
    # CAMEO 087 (scale down military action, RETREAT) for an attack ended; 082 (dissent) for a walkout
    [e] = extract("Chile halted air strikes on the rebel camps.")
    assert (e.event, e.cameo) == ("RETREAT", "087") and [a.code for a in e.actor] == ["CHL"]
    [e] = extract("Chilean teachers halted their national strike.")
    assert (e.event, e.cameo) == ("CONCEDE", "082")


@pytest.mark.parametrize("text,cameo,ousted", [
    ("Peru ordered two Chilean diplomats to leave the country.", "166", "CHL"),
    ("The Malian junta ordered UN peacekeepers to leave.", "1661", "UNO"),
])
def test_ordering_envoys_or_peacekeepers_to_leave_expels_them(extract, text, cameo, ousted):
    [e] = by_type(extract(text), "SANCTION")
    assert e.cameo == cameo and e.rule.startswith("sense:ordered-to-leave")
    assert [r.code for r in e.recipient] == [ousted]
    assert by_type(extract(text), "RETREAT") == []


def test_ordering_residents_to_leave_is_no_expulsion(extract):
    assert by_type(extract("The Peruvian army ordered residents to leave the town."), "SANCTION") == []


def test_a_participle_before_the_people_addressed_is_no_act_of_the_speaker(extract):
    # "told cheering supporters": the supporters cheer; the speaker praises no one
    assert by_type(extract("The Chilean president told cheering supporters that the vote was rigged."), "SUPPORT") == []
    [e] = by_type(extract("Chilean crowds kept cheering the president."), "SUPPORT")
    assert e.event_text == "cheering"


@pytest.mark.parametrize("sentence,cameo,status", [
    ("The EU and Japan struck a free trade agreement.", "030", "asserted"),
    ("The EU failed to strike a free trade agreement with Japan.", "030", "negated"),
    ("Russia and Turkey struck a compromise over Idlib.", "037", "asserted"),
])
def test_striking_an_agreement_agrees_and_attacks_nobody(extract, sentence, cameo, status):
    es = extract(sentence)
    assert by_type(es, "ASSAULT") == []
    assert [(e.cameo, e.status) for e in by_type(es, "AGREE")] == [(cameo, status)]
