"""Endorsing another party's proposal (SUPPORT 051): invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("The European Commission approved Italy's budget plan.", "EUR", "ITA"),
    ("Germany approved a French proposal to reform the euro zone.", "DEU", "FRA"),
    ("The Dutch government has given its approval to the Anguilla plan.", "NLD", "AIA"),
])
def test_approving_another_partys_proposal_endorses_that_party(extract, text, actor, recipient):
    [s] = by_type(extract(text), "SUPPORT")
    assert s.cameo == "051" and codes(s.actor) == [actor] and codes(s.recipient) == [recipient]


@pytest.mark.parametrize("text", [
    "The German cabinet approved a plan to cut emissions.",
    "The governor gave his approval this week to a beach festival.",
])
def test_approving_a_plan_of_no_named_party_endorses_nobody(extract, text):
    assert not by_type(extract(text), "SUPPORT")


def test_approving_a_bailout_stays_aid(extract):
    [a] = by_type(extract("The IMF approved Greece's new bailout program."), "AID")
    assert a.cameo == "071" and codes(a.recipient) == ["GRC"]


@pytest.mark.parametrize("text, verb", [
    ("Kazakhstan is developing ties with China.", "develop"),
    ("Vietnam and India agreed to enhance relations.", "enhance"),
])
def test_developing_ties_is_diplomatic_cooperation(extract, text, verb):
    [s] = by_type(extract(text), "SUPPORT")
    assert s.cameo == "050" and s.rule.endswith(f"verb:{verb} " + ("tie" if "ties" in text else "relation"))
