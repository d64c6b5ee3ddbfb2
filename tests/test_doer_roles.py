"""Which party does the act (precision round 2, real-news reading): the accused's second gerund,
a conjunct that disagrees with the clause beside it, a bare participle's subject, a monitor or
backer named before a hyphen, and a purpose participle.  Invented sentences."""

from coding import by_type, codes


def test_second_gerund_of_an_accusation_is_the_accused(extract):
    events = extract("Peru accused Chile of violating the border accord, and breaching the 1929 treaty.")
    assert codes(by_type(events, "ACCUSE")[0].actor) == ["PER"]
    rejects = by_type(events, "REJECT")
    assert rejects and all(codes(e.actor) == ["CHL"] for e in rejects)  # Chile breached it, not Peru


def test_conjunct_disagreeing_in_number_goes_with_the_main_clause(extract):
    events = extract("Norway and Sweden have accepted that the Cuban president has survived the crisis "
                     "and are preparing to reopen embassies in Havana.")
    [e] = by_type(events, "SUPPORT")
    assert codes(e.actor) == ["NOR", "SWE"]  # not the Cuban president


def test_bare_participle_subject_undergoes_the_act(extract):
    events = extract("More than 100 dead, over 500 wounded and five hospitals bombed.")
    [e] = by_type(events, "ASSAULT")
    assert e.actor[0].sector == "UAF" and not e.actor[0].entity_text  # an unnamed attacker
    assert [r.sector for r in e.recipient] == ["HLH"]


def test_bare_participle_with_object_stays_active(extract):
    [e] = by_type(extract("Chilean gunman killed 50 people in Santiago."), "ASSAULT")
    assert e.actor[0].entity_text == "Chilean gunman"


def test_monitor_of_a_ceasefire_is_not_its_party(extract):
    events = extract("Officials said a UN-monitored ceasefire in Yemen would be the next step.")
    assert not [e for e in by_type(events, "RETREAT") if "UNO" in codes(e.actor)]


def test_leader_of_an_act_is_still_its_actor(extract):
    [e] = by_type(extract("Saudi-led air strikes hit Sanaa on Monday."), "ASSAULT")
    assert codes(e.actor) == ["SAU"]


def test_act_made_for_a_purpose_does_not_do_it(extract):
    events = extract("UN-sponsored talks in Geneva designed to end the Yemeni civil war have collapsed.")
    assert not [e for e in by_type(events, "RETREAT") if "UNO" in codes(e.actor)]
    assert codes(by_type(events, "CONSULT")[0].actor) == ["UNO"]


def test_headline_accused_does_what_it_is_accused_of(extract):
    events = extract("Iran Accused of Helping Terrorism by Supporting Yemeni Rebels.")
    assert not [e for e in by_type(events, "ACCUSE") if codes(e.actor) == ["IRN"]]  # Iran accuses no one
    [e] = by_type(events, "SUPPORT")
    assert codes(e.actor) == ["IRN"]


def test_the_criticised_is_not_the_critic(extract):
    events = extract("Peru said the talks went well, amid open criticism of Chile in Lima.")
    assert not [e for e in by_type(events, "ACCUSE") if codes(e.actor) == ["CHL"]]


def test_a_named_critic_still_criticises(extract):
    [e] = by_type(extract("Peru's criticism of Chile angered Santiago."), "ACCUSE")
    assert codes(e.actor) == ["PER"] and codes(e.recipient) == ["CHL"]


def test_bare_past_of_a_verbal_act_stays_active(extract):
    events = extract("To the surprise of Chile, Peru instantly sided with the Bolivian president.")
    [e] = by_type(events, "SUPPORT")
    assert codes(e.actor) == ["PER"]
