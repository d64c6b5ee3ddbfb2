"""Precision round news22 on fresh Guardian articles: an act named only as a capacity or a
disposition ("the ability to murder"), a place described by what was done to it ("areas liberated
from Isis"), the endangering sense of "threaten" and the showing sense of "demonstrate", "has yet
to" read as an obligation, volunteering read as an offer, "fighting alongside" as a description of
the fighters, and a purpose infinitive whose head act was not done.  Sentences are invented, in
the wording of the articles."""
from newsevents.records import Article

from coding import by_type

PUB = "2018-04-10"


def _extract(pipeline, text):
    return pipeline.extract(Article(story_id="t", text=text, published=PUB))


def test_ability_to_act_is_no_event(pipeline):
    es = _extract(pipeline, "It is time to curb Bashar al-Assad's ability to murder Syria's citizens at will.")
    assert by_type(es, "ASSAULT") == []


def test_capacity_to_finance_is_no_event(pipeline):
    # was a hypothetical AID record until news22 (a blind judge of batch G called it no event)
    es = _extract(pipeline, "The capacity of the US to finance the reconstruction of Syria would give Washington "
                            "leverage.")
    assert by_type(es, "AID") == []


def test_motivation_to_act_hung_on_the_verb_is_no_event(pipeline):
    es = _extract(pipeline, "Only the Syrian regime and its Russian backers have the assets and the motivation "
                            "to launch such merciless attacks on civilian targets.")
    assert by_type(es, "ASSAULT") == []


def test_eagerness_to_disengage_is_no_event(pipeline):
    es = _extract(pipeline, "The scenes in Douma have jammed the brakes on Trump's eagerness to disengage from "
                            "the Syrian conflict.")
    assert by_type(es, "RETREAT") == []


def test_plan_to_attack_keeps_its_record(pipeline):
    es = by_type(_extract(pipeline, "Britain said it had uncovered Iran's plan to attack Israeli targets."), "ASSAULT")
    assert [(e.event_text, e.status) for e in es] == [("attack", "future")]


def test_place_described_by_a_participle_is_no_act(pipeline):
    es = _extract(pipeline, "Turkey accused the Kurds of wanting to establish a statelet in areas liberated from Isis.")
    assert by_type(es, "ASSAULT") == []
    es = _extract(pipeline, "Shamima is currently in a camp surrounded by Isis sympathisers.")
    assert by_type(es, "COERCE") == []


def test_place_participle_with_its_own_time_stays(pipeline):
    es = by_type(_extract(pipeline, "Rebels shelled the town, captured by government forces on Monday."), "ASSAULT")
    assert sorted(e.event_text for e in es) == ["captured", "shelled"]


def test_place_participle_of_a_blow_stays(pipeline):
    es = by_type(_extract(pipeline, "The UN said the village, bombed by Russian jets, had no water."), "ASSAULT")
    assert [(e.event_text, [a.entity_text for a in e.actor]) for e in es] == [("bombed", ["Russian jets"])]


def test_threaten_integrity_endangers(pipeline):
    es = _extract(pipeline, "Turkey says its operation is aimed at terrorist organisations that threaten the "
                            "territorial integrity and political unity of Syria.")
    assert by_type(es, "THREATEN") == []


def test_a_strike_threatening_personnel_is_no_threat(pipeline):
    es = _extract(pipeline, "Russia said it would shoot down missiles if a US strike on Syria threatened Russian "
                            "military personnel.")
    assert [e.event_text for e in by_type(es, "THREATEN")] == ["shoot down"]  # Russia's stated threat only


def test_a_state_threatening_stays(pipeline):
    es = by_type(_extract(pipeline, "Turkey threatened Syria with military action on Monday."), "THREATEN")
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in es] == [(["TUR"], ["SYR"])]


def test_clashes_demonstrated_is_no_protest(pipeline):
    es = _extract(pipeline, "Iran is using Syrian territory as a launchpad, as last weekend's aerial clashes demonstrated.")
    assert by_type(es, "PROTEST") == []
    es = by_type(_extract(pipeline, "Thousands demonstrated in Cairo on Friday against the government."), "PROTEST")
    assert [e.event_text for e in es] == ["demonstrated against"]


def test_a_word_of_protest_is_no_protest(pipeline):
    es = _extract(pipeline, "The government arrested thousands of activists, with barely a word of protest from Europe.")
    assert by_type(es, "PROTEST") == []


def test_has_yet_to_is_no_demand(pipeline):
    es = _extract(pipeline, "\"President Trump has yet to be faced with a true international crisis,\" said "
                            "Alexandra Bell, a senior policy director at the Centre for Arms Control.")
    assert by_type(es, "REQUEST") == []
    es = by_type(_extract(pipeline, "The minister said Pakistan has to do more against militants."), "REQUEST")
    assert [[r.code for r in e.recipient] for e in es] == [["PAK"]]


def test_volunteering_with_a_unit_is_no_offer(pipeline):
    es = _extract(pipeline, "Anna Campbell was volunteering with the Kurdish Women's Protection Units in Afrin.")
    assert by_type(es, "AGREE") == []
    es = by_type(_extract(pipeline, "Japan volunteered to host the talks."), "AGREE")
    assert [e.event_text for e in es] == ["volunteered"]


def test_refused_to_lift_a_finger_is_no_rejection(pipeline):
    es = _extract(pipeline, "Even the US has refused to lift a finger to defend Afrin.")
    assert by_type(es, "REJECT") == []
    assert [e.status for e in by_type(es, "SUPPORT")] == ["negated"]


