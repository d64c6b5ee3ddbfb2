"""General constructions from the held-out dev round of 2026-12-02 (worked from gold/heldout-dev
and Guardian articles outside the held-out test set): "recognise" as knowing, not diplomatic
recognition; "each other"; a condemned act's doer; sanctions broken by another; "needs to" as an
obligation; an armed party's rampage; the recipients a merge keeps.  Invented sentences."""

import pytest

from coding import by_type, codes
from newsevents.events.lexicon import load_lexicon


# --- "recognise": diplomatic recognition (SUPPORT 054) only of a state, government, independence,
# --- an election result, a place or a coded party; otherwise knowing or acknowledging

@pytest.mark.parametrize("text", [
    "Isis did not recognise the dead as civilians.",
    "The UN said it did not recognise the victims as civilians.",
    "The government recognised the contribution of volunteers.",
    "Officials recognised the problem was serious.",
    "The family said she has recognised the error of her ways.",
    "It was partly in recognition of their deeds, the group said.",
])
def test_recognise_as_knowing_is_no_recognition(extract, text):
    assert not [e for e in extract(text) if e.cameo == "054"], [(e.event, e.cameo, e.rule) for e in extract(text)]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Russia recognised the independence of Abkhazia.", "RUS", "GEO"),
    ("Sweden recognised the state of Palestine on Thursday.", "SWE", "PSE"),
    ("Pompeo lauded the UAE's recognition of Israel at a judo competition.", "ARE", "ISR"),
])
def test_recognising_a_state_is_still_recognition(extract, text, actor, recipient):
    [e] = [e for e in extract(text) if e.cameo == "054"]
    assert codes(e.actor) == [actor] and codes(e.recipient) == [recipient]


def test_recognising_an_election_result_or_a_council_as_representative(extract):
    [e] = [e for e in extract("The US and EU refused to recognise the election results.") if e.cameo == "054"]
    assert e.status == "negated" and codes(e.actor) == ["EUR", "USA"]
    [e] = [e for e in extract("Britain recognised the opposition council as the legitimate representative "
                              "of the Libyan people.") if e.cameo == "054"]
    assert codes(e.actor) == ["GBR"]


def test_granted_and_sought_recognition_keep_their_patterns(extract):
    [e] = by_type(extract("Palestinians have long sought recognition at the UN."), "REQUEST")
    assert e.cameo == "022"


def test_the_unless_rows_expand_into_the_idiom_table():
    lex = load_lexicon()
    assert {"unless:state", "unless:government", "unless:independence"} <= lex.not_events[("recognise", "VERB")]
    assert lex._not_event_unless[("recognition", "NOUN")] == lex._not_event_unless[("recognize", "VERB")]
    assert not any(d.startswith("unless:@") for ds in lex.not_events.values() for d in ds)


# --- "X and Y accused each other": each party acts on the other

@pytest.mark.parametrize("text, event", [
    ("India and Pakistan accused each other of violating the ceasefire.", "ACCUSE"),
    ("Armenia and Azerbaijan blamed one another for the clashes.", "ACCUSE"),
    ("Israel and Iran have threatened to attack each other.", "THREATEN"),
])
def test_each_other_gives_one_record_per_party(extract, text, event):
    events = by_type(extract(text), event)
    assert sorted((codes(e.actor), codes(e.recipient)) for e in events) == sorted(
        [([a], [b]) for a, b in [(x, y) for x in _pair(text) for y in _pair(text) if x != y]])


def _pair(text):
    return {"India": ["IND", "PAK"], "Armenia": ["ARM", "AZE"], "Israel": ["IRN", "ISR"]}[text.split()[0]]


def test_each_other_in_a_meeting_keeps_both_as_actors(extract):
    [e] = by_type(extract("Russia and Ukraine met each other in Istanbul."), "CONSULT")
    assert codes(e.actor) == ["RUS", "UKR"] and not codes(e.recipient)


# --- condemning an act accuses its doer, not its victims or its place

def test_condemning_an_attack_accuses_the_attacker_not_the_victims(extract):
    [e] = by_type(extract("Obama condemned the attack on the crowd in Nice."), "ACCUSE")
    assert [(r.code, r.sector) for r in e.recipient] == [("FRA", "UAF")]
    [e] = by_type(extract("The UN condemned the killing of 30 civilians in Mali."), "ACCUSE")
    assert [(r.code, r.sector) for r in e.recipient] == [("MLI", "UAF")]


def test_condemning_a_named_doers_act_still_accuses_the_doer(extract):
    [e] = by_type(extract("Japan condemned North Korea's missile launch over Hokkaido."), "ACCUSE")
    assert codes(e.recipient) == ["PRK"]


# --- sanctions in force broken by another are no sanction imposed

