"""A passive act with no doer whose "when" clause tells an act of its type by a named doer is one
act told twice in one sentence (events/dedup.py: doers_in_moment_clause, fold_doerless).  Invented
sentences."""

from coding import by_type, codes


def test_killed_when_forces_struck_is_one_attack_by_the_named_doer(extract):
    events = extract("Scores of Russian mercenaries were killed when US forces carried out air strikes "
                     "against a pro-regime force in eastern Syria last week.")
    [attack] = by_type(events, "ASSAULT")
    assert codes(attack.actor) == ["USA"] and attack.event_text == "air strikes"
    assert sorted(codes(attack.recipient)) == ["RUS", "SYR"]  # the victims of the doerless mention join
    assert any("the same act told with no doer" in line for line in attack.explanation)


def test_killed_when_jets_struck_keeps_only_the_jets_attack(extract):
    events = extract("Two Syrian soldiers were killed when Israeli jets struck an air base near Damascus on Monday.")
    [attack] = by_type(events, "ASSAULT")
    assert codes(attack.actor) == ["ISR"] and codes(attack.recipient) == ["SYR"]


def test_an_attack_a_day_before_stays_its_own_record(extract):
    # "a day after" is another moment, not the same one
    events = extract("Five civilians were killed in Kabul on Sunday, a day after Taliban fighters attacked a checkpoint in Kandahar.")
    assert sorted(e.event_text for e in by_type(events, "ASSAULT")) == ["attacked", "killed"]
