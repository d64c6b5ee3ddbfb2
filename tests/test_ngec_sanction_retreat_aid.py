"""NGEC recall round (SANCTION, RETREAT, MOBILIZE, AID): sums of money given "in" aid or loans and
released to a party, frozen accounts, suspended treaties, the withdrawal "of" armed forces, taking
part in exercises.  Invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("The World Bank provided $2 billion in loans to Pakistan.", "071", "IGO", "PAK"),
    ("Japan gave Kenya 5 million dollars in grants on Monday.", "071", "JPN", "KEN"),
    ("The European Union released 3 billion euros in funds to Turkey.", "071", "EUR", "TUR"),
])
def test_a_sum_given_in_loans_or_grants_is_economic_aid(extract, text, cameo, actor, recipient):
    [e] = by_type(extract(text), "AID")
    assert (e.cameo, e.goldstein, codes(e.actor), codes(e.recipient)) == (cameo, 7.4, [actor], [recipient])


def test_a_sum_in_something_that_is_no_aid_stays_as_it_was(extract):
    events = extract("The army sent 300 soldiers in trucks to the border.")
    assert not by_type(events, "AID")
    assert [e.cameo for e in by_type(events, "MOBILIZE")] == ["154"]


@pytest.mark.parametrize("text, recipient", [
    ("The IMF released $2bn to Honduras on Thursday.", "HND"),
    ("The World Bank released $2 billion to Pakistan.", "PAK"),
    ("The EU released 3 million euros to Chad.", "TCD"),
])
def test_money_released_is_paid_out_not_a_captive_freed(extract, text, recipient):
    events = extract(text)
    [e] = by_type(events, "AID")
    assert (e.cameo, codes(e.recipient)) == ("071", [recipient])
    assert not by_type(events, "RETREAT")


def test_captives_released_are_still_a_release(extract):
    [e] = by_type(extract("Hamas released 20 Israeli hostages on Monday."), "RETREAT")
    assert e.cameo == "0841"


@pytest.mark.parametrize("text, actor, recipient", [
    ("Britain froze the bank accounts of the Iranian central bank.", "GBR", "IRN"),
    ("The EU froze Russian funds worth 300 billion euros.", "EUR", "RUS"),
])
def test_frozen_accounts_and_funds_are_an_asset_freeze(extract, text, actor, recipient):
    [e] = by_type(extract(text), "SANCTION")
    assert (e.cameo, e.mode, codes(e.actor), codes(e.recipient)) == ("163", "restrict", [actor], [recipient])


@pytest.mark.parametrize("text, actor, recipient", [
    ("Argentina suspended the free trade agreement with Brazil.", "ARG", "BRA"),
    ("Russia suspended the New START treaty with the United States.", "RUS", "USA"),
])
def test_a_suspended_treaty_reduces_relations(extract, text, actor, recipient):
    [e] = by_type(extract(text), "SANCTION")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("160", [actor], [recipient])


@pytest.mark.parametrize("text, actor, recipient", [
    ("The withdrawal of Russian forces from Homs began on Monday.", "RUS", "SYR"),
    ("The pullout of Israeli soldiers from Gaza was completed in September.", "ISR", "PSE"),
])
def test_the_withdrawal_of_armed_forces_is_theirs(extract, text, actor, recipient):
    [e] = by_type(extract(text), "RETREAT")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("087", [actor], [recipient])


def test_the_withdrawal_of_an_envoy_names_no_armed_doer(extract):
    assert not by_type(extract("The withdrawal of the ambassador angered Paris."), "RETREAT")


def test_who_participates_in_an_exercise_holds_it(extract):
    [e] = by_type(extract("Russian troops participated in military exercises in Belarus."), "MOBILIZE")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("150", ["RUS"], ["BLR"])


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("The Food and Agriculture Organization has committed to providing humanitarian support to Haiti.", "073",
     "UNO", "HTI"),
    ("Qatar gave financial support to the rebels in Syria.", "071", "QAT", "SYR"),
    ("The Kenyan union organised relief deliveries of food and water to Somalia.", "073", "KEN", "SOM"),
])
def test_humanitarian_or_financial_support_and_relief_deliveries_are_aid(extract, text, cameo, actor, recipient):
    [e] = by_type(extract(text), "AID")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == (cameo, [actor], [recipient])


@pytest.mark.parametrize("text, actor, recipient", [
    ("Hundreds of Chinese troops arrived in Tajikistan on Wednesday.", "CHN", "TJK"),
    ("US warships arrived in the Black Sea port of Constanta.", "USA", "ROU"),
])
def test_troops_arriving_are_sent_there_not_visiting(extract, text, actor, recipient):
    events = extract(text)
    [e] = by_type(events, "MOBILIZE")
    assert (e.cameo, e.mode, codes(e.actor), codes(e.recipient)) == ("154", "troops", [actor], [recipient])
    assert not by_type(events, "CONSULT")


def test_a_defence_minister_arriving_still_visits(extract):
    [e] = by_type(extract("The Chinese defence minister arrived in Moscow on Tuesday."), "CONSULT")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("042", ["CHN"], ["RUS"])


@pytest.mark.parametrize("text, cameo, mode, actor", [
    ("The Ukrainian militia expanded its recruiting efforts in the area.", "154", "troops", "UKR"),
    ("The Kenyan police began a recruiting campaign.", "153", "police", "KEN"),
])
def test_recruiting_as_a_noun_is_an_armed_force_recruiting(extract, text, cameo, mode, actor):
    [e] = by_type(extract(text), "MOBILIZE")
    assert (e.cameo, e.mode, codes(e.actor)) == (cameo, mode, [actor])


def test_a_party_recruiting_is_no_mobilisation(extract):
    assert not by_type(extract("The British Labour party launched a recruiting drive in Manchester."), "MOBILIZE")


@pytest.mark.parametrize("text, actor, recipient", [
    ("China imposed trade restrictions on Australia.", "CHN", "AUS"),
    ("Nepal imposed visa restrictions on two Chinese companies on Tuesday.", "NPL", "CHN"),
    ("The US placed export restrictions on Chinese chipmakers.", "USA", "CHN"),
])
def test_trade_visa_and_export_restrictions_on_another_are_sanctions(extract, text, actor, recipient):
    events = extract(text)
    [e] = by_type(events, "SANCTION")
    assert (e.cameo, e.mode, codes(e.actor), codes(e.recipient)) == ("163", "restrict", [actor], [recipient])
    assert not by_type(events, "COERCE")


def test_restrictions_on_movement_stay_coercion(extract):
    [e] = by_type(extract("The Indian army imposed restrictions on movement in Srinagar."), "COERCE")
    assert (e.cameo, codes(e.actor)) == ("172", ["IND"])


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iraq returned the Kuwaiti archives seized during the invasion.", "IRQ", "KWT"),
    ("Iran returned the seized British tanker to the UK.", "IRN", "GBR"),
    ("The Kenyan police began returning all recovered firearms in September.", "KEN", None),
])
def test_seized_things_handed_back_are_returned_property(extract, text, actor, recipient):
    [e] = by_type(extract(text), "RETREAT")
    assert (e.cameo, e.mode, codes(e.actor)) == ("0842", "return", [actor])
    assert set(codes(e.recipient)) == ({recipient} if recipient else set())  # the tanker and the UK are both GBR


def test_returning_fire_returns_nothing(extract):
    assert not by_type(extract("The US Navy returned fire."), "RETREAT")


@pytest.mark.parametrize("text, actor, recipient", [
    ("The IMF agreed to a $20 billion debt restructuring with the government of Nauru.", "IGO", "NRU"),
    ("Japan approved debt forgiveness for Zambia.", "JPN", "ZMB"),
])
def test_debt_restructured_or_forgiven_is_economic_aid(extract, text, actor, recipient):
    [e] = by_type(extract(text), "AID")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("071", [actor], [recipient])


def test_talks_on_debt_restructuring_are_no_aid(extract):
    assert not by_type(extract("Zambia's debt restructuring talks with China stalled."), "AID")


def test_police_arriving_are_sent_there(extract):
    events = extract("Many German police from other parts of the country arrived in Berlin on Friday.")
    [e] = by_type(events, "MOBILIZE")
    assert (e.cameo, e.mode, codes(e.actor)) == ("153", "police", ["DEU"])
    assert not by_type(events, "CONSULT")


def test_a_police_chief_arriving_still_visits(extract):
    [e] = by_type(extract("The Kenyan police chief arrived in Kampala for talks."), "CONSULT")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("042", ["KEN"], ["UGA"])


@pytest.mark.parametrize("text, actor, recipient", [
    ("An import ban on Russian oil was extended by the EU.", "EUR", "RUS"),
    ("China imposed an export ban on rare earths to Japan.", "CHN", "JPN"),
    ("The UN imposed an arms ban on Libya.", "UNO", "LBY"),
])
def test_import_export_and_arms_bans_are_embargoes(extract, text, actor, recipient):
    events = extract(text)
    [e] = by_type(events, "SANCTION")
    assert (e.cameo, e.mode, codes(e.actor), codes(e.recipient)) == ("163", "restrict", [actor], [recipient])
    assert not by_type(events, "COERCE")


@pytest.mark.parametrize("text", [
    "The EU lifted the arms ban on China.",
    "The US eased trade restrictions on Cuba.",
])
def test_a_trade_or_arms_ban_lifted_stays_an_easing(extract, text):
    events = extract(text)
    [e] = by_type(events, "CONCEDE")
    assert e.cameo == "081"
    assert not by_type(events, "SANCTION")


def test_a_ban_on_gatherings_stays_coercion(extract):
    [e] = by_type(extract("The Egyptian government imposed a ban on public gatherings."), "COERCE")
    assert e.cameo == "172"


@pytest.mark.parametrize("text, cameo", [
    ("Norway sent $12 million in humanitarian assistance to Malawi.", "073"),
    ("The US provided military aid to Ukraine.", "072"),
    ("Japan sent aid to Nepal.", "070"),
])
def test_the_kind_of_aid_the_noun_names_codes_the_verb_pattern(extract, text, cameo):
    [e] = by_type(extract(text), "AID")
    assert e.cameo == cameo
