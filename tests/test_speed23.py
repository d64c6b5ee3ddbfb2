"""Fast paths of the fifteenth session's speed round (speed23): each answers the trivial case
before a comprehension or replaces a generator by a loop, with the same answers as before."""

from newsevents.records import Entity


def test_longest_matches_of_none_or_one_match_are_kept_as_given():
    from newsevents.actors.resolve import _longest_matches

    assert _longest_matches([]) == []
    assert _longest_matches([("a", 3, 5)]) == [("a", 3, 5)]
    assert _longest_matches([("a", 3, 5), ("b", 0, 1)]) == [("b", 0, 1), ("a", 3, 5)]


def test_single_state_code_of_one_party_asks_its_code_and_sector():
    from newsevents.events.domestic import _single_state_code

    gov = Entity("Russia", "RUS", "GOV", "Russia")
    assert _single_state_code([gov]) == "RUS"
    assert _single_state_code([gov], frozenset({"MIL"})) is None
    assert _single_state_code([gov], None) == "RUS"
    assert _single_state_code([Entity("protesters", None, "OPP")], None) is None
    assert _single_state_code([gov, Entity("Kremlin", "RUS", "GOV")]) == "RUS"
    assert _single_state_code([gov, Entity("Kyiv", "UKR", "GOV")]) is None


def test_definite_titles_with_and_without_modifiers(nlp):
    from newsevents.actors.resolve import _is_definite

    doc = nlp("The president met the new minister and this envoy.")
    assert _is_definite(doc[1])  # "The president"
    assert not _is_definite(doc[5])  # "the new minister": a modifier makes it no bare title
    assert _is_definite(doc[8])  # "this envoy"


def test_from_objects_through_an_of_phrase(code):
    from newsevents.actors.kb import load_kb
    from newsevents.actors.resolve import _from_objects, _Mentions
    from newsevents.nlp import load

    doc = code("The heads of state from Tunisia and Egypt met in Cairo.")
    m = _Mentions(doc, load_kb(), "2022-12-16", load())
    assert [t.text for t in _from_objects(doc[1], m)] == ["Tunisia"]


def test_phrase_tokens_keep_an_apposition_beside_its_noun(nlp):
    from newsevents.actors.resolve import phrase_tokens

    doc = nlp("The rebels, a group of 200 fighters, attacked the town.")
    assert [t.text for t in phrase_tokens(doc[1])] == ["The", "rebels", "a", "group"]
