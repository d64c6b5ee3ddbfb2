"""The seed article: when and where (issue 7)."""

import pytest

from conftest import SEED, need
from newsevents.clean import clean
from newsevents.read import read_path
from newsevents.records import Article


@pytest.fixture(scope="module")
def seed(pipeline):
    [raw] = list(read_path(need(SEED)))
    article = clean(raw)
    return article, pipeline.extract(article), pipeline.nlp(article.text)


def by_text(events, words):
    out = [e for e in events if e.event_text == words]
    assert out, f"no record for {words!r}: {[e.event_text for e in events]}"
    return out[0]


@pytest.mark.parametrize("trigger", ["travel to", "host"])  # "is to travel to Belarus": the preposition, not the infinitive marker
def test_visit_and_hosting_on_monday_in_minsk(seed, trigger):
    _, events, _ = seed
    e = by_text(events, trigger)
    assert (e.date, e.date_basis, e.historical) == ("2022-12-19", "relative", False)
    loc = e.event_loc
    assert (loc.name, loc.country, loc.feature) == ("Minsk", "BLR", "city")
    assert loc.lat == pytest.approx(53.9, abs=0.2) and loc.lon == pytest.approx(27.57, abs=0.2)


def test_invasion_on_february_24_is_historical(seed):
    _, events, _ = seed
    e = by_text(events, "invasion")
    assert (e.date, e.date_basis, e.historical) == ("2022-02-24", "explicit", True)


def test_crackdown_in_2020_year_precision(seed):
    _, events, _ = seed
    e = by_text(events, "crackdown")
    assert (e.date, e.historical) == ("2020", True)


def test_meetings_are_in_russia(seed, pipeline):
    _, events, doc = seed
    assert by_text(events, "met with").event_loc.country == "RUS"
    from newsevents.place import toponym_spans

    gaz = pipeline.gazetteer
    spans = {s.text: s for s in toponym_spans(doc, gaz).values()}
    for name in ("Moscow", "St. Petersburg", "Sochi"):
        assert name in spans, f"{name} not found as a toponym: {sorted(spans)}"
        assert gaz.resolve(name, ["RUS", "BLR", "UKR"]).country == "RUS"
    amur = next(s for s in spans.values() if "Amur" in s.text)
    place = gaz.resolve(amur.text, ["RUS", "BLR", "UKR"], kind="admin1" if amur.root.head.lemma_ == "region" else None)
    assert (place.country, place.feature) == ("RUS", "admin1")


def test_toponyms_of_chosen_sentences_are_those_of_the_whole_document(seed, pipeline):
    _, _, doc = seed
    from newsevents.place import toponym_spans

    gaz, kb = pipeline.gazetteer, pipeline.kb
    whole = toponym_spans(doc, gaz, kb)
    sents = list(doc.sents)
    chosen = sents[1::2]  # every other sentence
    part = toponym_spans(doc, gaz, kb, sentences=chosen)
    inside = {i for s in chosen for i in range(s.start, s.end)}
    assert {i: s.text for i, s in part.items() if i in inside} == {i: s.text for i, s in whole.items() if i in inside}
    assert not any(i not in inside for i in part)  # (no entity of the seed crosses a sentence end)
    assert len(part) < len(whole) and {"Moscow", "Minsk"} <= {s.text for s in whole.values()}
    assert toponym_spans(doc, gaz, kb, sentences=[]) == {}


def test_first_visit_since_june_2019_is_not_dated_2019(seed):
    _, events, _ = seed
    assert all(e.date != "2019-06" for e in events)


