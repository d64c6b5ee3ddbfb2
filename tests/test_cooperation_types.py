"""Cooperative event types (CONSULT, SUPPORT, COOPERATE, AID, AGREE): argument structure fixes."""

from newsevents.records import Article


def _coded(pipeline, sentence):
    doc = pipeline.nlp(sentence)
    return pipeline.code_doc(doc, Article(story_id="t", text=sentence, published="2021-03-08"))


def _codes(ents):
    return {e.code for e in ents}


def test_by_phone_is_a_means_not_the_agent(pipeline):
    events = [e for e in _coded(pipeline, "The army chiefs of Peru and Chile, including the head of the navy, "
                                          "spoke by phone on Tuesday as tensions rose.") if e.event == "CONSULT"]
    assert events and _codes(events[0].actor) == {"PER", "CHL"}
    [call] = [e for e in _coded(pipeline, "General Ramos, the Peruvian army chief, spoke by telephone with "
                                          "the Chilean navy commander on Friday.") if e.event == "CONSULT"]
    assert _codes(call.actor) == {"PER"} and _codes(call.recipient) == {"CHL"}


def test_a_fronted_participle_before_a_reporting_verb_is_the_speaker_s_act(pipeline):
    [talk] = [e for e in _coded(pipeline, "While speaking with the Kenyan president, the Ugandan foreign minister "
                                          "noted the value of the border treaty.") if e.event == "CONSULT"]
    assert _codes(talk.actor) == {"UGA"} and _codes(talk.recipient) == {"KEN"}


def test_a_sum_in_aid_is_aid_given_by_the_verb_s_subject_to_its_to_object(pipeline):
    [aid] = [e for e in _coded(pipeline, "Norway sent $12 million in humanitarian assistance to Malawi.")
             if e.event == "AID"]
    assert _codes(aid.actor) == {"NOR"} and _codes(aid.recipient) == {"MWI"}
    assert aid.cameo == "073"


def test_a_country_name_with_a_possessive_tagged_as_a_person_is_the_country(pipeline):
    [e] = [e for e in _coded(pipeline, "Sri Lanka's foreign minister praised Nepal for its help.")
           if e.event == "SUPPORT"]
    assert _codes(e.actor) == {"LKA"} and _codes(e.recipient) == {"NPL"}


def test_thanks_and_approval_of_are_praise(pipeline):
    [e] = [e for e in _coded(pipeline, "Samoa and Fiji expressed thanks to Australia for its help.") if e.event == "SUPPORT"]
    assert _codes(e.actor) == {"WSM", "FJI"} and _codes(e.recipient) == {"AUS"} and e.cameo == "051"
    [a] = [e for e in _coded(pipeline, "Ghana has approved of Togo's new border policy.") if e.event == "SUPPORT"]
    assert _codes(a.actor) == {"GHA"} and _codes(a.recipient) == {"TGO"}
    [b] = [e for e in _coded(pipeline, "Uruguay threw its support behind Bolivia's bid.") if e.event == "SUPPORT"]
    assert _codes(b.actor) == {"URY"} and _codes(b.recipient) == {"BOL"}


def test_a_letter_of_support_goes_to_the_to_object_of_the_sending_verb(pipeline):
    [e] = [e for e in _coded(pipeline, "Venezuela sent a letter of solidarity to Cuba on Monday.") if e.event == "SUPPORT"]
    assert _codes(e.actor) == {"VEN"} and _codes(e.recipient) == {"CUB"}
