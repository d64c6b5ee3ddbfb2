"""Precision round on fresh Guardian articles (round news21): in a column (the writer speaks in
the first person outside quotations), the writer's own guess or advice ("Donald Trump could
order more airstrikes", "Paris and London should join forces", "It's time for Britain to take
military action"), told by nobody the text reports, is no record; the same clause told by a
party, or in a news report, keeps its hypothetical record.  An aim keeps its hypothetical
record.  "ignore" is defiance only of a demand, ruling or party; a few idioms are no events.
Sentences are invented."""
from newsevents.records import Article

from coding import by_type

PUB = "2018-04-10"


def _extract(pipeline, text):
    return pipeline.extract(Article(story_id="t", text=text, published=PUB))


#: A column's opening: the writer speaks in the first person outside quotations.
COLUMN = "I have followed this war for years. "


def _column(pipeline, text):
    """The records of ``text`` told in a column (after a sentence in the writer's own voice)."""
    return _extract(pipeline, COLUMN + text)


# --- the writer's own modality: no record

def test_writers_could_is_no_record(pipeline):
    assert by_type(_column(pipeline, "Donald Trump could order more airstrikes."), "ASSAULT") == []
    assert by_type(_column(pipeline, "Assad may now feel emboldened to launch an assault on Idlib, Syria's last "
                                      "holdout province."), "ASSAULT") == []


def test_writers_condition_and_its_consequence_are_no_records(pipeline):
    es = _column(pipeline, "If the rebels resist, Bashar al-Assad could well resort to chemical attacks.")
    assert by_type(es, "ASSAULT") == [] and by_type(es, "REJECT") == []


def test_writers_should_and_time_for_are_no_records(pipeline):
    assert by_type(_column(pipeline, "Paris and London should also join forces against the regime."),
                   "COOPERATE") == []
    es = _column(pipeline, "It\u2019s time for Britain and its allies to take concerted, sustained military action to "
                            "curb Bashar al-Assad's regime.")
    assert by_type(es, "ASSAULT") == [] and by_type(es, "COERCE") == []


def test_writers_likely_and_question_are_no_records(pipeline):
    assert by_type(_column(pipeline, "The SDF are hardly likely to attack UK Foreign Office officials."),
                   "ASSAULT") == []
    assert by_type(_column(pipeline, "Should he be tried under the Terrorism Act on his return to Britain?"),
                   "ACCUSE") == []


def test_reported_modal_keeps_its_hypothetical_record(pipeline):
    es = by_type(_column(pipeline, "Russia could strike Syria next week, officials warned."), "ASSAULT")
    assert len(es) == 1 and es[0].status == "hypothetical" and es[0].actor[0].code == "RUS"
    es = by_type(_column(pipeline, "Putin said that Russia could strike the rebels in Idlib."), "ASSAULT")
    assert len(es) == 1 and es[0].status == "hypothetical"
    # a quotation is a speaker's words, whoever is named after it
    es = by_type(_column(pipeline, "\u201cRussia could strike the rebels in Idlib,\u201d Putin told reporters."),
                 "ASSAULT")
    assert len(es) == 1 and es[0].status == "hypothetical"


def test_plain_fact_and_future_keep_their_records(pipeline):
    es = by_type(_column(pipeline, "Donald Trump ordered airstrikes on Syria on Saturday."), "ASSAULT")
    assert len(es) == 1 and es[0].status == "asserted" and es[0].actor[0].code == "USA"
    es = by_type(_column(pipeline, "Russia will withdraw its troops from Syria next month."), "RETREAT")
    assert len(es) == 1 and es[0].status == "future"


# --- an aim keeps its hypothetical record (only the writer's own modality is dropped)

def test_aims_keep_their_hypothetical_records(pipeline):
    es = _extract(pipeline, "The US held talks with Iran to try to ease tensions.")
    assert [(e.event, e.status) for e in es] == [("CONSULT", "asserted"), ("RETREAT", "hypothetical")]
    es = by_type(_extract(pipeline, "The EU imposed sanctions aimed at forcing Iran to withdraw its troops."),
                 "RETREAT")
    assert len(es) == 1 and es[0].status == "hypothetical" and es[0].actor[0].code == "IRN"


