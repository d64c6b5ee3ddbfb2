"""A directed act told without its target takes the actor's counterpart in the story's other
records (events/counterpart.py): invented stories."""

from coding import by_type, codes

from newsevents.events.counterpart import SUFFIX, StateMentions, story_counterparts
from newsevents.records import Entity, Event


def test_a_condemnation_without_object_is_aimed_at_the_actors_counterpart(extract):
    events = extract("North Korea fired a missile over Japan on Tuesday. Japan condemned the launch as reckless.")
    [accuse] = by_type(events, "ACCUSE")
    assert codes(accuse.actor) == ["JPN"] and codes(accuse.recipient) == ["PRK"]
    assert accuse.rule.endswith(SUFFIX)
    [prk] = accuse.recipient
    text = "North Korea fired a missile over Japan on Tuesday. Japan condemned the launch as reckless."
    assert text[prk.span[0]:prk.span[1]] == "North Korea"  # the words it came from, in the other sentence
    assert any("counterpart in 1 other record" in line for line in accuse.explanation)


def test_a_target_named_in_the_sentence_is_kept(extract):
    events = extract("North Korea fired a missile over Japan on Tuesday. Japan condemned China for its silence.")
    [accuse] = by_type(events, "ACCUSE")
    assert codes(accuse.recipient) == ["CHN"] and SUFFIX not in accuse.rule


def test_an_actor_absent_from_the_other_records_gets_no_target(extract):
    events = extract("Russia attacked Ukraine on Monday. Poland condemned the attacks.")
    [accuse] = by_type(events, "ACCUSE")
    assert codes(accuse.actor) == ["POL"] and accuse.recipient == []


def test_two_counterparts_as_often_leave_the_target_unsaid(extract):
    events = extract("Iran denounced Israel on Monday. Iran denounced Iraq as well. Iran later rejected the offer.")
    [reject] = by_type(events, "REJECT")
    assert reject.recipient == [] and SUFFIX not in reject.rule


def test_mobilisation_needs_no_target(extract):
    events = extract("North Korea fired a missile over Japan on Tuesday. North Korea conducted military drills on Wednesday.")
    [drill] = by_type(events, "MOBILIZE")
    assert drill.recipient == []


def _event(event, actor, recipient, start):
    ents = lambda cs: [Entity(entity_text=c, code=c, sector=None, name=None, span=(start, start + 3)) for c in cs]  # noqa: E731
    return Event(id=str(start), story_id="s", event=event, mode=None, context=[], cameo=None, goldstein=None,
                 quad_code=3, actor=ents(actor), recipient=ents(recipient), date=None, date_text=None,
                 date_basis="publication", status="asserted", attribution=None, historical=False, event_loc=None,
                 event_text="x", event_span=(start, start + 1), sentence="x", sentence_span=(start, start + 1),
                 confidence=0.0, rule="r", coder="t")


def test_counts_come_from_both_sides_and_nonstate_parties_do_not_count():
    events = [_event("ASSAULT", ["SYR"], ["TUR"], 0), _event("ACCUSE", ["TUR"], ["SYR"], 10),
              _event("ACCUSE", ["TUR"], ["UNO"], 20), _event("ACCUSE", ["UNO"], ["TUR"], 25),
              _event("REJECT", ["TUR"], [], 30)]
    story_counterparts(events)
    assert codes(events[-1].recipient) == ["SYR"] and events[-1].recipient[0].span == (10, 13)  # the nearest mention
    assert events[-1].rule == "r" + SUFFIX


def test_a_filled_record_does_not_vote_for_another():
    events = [_event("ASSAULT", ["SYR"], ["TUR"], 0), _event("REJECT", ["TUR"], [], 10), _event("ACCUSE", ["SYR"], [], 20),
              _event("SUPPORT", ["SYR"], ["IRN"], 30)]
    story_counterparts(events)
    assert codes(events[1].recipient) == ["SYR"]
    # SYR deals with TUR once and IRN once: a tie; the filled REJECT (TUR -> SYR) would have broken it
    assert events[2].recipient == []



def test_a_pact_between_the_actors_themselves_takes_no_third_party(extract):
    text = ("Chile accused Ecuador of blocking the talks in Quito. "
            "In 2019 Chile and Peru signed a trade agreement.")
    [support] = by_type(extract(text), "SUPPORT")
    assert sorted(codes(support.actor)) == ["CHL", "PER"] and support.recipient == []


def test_one_actor_signing_still_takes_its_counterpart(extract):
    text = "Chile accused Ecuador of blocking the talks. Chile later signed the agreement."
    [support] = by_type(extract(text), "SUPPORT")
    assert codes(support.actor) == ["CHL"] and codes(support.recipient) == ["ECU"] and support.rule.endswith(SUFFIX)


