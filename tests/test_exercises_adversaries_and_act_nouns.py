"""Constructions and story rules found wanting on the held-out dev half (invented sentences): a
joint military exercise is both military cooperation and a show of force; a threat's or hostile
act's unsaid target from the story's counterpart or adversary; a state's condemnation guessed at
home answering its counterpart; "a barrage of" reaching the act it names; a relative clause
between dashes."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, holders", [
    ("Indian and French troops began joint military exercises near the border on Monday.", ["FRA", "IND"]),
    ("Japanese forces have been conducting exercises with the US Navy for a week.", ["JPN", "USA"]),
])
def test_a_joint_exercise_is_also_a_show_of_force_by_all_its_holders(extract, text, holders):
    events = extract(text)
    [c] = by_type(events, "COOPERATE")
    assert c.cameo == "062"
    [m] = by_type(events, "MOBILIZE")
    assert (m.cameo, codes(m.actor), codes(m.recipient), m.status) == ("150", holders, [], "asserted")


def test_an_exercise_of_one_state_alone_stays_a_show_of_force(extract):
    events = extract("The Chinese navy held large drills near Taiwan on Saturday.")
    assert not by_type(events, "COOPERATE")
    [m] = by_type(events, "MOBILIZE")
    assert (m.cameo, codes(m.actor)) == ("150", ["CHN"])


def test_a_threat_without_target_takes_the_actors_counterpart(extract):
    from newsevents.events.counterpart import SUFFIX

    events = extract("Iran seized a British tanker on Friday. British officials said all options remain on the table.")
    [t] = by_type(events, "THREATEN")
    assert (codes(t.actor), codes(t.recipient)) == (["GBR"], ["IRN"])
    assert t.rule.endswith(SUFFIX)


def test_a_hostile_act_of_a_party_told_nowhere_else_takes_the_storys_adversary(extract):
    events = extract("North Korea fired a missile over Japan on Monday. On Wednesday North Korea conducted a "
                     "nuclear test. The United Nations imposed new sanctions.")
    [s] = by_type(events, "SANCTION")
    assert (codes(s.actor), codes(s.recipient)) == (["UNO"], ["PRK"])


def test_one_hostile_act_makes_no_adversary(extract):
    # the attacker did one hostile act: too little to say whom Poland condemned
    events = extract("Russia attacked Ukraine on Monday. Poland condemned the attacks.")
    [a] = by_type(events, "ACCUSE")
    assert (codes(a.actor), a.recipient) == (["POL"], [])


def test_a_states_condemnation_guessed_at_home_answers_its_counterpart_instead(extract):
    # the sentence names no target; the guess "its own country" gives way to the story's counterpart
    events = extract("Israel accused Iran of arming militias on Sunday. \"We strongly condemn these lies,\" "
                     "an Iranian government spokesman said.")
    [a] = [e for e in by_type(events, "ACCUSE") if codes(e.actor) == ["IRN"]]
    assert codes(a.recipient) == ["ISR"]
    assert a.rule.endswith("+story-target") and "+implied-target" not in a.rule


def test_the_polices_condemnation_stays_aimed_at_home(extract):
    # police speak at home, not for their state abroad: the home guess stays though Ghana is a counterpart
    events = extract("Police in Lagos arrested ten protesters after Ghana complained. "
                     "A Nigerian police spokesman condemned the violence.")
    [a] = [e for e in by_type(events, "ACCUSE") if codes(e.actor) == ["NGA"]]
    assert codes(a.recipient) == ["NGA"] and a.rule.endswith("+implied-target")


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The EU imposed five sets of sanctions on Russia.", "SANCTION", ["EUR"], ["RUS"]),
    ("The EU imposed a raft of sanctions on Russia.", "SANCTION", ["EUR"], ["RUS"]),
    ("Russia fired a barrage of missiles at Kyiv.", "ASSAULT", ["RUS"], ["UKR"]),
])
def test_a_bunch_or_burst_noun_lets_the_verb_reach_its_act(extract, text, event, actor, recipient):
    [e] = by_type(extract(text), event)
    assert (codes(e.actor), codes(e.recipient)) == (actor, recipient)


def test_a_relative_clause_between_dashes_is_coded(extract):
    text = ("At a meeting of the Security Council — which has already imposed five sets of sanctions on Iran "
            "over its nuclear work — the US envoy spoke.")
    [e] = by_type(extract(text), "SANCTION")
    assert (codes(e.actor), codes(e.recipient)) == (["UNO"], ["IRN"])
