"""Recall round 22: arguments of requests that the parse or the recipient filter lost.  A
preposition the parser joins to the verb as a conjunct of its other adverbials ("campaigned within
Nigeria and internationally for the release of ...") is still the verb's own, and a request to the
actor's own following ("called on its followers to ...") keeps that following as its recipient.
Sentences modelled on news wordings."""

import pytest

from coding import by_type, codes


def test_a_coordinated_preposition_still_completes_the_pattern(extract):
    events = extract("Nigerian parents have campaigned within Nigeria and internationally for the release "
                     "of the students.")
    [e] = by_type(events, "REQUEST")
    assert (e.cameo, e.mode, codes(e.actor), codes(e.recipient), e.event_text) == (
        "0253", "yield", ["NGA"], ["NGA"], "campaigned for release")


def test_a_coordinated_preposition_of_time_is_not_the_pattern(extract):
    # "for years" coordinated the same way tells how long, not what was campaigned for
    events = extract("The group has campaigned within Nigeria and internationally for years.")
    assert not by_type(events, "REQUEST") and not by_type(events, "SUPPORT")


@pytest.mark.parametrize("text, actor, trigger", [
    ("More than five years ago, Al Qaeda called on its followers to use cars as tools of terror.", "IMG", "called on"),
    ("Al Qaeda urged its supporters to attack Western targets.", "IMG", "urged"),
    ("Erdogan urged his supporters to stay home.", "TUR", "urged"),
])
def test_a_request_to_the_actors_own_following_has_it_as_recipient(extract, text, actor, trigger):
    [e] = by_type(extract(text), "REQUEST")
    assert (codes(e.actor), codes(e.recipient), e.event_text, e.status) == ([actor], [actor], trigger, "asserted")


def test_the_actors_own_means_are_still_no_recipient(extract):
    # troops are the actor's means, not a following addressed; a mobilisation is no request either
    [e] = by_type(extract("Russia urged its troops to fight harder."), "REQUEST")
    assert (codes(e.actor), codes(e.recipient)) == (["RUS"], [])
    [m] = by_type(extract("Russia sent its troops to Syria."), "MOBILIZE")
    assert codes(m.recipient) == ["SYR"]


@pytest.mark.parametrize("text, trigger", [
    ("But North Korea calls such annual drills a rehearsal for invasion.", "calls rehearsal"),
    ("Russia described the NATO exercises as a prelude to war.", "described prelude"),
])
def test_calling_acts_a_step_towards_force_accuses(extract, text, trigger):
    [e] = by_type(extract(text), "ACCUSE")
    assert (e.cameo, e.rule, e.event_text) == ("112", "construction:labelled-wrong:verb:labelled-wrong", trigger)


def test_a_step_towards_something_peaceful_labels_nothing(extract):
    assert not by_type(extract("The director called the performance a rehearsal for the concert."), "ACCUSE")


def test_the_doers_named_by_the_labelled_drills_are_the_recipients(extract):
    events = extract("North Korea said the drills held by Seoul and Washington were a rehearsal for war.")
    [e] = by_type(events, "ACCUSE")
    assert (codes(e.actor), codes(e.recipient), e.event_text) == (["PRK"], ["KOR", "USA"], "said rehearsal")


@pytest.mark.parametrize("text, actor, cameo, trigger", [
    ("Russia accused Ukraine of sabotaging the talks.", "UKR", "125", "sabotaging talks"),
    ("The Palestinians said Israel had torpedoed the negotiations.", "ISR", "125", "torpedoed negotiations"),
    ("Egypt said Israel was sabotaging efforts to reach a ceasefire.", "ISR", "120", "sabotaging efforts"),
    ("Hamas said Israel had sabotaged the truce.", "ISR", "127", "sabotaged truce"),
])
def test_obstructing_talks_or_a_truce_rejects_them_and_is_no_attack(extract, text, actor, cameo, trigger):
    events = extract(text)
    assert not by_type(events, "ASSAULT")
    [e] = by_type(events, "REJECT")
    assert (codes(e.actor), e.cameo, e.event_text) == ([actor], cameo, trigger)


def test_undermining_a_process_is_a_judgement_not_a_rejection(extract):
    events = extract("The presence of militants in Idlib was undermining the Syrian peace process, he added.")
    assert not by_type(events, "REJECT")


def test_sabotaging_a_pipeline_is_still_an_attack(extract):
    [e] = by_type(extract("Rebels sabotaged a gas pipeline in Syria."), "ASSAULT")
    assert (e.cameo, codes(e.actor)) == ("1712", ["SYR"])
