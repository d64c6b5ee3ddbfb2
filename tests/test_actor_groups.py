"""Collective and representative nouns whose party sits in a modifier: a delegation or representatives
of, from or representing a party, "member countries" of the body just named, "the nation's ruling
party"."""
import pytest

from newsevents.records import Article


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text, published="2021-03-02"):
        return pipeline.extract(Article(story_id="t", text=text, published=published))
    return run


def actors(events, event):
    """(code, sector) of the actors of the one record of type ``event``."""
    [e] = [e for e in events if e.event == event]
    return [(a.code, a.sector) for a in e.actor]


@pytest.mark.parametrize("text, expected", [
    # the party a delegation speaks for is its party; a state's delegation is its government
    ("A delegation representing the Union of Soviet Socialist Republics visited Peru on Monday.", [("RUS", "GOV")]),
    ("Representatives from Chile and Bolivia visited Peru on Monday.", [("BOL", "GOV"), ("CHL", "GOV")]),
    ("A delegation from the Arab League visited Peru on Monday.", [("IGO", "GOV")]),
    ("A delegation led by Foreign Minister Wang Yi visited Peru on Monday.", [("CHN", "GOV")]),
    ("A Norwegian delegation visited Peru on Monday.", [("NOR", "GOV")]),
    # named by a modifier of its own, the delegation keeps that sector
    ("A business delegation from Norway visited Peru on Monday.", [("NOR", "BUS")]),
])
def test_delegation_is_of_the_party_it_represents(extract, text, expected):
    assert sorted(actors(extract(text), "CONSULT")) == expected


def test_delegation_with_no_party_stays_uncoded(extract):
    es = extract("A delegation visited the ministry in Lima on Monday.")
    assert all(a.code is None for e in es for a in e.actor)


def test_delegation_of_people_is_not_their_state(extract):
    # a delegation made of a country's footballers is not its government
    assert actors(extract("A delegation of Brazilian footballers visited Peru on Monday."), "CONSULT") == [("BRA", None)]


def test_representatives_of_workers_are_labour(extract):
    es = extract("Representatives of the dock workers met the Chilean labour minister in Valparaiso.")
    assert [a.sector for a in [e for e in es if e.event == "CONSULT"][0].actor] == ["LAB"]


def test_former_representative_is_elite(extract):
    assert actors(extract("A former Kenyan representative visited Peru on Monday."), "CONSULT") == [("KEN", "ELI")]


def test_representatives_of_the_two_countries(extract):
    es = extract("Ghana and Togo have argued over the border for years. "
                 "Representatives of the two countries reached an agreement on Friday.")
    assert sorted(actors(es, "AGREE")) == [("GHA", "GOV"), ("TGO", "GOV")]


def test_the_two_delegations_are_the_two_states(extract):
    es = extract("Ghana and Togo have argued over the border for years. The two delegations met in Lome on Friday.")
    assert sorted(actors(es, "CONSULT")) == [("GHA", "GOV"), ("TGO", "GOV")]


def test_the_delegation_refers_back(extract):
    es = extract("A delegation from Djibouti arrived in Addis Ababa on Monday. The delegation condemned the border closure.")
    assert actors(es, "ACCUSE") == [("DJI", "GOV")]


def test_member_countries_of_the_body_just_named(extract):
    es = extract("The African Union held a summit in Addis Ababa. Member countries agreed to raise their contributions.")
    assert actors(es, "AGREE") == [("IGO", "GOV")]
    es = extract("The African Union held a summit in Addis Ababa. Its member states agreed to raise their contributions.")
    assert actors(es, "AGREE") == [("IGO", "GOV")]


def test_member_countries_with_no_body_stay_uncoded(extract):
    es = extract("Member countries agreed to raise their contributions.")
    assert all(a.code is None for e in es for a in e.actor)


def test_the_nations_ruling_party(extract):
    es = extract("Laos has been at war with rebels for years. "
                 "The nation's ruling communist group declared a nationwide ceasefire on Monday.")
    assert actors(es, "CONCEDE") == [("LAO", "PTY")]


def test_sector_word_in_a_country_name_is_no_sector(extract):
    # "Union" in "the Soviet Union" is no trade union: the bare country attacks with its forces (MIL)
    assert actors(extract("The Soviet Union invaded Afghanistan."), "ASSAULT") == [("RUS", "MIL")]


def test_a_name_set_against_another_with_not_is_no_apposition(extract):
    from coding import by_type, codes
    [e] = by_type(extract("Turkish forces are fighting the PKK, not Assad."), "ASSAULT")
    assert codes(e.recipient) == ["TUR"] and all(r.name != "Bashar al-Assad" for r in e.recipient)


@pytest.mark.parametrize("text, event, role, expected", [
    ("African countries such as Kenya and Tanzania have expressed gratitude to Saudi Arabia for its help.",
     "SUPPORT", "actor", ["KEN", "TZA"]),
    ("Gulf states including Qatar and Kuwait condemned Iran.", "ACCUSE", "actor", ["KWT", "QAT"]),
    ("Western allies like Britain and France criticised Russia.", "ACCUSE", "actor", ["FRA", "GBR"]),
    ("The United States criticised countries such as Russia and China.", "ACCUSE", "recipient", ["CHN", "RUS"]),
])
def test_a_group_of_countries_named_by_example_is_those_countries(extract, text, event, role, expected):
    [e] = [e for e in extract(text) if e.event == event]
    assert sorted(x.code for x in getattr(e, role)) == expected


def test_a_group_compared_with_no_example_names_nobody(extract):
    # "as" without "such" gives no examples: "countries as far apart as" is a comparison
    assert not [e for e in extract("Countries as far apart as Peru and Japan have criticised the plan.")
                if e.event == "ACCUSE"]


def test_a_states_national_security_council_is_not_the_uns(extract):
    from coding import by_type, codes
    [e] = by_type(extract("The US National Security Council met on Monday to discuss Yemen."), "CONSULT")
    assert codes(e.actor) == ["USA"] and e.actor[0].sector == "GOV"
    [u] = by_type(extract("The UN Security Council met on Monday to discuss Yemen."), "CONSULT")
    assert codes(u.actor) == ["UNO"]
