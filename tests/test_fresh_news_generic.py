"""Precision round on fresh Guardian articles (round news20): a verb of standing with a side told
of a noun ("forces backing Assad") names the side, no act; a bare act noun with no party
("years of insurrection") and "the fight against X" as a frame name a kind, a cause or an era;
light-verb idioms and other senses ("took charge of", "gave sanction for", "media inquiries",
"captured on film") are no events.  Each rule is checked against the told act it must keep.
Sentences are invented."""
from newsevents.records import Article

from coding import by_type
from newsevents.events.coder import _bare_kind_noun, _describes_alignment

PUB = "2018-09-17"


def _extract(pipeline, text):
    return pipeline.extract(Article(story_id="t", text=text, published=PUB))


# --- describing phrases: a participle or present-tense relative clause of standing with a side

def test_present_participle_backing_a_party_is_no_support(pipeline):
    es = _extract(pipeline, "An assault by Russian and Syrian forces backing Bashar al-Assad would displace 800,000 "
                            "people, Turkey said.")
    assert by_type(es, "SUPPORT") == [] and by_type(es, "AID") == []
    assert len(by_type(es, "ASSAULT")) == 1  # the assault itself is still told


def test_participle_assisting_and_opposing_are_no_acts(pipeline):
    assert by_type(_extract(pipeline, "He talks of recalling US forces assisting pro-western Kurds."), "AID") == []
    assert by_type(_extract(pipeline, "Rebel groups opposing the Syrian regime gathered in Idlib on Monday."),
                   "ACCUSE") == []


def test_past_participle_after_its_noun_and_its_conjunct_are_no_support(pipeline):
    assert by_type(_extract(pipeline, "Russians could have been killed in a clash between forces loyal to Bashar "
                                      "al-Assad and a Kurdish-led opposition force supported by US advisers."),
                   "SUPPORT") == []
    assert by_type(_extract(pipeline, "The SDF, an alliance led by Kurdish militias and backed by the US, holds the "
                                      "prisoners."), "SUPPORT") == []


def test_present_relative_clause_of_alignment_is_no_support(pipeline):
    assert by_type(_extract(pipeline, "MSF says 15 of the 20 clinics it supports in eastern Ghouta have been hit."),
                   "SUPPORT") == []


def test_alignment_told_as_an_act_keeps_its_record(pipeline):
    es = by_type(_extract(pipeline, "Turkey backed the rebels opposing Assad on Monday."), "SUPPORT")
    assert len(es) == 1 and es[0].actor[0].code == "TUR"
    es = by_type(_extract(pipeline, "In the deal, Turkey backs a Russian peace process."), "SUPPORT")
    assert len(es) == 1 and es[0].actor[0].code == "TUR"


def test_opposing_clause_still_gives_the_rebels_their_country(pipeline):
    # the dropped clause still says whose rebels they are: the supported rebels are Syria's
    es = by_type(_extract(pipeline, "Turkish forces are preparing to enter Idlib province to support rebel forces "
                                    "opposing both the Syrian regime and jihadist insurgents."), "AID")
    assert len(es) == 1
    assert [(r.code, r.sector) for r in es[0].recipient] == [("SYR", "REB")]


def test_opposing_in_a_with_clause_is_told_not_described(pipeline):
    doc = pipeline.nlp("The SNC made its boycott decision with 26 of its 36 members opposing attendance.")
    opposing = next(t for t in doc if t.text == "opposing")
    entry = pipeline.lexicon.match(opposing)[0]
    assert entry.event == "ACCUSE"
    assert not _describes_alignment(opposing, entry)
    doc = pipeline.nlp("Rebel forces opposing the regime gathered in Idlib.")
    opposing = next(t for t in doc if t.text == "opposing")
    assert _describes_alignment(opposing, pipeline.lexicon.match(opposing)[0])


# --- generic mentions: a bare kind noun, "the fight against X" as a frame

def _token_entry(pipeline, text, word):
    doc = pipeline.nlp(text)
    tok = next(t for t in doc if t.text == word)
    found = pipeline.lexicon.match(tok)
    return tok, (found[0] if found else None), (found[1] if found else [])


def test_bare_act_noun_of_an_era_is_a_kind(pipeline):
    tok, entry, used = _token_entry(pipeline, "Those heady early years of insurrection are long gone now.", "insurrection")
    assert entry.event == "PROTEST" and _bare_kind_noun(tok, entry, used)
    tok, entry, used = _token_entry(pipeline, "Rebels took the town after three days of fighting.", "fighting")
    assert entry.event == "ASSAULT" and not _bare_kind_noun(tok, entry, used)  # counted: told
    tok, entry, used = _token_entry(pipeline, "Two soldiers were killed in clashes on Monday.", "clashes")
    assert not _bare_kind_noun(tok, entry, used)  # the killing's circumstances: told
    tok, entry, used = _token_entry(pipeline, "The crisis followed a series of concessions.", "concessions")
    assert not _bare_kind_noun(tok, entry, used)


