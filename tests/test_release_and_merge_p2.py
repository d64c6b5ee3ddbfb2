"""A release whose releaser the sentence leaves untold, and two acts the merge must keep apart
(precision round 2, real-news reading).  Invented sentences and hand-made records."""

from coding import by_type

from newsevents.events.dedup import merge_mentions
from newsevents.records import Event


def test_release_of_captives_is_by_their_captors(extract):
    events = extract("Twelve of the 40 students kidnapped by Shining Path rebels have been freed, Peruvian officials said.")
    [e] = by_type(events, "RETREAT")
    assert e.cameo == "0841"
    assert [a.sector for a in e.actor] == ["REB"]  # the kidnappers free them
    assert [r.sector for r in e.recipient] == ["EDU"]


def test_release_with_no_captor_told_is_no_record(extract):
    assert not by_type(extract("The Chilean girls were released around 5:30 a.m. on Thursday."), "RETREAT")


def test_release_from_hospital_is_no_record(extract):
    assert not by_type(extract("The Chilean singer was released from hospital on Monday."), "RETREAT")


def _attack(start, cameo, recipient=None, place=None, pos="verb"):
    return Event.from_dict({
        "id": f"e{start}", "story_id": "s", "event": "ASSAULT", "mode": None, "context": [], "cameo": cameo,
        "goldstein": -9.0, "quad_code": 4,
        "actor": [{"entity_text": "rebels", "name": None, "code": "PER", "sector": "REB", "span": [start, start + 6]}],
        "recipient": [{"entity_text": recipient, "name": None, "code": recipient, "sector": None,
                       "span": [start + 20, start + 25]}] if recipient else [],
        "date": "2022-12-16", "date_text": None, "date_basis": "publication", "status": "asserted",
        "historical": False, "attribution": None,
        "event_loc": {"text": place, "name": place, "country": place, "lat": None, "lon": None, "feature": "country",
                      "geonames_id": None} if place else None,
        "event_text": "x", "event_span": [start + 10, start + 16], "sentence": "x",
        "sentence_span": [start, start + 60], "confidence": 0.8, "rule": f"lexicon:events.tsv:1:{pos}:x", "coder": "t",
    })


def test_act_at_home_is_not_the_fight_taken_abroad():
    # "burning entire villages" (in Peru, on no one named) and "taken the fight to countries like Chile"
    burning = _attack(100, "180", place="PER")
    abroad = _attack(500, "190", recipient="CHL", pos="noun")
    assert len(merge_mentions([burning, abroad])) == 2


def test_act_placed_in_the_attacked_country_still_merges():
    shelling = _attack(100, "195", place="CHL", pos="noun")  # "the shelling", told again
    attack = _attack(500, "190", recipient="CHL")
    assert len(merge_mentions([shelling, attack])) == 1
