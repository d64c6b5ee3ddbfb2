"""Attacks made in words, cautions, missiles lobbed or sent over a place, and dependent territories
coded as their sovereign state: invented sentences of each kind."""

import pytest

from coding import by_type, codes
from newsevents.actors.kb import load_kb


@pytest.mark.parametrize("text, actor", [
    ("Trump attacked the report in an op-ed on Tuesday.", "USA"),
    ("Putin attacked Obama in an interview with Fox News.", "RUS"),
    ("The Turkish president attacked the German chancellor on Twitter.", "TUR"),
    ("In a column for the Washington Post, the French minister attacked the prime minister.", "FRA"),
    ("Erdogan launched a scathing attack on Germany.", "TUR"),
    ("The Iranian foreign minister attacked the ruling during a press conference.", "IRN"),
])
def test_an_attack_in_words_is_a_criticism(extract, text, actor):
    events = extract(text)
    assert not by_type(events, "ASSAULT")
    [e] = by_type(events, "ACCUSE")
    assert (e.mode, e.cameo) == ("disapprove", "111")
    assert codes(e.actor) == [actor]


@pytest.mark.parametrize("text", [
    "Rebels attacked a police station in the north.",
    "Gunmen attacked a bus in Kabul on Monday.",
    "Israel attacked Hamas positions in Gaza.",
    "The jihadists launched an attack on the army base.",
    "Islamic State attacked a checkpoint during the night.",
])
def test_an_armed_attack_stays_an_assault(extract, text):
    events = extract(text)
    assert [e.cameo for e in by_type(events, "ASSAULT")] == ["190"]
    assert not by_type(events, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The Japanese minister cautioned that the economy could slow.",
    "But the head of the fishing union cautioned that being overly aggressive could provoke North Korea.",
])
def test_a_caution_told_as_a_bare_clause_is_no_threat(extract, text):
    assert not by_type(extract(text), "THREATEN")


def test_a_caution_of_the_speakers_own_act_stays_a_threat(extract):
    [e] = by_type(extract("Iran cautioned that it would retaliate against any attack."), "THREATEN")
    assert codes(e.actor) == ["IRN"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("North Korea lobbed rockets into South Korea.", "PRK", "KOR"),
    ("Hamas militants lobbed rockets toward Israeli towns.", "PSE", "ISR"),
    ("North Korea lobbed two missiles far above a fishing town on Japan's northern island of Hokkaido.", "PRK", "JPN"),
    ("North Korea has twice sent rockets over the main islands of Japan.", "PRK", "JPN"),
    ("North Korea sent a missile over Japan on Tuesday.", "PRK", "JPN"),
])
def test_missiles_lobbed_or_sent_over_a_place_are_fired(extract, text, actor, recipient):
    events = extract(text)
    assert not by_type(events, "AID") and not by_type(events, "PROTEST")
    [e] = by_type(events, "ASSAULT")
    assert (e.cameo, e.mode) == ("194", "heavy-weapons")
    assert codes(e.actor) == [actor]
    assert codes(e.recipient) == [recipient]


def test_missiles_sent_to_a_party_are_still_aid(extract):
    [e] = by_type(extract("The United States sent missiles to Ukraine."), "AID")
    assert codes(e.recipient) == ["UKR"]


def test_missiles_lobbed_by_rioters_are_still_a_riot(extract):
    [e] = by_type(extract("Protesters lobbed missiles at police in Belfast."), "PROTEST")
    assert e.mode == "riot"


@pytest.mark.parametrize("alias, code", [
    ("Guam", "USA"), ("Puerto Rico", "USA"), ("Puerto Ricans", "USA"), ("US Virgin Islands", "USA"),
    ("American Samoa", "USA"), ("Northern Mariana Islands", "USA"), ("Greenland", "DNK"), ("Faroe Islands", "DNK"),
    ("Gibraltar", "GBR"), ("Reunion", "FRA"),
    # territories that act for themselves in the news keep their own codes
    ("Hong Kong", "HKG"), ("British Virgin Islands", "VGB"), ("New Caledonia", "NCL"),
])
def test_a_dependent_territory_is_coded_as_its_sovereign(alias, code):
    kb = load_kb(None)
    assert kb.lookup(alias).code == code


def test_territories_are_listed_with_their_sovereign():
    kb = load_kb(None)
    assert kb.territories["GUM"] == "USA" and kb.territories["GRL"] == "DNK"
    assert "HKG" not in kb.territories
    assert kb.countries["GUM"] == "Guam"  # still a listed ISO entry
    assert kb.lookup("San Juan") is None  # a territory's capital stands for no government


def test_a_threat_against_guam_is_against_the_united_states(extract):
    [e] = by_type(extract("North Korea threatened to fire missiles toward Guam."), "THREATEN")
    assert codes(e.actor) == ["PRK"]
    assert codes(e.recipient) == ["USA"]