def test_law_that_would_act_and_ultimatum_keep_their_records(pipeline):
    es = by_type(_extract(pipeline, "Armenia's parliament passed a law on Thursday that would outlaw foreign media "
                                    "companies."), "COERCE")
    assert len(es) == 1 and es[0].status == "hypothetical"
    es = by_type(_extract(pipeline, "Militias in Serbia were ordered to disband or the army would deploy soldiers "
                                    "against the groups."), "MOBILIZE")
    assert len(es) == 1 and es[0].actor[0].code == "SRB"


# --- "ignore" and idioms

def test_ignoring_what_is_no_demand_is_no_rejection(pipeline):
    assert by_type(_extract(pipeline, "His statement ignored incidents when Russian mercenaries have fought US "
                                      "special forces."), "REJECT") == []
    es = by_type(_extract(pipeline, "Iran ignored the United States."), "REJECT")
    assert len(es) == 1 and es[0].actor[0].code == "IRN" and es[0].recipient[0].code == "USA"
    es = by_type(_extract(pipeline, "Russia ignored the UN's demand to withdraw."), "REJECT")
    assert len(es) == 1 and es[0].actor[0].code == "RUS"


def test_idioms_of_shoot_march_offer_free_are_no_events(pipeline):
    assert by_type(_extract(pipeline, "Before he shoots off his mouth again, Trump met Putin."), "ASSAULT") == []
    assert by_type(_extract(pipeline, "Kurdish leaders watched the Americans march away."), "PROTEST") == []
    assert by_type(_extract(pipeline, "Assad offers no clue as to what happens next."), "AGREE") == []


def test_in_a_news_report_the_same_modal_clauses_keep_hypothetical_records(pipeline):
    # no first person outside quotations: a possibility the report's sources see, coded hypothetical
    es = by_type(_extract(pipeline, "Donald Trump could order more airstrikes."), "ASSAULT")
    assert len(es) == 1 and es[0].status == "hypothetical" and es[0].actor[0].code == "USA"
    es = by_type(_extract(pipeline, "Paris and London should also join forces against the regime."), "COOPERATE")
    assert len(es) == 1 and es[0].status == "hypothetical"
    # a first person inside a quotation is the speaker's, not the writer's
    es = by_type(_extract(pipeline, "\u201cWe are ready,\u201d he said. Donald Trump could order more airstrikes."),
                 "ASSAULT")
    assert len(es) == 1 and es[0].status == "hypothetical"


def test_an_ultimatum_told_in_a_column_keeps_its_records(pipeline):
    es = _column(pipeline, "Kenya will impose sanctions on Uganda unless Uganda releases the prisoners.")
    assert [e.status for e in by_type(es, "SANCTION")] == ["future"]
    assert len(by_type(es, "THREATEN")) == 1


def test_time_for_with_a_plain_apostrophe(pipeline):
    assert by_type(_column(pipeline, "It's time for Britain to impose sanctions on Russia."), "SANCTION") == []


def test_plot_parsed_as_purpose_keeps_its_act_and_at_a_time_when_is_no_call(pipeline):
    es = by_type(_extract(pipeline, "One of the members of the Islamic State cell is suspected of helping to "
                                    "organise a plot from Raqqa in Syria to shoot soldiers, police officers and "
                                    "civilians in London."), "ASSAULT")
    assert len(es) == 1 and es[0].status == "hypothetical"
    es = by_type(_extract(pipeline, "The driver struck at a time when France's security services were on high "
                                    "alert."), "MOBILIZE")
    assert len(es) == 1 and es[0].actor[0].code == "FRA" and es[0].status == "asserted"


def test_possessed_act_under_the_writers_modal_keeps_its_record(pipeline):
    # the advice is to withdraw it; her invitation was made
    es = by_type(_column(pipeline, "Theresa May can make a start by withdrawing her ill-judged invitation to Trump "
                                   "to visit Britain."), "AGREE")
    assert len(es) == 1 and es[0].actor[0].code == "GBR"
    assert by_type(_column(pipeline, "Theresa May can make a start by withdrawing her ill-judged invitation to "
                                      "Trump to visit Britain."), "RETREAT") == []


def test_bare_could_and_may_visits_are_the_writers_guess_in_a_column(pipeline):
    assert by_type(_column(pipeline, "Putin could visit China."), "CONSULT") == []
    assert by_type(_column(pipeline, "If talks fail, Putin may visit China."), "CONSULT") == []
    es = by_type(_column(pipeline, "Putin would visit China if invited."), "CONSULT")
    assert len(es) == 1 and es[0].status == "hypothetical"
