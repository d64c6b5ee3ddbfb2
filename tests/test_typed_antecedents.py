""""the group", "the bloc", "the Council": a definite description naming again a party the story
named before by its name (actors/resolve.py _typed_antecedent, data actors/kb/type_words.tsv)."""

import pytest

from coding import by_type, codes

from newsevents.actors.kb import load_kb, name_head


@pytest.mark.parametrize("name, head", [
    ("United Nations Security Council", "council"),
    ("League of Arab States", "league"),
    ("Houthi movement (Ansar Allah)", "movement"),
    ("Office of the UN High Commissioner for Refugees", "office"),
])
def test_name_head_is_the_last_word_before_an_of_phrase_or_note(name, head):
    assert name_head(name) == head


def test_type_words_fit_by_kind_name_and_head():
    kb = load_kb(None)
    assert kb.type_word_fits("group", "PSE", "REB", "Hamas")
    assert kb.type_word_fits("bloc", "IGO", "GOV", "African Union")
    assert not kb.type_word_fits("bloc", "IGO", "GOV", "International Monetary Fund")  # a lender, no bloc
    assert kb.type_word_fits("council", "UNO", "GOV", "United Nations Security Council")  # by its head noun
    assert not kb.type_word_fits("council", "UNO", "GOV", "United Nations Security Council", by_head=False)
    assert not kb.type_word_fits("group", "YEM", "REB", "Abdul-Malik al-Houthi")  # a person, no organisation


def test_every_name_in_type_words_is_an_organisation_of_the_kb():
    kb = load_kb(None)
    for word, (patterns, names) in kb.type_words.items():
        assert names <= set(kb.org_heads), (word, names - set(kb.org_heads))
        assert all(len(p) == 2 for p in patterns), word


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The EU agreed new rules on Monday. The bloc imposed sanctions on Russia.", "SANCTION", ["EUR"], ["RUS"]),
    ("Asean leaders met in Jakarta on Monday. Later the regional bloc condemned Myanmar's junta.",
     "ACCUSE", ["IGO"], ["MMR"]),
    ("Nato leaders met in Brussels. The alliance accused Russia of sabotage.", "ACCUSE", ["IGO"], ["RUS"]),
    ("Amnesty International published a report on Monday. The group accused Egypt of torture.",
     "ACCUSE", ["NGO"], ["EGY"]),
    ("Hamas fighters crossed into Israel on Saturday. The militant group attacked an Israeli army post.",
     "ASSAULT", ["PSE"], ["ISR"]),
    # an organisation no dictionary knows, named in full before: its country comes from the story
    ("The National Indigenous Resistance Movement was founded in Mexico in 1990. The movement attacked a police "
     "station in Oaxaca.", "ASSAULT", ["MEX"], ["MEX"]),
])
def test_a_type_word_names_the_party_of_its_kind_told_before(extract, text, event, actor, recipient):
    found = by_type(extract(text), event)
    assert any((codes(e.actor), codes(e.recipient)) == (actor, recipient) for e in found), found


@pytest.mark.parametrize("text, event", [
    # another party of the kind in the same sentence: which one is meant is not said
    ("Hamas and Islamic Jihad fired rockets at Israel. The group accused Israel of war crimes.", "ACCUSE"),
    # "the other group" and "the group of" introduce another party
    ("Hamas fired rockets at Israel. The other group accused Israel of war crimes.", "ACCUSE"),
    ("The EU met on Monday. The group of seven nations accused Iran of enriching uranium.", "ACCUSE"),
    # a group told since, whom no dictionary codes, is the one meant
    ("Amnesty International published a report. A group of students marched on Monday. The group accused "
     "Egypt of torture.", "ACCUSE"),
    # an IMF is a lender, not a bloc
    ("The IMF cut its forecast. The bloc accused Iran of enriching uranium.", "ACCUSE"),
])
def test_no_party_is_guessed_when_none_fits_alone(extract, text, event):
    for e in by_type(extract(text), event):
        assert not {"PSE", "EUR", "IGO", "NGO"} & set(codes(e.actor)), e.actor


def test_an_unnamed_bloc_of_states_is_intergovernmental_not_the_country_it_acts_on(extract):
    [e] = by_type(extract("A regional bloc imposed sanctions on Mali on Monday."), "SANCTION")
    assert (codes(e.actor), codes(e.recipient)) == (["IGO"], ["MLI"])


def test_the_bloc_named_before_wins_over_the_unnamed_reading(extract):
    [e] = by_type(extract("Ecowas met in Abuja. The regional bloc imposed sanctions on Mali on Monday."), "SANCTION")
    assert e.actor[0].name == "Economic Community of West African States"


@pytest.mark.parametrize("text, actor", [
    ("Papua New Guinea's foreign minister said the tiny Pacific nation would import more goods from Tuvalu.", ["PNG"]),
    ("Kenya's president said the neighbouring country would import more goods from Tuvalu.", []),  # another state
])
def test_the_nation_with_describing_words_is_the_state_just_named(extract, text, actor):
    found = by_type(extract(text), "COOPERATE")
    assert [codes(e.actor) for e in found] == ([actor] if actor else [])


@pytest.mark.parametrize("text, actors", [
    ("Montenegro says it is committed to dialogue with its neighbour. Although it often appears hostile towards "
     "neighbouring Albania, the two countries want to improve relations.", ["ALB", "MNE"]),
    # three states in the two sentences: which two is not said
    ("Serbia and Kosovo met in Brussels. France and Germany sent envoys. Although Russia objected, the two countries "
     "want to improve relations.", None),
])
def test_the_two_countries_are_the_two_states_of_their_sentence_and_the_one_before(extract, text, actors):
    found = by_type(extract(text), "SUPPORT")
    assert [sorted(codes(e.actor)) for e in found] == ([actors] if actors else [])


def test_a_body_named_again_is_no_antecedent_of_he(extract):
    text = ("A suicide bombing claimed by the Islamic State has killed four Americans in Syria, weeks after Donald "
            "Trump said the terrorist group had been defeated and announced he was withdrawing American forces.")
    [e] = by_type(extract(text), "RETREAT")
    assert codes(e.actor) == ["USA"]


def test_an_organisation_of_another_kind_told_since_leaves_the_group_open(extract):
    text = ("Jabhat al-Nusra fighters held the town. The White Helmets rescued civilians there. In 2014 the group "
            "accused the regime of bombing hospitals.")
    for e in by_type(extract(text), "ACCUSE"):
        assert "SYR" not in codes(e.actor) or e.actor[0].sector != "REB", e.actor
