"""Investigations, criticism and refusals (ACCUSE, REJECT): who investigates, criticises or refuses
whom (invented sentences)."""


def _coded(pipeline, sentence):
    from newsevents.records import Article

    doc = pipeline.nlp(sentence)
    return pipeline.code_doc(doc, Article(story_id="t", text=sentence, published="2021-03-08"))


def _of(events, event):
    return [e for e in events if e.event == event]


def test_a_body_set_up_to_investigate_is_the_investigator(pipeline):
    events = _coded(pipeline, "The Peruvian government announced the creation of a commission to investigate "
                              "the abuses by the army.")
    [inv] = _of(events, "ACCUSE")
    assert inv.mode == "investigate"
    assert [(a.sector, a.code) for a in inv.actor] == [("GOV", "PER")]
    assert inv.status == "asserted"


def test_a_committee_is_a_state_body(pipeline):
    [inv] = _of(_coded(pipeline, "A Kenyan ministerial committee will investigate the accusations against "
                                 "the minister."), "ACCUSE")
    assert [(a.sector, a.code) for a in inv.actor] == [("GOV", "KEN")]
    assert inv.status == "future"


def test_the_act_a_probe_looks_into_is_not_the_investigators_act(pipeline):
    events = _coded(pipeline, "Kenyan police have launched a probe into the killing of a lawyer in Nairobi.")
    [probe] = _of(events, "ACCUSE")
    assert [(a.sector, a.code) for a in probe.actor] == [("COP", "KEN")]
    [killing] = _of(events, "ASSAULT")
    assert killing.actor[0].sector != "COP"
    assert killing.rule.endswith("+implied-agent")


def test_an_investigation_of_a_named_partys_act_is_aimed_at_that_party(pipeline):
    events = _coded(pipeline, "The United Nations launched an investigation into Russia's bombing of a "
                              "hospital in Kharkiv.")
    [inv] = _of(events, "ACCUSE")
    assert [a.code for a in inv.actor] == ["UNO"]
    assert [r.code for r in inv.recipient] == ["RUS"]
    [bombing] = _of(events, "ASSAULT")
    assert [a.code for a in bombing.actor] == ["RUS"]


def test_calling_an_act_deplorable_criticises_it(pipeline):
    [e] = _of(_coded(pipeline, "The Foreign Ministry of Belize told reporters the decision of France was "
                               "disappointing."), "ACCUSE")
    assert (e.mode, e.cameo) == ("disapprove", "111")
    assert [a.code for a in e.actor] == ["BLZ"] and [r.code for r in e.recipient] == ["FRA"]
    [e] = _of(_coded(pipeline, "The French minister called the raid by Israel an outrage."), "ACCUSE")
    assert (e.cameo, [r.code for r in e.recipient]) == ("111", ["ISR"])
    assert not _of(_coded(pipeline, "Germany said the offer of France was not unacceptable."), "ACCUSE")


def test_a_participle_of_feeling_is_its_subjects_disapproval(pipeline):
    [e] = _of(_coded(pipeline, "The Chinese ambassador, who was outraged by the Japanese decision, left Tokyo."),
              "ACCUSE")
    assert (e.mode, e.cameo) == ("disapprove", "111")
    assert [a.code for a in e.actor] == ["CHN"] and [r.code for r in e.recipient] == ["JPN"]
    # a verb pattern of the participle still comes first: "opposed to mediation" rejects it
    [e] = _coded(pipeline, "Israel is opposed to French mediation in the talks with Syria.")
    assert e.event == "REJECT"


def test_condemning_an_act_is_aimed_at_whoever_did_it(pipeline):
    events = _coded(pipeline, "France condemned the killings of civilians by Syrian forces in Idlib.")
    [e] = _of(events, "ACCUSE")
    assert [a.code for a in e.actor] == ["FRA"] and [r.code for r in e.recipient] == ["SYR"]


def test_a_grand_jury_is_a_court_body(pipeline):
    [e] = _of(_coded(pipeline, "A federal grand jury in Texas has returned four indictments against six "
                               "defendants."), "ACCUSE")
    assert [(a.code, a.sector) for a in e.actor] == [("USA", "JUD")]
