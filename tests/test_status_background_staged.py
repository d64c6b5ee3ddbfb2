"""Precision round 2 on whether and when: the content of a call, a manner-only negation, a factual
"even if", "no matter how", adjectives of ease, acts at the end of the present year, "when" clauses
dated by their time, drills and acts of a kind of party.  Sentences are invented."""
import pytest

from newsevents.records import Article

from coding import by_type

PUB = "2018-12-18"


def _extract(pipeline, text):
    return pipeline.extract(Article(story_id="t", text=text, published=PUB))


def test_hard_to_destroy_is_no_event(pipeline):
    es = by_type(_extract(pipeline, "Extremist groups also mutate in ways that make them hard to destroy outright."),
                 "ASSAULT")
    assert es == []


def test_more_difficult_to_send_aid_is_no_event(pipeline):
    es = _extract(pipeline, "The government has limited the aid provided by the UN, and infighting between rebels "
                            "has made it more difficult to send aid.")
    assert [e.status for e in by_type(es, "AID")] == ["asserted"]


def test_difficult_to_defeat_under_make_is_no_event(pipeline):
    es = by_type(_extract(pipeline, "The mountains make the militants difficult to defeat."), "ASSAULT")
    assert es == []


def test_when_clause_on_a_year_takes_the_year(pipeline):
    es = by_type(_extract(pipeline, "They were kidnapped by Islamic State in 2014 when the group stormed "
                                    "across the border from Syria."), "ASSAULT")
    stormed = [e for e in es if "storm" in e.event_text]
    assert len(stormed) == 1
    assert (stormed[0].date, stormed[0].historical) == ("2014", True)


def test_war_games_against_mock_targets_are_no_attack(pipeline):
    es = _extract(pipeline, "The war games included attacks against a mock missile launch site with mock radars.")
    assert by_type(es, "ASSAULT") == []


def test_drill_that_includes_an_assault_is_no_assault(pipeline):
    es = _extract(pipeline, "South Korean marines held a drill on Monday. The drill included an assault on "
                            "an island by Korean marines.")
    assert by_type(es, "ASSAULT") == []


def test_real_attack_on_a_base_stays(pipeline):
    es = by_type(_extract(pipeline, "Rebels attacked an army base near Idlib on Monday."), "ASSAULT")
    assert len(es) == 1


def test_kind_of_firm_trading_is_no_event(pipeline):
    es = _extract(pipeline, "The EU has devised a vehicle to resist US sanctions on firms that continue to "
                            "trade with Iran.")
    assert by_type(es, "COOPERATE") == []


def test_families_seeking_justice_is_no_request(pipeline):
    es = _extract(pipeline, "A diplomat said: \"There are tremendous consequences for families seeking justice.\"")
    assert by_type(es, "REQUEST") == []


def test_people_who_want_to_fight_is_no_event(pipeline):
    es = _extract(pipeline, "There are plenty of people up here who want to fight.")
    assert by_type(es, "ASSAULT") == []


def test_named_forces_assisting_name_their_side(pipeline):
    # not a kind of party (generic_act keeps named forces), but since round news20 a participle of
    # standing with a side describes the forces, no act of the news (coder._describes_alignment);
    # the recall talked of is what the sentence tells
    es = _extract(pipeline, "He talks of recalling US forces assisting Kurdish fighters.")
    assert by_type(es, "AID") == []
    es = by_type(_extract(pipeline, "US forces assisted Kurdish fighters near Manbij on Monday."), "AID")
    assert len(es) == 1 and es[0].actor[0].code == "USA"


def test_aim_after_scene_of_fighting_is_hypothetical(pipeline):
    es = [e for e in _extract(pipeline, "The province is still the scene of fierce fighting to destroy Isis.")
          if e.cameo == "1712"]
    assert len(es) == 1 and es[0].status == "hypothetical"


def test_after_a_dated_possessor_takes_its_month(pipeline):
    es = by_type(pipeline.extract(Article(story_id="t", published="2018-08-11", text=(
        "Airstrikes by US and French forces on regime targets after April's chlorine gas attack in Douma "
        "were intended to provide reassurance."))), "ASSAULT")
    strikes = [e for e in es if e.event_text.lower().startswith("airstrike")]
    assert len(strikes) == 1
    assert (strikes[0].date, strikes[0].historical) == ("2018-04", True)


def test_place_dated_in_history_elsewhere_dates_its_massacre(pipeline):
    es = by_type(_extract(pipeline, "The town is turning into another Srebrenica. Today, like Srebrenica in 1995, "
                                    "crimes are being committed. In Srebrenica, about 8,000 men and boys were "
                                    "massacred in a few days."), "ASSAULT")
    massacre = [e for e in es if e.event_text.startswith("massacre")]
    assert len(massacre) == 1
    assert (massacre[0].date, massacre[0].historical) == ("1995", True)


def test_place_with_a_recent_time_is_not_history(pipeline):
    es = by_type(_extract(pipeline, "Aleppo in 2016 fell to the army. Aleppo on Monday was calm. In Aleppo, "
                                    "rebels attacked a checkpoint."), "ASSAULT")
    attack = [e for e in es if e.event_text.startswith("attack")]
    assert len(attack) == 1 and attack[0].historical is False