@pytest.mark.parametrize("text", [
    "South Korea seized a vessel that transferred oil to North Korea, in violation of U.N. sanctions.",
    "The ship was carrying coal in breach of UN sanctions.",
])
def test_sanctions_broken_are_none_imposed(extract, text):
    assert not by_type(extract(text), "SANCTION")


def test_enforcing_sanctions_still_tells_them(extract):
    [e] = by_type(extract("China defended its enforcement of UN sanctions against North Korea."), "SANCTION")
    assert codes(e.recipient) == ["PRK"]


# --- "said X needed to / had to do more" is a demand on X, as "must" is

@pytest.mark.parametrize("text, actor, recipient", [
    ("Turnbull said China needed to do more.", "AUS", "CHN"),
    ("Obama said Pakistan has to do more against militants.", "USA", "PAK"),
])
def test_needs_to_is_an_obligation(extract, text, actor, recipient):
    [e] = by_type(extract(text), "REQUEST")
    assert e.cameo == "100" and codes(e.actor) == [actor] and codes(e.recipient) == [recipient]


@pytest.mark.parametrize("text", [
    "China said it needed to do more.",
    "The minister said the region needs more investment.",
    "\u201cThe Syrian regime will have to pay the price,\u201d Kalin said on Monday.",
    "The chamber said job seekers needed to know at once whether firms would extend job advertisements.",
    "Rutte called for an inquiry, saying some of the inmates had to put on diapers.",
])
def test_own_resolve_or_a_plain_need_is_no_demand(extract, text):
    assert not [e for e in by_type(extract(text), "REQUEST") if e.cameo == "100"]


# --- a rampage by armed men is armed violence; a crowd's is a riot

def test_an_armed_partys_rampage_is_an_attack(extract):
    [e] = by_type(extract("Militants rampaged through the village, burning homes."), "ASSAULT")
    assert e.cameo == "190" and e.rule.startswith("sense:armed-rampage")
    assert not by_type(extract("Militants rampaged through the village, burning homes."), "PROTEST")


def test_a_crowds_rampage_stays_a_riot(extract):
    [e] = by_type(extract("Rioters went on a rampage through the city centre."), "PROTEST")
    assert e.cameo == "145"


# --- a merge keeps an uncoded victim though the kept record's actor is uncoded too

def test_merged_attack_keeps_its_uncoded_victims(extract):
    [e] = by_type(extract("A gunman went on a rampage in the town, killing six people."), "ASSAULT")
    assert [(r.entity_text, r.sector) for r in e.recipient] == [("six people", "CVL")]


# --- hotlines: cutting one scales back relations, reopening one is cooperation

def test_hotline_cut_and_reopened(extract):
    [e] = by_type(extract("North Korea cut the military hotline in 2016."), "SANCTION")
    assert e.cameo == "161" and codes(e.actor) == ["PRK"]
    [e] = by_type(extract("Kim Jong-un is reopening a hotline with South Korea."), "COOPERATE")
    assert e.cameo == "060" and codes(e.actor) == ["PRK"] and codes(e.recipient) == ["KOR"]


# --- an act noun's aim names its target; a relative clause of holding it names its doer

def test_sanctions_noun_aimed_at_a_party(extract):
    events = extract("Since Trump took office, the United States and China have backed successive rounds of "
                     "U.N. sanctions aimed at curbing North Korea's weapons program.")
    [e] = by_type(events, "SANCTION")
    assert codes(e.recipient) == ["PRK"]


def test_a_battle_the_rebels_were_eager_to_fight_is_no_relative_of_holding(extract):
    events = extract("The first phase of a ground campaign against HTS, a battle many of the rebels were eager "
                     "to prosecute, began in August.")
    assert not [e for e in by_type(events, "ASSAULT") if "rebels" in " ".join(a.entity_text for a in e.actor)]


def test_drills_that_two_states_started_are_theirs(extract):
    events = extract("The North Korean missile tests on Saturday came during joint military drills that the "
                     "United States and South Korea started a week ago.")
    [e] = by_type(events, "COOPERATE")
    assert codes(e.actor) == ["KOR", "USA"]


# --- a wire dateline is no subject of the first sentence

def test_dateline_is_no_actor(extract):
    [e] = by_type(extract("KUNDUZ, Afghanistan \u2014 Taliban insurgents struck at the German Consulate in "
                          "Mazar-i-Sharif late Thursday night, Afghan officials said."), "ASSAULT")
    assert [(a.entity_text, a.sector) for a in e.actor] == [("Taliban insurgents", "REB")]


def test_subject_hung_on_the_dateline_is_the_speaker(extract):
    events = extract("RAMALLAH, West Bank \u2014 Israel\u2019s military says a teenage Palestinian girl could face "
                     "up to 14 years in prison after being indicted for assaulting a pair of Israeli soldiers.")
    [e] = by_type(events, "ASSAULT")
    assert e.attribution is not None and e.attribution.code == "ISR"
