"""NGEC round of the fourteenth session: the party whose decision, plan or move is named by a "by"
or "of" object does what the decision's infinitive says ("the decision by Washington to impose
sanctions"), and who decides "on" doing something does it ("the government's decision on lifting
the curfew"); invented sentences."""

from coding import by_type, codes


def test_a_decision_by_a_party_to_act_is_that_partys_act(extract):
    events = extract("Iran criticised the decision by the United States to impose sanctions on Iran.")
    [e] = by_type(events, "SANCTION")
    assert (codes(e.actor), codes(e.recipient)) == (["USA"], ["IRN"])  # not Iran's, the critic's


def test_a_decision_of_a_government_to_withdraw_is_its_withdrawal(extract):
    events = extract("The decision of the French government to withdraw its troops from Mali angered residents.")
    [e] = by_type(events, "RETREAT")
    assert codes(e.actor) == ["FRA"]


def test_a_plan_by_a_state_to_expel_diplomats_is_its_expulsion(extract):
    events = extract("A plan by Germany to expel two Russian diplomats was criticised by Moscow.")
    [e] = by_type(events, "SANCTION")
    assert (codes(e.actor), codes(e.recipient)) == (["DEU"], ["RUS"])


def test_a_decision_on_lifting_a_curfew_is_the_deciders_concession(extract):
    events = extract("The Kenyan government's decision on lifting the curfew was welcomed by residents.")
    [e] = by_type(events, "CONCEDE")
    assert codes(e.actor) == ["KEN"] and e.cameo == "0813"


def test_an_of_object_that_names_no_party_gives_no_doer(extract):
    # "a campaign of violence": violence is no party, so nobody is said to expel anyone
    events = extract("A campaign of violence to expel two Russian diplomats was criticised by Moscow.")
    assert not by_type(events, "SANCTION")


def test_demonstrating_that_something_is_so_is_no_protest(extract):
    events = extract("The Bank of Israel said the records demonstrate that the dialogue with North Korea is "
                     "beginning to have real impacts.")
    assert not by_type(events, "PROTEST")
    events = extract("By working together, we demonstrate that no country can be left behind, the UN chief said.")
    assert not by_type(events, "PROTEST")


def test_demonstrating_against_a_law_stays_a_protest(extract):
    events = extract("Thousands of Kenyans demonstrated against the new tax law in Nairobi on Monday.")
    [e] = by_type(events, "PROTEST")
    assert codes(e.actor) == ["KEN"]