@pytest.mark.parametrize("sentence,pub,trigger,value", [
    ("Putin is to visit his war ally on Monday.", "2022-12-16", "visit", "2022-12-19"),
    ("Putin visited his war ally on Monday.", "2022-12-16", "visited", "2022-12-12"),
    ("Lukashenko will host Putin on Monday.", "2022-12-16", "host", "2022-12-19"),
    ("The president ordered the February 24 invasion.", "2022-12-16", "invasion", "2022-02-24"),
    # an event noun's own year dates it even inside a reference phrase for something else
    ("Since the 2003 invasion of Iraq, militias have grown.", "2018-04-10", "invasion", "2003"),
    ("Before the 2011 uprising, Syria was calm under Assad.", "2018-04-10", "uprising", "2011"),
    # the year of the occasion an act took place in dates the act; a year of another thing does not
    ("The group's leader was killed in a 2015 airstrike.", "2018-04-10", "killed", "2015"),
    ("Two soldiers were wounded during the 2014 offensive in Gaza.", "2018-04-10", "wounded", "2014"),
    ("Russia accused Ukraine of breaching the 2015 agreement.", "2018-04-10", "breaching", "2018-04-10"),
    ("Leaders plan to meet on February 24.", "2022-12-16", "meet", "2023-02-24"),
    ("About 2,000 US troops have fought Isis since September 2014.", "2018-03-30", "fought", "2014-09"),
    ("The extremist group freed the girls on late Saturday.", "2017-05-09", "freed", "2017-05-06"),
    ("Protests erupted last week in the capital.", "2022-12-16", "erupted", "2022-12"),
    ("Troops attacked the town three years ago.", "2022-12-16", "attacked", "2019"),
    # a participle clause shares its head's time
    ("An Egyptian court Saturday convicted Morsi and 19 others of insulting the judiciary, sentencing them to "
     "three years in prison.", "2017-12-31", "sentencing", "2017-12-30"),
    # a bare time phrase the parser hangs on a place noun still dates the clause
    ("Taliban insurgents struck at the German Consulate in the northern hub of Mazar-i-Sharif late Thursday "
     "night, killing at least two people.", "2016-11-11", "struck", "2016-11-10"),
    # a present-tense statement is dated by "said ... on Monday", even when the parser hangs it on the speaker
    ("The United Nations welcomes the release of 82 schoolgirls, said a spokesperson here on Monday.",
     "2017-05-09", "welcomes", "2017-05-08"),
    # "following" as a preposition: the event noun takes the time of the clause
    ("Settlement plans gained momentum following the US recognition of Jerusalem as the capital in December.",
     "2018-01-01", "recognition", "2017-12"),
    # "since" on the purpose infinitive dates the perfect verb
    ("About 2,000 US troops have fought to liberate the former Isis stronghold since September 2014.",
     "2018-03-30", "fought", "2014-09"),
    # a repeated act counted from a month, the "since" phrase hung on the count
    ("Chinese ships transferred oil to North Korean vessels some 30 times since October.", "2018-01-10",
     "transferred", "2017-10"),
    # "early on Tuesday" in a Monday paper is the next morning, as "early Tuesday" is
    ("North Korea fired a ballistic missile over Japan early on Tuesday.", "2017-08-28", "fired", "2017-08-29"),
    ("North Korea fired a ballistic missile over Japan on Tuesday.", "2017-08-28", "fired", "2017-08-22"),
    # a time inside an "after ..." clause dates that clause, not the main verb
    ("The police requested it after they did it at the Oktoberfest this year.", "2017-12-29", "requested",
     "2017-12-29"),
    # ... but an infinitive's own date never dates the verb it depends on
    ("They agreed on Monday to meet next week.", "2022-12-16", "agreed", "2022-12-12"),
    # "N units after ...": the time of what the phrase hangs on, moved back; a holiday in the phrase
    # is the one nearest to that
    ("The vote came one day after the minister met with union leaders.", "2017-12-27", "met", "2017-12-26"),
    ("The ban comes two years after hundreds of fans were attacked during New Year's Eve celebrations in "
     "the city.", "2017-12-30", "attacked", "2015-12-31"),
    # (the holiday however the parser hangs it)
    ("The ruling comes three years after dozens of tourists were groped, harassed and robbed by groups of "
     "youths during Christmas Eve festivities in the old town.", "2017-12-30", "groped", "2014-12-24"),
    ("The arrests came three years after the doctor, who had served in Iraq in 2009, travelled to Syria.",
     "2018-09-15", "travelled", "2015"),
    ("On Wednesday the cabinet approved the plan, a week after the minister met the rabbis.", "2017-12-29",
     "met", "2017-12-20"),
    # ... but a clause of its own inside the phrase keeps its own time
    ("The army withdrew a week before the election that would bring the rebels to power.", "2017-01-03",
     "bring", "2017-01-03"),
    # ... and an offset from an undated act of the background has no known time
    ("Begum, who married a Dutch fighter 10 days after arriving in Raqqa, told the paper she had lost two "
     "children.", "2019-02-14", "arriving", "2019-02-14"),
    # "the first talks in eight months after ...": no measure of the "after"
    ("Delegates will arrive on Wednesday for the first talks in eight months after Russia brokered a deal.",
     "2017-11-28", "brokered", "2017-11-28"),
    # a "since" date only starts a period: it dates no act by proximity
    ("She is the first Briton to die there since Turkey launched its offensive on 20 January.", "2018-03-19",
     "die", "2018-03-19"),
    # what someone was filmed doing happened when filmed, though the parser hangs the participle on the noun
    ("A court on Monday charged a young man who was filmed last month in Hebron kicking police officers.",
     "2018-01-01", "kicking", "2017-12"),
    # a subject relative clause on a dated event noun tells of that event
    ("The town was the target of a chemical attack in April that killed dozens of people.", "2017-10-07",
     "killed", "2017-04"),
    # the time of a verb that judges or tells of an event noun is the judgement's, not the event's ...
    ("A rebel spokesman called the attack a reprisal for airstrikes in the north this week.", "2016-11-10",
     "attack", "2016-11-10"),
    ("Britain condemned the bombing on Monday.", "2016-11-10", "bombing", "2016-11-10"),
    ("Britain condemned the bombing on Monday.", "2016-11-10", "condemned", "2016-11-07"),
    # (a calendar year the event shares near enough)
    ("The government justified a drone strike on the militant in 2015.", "2017-12-08", "strike", "2015"),
    # ... while a verb that carries it out shares its time
    ("The rebels carried out the bombing on Monday.", "2016-11-10", "bombing", "2016-11-07"),
    # the time of a death toll or an anniversary is not the event's; the event's own comes from the
    # same noun told with its time elsewhere
    ("The death toll from a car bombing at the embassy rose to nine on Friday.", "2016-11-11", "bombing",
     "2016-11-11"),
    ("The death toll from a car bombing at the embassy rose to nine on Friday. Police said the bombing late "
     "Thursday was the worst in years.", "2016-11-11", "bombing", "2016-11-10"),
    ("Crowds marked the anniversary of the invasion on Friday.", "2016-11-11", "invasion", "2016-11-11"),
    # a holiday is a time only as an occasion: "the Christmas market" is a place
    ("Rebels attacked the town on Christmas Day.", "2017-01-03", "attacked", "2016-12-25"),
    ("A man drove a truck into the Christmas market in Berlin.", "2016-12-20", "drove", "2016-12-20"),
    ("The general resisted the staging of a parade in the capital, based on French Bastille Day parades.",
     "2018-12-21", "resisted", "2018-12-21"),
])
def test_tense_of_the_governing_verb_picks_the_direction(nlp, sentence, pub, trigger, value):
    from newsevents.time import date_event

    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    assert date_event(tok, pub, "past")[0] == value


