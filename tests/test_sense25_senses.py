"""Word senses and generic mentions that blind judges of batches J, K and L marked wrong (session
sixteen, sense25): an armed attack on a built platform read as a verbal attack, "under the UN
sanctions" read as sanctions imposed, safety advice by "warn" read as a threat, a kind of party
("Governments have also blamed the app") read as a party acting, and "call on" a person (a visit)
read as a request.  Sentences are invented, in the wording of the articles."""
from newsevents.records import Article

from coding import by_type

PUB = "1987-10-20"


def _extract(pipeline, text):
    return pipeline.extract(Article(story_id="t", text=text, published=PUB))


def _told(es, event):
    return [(e.event_text, [a.code for a in e.actor], [a.code for a in e.recipient]) for e in by_type(es, event)]


# --- the object's modifier decides: an oil platform is attacked by arms ---

def test_attack_on_an_oil_platform_is_armed(pipeline):
    es = _extract(pipeline, "Britain backed the United States' attack on an Iranian oil platform on Monday.")
    assert by_type(es, "ACCUSE") == []
    assert _told(es, "ASSAULT") == [("attack", ["USA"], ["IRN"])]


def test_attacking_offshore_drilling_platforms_is_armed(pipeline):
    es = _extract(pipeline, "U.S. forces on Monday attacked two Iranian offshore oil drilling platforms in the Gulf.")
    assert by_type(es, "ACCUSE") == []
    assert _told(es, "ASSAULT") == [("attacked", ["USA"], ["IRN"])]


def test_attacking_a_party_platform_stays_criticism(pipeline):
    es = _extract(pipeline, "The opposition leader attacked the ruling party's platform in a speech on Monday.")
    assert [(e.event, e.cameo, e.event_text) for e in es] == [("ACCUSE", "111", "attacked")]


# --- a prepositional frame: "under ... sanctions" is a regime in force ---

def test_under_the_sanctions_is_no_sanction(pipeline):
    es = _extract(pipeline, "Much more oil is flowing into North Korea than allowed under the United Nations sanctions.")
    assert by_type(es, "SANCTION") == []
    es = _extract(pipeline, "Iran has been under U.S. sanctions since 1979.")
    assert by_type(es, "SANCTION") == []


def test_placing_under_sanctions_and_an_imposed_embargo_stay(pipeline):
    es = _extract(pipeline, "The Security Council placed North Korea under sanctions on Friday.")
    assert [e.event_text for e in by_type(es, "SANCTION")] == ["sanctions"]
    es = _extract(pipeline, "Exports of arms are banned under the embargo imposed by the UN in 2011.")
    assert _told(es, "SANCTION") == [("embargo imposed", ["UNO"], [])]


# --- "warn" with advice to keep safe ---

def test_safety_advice_is_no_threat(pipeline):
    es = _extract(pipeline, "The officials warned residents to stay indoors and canceled all festivities in Nice.")
    assert by_type(es, "THREATEN") == []
    es = _extract(pipeline, "One veteran correspondent warned me to be careful; he worried about the suspects.")
    assert by_type(es, "THREATEN") == []


def test_warning_a_party_off_stays_a_threat(pipeline):
    es = _extract(pipeline, "Israel warned Hezbollah to stay out of the conflict.")
    assert _told(es, "THREATEN") == [("warned", ["ISR"], ["LBN"])]


# --- a plural kind of party with no time: a generic mention ---

def test_kind_of_party_blaming_is_no_accusation(pipeline):
    for text in ("Governments have also blamed the app for enabling extremist groups and terrorists.",
                 "Telegram has been criticised by some governments for using end-to-end encryption.",
                 "Some law enforcement agencies have complained this technique can make it hard to investigate cases.",
                 "Durov tweeted that \u201cSome politicians tend to blame tools for actions one can perform with them.\u201d"):
        assert by_type(_extract(pipeline, text), "ACCUSE") == [], text


def test_kind_of_party_organizing_protests_is_no_protest(pipeline):
    es = _extract(pipeline, "Individuals have used them to organize protests against the government.")
    assert by_type(es, "PROTEST") == []


def test_dated_named_or_followed_parties_stay(pipeline):
    es = _extract(pipeline, "Some governments criticised Russia on Monday for the annexation.")
    assert _told(es, "ACCUSE") == [("criticised", [None], ["RUS"])]
    es = _extract(pipeline, "The governments of France and Germany have criticised the decision.")
    assert [sorted(a.code for a in e.actor) for e in by_type(es, "ACCUSE")] == [["DEU", "FRA"]]
    es = _extract(pipeline, "Protesters have clashed with police in Caracas.")
    assert [e.event_text for e in by_type(es, "PROTEST")] == ["clashed with police"]


# --- "call on" a person with nothing asked: a visit ---

def test_calling_on_a_person_is_a_visit(pipeline):
    es = _extract(pipeline, "Baker will call on King Hussein in Amman on Tuesday.")
    assert by_type(es, "REQUEST") == []
    assert [(e.event, e.mode, e.cameo, e.event_text) for e in by_type(es, "CONSULT")] == [
        ("CONSULT", "visit", "042", "call on")]


def test_calling_on_a_party_to_act_stays_a_request(pipeline):
    es = _extract(pipeline, "The United Nations called on Iran to release the prisoners.")
    assert _told(es, "REQUEST") == [("called on", ["UNO"], ["IRN"])]
    es = _extract(pipeline, "The minister called on President Mubarak to release the prisoners.")
    assert [e.event_text for e in by_type(es, "REQUEST")] == ["called on"]


# --- the object decides "fight": a vote, a measure or a charge is contested, not attacked ---

def test_fighting_elections_measures_and_charges_is_no_attack(pipeline):
    for text in ("The PUK and KDP fought elections in 1992 and gained 50 seats each.",
                 "He said the Reagan Administration would fight protectionist legislation in the U.S. Congress.",
                 "The former minister fought the charges in court for two years."):
        assert by_type(_extract(pipeline, text), "ASSAULT") == [], text


def test_fighting_an_armed_party_stays_an_attack(pipeline):
    es = _extract(pipeline, "Kurdish forces fought Islamic State in Raqqa on Monday.")
    assert _told(es, "ASSAULT") == [("fought", ["SYR"], ["IMG"])]
