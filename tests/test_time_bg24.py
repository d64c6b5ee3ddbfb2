"""Background round (bg24): past times the coder did not read ("last August", "last April's",
"the summer of 2014"), a comparison's year hung on the comparing verb, and a lead that took a
historical date from a similar act told further down.  Sentences are invented."""
from newsevents.records import Article
from newsevents.time import resolve_expression

from coding import by_type


def _extract(pipeline, text, published):
    return pipeline.extract(Article(story_id="t", text=text, published=published))


def test_last_month_name_is_the_latest_such_month_before_publication():
    assert resolve_expression("last August", "2018-02-10", "past").value == "2017-08"
    assert resolve_expression("last January", "2018-05-13", "past").value == "2018-01"
    # the publication's own month: "last February" in a February paper is a year back
    assert resolve_expression("last February", "2018-02-10", "past").value == "2017-02"
    assert resolve_expression("this January", "2018-05-13", "past").value == "2018-01"


def test_curly_possessive_of_a_time_is_read():
    assert resolve_expression("last April’s", "2018-02-10", "past").value == "2017-04"
    assert resolve_expression("Saturday’s", "2018-04-12", "past").value == "2018-04-07"


def test_season_with_its_year_is_that_year_and_without_one_no_date():
    assert resolve_expression("that fateful summer of 2014", "2018-09-09", "past").value == "2014"
    assert resolve_expression("in summer 2015", "2018-09-09", "past").value == "2015"
    assert resolve_expression("last summer", "2018-09-09", "past") is None


def test_resignation_last_august_is_historical(pipeline):
    es = by_type(_extract(pipeline, "The veteran prosecutor resigned in frustration last August from the inquiry.",
                          "2018-02-10"), "CONCEDE")
    assert len(es) == 1
    assert (es[0].date, es[0].historical) == ("2017-08", True)


def test_comparison_year_on_the_comparing_verb_does_not_date_the_condition(pipeline):
    es = by_type(_extract(pipeline, "“If the Americans pull out and leave us alone, our fate will be like the "
                                    "Kurds of Iraq in 1991,” a commander said.", "2018-12-20"), "RETREAT")
    assert len(es) == 1
    assert es[0].status == "hypothetical"
    assert (es[0].date, es[0].historical) == ("2018-12-20", False)


def test_comparison_year_is_not_spread_to_the_planned_act(pipeline):
    es = by_type(_extract(pipeline, "The planned American withdrawal was announced as Turkey prepared to send "
                                    "troops into Syria. “If the Americans pull out and leave us alone, our fate "
                                    "will be like the Kurds of Iraq in 1991,” a commander said.", "2018-12-20"),
                 "RETREAT")
    assert len(es) == 1
    assert es[0].status == "future"
    assert (es[0].date, es[0].historical) == ("2018-12-20", False)


def test_a_time_of_the_verb_itself_after_like_still_dates_it(pipeline):
    # the comparison rule leaves a time hung on the trigger's own verb alone
    es = by_type(_extract(pipeline, "Government troops shelled the town like a fortress in March.", "2018-12-20"),
                 "ASSAULT")
    assert len(es) == 1
    assert es[0].date == "2018-03"


def test_lead_does_not_take_a_historical_date_from_a_similar_act(pipeline):
    es = by_type(_extract(pipeline, "Russian officials have warned of the dangers of a military clash with the "
                                    "United States over Syria. Moscow has made similar threats before, including "
                                    "last September as the two armies met near the Euphrates.", "2018-12-20"),
                 "THREATEN")
    assert [(e.event_text, e.date, e.historical) for e in es] == [
        ("warned of", "2018-12-20", False), ("made threats", "2018-09", True)]
