"""MOBILIZE and RETREAT: raising armed forces or police, pulling out, disarming, ending a conflict,
handing back property and freeing prisoners (invented sentences)."""

from newsevents.records import Article


def _coded(pipeline, sentence):
    doc = pipeline.nlp(sentence)
    return pipeline.code_doc(doc, Article(story_id="t", text=sentence, published="2021-03-08"))


def _one(pipeline, sentence, event):
    found = [e for e in _coded(pipeline, sentence) if e.event == event]
    assert len(found) == 1, [(e.event, e.event_text) for e in _coded(pipeline, sentence)]
    return found[0]


def test_forming_a_militia_musters_armed_forces(pipeline):
    e = _one(pipeline, "Rebel commanders in Darfur formed a militia in the north last month.", "MOBILIZE")
    assert (e.cameo, e.mode, e.status) == ("154", "troops", "asserted")


def test_an_armed_group_recruiting_expands_its_forces_but_a_firm_recruiting_is_no_event(pipeline):
    e = _one(pipeline, "Islamic State recruited hundreds of young men in Europe.", "MOBILIZE")
    assert (e.cameo, [a.sector for a in e.actor]) == ("154", ["REB"])
    assert e.rule == "sense:armed-recruitment:verb:recruit"
    assert not [x for x in _coded(pipeline, "Siemens recruited 300 engineers in Munich.") if x.event == "MOBILIZE"]


def test_police_recruiting_expands_police_power(pipeline):
    e = _one(pipeline, "The Nigerian police recruited 10,000 new men last year.", "MOBILIZE")
    assert (e.cameo, e.mode, [a.code for a in e.actor]) == ("153", "police", ["NGA"])


def test_calling_upon_conscripts_mobilizes_them(pipeline):
    e = _one(pipeline, "The Malian army called upon its conscripts to prepare for a new offensive.", "MOBILIZE")
    assert (e.cameo, e.event_text) == ("154", "called upon conscripts")


def test_police_called_in_by_the_hundred_are_mobilized(pipeline):
    e = _one(pipeline, "Hundreds of French police officers were called in to control the riots.", "MOBILIZE")
    assert (e.cameo, e.mode, [a.sector for a in e.actor]) == ("153", "police", ["COP"])


def test_counting_nouns_reach_the_forces_sent(pipeline):
    e = _one(pipeline, "The Kenyan government sent hundreds of riot police to the square.", "MOBILIZE")
    assert (e.cameo, e.event_text, [a.code for a in e.actor]) == ("153", "sent police", ["KEN"])


def test_ordering_police_to_a_place_deploys_them_but_ordering_them_to_act_does_not(pipeline):
    e = _one(pipeline, "The Kenyan president ordered police to the city center on Sunday.", "MOBILIZE")
    assert (e.cameo, e.event_text) == ("153", "ordered police to")
    assert not [x for x in _coded(pipeline, "The Kenyan president ordered police to arrest the leaders.")
                if x.event_text == "ordered police to"]


def test_the_process_of_withdrawing_is_done_by_who_begins_it_with_its_modality(pipeline):
    e = _one(pipeline, "Colombia has started the process of withdrawing its military forces from Ghana.", "RETREAT")
    assert ([a.code for a in e.actor], [r.code for r in e.recipient], e.status) == (["COL"], ["GHA"], "asserted")
    e = _one(pipeline, "Britain will begin the process of withdrawing its forces from Cyprus.", "RETREAT")
    assert ([a.code for a in e.actor], e.status) == (["GBR"], "future")


def test_removing_troops_pulls_them_out(pipeline):
    e = _one(pipeline, "France removed half its troops from Niger in August.", "RETREAT")
    assert (e.cameo, e.mode, [a.code for a in e.actor]) == ("087", "withdraw", ["FRA"])


def test_an_armed_group_disbanding_demobilizes_while_a_state_disbanding_a_party_bans_it(pipeline):
    e = _one(pipeline, "The Kurdish rebel group disbanded on Sunday.", "RETREAT")
    assert (e.cameo, e.mode) == ("0873", "disarm")
    e = _one(pipeline, "The Thai government disbanded the opposition party.", "COERCE")
    assert e.cameo == "1722"


def test_putting_down_firearms_and_turning_over_arms_disarm(pipeline):
    e = _one(pipeline, "Militia members in Oregon put down their firearms on Wednesday.", "RETREAT")
    assert (e.cameo, e.event_text) == ("0873", "put down firearms")
    e = _one(pipeline, "The Moro rebels turned over their arms to the Philippine army.", "RETREAT")
    assert (e.cameo, e.mode) == ("0873", "disarm")


def test_ending_a_conflict_scales_down_military_action(pipeline):
    events = _coded(pipeline, "Ethiopia and Eritrea agreed to end the conflict.")
    [e] = [x for x in events if x.event == "RETREAT"]
    assert (e.cameo, e.status, [a.code for a in e.actor]) == ("087", "future", ["ETH", "ERI"])


def test_returning_seized_vehicles_hands_back_property(pipeline):
    e = _one(pipeline, "The Seleka rebels returned the seized trucks to their owners in Bangui.", "RETREAT")
    assert (e.cameo, e.mode, e.event_text) == ("0842", "return", "returned trucks")


def test_released_from_prison_is_freed_by_the_state_that_held_them(pipeline):
    e = _one(pipeline, "Three Nicaraguan trade unionists were released from prison on Sunday.", "RETREAT")
    assert (e.cameo, [a.sector for a in e.actor], [r.code for r in e.recipient]) == ("0841", ["GOV"], ["NIC"])
    assert e.rule.endswith("+implied-agent")