def test_rebels_fighting_a_named_party_describe_the_rebels(pipeline):
    # kept as told by generic_act (a named party is no kind); since news24 the participle on the
    # fighters names them by their war and gives no record (a blind judge of batch E called it a
    # describing phrase); a clause of its own stays
    es = by_type(_extract(pipeline, "The region is one of the last strongholds of rebels fighting the regime of "
                                    "Syria's president, Bashar al-Assad."), "ASSAULT")
    assert es == []
    es = by_type(_extract(pipeline, "Rebels fought the regime of Syria's president, Bashar al-Assad, in Idlib."),
                 "ASSAULT")
    assert len(es) == 1


#: (case, sentence, event type, the one record's status)
ONE_RECORD_STATUS = [
    ('for_clause_after_call_noun_is_hypothetical',
     'Britain has been at the forefront of calls for the Syrian president to leave office as part of a transition.',
     'CONCEDE', 'hypothetical'),
    ('for_clause_after_appeal_noun_is_hypothetical',
     'The minister renewed her appeal for the rebels to lay down their weapons.',
     'RETREAT', 'hypothetical'),
    ('while_participle_shares_the_future',
     'The office hopes Pyongyang will resolve the crisis while closely cooperating with Washington.',
     'COOPERATE', 'future'),
    ('while_participle_not_negated_with_its_head',
     'The army did not open fire while retreating from the town.',
     'RETREAT', 'asserted'),
    ('negated_manner_leaves_the_act',
     'Trump has said he will not allow US troops to leave in a way that endangers the Kurdish forces.',
     'RETREAT', 'future'),
    ('bare_infinitive_after_let_is_negated',
     'The government says it will not let the army withdraw from the city.',
     'RETREAT', 'negated'),
    ('in_any_way_keeps_the_negation',
     'The government will not in any way negotiate with the rebels.',
     'CONSULT', 'negated'),
    ('even_if_in_the_present_grants_a_fact',
     'Germany still backs the sanctions, even if it criticises the embargo on medicine.',
     'ACCUSE', 'asserted'),
    ('even_if_under_will_supposes',
     'The army will retaliate even if the rebels withdraw.',
     'RETREAT', 'hypothetical'),
    ('no_matter_how_supposes',
     'No matter how much America wants to attack us, we will not give up our weapons.',
     'ASSAULT', 'hypothetical'),
    ('present_tense_at_end_of_year_is_future',
     'The minister resigns at the end of the month.',
     'CONCEDE', 'future'),
    ('past_tense_at_end_of_year_stays_asserted',
     'The envoy stepped down at the end of the year.',
     'CONCEDE', 'asserted'),
    ('protesters_demanding_in_the_past_stay',
     'Protesters demanding his resignation clashed with police.',
     'REQUEST', 'asserted'),
    ('one_of_those_sanctioned_under_would_have_to',
     'The permanent secretary would have to be one of those sanctioned by Washington.',
     'SANCTION', 'hypothetical'),
    ('among_those_arrested_is_told',
     'The journalist was among those arrested by police.',
     'COERCE', 'asserted'),
    ('talks_under_preconditions_are_hypothetical',
     'He blamed the Syrian government delegation for setting preconditions on holding direct talks with the opposition.',
     'CONSULT', 'hypothetical'),
    ('set_to_stays_a_plan',
     'The president is set to hold talks with the opposition.',
     'CONSULT', 'future'),
    ('endorsement_sought_is_hypothetical',
     'The government sent the plan to the UN for its endorsement.',
     'SUPPORT', 'hypothetical'),
    ('scene_set_for_a_clash_is_hypothetical',
     'The threats set the scene for a clash between Turkish forces and US troops.',
     'ASSAULT', 'hypothetical'),
    ('way_paved_for_talks_is_hypothetical',
     'The agreement paved the way for talks between Israel and the Palestinians.',
     'CONSULT', 'hypothetical'),
    ('endorsement_sought_after_passed_proposals_is_hypothetical',
     "The agreement on the committee's formation was reached by the three countries on Tuesday and the proposals passed to the UN special envoy, Staffan de Mistura, for his endorsement.",
     'SUPPORT', 'hypothetical'),
    ('objections_over_which_a_plan_was_agreed_are_told',
     'A British proposal to strengthen the OPCW, agreed in June over Russian objections, was seen as important.',
     'ACCUSE', 'asserted'),
    ('whether_with_will_stays_open',
     'Turkey has not yet decided whether it will allow refugees into the area.',
     'AID', 'hypothetical'),
    ('even_if_with_will_stays_future',
     'The army will retaliate, even if the rebels will withdraw.',
     'ASSAULT', 'future'),
]


@pytest.mark.parametrize("case,sentence,event,status", ONE_RECORD_STATUS, ids=[r[0] for r in ONE_RECORD_STATUS])
def test_one_record_with_its_status(pipeline, case, sentence, event, status):
    es = by_type(_extract(pipeline, sentence), event)
    assert len(es) == 1 and es[0].status == status


def test_if_with_will_is_supposed_and_its_main_clause_planned(pipeline):
    es = by_type(_extract(pipeline, "Officials said that if Iran will release the sailors, Britain will lift "
                                    "the sanctions."), "RETREAT")
    assert sorted((e.cameo, e.status) for e in es) == [("0841", "hypothetical"), ("085", "future")]
