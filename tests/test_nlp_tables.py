"""Per-document tables read from the parse (newsevents.nlp): the same answers as spaCy's own."""

from newsevents.nlp import children_of, forget_sentences, pos_of


def test_children_of_is_spacys_children(nlp):
    doc = nlp("Russia and Belarus signed a trade deal in Minsk on Monday, officials said.\n\n"
              "Police arrested 12 protesters who had gathered outside the parliament.")
    assert [t.text for t in children_of(doc[3])] == ["Russia", "deal", "in", "on"]
    assert children_of(doc[0]) == (doc[1], doc[2])  # "Russia" and its conjunct
    assert children_of(doc[4]) == ()  # "a": a leaf
    for tok in doc:
        assert children_of(tok) == tuple(tok.children)


def test_children_of_follows_the_document_asked_about(nlp):
    first, second = nlp("Iran condemned the strike."), nlp("The talks ended.")
    assert [t.text for t in children_of(first[1])] == ["Iran", "strike", "."]
    # another document: its own table, not the first one's, and back again
    assert [t.text for t in children_of(second[2])] == ["talks", "."]
    assert children_of(second[2])[0].doc is second
    assert [t.text for t in children_of(first[1])] == ["Iran", "strike", "."]
    forget_sentences(first)
    assert [t.text for t in children_of(first[1])] == ["Iran", "strike", "."]


def test_pos_of_is_spacys_pos(nlp):
    doc = nlp("Police quickly arrested 12 protesters in Minsk and they were released.")
    assert [pos_of(t) for t in doc[:4]] == ["NOUN", "ADV", "VERB", "NUM"]
    assert pos_of(doc[6]) == "PROPN"
    for tok in doc:
        assert pos_of(tok) == tok.pos_
