"""Who does an act named as the object of another verb: received acts go to the subject, condemned
or rejected acts are someone else's.  Invented sentences."""

from coding import by_type, codes


def test_condemned_attack_is_not_the_condemners_attack(extract):
    events = extract("The Peruvian government condemned the attack on Tuesday.")
    assert not by_type(events, "ASSAULT")
    [e] = by_type(events, "ACCUSE")
    assert codes(e.actor) == ["PER"] and e.recipient == []


def test_condemned_arrests_are_not_the_condemners_arrests(extract):
    events = extract("Chile denounced the arrests.")
    assert not by_type(events, "COERCE")
    [e] = by_type(events, "ACCUSE")  # the denunciation is the record, as for the condemned attack above
    assert codes(e.actor) == ["CHL"] and e.recipient == []


def test_condemned_visit_is_not_aimed_at_home(extract):
    [e] = by_type(extract("Ankara condemned the visit on Friday."), "ACCUSE")
    assert codes(e.actor) == ["TUR"] and e.recipient == []


def test_rejected_proposal_with_named_author_keeps_its_target(extract):
    [e] = by_type(extract("The Kenyan government rejected Uganda's proposal."), "REJECT")
    assert codes(e.actor) == ["KEN"] and codes(e.recipient) == ["UGA"]


def test_opposition_rejecting_a_decision_still_aims_at_home(extract):
    # a society actor's rejection with no named target is aimed at its own country (PLOVER practice)
    [e] = by_type(extract("The Zambian opposition rejected the decision."), "REJECT")
    assert codes(e.actor) == ["ZMB"] and codes(e.recipient) == ["ZMB"]


def test_received_aid_goes_to_the_subject(extract):
    [e] = by_type(extract("Moldova received military aid from Romania on Monday."), "AID")
    assert codes(e.actor) == ["ROU"] and codes(e.recipient) == ["MDA"]


def test_received_aid_from_unnamed_giver(extract):
    [e] = by_type(extract("Haiti received humanitarian aid on Monday."), "AID")
    assert codes(e.recipient) == ["HTI"]
    assert e.actor[0].code is None and e.actor[0].sector is None and e.actor[0].entity_text == ""
    assert e.rule.endswith("+implied-agent")


def test_received_visit_from_named_visitor(extract):
    [e] = by_type(extract("Hanoi received a visit from the Laotian president."), "CONSULT")
    assert codes(e.actor) == ["LAO"] and codes(e.recipient) == ["VNM"]


def test_modifier_of_kind_names_no_doer(extract):
    # "military aid" is aid of a kind, not aid by the receiver's military
    [e] = by_type(extract("Georgia received military aid."), "AID")
    assert codes(e.recipient) == ["GEO"]
    assert e.actor[0].code is None and e.actor[0].sector is None


def test_country_modifier_still_names_the_giver(extract):
    [e] = by_type(extract("Georgia received Turkish military aid."), "AID")
    assert codes(e.actor) == ["TUR"] and codes(e.recipient) == ["GEO"]


def test_shown_feeling_about_an_act_is_not_the_act(extract):
    events = extract("The Ghanaian president voiced anger at the bombing.")
    assert not by_type(events, "ASSAULT")
    [e] = by_type(events, "ACCUSE")
    assert codes(e.actor) == ["GHA"] and e.recipient == []


def test_shown_concern_over_strikes_is_not_the_strikes(extract):
    events = extract("The Malian minister expressed concern over the air strikes.")
    assert not by_type(events, "ASSAULT") and by_type(events, "ACCUSE")


def test_begged_act_is_only_asked_for(extract):
    events = extract("The Red Cross begged Ethiopia to halt the bombing.")
    assert [e.status for e in events if e.event != "REQUEST"] == ["hypothetical"]  # the halt asked for
    assert [e.status for e in events if e.event == "REQUEST"] == ["asserted"]


def test_unnamed_minister_accusing_the_story_country_is_not_of_it(extract):
    [e] = by_type(extract("The minister accused Venezuela of breaking the accord."), "ACCUSE")
    assert codes(e.recipient) == ["VEN"] and codes(e.actor) == []


def test_government_acting_on_its_people_still_takes_the_story_country(extract):
    [e] = by_type(extract("The Venezuelan government arrested the protesters."), "COERCE")
    assert codes(e.actor) == ["VEN"] and codes(e.recipient) == ["VEN"]


def test_a_state_speaking_as_a_state_is_not_aimed_at_itself(extract):
    [e] = by_type(extract("Bolivia rejected three names that the envoy proposed."), "REJECT")
    assert codes(e.actor) == ["BOL"] and e.recipient == []


def test_a_government_calling_for_calm_is_still_aimed_at_home(extract):
    [e] = by_type(extract("The Bolivian government called for calm."), "REQUEST")
    assert codes(e.actor) == ["BOL"] and codes(e.recipient) == ["BOL"]


def test_what_is_sent_comes_from_a_place_not_a_party(extract):
    [e] = by_type(extract("Qatar sent weapons from Sudan and Libya to the rebels."), "AID")
    assert codes(e.actor) == ["QAT"] and not {"SDN", "LBY"} & set(codes(e.recipient))


def test_withdrawing_from_a_country_still_aims_at_it(extract):
    [e] = by_type(extract("Kenya withdrew its troops from Somalia."), "RETREAT")
    assert codes(e.recipient) == ["SOM"]
