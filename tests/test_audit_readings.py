"""Readings a test audit found wrong (round 12): a counterpart's possessor is the side met, not
its party; a dateline or a headline's label is no subject and its date no event date.  Invented
sentences."""

import pytest
from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("The foreign minister of France met his counterpart from Germany in Geneva on Wednesday.", "FRA", "DEU"),
    ("The foreign minister of Egypt met his counterpart from Israel in Geneva on Wednesday.", "EGY", "ISR"),
    ("The Indian foreign minister held talks with his counterpart from Pakistan.", "IND", "PAK"),
    ("France's foreign minister met his German counterpart in Geneva on Wednesday.", "FRA", "DEU"),
])
def test_a_counterpart_from_a_country_is_that_countrys_government(extract, text, actor, recipient):
    [consult] = by_type(extract(text), "CONSULT")
    assert consult.cameo == "040"
    assert [(a.code, a.sector) for a in consult.actor] == [(actor, "GOV")]
    assert [(r.code, r.sector) for r in consult.recipient] == [(recipient, "GOV")]


def test_his_counterpart_is_not_the_speakers_own_side(extract):
    # "his" is the French minister: the counterpart is the other side, unnamed here, so no meeting
    # of France with France (and no CONSULT with one party only)
    assert by_type(extract("The French foreign minister met his counterpart in Geneva."), "CONSULT") == []


@pytest.mark.parametrize("text", [
    "Story 8: The United States accused Iran of violating the ceasefire on Tuesday.\n\n"
    "GENEVA, March 6 - The United States accused Iran of violating the ceasefire on Tuesday.",
    "GENEVA, March 6 - The United States accused Iran of violating the ceasefire on Tuesday.",
    "Update 2: The United States accused Iran of violating the ceasefire on Tuesday.",
])
def test_a_dateline_or_a_headline_label_is_no_subject(extract, text):
    [accuse] = by_type(extract(text, published="2024-03-06"), "ACCUSE")
    assert codes(accuse.actor) == ["USA"] and codes(accuse.recipient) == ["IRN"]
    assert accuse.cameo == "112"


def test_the_datelines_date_gives_way_to_the_sentences_day(extract):
    text = ("Story 19: The foreign minister of France met his counterpart from Germany in Geneva on Wednesday.\n\n"
            "GENEVA, March 7 - The foreign minister of France met his counterpart from Germany in Geneva on Wednesday.")
    [consult] = by_type(extract(text, published="2024-03-07"), "CONSULT")  # headline and body: one record
    assert (consult.date, consult.date_text) == ("2024-03-06", "Wednesday")
    assert codes(consult.actor) == ["FRA"] and codes(consult.recipient) == ["DEU"]


@pytest.mark.parametrize("text, actor, recipient, cameo", [
    ("The United States threatened Iran with military action on Friday.", "USA", "IRN", "138"),
    ("Russia threatened Ukraine with military action.", "RUS", "UKR", "138"),
    ("China threatened Taiwan with sanctions.", "CHN", "TWN", "1312"),
])
def test_what_a_threat_is_made_with_is_the_act_not_a_party(extract, text, actor, recipient, cameo):
    [threat] = by_type(extract(text), "THREATEN")
    assert threat.cameo == cameo and codes(threat.actor) == [actor]
    assert [r.code for r in threat.recipient] == [recipient]  # the threatened side only, not "military action"


@pytest.mark.parametrize("text, actor", [
    ("The Chinese foreign ministry denounced the propaganda attack on Beijing.", "CHN"),
    ("Germany denounced the smear campaign against Berlin.", "DEU"),
    ("Moscow denounced the sanctions on Russia.", "RUS"),
])
def test_denouncing_an_act_does_not_accuse_its_victim(extract, text, actor):
    [accuse] = by_type(extract(text), "ACCUSE")
    assert codes(accuse.actor) == [actor] and accuse.recipient == []  # the doer is not named