def test_fighting_alongside_as_a_description_is_no_cooperation(pipeline):
    es = _extract(pipeline, "A British woman fighting alongside Kurdish forces in Afrin has been killed, her "
                            "commanders said.")
    assert by_type(es, "COOPERATE") == []
    es = by_type(_extract(pipeline, "Russian mercenaries fought alongside Syrian troops near Deir ez-Zor last week."),
                 "COOPERATE")
    assert [e.event_text for e in es] == ["fought alongside"]


def test_purpose_of_a_refused_act_is_not_done(pipeline):
    es = _extract(pipeline, "Germany refused to send troops to fight Isis.")
    assert [(e.event, e.status) for e in es if e.event in ("MOBILIZE", "ASSAULT")] == [
        ("MOBILIZE", "negated"), ("ASSAULT", "negated")]
    es = by_type(_extract(pipeline, "Germany sent troops to fight Isis."), "ASSAULT")
    assert [e.status for e in es] == ["asserted"]


def test_a_move_sanctioned_is_approved_not_penalised(pipeline):
    assert by_type(_extract(pipeline, "The move was quietly sanctioned by Moscow."), "SANCTION") == []
    es = by_type(_extract(pipeline, "The US sanctioned Russian banks on Monday."), "SANCTION")
    assert [[a.code for a in e.actor] for e in es] == [["USA"]]


def test_protesters_occupying_stations_block_them(pipeline):
    es = _extract(pipeline, "British Kurds are occupying train stations and roads because no one will listen to them.")
    assert by_type(es, "COERCE") == []
    assert [(e.mode, e.cameo) for e in by_type(es, "PROTEST")] == [("obstruct", "144")]


def test_struck_a_rapprochement_and_picked_a_fight_are_no_attacks(pipeline):
    es = _extract(pipeline, "While Ankara has not struck a rapprochement with Assad, it has told Russia that his "
                            "survival is a reality.")
    assert by_type(es, "ASSAULT") == []
    assert by_type(_extract(pipeline, "Erdogan has picked a fight with an old enemy, Greece, in recent weeks."),
                   "ASSAULT") == []
    es = by_type(_extract(pipeline, "Turkish jets struck Kurdish positions in Afrin on Sunday."), "ASSAULT")
    assert [e.event_text for e in es] == ["struck"]


def test_fighting_a_measure_is_no_attack(pipeline):
    es = _extract(pipeline, "The Saudi-led coalition has fought any UN attempt to constrain its military operations.")
    assert by_type(es, "ASSAULT") == []
    es = by_type(_extract(pipeline, "The army fought rebels near Aleppo on Monday."), "ASSAULT")
    assert [[r.entity_text for r in e.recipient] for e in es] == [["rebels"]]


def test_leaving_someone_alone_is_no_pullout(pipeline):
    es = _extract(pipeline, "These militias now are not leaving anyone alone in Afrin.")
    assert by_type(es, "RETREAT") == []
    es = _extract(pipeline, "They have requested that they are left alone by the media.")
    assert by_type(es, "SANCTION") == []
    es = by_type(_extract(pipeline, "US troops will leave Syria by the spring."), "RETREAT")
    assert [(e.event_text, e.status) for e in es] == [("leave", "future")]


def test_danger_or_fear_of_an_act_is_only_possible(pipeline):
    es = by_type(_extract(pipeline, "Russian officials have warned of the dangers of a military clash with the "
                                    "United States."), "ASSAULT")
    assert [e.status for e in es] == ["hypothetical"]
    es = by_type(_extract(pipeline, "Officials raised fears of a Turkish attack on Manbij."), "ASSAULT")
    assert [e.status for e in es] == ["hypothetical"]
    es = by_type(_extract(pipeline, "Troops clashed with protesters in the capital on Monday."), "ASSAULT")
    assert [e.status for e in es] == ["asserted"]


def test_give_in_with_an_object_is_another_sense(pipeline):
    es = _extract(pipeline, "Katherine Brown, an academic who has given evidence in cases of women involved in "
                            "terrorism, told the Guardian that a middle ground needs to be found.")
    assert by_type(es, "CONCEDE") == []
    es = _extract(pipeline, "Shamima Begum says she wants to return to Britain, having given birth to a son on "
                            "Saturday while in a refugee camp in Syria.")
    assert by_type(es, "CONCEDE") == []
    es = by_type(_extract(pipeline, "The government finally gave in to the protesters' demands on Monday."), "CONCEDE")
    assert [e.event_text for e in es] == ["gave in to"]


def test_an_act_said_likely_or_unlikely_is_only_possible(pipeline):
    es = by_type(_extract(pipeline, "He said he did not think a direct military clash with the US was likely."),
                 "ASSAULT")
    assert [e.status for e in es] == ["hypothetical"]
    es = by_type(_extract(pipeline, "A US strike on Syria was unlikely, officials said."), "ASSAULT")
    assert [e.status for e in es] == ["hypothetical"]
    es = by_type(_extract(pipeline, "The strike was carried out by US jets on Monday."), "ASSAULT")
    assert [e.status for e in es] == ["asserted"]


def test_would_rather_is_a_preference(pipeline):
    es = by_type(_extract(pipeline, "The rebel who trained in Turkey said: \"I would rather go fight HTS and the "
                                    "regime.\""), "ASSAULT")
    assert [e.status for e in es] == ["hypothetical"]
    es = by_type(_extract(pipeline, "Rebels attacked the regime rather than HTS."), "ASSAULT")
    assert [e.status for e in es] == ["asserted"]
