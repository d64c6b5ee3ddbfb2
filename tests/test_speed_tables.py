"""Per-document look-ups the coder keeps for speed (speed10): the same answers as the walks they
replace."""

import pytest

from newsevents.events.factuality import _may_stage, staged_act
from newsevents.events.lexicon import _sentence_words
from newsevents.nlp import lowered
from newsevents.time import _CACHE_KEY, _expressions, expressions, forget_cache


def test_sentence_words_are_each_sentences_own(nlp):
    from spacy.attrs import LEMMA, LOWER
    doc = nlp("The rebels signed a cease-fire with the army.\n\nTalks on aid were held in Geneva.")
    words = _sentence_words(doc)
    first, second = list(doc.sents)
    assert {"sign", "signed", "ceasefire", "army"} <= words[first.start] and "talk" not in words[first.start]
    assert {"talk", "talks", "hold", "geneva"} <= words[second.start] and "army" not in words[second.start]
    lemmas, forms = lowered(doc, LEMMA), lowered(doc, LOWER)
    for tok in doc:  # the whole sentence's lemmas and forms, and the hyphen-joined word, no more
        sent = tok.sent
        expected = set(lemmas[sent.start:sent.end]) | set(forms[sent.start:sent.end])
        assert words[tok.i] - expected == ({"ceasefire"} if sent.start == first.start else set())
    assert words[0] is words[first.end - 1]  # one set per sentence
    with pytest.raises(IndexError):
        words[len(doc)]


def test_staging_words_are_looked_for_once_per_document(nlp):
    plain = nlp("Rebels attacked the base and the army simulated nothing.")
    assert _may_stage(plain)  # "simulate" is a staging verb
    none = nlp("Rebels attacked the army base on Monday.")
    assert not _may_stage(none) and not staged_act(none[1])
    mock = nlp("The war games included attacks against a mock missile launch site.")
    assert _may_stage(mock) and staged_act(next(t for t in mock if t.text == "attacks"))


def test_expressions_are_remembered_per_sentence_as_fresh_lists(nlp):
    doc = nlp("Police arrested 12 protesters on Monday, three days after the rally in March.")
    sent = next(iter(doc.sents))
    first = expressions(sent, reference_points=True)
    assert [e.text for e in first] == [e.text for e in _expressions(sent, True)]
    assert "Monday" in [e.text for e in first]
    first.clear()  # the caller's list is its own
    assert [e.text for e in expressions(sent, reference_points=True)] == [e.text for e in _expressions(sent, True)]
    assert [e.text for e in expressions(sent)] == [e.text for e in _expressions(sent, False)]
    forget_cache(doc)
    assert _CACHE_KEY not in doc.user_data


def test_index_climbs_give_the_parse_walks_answers(nlp):
    # governing_chain, attribution_source and _denied_by_evidence climb by token index over the
    # document's tables: the chains and sources of a real parse (as the token walks gave them)
    from newsevents.events.factuality import _denied_by_evidence, attribution_source, governing_chain
    from newsevents.nlp import index_sentences

    def chain(tok):
        return [(a.text, b.text if b is not None else None) for a, b in governing_chain(tok)]

    doc = index_sentences(nlp("Officials said Russia wants to attack the town."))
    assert chain(doc[7]) == [("town", None), ("attack", "town"), ("wants", "attack")]
    assert chain(doc[3]) == [("wants", None), ("said", "wants")] and chain(doc[1]) == [("said", None)]
    assert attribution_source(doc[5]).text == "Officials" and attribution_source(doc[1]) is None
    doc = index_sentences(nlp("There is no evidence that the army attacked the village, according to the UN."))
    assert [_denied_by_evidence(t) for t in doc[6:10]] == [True, True, True, True] and not _denied_by_evidence(doc[3])
    assert attribution_source(doc[7]).text == "UN" and chain(doc[7]) == [("attacked", None)]


def test_pattern_word_names_from_the_table(nlp):
    # _names reads forms and lemmas from the document's table: lemma, form, a word the tokenizer
    # split at a hyphen ("cease-fire" is the pattern word "ceasefire"), "according" never "accord"
    from newsevents.events.lexicon import _names

    doc = nlp("The rebels observed the cease-fire, according to officials who attacked nobody.")
    fire, according, attacked = doc[6], doc[8], doc[12]
    assert doc[6].text == "fire" and doc[12].text == "attacked"
    assert _names(fire, "ceasefire") and _names(fire, "fire") and not _names(fire, "cease-fire")
    assert not _names(doc[4], "ceasefire")  # the first half alone is no such word
    assert _names(according, "according") and not _names(according, "accord")
    assert _names(attacked, "attack") and _names(attacked, "attacked") and not _names(attacked, "attacks")


