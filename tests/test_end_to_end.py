"""The seed article, end to end: the facts issue #2 asks for."""

import json

import pytest

from conftest import SEED, need
from newsevents.clean import clean
from newsevents.read import read_path


@pytest.fixture(scope="module")
def seed(pipeline):
    [raw] = list(read_path(need(SEED)))
    article = clean(raw)
    return article, pipeline.extract(article)


def codes(ents):
    return {e.code for e in ents}


def find(events, event, actor=None, recipient=None):
    out = [e for e in events if e.event == event
           and (actor is None or actor in codes(e.actor))
           and (recipient is None or recipient in codes(e.recipient))]
    assert out, f"no {event} {actor}->{recipient} in {[(e.event, codes(e.actor), codes(e.recipient)) for e in events]}"
    return out


def test_putins_visit(seed):
    _, events = seed
    [visit] = [e for e in find(events, "CONSULT", "RUS", "BLR") if e.mode == "visit"]
    putin = [a for a in visit.actor if a.code == "RUS"][0]
    assert putin.sector == "GOV" and putin.name == "Vladimir Putin"
    assert (visit.date, visit.status, visit.historical) == ("2022-12-19", "future", False)
    assert visit.event_loc is not None and (visit.event_loc.name, visit.event_loc.country) == ("Minsk", "BLR")


def test_lukashenko_hosts_putin(seed):
    _, events = seed
    [host] = [e for e in find(events, "CONSULT", "BLR", "RUS") if e.event_text == "host"]
    assert (host.date, host.status) == ("2022-12-19", "future")
    assert host.cameo == "043" and host.mode == "visit"
    assert host.event_loc.name == "Minsk"


def test_invasion_is_historical(seed):
    _, events = seed
    [inv] = [e for e in find(events, "ASSAULT", "RUS", "UKR") if e.event_text == "invasion"]
    assert (inv.date, inv.historical) == ("2022-02-24", True)
    # the failed attempt to seize Kyiv is its own record (gold/seed lists both), at the war's start
    [attempt] = [e for e in find(events, "ASSAULT", "RUS", "UKR") if e.event_text == "attempt seize"]
    assert attempt.historical is True


def test_sanctions_refusal_and_backing(seed):
    _, events = seed
    [sanction] = find(events, "SANCTION", "USA", "BLR")
    assert codes(sanction.actor) == {"USA", "EUR"}
    [reject] = find(events, "REJECT", "USA")
    assert codes(reject.actor) == {"USA", "EUR"}
    [backing] = [e for e in find(events, "SUPPORT", "EUR") if e.event_text == "backed"]
    assert codes(backing.actor) == {"USA", "EUR"}
    assert [r.sector for r in backing.recipient] == ["OPP"]
    assert backing.status == "asserted"
    # "refused to recognise": the recognising is coded, as negated
    [recognise] = [e for e in find(events, "SUPPORT", "EUR") if e.event_text == "recognise"]
    assert recognise.status == "negated"


def test_lukashenko_met_putin_in_moscow_is_not_merged_into_the_planned_visit(seed):
    _, events = seed
    [met] = [e for e in find(events, "CONSULT", "BLR", "RUS") if e.event_text == "met with"]
    assert (met.status, met.event_loc.name, met.event_loc.country) == ("asserted", "Moscow", "RUS")


def test_crackdown_on_protesters(seed):
    _, events = seed
    [crackdown] = [e for e in events if e.event_text == "crackdown"]
    assert crackdown.event == "ASSAULT"  # as in gold/seed
    assert codes(crackdown.actor) == {"BLR"}
    assert crackdown.date == "2020" and crackdown.historical


def test_records_come_from_kept_text_only_and_spans_hold(seed):
    article, events = seed
    for e in events:
        s, t = e.event_span
        assert article.text[s:t].split()[0] == e.event_text.split()[0]
        ss, st = e.sentence_span
        assert article.text[ss:st] == e.sentence
        for ent in e.actor + e.recipient:
            assert article.text[ent.span[0]:ent.span[1]] == ent.entity_text
    removed = " ".join(r.text for r in article.removed)
    assert "Putin is to visit his war ally" in removed  # the caption...
    assert all("Putin is to visit his war ally" not in e.sentence for e in events)  # ...adds no event


def test_no_duplicate_records(seed):
    _, events = seed
    # one lexicon entry telling one event twice ("invasion" in the lede and "the February 24
    # invasion") is one record; two entries (the invasion, the attempt to seize Kyiv) are two
    keys = [(e.event, e.cameo, tuple(sorted(codes(e.actor) - {None})), tuple(sorted(codes(e.recipient) - {None})),
             e.date, e.status, e.rule.split("+")[0]) for e in events]
    assert len(keys) == len(set(keys))
    assert sum(e.event_text == "invasion" for e in events) == 1


def test_records_serialise_to_the_spec(seed):
    _, events = seed
    from newsevents.records import Event

    spec_fields = ["id", "story_id", "event", "mode", "context", "cameo", "goldstein", "quad_code", "actor",
                   "recipient", "date", "date_text", "date_basis", "status", "historical", "attribution",
                   "event_loc", "event_text", "event_span", "sentence", "sentence_span", "confidence", "rule", "coder"]
    for e in events:
        d = json.loads(json.dumps(e.to_dict()))
        assert list(d) == spec_fields
        assert Event.from_dict(d).to_dict() == d
        assert d["story_id"] == "putin-belarus-visit"


def test_seed_actors_as_the_actors_issue_lists(pipeline, seed):
    """Issue 6's seed acceptance: every listed actor, with the code and sector it asks for."""
    from newsevents.actors import annotate_actors
    from newsevents.actors.resolve import entities_for

    article, _ = seed
    doc = pipeline.nlp(article.text)
    annotate_actors(doc, pipeline.nlp, article.published, pipeline.kb)

    def at(text, nth=0, word=None):
        start = [i for i in range(len(article.text)) if article.text.startswith(text, i)][nth]
        word = word or text.split()[-1]
        tok = next(t for t in doc if t.idx >= start and t.text == word)
        return [(e.code, e.sector) for e in entities_for(tok)]

    assert at("Putin")[0] == ("RUS", "GOV")
    assert at("Alexander Lukashenko")[0] == ("BLR", "GOV")
    assert at("Belarusian leader’s", word="leader")[0] == ("BLR", "GOV")
    assert at("he has consistently", word="he")[0] == ("BLR", "GOV")
    assert at("Sviatlana Tsikhanouskaya")[0] == ("BLR", "OPP")
    assert at("The Kremlin")[0] == ("RUS", "GOV")
    assert at("The US and EU have", word="US") == [("USA", None), ("EUR", "GOV")]
    assert at("Russian forces")[0] == ("RUS", "MIL")
    [protesters] = [e for e in pipeline.extract(article) if e.event_text.startswith("crackdown")]
    assert [(r.code, r.sector) for r in protesters.recipient] == [("BLR", "CVL")]  # as in gold/seed
