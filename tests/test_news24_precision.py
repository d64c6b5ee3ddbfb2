"""Precision round news24 on fresh Guardian articles (batches H and I): a party described by who
backs or arms it ("Kurdish groups, armed by Washington"), fighters described by the war they are in
("the only British woman fighting Isis"), ruling an outcome in or out read as a rejection ("did not
rule out the possibility of conflict"), and a prospect told again ("in the event of US-led military
action" after the planned strike).  Sentences are invented, in the wording of the articles."""
from newsevents.records import Article

from coding import by_type

PUB = "2018-04-12"


def _extract(pipeline, text):
    return pipeline.extract(Article(story_id="t", text=text, published=PUB))


# --- patronage participles: who stands behind a party ---

def test_party_described_by_its_arms_supplier_is_no_aid(pipeline):
    es = _extract(pipeline, "Some British jihadists fled to north-eastern Syria, where they were rounded up by "
                            "Kurdish groups, armed by Washington, known as the Syrian Democratic Forces.")
    assert by_type(es, "AID") == []


def test_fronted_backing_participle_is_no_support(pipeline):
    es = _extract(pipeline, "Backed by Graça Machel and her fellow Elders, the Tanzanian government is "
                            "introducing healthcare reforms.")
    assert by_type(es, "SUPPORT") == []


def test_backing_told_as_a_clause_stays(pipeline):
    es = by_type(_extract(pipeline, "The campaign is backed by the US-led coalition, which arms the SDF."),
                 "SUPPORT")
    assert [(e.event_text, [a.code for a in e.actor]) for e in es] == [("backed", ["USA"])]


def test_backing_participle_with_its_own_time_stays(pipeline):
    es = by_type(_extract(pipeline, "The rebels, armed by Turkey last year, took the town."), "AID")
    assert [(e.event_text, [a.code for a in e.actor]) for e in es] == [("rebels armed", ["TUR"])]


# --- "fighting" as a participle on the fighters ---

def test_fighter_described_by_her_war_is_no_attack(pipeline):
    es = _extract(pipeline, "Kimberley Taylor, who is believed to be the only British woman fighting Isis in "
                            "Syria, said she had spent eight months on the Raqqa front.")
    assert by_type(es, "ASSAULT") == []
    es = _extract(pipeline, "When Anna Campbell told her father of her plan to join Kurdish forces fighting Isis, "
                            "he made a joke.")
    assert by_type(es, "ASSAULT") == []


def test_stronghold_of_rebels_fighting_a_president_is_no_attack(pipeline):
    # told until news24 (test_words_missiles_territories); a blind judge of batch E called it a
    # describing phrase
    es = _extract(pipeline, "Idlib is a stronghold for Syrian rebels fighting the Syrian president, Bashar al-Assad.")
    assert by_type(es, "ASSAULT") == []


def test_fighting_told_as_a_clause_stays(pipeline):
    es = by_type(_extract(pipeline, "Kurdish forces fought Isis in Raqqa on Monday."), "ASSAULT")
    assert [(e.event_text, [r.code for r in e.recipient]) for e in es] == [("fought", ["IMG"])]


# --- ruling an outcome out is a forecast ---

def test_not_ruling_out_a_possibility_is_no_rejection(pipeline):
    es = _extract(pipeline, "Russia's UN ambassador said his priority was to avert war in Syria, but he did not "
                            "rule out the possibility of US-Russian conflict.")
    assert by_type(es, "REJECT") == []


def test_ruling_out_a_situation_tells_no_clash(pipeline):
    es = _extract(pipeline, "\u201cWe rule out the situation developing into a direct American-Russian clash,\u201d "
                            "Hezbollah's deputy leader said.")
    assert by_type(es, "REJECT") == [] and by_type(es, "ASSAULT") == []


def test_not_ruling_out_an_attack_stays_a_threat(pipeline):
    es = _extract(pipeline, "Turkey did not rule out military action against Syria.")
    assert [(e.event, [r.code for r in e.recipient]) for e in by_type(es, "THREATEN")] == [("THREATEN", ["SYR"])]


def test_ruling_out_talks_stays_a_rejection(pipeline):
    es = by_type(_extract(pipeline, "Israel ruled out talks with Hamas on Monday."), "REJECT")
    assert [e.event_text for e in es] == ["ruled out talks"]


# --- a prospect told again ---

def test_prospect_told_again_is_one_record(pipeline):
    es = by_type(_extract(pipeline, "Donald Trump said the US would strike Syria. Preparations for a Russian "
                                    "counterattack on the British base were under way in the event of US-led "
                                    "military action in Syria."), "ASSAULT")
    texts = [e.event_text for e in es]
    assert "strike" in texts and "military action" not in texts


def test_first_prospect_keeps_its_record(pipeline):
    es = by_type(_extract(pipeline, "Theresa May called a meeting to discuss possible military action against "
                                    "Syria."), "ASSAULT")
    assert [(e.event_text, e.status) for e in es] == [("military action", "hypothetical")]


def test_help_named_in_the_patron_phrase_is_no_attack(pipeline):
    es = _extract(pipeline, "The YPG, backed by US airstrikes, had all but flushed Isis from large swaths of "
                            "Syria's north.")
    assert [e.event_text for e in by_type(es, "ASSAULT")] == []


def test_patron_phrase_on_a_list_of_participles(pipeline):
    es = _extract(pipeline, "Their victory underlined the growing power of a rebel army in Syria's north, armed "
                            "and paid by Turkey, that now comprises three legions.")
    assert by_type(es, "AID") == []


# --- idioms ---

def test_blow_struck_is_no_attack(pipeline):
    es = _extract(pipeline, "He said he agreed with Trump that a serious blow had been struck against Isis.")
    assert by_type(es, "ASSAULT") == []


def test_demanded_to_know_is_a_question(pipeline):
    es = _extract(pipeline, "Trump demanded to know whether his national security adviser was still on the line.")
    assert by_type(es, "REQUEST") == []


def test_demand_of_a_party_stays(pipeline):
    es = by_type(_extract(pipeline, "Trump demanded that Turkey halt its offensive."), "REQUEST")
    assert [[r.code for r in e.recipient] for e in es] == [["TUR"]]


def test_killing_off_speculation_is_no_killing(pipeline):
    es = _extract(pipeline, "Officials in Cyprus are attempting to kill off speculation that Russia would "
                            "retaliate.")
    assert [e.event_text for e in by_type(es, "ASSAULT") if e.event_text.startswith("kill")] == []


def test_ground_held_by_a_group_describes_the_place(pipeline):
    es = _extract(pipeline, "As the ground held by Islamic State shrank, his family followed the retreat.")
    assert by_type(es, "REJECT") == []


def test_defending_territory_is_no_verbal_support(pipeline):
    # was a SUPPORT record of the YPG for the Turkish army until news24
    es = _extract(pipeline, "The YPG defended its territory against the Turkish army.")
    assert by_type(es, "SUPPORT") == []


def test_defending_a_decision_stays_support(pipeline):
    es = by_type(_extract(pipeline, "Trump defended his decision to withdraw US troops from Syria."), "SUPPORT")
    assert [e.event_text for e in es] == ["defended decision"]
