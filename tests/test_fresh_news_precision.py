"""Precision round on fresh Guardian articles (round news19): "later" in a clause told in the past
orders an act done, it does not make it future; and "fighting for" a side is membership of that
side, no attack.  Sentences are invented."""
from newsevents.records import Article

from coding import by_type

PUB = "2019-02-14"


def _extract(pipeline, text):
    return pipeline.extract(Article(story_id="t", text=text, published=PUB))


def test_later_in_a_past_relative_clause_is_asserted(pipeline):
    es = by_type(_extract(pipeline, "She married a fighter who was killed a short time later in a Russian airstrike."),
                 "ASSAULT")
    assert [e.status for e in es] == ["asserted"]


def test_later_on_a_past_verb_is_asserted(pipeline):
    es = by_type(_extract(pipeline, "The militant was later reported by intelligence agencies to have been killed "
                                    "in coalition airstrikes."), "ASSAULT")
    assert [e.status for e in es] == ["asserted"]


def test_later_agreed_is_asserted(pipeline):
    es = by_type(_extract(pipeline, "Russia later agreed to withdraw its troops."), "AGREE")
    assert [e.status for e in es] == ["asserted"]


def test_soon_on_a_future_verb_stays_future(pipeline):
    es = by_type(_extract(pipeline, "Iran said it would soon release the sailors."), "RETREAT")
    assert [e.status for e in es] == ["future"]


def test_fighting_for_a_group_is_no_attack(pipeline):
    assert by_type(_extract(pipeline, "Foreigners fighting for Islamic State are a legitimate target, the minister said."),
                   "ASSAULT") == []
    assert by_type(_extract(pipeline, "Prakash told police he had decided to quit fighting for Islamic State."),
                   "ASSAULT") == []


def test_fighting_under_the_banner_or_on_the_side_of_is_no_attack(pipeline):
    assert by_type(_extract(pipeline, "Jihadist rebels fighting under the banner of Hayat Tahrir al-Sham will be "
                                      "expected to evacuate the zone."), "ASSAULT") == []
    assert by_type(_extract(pipeline, "He said the attacking forces were fighting on the side of Bashar al-Assad's "
                                      "regime."), "ASSAULT") == []


def test_fighting_against_or_a_party_stays_an_attack(pipeline):
    es = by_type(_extract(pipeline, "Turkish troops are fighting Kurdish militias in Afrin."), "ASSAULT")
    assert len(es) == 1 and es[0].actor[0].code == "TUR"
    es = by_type(_extract(pipeline, "Rebels fighting for the Free Syrian Army fought against the regime in Idlib on Monday."),
                 "ASSAULT")
    assert len(es) >= 1


def test_yet_to_is_not_done_so_far(pipeline):
    es = by_type(_extract(pipeline, "Turkey is yet to offer a safe haven to citizens wanting to flee."), "AGREE")
    assert [e.status for e in es] == ["negated"]
    es = by_type(_extract(pipeline, "The US has yet to impose sanctions on Turkey."), "SANCTION")
    assert [e.status for e in es] == ["negated"]


def test_yet_again_and_bare_is_to_keep_their_status(pipeline):
    es = by_type(_extract(pipeline, "Iran is yet again threatening Israel."), "THREATEN")
    assert [e.status for e in es] == ["asserted"]
    es = by_type(_extract(pipeline, "Russia is to withdraw its troops."), "RETREAT")
    assert [e.status for e in es] == ["future"]


def test_unwilling_and_reluctant_tell_an_act_not_chosen(pipeline):
    es = by_type(_extract(pipeline, "Britain is reluctant to impose sanctions on Saudi Arabia."), "SANCTION")
    assert [e.status for e in es] == ["hypothetical"]
    es = by_type(_extract(pipeline, "The US was unwilling to withdraw its troops from Syria."), "RETREAT")
    assert [e.status for e in es] == ["hypothetical"]
    es = by_type(_extract(pipeline, "The three countries have so far been unwilling to instruct their Nato partner "
                                    "to pull back."), "RETREAT")
    assert all(e.status != "asserted" for e in es)
