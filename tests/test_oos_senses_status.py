"""Out-of-sample audit, trigger senses and status: publishing is no release, a demonstration of an
ability is no protest, "in charge of" is no charge, "called a meeting for Friday" is no call for,
and what is required, authorised, supposed or failed is not asserted.  Invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text", [
    "The newspaper has released the biggest leak in its history.",
    "WikiLeaks released thousands of diplomatic cables on Monday.",
    "Peru released a plan to cut emissions on Tuesday.",
    "The ministry released a cache of emails from the former minister.",
])
def test_releasing_a_publication_frees_nobody(extract, text):
    assert not by_type(extract(text), "RETREAT")


@pytest.mark.parametrize("text", [
    "The rebels released hundreds of prisoners on Monday.",
    "The army released a number of detainees in Lima on Monday.",
])
def test_releasing_a_number_of_captives_is_still_a_release(extract, text):
    [e] = by_type(extract(text), "RETREAT")
    assert (e.cameo, e.status) == ("0841", "asserted")


@pytest.mark.parametrize("text", [
    "The launch was what analysts called a demonstration of its ability to strike Guam.",
    "The army staged a demonstration of strength near the Bolivian border.",
])
def test_a_demonstration_of_an_ability_is_a_display_not_a_protest(extract, text):
    assert not by_type(extract(text), "PROTEST")


def test_a_demonstration_against_a_government_is_still_a_protest(extract):
    [e] = by_type(extract("Students held a demonstration against the new fees in Lima."), "PROTEST")
    assert (e.cameo, codes(e.actor)) == ("141", ["PER"])


def test_in_charge_of_is_a_position_not_an_accusation(extract):
    text = "Two different men claim to be in charge of the group, the Nigerian army said."
    assert not by_type(extract(text), "ACCUSE")


def test_filed_charges_is_still_an_accusation(extract):
    [e] = by_type(extract("Peruvian prosecutors filed charges against the mayor in Lima."), "ACCUSE")
    assert (e.cameo, codes(e.actor)) == ("1121", ["PER"])


def test_calling_a_meeting_for_a_time_is_no_call_for(extract):
    events = extract("The Security Council called an emergency meeting for later Friday and the UN chief urged calm.")
    assert [e.cameo for e in by_type(events, "REQUEST")] == ["0252"]  # only "urged calm"


def test_a_call_for_a_ceasefire_is_still_a_request(extract):
    [e] = by_type(extract("Peru called for a ceasefire in the region."), "REQUEST")
    assert (e.cameo, codes(e.actor), e.status) == ("020", ["PER"], "asserted")


@pytest.mark.parametrize("text, event, status", [
    ("The government's failure to quickly free them angered their parents.", "RETREAT", "negated"),
    ("Chile's failure to condemn the coup drew criticism from Peru.", "ACCUSE", "negated"),
    ("The man was supposed to have been deported to Tunisia last year.", "COERCE", "hypothetical"),
    ("The law authorizes the army to detain suspects for 30 days.", "COERCE", "hypothetical"),
])
def test_a_failed_supposed_or_authorised_act_is_not_asserted(extract, text, event, status):
    # (the criticism Chile's failure drew from Peru is a record of its own since recall24)
    [e] = [x for x in by_type(extract(text), event) if x.event_text != "criticism"]
    assert e.status == status


def test_the_criticism_a_failure_drew_is_asserted_and_aimed_at_the_failing_party(extract):
    es = by_type(extract("Chile's failure to condemn the coup drew criticism from Peru."), "ACCUSE")
    assert sorted((e.event_text, e.status) for e in es) == [("condemn", "negated"), ("criticism", "asserted")]
    [crit] = [e for e in es if e.event_text == "criticism"]
    assert (codes(crit.actor), codes(crit.recipient)) == (["PER"], ["CHL"])


def test_a_resolution_requiring_states_to_inspect_asserts_no_inspection(extract):
    events = extract("The Security Council resolution requires member countries to inspect and impound ships in their ports.")
    [inspect], [impound] = by_type(events, "ACCUSE"), by_type(events, "COERCE")
    assert (inspect.cameo, inspect.status, impound.cameo, impound.status) == ("090", "hypothetical", "1711", "hypothetical")


def test_recognising_ones_daughters_is_no_diplomatic_recognition(extract):
    assert not by_type(extract("Tearful mothers in Abuja recognised their daughters in the photos."), "SUPPORT")


def test_recognising_a_government_is_still_recognition(extract):
    [e] = by_type(extract("Mexico recognised the new government of Bolivia on Monday."), "SUPPORT")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("054", ["MEX"], ["BOL"])


@pytest.mark.parametrize("text", [
    "Turkey failed to meet its commitment to withdraw troops.",
    "Turkey's failure to meet its commitment drew criticism from Russia.",
])
def test_a_pledge_that_was_not_kept_was_still_made(extract, text):
    [e] = by_type(extract(text), "AGREE")
    assert (e.cameo, codes(e.actor), e.status) == ("030", ["TUR"], "asserted")


def test_refusing_to_sign_an_agreement_still_negates_the_signing(extract):
    [e] = by_type(extract("Peru refused to sign the agreement with Chile."), "SUPPORT")
    assert (e.cameo, e.status) == ("057", "negated")
