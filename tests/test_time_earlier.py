"""An act told as earlier than the story's own time ("Earlier, he was handed ...") has no day of its
own: it is not dated by the publication day and not merged with the story's dated act of that kind."""
from newsevents.records import Article

PUB = "2017-12-30"  # a Saturday

COURT = ("A court in Cairo sentenced the opposition leader Samir Fawzy to three years in prison on "
         "Saturday for insulting judges. ")


def _coerce(pipeline, text):
    es = pipeline.extract(Article(story_id="t", text=text, published=PUB))
    return [e for e in es if e.event == "COERCE" and e.cameo == "173"]


def test_earlier_sentence_is_a_second_undated_record(pipeline):
    es = _coerce(pipeline, COURT + "Earlier, he was handed a 15-year sentence in another trial.")
    assert [(e.date, e.date_basis) for e in es] == [("2017-12-30", "relative"), (None, "relative")]
    assert es[1].date_text == "Earlier"
    assert es[1].event_text.startswith("handed")
    assert es[1].historical is False  # "earlier" gives no length of time


def test_previously_is_prior_and_background(pipeline):
    es = _coerce(pipeline, COURT + "He was previously sentenced to seven years in a separate case.")
    assert [(e.date, e.date_text) for e in es] == [("2017-12-30", "Saturday"), (None, "previously")]
    assert es[1].historical is True  # "previously" says background, as before


def test_dated_earlier_is_still_a_temporal_expression(pipeline):
    es = _coerce(pipeline, "Police arrested the opposition leader Samir Fawzy earlier this week.")
    assert len(es) == 1 and es[0].date_text == "earlier this week"
    assert es[0].date is not None and es[0].date <= PUB


def test_earlier_as_adjective_is_no_time(pipeline):
    es = _coerce(pipeline, "Police arrested the opposition leader Samir Fawzy over an earlier speech.")
    assert [(e.date, e.date_basis) for e in es] == [(PUB, "publication")]


def test_plan_told_with_earlier_is_not_moved(pipeline):
    es = pipeline.extract(Article(story_id="t", text="Officials said earlier that the president will visit Egypt.",
                                  published=PUB))
    visits = [e for e in es if e.event == "CONSULT"]
    assert visits and all(e.status == "future" for e in visits)
    assert all(e.date_text != "earlier" for e in visits)


def test_a_year_naming_a_thing_does_not_date_the_act(pipeline):
    # "the 1994 accord" names the accord; the breach is told as today's news (publication date)
    es = pipeline.extract(Article(story_id="t", text="Peru accused Chile on Friday of breaching the 1994 accord.",
                                  published=PUB))
    [breach] = [e for e in es if e.event == "REJECT"]
    assert (breach.date, breach.date_basis) == (PUB, "publication")
    [accuse] = [e for e in es if e.event == "ACCUSE"]
    assert accuse.date == "2017-12-29"


def test_a_year_before_the_event_noun_still_dates_it(pipeline):
    es = pipeline.extract(Article(story_id="t", text="Chilean troops began the 2016 offensive against the rebels.",
                                  published=PUB))
    assert [(e.date, e.date_basis) for e in es if e.event == "ASSAULT"] == [("2016", "explicit")]