@pytest.mark.parametrize("text, event", [
    ("If anything, Japan has been too passive, said Ryosuke Kinoshita, who supports Abe's ruling party.", "SUPPORT"),
    ("Mr. Yaalon, who has supported settlement growth, spoke at the conference.", "SUPPORT"),
    ("The French farmer, who opposes the trade deal, spoke to reporters.", "ACCUSE"),
])
def test_a_clause_that_says_what_a_party_stands_for_is_no_event(extract, text, event):
    assert not by_type(extract(text), event)


@pytest.mark.parametrize("text, event", [
    # (news24: "a stronghold for Syrian rebels fighting the Syrian president" names the rebels by
    # their war and gives no record, test_news24_precision; the rebels' own clause is told)
    ("Syrian rebels fought the forces of the Syrian president, Bashar al-Assad, in Idlib.", "ASSAULT"),
    ("Satellite images showed Russian ships aiding North Korea's efforts to secure oil.", "AID"),
    ("The soldier who tried to arrest her brother was bitten.", "COERCE"),
    ("The Likud Central Committee voted for a resolution that calls upon Israel to annex the settlements.", "REQUEST"),
    ("Ryosuke Kinoshita, who supported the ruling party on Monday, spoke to reporters.", "SUPPORT"),
])
def test_fighting_past_acts_and_a_documents_content_are_still_told(extract, text, event):
    assert len(by_type(extract(text), event)) == 1


@pytest.mark.parametrize("text", [
    "Pyongyang says it needs nuclear weapons to defend itself against a possible invasion.",
    "South Korea said it was ready to defend itself from the North Korean threat.",
    "The rebels said they would defend themselves against any attack.",
])
def test_defending_oneself_is_no_support(extract, text):
    assert not by_type(extract(text), "SUPPORT")


def test_defending_another_party_is_still_support(extract):
    [e] = by_type(extract("Russia defended Syria at the UN on Monday."), "SUPPORT")
    assert codes(e.recipient)[:1] == ["SYR"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Boko Haram took up arms against the Nigerian government in 2009.", "NGA", "NGA"),
    ("The Kurdish militants took up arms against Turkey in 1984.", "TUR", "TUR"),  # TUR REB, as CAMEO codes the PKK
])
def test_taking_up_arms_is_armed_fighting(extract, text, actor, recipient):
    events = extract(text)
    assert not by_type(events, "PROTEST")
    [e] = by_type(events, "ASSAULT")
    # (the actor column was never asserted; the second case said None, the coder gives TUR REB)
    assert (codes(e.actor), [a.sector for a in e.actor], codes(e.recipient)) == ([actor], ["REB"], [recipient])


@pytest.mark.parametrize("text", [
    "A Kremlin spokesman said the Russian president faced a media attack.",
    "The Chinese foreign ministry denounced the propaganda attack on Beijing.",
])
def test_a_media_or_propaganda_attack_is_in_words(extract, text):
    # no ASSAULT: the one record is a criticism (111), the attack's own or the denunciation of it
    # (it asserted only "no ASSAULT", which a coder that codes nothing passes too)
    assert [(e.event, e.cameo) for e in extract(text)] == [("ACCUSE", "111")]


@pytest.mark.parametrize("text, actor, recipient, cameo", [
    ("North Korea has not carried out its threat to fire four ballistic missiles toward the coast of Guam.",
     "PRK", "USA", "138"),
    ("Turkey's threat to invade northern Syria alarmed the Kurds.", "TUR", "SYR", "138"),
    ("Mr. Trump revived his implied threat of pre-emptive US military action against North Korea.",
     "USA", "PRK", "138"),
])
def test_a_threat_noun_is_against_whom_its_act_would_hit(extract, text, actor, recipient, cameo):
    [e] = by_type(extract(text), "THREATEN")
    assert codes(e.actor) == [actor]
    assert codes(e.recipient) == [recipient]
    assert e.cameo == cameo


def test_the_act_a_threat_is_of_is_not_done(extract):
    events = extract("Mr. Trump revived his implied threat of pre-emptive US military action against North Korea.")
    [a] = by_type(events, "ASSAULT")
    assert a.status == "hypothetical"


@pytest.mark.parametrize("text", [
    "South Korea said it was ready to defend itself from the North Korean threat.",
    "Japan must counter the threat from North Korea.",
    "The alliance was set up to guard against the Soviet threat.",
])
def test_a_threat_guarded_against_is_a_danger_not_a_threat_made(extract, text):
    assert not by_type(extract(text), "THREATEN")


def test_a_threat_made_is_still_a_threat(extract):
    [e] = by_type(extract("North Korea made a threat against Japan."), "THREATEN")
    assert codes(e.recipient) == ["JPN"]