def test_a_past_time_on_an_intended_act_dates_the_intent(pipeline):
    es = pipeline.extract(Article(story_id="t", published="2016-11-11",
                                  text="The Taliban threatened to overrun Kunduz last month."))
    [threat] = [e for e in es if e.event == "THREATEN"]
    assert (threat.date, threat.date_text) == ("2016-10", "last month")
    es = pipeline.extract(Article(story_id="t", published="2016-11-11",
                                  text="The Taliban threatened to overrun Kunduz next month."))
    [threat] = [e for e in es if e.event == "THREATEN"]
    assert threat.date == "2016-11-11"  # a future time is the act's, not the threat's


def test_a_time_inside_a_following_phrase_dates_that_phrase_not_the_event(pipeline):
    text = ("The UN Security Council voted for a resolution toughening sanctions on North Korea "
            "following its sixth nuclear test on Sept 3.")
    es = pipeline.extract(Article(story_id="t", published="2017-09-15", text=text))
    [s] = [e for e in es if e.event == "SANCTION"]
    assert s.date == "2017-09-15" and s.date_basis == "publication"


@pytest.mark.parametrize("second,date", [
    ("The president blamed the army for the attack.", "2017-04"),          # the story goes on in April
    ("The president later blamed the army for the attack.", "2017-10-07"),  # "later" moves the time
    ("The president has blamed the army for the attack.", "2017-10-07"),    # the perfect is today's news
    ("Was the army blamed for the attack?", "2017-10-07"),                  # a question tells nothing
    ("The president blamed the army for the subsequent attack.", "2017-10-07"),  # "subsequent" moves on
])
def test_a_simple_past_telling_continues_the_time_of_the_sentence_before(pipeline, second, date):
    text = "The town was the target of a chemical attack in April that killed 80 people. " + second
    es = pipeline.extract(Article(story_id="t", published="2017-10-07", text=text))
    assert [e.date for e in es if e.event == "ASSAULT"] == ["2017-04"]
    assert [e.date for e in es if e.event == "ACCUSE"] == [date]


