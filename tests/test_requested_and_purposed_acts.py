"""Requests and purposes are not the act itself (events/factuality.py): an infinitive hung as an
adverbial after the party a request addresses ("pleaded with Russia and Iran to halt"), and the
bare infinitive after the object of a verb of readying ("trained groups to fight Assad").
Invented sentences."""

from coding import by_type, codes


def test_an_act_pleaded_for_with_a_party_is_not_told_as_done(extract):
    events = extract("Erdogan pleaded with Russia and Iran to halt any forthcoming offensive.")
    [request] = by_type(events, "REQUEST")
    assert codes(request.actor) == ["TUR"] and sorted(codes(request.recipient)) == ["IRN", "RUS"]
    [halt] = by_type(events, "CONCEDE")
    assert halt.status == "hypothetical"


def test_a_cooperative_act_asked_of_the_party_addressed_is_no_record(extract):
    # the appeal is the REQUEST; the act asked of the party addressed is not told (as "urged X to
    # ..."), and above all it is not the appealing party's own act
    events = extract("The UN appealed to all Nigerians, including the families of the girls, to fully embrace them.")
    assert [(e.event, codes(e.actor), codes(e.recipient)) for e in events] == [("REQUEST", ["UNO"], ["NGA"])]
    events = extract("Nigeria appealed to its neighbours to help the refugees.")
    assert [(e.event, codes(e.actor)) for e in events] == [("REQUEST", ["NGA"])]


def test_the_aim_of_training_is_no_fight_told(extract):
    [fight] = by_type(extract("Turkey had helped raise and train groups to fight Assad."), "ASSAULT")
    assert fight.status == "hypothetical"


def test_a_purpose_of_an_act_not_of_readying_keeps_its_status(extract):
    # "deployed troops to arrest the suspects": the deployment is no readying of the troops
    [arrest] = by_type(extract("The army deployed troops to arrest the suspects."), "COERCE")
    assert arrest.status == "asserted"


def test_an_inquiry_called_for_is_no_inquiry_by_the_caller(extract):
    events = extract("France called for an independent inquiry into the attack.")
    assert [(e.event, codes(e.actor)) for e in events] == [("REQUEST", ["FRA"])]
    events = extract("Germany called for a full independent inquiry into the bombing.")
    assert by_type(events, "ACCUSE") == []


def test_an_inquiry_called_for_that_names_its_doer_keeps_its_record(extract):
    events = extract("The opposition called for an investigation by the UN into the killings.")
    [inquiry] = by_type(events, "ACCUSE")
    assert codes(inquiry.actor) == ["UNO"] and inquiry.status == "hypothetical"