def test_sanctions_with_no_single_counterpart_take_the_target_of_the_storys_other_sanctions():
    # China deals with the US (a demand) and North Korea (a trade) once each: a tie; the story's
    # other sanctions are on North Korea, and the sanctioning state's own firms do not count
    events = [_event("REQUEST", ["USA"], ["CHN"], 0), _event("COOPERATE", ["CHN"], ["PRK"], 10),
              _event("SANCTION", ["USA"], ["PRK", "USA"], 20), _event("SANCTION", ["CHN"], [], 30)]
    story_counterparts(events)
    assert codes(events[-1].recipient) == ["PRK"] and events[-1].recipient[0].span == (20, 23)
    assert events[-1].rule == "r" + SUFFIX


def test_the_same_type_target_is_for_sanctions_only_and_needs_no_tie():
    # an accusation in the same tie keeps no target: what one party is accused of says little of another's
    events = [_event("REQUEST", ["USA"], ["CHN"], 0), _event("COOPERATE", ["CHN"], ["PRK"], 10),
              _event("ACCUSE", ["USA"], ["PRK"], 20), _event("ACCUSE", ["CHN"], [], 30)]
    story_counterparts(events)
    assert events[-1].recipient == []
    # two other sanctions on two states as often: no target
    events = [_event("REQUEST", ["USA"], ["CHN"], 0), _event("COOPERATE", ["CHN"], ["PRK"], 10),
              _event("SANCTION", ["USA"], ["PRK"], 20), _event("SANCTION", ["GBR"], ["IRN"], 25),
              _event("SANCTION", ["CHN"], [], 30)]
    story_counterparts(events)
    assert events[-1].recipient == []


def test_a_hostile_act_takes_no_partner_as_its_target():
    # the SDF "detained 900 foreign fighters" in a story where the United States only backs it
    events = [_event("SUPPORT", ["USA"], ["SYR"], 0), _event("COERCE", ["SYR"], [], 10)]
    story_counterparts(events)
    assert events[1].recipient == [] and SUFFIX not in events[1].rule


def test_a_hostile_act_counts_the_conflict_records_only():
    # backed twice by the United States, attacked once by Turkey: the attack's target is Turkey
    events = [_event("SUPPORT", ["USA"], ["SYR"], 0), _event("AID", ["USA"], ["SYR"], 10),
              _event("ASSAULT", ["TUR"], ["SYR"], 20), _event("ASSAULT", ["SYR"], [], 30)]
    story_counterparts(events)
    assert codes(events[3].recipient) == ["TUR"]


def test_a_verbal_rebuke_may_still_be_aimed_at_a_partner():
    # allies criticise each other: an accusation counts the cooperation records too
    events = [_event("SUPPORT", ["USA"], ["JPN"], 0), _event("ACCUSE", ["USA"], [], 10)]
    story_counterparts(events)
    assert codes(events[1].recipient) == ["JPN"]


def test_state_mentions_count_sentences_between():
    mentions = StateMentions([0, 10, 20, 30, 40, 50], {"PRK": [2, 45], "JPN": [12]})
    assert mentions.sentence(0) == 0 and mentions.sentence(25) == 2 and mentions.sentence(99) == 5
    assert mentions.apart("PRK", 21) == 2  # sentence 2: PRK in sentences 0 and 4
    assert mentions.apart("PRK", 41) == 0
    assert mentions.apart("JPN", 55) == 4
    assert mentions.apart("CHN", 0) is None


def test_a_counterpart_named_far_back_is_not_taken():
    events = [_event("ASSAULT", ["PRK"], ["JPN"], 0), _event("ACCUSE", ["JPN"], [], 50)]
    far = StateMentions([0, 10, 20, 30, 40, 50], {"PRK": [0], "JPN": [2, 51]})
    story_counterparts(events, far)
    assert events[1].recipient == []
    events = [_event("ASSAULT", ["PRK"], ["JPN"], 0), _event("ACCUSE", ["JPN"], [], 50)]
    near = StateMentions([0, 10, 20, 30, 40, 50], {"PRK": [0, 21], "JPN": [2, 51]})
    story_counterparts(events, lambda: near)  # built only when asked for
    assert codes(events[1].recipient) == ["PRK"]


_FILLER = ["The weather in the capital was cold and grey that morning.",
           "Markets opened slightly lower before recovering.",
           "Schools stayed open as usual.",
           "Traffic was heavy on the main roads.",
           "Shops reported a quiet day."]


def test_a_condemnation_far_from_the_counterpart_keeps_no_target(extract):
    near = " ".join(["North Korea fired a missile over Japan on Tuesday.", *_FILLER[:2], "Japan condemned the launch as reckless."])
    [accuse] = by_type(extract(near), "ACCUSE")
    assert codes(accuse.recipient) == ["PRK"]  # named three sentences back: still near
    far = " ".join(["North Korea fired a missile over Japan on Tuesday.", *_FILLER[:3], "Japan condemned the launch as reckless."])
    [accuse] = by_type(extract(far), "ACCUSE")
    assert codes(accuse.actor) == ["JPN"] and accuse.recipient == [] and SUFFIX not in accuse.rule