def test_the_time_of_a_perfect_is_not_continued(pipeline):
    es = pipeline.extract(Article(story_id="t", published="2017-10-07",
                                  text="Rebels have attacked the town since April. The president blamed the army for the attack."))
    assert [e.date for e in es if e.event == "ACCUSE"] == ["2017-10-07"]


def test_an_act_announced_for_later_is_not_dated_by_the_announcement(nlp):
    from newsevents.time import date_event

    doc = nlp("The chancellor announced on Saturday that her party has decided to take tougher action against "
              "repeat offenders.")
    take = next(t for t in doc if t.text == "take")
    assert date_event(take, "2016-01-11", "future")[0] == "2016-01-11"
    said = nlp("The minister said on Saturday that the police arrested three suspects.")
    assert date_event(next(t for t in said if t.text == "arrested"), "2016-01-11", "past")[0] == "2016-01-09"


def test_a_time_hung_on_the_people_acted_on_dates_the_act(pipeline):
    text = ("An Egyptian court sentenced former president Mohamed Morsi to three years in prison along "
            "with 19 other defendants on Saturday.")
    [e] = pipeline.extract(Article(story_id="t", published="2017-12-31", text=text))
    assert (e.date, e.date_text) == ("2017-12-30", "Saturday")


def test_a_resolution_s_clause_is_dated_by_the_vote(pipeline):
    text = "On Sunday, the Likud Central Committee voted for a resolution that calls upon Israel to annex settlements."
    es = pipeline.extract(Article(story_id="t", published="2018-01-01", text=text))
    [r] = [e for e in es if e.event == "REQUEST"]
    assert (r.date, r.date_text) == ("2017-12-31", "Sunday")


def test_a_count_of_people_is_no_year(pipeline):
    [e] = pipeline.extract(Article(story_id="t", published="2025-03-03",
                                   text="Belarusian police arrested 2000 protesters in Minsk."))
    assert (e.date, e.date_basis, e.historical) == ("2025-03-03", "publication", False)


def test_a_recent_telling_continues_to_the_day_and_reaches_relative_clauses(pipeline):
    text = ("On July 14, a man plowed a heavy truck into crowds in Nice. The truck careered 2 km through "
            "mass of revelers before being stopped by police units who also shot dead the driver.")
    es = pipeline.extract(Article(story_id="t", published="2016-08-05", text=text))
    shot = by_text(es, "shot")
    # within 30 days: the retelling of one incident keeps its day, and is not historical
    assert (shot.date, shot.date_basis, shot.historical) == ("2016-07-14", "explicit", False)


@pytest.mark.parametrize("lead,date", [
    ("At least two people have been killed after a suicide bomber attacked a German consulate in Afghanistan.",
     "2016-11-10"),
    # a tally up to now is not the news of one day
    ("So far, at least two people have been killed by suicide bombers in Afghanistan.", "2016-11-11"),
    # the lead told in the simple past is not taken for the story's day
    ("At least two people were killed when a suicide bomber attacked a German consulate in Afghanistan.",
     "2016-11-11"),
])
def test_a_present_perfect_lead_takes_the_story_s_day(pipeline, lead, date):
    text = lead + " The consulate suffered massive damage. A huge blast was heard at around 11pm on Thursday evening."
    es = pipeline.extract(Article(story_id="t", published="2016-11-11", text=text))
    first = [e for e in es if e.event == "ASSAULT" and e.sentence == lead]
    assert first and {e.date for e in first} == {date}
    if date != "2016-11-11":
        assert {(e.date_text, e.date_basis) for e in first} == {("Thursday evening", "relative")}


