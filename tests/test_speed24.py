"""Fast paths of the sixteenth session's speed round (speed24): each answers the common case before
a walk, reads the document's token table instead of making tokens, or replaces a comprehension by
a loop, with the same answers as before."""


def test_simple_past_by_tag_and_auxiliaries(nlp):
    from newsevents.time import _simple_past

    doc = nlp("Police arrested him. He was killed. They have killed him. They will arrest him.")
    assert _simple_past(doc[1])  # "arrested": VBD, no auxiliary
    assert _simple_past(doc[6])  # "was killed": VBN after "was"
    assert not _simple_past(doc[10])  # "have killed": a present perfect
    assert not _simple_past(doc[15])  # "will arrest": no past tag at all


def test_opposed_country_word_after_anti(nlp):
    from newsevents.actors.resolve import _opposed

    doc = nlp("They held anti-American rallies and an anti - Syria march in Russia.")
    words = [t.text for t in doc]
    assert _opposed(doc[words.index("anti-American")] if "anti-American" in words else doc[words.index("American")])
    assert _opposed(doc[words.index("Syria")])
    assert not _opposed(doc[words.index("Russia")])


def test_governing_chain_stops_at_a_clause_with_its_own_subject(nlp):
    from newsevents.events.factuality import governing_chain

    doc = nlp("Russia wants to impose sanctions on Iran.")
    assert [(t.text, c.text if c is not None else None) for t, c in governing_chain(doc[3])] == [
        ("impose", None), ("wants", "impose")]
    doc = nlp("The army said it attacked the town.")
    # "attacked" has its own subject: the chain goes up to the saying verb and stops there
    assert [t.text for t, _ in governing_chain(doc[4])] == ["attacked", "said"]


def test_future_adverb_needs_a_said_adverb():
    from newsevents.events.factuality import _future_adverb
    from newsevents.events.factuality import load_cues

    cues = load_cues()
    # no adverb said below the word: no future, before the word itself is read
    assert not _future_adverb(None, [], set(), cues)
    assert not _future_adverb(None, [("dobj", "talks"), ("advmod", "again")], set(), cues)


def test_demanded_act_with_no_demand_coded(nlp):
    from newsevents.events.coder import _demanded_act

    doc = nlp("He added that North Korea should start talks.")
    assert not _demanded_act(doc[6], set())
    assert _demanded_act(doc[6], {doc[6].i})


def test_others_act_object_through_a_preposition(nlp):
    from newsevents.events.roles import others_act_object

    doc = nlp("The minister voiced anger at the bombing.")
    assert others_act_object(doc[2])  # "voiced anger at the bombing": the bombing is an act
    doc = nlp("The minister visited the school.")
    assert not others_act_object(doc[2])


def test_tells_news_reads_now_words_from_the_table(nlp):
    from newsevents.nlp import forget_sentences, index_sentences
    from newsevents.time import tells_news

    doc = index_sentences(nlp("At least two people have been killed in the attack."))
    assert tells_news(doc[5])
    forget_sentences(doc)
    doc = index_sentences(nlp("So far, police have arrested 31 suspects."))
    assert not tells_news(doc[5])  # "So far": a tally up to now
    forget_sentences(doc)


def test_dependency_path_up_and_down(nlp):
    from newsevents.events.explain import dependency_path

    doc = nlp("The European Union imposed sanctions on Iran. Iran protested.")
    assert dependency_path(doc[3], doc[2]) == "imposed -nsubj-> Union"
    assert dependency_path(doc[3], doc[6]) == "imposed -dobj-> sanctions -prep-> on -pobj-> Iran"
    assert dependency_path(doc[2], doc[6]) == "Union <-nsubj- imposed -dobj-> sanctions -prep-> on -pobj-> Iran"
    assert dependency_path(doc[3], doc[9]) == "(other sentence)"


def test_name_tokens_gather_the_proper_nouns_before(nlp):
    from newsevents.actors.resolve import _name_tokens

    doc = nlp("Fighters of Ansar Dine seized the town.")
    assert _name_tokens(doc[3]).text == "Ansar Dine"
    assert _name_tokens(doc[2]) is None  # "Ansar": part of a longer name to its right


def test_compared_place_in_a_comparison(nlp):
    from newsevents.pipeline import _compared

    doc = nlp("Unlike Iraq, Syria has no oil.")
    assert _compared(doc[1])
    doc = nlp("Soldiers were killed in Iraq.")
    assert not _compared(doc[4])