def test_party_code_name_and_sector_sets_keep_only_the_given_ones():
    """The merge's party sets (read with ``attrgetter`` in C) drop a missing or empty value, as the
    generators they replace did."""
    from newsevents.events.dedup import _codes, _names, _sectors
    from newsevents.records import Entity

    ents = [Entity("Russia", "RUS", "GOV", "Russia"), Entity("protesters", None, "OPP"), Entity("x", "", "", ""),
            Entity("Putin", "RUS", "GOV", "Vladimir Putin")]
    assert _codes(ents) == frozenset({"RUS"}) and _codes([]) == frozenset()
    assert _names(ents) == frozenset({"Russia", "Vladimir Putin"})
    assert _sectors(ents) == {"GOV", "OPP"} and isinstance(_sectors(ents), set)


def test_phrase_text_runs_from_first_word_to_last_without_article_or_possessive(code):
    """code_phrase cuts the entity text from the phrase's first token that is no determiner to its
    last that is no possessive ending (both found in one pass over the phrase)."""
    from newsevents.actors.resolve import actors_of

    doc = code("The Russian government's envoy met the Iranian foreign minister in Tehran.")
    texts = {doc[i].text: [(e.entity_text, e.code, e.sector) for e in ents] for i, ents in actors_of(doc).items()}
    assert texts["government"] == [("Russian government", "RUS", "GOV")]
    assert texts["minister"] == [("Iranian foreign minister", "IRN", "GOV")]


def test_a_bare_head_is_its_own_phrase_and_no_definite(nlp):
    """phrase_tokens answers a head with no dependents at once with the head alone, and
    _is_definite a word with no dependents False (the same answers as the full walks)."""
    from newsevents.actors.resolve import _is_definite, phrase_tokens

    doc = nlp("Russia said the president of Belarus would visit Minsk.")
    assert [t.text for t in phrase_tokens(doc[0])] == ["Russia"]
    assert [t.text for t in phrase_tokens(doc[3])] == ["the", "president", "Belarus"]  # (the country of its "of"-phrase, not the "of")
    assert [t.text for t in phrase_tokens(doc[8])] == ["Minsk"]
    assert _is_definite(doc[3]) and not _is_definite(doc[0]) and not _is_definite(doc[8])


def test_role_in_force_and_longest_dictionary_matches():
    """pick_in_force answers one entry at once (whatever its dates), and _longest_matches keeps the
    first longest of overlapping matches, in order of start."""
    from newsevents.actors.kb import KBEntry, pick_in_force
    from newsevents.actors.resolve import _longest_matches

    old = KBEntry("X", "person", "USA", "GOV", "X", start="2001-01-20", end="2009-01-20")
    new = KBEntry("X", "person", "USA", "ELI", "X", start="2009-01-20")
    assert pick_in_force([old], "2020-01-01") is old and pick_in_force([new], None) is new
    assert pick_in_force([old, new], "2005-05-05") is old and pick_in_force([old, new], None) is new
    assert _longest_matches([("a", 0, 2), ("b", 1, 4), ("c", 5, 6), ("d", 4, 6)]) == [("b", 1, 4), ("d", 4, 6)]


def test_from_objects_and_coordinated_modifiers_of_bare_and_full_phrases(code):
    """A bare head has no "from"-objects and no coordinated modifiers (answered at once); a
    phrase with them keeps its answers."""
    from newsevents.actors.kb import load_kb
    from newsevents.actors.resolve import _from_objects, _Mentions, actors_of
    from newsevents.nlp import load

    doc = code("Officials from Egypt and Jordan met Russia in Cairo.")
    m = _Mentions(doc, load_kb(), "2022-12-16", load())
    assert [t.text for t in _from_objects(doc[0], m)] == ["Egypt"] and _from_objects(doc[6], m) == []
    officials = actors_of(doc)[0]
    assert [(e.code, e.sector) for e in officials] == [("EGY", "GOV"), ("JOR", "GOV")]
    assert [e.code for e in actors_of(doc)[6]] == ["RUS"]