def test_counted_or_placed_bare_noun_keeps_its_record(pipeline):
    es = by_type(_extract(pipeline, "Syrian rebels took the town of Jisr al-Shughour after three days of fighting "
                                    "with government troops."), "ASSAULT")
    assert [e.event_text for e in es] == ["fighting"]


def test_the_fight_against_a_group_as_a_frame_is_no_attack(pipeline):
    es = _extract(pipeline, "Trump said: “I am asking Congress to ensure that in the fight against Isis and al-Qaida "
                            "we continue to have all necessary power to detain terrorists.”")
    assert by_type(es, "ASSAULT") == [] and len(by_type(es, "REQUEST")) == 1
    assert by_type(_extract(pipeline, "A Russian assault would crush what remains of the uprising against him."),
                   "PROTEST") == []


def test_the_fight_joined_or_owned_stays_an_attack(pipeline):
    es = by_type(_extract(pipeline, "British volunteers joined the fight against Isis in Syria."), "ASSAULT")
    assert len(es) == 1 and es[0].actor[0].code == "GBR"
    es = by_type(_extract(pipeline, "Kurdish forces led the successful fight against Islamic State in Raqqa."),
                 "ASSAULT")
    assert len(es) == 1


# --- idioms and other senses

def test_took_charge_of_is_no_accusation(pipeline):
    assert by_type(_extract(pipeline, "Obama agreed to Moscow taking charge of the disposal of the chemical weapons."),
                   "ACCUSE") == []
    es = by_type(_extract(pipeline, "Prosecutors brought charges against the former minister on Monday."), "ACCUSE")
    assert len(es) == 1


def test_gave_sanction_for_is_no_sanction(pipeline):
    assert by_type(_extract(pipeline, "David Cameron did give sanction for strikes against UK fighters in Syria."),
                   "SANCTION") == []
    es = by_type(_extract(pipeline, "The EU imposed sanctions on Russia on Monday."), "SANCTION")
    assert len(es) == 1 and es[0].recipient[0].code == "RUS"


def test_media_inquiries_and_captured_on_film_are_no_events(pipeline):
    assert by_type(_extract(pipeline, "The Foreign Office was coordinating the response to media inquiries about the "
                                      "capture."), "ACCUSE") == []
    _, entry, _ = _token_entry(pipeline, "The beheadings were captured on film and distributed in Isis videos.",
                               "captured")
    assert entry is None
    _, entry, _ = _token_entry(pipeline, "Kurdish forces captured the town from Isis on Friday.", "captured")
    assert entry is not None and entry.event == "ASSAULT"


def test_stand_by_and_watch_backs_nobody(pipeline):
    es = _extract(pipeline, "Turkey has warned it will not stand by and watch a Russian-led attack on Idlib.")
    assert by_type(es, "SUPPORT") == [] and len(by_type(es, "ASSAULT")) == 1
    es = by_type(_extract(pipeline, "Britain will stand by its allies, the minister said on Monday."), "SUPPORT")
    assert len(es) == 1 and es[0].actor[0].code == "GBR"


def test_reinforced_support_and_embraced_objectives_are_no_events(pipeline):
    assert _extract(pipeline, "Russia and Iran have both reinforced their support for Bashar al-Assad.") == []
    assert _extract(pipeline, "Any notional US military involvement could evolve to embrace wider political and "
                              "humanitarian objectives.") == []
    es = by_type(_extract(pipeline, "Russia reinforced its troops in Syria on Monday."), "MOBILIZE")
    assert len(es) == 1 and es[0].actor[0].code == "RUS"


def test_occupying_a_position_is_no_seizure(pipeline):
    assert by_type(_extract(pipeline, "Erdogan remains Turkey's dominant politician, a position he has occupied for a "
                                      "decade."), "COERCE") == []
    es = by_type(_extract(pipeline, "Turkish troops occupied the Syrian town of Afrin on Sunday."), "COERCE")
    assert len(es) == 1 and es[0].actor[0].code == "TUR"
    es = by_type(_extract(pipeline, "These are the towns Turkey has occupied since 2016."), "COERCE")
    assert len(es) == 1  # a relative clause's noun is what is occupied: a town is seized


def test_participle_of_what_a_had_object_did_keeps_its_record(pipeline):
    doc = pipeline.nlp("The rally also had participants supporting the army's decision to fire back.")
    supporting = next(t for t in doc if t.text == "supporting")
    assert not _describes_alignment(supporting, pipeline.lexicon.match(supporting)[0])
