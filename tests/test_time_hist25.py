"""History round (hist25): a hedged count back ("more than two years ago"), an obituary's retold
life, and a sentence that opens with a count of time from the story's own moment ("Ten days
earlier, ...").  Sentences are invented."""
from newsevents.records import Article
from newsevents.time import resolve_expression

from coding import by_type


def _extract(pipeline, text, published):
    return pipeline.extract(Article(story_id="t", text=text, published=published))


def test_hedged_count_of_years_or_months_back_is_read():
    assert resolve_expression("more than two years ago", "2016-10-13", "past").value == "2014"
    assert resolve_expression("nearly three years ago", "2016-10-13", "past").value == "2013"
    assert resolve_expression("almost six months ago", "2016-10-13", "past").value == "2016-04"
    # a hedged count of days or weeks names no day; a count with no "ago" is a duration
    assert resolve_expression("more than two weeks ago", "2016-10-13", "past") is None
    assert resolve_expression("more than two years", "2016-10-13", "past") is None


def test_participle_with_a_hedged_count_back_is_historical(pipeline):
    es = by_type(_extract(pipeline, "The president says 21 of the students abducted by the rebel group more "
                                    "than two years ago have been freed.", "2016-10-13"), "ASSAULT")
    assert len(es) == 1
    assert (es[0].date, es[0].historical) == ("2014", True)


_OBITUARY = ("Karim Haddad, who has died aged 81, was the longest-serving foreign minister of his country. "
             "He joined the liberation front as a student. "
             "Haddad met the Soviet leader in Moscow and signed a friendship treaty. "
             "Soldiers attacked his convoy as it crossed the border. "
             "The prime minister paid tribute to him on Sunday. "
             "The opposition leader praised his courage.")


def test_obituary_undated_life_is_historical(pipeline):
    es = _extract(pipeline, _OBITUARY, "2017-10-04")
    met = by_type(es, "CONSULT")
    assert len(met) == 1
    assert met[0].historical is True
    assault = by_type(es, "ASSAULT")
    assert len(assault) == 1
    assert assault[0].historical is True
    assert assault[0].date == "2017-10-04"  # only the flag changes


def test_obituary_reactions_by_others_stay_news(pipeline):
    es = _extract(pipeline, _OBITUARY, "2017-10-04")
    praise = [e for e in by_type(es, "SUPPORT") if e.event_text.startswith("praised")]
    assert len(praise) == 1
    assert praise[0].historical is False


def test_death_news_in_an_obituary_stays_news(pipeline):
    text = ("Leyla Demir, who has died aged 32, was a journalist. "
            "She was killed in an ambush by militants while filming near the front line.")
    es = by_type(_extract(pipeline, text, "2017-11-28"), "ASSAULT")
    assert es
    assert all(not e.historical for e in es)


def test_same_life_outside_an_obituary_is_news(pipeline):
    text = ("Karim Haddad was the longest-serving foreign minister of his country. "
            "Haddad met the Soviet leader in Moscow and signed a friendship treaty.")
    met = by_type(_extract(pipeline, text, "2017-10-04"), "CONSULT")
    assert len(met) == 1
    assert met[0].historical is False


def test_count_of_days_from_the_story_moment_dates_the_act(pipeline):
    text = ("It was a warm morning on Saturday 31 August 2013 when the president walked into the garden. "
            "His aides were nervous. "
            "Ten days earlier, the army had launched a gas attack on the suburbs of the capital.")
    es = [e for e in by_type(_extract(pipeline, text, "2018-02-10"), "ASSAULT") if "attack" in e.event_text]
    assert len(es) == 1
    assert (es[0].date, es[0].historical) == ("2013-08-21", True)


def test_count_of_years_from_the_story_moment_keeps_the_year(pipeline):
    text = ("On 31 August 2013 the president spoke in the garden. "
            "One year earlier, the president had threatened Syria with military action.")
    es = by_type(_extract(pipeline, text, "2018-02-10"), "THREATEN")
    assert len(es) == 1
    assert (es[0].date, es[0].historical) == ("2012", True)


def test_count_without_a_dated_moment_before_gives_no_date(pipeline):
    text = ("The president spoke in the garden. "
            "Ten days earlier, the army had launched a gas attack on the suburbs of the capital.")
    es = [e for e in by_type(_extract(pipeline, text, "2018-02-10"), "ASSAULT") if "attack" in e.event_text]
    assert len(es) == 1
    assert es[0].date_text != "Ten days earlier"


def test_short_stretch_inside_a_named_period_takes_the_period():
    assert resolve_expression("a few days last week", "2018-02-10", "past").value == "2018-02"
    assert resolve_expression("in a few days last week", "2018-02-10", "past").value == "2018-02"
    assert resolve_expression("a few days", "2018-02-10", "past") is None


def test_killing_last_week_takes_no_date_from_an_old_attack_counted_back(pipeline):
    # the air strikes of last week are not the attack of 2013 counted back from the story's moment
    text = ("It was a warm morning on Saturday 31 August 2013 when the president walked into the garden. "
            "Ten days earlier, the army had launched a gas attack in eastern Ghouta. "
            "In eastern Ghouta, at least 200 civilians were killed in Syrian and Russian air strikes in a few days "
            "last week.")
    es = [e for e in by_type(_extract(pipeline, text, "2018-02-10"), "ASSAULT") if "Ghouta, at least" in e.sentence]
    assert len(es) == 1
    assert (es[0].date, es[0].historical) == ("2018-02", False)
