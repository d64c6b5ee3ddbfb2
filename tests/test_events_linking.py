"""In-article linking and merging of event mentions (events/dedup.py), on hand-made records."""

from dataclasses import replace

from newsevents.events.dedup import merge_mentions
from newsevents.records import Event


def ev(start, event_text, *, date=None, basis="publication", status="asserted", rule_kind="verb",
       actor="ISR", recipient="USA", sentence_start=None):
    return Event.from_dict({
        "id": f"e{start}", "story_id": "s", "event": "SUPPORT", "mode": None, "context": [], "cameo": "051",
        "goldstein": 3.4, "quad_code": 1,
        "actor": [{"entity_text": actor, "name": None, "code": actor, "sector": "GOV", "span": [start, start + 3]}],
        "recipient": [{"entity_text": recipient, "name": None, "code": recipient, "sector": None,
                       "span": [start + 20, start + 23]}],
        "date": date or "2018-01-01", "date_text": "in December" if basis != "publication" else None,
        "date_basis": basis, "status": status, "historical": False, "attribution": None, "event_loc": None,
        "event_text": event_text, "event_span": [start + 5, start + 12], "sentence": event_text,
        "sentence_span": [start if sentence_start is None else sentence_start, start + 60],
        "confidence": 0.8, "rule": f"lexicon:events.tsv:1:{rule_kind}:{event_text}", "coder": "t",
    })


def dates(events):
    return [(e.event_span[0], e.date) for e in events]


def _two_actors(e):
    e.actor = [*e.actor, type(e.actor[0]).from_dict({"entity_text": "US", "name": None, "code": "USA",
                                                    "sector": "GOV", "span": [0, 2]})]
    e.recipient = []
    return e


def test_a_told_act_in_the_body_keeps_its_own_date():
    # "Israel and the US welcomed the move in December" ... "Israel's cabinet praised the move":
    # the same happening by its parties, but a told act that carries no date is dated by its article
    dated = _two_actors(ev(100, "welcomed", date="2017-12", basis="explicit"))
    told = ev(500, "praised")
    told.recipient = []
    out = merge_mentions([dated, told])
    assert dates(out) == [(105, "2017-12"), (505, "2018-01-01")]


def test_a_bare_event_noun_a_plan_or_a_headline_takes_the_dated_mention_s_date():
    for undated, status in ((ev(500, "support", rule_kind="noun"), "asserted"),   # "the support" refers back
                            (ev(500, "will back", status="future"), "future"),    # a plan told without its date
                            (ev(500, "backs", sentence_start=0), "asserted")):    # the headline
        undated.recipient = []
        dated = _two_actors(ev(100, "welcomed", date="2017-12", basis="explicit", status=status))
        out = merge_mentions([dated, undated])
        assert dates(out) == [(105, "2017-12"), (505, "2017-12")], undated.event_text


def test_a_headline_takes_no_date_from_a_mention_with_fewer_parties():
    # "Israel hits US convoy" (the headline) and "Israeli jets struck a depot in December" further down:
    # the dated mention names fewer parties, so it is not the headline's happening, nor merged with it
    headline = ev(0, "hits", sentence_start=0)
    other = ev(500, "struck", date="2017-12", basis="explicit")
    other.recipient = []
    assert dates(merge_mentions([headline, other])) == [(5, "2018-01-01"), (505, "2017-12")]
    # ... but one between the same parties is
    headline = ev(0, "hits", sentence_start=0)
    assert dates(merge_mentions([headline, ev(500, "struck", date="2017-12", basis="explicit")])) == [(5, "2017-12")]


def test_a_run_on_scrape_is_cut_into_sentences_and_its_repeats_merge(pipeline):
    from newsevents.nlp import RUN_ON_TOKENS
    from newsevents.records import Article

    clause = "Russian forces shelled Kharkiv on Monday while police arrested 12 protesters in Tbilisi"
    text = ", and ".join([clause] * 120) + "."
    doc = pipeline.nlp(text)
    lengths = [len(s) for s in doc.sents]
    assert len(lengths) > 10 and max(lengths) <= 2 * RUN_ON_TOKENS
    # an ordinary sentence is left whole
    assert len(list(pipeline.nlp("Police arrested 12 protesters in Tbilisi, and Russian forces shelled Kharkiv.").sents)) == 1
    # 240 mentions of two happenings: one record each, whatever the comparison window
    es = pipeline.extract(Article(story_id="t", text=text, published="2025-03-05"))
    # (the arrests "while" the shelling went on share its Monday)
    assert sorted((e.event, e.date) for e in es) == [("ASSAULT", "2025-03-03"), ("COERCE", "2025-03-03")]


