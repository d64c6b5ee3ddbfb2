"""What the coder's stages remember per process gives what the unremembered computation gives."""

import gc
from datetime import datetime

from newsevents.place import load_gazetteer


def test_dateparser_readings_are_remembered():
    from newsevents.time import _parser, _read_date

    got = _read_date("last week", "2020-01-15", "past", False)
    assert got == (datetime(2020, 1, 8), "week")
    data = _parser("2020-01-15", "past", False).get_date_data("last week")
    assert got == (data.date_obj, data.period)
    hits = _read_date.cache_info().hits
    assert _read_date("last week", "2020-01-15", "past", False) is got
    assert _read_date.cache_info().hits == hits + 1
    # the base and the direction are part of the question
    assert _read_date("August", "2020-01-15", "past", False)[0] == datetime(2019, 8, 15)
    assert _read_date("August", "2020-01-15", "future", False)[0] == datetime(2020, 8, 15)
    # words dateparser cannot read stay unread
    assert _read_date("decades", "2020-01-15", "past", False)[0] is None


def test_gazetteer_answers_are_remembered_per_story():
    gaz = load_gazetteer()
    us = gaz.resolve("St. Petersburg", ["USA"])
    assert (us.name, us.country) == ("St. Petersburg", "USA")
    assert gaz.resolve("St. Petersburg", ("USA",)) is us  # a list or a tuple of the same codes
    assert gaz.resolve("St. Petersburg", (c for c in ["USA"])) is us  # or a generator
    assert gaz.resolve("St. Petersburg", ["RUS"]).country == "RUS"  # another story, another answer
    assert gaz._resolve("St. Petersburg", ("USA",), None, None) == us
    assert gaz.resolve("Nowhereville Prime", ["USA"]) is None


def test_loaded_pipeline_is_out_of_the_collectors_reach():
    from newsevents.pipeline import get_pipeline

    pipe = get_pipeline()
    assert gc.get_freeze_count() > 100_000  # the spaCy pipeline, dictionaries, lexicon, gazetteer
    tracked = {id(o) for o in gc.get_objects()}  # (frozen objects are not listed)
    assert id(pipe.kb.names) not in tracked and id(pipe.gazetteer.index) not in tracked


def test_offset_phrase_precheck_agrees_with_the_walk(nlp):
    from newsevents.time import _offset_phrase, _offset_walk

    doc = nlp("The ban comes two years after hundreds of fans were attacked in Cologne. Police arrested "
              "three men a week before the vote. Ministers met on Monday and signed a deal. After the talks, "
              "the army withdrew. Rebels fired rockets before dawn.")
    found = {}
    for tok in doc:
        got = _offset_phrase(tok)
        assert got == _offset_walk(tok), tok.text
        if got:
            found[tok.text] = (got[1].lower_, got[2], got[3])
    assert found["attacked"] == ("after", -2, "year")
    assert found["vote"] == ("before", 1, "week")  # the vote is a week after the arrests
    assert "arrested" not in found and "signed" not in found and "withdrew" not in found and "fired" not in found
    plain = nlp("Ministers met on Monday and signed a deal.")
    assert all(_offset_phrase(t) is None for t in plain)


def test_calendar_date_needs_a_closing_year():
    from newsevents.time import _calendar_date

    assert _calendar_date("September 24") is None and _calendar_date("24 Sept") is None
    assert _calendar_date("Sep 2019") == "2019-09" and _calendar_date("2019") == "2019"
    assert _calendar_date("June 2019 ") is None  # strptime reads the whole text: nothing may follow the year


def test_calendar_date_tries_only_formats_with_as_many_words(monkeypatch):
    import newsevents.time as T

    tried, real = [], T.datetime

    class Counting:
        @staticmethod
        def strptime(words, fmt):
            tried.append(fmt)
            return real.strptime(words, fmt)

    monkeypatch.setattr(T, "datetime", Counting)
    assert T._calendar_date("June 2019") == "2019-06" and tried == ["%B %Y"]
    tried.clear()
    assert T._calendar_date("the end of 2019") is None and tried == []  # four words: no format has four
    assert T._calendar_date("early June 2019") is None and tried == ["%B %d %Y", "%d %B %Y", "%d %b %Y"]
    tried.clear()
    assert T._calendar_date("24 September, 2019") == "2019-09-24" and tried[-1] == "%d %B, %Y"


def test_cited_headline_scan_closes_a_parenthesis_in_its_own_sentence(nlp):
    """:func:`_cited_headlines` visits only the parentheses of a document (picked in one pass), yet
    pairs them within a sentence as the sentence-by-sentence walk did."""
    from newsevents.events.coder import _cited_headlines

    cited = nlp("The Kurdish forces never sought to topple the president, as your article suggests "
                "(Aid worker, seized by rebels in 2015, is alive, says Foreign Office, 9 March).")
    assert sorted(_cited_headlines(cited)) == list(range(15, 33))
    assert cited[15].text == "Aid" and cited[33].text == ")"
    # a parenthesis left open at a sentence's end is not closed by the next sentence's ")"
    assert _cited_headlines(nlp("Rebels seized the aid worker (a Danish citizen. He is alive, says "
                                "Foreign Office, 9 March) in Homs.")) == set()
    # the second sentence's parenthesis (no date) cites nothing; the first one's does
    two = nlp("Talks went on (see page 4, 9 March). Rebels seized the aid worker (a Danish citizen, "
              "aged 40) in Homs.")
    assert sorted(_cited_headlines(two)) == [4, 5, 6, 7, 8, 9]