def test_no_story_day_when_the_article_first_gives_another_time(pipeline):
    from newsevents.time import news_peg

    doc = pipeline.nlp("Two soldiers have been killed in Syria. The war began in 2011. Fighting resumed on Thursday.")
    assert news_peg(doc, "2016-11-11") is None
    doc = pipeline.nlp("Two soldiers have been killed in Syria. The blast came on Thursday.")
    assert news_peg(doc, "2016-11-11") == ("2016-11-10", "Thursday", "relative")
    assert news_peg(doc, None) is None


def test_an_act_following_a_happening_dated_elsewhere_takes_its_time(pipeline):
    text = ("El-Sissi led Morsi's overthrow in 2013 following mass protests. Following Morsi's overthrow, "
            "Egyptian authorities launched a severe crackdown on Islamists, jailing thousands of them.")
    es = pipeline.extract(Article(story_id="t", published="2017-12-30", text=text))
    [j] = [e for e in es if e.event_text == "jailing"]
    assert (j.date, j.historical) == ("2013", True)
    # with no time told of the overthrow, the act keeps the article's date
    es = pipeline.extract(Article(story_id="t", published="2017-12-30", text=text.split(". ", 1)[1]))
    [j] = [e for e in es if e.event_text == "jailing"]
    assert (j.date, j.date_basis) == ("2017-12-30", "publication")


@pytest.mark.parametrize("sentence, trigger, value", [
    # the occasion clause shares the dated act's day
    ("Soldiers fired on the crowd on Friday when protesters marched toward the palace.", "marched", "2021-05-07"),
    ("Police detained 40 people on Sunday after demonstrators blocked the main road.", "blocked", "2021-05-09"),
    # an "after" clause of an act still to come happened before it: no day is taken
    ("Envoys will meet on Thursday after the two sides signed a truce.", "signed", "2021-05-10"),
])
def test_an_occasion_clause_takes_the_time_of_the_act_it_hangs_on(nlp, sentence, trigger, value):
    from newsevents.time import date_event

    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    assert date_event(tok, "2021-05-10", "past")[0] == value


def test_the_same_act_told_again_takes_the_time_told_before(nlp):
    from newsevents.time import date_event

    doc = nlp("The girl was charged with punching a soldier in the face two weeks ago. "
              "A video showed her punching the soldier at the gate of the base.")
    second = [t for t in doc if t.text == "punching"][1]
    assert date_event(second, "2021-05-10", "past")[:2] == ("2021-04-26", "two weeks ago")
    # another object: not the same act
    doc = nlp("The girl was charged with punching a soldier two weeks ago. A video showed her punching a wall.")
    assert date_event([t for t in doc if t.text == "punching"][1], "2021-05-10", "past")[2] == "publication"


def test_a_stative_relative_clause_takes_its_clause_time_however_hung(nlp):
    from newsevents.time import date_event

    doc = nlp("The 40-year-old, who was embedded with French troops, died during a patrol in Gao, "
              "northern Mali on Friday.")
    assert date_event(next(t for t in doc if t.text == "embedded"), "2021-05-10", "past")[0] == "2021-05-07"


def test_a_speaker_s_later_statements_share_the_day_of_the_dated_one(pipeline):
    def dated(text):
        es = pipeline.extract(Article(story_id="t", published="2021-05-12", text=text))
        return sorted((e.event, e.date, e.date_basis) for e in es)

    assert dated("The World Health Organization on Monday accused Sudan of blocking aid convoys. "
                 "Officials described shortages in the east. "
                 "The World Health Organization also urged Chad to reopen its hospitals.") == [
        ("ACCUSE", "2021-05-10", "relative"), ("REQUEST", "2021-05-10", "relative")]
    # one country is not one speaker: the opposition does not speak at the minister's briefing
    assert dated("The French foreign minister on Monday accused Sudan of blocking aid convoys. "
                 "Officials described shortages in the east. "
                 "French opposition leaders also urged Chad to reopen its hospitals.") == [
        ("ACCUSE", "2021-05-10", "relative"), ("REQUEST", "2021-05-12", "publication")]