def test_every_span_of_a_record_lies_in_its_own_sentence(pipeline):
    from pathlib import Path

    from newsevents.clean import clean
    from newsevents.read import read_path

    [raw] = list(read_path(Path(__file__).resolve().parents[1] / "examples" / "sample-article.txt"))
    article = clean(raw)
    es = pipeline.extract(article)
    merged = [r for e in es for r in e.recipient if r.span is None and r.entity_text]
    assert [r.entity_text for r in merged] == ["Prime Minister Kristen Michal"]  # told in the next sentence
    for e in es:
        lo, hi = e.sentence_span
        assert article.text[lo:hi] == e.sentence
        for ent in (*e.actor, *e.recipient):
            if ent.span:
                assert lo <= ent.span[0] and ent.span[1] <= hi and article.text[ent.span[0]:ent.span[1]] == ent.entity_text
    [c] = [e for e in es if e.event == "CONSULT"]
    assert any("from another mention of this event" in line for line in c.explanation)


def _armed(e, actor_sector, recipient_sector, event="ASSAULT", rule_kind="verb"):
    e.event, e.cameo = event, "190"
    e.rule = f"lexicon:events.tsv:1:{rule_kind}:{e.event_text}"
    e.actor = [replace(e.actor[0], sector=actor_sector)]
    e.recipient = [replace(r, sector=recipient_sector) for r in e.recipient]
    return e


def test_an_unidentified_attacker_merges_with_the_named_rebels_of_the_same_attack():
    # "Rebels bombed the US embassy in December" ... "The gunman stormed the embassy": one attack,
    # told once with its doers named and once with an unnamed attacker (UAF)
    named = _armed(ev(100, "bombing", date="2017-12", basis="explicit", rule_kind="noun"), "REB", "GOV", rule_kind="noun")
    unnamed = _armed(ev(500, "stormed"), "UAF", "GOV")
    out = merge_mentions([named, unnamed])
    assert [(e.event_text, e.actor[0].sector) for e in out] == [("bombing", "REB")]


def test_an_unidentified_attacker_of_other_victims_stays_apart():
    # "the rebels' insurgency against the state" and "unknown men attacked the rebels": the unnamed
    # attackers of rebels are not those rebels; nor is a police act an unnamed attacker's
    insurgency = _armed(ev(100, "insurgency", date="2017-12", basis="explicit", rule_kind="noun"), "REB", None, rule_kind="noun")
    attack = _armed(ev(500, "attacked"), "UAF", "REB")
    assert len(merge_mentions([insurgency, attack])) == 2
    police = _armed(ev(100, "shot", date="2017-12", basis="explicit"), "COP", "GOV")
    gunman = _armed(ev(500, "opened fire"), "UAF", "GOV")
    assert len(merge_mentions([police, gunman])) == 2


def test_a_killing_by_an_attacker_of_no_country_merges_with_the_same_killing_told_with_one():
    # "Gunmen killed a British soldier in Syria in March" ... "The soldier was killed on Thursday":
    # the second mention's unknown attacker has no country; the victims are the same
    told = _armed(ev(100, "killed", date="2018-03", basis="explicit", actor="SYR", recipient="GBR"), "UAF", "MIL")
    again = _armed(ev(500, "was killed", recipient="GBR"), "UAF", "MIL")
    again.actor = [replace(again.actor[0], code=None, entity_text="")]
    out = merge_mentions([told, again])
    assert [(e.event_text, e.actor[0].code) for e in out] == [("killed", "SYR")]
    # a named attacker of another country is another party, not an unknown one
    other = _armed(ev(500, "was killed", actor="IRQ", recipient="GBR"), "UAF", "MIL")
    assert len(merge_mentions([_armed(ev(100, "killed", date="2018-03", basis="explicit", actor="SYR", recipient="GBR"), "UAF", "MIL"), other])) == 2


