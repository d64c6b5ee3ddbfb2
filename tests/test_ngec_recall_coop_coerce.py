"""NGEC recall round (COOPERATE, COERCE, CONCEDE, CONSULT): invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("Russian warships joined military exercises with Chinese naval forces.", "RUS", "CHN"),
    ("New Zealand forces are participating in exercises with South African soldiers.", "NZL", "ZAF"),
    ("The Italian navy took part in a training exercise with the Greek navy.", "ITA", "GRC"),
    ("China held naval drills with Russia in the Baltic.", "CHN", "RUS"),
])
def test_an_exercise_held_with_another_states_forces_is_military_cooperation(extract, text, actor, recipient):
    events = extract(text)
    [e] = by_type(events, "COOPERATE")
    assert (e.cameo, e.goldstein, e.context) == ("062", 7.4, ["military"])
    assert (codes(e.actor), codes(e.recipient)) == ([actor], [recipient])
    [m] = by_type(events, "MOBILIZE")  # also the show of force, by both states' forces
    assert (m.cameo, codes(m.actor), codes(m.recipient)) == ("150", sorted([actor, recipient]), [])


def test_an_exercise_held_by_two_states_forces_is_military_cooperation(extract):
    [e] = by_type(extract("US and South Korean forces began drills on Monday."), "COOPERATE")
    assert (e.cameo, codes(e.actor)) == ("062", ["KOR", "USA"])


@pytest.mark.parametrize("text, recipient", [
    ("China held military exercises near Taiwan on Monday.", ["TWN"]),   # aimed at, not held with
    ("The Turkish army held an exercise with live ammunition near the border.", []),  # "with" a means
    ("Chinese troops took part in exercises near Taiwan.", ["TWN"]),
])
def test_an_exercise_near_a_state_or_with_a_means_stays_a_show_of_force(extract, text, recipient):
    events = extract(text)
    [e] = by_type(events, "MOBILIZE")
    assert (e.cameo, codes(e.recipient)) == ("150", recipient)
    assert not by_type(events, "COOPERATE")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Chinese hackers broke into the computers of the Indian defence ministry.", "CHN", "IND"),
    ("Russian hackers targeted government websites in Estonia.", "RUS", "EST"),
    ("Iranian hackers targeted the servers of a Saudi oil company.", "IRN", "SAU"),
])
def test_breaking_into_or_targeting_computers_is_a_cyber_attack(extract, text, actor, recipient):
    [e] = by_type(extract(text), "COERCE")
    assert (e.mode, e.cameo, e.goldstein, codes(e.actor), codes(e.recipient)) == ("cyber", "170", -7.0, [actor], [recipient])


@pytest.mark.parametrize("text", [
    "Burglars broke into the house of the Kenyan minister.",
    "The Pakistani army targeted the Haqqani network in North Waziristan.",
])
def test_breaking_into_a_house_or_targeting_a_network_of_people_is_no_cyber_attack(extract, text):
    assert not [e for e in extract(text) if e.mode == "cyber"]


@pytest.mark.parametrize("text", [
    "Russia waged a disinformation campaign against Ukraine.",
    "Russia is waging a disinformation campaign against Ukraine.",
])
def test_a_waged_campaign_is_its_subjects_whatever_the_models_lemma(extract, text):
    # the model lemmatises "waged" as "wag"; the verb still carries its object's act
    [e] = by_type(extract(text), "COERCE")
    assert (e.mode, e.cameo, codes(e.actor), codes(e.recipient)) == ("misinformation", "170", ["RUS"], ["UKR"])


def test_a_civic_body_banned_in_the_passive_is_banned_by_the_state(extract):
    [e] = by_type(extract("Four human rights organisations were banned in Nicaragua on Tuesday."), "COERCE")
    assert (e.mode, e.cameo, codes(e.actor), e.actor[0].sector) == ("ban", "1722", ["NIC"], "GOV")
    assert e.rule.endswith("+implied-agent")


def test_a_group_banned_from_a_place_is_no_state_ban_of_a_body(extract):
    events = extract("A group of Russian fans was banned from the stadium.")
    assert not [e for e in events if e.cameo == "1722"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("In an apparent concession to the opposition, the Greek government decided not to sign the licence.",
     "GRC", "GRC"),
    ("As a concession to the unions, French ministers dropped the pension reform.", "FRA", "FRA"),
])
def test_in_or_as_a_concession_names_what_the_clause_subject_yields(extract, text, actor, recipient):
    [e] = [x for x in by_type(extract(text), "CONCEDE") if x.event_text == "concession"]
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("080", [actor], [recipient])


def test_a_concession_called_so_by_critics_is_not_the_critics(extract):
    assert not by_type(extract("Critics dismissed the move as a concession to Iran."), "CONCEDE")



@pytest.mark.parametrize("text, actor", [
    ("The Gambia is giving up on its long-standing opposition to nuclear technology.", "GMB"),
    ("Argentina gave up its objection to the British proposal.", "ARG"),
    ("Peru abandoned its objection to the Chilean proposal.", "PER"),
])
def test_giving_up_a_claim_or_an_opposition_yields_it(extract, text, actor):
    [e] = by_type(extract(text), "CONCEDE")
    assert (e.cameo, e.goldstein, codes(e.actor)) == ("080", 5.0, [actor])


def test_giving_up_a_claim_that_something_is_so_is_no_concession(extract):
    assert not by_type(extract("The Peruvian minister gave up his claim that the vote was rigged."), "CONCEDE")


@pytest.mark.parametrize("text, sector, recipient_sector", [
    ("Since August, at least 31 independent Russian newspapers have been raided.", "COP", "MED"),
    ("The home of the Turkish opposition leader was raided on Monday.", "COP", "OPP"),
])
def test_a_newspaper_or_home_raided_in_the_passive_is_raided_by_the_police(extract, text, sector, recipient_sector):
    [e] = by_type(extract(text), "COERCE")
    assert (e.cameo, e.actor[0].sector, e.recipient[0].sector) == ("170", sector, recipient_sector)
    assert e.rule.endswith("+implied-agent")


def test_a_raid_by_robbers_keeps_its_doer(extract):
    [e] = by_type(extract("The bank in Lagos was raided by armed robbers."), "COERCE")
    assert e.actor[0].sector == "CRM" and not e.rule.endswith("+implied-agent")


@pytest.mark.parametrize("text, implied", [
    ("The Kazakh news portals were shut down without warning.", True),
    ("Kazakhstan shut down two news portals.", False),
])
def test_news_portals_shut_down_are_censored(extract, text, implied):
    [e] = by_type(extract(text), "COERCE")
    assert (e.mode, e.cameo, codes(e.actor)) == ("censor", "1721", ["KAZ"])
    assert e.rule.endswith("+implied-agent") == implied


@pytest.mark.parametrize("text, actor, recipient", [
    ("Israeli police worked in cooperation with Jordanian authorities to arrest the suspects.", "ISR", "JOR"),
    ("French troops, in collaboration with Malian forces, attacked the rebel base.", "FRA", "MLI"),
    ("Russia hit Idlib in coordination with Turkey on Monday.", "RUS", "TUR"),
])
def test_acting_in_cooperation_with_a_party_is_cooperating_with_it(extract, text, actor, recipient):
    [e] = by_type(extract(text), "COOPERATE")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("060", [actor], [recipient])


def test_a_passive_act_in_cooperation_with_a_party_names_no_cooperating_party(extract):
    assert not by_type(extract("The operation was carried out in cooperation with the Panamanian Ministry of Defense."),
                       "COOPERATE")
