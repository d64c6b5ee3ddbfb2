"""What is not a new event record: mentions that point back to an event told before, states and
descriptions rather than acts (invented sentences)."""

from newsevents.read import RawArticle


def _records(pipeline, text, published="2021-03-08"):
    return next(iter(pipeline.run([RawArticle("t", text, published=published)]))).events


def test_a_definite_event_noun_with_no_doer_refers_back_to_the_event_told_before(pipeline):
    text = ("Hundreds of students marched through Lyon on Saturday to demand lower tuition fees. "
            "The protests were the largest the city has seen in years, organisers said.")
    protests = [e for e in _records(pipeline, text) if e.event == "PROTEST"]
    assert len(protests) == 1
    assert protests[0].event_text == "marched through"
    assert [a.sector for a in protests[0].actor] == ["EDU"]


def test_a_definite_event_noun_told_first_or_indefinite_still_codes(pipeline):
    alone = _records(pipeline, "The protests were peaceful, the mayor of Lyon said.")
    assert [(e.event, e.event_text) for e in alone] == [("PROTEST", "protests")]
    text = ("Hundreds of students marched through Lyon on Saturday to demand lower tuition fees. "
            "Protests were also held in Nantes.")
    assert [e.event_text for e in _records(pipeline, text) if e.event == "PROTEST"] == ["marched through", "Protests held"]


def _coded(pipeline, sentence):
    from newsevents.records import Article

    doc = pipeline.nlp(sentence)
    return pipeline.code_doc(doc, Article(story_id="t", text=sentence, published="2021-03-08"))


def test_a_country_s_projectile_launched_in_the_passive_is_its_own_launch(pipeline):
    [e] = _coded(pipeline, "A Russian missile was fired at the port of Odesa on Monday.")
    assert (e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) == ("ASSAULT", ["RUS"], ["UKR"])
    assert not e.rule.endswith("+implied-agent")


def test_against_a_resolution_or_law_is_what_an_act_breaks_not_its_target(pipeline):
    [e] = _coded(pipeline, "North Korea launched missiles against UN resolutions.")
    assert (e.event, [a.code for a in e.actor], e.recipient) == ("MOBILIZE", ["PRK"], [])
    [o] = _coded(pipeline, "Japan opposes DPRK ballistic missile launches against the UN Security Council resolutions.")
    assert (o.event, [r.code for r in o.recipient]) == ("ACCUSE", ["PRK"])
    [v] = _coded(pipeline, "Russia voted against the UN resolution.")
    assert (v.event, [r.code for r in v.recipient]) == ("REJECT", ["UNO"])


def test_a_participle_of_an_attack_telling_its_toll_is_the_same_attack(pipeline):
    events = _coded(pipeline, "Rebels attacked the army base, killing three soldiers and wounding ten.")
    assert [(e.event, e.event_text) for e in events] == [("ASSAULT", "attacked")]
    assert [r.entity_text for r in events[0].recipient] == ["army base", "three soldiers"]
    other = _coded(pipeline, "The soldiers fled the town, killing two civilians.")
    assert [(e.event, e.event_text) for e in other] == [("ASSAULT", "killing")]
    both = _coded(pipeline, "A French soldier was shot while fighting the rebels.")
    assert sorted(e.event_text for e in both) == ["fighting", "shot"]


def test_an_act_done_instead_of_another_leaves_the_other_undone(pipeline):
    events = {e.event_text: e for e in _coded(pipeline, "Instead of attacking Ukraine, Russia negotiated with France.")}
    assert events["attacking"].status == "negated"
    assert events["negotiated with"].status == "asserted"
    [e] = _coded(pipeline, "Rather than encouraging US measures, Seoul should talk to the North.")
    assert (e.event, e.status) == ("REQUEST", "negated")


def test_a_purpose_infinitive_of_the_same_type_is_the_aim_of_one_act(pipeline):
    [e] = _coded(pipeline, "About 500 Canadian troops have fought to liberate the rebel stronghold since May.")
    assert (e.event, e.event_text, [a.code for a in e.actor]) == ("ASSAULT", "fought", ["CAN"])
    assert [r.entity_text for r in e.recipient] == ["rebel stronghold"]
    [m] = _coded(pipeline, "The Brazilian and Argentine foreign ministers met in Lima to discuss trade.")
    assert (m.event, m.event_text) == ("CONSULT", "met")
    # a purpose of another type keeps its own record
    both = _coded(pipeline, "Chile sent troops to the border to attack the rebels.")
    assert sorted(e.event for e in both) == ["ASSAULT", "MOBILIZE"]


def test_a_parenthesis_citing_another_piece_by_headline_and_date_tells_no_event(pipeline):
    cited = ("The Kurdish forces never sought to topple the president, as your article suggests "
             "(Aid worker, seized by rebels in 2015, is alive, says Foreign Office, 9 March).")
    assert _coded(pipeline, cited) == []
    kept = _coded(pipeline, "Rebels seized the aid worker (a Danish citizen, aged 40) in Homs in 2015.")
    assert [e.event_text for e in kept] == ["seized worker"]


def test_recognizing_something_as_ones_own_is_no_diplomatic_recognition(pipeline):
    assert all(e.cameo != "054" for e in _coded(pipeline, "The council annexed the valley, which the Kurds recognize as theirs."))
    assert all(e.cameo != "054" for e in _coded(pipeline, "The farmers of Chile recognize the valley as their own."))
    [e] = _coded(pipeline, "Sweden recognized Palestine as a state.")
    assert (e.event, e.cameo, [r.code for r in e.recipient]) == ("SUPPORT", "054", ["PSE"])


def test_defiance_or_protest_of_a_coded_act_is_that_act(pipeline):
    events = _coded(pipeline, "Iran tested a ballistic missile on Sunday in defiance of international law.")
    assert [(e.event, [a.code for a in e.actor]) for e in events] == [("MOBILIZE", ["IRN"])]
    # with no coded act beside it the noun keeps its record
    alone = _coded(pipeline, "Thousands of Kenyan teachers gathered outside parliament in protest against the new pay law.")
    assert [e.event for e in alone] == ["PROTEST"]


def test_an_apposition_on_the_of_object_names_no_doer_of_the_act(pipeline):
    from newsevents.actors import annotate_actors
    from newsevents.events.coder import _own_modifier_actors

    doc = pipeline.nlp("The 87th victim died after the attack of Nice,\" Dupont, former mayor of Nice, tweeted.")
    annotate_actors(doc, pipeline.nlp, "2016-08-01", pipeline.kb)
    attack = next(t for t in doc if t.lower_ == "attack")
    assert [a.sector for a in _own_modifier_actors(attack)] == []


def test_a_participle_telling_what_a_sanction_restricts_is_that_sanction(pipeline):
    events = _coded(pipeline, "Last week the UN Security Council passed tougher sanctions on Iran, banning about 80 percent of its fuel imports.")
    assert [(e.event, [r.code for r in e.recipient]) for e in events] == [("SANCTION", ["IRN"])]
    # a participle of another kind of act keeps its record
    other = _coded(pipeline, "The UN Security Council imposed new sanctions on Iran, praising Qatar for its help.")
    assert sorted(e.event for e in other) == ["SANCTION", "SUPPORT"]


def test_an_act_denied_with_no_doer_named_or_placed_gives_no_record(pipeline):
    assert _records(pipeline, "The rebel group is not defeated, and we must not forget that.") == []
    [e] = _records(pipeline, "The rebel group was defeated by the Malian army.")
    assert (e.event, [a.code for a in e.actor]) == ("ASSAULT", ["MLI"])
