"""Actors from the story around a phrase: the possessor of a noun with an infinitive, named in the
sentence before ("their decision to disarm"), and an unknown person set beside the title of a body
it heads; a sanction's target from the story's other sanctions is in test_story_counterparts.py.
Invented stories."""

from coding import by_type, codes


def test_their_decision_to_act_is_the_group_of_the_sentence_before(extract):
    events = extract("FARC rebels met in Havana on Monday. Colombia welcomed their decision to disarm.")
    [retreat] = by_type(events, "RETREAT")
    assert [(a.entity_text, a.code, a.sector) for a in retreat.actor] == [("their", "COL", "REB")]
    events = extract("Hamas leaders met in Cairo on Monday. Israel welcomed their decision to release the hostages.")
    [release] = by_type(events, "RETREAT")
    assert (release.cameo, codes(release.actor)) == ("0841", ["PSE"])


def test_other_possessions_of_their_are_not_taken_from_the_sentence_before(extract):
    # what "their" owns with no infinitive is as often what happens to them ("their indictments")
    events = extract("Hamas leaders met in Cairo on Monday. Their fighters attacked Israeli troops.")
    [attack] = by_type(events, "ASSAULT")
    assert [(a.code, a.sector) for a in attack.actor] == [(None, "UAF")]
    assert codes(attack.recipient) == ["ISR"]


def test_a_person_set_beside_the_title_of_a_body_is_of_that_body(extract):
    # "Name, chairman of X": an unknown person heading a body takes the body's country and sector
    text = ("Israel indicted a girl. The Israeli army said the girl was violent. Qadoura Fares, chairman "
            "of the Palestinian Prisoners Club, said the charges were false.")
    [reject] = by_type(extract(text), "REJECT")
    assert [(a.entity_text, a.code, a.sector) for a in reject.actor] == [("Qadoura Fares, chairman", "PSE", "CVL")]
    [accuse] = by_type(extract("John Doe, leader of the Free Syrian Army, condemned the attack."), "ACCUSE")
    assert [(a.code, a.sector) for a in accuse.actor] == [("SYR", "REB")]
    # a title of no such list ("co-founder of a rock band") says nothing of the person's party
    text = "Roger Waters, co-founder of the British rock band Pink Floyd, criticised the government of Syria."
    [accuse] = by_type(extract(text), "ACCUSE")
    assert [(a.code, a.sector) for a in accuse.actor] == [(None, None)] and codes(accuse.recipient) == ["SYR"]
