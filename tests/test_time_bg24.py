"""Background round (bg24): past times the coder did not read ("last August", "last April's",
"the summer of 2014"), a comparison's year hung on the comparing verb, a background act told as a
"similar" one, and a lead told in the present that took a historical date from a background
retelling further down.  Sentences are invented."""
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


def test_lead_in_the_present_keeps_the_news_from_a_background_retelling(pipeline):
    es = by_type(_extract(pipeline, "Russia has accused Britain of lying about the poisoning of a former spy. "
                                    "Moscow previously accused London of staging the attack to smear Russia.",
                          "2018-04-03"), "ACCUSE")
    assert [(e.event_text, e.date, e.historical) for e in es] == [
        ("accused of", "2018-04-03", False), ("accused of", None, True)]


def test_simple_present_lead_is_not_last_septembers_threat(pipeline):
    es = by_type(_extract(pipeline, "Russian officials warn of the dangers of a military clash with the United "
                                    "States over Syria. Moscow made threats of a clash last September as the two "
                                    "armies met near the Euphrates.", "2018-04-03"), "THREATEN")
    assert [(e.date, e.historical) for e in es] == [("2018-04-03", False), ("2017-09", True)]


def test_tells_present_reads_the_main_verb_only(nlp):
    from newsevents.time import tells_present

    def word(text, w):
        return [t for t in nlp(text) if t.text == w][0]

    assert tells_present(word("Kim Jong-un is reopening a hotline with South Korea.", "reopening")) is True
    assert tells_present(word("Russian officials have warned of a clash.", "warned")) is True
    # a participle describing the girls, and a simple past, are not the present news
    assert tells_present(word("Twenty of the schoolgirls kidnapped by Boko Haram were freed.", "kidnapped")) is False
    assert tells_present(word("Russian officials warned of a clash last year.", "warned")) is False


def test_aim_held_in_the_past_takes_the_nearer_month(pipeline):
    # "sought to strike a deal in February" in an April paper: last February, not next
    es = by_type(_extract(pipeline, "The former minister sought to strike a secret deal with Turkey's president "
                                    "in February, when aides were ordered out of the room.", "2018-04-14"), "AGREE")
    assert len(es) == 1
    assert (es[0].date, es[0].historical) == ("2018-02", True)
    # an aim held now still looks forward
    es = by_type(_extract(pipeline, "The minister seeks to strike a deal with Turkey's president in February.",
                          "2018-04-14"), "AGREE")
    assert len(es) == 1
    assert es[0].date == "2019-02"


def test_nearest_reading_of_a_bare_month():
    assert resolve_expression("in February", "2018-04-14", "nearest").value == "2018-02"
    assert resolve_expression("in May", "2018-04-14", "nearest").value == "2018-05"
    assert resolve_expression("in 2016", "2018-04-14", "nearest").value == "2016"


def test_year_of_the_campaign_dates_its_compound_event_noun(pipeline):
    es = by_type(_extract(pipeline, "The term was used by an independent commission on Kosovo regarding NATO’s "
                                    "1999 bombing campaign.", "2018-04-12"), "ASSAULT")
    assert len(es) == 1
    assert (es[0].event_text, es[0].date, es[0].historical) == ("bombing", "1999", True)
