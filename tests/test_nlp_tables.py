"""Per-document tables read from the parse (newsevents.nlp): the same answers as spaCy's own."""

from newsevents.nlp import children_lists, children_of, forget_sentences, indexes_with_lemma, pos_of, token_table, tokens_with_lemma


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


def test_token_table_is_spacys_attributes(nlp):
    doc = nlp("The cease-fire was signed in Geneva, but rebels Fired on the U.N. convoy.\n\n"
              "Officials said talks would resume.")
    table = token_table(doc)
    assert table.tokens[3] == doc[3] and table.lower[3] == "fire"
    assert table.head[0] == 3 and table.dep[0] == "det"  # "The" on "fire"
    said = next(t for t in doc if t.text == "said")
    assert table.lemma[said.i] == "say" and table.lower[said.i - 1] == "officials" and table.pos[1] == "NOUN"
    for tok in doc:
        assert (table.head[tok.i], table.dep[tok.i], table.tag[tok.i], table.pos[tok.i]) == (
            tok.head.i, tok.dep_, tok.tag_, tok.pos_)
        assert (table.lemma[tok.i], table.lower[tok.i]) == (tok.lemma_.lower(), tok.lower_)
    # one attribute array holds every column (head offsets, labels, tags, lemmas, forms, parts of speech)
    from spacy.attrs import HEAD, POS

    from newsevents.nlp import TABLE_ATTRS
    assert (table.array == doc.to_array(TABLE_ATTRS)).all() and table.array.shape == (len(doc), 6)
    assert table.array[0, TABLE_ATTRS.index(HEAD)] == 3 and table.array[1, TABLE_ATTRS.index(POS)] == doc[1].pos
    assert token_table(doc) is table  # built once per document
    forget_sentences(doc)
    assert token_table(doc) is not table and token_table(doc).lower[3] == "fire"


def test_indexes_with_lemma_are_those_of_tokens_with_lemma(nlp):
    doc = nlp("Russia condemned the strikes and said it condemns every strike.\n\nThe talks ended.")
    assert indexes_with_lemma(doc, {"condemn", "strike"}) == [1, 3, 7, 9]
    assert indexes_with_lemma(doc, {"condemn", "strike"}) == [t.i for t in tokens_with_lemma(doc, {"condemn", "strike"})]
    assert indexes_with_lemma(doc, {"talk", "say", "absent"}) == [5, 13]
    assert indexes_with_lemma(doc, set()) == []


def test_children_lists_is_children_of_by_index(nlp):
    doc = nlp("Russia and Belarus signed a trade deal in Minsk on Monday, officials said.")
    kids = children_lists(doc)
    assert [t.text for t in kids[3]] == ["Russia", "deal", "in", "on"]
    assert kids[4] == ()  # "a": a leaf
    for tok in doc:
        assert kids[tok.i] == children_of(tok) == tuple(tok.children)
    assert children_lists(nlp("The talks ended."))[2][0].text == "talks"  # another document, its own table


def test_pos_indexes_are_the_tokens_of_those_parts_of_speech(nlp):
    from newsevents.nlp import PRONOUN, PROPER_NOUN, pos_indexes
    doc = nlp("Police arrested 12 protesters in Minsk and they were released by Belarus.")
    assert pos_indexes(doc, PROPER_NOUN) == [5, 11]  # "Minsk", "Belarus"
    assert pos_indexes(doc, PRONOUN) == [7]  # "they"
    assert pos_indexes(doc, frozenset({"NOUN", "PROPN"})) == [0, 3, 5, 11]
    assert pos_indexes(doc, frozenset({"SYM"})) == []
    for tags in (PROPER_NOUN, frozenset({"VERB", "AUX", "NOUN"})):
        assert pos_indexes(doc, tags) == [t.i for t in doc if t.pos_ in tags]


def test_lemma_index_lists_each_lemmas_tokens_in_order(nlp):
    from newsevents.nlp import lemma_index
    doc = nlp("Russia condemned the strikes and said it condemns every strike.")
    index = lemma_index(doc)
    assert index["condemn"] == [1, 7] and index["strike"] == [3, 9] and index["russia"] == [0]
    assert sorted(i for found in index.values() for i in found) == list(range(len(doc)))