@pytest.mark.parametrize("text, doer", [
    ("Poland condemned the Russian attack on Ukraine.", "RUS"),
    ("France condemned the attack on Kabul by the Taliban.", "AFG"),
    ("The UN condemned Israel's strikes on Gaza.", "ISR"),
])
def test_denouncing_an_act_accuses_its_named_doer(extract, text, doer):
    [accuse] = by_type(extract(text), "ACCUSE")
    assert codes(accuse.recipient) == [doer]


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Kenya withdrew its complaint against Uganda at the World Trade Organization.", "CONCEDE", "KEN", "UGA"),
    ("Kenya withdrew its complaint against Uganda at the UN Security Council.", "CONCEDE", "KEN", "UGA"),
    ("Brazil filed a complaint against the United States at the WTO.", "ACCUSE", "BRA", "USA"),
    ("Iran lodged a protest against Israel at the United Nations.", "ACCUSE", "IRN", "ISR"),
])
def test_an_organisation_after_at_is_the_forum_not_a_party(extract, text, event, actor, recipient):
    [e] = by_type(extract(text), event)
    assert codes(e.actor) == [actor] and codes(e.recipient) == [recipient]


def test_an_organisation_after_at_alone_is_the_target(extract):
    [accuse] = by_type(extract("Iran lashed out at the United Nations."), "ACCUSE")
    assert [(r.code, r.sector) for r in accuse.recipient] == [("UNO", "GOV")]


@pytest.mark.parametrize("text, actor, recipient", [
    ("A ransomware attack by Albanian hackers hit Greek hospitals on Friday.", "ALB", "GRC"),
    ("A cyber attack by Russian hackers crippled Estonian banks.", "RUS", "EST"),
    ("A Chinese disinformation campaign targeted Taiwanese voters.", "CHN", "TWN"),
])
def test_what_an_act_hit_is_its_target(extract, text, actor, recipient):
    [e] = by_type(extract(text), "COERCE")
    assert codes(e.actor) == [actor] and codes(e.recipient) == [recipient]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Bolivia spread disinformation about the vaccine among Peruvians.", "BOL", "PER"),
    ("Russia spread propaganda about the war among Ukrainians.", "RUS", "UKR"),
])
def test_the_people_among_whom_lies_are_spread_are_their_target(extract, text, actor, recipient):
    [e] = by_type(extract(text), "COERCE")
    assert e.cameo == "170" and codes(e.actor) == [actor]
    assert [(r.code, r.sector) for r in e.recipient] == [(recipient, "CVL")]


@pytest.mark.parametrize("text, recipient", [
    ("Iran returned the seized British tanker to the UK.", [("GBR", "GOV")]),
    ("Iran returned the British tanker to Britain.", [("GBR", "GOV")]),
    # citizens and their government are two parties of one country
    ("China released the detained Canadian citizens to Canada.", [("CAN", "CVL"), ("CAN", "GOV")]),
])
def test_one_recipient_per_country_and_sector(extract, text, recipient):
    [e] = [x for x in extract(text) if x.event == "RETREAT"]
    assert [(r.code, r.sector) for r in e.recipient] == recipient


def test_condemning_an_attack_with_an_unnamed_doer_accuses_that_doer_not_the_victim(extract):
    # the attack's doer is unnamed (an unidentified attacker, UAF): the embassy (CHN) is not accused
    [accuse] = by_type(extract("Japan condemned the attack on the Chinese embassy."), "ACCUSE")
    assert codes(accuse.actor) == ["JPN"] and [r.sector for r in accuse.recipient] == ["UAF"]
    assert "CHN" not in codes(accuse.recipient)


def test_a_guessed_attacker_casts_no_vote_for_a_story_target(extract):
    # "Isis is refusing" took the unidentified attacker of the air strike (its country guessed) as
    # the one refused; a record with an implied doer tells no dealing between parties
    events = extract("An airstrike hit an Islamic State weapons depot in eastern Syria on Sunday. "
                     "Isis is refusing to surrender its last redoubt.")
    assert all(not any(r.sector == "UAF" for r in e.recipient) for e in events if e.event == "REJECT")
