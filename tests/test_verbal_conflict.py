"""Verbal conflict from general constructions (ACCUSE, REJECT): judgements reported in speech,
kinds of wrong ("an act of terrorism"), passive blame, disputed or false claims.  Invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, actor, recipient, cameo", [
    # a quoted judgement of a party's act: the speaker is the reporting verb's subject
    ('"Iran\'s reckless action is a grave threat to our nation," the Saudi foreign minister told reporters.',
     "SAU", "IRN", "111"),
    ("The Canadian government said Bolivia's move was provocative.", "CAN", "BOL", "111"),
    # insults joined by "and"; a leader called a dotard
    ("The Venezuelan president called the Colombian president a coward and a liar.", "VEN", "COL", "111"),
    ("Kim Jong Un described Trump as a mentally deranged dotard.", "PRK", "USA", "111"),
    # a kind of wrong: its "of" object labels ("an act of pure evil", "a form of terrorism")
    ("The Turkish government said the Syrian attack was an act of pure evil.", "TUR", "SYR", "112"),
    # a reported clause that equates its subject with a wrong by "represent", "constitute", "amount to"
    ("Japan said the launch by North Korea would represent a serious violation of UN resolutions.",
     "JPN", "PRK", "112"),
    ("Egypt said the Ethiopian decision amounts to a breach of the treaty.", "EGY", "ETH", "112"),
])
def test_a_reported_judgement_of_a_partys_act_accuses_it(extract, text, actor, recipient, cameo):
    [e] = by_type(extract(text), "ACCUSE")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == (cameo, [actor], [recipient])


def test_a_reporting_verb_labels_as_call_does(extract):
    [e] = by_type(extract("The Israeli prime minister said the attacker was a terrorist."), "ACCUSE")
    assert (e.cameo, codes(e.actor)) == ("112", ["ISR"])


@pytest.mark.parametrize("text", [
    "The French minister said the attack was not an act of terrorism.",  # negated: no label
    "The Spanish minister said the weather was brutal.",  # no word of condemnation
    "Officials said the sales figures were disappointing for Germany.",  # a judgement of results
])
def test_no_accusation_without_a_judgement_of_someones_act(extract, text):
    assert not by_type(extract(text), "ACCUSE")


def test_one_labelling_is_one_accusation(extract):
    events = extract("Peru said the bombing by Chile was a cowardly act of terrorism.")
    [e] = by_type(events, "ACCUSE")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("112", ["PER"], ["CHL"])


@pytest.mark.parametrize("text, actor, recipient", [
    ("The attack was widely blamed on Iran.", None, "IRN"),
    ("Two explosions blamed on Pakistan killed five Indian soldiers.", None, "PAK"),
    ("The attack was blamed on Iran by the United States.", "USA", "IRN"),
])
def test_passive_blame_names_who_is_blamed(extract, text, actor, recipient):
    [e] = by_type(extract(text), "ACCUSE")
    assert e.cameo == "112"
    assert codes(e.recipient) == [recipient]
    assert codes(e.actor) == ([actor] if actor else [])


def test_blame_on_a_thing_is_no_accusation(extract):
    assert not by_type(extract("The failure was blamed on bad weather."), "ACCUSE")


@pytest.mark.parametrize("text, actor", [
    ("The Chinese foreign ministry disputed the claim.", "CHN"),
    ("Russia rejected the accusations.", "RUS"),
    ("The Iranian government denied any wrongdoing.", "IRN"),
    ("Egypt's foreign ministry said the charges were false.", "EGY"),
    ("The Chinese foreign ministry called the US allegations baseless.", "CHN"),
    ("Russia said the report was a fabrication.", "RUS"),
])
def test_disputing_or_calling_a_claim_false_rejects_it(extract, text, actor):
    [e] = by_type(extract(text), "REJECT")
    assert (e.cameo, codes(e.actor)) == ("120", [actor])
    assert actor not in codes(e.recipient)  # answered to the claim's maker, not the speaker's own country


def test_a_claim_judged_false_names_its_maker(extract):
    [e] = by_type(extract("The Chinese foreign ministry called the US allegations baseless."), "REJECT")
    assert codes(e.recipient) == ["USA"]


def test_a_thing_called_false_that_is_no_claim_is_no_rejection(extract):
    assert not by_type(extract("The Brazilian minister said the smile was fake."), "REJECT")


@pytest.mark.parametrize("text, actor, recipient", [
    ("The German chancellor said Russia had violated the ceasefire.", "DEU", "RUS"),
    ("The Indian army said Pakistan had violated Indian airspace.", "IND", "PAK"),
    ("Seoul said Pyongyang broke its promise.", "KOR", "PRK"),
])
def test_telling_of_a_breach_accuses_the_breaker(extract, text, actor, recipient):
    [e] = by_type(extract(text), "ACCUSE")
    assert (e.cameo, e.mode, codes(e.actor), codes(e.recipient)) == ("112", "allege", [actor], [recipient])


def test_a_quoted_breach_by_them_is_not_aimed_at_the_speakers_country(extract):
    [e] = by_type(extract('"But they have broken their word," the Japanese prime minister said.'), "ACCUSE")
    assert (codes(e.actor), codes(e.recipient)) == (["JPN"], [])


def test_a_breach_denied_is_no_accusation(extract):
    assert not by_type(extract("The German chancellor said Russia had not violated the ceasefire."), "ACCUSE")


@pytest.mark.parametrize("text, actor", [
    ("The Nigerian authorities denied doing a deal with Boko Haram.", "NGA"),
    ("Russia denied that its jets struck the hospital.", "RUS"),
    ("Russia denied striking the hospital.", "RUS"),
])
def test_denying_a_deed_rejects_the_accusation(extract, text, actor):
    [e] = by_type(extract(text), "REJECT")
    assert (e.cameo, codes(e.actor), codes(e.recipient)) == ("120", [actor], [])


@pytest.mark.parametrize("text", [
    "Britain never denied that it sold the weapons.",  # negated
    "The Russian minister denied the request.",  # a noun object: the lexicon's pattern, not a deed denied
])
def test_no_denied_deed_without_a_clause_or_when_negated(extract, text):
    assert not [e for e in by_type(extract(text), "REJECT") if e.rule.startswith("construction:denied-deed")]


@pytest.mark.parametrize("text, actor, recipient, status", [
    ("Russia is to blame for the crisis, the British foreign secretary said.", ["GBR"], ["RUS"], "asserted"),
    ("Turkey said the Kurdish militias were to blame.", ["TUR"], ["TUR"], "asserted"),
    ("Iran was to blame for the attack.", [], ["IRN"], "asserted"),
    ("Germany said Poland was not to blame.", ["DEU"], ["POL"], "negated"),
])
def test_x_is_to_blame_blames_x_by_the_speaker(extract, text, actor, recipient, status):
    [e] = by_type(extract(text), "ACCUSE")
    assert (codes(e.actor), codes(e.recipient), e.status) == (actor, recipient, status)


def test_to_blame_as_a_plan_keeps_its_own_roles(extract):
    [e] = by_type(extract("Iran plans to blame Iraq for the attack."), "ACCUSE")
    assert (codes(e.actor), codes(e.recipient), e.status) == (["IRN"], ["IRQ"], "future")


def test_a_thing_to_blame_is_no_accusation(extract):
    assert not by_type(extract("The weather was to blame for the delay."), "ACCUSE")


@pytest.mark.parametrize("text, actor, recipient", [
    ("The US is disappointed that China is allowing oil to go into North Korea.", "USA", "CHN"),
    ("Germany is angry that Turkey detained the journalist.", "DEU", "TUR"),
    ("China said it was very disappointed that Japan had allowed the visit.", "CHN", "JPN"),
])
def test_displeasure_that_a_party_acted_disapproves_of_it(extract, text, actor, recipient):
    [e] = by_type(extract(text), "ACCUSE")
    assert (e.mode, e.cameo, codes(e.actor), codes(e.recipient)) == ("disapprove", "110", [actor], [recipient])


@pytest.mark.parametrize("text", [
    "France was disappointed that the talks failed.",  # no party named in the clause
    "Italy is not angry that Spain won.",  # negated
])
def test_displeasure_about_no_party_or_negated_is_no_accusation(extract, text):
    assert not by_type(extract(text), "ACCUSE")
