"""A doer named only by a pronoun that names no party, after an act of its type was told, is that
act told again (retell25): invented sentences, and the rule itself on records."""

from newsevents.events.dedup import pronoun_retold, unresolved_pronoun_doer
from newsevents.read import RawArticle
from newsevents.records import Entity, Event


def _records(pipeline, text, published="2019-01-07"):
    return next(iter(pipeline.run([RawArticle("t", text, published=published)]))).events


def _event(event, actor, sentence):
    return Event(id=str(sentence), story_id="s", event=event, mode=None, context=[], cameo=None, goldstein=None,
                 quad_code=3, actor=actor, recipient=[], date=None, date_text=None, date_basis="publication",
                 status="asserted", attribution=None, historical=False, event_loc=None, event_text="x",
                 event_span=(sentence, sentence + 1), sentence="x", sentence_span=(sentence, sentence + 10),
                 confidence=0.0, rule="r", coder="t")


def _ent(text, code=None, sector=None):
    return Entity(entity_text=text, code=code, sector=sector)


def test_a_pronoun_doer_with_no_party_is_unresolved_a_coded_or_named_one_is_not():
    assert unresolved_pronoun_doer(_event("RETREAT", [_ent("we")], 0))
    assert unresolved_pronoun_doer(_event("RETREAT", [_ent("They ", sector="CVL")], 0))
    assert not unresolved_pronoun_doer(_event("RETREAT", [_ent("we", "USA")], 0))
    assert not unresolved_pronoun_doer(_event("RETREAT", [_ent("the president")], 0))
    assert not unresolved_pronoun_doer(_event("RETREAT", [], 0))


def test_only_an_act_of_a_type_told_in_an_earlier_sentence_is_retold():
    told = _event("RETREAT", [_ent("Trump", "USA", "GOV")], 0)
    again = _event("RETREAT", [_ent("we")], 50)
    assert pronoun_retold(again, [told, again])
    assert not pronoun_retold(again, [again])  # nothing of its type before
    assert not pronoun_retold(again, [_event("ASSAULT", told.actor, 0), again])  # another type
    assert not pronoun_retold(told, [told, _event("RETREAT", told.actor, 100)])  # a named doer stays


def test_a_quoted_we_retelling_a_counted_withdrawal_gives_no_second_record(pipeline):
    told = "Donald Trump ordered the withdrawal of US troops from Syria on Monday."
    text = told + " \u201cWe are going to withdraw,\u201d an official said."
    before = [e for e in _records(pipeline, told) if e.event == "RETREAT"]
    after = [e for e in _records(pipeline, text) if e.event == "RETREAT"]
    assert len(before) == 1 and before[0].actor[0].code == "USA"
    assert [(e.event_text, [a.code for a in e.actor]) for e in after] == [(before[0].event_text, ["USA"])]


def test_a_statement_placed_where_its_speaker_is_still_merges_with_one_aimed_at_a_country():
    from dataclasses import replace

    from newsevents.events.dedup import _elsewhere_than_victims, merge_mentions
    from newsevents.records import Location

    washington = Location(text="Washington", name="Washington", country="USA", feature="city")
    trump = [_ent("Mr. Trump", "USA", "GOV")]
    accusation = replace(_event("ACCUSE", trump, 0), cameo="112", event_loc=washington, event_text="accusation")
    criticism = replace(_event("ACCUSE", trump, 50), cameo="111", recipient=[_ent("China", "CHN")],
                        event_span=(50, 51), event_text="criticism")
    assert not _elsewhere_than_victims(accusation, criticism)
    [one] = merge_mentions([accusation, criticism])
    assert [r.code for r in one.recipient] == ["CHN"] and one.event_loc is washington
    # an act of force placed in one country is still not one aimed at another ("burning villages" in
    # Nigeria / "taken the fight to Niger")
    nigeria = Location(text="Borno", name="Borno", country="NGA", feature="admin1")
    burning = replace(_event("ASSAULT", [_ent("Boko Haram", "NGA", "REB")], 0), cameo="180", event_loc=nigeria)
    fight = replace(_event("ASSAULT", [_ent("Boko Haram", "NGA", "REB")], 50), cameo="190",
                    recipient=[_ent("Niger", "NER")], event_span=(50, 51))
    assert _elsewhere_than_victims(burning, fight)
    assert len(merge_mentions([burning, fight])) == 2
