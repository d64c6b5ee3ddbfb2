"""CONCEDE, RETREAT, MOBILIZE and THREATEN told in ways the lexicon missed (NGEC work rows 3000-4500):
withdrawn complaints and dropped probes, suspended violence, ceased military operations,
dismantled checkpoints, released activists, raised alert levels, runs of protests called off,
and warnings that a party may do a hostile act; invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kenya withdrew its complaint against Uganda at the World Trade Organization.", "KEN", "UGA"),
    ("Austria will drop its challenge against Madagascar.", "AUT", "MDG"),
])
def test_withdrawing_a_complaint_yields_not_a_pull_back(extract, text, actor, recipient):
    events = extract(text)
    [e] = by_type(events, "CONCEDE")
    assert (e.cameo, codes(e.actor)) == ("080", [actor])
    assert recipient in codes(e.recipient)
    assert not by_type(events, "RETREAT") and not by_type(events, "ACCUSE")


def test_dropping_a_probe_eases_an_administrative_penalty(extract):
    events = extract("Brazil dropped its probe into the Argentine company.")
    [e] = by_type(events, "CONCEDE")
    assert (e.cameo, codes(e.actor)) == ("081", ["BRA"])
    assert not by_type(events, "ACCUSE")


@pytest.mark.parametrize("text, actor", [
    ("Al-Shabab in Somalia suspended violence for two weeks as talks resumed.", "SOM"),
    ("Hamas suspended its armed struggle against Israel.", "PSE"),
])
def test_a_suspension_of_violence_is_a_declared_truce(extract, text, actor):
    [e] = by_type(extract(text), "CONCEDE")
    assert (e.cameo, e.goldstein, codes(e.actor)) == ("0871", 9.0, [actor])


@pytest.mark.parametrize("text, status", [
    ("The Barbados rebels ceased their military operations.", "asserted"),
    ("The Barbados rebels agreed to cease their military operations.", "future"),
])
def test_ceasing_military_operations_is_a_pull_back(extract, text, status):
    [e] = by_type(extract(text), "RETREAT")
    assert (e.cameo, e.mode, e.status, codes(e.actor)) == ("087", "disarm", status, ["BRB"])


def test_ending_military_aid_is_no_pull_back(extract):
    assert not by_type(extract("The United States ended military aid to Egypt."), "RETREAT")


def test_dismantling_checkpoints_eases_a_blockade(extract):
    [e] = by_type(extract("Israel dismantled checkpoints in the West Bank."), "RETREAT")
    assert (e.cameo, codes(e.actor)) == ("0872", ["ISR"])


def test_activists_released_without_an_agent_are_freed_by_the_state(extract):
    [e] = by_type(extract("Three Taiwanese activists were released after serving a jail sentence."), "RETREAT")
    assert (e.cameo, codes(e.actor), e.actor[0].sector) == ("0841", ["TWN"], "GOV")


def test_a_raised_alert_level_is_a_mobilization(extract):
    [e] = by_type(extract("Turkey raised its military alert level."), "MOBILIZE")
    assert (e.cameo, codes(e.actor)) == ("152", ["TUR"])


def test_a_series_of_protests_called_off_is_the_protests_called_off(extract):
    events = extract("Kenya's opposition has cancelled a series of protests against the government.")
    [e] = by_type(events, "CONCEDE")
    assert e.cameo == "082"


@pytest.mark.parametrize("text", [
    "The director is withdrawing the film after an outcry in France.",
    "Germany's candidate withdrew his nomination on Monday.",
])
def test_withdrawing_a_thing_or_a_word_is_no_military_pull_back(extract, text):
    assert not by_type(extract(text), "RETREAT")


@pytest.mark.parametrize("text, cameo, recipient", [
    ("Russia warned that it could cut gas supplies to Ukraine.", "1311", ["UKR"]),
    ("Nigeria's military warned it may deploy a brigade if the crisis worsens.", "138", []),
    ("Israel warned Hamas that it might strike Gaza.", "138", ["PSE"]),
])
def test_a_warning_that_the_speaker_may_act_is_a_threat(extract, text, cameo, recipient):
    [e] = by_type(extract(text), "THREATEN")
    assert (e.cameo, codes(e.recipient)) == (cameo, recipient)


@pytest.mark.parametrize("text", [
    "Russia warned that it could take months to repair the pipeline.",
    "The IMF warned that the economy could collapse.",
    "Russia warned that Ukraine could attack its troops.",
])
def test_a_warning_of_what_may_happen_or_of_another_party_is_no_threat(extract, text):
    assert not by_type(extract(text), "THREATEN")


@pytest.mark.parametrize("text", [
    "India and Nepal set up a joint task force to fight smuggling.",
    "Mexico's president vowed to fight corruption.",
])
def test_fighting_a_social_ill_is_no_attack(extract, text):
    assert not by_type(extract(text), "ASSAULT")


@pytest.mark.parametrize("text, cameo", [
    ("Swaziland will decriminalize political activity.", "0811"),
    ("Kenya lifted the cap on foreign aid.", "081"),
])
def test_decriminalizing_and_lifting_caps_concede(extract, text, cameo):
    [e] = by_type(extract(text), "CONCEDE")
    assert e.cameo == cameo


def test_calling_out_the_national_guard_mobilizes_forces(extract):
    [e] = by_type(extract("The governor of Texas called out the National Guard."), "MOBILIZE")
    assert (e.cameo, codes(e.actor)) == ("154", ["USA"])


def test_an_adjective_on_a_compound_modifier_still_names_the_kind(extract):
    # "joint" hangs on "maritime", not on "exercises": still joint exercises (cooperation, and the
    # show of force of every joint exercise)
    events = extract("Taiwan's navy conducted joint maritime exercises on Tuesday.")
    [e] = by_type(events, "COOPERATE")
    assert e.cameo == "062"
    [m] = by_type(events, "MOBILIZE")
    assert (m.cameo, codes(m.actor)) == ("150", ["TWN"])


def test_a_joint_commission_is_cooperation(extract):
    [e] = by_type(extract("The joint commission of India and Nepal met on Tuesday."), "COOPERATE")
    assert (e.cameo, codes(e.actor)) == ("060", ["IND", "NPL"])


def test_cutting_troop_numbers_is_a_pull_back(extract):
    [e] = by_type(extract("The US cut its troop numbers in Iraq."), "RETREAT")
    assert (e.cameo, codes(e.actor)) == ("087", ["USA"])


def test_allowing_a_party_into_the_country_gives_access(extract):
    [e] = by_type(extract("Guatemala has agreed to allow Vietnam into its territory."), "RETREAT")
    assert (e.cameo, e.status, codes(e.actor), codes(e.recipient)) == ("086", "future", ["GTM"], ["VNM"])


def test_unblocking_access_eases_a_restriction_on_freedoms(extract):
    [e] = by_type(extract("Turkey's government unblocked access to Twitter."), "CONCEDE")
    assert (e.cameo, codes(e.actor)) == ("0811", ["TUR"])


def test_agreeing_to_a_ceasefire_stays_an_agreement_and_a_truce(extract):
    # tried as one CONCEDE 0871 record: it lowered PLOVER recall and type accuracy, whose gold
    # codes the agreement (AGREE) and the truce (RETREAT) apart
    events = extract("Yemen's Houthis agreed to a ceasefire with Saudi Arabia.")
    assert [(e.event, e.cameo, e.status, codes(e.actor), codes(e.recipient))
            for e in by_type(events, "AGREE") + by_type(events, "RETREAT")] == [
        ("AGREE", "030", "asserted", ["YEM"], ["SAU"]), ("RETREAT", "0871", "future", ["YEM"], ["SAU"])]
    assert not by_type(events, "CONCEDE")


@pytest.mark.parametrize("text, event, cameo", [
    ("Hungary allowed thousands of migrants into the country on Friday.", "AID", "075"),
    ("Egypt allowed UN inspectors into the country.", "RETREAT", "0862"),
    ("Guatemala allowed Vietnamese officials into its territory.", "RETREAT", "086"),
])
def test_whom_a_party_lets_in_decides_the_act(extract, text, event, cameo):
    # refugees and migrants let in are given refuge (AID 075); inspectors or officials, access
    [e] = by_type(extract(text), event)
    assert e.cameo == cameo