def test_acts_on_two_named_people_stay_two_records():
    # "the court sentenced Morales" ... "Ortiz is serving a five-year sentence": one state and one
    # court, but two people sentenced; a retelling that names the same person still merges
    def named(start, text, name):
        e = ev(start, text)
        e.recipient = [replace(e.recipient[0], name=name, entity_text=name)]
        return e
    out = merge_mentions([named(100, "sentenced", "Juan Morales"), named(500, "serving", "Ana Ortiz")])
    assert len(out) == 2
    out = merge_mentions([named(100, "sentenced", "Juan Morales"), named(500, "serving", "Juan Morales")])
    assert len(out) == 1


def test_a_mention_by_other_doers_takes_no_date_or_place():
    # "Islamic State kidnapped the Yazidis in 2014" ... "her husband joined the fight": the
    # Yazidis' country is a doer of one and a sufferer of the other, so the fight is no retelling
    kidnap = _armed(ev(100, "kidnapped", date="2014", basis="explicit", actor="IMG", recipient="SYR"), "REB", None)
    fight = _armed(ev(500, "fight", actor="SYR", rule_kind="noun"), None, None, rule_kind="noun")
    fight.recipient = []
    out = merge_mentions([kidnap, fight])
    assert dates(out) == [(105, "2014"), (505, "2018-01-01")]


def test_one_meeting_seen_from_each_side_is_still_linked():
    # "Lukashenko will host Putin" / "Putin is to travel to Belarus on Monday": each one's doer is
    # the other's recipient, so the undated plan takes the dated one's day
    travel = ev(100, "travel", date="2018-01-08", basis="relative", status="future", actor="RUS", recipient="BLR")
    host = ev(500, "host", status="future", actor="BLR", recipient="RUS")
    out = merge_mentions([travel, host])
    assert [e.date for e in out] == ["2018-01-08"] * len(out)


def test_a_series_of_attacks_is_no_retelling_of_the_one_attack(extract):
    from tests.coding import by_type, codes

    text = ("Militants killed 12 soldiers in an ambush near Gao on Monday. "
            "Mali has faced a series of jihadist attacks in the past year, killing hundreds of civilians.")
    attacks = by_type(extract(text, published="2022-12-16"), "ASSAULT")
    assert [e.event_text for e in attacks] == ["killed", "attacks"]
    ambush, series = attacks
    assert ambush.event_loc.name == "Gao" and codes(ambush.recipient) == ["MLI"]
    # the series is not placed at the ambush, nor does it lend the ambush its victims
    assert series.event_loc.name == "Mali"
    assert [r.entity_text for r in ambush.recipient] == ["12 soldiers"]


def test_mentions_dated_to_other_days_lend_no_place():
    # "North Korea's November missile test at Sohae" / "its September nuclear test": two tests
    from newsevents.records import Location

    nov = ev(100, "test", date="2017-11-29", basis="explicit", actor="PRK", rule_kind="noun")
    sep = ev(500, "test", date="2017-09", basis="relative", actor="PRK", rule_kind="noun")
    nov.recipient = sep.recipient = []
    nov.event_loc = Location(text="Sohae", name="Sohae", country="PRK", admin1=None, lat=None, lon=None,
                             geonameid=1, feature="city")
    sep.event_loc = Location(text="North Korea", name="North Korea", country="PRK", admin1=None, lat=None,
                             lon=None, geonameid=2, feature="country")
    out = merge_mentions([nov, sep])
    assert [(e.date, e.event_loc.name) for e in out] == [("2017-11-29", "Sohae"), ("2017-09", "North Korea")]


