"""Recall of spoken acts (REQUEST, REJECT, ACCUSE) on real news wordings: telling a party to act,
denying "this" or "it", campaigning for a release, calling a decision crazy, and a statement of the
news kept apart from one of the background.  Sentences modelled on Guardian wordings."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("Before invading the Kurdish stronghold of Afrin last month, Erdoğan told the US to get out of the way.",
     "TUR", "USA"),
    ("The Iraqi president told Trump to stay out of Iraqi affairs.", "IRQ", "USA"),
])
def test_telling_a_party_to_act_is_a_request_of_that_party(extract, text, actor, recipient):
    [e] = by_type(extract(text), "REQUEST")
    assert (e.cameo, codes(e.actor), codes(e.recipient), e.status, e.rule) == (
        "020", [actor], [recipient], "asserted", "construction:asked-to-act:verb:asked-to-act")


@pytest.mark.parametrize("text", [
    "Trump told reporters to expect a decision soon.",
    "The minister told parliament to expect a vote next week.",
    "He told the BBC he had not been involved.",
])
def test_telling_an_audience_or_telling_a_fact_asks_no_one(extract, text):
    assert not by_type(extract(text), "REQUEST")


@pytest.mark.parametrize("text, actor, trigger", [
    ("The Kremlin has denied it.", "RUS", "denied it"),
    ("Hezbollah vehemently denies this.", "LBN", "denies this"),
])
def test_denying_a_pronoun_rejects_the_accusation(extract, text, actor, trigger):
    [e] = by_type(extract(text), "REJECT")
    assert (e.cameo, codes(e.actor), e.event_text, e.status) == ("120", [actor], trigger, "asserted")


def test_campaigning_for_a_release_demands_it(extract):
    [e] = by_type(extract("Nigerian parents have campaigned for the release of the students."), "REQUEST")
    assert (e.cameo, e.mode, codes(e.actor), e.event_text) == ("0253", "yield", ["NGA"], "campaigned for release")


def test_campaigning_for_a_candidate_stays_support(extract):
    events = extract("The French minister campaigned for Macron in the election.")
    assert not by_type(events, "REQUEST")


def test_calling_a_decision_crazy_accuses(extract):
    [e] = by_type(extract("The Israeli opposition leader called the decision crazy."), "ACCUSE")
    assert (e.cameo, e.mode, codes(e.actor), e.event_text) == ("111", "disapprove", ["ISR"], "called crazy")


def test_an_appeal_of_the_news_is_not_merged_with_one_of_the_background(extract):
    events = extract("The US Secretary of State, Rex Tillerson, said on Monday he was concerned about Turkey's "
                     "offensive in northern Syria, as he urged all sides to show restraint. The Russian foreign "
                     "minister, Sergei Lavrov, said Washington had encouraged separatist sentiments among "
                     "Syria's Kurds.", published="2018-01-22")
    requests = by_type(events, "REQUEST")
    # (the past perfect under "said" is reported speech, not background by its tense: both are news,
    # told by two speakers)
    assert [(e.event_text, codes(e.actor), e.historical) for e in requests] == [
        ("urged", ["USA"], False), ("encouraged", ["USA"], False)]


def test_one_speakers_restatement_in_the_news_stays_one_record(extract):
    events = extract("The United States urged Turkey on Monday to show restraint in Syria. "
                     "Washington called on Ankara to limit its operation, the State Department said.",
                     published="2018-01-22")
    [e] = by_type(events, "REQUEST")
    assert (codes(e.actor), set(codes(e.recipient)), e.event_text, e.historical) == (["USA"], {"TUR"}, "urged", False)


@pytest.mark.parametrize("text, actor, trigger", [
    ("Russia also says demands for Iranian militia units to leave Syria are unrealistic.", "RUS", "says unrealistic"),
    ("Moscow called the US demands unrealistic.", "RUS", "called unrealistic"),
])
def test_calling_a_demand_unrealistic_rejects_it(extract, text, actor, trigger):
    [e] = by_type(extract(text), "REJECT")
    assert (e.cameo, codes(e.actor), e.event_text, e.rule) == (
        "120", [actor], trigger, "construction:demand-unrealistic:verb:demand-unrealistic")


def test_an_unrealistic_plan_in_a_commentators_mouth_rejects_nothing(extract):
    assert not by_type(extract("Analysts say the plan is unrealistic."), "REJECT")


def test_reproaches_by_two_named_people_stay_two_records(extract):
    events = extract("Trump's own national security adviser, John Bolton, is adamantly opposed to the decision. "
                     "Lindsey Graham, a senior Republican senator, denounced the decision.", published="2018-12-19")
    accusations = by_type(events, "ACCUSE")
    assert [(e.event_text, [a.name for a in e.actor]) for e in accusations] == [
        ("opposed to", ["John Bolton"]), ("denounced decision", ["Lindsey Graham"])]


def test_a_spokesman_restating_his_state_stays_one_record(extract):
    events = extract("Russia condemned the launch. The Kremlin spokesman, Dmitry Peskov, criticised the test.")
    [e] = by_type(events, "ACCUSE")
    assert codes(e.actor) == ["RUS"]


def test_one_man_named_in_full_then_by_surname_is_one_speaker():
    from newsevents.events.dedup import _other_speakers
    from newsevents.records import Entity, Event

    def said(name):
        return Event(id="x", story_id="t", event="REQUEST", mode=None, context=[], cameo="100", goldstein=-5.0,
                     quad_code=3, actor=[Entity(name, "GBR", None, name)], recipient=[], date="2019-02-15",
                     date_text=None, date_basis="publication", status="asserted", attribution=None,
                     historical=False, event_loc=None, event_text="said", event_span=(0, 4), sentence="",
                     sentence_span=(0, 0), confidence=0.5, rule="construction:x:verb:x", coder="t")
    assert (_other_speakers(said("Neil Basu"), said("Basu")), _other_speakers(said("Neil Basu"), said("Diane Abbott"))) == (
        False, True)