def test_index_sentences_gives_spacys_sentence_of_each_token(nlp):
    from newsevents.nlp import index_sentences
    doc = nlp("Iran condemned the strike. Russia and Belarus signed a deal.\n\nThe talks ended.")
    expected = [tok.sent for tok in doc]  # spaCy's own, before the hook
    index_sentences(doc)
    assert [tok.sent for tok in doc] == expected
    assert doc[0].sent.text == "Iran condemned the strike." and doc[-1].sent.text == "The talks ended."
    forget_sentences(doc)


def test_sentences_are_the_indexed_spans(nlp):
    from newsevents.nlp import index_sentences, sentences
    doc = nlp("Iran condemned the strike. Russia and Belarus signed a deal.\n\nThe talks ended.")
    index_sentences(doc)
    sents = sentences(doc)
    assert [s.text for s in sents] == ["Iran condemned the strike.", "Russia and Belarus signed a deal.\n\n",
                                       "The talks ended."]
    assert all(doc[s.start].sent is s for s in sents)  # the very spans ``tok.sent`` gives
    forget_sentences(doc)
    assert [s.text for s in sentences(doc)] == [s.text for s in doc.sents]  # made anew once forgotten
    forget_sentences(doc)


def test_lowered_reads_new_words_as_spacy_does(nlp):
    from spacy.attrs import LEMMA, LOWER

    from newsevents.nlp import lowered
    # names no document before had (read through the look-up of strings not seen yet)
    doc = nlp("Prime Minister Qorvanek Zultibesh of Vrastolia met the envoys of Yarnquist on Monday.")
    assert lowered(doc, LOWER)[2:4] == ["qorvanek", "zultibesh"]
    assert lowered(doc, LOWER)[6] == "met" and lowered(doc, LEMMA)[6] == "meet"
    assert lowered(doc, LOWER) == [t.lower_ for t in doc]
    assert lowered(doc, LEMMA) == [t.lemma_.lower() for t in doc]
    # a new word twice in one document: the second is filled in from the first one's look-up
    again = nlp("Envoy Drasqueltin met Drasqueltin's rival DRASQUELTIN in Minsk.")
    assert [lowered(again, LOWER)[i] for i in (1, 2, 3, 4, 6)] == ["drasqueltin", "met", "drasqueltin", "'s", "drasqueltin"]
    assert lowered(again, LOWER) == [t.lower_ for t in again]
    assert lowered(again, LEMMA) == [t.lemma_.lower() for t in again]


def test_head_walks_by_index_give_the_token_walks_answers(nlp):
    """clause_head, _attached_to and _under_dep walk heads by index in the token table: the same
    answers as walking spaCy's tokens."""
    from newsevents.actors.resolve import _under_dep
    from newsevents.place.attach import clause_head
    from newsevents.time import _attached_to

    doc = nlp("Police arrested 12 protesters in Minsk on Monday, killing at least two, after the "
              "February 24 invasion that Russia's army began.")
    assert clause_head(doc[5]).text == "arrested"  # "Minsk": up through "in" to the verb
    assert clause_head(doc[1]).text == "arrested"
    assert _attached_to(doc[7:8], doc[1])  # "on Monday" modifies "arrested"
    assert not _attached_to(doc[7:8], doc[3])
    assert clause_head(doc[12]).text == "arrested"  # "two": "killing" has no subject of its own
    assert _attached_to(doc[16:18], doc[18])  # "the February 24 invasion"
    assert _under_dep(doc[20], doc[22], "poss")  # "Russia" in the possessor of "army"
    assert not _under_dep(doc[22], doc[23], "poss")

    def clause_head_by_tokens(tok):
        t = tok
        for _ in range(8):
            if t.pos_ in ("VERB", "AUX") and not (t.dep_ in ("xcomp", "advcl", "conj", "acl") and t.tag_ in ("VBG", "VBN", "VB")
                                                  and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
                return t
            if t.head == t:
                return t
            t = t.head
        return t

    def under_dep_by_tokens(tok, head, dep):
        t = tok
        while t.i != head.i and t.head != t:
            if t.dep_ == dep:
                return True
            t = t.head
        return False

    for tok in doc:
        assert clause_head(tok) == clause_head_by_tokens(tok)
        for head in doc:
            for dep in ("poss", "appos", "prep"):
                assert _under_dep(tok, head, dep) == under_dep_by_tokens(tok, head, dep)
