"""Recall round recall24: reproaches whose critic the text leaves unnamed ("has been criticized
for not doing more"), reactions an act draws ("drew sharp criticism from Germany"), a speaker's
reproach that a party sabotages efforts or talks, "a step in the right direction" as praise, biting
a person as a blow and filibustering a bill as a refusal.  Sentences are invented, in the wording
of news articles."""
from coding import by_type, codes


def test_passive_criticism_with_no_critic_named(extract):
    es = by_type(extract("President Muhammadu Buhari, who was elected last year, has been criticized for "
                         "not doing more to free the girls."), "ACCUSE")
    assert len(es) == 1
    assert es[0].cameo == "111"
    assert codes(es[0].actor) == []
    assert codes(es[0].recipient) == ["NGA"]
    assert es[0].status == "asserted"


def test_passive_criticism_with_its_critic_keeps_the_critic(extract):
    es = by_type(extract("The Turkish government has been criticised by Germany."), "ACCUSE")
    assert [(codes(e.actor), codes(e.recipient)) for e in es] == [(["DEU"], ["TUR"])]


def test_charges_told_in_the_passive_get_no_unnamed_accuser(extract):
    # 112 (accused of, blamed for) tells charges of crimes, mostly a court's or the writer's
    assert by_type(extract("Eight German suspects are in detention, and one of them is accused of sexual "
                           "assault."), "ACCUSE") == []
    assert by_type(extract("Boko Haram has been blamed for the deaths of more than 20,000 people in Nigeria."),
                   "ACCUSE") == []


def test_criticised_participle_on_a_noun_is_no_record(extract):
    assert by_type(extract("The criticised decision by Turkey stands."), "ACCUSE") == []


def test_reaction_drawn_by_an_act_is_aimed_at_its_doer(extract):
    es = by_type(extract("Turkey's arrest of the journalist drew sharp criticism from Germany."), "ACCUSE")
    assert [(codes(e.actor), codes(e.recipient)) for e in es] == [(["DEU"], ["TUR"])]
    es = by_type(extract("The decision by Israel drew criticism from the European Union."), "ACCUSE")
    assert [(codes(e.actor), codes(e.recipient)) for e in es] == [(["EUR"], ["ISR"])]
    es = by_type(extract("Trump's remarks prompted condemnation from China."), "ACCUSE")
    assert [(codes(e.actor), codes(e.recipient)) for e in es] == [(["CHN"], ["USA"])]


def test_reaction_with_no_reacting_party_named_is_by_someone_unnamed(extract):
    es = by_type(extract("The violence fuelled criticism of Chancellor Angela Merkel's decision to open "
                         "Germany's doors to more than a million migrants."), "ACCUSE")
    assert len(es) == 1
    assert codes(es[0].actor) == []
    assert codes(es[0].recipient) == ["DEU"]


def test_reaction_aimed_at_nobody_known_is_no_record(extract):
    assert by_type(extract("The move sparked criticism."), "ACCUSE") == []


def test_speaker_saying_a_party_sabotages_peace_efforts_reproaches_it(extract):
    es = extract("Lavrov said Washington was trying to derail the talks.")
    acc = by_type(es, "ACCUSE")
    assert [(codes(e.actor), codes(e.recipient), e.cameo) for e in acc] == [(["RUS"], ["USA"], "112")]
    assert [codes(e.actor) for e in by_type(es, "REJECT")] == [["USA"]]  # the derailing keeps its record
    acc = by_type(extract("“Israel is doing everything possible to sabotage every effort to achieve a just and "
                          "lasting peace,” the Palestinian negotiator said in a statement."), "ACCUSE")
    assert [codes(e.recipient) for e in acc] == [["ISR"]]


def test_sabotage_denied_is_no_reproach(extract):
    assert by_type(extract("Lavrov said Washington did not sabotage the talks."), "ACCUSE") == []


def test_step_in_the_right_direction_praises(extract):
    es = by_type(extract("“Germany’s efforts are a step in the right direction,” said the US ambassador."), "SUPPORT")
    assert [(codes(e.actor), codes(e.recipient), e.cameo) for e in es] == [(["USA"], ["DEU"], "051")]


def test_step_in_the_wrong_direction_is_no_praise(extract):
    es = extract("“Germany’s efforts are a step in the wrong direction,” said the US ambassador.")
    assert by_type(es, "SUPPORT") == []


def test_biting_a_soldier_is_a_blow(extract):
    es = by_type(extract("Ahed Tamimi was pictured biting an Israeli soldier."), "ASSAULT")
    assert len(es) == 1
    assert es[0].cameo == "182"
    assert codes(es[0].recipient) == ["ISR"]


def test_sanctions_that_bite_attack_no_one(extract):
    assert by_type(extract("The new US sanctions on Russia began to bite in March."), "ASSAULT") == []


def test_filibustering_a_bill_turns_it_down(extract):
    es = by_type(extract("Republicans in the US Senate filibustered the bill."), "REJECT")
    assert len(es) == 1
    assert es[0].cameo == "120"
    assert codes(es[0].actor) == ["USA"]


def test_facing_criticism_makes_the_subject_the_one_criticised(extract):
    es = by_type(extract("Merkel faced criticism from the opposition over the migrants."), "ACCUSE")
    assert [(codes(e.actor), [r.entity_text for r in e.recipient]) for e in es] == [(["DEU"], ["Merkel"])]
    es = by_type(extract("Merkel has faced heavy criticism for her decision to open the borders."), "ACCUSE")
    assert len(es) == 1
    assert codes(es[0].actor) == []
    assert [r.entity_text for r in es[0].recipient] == ["Merkel"]


def test_a_thing_facing_criticism_from_nobody_named_is_no_record(extract):
    assert by_type(extract("The plan faced criticism."), "ACCUSE") == []


def test_a_quoted_vow_to_crush_terrorists_is_a_threat(extract):
    es = extract("“We will crush the terrorists in Afrin,” Erdogan said.")
    [t] = by_type(es, "THREATEN")
    assert (codes(t.actor), t.cameo) == (["TUR"], "138")
    [a] = by_type(es, "ASSAULT")
    assert (a.cameo, a.status) == ("190", "future")


def test_crushing_a_militia_is_force(extract):
    [a] = by_type(extract("Turkish troops crushed the Kurdish militia in Afrin last month."), "ASSAULT")
    assert (codes(a.actor), a.cameo, a.status) == (["TUR"], "190", "asserted")