def test_victims_told_with_also_are_more_recipients_of_the_one_attack(extract):
    from tests.coding import by_type

    text = ("At least 30 people were killed at a market in Kano on Friday. "
            "Two police officers, Musa Bello and Ahmed Sani, were also killed, officials said. "
            "A Ghanaian trader was also killed.")
    [attack] = [e for e in by_type(extract(text, published="2022-12-16"), "ASSAULT") if e.cameo == "190"]
    assert [r.entity_text for r in attack.recipient][0] == "30 people"
    assert any("Musa Bello" in r.entity_text for r in attack.recipient)
    assert "GHA" in {r.code for r in attack.recipient}
    # other words are no more victims of this act: "Emwazi, killed by a US drone" ... "two aid
    # workers were also executed" (by Emwazi, long before)
    text = ("Mohammed Emwazi was killed by a US drone in November 2015. "
            "The aid workers Alan Henning and David Haines were also executed on camera.")
    assert len(by_type(extract(text, published="2018-02-09"), "ASSAULT")) == 2


def test_acts_on_two_named_people_without_also_stay_two_records_in_text(extract):
    from tests.coding import by_type

    text = ("Gunmen killed the journalist John Okafor in Lagos on Friday. "
            "The activist Mary Eze was killed in Abuja.")
    assert len(by_type(extract(text, published="2022-12-16"), "ASSAULT")) == 2


def test_a_state_act_retold_by_a_bare_noun_merges_across_government_and_army():
    # "Trump's decision to pull US troops out of Syria" (the president, GOV) ... "Trump's troop
    # withdrawals also pose a conundrum" (a bare noun naming the troops, MIL): one act of one state
    told = _armed(ev(100, "pull out", recipient="USA"), "GOV", "MIL", event="RETREAT")
    noun = _armed(ev(500, "troop withdrawals", actor="USA", rule_kind="noun"), "MIL", None, event="RETREAT", rule_kind="noun")
    told.actor = [replace(told.actor[0], code="USA")]
    noun.recipient = []
    out = merge_mentions([told, noun])
    assert [(e.event_text, e.actor[0].sector) for e in out] == [("pull out", "GOV")]
    # two told acts (verbs) of the government and the army stay two, as do two bare nouns of
    # different countries' forces
    verb = _armed(ev(500, "withdrew", actor="USA"), "MIL", None, event="RETREAT")
    verb.recipient = []
    told = _armed(ev(100, "pull out", recipient="USA"), "GOV", "MIL", event="RETREAT")
    told.actor = [replace(told.actor[0], code="USA")]
    assert len(merge_mentions([told, verb])) == 2
    other = _armed(ev(500, "troop withdrawals", actor="RUS", rule_kind="noun"), "MIL", None, event="RETREAT", rule_kind="noun")
    other.recipient = []
    told = _armed(ev(100, "pull out", recipient="USA"), "GOV", "MIL", event="RETREAT")
    told.actor = [replace(told.actor[0], code="USA")]
    assert len(merge_mentions([told, other])) == 2
    # a dated noun ("the withdrawal in March") is no bare retelling: the sectors keep it apart
    dated = _armed(ev(500, "troop withdrawals", actor="USA", rule_kind="noun", date="2018-03", basis="explicit"),
                   "MIL", None, event="RETREAT", rule_kind="noun")
    dated.recipient = []
    told = _armed(ev(100, "pull out", recipient="USA", date="2018-03", basis="explicit"), "GOV", "MIL", event="RETREAT")
    told.actor = [replace(told.actor[0], code="USA")]
    assert len(merge_mentions([told, dated])) == 2


def test_a_plan_and_a_condition_of_the_same_act_are_one_prospect():
    # "Russia would shoot down missiles if a US strike threatened its men" (hypothetical) ... "if the
    # US sought to strike Syria" / "the US will strike Syria" (future): one prospective strike
    plan = _armed(ev(100, "will strike", status="future"), "MIL", None)
    cond = _armed(ev(500, "strike", status="hypothetical", rule_kind="noun"), "MIL", None, rule_kind="noun")
    assert [(e.event_text, e.status) for e in merge_mentions([plan, cond])] == [("will strike", "future")]
    # a done act and a prospect, or a denied act and a prospect, stay two
    for status in ("asserted", "negated"):
        done = _armed(ev(100, "struck", status=status), "MIL", None)
        cond = _armed(ev(500, "strike", status="hypothetical", rule_kind="noun"), "MIL", None, rule_kind="noun")
        assert len(merge_mentions([done, cond])) == 2, status
