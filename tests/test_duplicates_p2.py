"""Duplicates found reading real news (precision round 2): an attack told twice, once with an
attacker only guessed; and records that must stay apart.  Invented sentences and hand-made records."""

from coding import by_type

from newsevents.events.dedup import merge_mentions
from newsevents.records import Event


def test_withdrawal_agreed_to_is_still_its_own_record(extract):
    events = extract("Peru agreed to a withdrawal of its troops from the border.")
    assert [(e.event, e.cameo, e.status) for e in by_type(events, "AGREE") + by_type(events, "RETREAT")] == [
        ("AGREE", "030", "asserted"), ("RETREAT", "0874", "future")]


def test_ceasefire_observed_is_still_a_retreat(extract):
    [e] = by_type(extract("Peruvian rebels observed the ceasefire on Sunday."), "RETREAT")
    assert e.cameo == "0871"


def _attack(start, text, actor_code, rule_suffix="", sentence_start=None):
    return Event.from_dict({
        "id": f"e{start}", "story_id": "s", "event": "ASSAULT", "mode": None, "context": [], "cameo": "190",
        "goldstein": -10.0, "quad_code": 4,
        "actor": [{"entity_text": "" if rule_suffix else "gunman", "name": None, "code": actor_code,
                   "sector": "UAF", "span": None if rule_suffix else [start, start + 6]}],
        "recipient": [{"entity_text": "84 people", "name": None, "code": "PER", "sector": "CVL",
                       "span": [start + 20, start + 29]}],
        "date": "2022-12-16", "date_text": None, "date_basis": "publication", "status": "asserted",
        "historical": False, "attribution": None, "event_loc": None, "event_text": text,
        "event_span": [start + 10, start + 16], "sentence": text, "sentence_span": [start, start + 60],
        "confidence": 0.8, "rule": f"lexicon:events.tsv:1:verb:kill{rule_suffix}", "coder": "t",
    })


def test_attack_retold_with_its_attacker_is_one_record():
    # "84 people were killed" (attacker implied, its country guessed from the victims) and, in a
    # photo caption, "a Chilean gunman ... killing 84 people": one attack
    guessed = _attack(100, "killed", "PER", "+implied-agent")
    named = _attack(500, "killing", "CHL")
    assert len(merge_mentions([guessed, named])) == 1


def test_two_named_attackers_stay_apart():
    assert len(merge_mentions([_attack(100, "killed", "PER"), _attack(500, "killing", "CHL")])) == 2


def test_other_attacks_with_other_victims_stay_apart(extract):
    text = ("Three Peruvian soldiers were killed in Lima on Thursday. "
            "Separately, Chilean rebels killed five civilians in Santiago on Friday.")
    assert len(by_type(extract(text), "ASSAULT")) == 2
