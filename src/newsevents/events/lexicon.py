"""The event lexicon: trigger patterns -> PLOVER type, mode, context, CAMEO code, Goldstein value.

Data files in ``events/lexicon/`` (written by this project):

* ``cameo.tsv``  every CAMEO 1.1b3 code with a short description in our words, its Goldstein
  (1992) weight and its PLOVER event/mode/context per the CAMEO->PLOVER table of the PLOVER
  manual (draft 0.8, 2021).
* ``events.tsv`` trigger patterns.  ``pattern`` is lemmas: the first is the trigger head, the
  others must be lemmas of its syntactic dependents (particle, preposition, object noun), so
  "cut tie" and "call for" are object- and particle-sensitive; a NOUN pattern's modifier may also be
  the noun's "of" object ("lifting curfew": "the lifting of the curfew").  ``pos`` VERB or NOUN.

The quad class follows from the CAMEO root code (CAMEO manual): 01-05 verbal cooperation (1),
06-08 material cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4).

Its word lists (cue words, verb and noun lists) are data: ``events/lexicon/matching.yaml``, read by
:mod:`newsevents.wordlists` when this module is imported.
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from newsevents.actors.resolve import actors_of
from newsevents.events.factuality import mandative_form
from newsevents.nlp import children_of, lowered, pos_of, sentences, token_table
from newsevents.records import EVENT_TYPES

from newsevents.wordlists import load_word_lists

_WORDS = load_word_lists("newsevents.events", "lexicon", "matching.yaml")

#: Quad class of each PLOVER type, used when an entry has no CAMEO code.
TYPE_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 2, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


_PREPOSITIONS = frozenset(_WORDS["prepositions"])


def quad_class(cameo: str | None, event: str) -> int:
    """Quad class 1-4 from the CAMEO root code (see module docstring), else from the type."""
    if cameo and cameo[:2].isdigit():
        root = int(cameo[:2])
        return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
    return TYPE_QUAD[event]


@dataclass(frozen=True)
class LexEntry:
    """One trigger pattern.  ``words`` are lemmas, ``words[0]`` the head; ``line`` is the
    1-based line in ``events.tsv`` (provenance for the record's ``rule``)."""

    words: tuple[str, ...]
    pos: str
    event: str
    mode: str | None
    cameo: str | None
    goldstein: float | None
    context: tuple[str, ...]
    line: int
    construction: str | None = None
    sense: str | None = None

    @property
    def rule(self) -> str:
        """Provenance: ``lexicon:events.tsv:LINE:pos:pattern``, ``construction:NAME:...`` or
        ``sense:NAME:...`` (a sense of ``senses.yaml`` chose the CAMEO row)."""
        if self.sense:
            return f"sense:{self.sense}:{self.pos.lower()}:{' '.join(self.words)}"
        if self.construction:
            return f"construction:{self.construction}:{self.pos.lower()}:{' '.join(self.words)}"
        return f"lexicon:events.tsv:{self.line}:{self.pos.lower()}:{' '.join(self.words)}"


def rule_parts(rule: str) -> tuple[str, list[str]]:
    """``(pos, pattern words)`` of a record's rule string (:attr:`LexEntry.rule`, with or without
    the coder's ``+implied-agent`` / ``+implied-target`` / ``+no-target:...`` suffixes): ("verb",
    ["impose", "sanction"]) for ``lexicon:events.tsv:7639:verb:impose sanction+implied-target``;
    ("", []) for a string of no rule form."""
    parts = rule.split("+")[0].split(":")
    if len(parts) < 4:
        return "", []
    return parts[-2], parts[-1].split()


@dataclass(frozen=True)
class CameoCode:
    """A row of ``cameo.tsv``."""

    code: str
    name: str
    goldstein: float | None
    event: str | None
    mode: str | None
    context: tuple[str, ...]


def _tsv(name: str) -> list[tuple[int, dict[str, str]]]:
    text = resources.files("newsevents.events").joinpath("lexicon", name).read_text("utf-8")
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            header = [c.strip() for c in cells]
            continue
        rows.append((n, {k: (cells[i].strip() if i < len(cells) else "") for i, k in enumerate(header)}))
    return rows


def _ctx(cell: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in cell.replace(",", ";").split(";") if c.strip())


#: Regular endings of a verb form and what replaces them to give its lemma (:meth:`Lexicon._by_form`).
_REGULAR_ENDINGS = (("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("es", "e"), ("s", ""))
#: Entries a head must have for :meth:`Lexicon._offered_entries` to index them by word.
_LONG_BUCKET = 12
#: Light verbs of "put an end to", "bring a halt to" (:meth:`Lexicon._put_an_end`).
_LIGHT_END_VERBS = ("put", "bring")


class Lexicon:
    """Trigger patterns indexed by (head lemma, pos), longest pattern first."""

    def __init__(self, entries: list[LexEntry], cameo: dict[str, CameoCode],
                 not_events: dict[tuple[str, str], frozenset[str]] | None = None):
        self.entries = entries
        self.cameo = cameo
        #: (head lemma, pos) -> dependent lemmas that make a one-word trigger no event
        self.not_events = not_events or {}
        #: (head lemma, pos) -> the doer lemmas of its ``by:`` rows, split out once for :meth:`_idiom`
        self._not_event_doers = {k: frozenset(b[len(DOER):] for b in v if b.startswith(DOER))
                                 for k, v in self.not_events.items()}
        #: and the words of its ``unless:`` rows: what the trigger must act on to be an event
        self._not_event_unless = {k: frozenset(b[len(UNLESS):] for b in v if b.startswith(UNLESS))
                                  for k, v in self.not_events.items()}
        self.index: dict[tuple[str, str], list[LexEntry]] = {}
        for e in entries:
            self.index.setdefault((e.words[0], e.pos), []).append(e)
        for bucket in self.index.values():
            # longest first; at equal length an object pattern ("fire missile") before a
            # preposition pattern ("fire on")
            bucket.sort(key=lambda e: (-len(e.words), any(w in _PREPOSITIONS for w in e.words[1:])))
        #: id of a bucket of :attr:`index` -> its entries, each with the set of its pattern's other
        #: words (None for a one-word pattern), for :meth:`_match`'s look-up
        self._needs = {id(bucket): [(e, frozenset(e.words[1:]) if len(e.words) > 1 else None) for e in bucket]
                       for bucket in self.index.values()}
        #: and for a long bucket, a map from each other word to the positions of the entries naming
        #: it, with the positions of its one-word entries: the entries a sentence can offer every
        #: word of are found without a test of each entry (:meth:`_offered_entries`)
        self._by_word: dict[int, tuple[list[int], dict[str, list[int]], frozenset[str]]] = {}
        for bucket in self.index.values():
            if len(bucket) >= _LONG_BUCKET:
                by_word: dict[str, list[int]] = {}
                for k, (_, needs) in enumerate(self._needs[id(bucket)]):
                    for word in needs or ():
                        by_word.setdefault(word, []).append(k)
                self._by_word[id(bucket)] = ([k for k, (_, needs) in enumerate(self._needs[id(bucket)]) if needs is None],
                                             by_word, frozenset(by_word))
        #: (word, part of speech) -> the other words its entries need, for a word whose entries all
        #: have other words (:meth:`heading_indexes`): the entries needing one word, as one set of
        #: those words (a sentence with any of them may hold one), and the other entries' sets
        self._wanting: dict[tuple[str, str], tuple[frozenset[str], tuple[frozenset[str], ...]]] = {
            key: (frozenset(w for _, needs in self._needs[id(bucket)] if len(needs) == 1 for w in needs),
                  tuple(needs for _, needs in self._needs[id(bucket)] if len(needs) > 1))
            for key, bucket in self.index.items() if bucket and all(needs is not None for _, needs in self._needs[id(bucket)])}
        #: every word that heads an entry, of any part of speech (:meth:`can_head`)
        self._heads = frozenset(w for w, _ in self.index)
        # :meth:`match` answers for the document in hand, token index -> (entry, used indexes):
        # the coder and its rules ask about the same tokens many times
        self._memo_doc: Doc | None = None
        self._memo: dict[int, tuple[LexEntry, tuple[int, ...]] | None] = {}
        # and the words each sentence of that document can offer a pattern (:func:`_sentence_words`)
        self._words_of: _SentenceWords | None = None

    @classmethod
    def load(cls) -> "Lexicon":
        """Read and validate ``cameo.tsv`` and ``events.tsv``.

        Raises ValueError for an unknown event type, POS, or CAMEO code, or a duplicate pattern.
        """
        cameo: dict[str, CameoCode] = {}
        for _, row in _tsv("cameo.tsv"):
            g = row.get("goldstein", "")
            cameo[row["cameo"]] = CameoCode(row["cameo"], row.get("name", ""), float(g) if g else None,
                                            row.get("event") or None, row.get("mode") or None, _ctx(row.get("context", "")))
        entries, seen = [], set()
        for n, row in _tsv("events.tsv"):
            words = tuple(row["pattern"].lower().split())
            pos = row["pos"].upper()
            if row["event"] not in EVENT_TYPES:
                raise ValueError(f"events.tsv:{n}: unknown event type {row['event']!r}")
            if pos not in ("VERB", "NOUN", "ADJ"):
                raise ValueError(f"events.tsv:{n}: pos must be VERB, NOUN or ADJ, not {pos!r}")
            code = row.get("cameo") or None
            if code and code not in cameo:
                raise ValueError(f"events.tsv:{n}: unknown CAMEO code {code!r}")
            if (words, pos) in seen:
                raise ValueError(f"events.tsv:{n}: duplicate pattern {' '.join(words)!r} {pos}")
            seen.add((words, pos))
            g = row.get("goldstein", "")
            entries.append(LexEntry(words, pos, row["event"], row.get("mode") or None, code,
                                    float(g) if g else (cameo[code].goldstein if code else None),
                                    _ctx(row.get("context", "")), n))
        not_events: dict[tuple[str, str], set[str]] = {}
        for n, row in _tsv("not_events.tsv"):
            pos = row["pos"].upper()
            if pos not in ("VERB", "NOUN") or not row.get("head") or not row.get("dependent"):
                raise ValueError(f"not_events.tsv:{n}: need head, pos VERB/NOUN and dependent")
            dependent = row["dependent"].lower()
            prefix = next((p for p in (DOER, UNLESS) if dependent.startswith(p + "@")), None)
            if prefix:  # a named word list of matching.yaml: "by:@natural_forces", "unless:@recognised_polities"
                listed = _WORDS.get(dependent[len(prefix) + 1:])
                if not listed:
                    raise ValueError(f"not_events.tsv:{n}: no word list {dependent[len(prefix) + 1:]!r} in matching.yaml")
                not_events.setdefault((row["head"].lower(), pos), set()).update(prefix + w for w in listed)
            else:
                not_events.setdefault((row["head"].lower(), pos), set()).add(dependent)
        return cls(entries, cameo, {k: frozenset(v) for k, v in not_events.items()})

    def entry_for_cameo(self, code: str, words: tuple[str, ...], pos: str, sense: str) -> LexEntry:
        """An entry coded as CAMEO ``code`` (type, mode, context, Goldstein from ``cameo.tsv``)
        for the trigger ``words``; its rule names the sense that chose it.  Raises KeyError for
        an unknown code."""
        row = self.cameo[code]
        return LexEntry(words, pos, row.event or "", row.mode, code, row.goldstein, row.context, 0, sense=sense)

    def _by_form(self, tok: Token, pos: str) -> list[LexEntry]:
        """Entries for a verb whose lemma the model got wrong ("fined" -> "fin"): the
        inflected form with a regular ending taken off ("fined" -> "fine", "fining" -> "fine")."""
        if pos != "VERB":
            return []
        form = token_table(tok.doc).lower[tok.i]
        for suffix, repl in _REGULAR_ENDINGS:
            if form.endswith(suffix) and len(form) > len(suffix) + 2:
                hits = self.index.get((form[: -len(suffix)] + repl, pos))
                if hits:
                    return hits
        return []

    def _offered_entries(self, bucket: list[LexEntry], offered: frozenset[str]) -> list[tuple[LexEntry, frozenset[str] | None]]:
        """The ``(entry, other words)`` of ``bucket`` (a list of :attr:`index`) in order, less (for a
        long bucket) entries naming a word not in ``offered``; the caller still tests each entry's
        words against ``offered``."""
        pairs = self._needs[id(bucket)]
        plan = self._by_word.get(id(bucket))
        if plan is None:
            return pairs
        singles, by_word, named = plan
        wanted = set(singles)
        for word in offered & named:  # (two sets: the smaller one is walked)
            wanted.update(by_word[word])
        return [pairs[k] for k in sorted(wanted)]

    def _may_head(self, table, i: int) -> bool:
        """Whether :meth:`match` may find an entry for token ``i`` (of the document of ``table``,
        its :func:`~newsevents.nlp.token_table`): its lemma or lower-case form heads one, or its form
        without a regular ending does (:meth:`_by_form`), or it ends a word split at a hyphen whose
        joined lemma heads one, or its lemma is a light verb of :meth:`_put_an_end`.  For any other
        token :meth:`match` answers None: a cheap test made before the costly one."""
        heads, lemma, form = self._heads, table.lemma[i], table.lower[i]
        if lemma in heads or form in heads or lemma in _LIGHT_END_VERBS:
            return True
        if i >= 2 and table.lower[i - 1] == "-" and table.lower[i - 2] + lemma in heads:
            return True
        if table.pos[i] in ("VERB", "AUX"):
            for suffix, repl in _REGULAR_ENDINGS:
                if form.endswith(suffix) and len(form) > len(suffix) + 2 and form[: -len(suffix)] + repl in heads:
                    return True
        return False

    def _may_head_all(self, table, indexes) -> list[int]:
        """The indexes among ``indexes`` (in their order) for which :meth:`_may_head` holds, tested
        in one loop (a document's candidate triggers are tens of thousands on a long batch); the
        same test as :meth:`_may_head`, which one token's look-up makes without a loop."""
        heads, lemmas, forms, tags = self._heads, table.lemma, table.lower, table.pos
        out = []
        for i in indexes:
            lemma, form = lemmas[i], forms[i]
            if lemma in heads or form in heads or lemma in _LIGHT_END_VERBS:
                out.append(i)
            elif i >= 2 and forms[i - 1] == "-" and forms[i - 2] + lemma in heads:
                out.append(i)
            elif tags[i] in ("VERB", "AUX"):
                for suffix, repl in _REGULAR_ENDINGS:
                    if form.endswith(suffix) and len(form) > len(suffix) + 2 and form[: -len(suffix)] + repl in heads:
                        out.append(i)
                        break
        return out

    def heading_indexes(self, doc: Doc, indexes: list[int]) -> list[int]:
        """The indexes among ``indexes`` (token indexes of ``doc``, in their order) for which
        :meth:`match_index` may find an entry; for every other one it answers None.  Told from the
        document's tables in one loop, with no token object made: a token that can head no entry
        (:meth:`_may_head`), one of no part of speech an entry has, a noun or adjective no entry of
        its part of speech has (a verb may still be read by its regular form), and one whose entries all need
        another word its sentence lacks ("be on alert" in a sentence without "alert": the common
        verbs "be", "have", "say" head only such entries), unless another reading could still give
        an entry (a light verb of :meth:`_put_an_end`, a noun after a hyphen, a participle that is
        also an adjective entry)."""
        if self._memo_doc is not doc:
            self._memo_doc, self._memo, self._words_of = doc, {}, _sentence_words(doc)
        table = token_table(doc)
        return [i for i in self._may_head_all(table, indexes) if self._entry_possible(table, i)]

    def _entry_possible(self, table, i: int) -> bool:
        """For a token that passed :meth:`_may_head` (of the document of ``table``, whose sentence
        words the lexicon holds): whether :meth:`heading_indexes` keeps it."""
        tag = table.pos[i]  # (the part of speech :meth:`_match` gives the token)
        pos = ("VERB" if tag in ("VERB", "AUX") else "NOUN" if tag in ("NOUN", "PROPN")
               else "ADJ" if tag == "ADJ" and table.dep[i] == "acomp" else None)
        if pos is None:
            return False
        lemma = table.lemma[i]
        if lemma in _LIGHT_END_VERBS or (pos == "NOUN" and i >= 2 and table.lower[i - 1] == "-") or (
                tag == "VERB" and (table.lower[i], "ADJ") in self.index):
            return True
        if pos != "VERB" and (lemma, pos) not in self.index:
            return False  # a noun or adjective no entry of its part of speech has (no regular form is tried)
        needs = self._wanting.get((lemma, pos))
        if needs is None:  # (a one-word entry, or a verb read by its regular form)
            return True
        one_word, several = needs
        words = self._words_of[i]
        return not words.isdisjoint(one_word) or any(map(words.issuperset, several))

    def match(self, tok: Token) -> tuple[LexEntry, list[Token]] | None:
        """The longest entry whose pattern ``tok`` heads (see :meth:`_match`); a past participle of
        feeling that no verb entry fits is tried as the adjective of attitude it is ("was appalled
        by the attacks" as "appalled by"; "is opposed to mediation" keeps "oppose mediation").

        Remembered per token for the last document asked about (the answer depends only on the
        parse and the document's actors, both fixed once the coder runs); a fresh list is returned."""
        return self.match_index(tok.doc, tok.i)

    def match_index(self, doc: Doc, i: int, may_head: bool = False) -> tuple[LexEntry, list[Token]] | None:
        """:meth:`match` of the token ``doc[i]``, asked by index: a token that can head no entry
        (:meth:`heading_indexes`) is answered from the document's tables, with no token object made.
        ``may_head``: the caller knows that the token may head one (from :meth:`heading_indexes`)."""
        if self._memo_doc is not doc:
            self._memo_doc, self._memo, self._words_of = doc, {}, _sentence_words(doc)
        memo = self._memo
        if i in memo:
            got = memo[i]
            if got is None:
                return None
            tokens = token_table(doc).tokens
            return got[0], [tokens[j] for j in got[1]]
        table = token_table(doc)
        if not may_head and not (self._may_head(table, i) and self._entry_possible(table, i)):
            memo[i] = None
            return None
        tok = table.tokens[i]
        hit = self._match(tok)
        if hit is None and table.pos[i] == "VERB" and _feeling_participle(tok) and (table.lower[i], "ADJ") in self.index:
            hit = self._match(tok, feeling=True)
        memo[i] = None if hit is None else (hit[0], tuple(t.i for t in hit[1]) if hit[1] else ())
        return hit

    def _match(self, tok: Token, feeling: bool = False) -> tuple[LexEntry, list[Token]] | None:
        """The longest entry whose pattern ``tok`` heads, with the dependent tokens it used.

        A VERB entry matches verbs (and auxiliaries used as main verbs); a NOUN entry matches
        common and proper nouns; an ADJ entry matches a predicative adjective ("is critical of").  None when no entry fits.
        """
        table, i = token_table(tok.doc), tok.i
        tag = table.pos[i]
        pos = "VERB" if tag in ("VERB", "AUX") else "NOUN" if tag in ("NOUN", "PROPN") else None
        if tag == "ADJ" and table.dep[i] == "acomp":
            pos = "ADJ"  # a predicative adjective of attitude: "was critical of X"
        if feeling:
            pos = "ADJ"  # "was appalled by the attacks": a participle of feeling is an adjective of attitude
        if pos is None:
            return None
        lemma = table.lemma[i]
        prefix = _hyphen_prefix(tok) if pos == "NOUN" else []
        joined = self.index.get((table.lower[i - 2] + lemma, pos), ()) if prefix else ()
        extra = prefix if joined else []  # "build-up", "cease-fire": the word the tokenizer split
        own = self.index.get((table.lower[i] if feeling else lemma, pos), ())
        candidates = joined or own or self._by_form(tok, pos)
        if not candidates:
            return self._put_an_end(tok) if pos == "VERB" else None
        # a pattern's other words are found in the head's sentence or not at all: entries naming a
        # word the sentence lacks are skipped before any walk of the parse (same answer, cheaper)
        offered = self._words_of[i] if self._memo_doc is tok.doc else _sentence_words(tok.doc)[i]
        for entry, needs in self._offered_entries(candidates, offered):
            if needs is not None and not offered.issuperset(needs):
                continue
            used: list[Token] = []
            for word in entry.words[1:]:
                dep = _dependent(tok, word, used)
                if dep is None:
                    break
                used.append(dep)
            else:
                if len(entry.words) == 1 and self._idiom(tok, pos):
                    return None
                if pos == "NOUN" and tok.lemma_.lower() in DANGER_NOUNS and _named_a_danger(tok):
                    return None  # "Iran is the biggest threat to peace": a danger described, no threat made
                if (pos == "VERB" and tok.lemma_.lower() == "take"
                        and any(c.dep_ == "advmod" and c.lower_ in REGARDING_ADVERBS for c in children_of(tok))):
                    return None  # "not taking their assault claims seriously": how claims are regarded, none made
                if (pos == "VERB" and tuple(entry.words) in INTRANSITIVE_PATTERNS
                        and any(c.dep_ == "dobj" for c in children_of(tok))):
                    continue  # "has given evidence in cases": the verb has its own object, nobody gives in
                if (pos == "VERB" and tuple(entry.words) in SUMMONS_PATTERNS
                        and any(c.dep_ == "dobj" for c in children_of(tok))):
                    continue  # "called an emergency meeting for Friday": summoned it for a time, no call for
                if pos == "VERB" and tuple(entry.words) in VISIT_PATTERNS and _pays_a_call(tok, used[-1]):
                    # "is to call on President Sarney": a visit paid to the man, nothing asked of him
                    entry = replace(entry, event=VISIT_ROW[0], mode=VISIT_ROW[1], cameo=VISIT_ROW[2],
                                    goldstein=VISIT_ROW[3], context=(), sense="call-on-visit")
                if (pos == "VERB" and used and used[-1].pos_ == "NOUN"
                        and (used[-1].lemma_.lower(), "NOUN") in self.not_events and self._idiom(used[-1], "NOUN", False)):
                    continue  # "called it a demonstration of its ability": the object noun is no event
                if pos == "VERB" and tok.lemma_.lower() in LIGHT_VERBS and self._object_says_otherwise(entry, used):
                    continue
                if (pos == "VERB" and len(entry.words) == 2 and entry.words[1] in KIND_NAMED_OBJECTS
                        and entry.event in IMPOSING_TYPES):
                    own = self._specific_object(entry, used)
                    if own is not None and own.event in IMPOSING_TYPES:
                        # "placed export restrictions on X": the verb's pattern, the noun's row (not
                        # "lifted the arms ban", whose row eases the ban)
                        entry = replace(entry, event=own.event, mode=own.mode, cameo=own.cameo,
                                        goldstein=own.goldstein, context=own.context)
                if pos == "VERB" and entry.event == "AID" and tok.lemma_.lower() not in CARRIER_VERBS:
                    own = self._specific_object(entry, used)
                    if own is not None and own.event == entry.event:
                        # "sent $12 million in humanitarian assistance": the kind of aid the noun's own
                        # row names (073), given by the verb's pattern
                        entry = replace(entry, mode=own.mode, cameo=own.cameo, goldstein=own.goldstein,
                                        context=own.context)
                if pos == "VERB" and tok.lemma_.lower() in CARRIER_VERBS:
                    own = self._specific_object(entry, used)
                    if own is not None and own.event != entry.event:
                        continue  # "launched a missile strike": the attack noun is coded on its own
                    if own is not None:  # "held a phone conversation": the verb's pattern, the noun's row
                        entry = replace(entry, mode=own.mode, cameo=own.cameo, goldstein=own.goldstein,
                                        context=own.context)
                if entry.pos == "VERB" and tuple(entry.words) in BARE_OBJECT_IDIOMS and _modified(used[-1]):
                    continue
                if pos == "VERB" and entry.cameo == DISSENT_DOWN_CAMEO:
                    own = self._specific_object(entry, used)
                    if own is not None and own.event == "ASSAULT":
                        # "halted air strikes": the strike ended is an attack, not a walkout; ending
                        # it scales down military action (CAMEO 087), not dissent (082)
                        row = self.entry_for_cameo(MILITARY_DOWN_CAMEO, entry.words, pos, "")
                        entry = replace(entry, event=row.event, mode=row.mode, cameo=row.cameo,
                                        goldstein=row.goldstein, context=row.context)
                if entry.event == "ASSAULT" and (_said_not_done(tok, pos) or pos == "VERB" and any(
                        pos_of(u) == "NOUN" and _said_not_done(u, "NOUN") for u in used)):
                    # "attacked the report in an op-ed", "attacked him on Twitter", "his attack on the
                    # ruling": words against someone, a criticism (CAMEO 111), no armed attack
                    row = self.entry_for_cameo(CRITICISM_CAMEO, entry.words, pos, "verbal-attack")
                    entry = replace(entry, event=row.event, mode=row.mode, cameo=row.cameo,
                                    goldstein=row.goldstein, context=row.context, sense=row.sense)
                kind = self._pact_kind(tok, entry, used) if pos == "VERB" else None
                if kind is not None:
                    return kind
                return entry, used + extra
        if pos == "VERB":
            return self._put_an_end(tok)
        return None

    def expulsion_of(self, ousted: Token) -> LexEntry | None:
        """The ``expel X`` entry whose object word ``ousted`` is ("diplomats": expel diplomat,
        166; "peacekeepers": 1661), or None when the lexicon names no such expulsion: those
        patterns are the parties whose sending away CAMEO 166 codes (envoys, missions,
        inspectors, peacekeepers, aid agencies), not anyone told to go ("residents")."""
        for entry in self.index.get((EXPEL_VERB, "VERB"), ()):
            if len(entry.words) == 2 and _fits(ousted, entry.words[1], []):
                return entry
        return None

    def _pact_kind(self, tok: Token, entry: LexEntry, used: list[Token]) -> tuple[LexEntry, list[Token]] | None:
        """"signed a ceasefire agreement", "violated the truce deal": a verb's pattern whose object is
        a pact noun (:data:`PACT_NOUNS`) takes the pattern the verb has for the pact's kind, the
        noun before it, when the lexicon has one ("sign ceasefire", "violate truce"); the pact noun
        and its kind are both used.  None when the object is no pact noun or no such pattern exists."""
        if len(entry.words) != 2 or not used or used[-1].lemma_.lower() not in PACT_NOUNS:
            return None
        pact = used[-1]
        kinds = [k for k in children_of(pact) if k.dep_ == "compound" and pos_of(k) in ("NOUN", "PROPN")]
        before = pact.doc[pact.i - 1] if pact.i > 0 else None
        if (before is not None and before.head.i == pact.head.i and before.dep_ == "dobj"
                and pos_of(before) == "NOUN" and before.lemma_.lower() not in PACT_NOUNS):
            # "reached a ceasefire deal", "signed a UN-brokered ceasefire deal": the parser took the
            # kind for the verb's object and the pact noun for a second object or a conjunct
            kinds.append(before)
        for kind in kinds:
            for other in self.index.get((tok.lemma_.lower(), "VERB"), ()):
                if len(other.words) == 2 and other.words[0] == entry.words[0] and _names(kind, other.words[1]):
                    return other, [*used, kind, *_hyphen_prefix(kind)]
        return None

    def _put_an_end(self, tok: Token) -> tuple[LexEntry, list[Token]] | None:
        """"put an end to the curfew", "brought a halt to the fighting": the same act as "ended the
        curfew", "halted the fighting" (the verb's pattern for that object), with the light verb's
        subject.  Used: the end noun, its "to" and the object."""
        if tok.lemma_.lower() not in _LIGHT_END_VERBS:
            return None
        for end in children_of(tok):
            if end.dep_ != "dobj" or end.lemma_.lower() not in END_NOUNS:
                continue
            for to in [*children_of(end), *children_of(tok)]:
                if to.dep_ != "prep" or to.lower_ != "to":
                    continue
                for obj in children_of(to):
                    if obj.dep_ != "pobj":
                        continue
                    for verb in END_NOUNS[end.lemma_.lower()]:
                        for entry in self.index.get((verb, "VERB"), ()):
                            if len(entry.words) == 2 and _fits(obj, entry.words[1], []):
                                return entry, [end, to, obj]
        return None

    def _object_says_otherwise(self, entry: LexEntry, used: list[Token]) -> bool:
        """True when an object noun the pattern of a light verb used is itself a more specific event
        noun of another type: "took legal action" is the legal action (a lawsuit), "took industrial
        action" a strike, not what "take action" alone is (coercion).  The noun is then coded on its
        own.  A verb with a meaning of its own keeps its pattern ("halted economic aid")."""
        own = self._specific_object(entry, used)
        return own is not None and own.event != entry.event

    def _specific_object(self, entry: LexEntry, used: list[Token]) -> LexEntry | None:
        """The entry of an object noun the pattern used that names a more specific event (a
        pattern of two or more words: "missile strike", "phone conversation") of another type or
        CAMEO code than ``entry``; None otherwise."""
        for u in used:
            if pos_of(u) != "NOUN":
                continue
            own = self.match(u)
            # a pattern of two or more words, or one word the tokenizer split at a hyphen ("cyber-attack")
            if own is not None and (len(own[0].words) >= 2 or own[1]) and (own[0].event, own[0].cameo) != (entry.event, entry.cameo):
                return own[0]
        return None

    def _idiom(self, tok: Token, pos: str, trigger: bool = True) -> bool:
        """True when a dependent of ``tok`` makes its one-word entry no event
        (``not_events.tsv``: "struck a conciliatory note", "fired the coach").  ``trigger`` False:
        ``tok`` is the object noun of a longer pattern ("granted recognition"), which an
        ``unless:`` row does not judge."""
        table = token_table(tok.doc)  # (lemmas and forms by index: no string made per token)
        lemmas = table.lemma
        blocked = self.not_events.get((lemmas[tok.i], pos)) or self.not_events.get((table.lower[tok.i], pos))
        if not blocked:
            return False
        wanted = self._not_event_unless.get((tok.lemma_.lower(), pos)) or self._not_event_unless.get((tok.lower_, pos))
        if wanted and trigger and not _acts_on_one_of(tok, pos, wanted):
            return True  # "did not recognise the dead as civilians": knew, no recognition of a state
        deps, lowers = table.dep, table.lower
        objects = [c for c in children_of(tok) if deps[c.i] not in ("nsubj", "csubj")]
        # and the objects of its prepositions: "the fight against corruption"; not a verb's place or
        # direction ("deploying a missile system to its capital" is no "deploy capital")
        objects += [g for c in children_of(tok) if deps[c.i] == "prep" and not (pos == "VERB" and lowers[c.i] in PLACE_PREPOSITIONS)
                    for g in children_of(c) if deps[g.i] == "pobj"]
        # what a quantity or batch object is of: "released thousands of cables", "a trove of emails"
        objects += [g for c in children_of(tok) if deps[c.i] == "dobj" and lemmas[c.i] in QUANTITY_NOUNS
                    for p in children_of(c) if deps[p.i] == "prep" and lowers[p.i] == "of"
                    for g in children_of(p) if deps[g.i] == "pobj"]
        if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
            objects.append(tok.head)  # a participle's noun is its object: "figures released by ..."
        if (tok.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in children_of(tok))
                and any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in children_of(tok))):
            objects.append(tok.head)  # the noun of a relative clause with its own subject: "a position he occupied"
        if ANY_OBJECT in blocked and (any(c.dep_ == "dobj" for c in children_of(tok)) or (
                tok.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in children_of(tok))
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in children_of(tok))
                # "the summit at which Erdogan pleaded with Russia": the noun is where, not what
                and not any(c.dep_ == "prep" and any(g.tag_ in ("WDT", "WP") for g in children_of(c))
                            for c in children_of(tok)))):
            return True  # "demonstrated restraint", "the restraint they demonstrated": showed, no protest
        if (tok.dep_ == "pobj" and GOVERNED_BY + tok.head.lower_ in blocked
                and not (tok.head.lower_ == "under" and (not trigger or lemmas[tok.head.head.i] in PLACING_UNDER_VERBS))):
            # "in charge of the group": a position, no accusation; "allowed under the UN sanctions":
            # a regime in force; not "placed Iran under sanctions", which imposes them, nor a longer
            # pattern on the noun ("under the embargo imposed by the UN")
            return True
        if pos == "NOUN" and tok.dep_ == "dobj" and GOVERNING_VERB + lemmas[tok.head.i] in blocked:
            return True  # "took charge of the disposal": a duty taken on, no accusation
        if tok.dep_ == "pobj" and f"{GOVERNED_BY}{tok.head.lower_}:{tok.head.head.lemma_.lower()}" in blocked:
            return True  # "in violation of UN sanctions": sanctions in force, broken by another, none imposed
        if ANY_CLAUSE in blocked and _bare_clause(tok, self):
            return True  # "warned that the move could create new crises": a caution, no threat
        if any(b.startswith(INFINITIVE_OBJECT) for b in blocked):
            # "refused to put their names to ...": the object of its infinitive (which the parser
            # may hang as an adverbial clause after an object: "warned citizens to take cover")
            wanted = {b[len(INFINITIVE_OBJECT):] for b in blocked if b.startswith(INFINITIVE_OBJECT)}
            # also the infinitive's adjective or adverb: "warned me to be careful", "to stay indoors"
            if any(g.dep_ in ("dobj", "acomp", "advmod") and (g.lemma_.lower() in wanted or g.lower_ in wanted)
                   for c in children_of(tok) if c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.tag_ == "VB" and any(
                       a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)))
                   for g in children_of(c)):
                return True
        doers = self._not_event_doers.get((tok.lemma_.lower(), pos)) or self._not_event_doers.get((tok.lower_, pos))
        if doers and any(d.lemma_.lower() in doers for d in _doers(tok)):
            return True  # "an earthquake struck Japan", "markets rallied": nature or prices act
        return any(lemmas[c.i] in blocked for c in objects)


def _acts_on_one_of(tok: Token, pos: str, words: frozenset[str]) -> bool:
    """Whether what ``tok`` acts on names one of ``words`` or a place or party: its direct object
    or passive subject, a noun trigger's "of" object, the noun a participle or relative clause is
    on ("the internationally recognised government", "groups he recognises"), the "as" complement
    ("recognised Assad as victor"), and the conjuncts and "of" or "as" phrases of these ("the
    independence of Kosovo").  A word counts by its lemma or form; a place name (GPE) or a word the
    actor dictionary codes with a country or group code counts too.  For ``not_events.tsv`` rows
    ``unless:@LIST``: "recognise" is diplomatic recognition only when a state, government,
    independence or election result is recognised, not "recognised the error" or "did not
    recognise the dead as civilians"."""
    from newsevents.actors import entities_for

    kids = children_of(tok)
    found = [c for c in kids if c.dep_ in ("dobj", "nsubjpass", "oprd")]
    if pos == "NOUN":
        found += [g for c in kids if c.dep_ == "prep" and c.lower_ in ("of", "for") for g in children_of(c) if g.dep_ == "pobj"]
    if tok.dep_ in ("acl", "amod", "relcl"):
        found.append(tok.head)
    found += [g for c in kids if c.dep_ == "prep" and c.lower_ == "as" for g in children_of(c)]
    seen: list[Token] = []
    while found:
        t = found.pop()
        if t in seen:
            continue
        seen.append(t)
        for c in children_of(t):
            if c.dep_ == "conj":
                found.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("of", "as"):
                found += [g for g in children_of(c) if g.dep_ in ("pobj", "amod", "acomp")]
    return any(t.lemma_.lower() in words or t.lower_ in words or t.ent_type_ == "GPE"
               or (t.ent_type_ in ("ORG", "PERSON", "NORP") and any(e.code for e in entities_for(t)))
               for t in seen)


def _doers(verb: Token) -> list[Token]:
    """The words naming who or what does ``verb`` (a verb token): its subject, the object of its
    passive's "by" agent, and the noun its relative clause is on when the clause's subject is a
    relative pronoun ("the quake that struck"). Empty when the parse gives none."""
    doers = [c for c in children_of(verb) if c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT")]
    doers += [g for c in children_of(verb) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in children_of(verb)):
        doers.append(verb.head)
    return doers


def _strands(tok: Token) -> bool:
    """Whether ``tok`` may leave its preposition's object elsewhere: in a relative clause on that
    object ("the ally they stood by", not "soldiers who stood by"), a question ("whom did they
    side with"), or a passive ("was stood by", "is called for")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(tok)):
        return True
    wh_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in children_of(tok))
    if tok.dep_ in ("relcl", "acl") and not wh_subject:
        return True
    return any(c.tag_ in ("WP", "WDT") and c.dep_ not in ("nsubj", "nsubjpass") for c in children_of(tok))


def _coordinated_preposition(prep: Token, head: Token) -> bool:
    """Whether ``prep`` is a preposition with an object that the parser joined to ``head`` as a
    conjunct of the head's other adverbials ("campaigned within Nigeria and internationally for
    the release of the students": "for" hangs on "campaigned" as ``conj``); it is the head's own
    preposition as much as a ``prep`` would be."""
    return (prep.dep_ == "conj" and prep.head == head and pos_of(prep) == "ADP" and pos_of(head) == "VERB"
            and _has_object(prep))


def _has_object(prep: Token) -> bool:
    """Whether a preposition governs a noun or clause (an adverb the parser took for its object,
    "stood by silently", does not count); a compound preposition counts by its second part
    ("pulled out of Kabul")."""
    return any(g.dep_ in ("pobj", "pcomp") and pos_of(g) != "ADV"
               or g.dep_ == "prep" and g.i == prep.i + 1 and _has_object(g)  # "out of Kabul", "back from the border"
               for g in children_of(prep))


def _hyphen_prefix(tok: Token) -> list[Token]:
    """The word and hyphen before ``tok`` that the tokenizer split off one hyphenated word
    ("build-up", "cease-fire", "pull-out": build and -), or [] when ``tok`` is no such word's end."""
    i = tok.i
    if i < 2:
        return []
    table = token_table(tok.doc)
    if table.lower[i - 1] != "-":
        return []  # (the word before, from the document's table: most words follow no hyphen)
    hyphen, word = table.tokens[i - 1], table.tokens[i - 2]
    if hyphen.text == "-" and not hyphen.whitespace_ and not word.whitespace_ and word.is_alpha:
        return [word, hyphen]
    return []


def _sentence_words(doc: Doc) -> "_SentenceWords":
    """For each token index of ``doc``, the set of every pattern word its sentence's tokens can be
    (:func:`_names`: lemma, lower-case form, hyphen-joined lemma): a word outside it cannot match.
    Indexed by token (``_sentence_words(doc)[i]``), one set per sentence, each made when first asked
    for, read from the document's attribute arrays (:func:`newsevents.nlp.lowered`; token objects
    only for the few words split at a hyphen)."""
    return _SentenceWords(doc)


class _SentenceWords:
    """:func:`_sentence_words` of one document: token index -> its sentence's word set."""

    __slots__ = ("doc", "starts", "ends", "sets")

    def __init__(self, doc: Doc):
        self.doc = doc
        # (the sentences ``doc.sents`` gives: those the coder indexed, no array read again)
        n = len(doc)
        if n and doc.has_annotation("SENT_START"):
            self.starts = [s.start for s in sentences(doc)]
        else:
            self.starts = [0]
        self.ends = [*self.starts[1:], n]
        self.sets: dict[int, frozenset[str]] = {}

    def __getitem__(self, i: int) -> frozenset[str]:
        if not 0 <= i < len(self.doc):
            raise IndexError(i)
        k = bisect_right(self.starts, i) - 1
        words = self.sets.get(k)
        if words is None:
            words = self.sets[k] = self._words(self.starts[k], self.ends[k])
        return words

    def _words(self, start: int, end: int) -> frozenset[str]:
        doc = self.doc
        lemmas, forms = lowered(doc, LEMMA), lowered(doc, LOWER)
        words = set(lemmas[start:end])
        words.update(forms[start:end])
        # "cease" + "fire" (:func:`_hyphen_prefix`): the hyphens found by the list's own search
        h, stop = max(start - 1, 1), min(end - 1, len(doc) - 1)
        while h < stop:
            try:
                h = forms.index("-", h, stop)
            except ValueError:
                break
            if _hyphen_prefix(doc[h + 1]):
                words.add(forms[h - 1] + lemmas[h + 1])
            h += 1
        return frozenset(words)


def _names(tok: Token, lemma: str) -> bool:
    """Whether ``tok`` is the pattern word ``lemma`` (by its lemma or, where the tagger's lemma is
    off, its lower-case form).  "according" (to) names a source, never the noun "accord"."""
    table, i = token_table(tok.doc), tok.i  # (forms and lemmas from the document's table)
    form = table.lower[i]
    if form == "according":
        return lemma == "according"
    if lemma == "$":  # the pattern word "$" is any sum of money: "$2bn", "$2 billion", "2 million dollars"
        return _is_money(tok) and (table.pos[i] in ("NUM", "SYM", "NOUN") or tok.like_num)
    own = table.lemma[i]
    if own == lemma or form == lemma:
        return True
    prefix = _hyphen_prefix(tok) if i >= 2 and lemma.startswith(table.lower[i - 2]) else []
    return bool(prefix) and table.lower[i - 2] + own == lemma  # "observed the cease-fire"


#: Nouns of ending that "put an end to X" uses, and the verb of the same act ("end X").
END_NOUNS = {k: tuple(v) for k, v in _WORDS["end_nouns"].items()}


#: Nouns that name a danger when said of a party or a thing ("North Korea is a threat to the region",
#: "the threat from North Korea's nuclear weapons") rather than a threat someone made.
DANGER_NOUNS = frozenset(_WORDS["danger_nouns"])
#: Heads of "from"/"of" phrases that name what is dangerous, not who threatens ("the threat from its
#: nuclear weapons", "the threat of its missile programme").
DANGEROUS_THINGS = frozenset(_WORDS["dangerous_things"])
#: Verbs of guarding against or facing a danger: a threat that is their object, or their "from" or
#: "against" object, is a danger faced ("defend itself from the threat", "counter the threat").
DANGER_FACING_VERBS = frozenset(_WORDS["danger_facing_verbs"])


def _named_a_danger(noun: Token) -> bool:
    """True for a danger noun that a copula says something is ("Insurgents are not the only threat to
    the region": attribute of "be"), that a party guards against or faces ("ready to defend itself
    from the North Korean threat": :data:`DANGER_FACING_VERBS`), or whose "from"/"of"/"posed by"
    phrase is a thing (:data:`DANGEROUS_THINGS`); False for a threat someone makes ("Trump's threat to impose tariffs")."""
    if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":
        return True
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("from", "against") else (
        noun.head if noun.dep_ == "dobj" else None)
    if verb is not None and verb.lemma_.lower() in DANGER_FACING_VERBS:
        return True  # "ready to defend itself from the North Korean threat": a danger faced, no threat made
    for prep in children_of(noun):
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
            for obj in children_of(prep):
                if obj.dep_ == "pobj" and obj.lemma_.lower() in DANGEROUS_THINGS:
                    return True
    return False


#: Adverbs that make "take X ..." a way of regarding X ("took the threat seriously", "took the
#: complaints lightly"), no act of taking a claim, case or action anywhere.
REGARDING_ADVERBS = frozenset(_WORDS["regarding_adverbs"])


#: Verb idioms whose object noun is bare: "France joined forces with Germany" (cooperate), but
#: "he joined Kurdish forces", "joined the forces of the king" (enlisted in an army) is no such act.
BARE_OBJECT_IDIOMS = frozenset(map(tuple, _WORDS["bare_object_idioms"]))


def _modified(noun: Token) -> bool:
    """The noun has a determiner, possessor, number, adjective, compound or "of" phrase of its own."""
    return any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") or (c.dep_ == "prep" and c.lower_ == "of")
               for c in children_of(noun))


def _fits(tok: Token, lemma: str, used: list[Token]) -> bool:
    """Whether ``tok`` is the pattern word ``lemma`` and not yet used by the pattern."""
    return tok not in used and _names(tok, lemma)


#: Verbs whose passive with "to" is a state of the subject, its "to" object the verb's object:
#: "Israel is opposed to French mediation" (Israel opposes French mediation).
STATIVE_TO_PASSIVES = frozenset(_WORDS["stative_to_passives"])


def _feeling_participle(tok: Token) -> bool:
    """Whether ``tok`` is a past participle said of its subject's feeling: a passive with "be"
    ("was appalled by the attacks", "is outraged at the verdict") or a participle the parser hung on
    "be" as its complement."""
    return tok.tag_ == "VBN" and (any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(tok)) or tok.dep_ == "acomp")


def stative_to_passive(tok: Token) -> bool:
    """Whether ``tok`` is a :data:`STATIVE_TO_PASSIVES` verb in the passive (or a participle the
    parser hung on "is" as its complement) with a "to" phrase and no by-agent ("is opposed to the
    plan"; not "the plan was opposed by the unions")."""
    return (tok.lemma_.lower() in STATIVE_TO_PASSIVES
            and (any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(tok)) or (tok.dep_ == "acomp" and tok.tag_ == "VBN"))
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(tok))
            and not any(c.dep_ == "agent" for c in children_of(tok)))


_RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})


def _object_gap(verb: Token) -> bool:
    """Whether the relative clause headed by ``verb`` lacks its object, so that the noun it
    describes is that object: its object (or passive subject) is a relative pronoun ("which",
    "that"), or it has a subject and no object at all ("the ban the government lifted").  Not
    when a relative adverb ("where", "when") or a stranded preposition takes the gap, or the
    relative pronoun is the subject ("the army that lifted ...")."""
    kids = list(children_of(verb))
    if any(c.tag_ == "WRB" for c in kids):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in _RELATIVE_PRONOUN_TAGS for c in kids):
        return True
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in kids):
        return False
    if any(c.dep_ == "prep" and not _has_object(c) for c in kids):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ not in _RELATIVE_PRONOUN_TAGS for c in kids)


#: Verbs by which a free relative names what its object is ("what it said was a rocket", "what
#: appeared to be a missile", "what officials described as weapons", "what it called a satellite").
_NAMING_VERBS = frozenset({"be", "appear", "seem", "say", "claim", "call", "describe", "term", "believe",
                           "identify", "report", "think", "dub", "label", "consider"})


def free_relative_noun(verb: Token) -> Token | None:
    """The noun a free relative in the object place of ``verb`` names ("fired what it said was a
    rocket": rocket; "launched what appeared to be a ballistic missile": missile; "seized what
    officials described as weapons": weapons), which the parser hangs on the verb as a clause
    (ccomp) opened by "what".  None when the verb has an object of its own or no such clause, or
    when the clause names no noun by one of :data:`_NAMING_VERBS`."""
    kids = children_of(verb)
    if any(c.dep_ in ("dobj", "nsubjpass") for c in kids):
        return None
    for c in kids:
        if c.dep_ != "ccomp" or c.i < verb.i:
            continue
        first = c.doc[c.left_edge.i]
        if first.lower_ != "what" or first.i != verb.i + 1:
            continue
        for t in c.subtree:
            if t.dep_ in ("attr", "oprd") or (t.dep_ == "pobj" and t.head.lower_ == "as"):
                if pos_of(t) not in ("NOUN", "PROPN"):
                    continue
                chain, h = [], t.head
                while h != c and h != h.head:
                    chain.append(h)
                    h = h.head
                if all(x.lemma_.lower() in _NAMING_VERBS or x.dep_ in ("xcomp", "ccomp", "prep", "aux")
                       for x in chain + [c] if pos_of(x) in ("VERB", "AUX")):
                    return t
        return None
    return None


def _dependent(tok: Token, lemma: str, used: list[Token]) -> Token | None:
    deps = token_table(tok.doc).dep  # (labels read from the document's table, no string made per read)
    if (deps[tok.i] in ("acl", "amod") and tok.tag_ == "VBN" and tok.head != tok
            and pos_of(tok.head) in ("NOUN", "PROPN") and not any(deps[c.i] == "dobj" for c in children_of(tok))
            and any(deps[c.i] == "agent" or deps[c.i] == "prep" and c.lower_ == "from" for c in children_of(tok))
            and _fits(tok.head, lemma, used)):
        # "a missile launched by North Korea", "sanctions imposed by the EU": a participle naming
        # who (or where from) takes its noun as its object; without one ("a protest held at the
        # airport") the noun is coded on its own
        return tok.head
    if deps[tok.i] == "relcl" and pos_of(tok.head) in ("NOUN", "PROPN") and _fits(tok.head, lemma, used) and _object_gap(tok):
        # "the curfew which the army lifted", "the ban the government lifted", "the sanctions that
        # were lifted": the relative clause's missing object is the noun it describes
        return tok.head
    if (deps[tok.i] == "relcl" and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep"
            and pos_of(tok.head.head.head) == "NOUN" and _fits(tok.head.head.head, lemma, used)
            and any(deps[c.i] == "dobj" and c.tag_ == "WDT" for c in children_of(tok))):
        # "the nuclear agreement with Iran, which Netanyahu opposed": the parser may hang the
        # relative clause on the last noun of the phrase; a pattern's noun heading the phrase is
        # what "which" stands for
        return tok.head.head.head
    for c in children_of(tok):
        if _fits(c, lemma, used):
            if deps[c.i] in ("nsubj", "csubj", "expl"):
                continue  # a pattern's words are objects and particles: "police attacked" is not "attack police"
            if deps[c.i] == "aux":
                continue  # nor the infinitive's marker: "want to travel abroad" is not "travel to"
            if deps[c.i] == "prep" and not _has_object(c) and not _strands(tok):
                continue  # a preposition with no object is an adverb: "stood by silently" is not "stand by"
            if pos_of(c) in ("VERB", "AUX") and deps[c.i] in ("advcl", "conj", "parataxis", "ccomp") and not (
                    deps[c.i] == "ccomp" and tok.lemma_.lower() in PERMIT_VERBS and any(a.lower_ == "to" for a in children_of(c))) and not (
                    # "stands accused of fraud": the participle right after "stand" is its state
                    # (not "stood accused by his critics": their accusation, no charge)
                    deps[c.i] == "advcl" and tok.lemma_.lower() == "stand" and c.tag_ == "VBN" and c.i == tok.i + 1
                    and not any(deps[g.i] == "agent" for g in children_of(c))):
                continue  # nor a clause of its own: "blocked roads demanding ..." is not "block demand"
                # (but "allowed the leaders to return" lets the return happen: "allow return")
            if deps[c.i] == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in children_of(c) if deps[g.i] == "pobj"):
                continue  # "fired on Friday" is not "fire on"
            return c
    if pos_of(tok) == "VERB" and tok.lemma_.lower() in HALTING_VERBS:
        # "agreed to stop building settlements": what the halted building makes is what is halted
        for c in children_of(tok):
            if deps[c.i] in ("xcomp", "dobj") and c.tag_ == "VBG" and c.lemma_.lower() in BUILDING_GERUNDS:
                for g in children_of(c):
                    if deps[g.i] == "dobj" and _fits(g, lemma, used):
                        return g
    if pos_of(tok) == "NOUN":
        # "joint maritime exercises": the parser hangs the adjective on the noun's compound
        # modifier; it still says what kind of exercise the head noun is
        for c in children_of(tok):
            if deps[c.i] == "compound" and pos_of(c) == "NOUN":
                for g in children_of(c):
                    if deps[g.i] == "amod" and g.i < c.i and _fits(g, lemma, used):
                        return g
    if (tok.lemma_.lower() in PLACING_VERBS and lemma in _PREPOSITIONS
            and not any(deps[c.i] == "prep" for c in children_of(tok))):
        # "put a militia group operating near the capital on high alert": "put" needs a place, so a
        # phrase the parser hung on its object's participle is the verb's own
        for obj in children_of(tok):
            if deps[obj.i] == "dobj":
                for part in children_of(obj):
                    if deps[part.i] == "acl" and pos_of(part) == "VERB":
                        for c in reversed(list(children_of(part))):
                            if deps[c.i] == "prep" and _fits(c, lemma, used) and _has_object(c):
                                return c
    if pos_of(tok) == "VERB":
        # "held India responsible for the attack": the parser may hang the object's predicate
        # adjective on the object; an adjective after its noun is the verb's complement
        for obj in children_of(tok):
            if deps[obj.i] == "dobj":
                for g in children_of(obj):
                    if deps[g.i] == "amod" and g.i > obj.i and pos_of(g) == "ADJ" and _fits(g, lemma, used):
                        return g
    if pos_of(tok) == "VERB":
        named = free_relative_noun(tok)  # "fired what it said was a rocket": the rocket is fired
        if named is not None and _fits(named, lemma, used):
            return named
    if stative_to_passive(tok):  # "is opposed to French mediation": mediation is what is opposed
        for prep in children_of(tok):
            if deps[prep.i] == "prep" and prep.lower_ == "to":
                for g in children_of(prep):
                    if deps[g.i] == "pobj" and _fits(g, lemma, used):
                        return g
    for prep in used:  # "called in air support": the object of a pattern's own preposition
        if deps[prep.i] in ("advmod", "prt") and prep.head == tok:
            # "walked away from the talks": the parser hangs the preposition on the adverb
            for g in children_of(prep):
                if deps[g.i] == "prep" and g.i == prep.i + 1:
                    for h in children_of(g):
                        if deps[h.i] == "pobj" and _fits(h, lemma, used):
                            return h
        if deps[prep.i] == "prep" or _coordinated_preposition(prep, tok):
            for g in children_of(prep):
                if deps[g.i] == "pobj" and _fits(g, lemma, used):
                    return g
                if deps[g.i] == "pobj" and g.lemma_.lower() in PORTION_NOUNS:
                    # "agreed to most of the demands": the portion's "of" object
                    for of in children_of(g):
                        if deps[of.i] == "prep" and of.lower_ == "of":
                            for h in children_of(of):
                                if deps[h.i] == "pobj" and _fits(h, lemma, used):
                                    return h
                if deps[g.i] == "prep" and g.i == prep.i + 1:  # a compound preposition: "pulled out of the talks"
                    for h in children_of(g):
                        if deps[h.i] == "pobj" and _fits(h, lemma, used):
                            return h
    if pos_of(tok) in ("NOUN", "PROPN") and lemma not in _PREPOSITIONS:
        # a noun pattern's modifier may be written as the noun's "of" object: "the lifting of the
        # curfew" is "the curfew lifting", "the threat of war" is "the war threat"
        for prep in children_of(tok):
            if deps[prep.i] == "prep" and prep.lower_ == "of" and prep not in used:
                for g in children_of(prep):
                    if deps[g.i] == "pobj" and _fits(g, lemma, used):
                        return g
    for comp in children_of(tok):  # "pushing for the US to support": "for" marks the clause
        if deps[comp.i] in ("advcl", "ccomp") and comp.i > tok.i:
            for g in children_of(comp):
                if deps[g.i] == "mark" and g not in used and g.lower_ == lemma and (
                        lemma in ("for", "to") or lemma == "that" and deps[comp.i] == "ccomp" and mandative_form(comp)):
                    return g
    if tok.lemma_.lower() in PERMIT_VERBS:  # "allowed Russian forces to cross": the parser's subject of "cross"
        for comp in children_of(tok):
            if deps[comp.i] in ("ccomp", "xcomp"):
                for c in children_of(comp):  # or of a passive one: "allowed observers to be admitted"
                    if deps[c.i] in ("nsubj", "nsubjpass") and _fits(c, lemma, used):
                        return c
    for c in children_of(tok):  # "ended mediation efforts", "suspended the peace process": the light noun's content
        if deps[c.i] not in ("dobj", "nsubjpass") or c in used:
            continue
        word = c.lemma_.lower()
        light, body, service = word in LIGHT_NOUNS, word in BODY_NOUNS, word in SERVICE_NOUNS
        cargo = word in CARGO_NOUNS or c.lower_ in CARGO_NOUNS
        if light or body or cargo or service:
            # "admitted an observer team", "allowed a group of inspectors": a body is its members;
            # "sent aid goods": a load is what it carries; "cut its internet connection": the
            # service of the network is the network
            for g in children_of(c):
                if (deps[g.i] == "compound" or deps[g.i] == "amod" and light) and _fits(g, lemma, used):
                    return g
            if service:
                continue
            for prep in children_of(c):  # or its "of" object: "received a mission of observers"
                if deps[prep.i] == "prep" and prep.lower_ == "of":
                    for g in children_of(prep):
                        if deps[g.i] == "pobj" and _fits(g, lemma, used):
                            return g
    if pos_of(tok) == "VERB" and not any(deps[c.i] == "dobj" for c in children_of(tok)):
        # "accepting and assisting refugees": the object the coordinated verb shares
        for c in children_of(tok):
            if deps[c.i] == "conj" and pos_of(c) == "VERB":
                for g in children_of(c):
                    if deps[g.i] == "dobj" and _fits(g, lemma, used):
                        return g
    for c in children_of(tok):  # "provided 25,000 tons of food aid", "gave $5 million of aid", "$2 billion in loans"
        if deps[c.i] in ("dobj", "dative", "nsubjpass") and c not in used and (
                _is_measure(c) or c.lemma_.lower() in PORTION_NOUNS or c.lemma_.lower() in ONSET_NOUNS):
            for prep in children_of(c):
                if deps[prep.i] == "prep" and (prep.lower_ == "of" or prep.lower_ == "in" and _is_money(c)):
                    for g in children_of(prep):
                        if deps[g.i] == "pobj" and _fits(g, lemma, used):
                            return g
                        if deps[g.i] == "pobj" and (g.lemma_.lower() in LIGHT_NOUNS or g.lemma_.lower() in CARGO_NOUNS):
                            # "part of a military aid program", "truckloads of aid supplies"
                            for m in children_of(g):
                                if deps[m.i] in ("compound", "amod") and _fits(m, lemma, used):
                                    return m
    return None


#: Prepositions of place or direction: their object is where a verb's act goes or happens, never
#: what it acts on, so it cannot make the act an idiom (``not_events.tsv``).
PLACE_PREPOSITIONS = frozenset(_WORDS["place_prepositions"])
#: The ``dependent`` of a ``not_events.tsv`` row that blocks the one-word entry whenever the verb
#: has a direct object, also one moved into a relative clause's noun.
ANY_OBJECT = "<object>"
#: The ``dependent`` of a ``not_events.tsv`` row that blocks the one-word entry when the verb's
#: only complement is a clause ("warned that ...", "conceded that ...") that does not tell what
#: a party will do (:func:`_bare_clause`).
ANY_CLAUSE = "<clause>"
#: Prefix of a ``not_events.tsv`` dependent that is the object of the verb's infinitive
#: complement ("to:name": "refused to put their names to ...").
INFINITIVE_OBJECT = "to:"
#: Prefix of a ``not_events.tsv`` dependent that is the verb's doer: its subject, the "by" agent of
#: its passive, or the noun its relative clause is on ("by:earthquake": "an earthquake struck
#: Japan", "Japan was struck by an earthquake", "the quake that struck Nepal").
DOER = "by:"
#: Prefix of a ``not_events.tsv`` dependent naming, by a word list of matching.yaml, what the verb
#: must act on to be an event ("unless:@recognised_polities": :func:`_acts_on_one_of`).
UNLESS = "unless:"
#: Verb patterns of asking that a direct object turns into summoning or setting something for a
#: time or purpose ("called a meeting for Friday", "called elections for June").
SUMMONS_PATTERNS = frozenset(map(tuple, _WORDS["summons_patterns"]))
#: Patterns of asking that, said of a person with nothing asked of him, are a visit paid ("will call
#: on King Hussein in Amman"): :func:`_pays_a_call`.
VISIT_PATTERNS = frozenset(map(tuple, _WORDS["visit_patterns"]))
#: The CAMEO row such a call takes: 042, goes on a visit (type, mode, code, Goldstein).
VISIT_ROW = ("CONSULT", "visit", "042", 1.9)


def _pays_a_call(verb: Token, prep: Token) -> bool:
    """Whether ``verb`` with its preposition ``prep`` ("call on") is a visit paid: the preposition's
    object is a named person ("call on President Jose Sarney, Foreign Minister Roberto Abreu Sodre
    and ...", "called on King Hussein"), with no state in its list, and
    neither the verb nor that person has an infinitive, clause or "for" phrase saying what is asked
    ("called on Assad to step down", "called on the king for restraint" stay requests)."""
    if prep.lower_ not in ("on", "upon"):
        return False
    people = [g for g in children_of(prep) if g.dep_ == "pobj"]
    people += [c for p in people for c in p.conjuncts]
    # the first a person; others in the list persons or their offices ("and Chamber of Deputies
    # chairman Ulysses Guimaraes"), not a state ("called on Netanyahu and Israel")
    if not people or people[0].ent_type_ != "PERSON" or any(p.ent_type_ in ("GPE", "NORP") for p in people):
        return False
    asking = ("xcomp", "ccomp", "advcl", "acl", "relcl")
    for holder in [verb] + people:
        for c in children_of(holder):
            if c.dep_ in asking or (c.dep_ == "prep" and c.lower_ == "for"):
                return False
    return True


#: Patterns of yielding that take no direct object ("give in", "cave in"): with an object on the
#: verb ("has given evidence in cases") they are another sense.
INTRANSITIVE_PATTERNS = frozenset(map(tuple, _WORDS["intransitive_patterns"]))
#: Object nouns of amount or batch whose "of" noun is what the verb acts on ("released thousands of
#: documents", "a cache of emails"), for ``not_events.tsv``.
QUANTITY_NOUNS = frozenset(_WORDS["quantity_nouns"])
#: Prefix of a ``not_events.tsv`` dependent that is the preposition governing the trigger itself
#: ("^in": "in charge of the group" is a position, no charge).
GOVERNED_BY = "^"
#: Verbs that put a party under what their "under" phrase names ("placed Iran under sanctions",
#: "came under an embargo"): a ``^under`` row of ``not_events.tsv`` does not judge them.
PLACING_UNDER_VERBS = frozenset(_WORDS["placing_under_verbs"])
#: Prefix of a ``not_events.tsv`` dependent that is the verb whose direct object the trigger noun
#: is ("gov:take": "took charge of the disposal" is a duty taken on, no charge).
GOVERNING_VERB = "gov:"
#: Modal verbs by which a clause tells what its subject will do ("warned that it would retaliate").
WILL_MODALS = frozenset(_WORDS["will_modals"])
POSSIBILITY_MODALS = frozenset(_WORDS["possibility_modals"])


def _bare_clause(verb: Token, lexicon: "Lexicon | None" = None) -> bool:
    """Whether ``verb`` has a clause complement (``ccomp``) and no direct object, infinitive or
    person addressed, and that clause does not say with will/would/shall what a pronoun or an
    actor of the sentence will do: "warned that the move could create new crises" and "conceded
    that the strike had killed civilians" (True) tell a caution or an admission; "warned that it
    would strike back" and "warned Syria that ..." (False) keep the act.  With ``lexicon``, a
    clause that says with could/may/might that a pronoun may do a hostile act (a lexicon trigger
    of quad class 3 or 4, the clause's verb or its object: "warned they might resume attacks")
    keeps it too."""
    kids = list(children_of(verb))
    if any(c.dep_ in ("dobj", "dative", "xcomp", "iobj") for c in kids):
        return False
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    if not clauses:
        return False
    actors = actors_of(verb.doc)
    for cl in clauses:
        will = any(c.dep_ == "aux" and c.lower_ in WILL_MODALS for c in children_of(cl))
        may = lexicon is not None and any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in children_of(cl))
        if will or may:
            subj = next((c for c in children_of(cl) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or not (subj.tag_ == "PRP" and subj.lower_ != "there" or will and subj.i in actors):
                continue
            if will:
                return False
            # the hostile act: the clause's verb or its object ("might resume attacks")
            for act in [cl] + [c for c in children_of(cl) if c.dep_ == "dobj"]:
                found = lexicon.match(act)
                if found is not None and quad_class(found[0].cameo, found[0].event) in (3, 4):
                    return False
    return True
#: The verb whose lexicon patterns list the parties an expulsion (CAMEO 166) sends away.
EXPEL_VERB = "expel"
#: CAMEO 082, scale down dissent (call off a strike or protest), and 087, scale down military
#: action: "halted the strike" is the first, "halted air strikes" the second (the object's modifier
#: makes the strike an attack).
DISSENT_DOWN_CAMEO = "082"
MILITARY_DOWN_CAMEO = "087"
#: CAMEO 111, criticize or denounce: the row of an attack made in words (:func:`_said_not_done`).
CRITICISM_CAMEO = "111"
#: Words of attacking that are also said of words ("attacked the report", "a scathing attack").
VERBAL_ATTACK_WORDS = frozenset(_WORDS["verbal_attack_words"])
#: Prepositions by which a verb or noun names the medium it is said in ("in an op-ed", "on Twitter").
MEDIUM_PREPOSITIONS = frozenset(_WORDS["medium_prepositions"])
#: Nouns of a medium, text or occasion of speech ("op-ed", "interview", "Twitter", "speech").
VERBAL_MEDIA = frozenset(_WORDS["verbal_media"])
#: Nouns of a text, statement, idea or policy: attacking one is criticizing it ("attacked the report").
VERBAL_TARGETS = frozenset(_WORDS["verbal_targets"])
#: Words of :data:`VERBAL_TARGETS` that also name a built thing, each with the modifiers that make
#: it one ("an oil platform", "offshore drilling platforms").
BUILT_TARGETS = {k: frozenset(v) for k, v in _WORDS["built_targets"].items()}
#: Modifiers of the noun "attack" that make it one in words ("a scathing attack", "personal attacks").
VERBAL_ATTACK_MODIFIERS = frozenset(_WORDS["verbal_attack_modifiers"])


def _said_not_done(tok: Token, pos: str) -> bool:
    """Whether ``tok``, a word of attacking (:data:`VERBAL_ATTACK_WORDS`; ``pos`` VERB or NOUN), is
    an attack in words (the noun also as a light or carrier verb's object: "launched a scathing
    attack on Germany"): said in a medium of speech ("attacked him on Twitter", "attacked the plan in an interview",
    "his attack on Obama in a speech"), aimed at a text, statement, idea or policy ("attacked the
    report", "an attack on the ruling"), or named verbal by its modifier ("a scathing attack",
    "personal attacks").  A verb's passive subject counts as its object ("the report was attacked").
    False for "rebels attacked a police station" or "an attack on the base"."""
    if tok.lemma_.lower() not in VERBAL_ATTACK_WORDS or pos not in ("VERB", "NOUN"):
        return False
    kids = list(children_of(tok))
    if pos == "NOUN" and any(c.dep_ in ("amod", "compound") and _is_one_of(c, VERBAL_ATTACK_MODIFIERS) for c in kids):
        return True
    # the medium's phrase may hang on the verb's object: "attacked the chancellor on Twitter"
    holders = kids + [g for c in kids if pos == "VERB" and c.dep_ == "dobj" for g in children_of(c)]
    for prep in holders:
        if prep.dep_ == "prep" and prep.lower_ in MEDIUM_PREPOSITIONS and not (pos == "NOUN" and prep.lower_ == "on"):
            for obj in children_of(prep):
                if obj.dep_ == "pobj" and _is_one_of(obj, VERBAL_MEDIA):
                    return True
    if pos == "VERB":
        targets = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    else:
        targets = [g for c in kids if c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for g in children_of(c) if g.dep_ == "pobj"]
    return any(_is_one_of(t, VERBAL_TARGETS) and not _is_built(t) for t in targets)


def _is_built(tok: Token) -> bool:
    """Whether ``tok``, a word of :data:`VERBAL_TARGETS`, names a built thing by its modifier
    (:data:`BUILT_TARGETS`: "an Iranian oil platform", "two offshore oil drilling platforms"), so that
    attacking it is an armed attack; False for "the party's platform"."""
    mods = BUILT_TARGETS.get(tok.lemma_.lower()) or BUILT_TARGETS.get(tok.lower_)
    if not mods:
        return False
    return any(c.dep_ in ("compound", "amod", "nmod") and _is_one_of(c, mods) for c in children_of(tok))


def _is_one_of(tok: Token, words: frozenset[str]) -> bool:
    """Whether ``tok``'s lemma or lower-case form is one of ``words`` ("media", lemma "medium")."""
    return tok.lemma_.lower() in words or tok.lower_ in words


#: Light verbs: their object noun carries the event ("take action", "make an appeal").
LIGHT_VERBS = frozenset(_WORDS["light_verbs"])
#: Verbs that only set going, carry out or keep up the act their object noun names ("launched a
#: strike", "carried out strikes", "continued the strike"): when a modifier makes that noun a more
#: specific event of another type ("launched a missile strike", "continued air strikes"), the noun
#: is that event, as after a light verb; of the same type, the verb's pattern takes the noun's CAMEO
#: row ("held a phone conversation" 041).  Not verbs that end or change the act ("halted air strikes").
CARRIER_VERBS = frozenset(_WORDS["carrier_verbs"])
#: Object nouns whose modifier says which kind they are, so that a noun row of that kind decides
#: the code of the verb's act: "imposed trade restrictions on X" is the trade sanction of the row
#: "restriction trade" (163), "imposed an export ban on X" of "ban export" (163); "imposed restrictions on
#: travel", "imposed a ban on gatherings" keep the verb's row (172).
KIND_NAMED_OBJECTS = frozenset(_WORDS["kind_named_objects"])
#: Types of the acts that impose such a restriction (the rows lifting or threatening it keep theirs).
IMPOSING_TYPES = frozenset({"COERCE", "SANCTION"})
#: Nouns that only carry the noun before them ("mediation efforts", "the peace process", "aid
#: programme"): a pattern's object word may be that modifier.
LIGHT_NOUNS = frozenset(_WORDS["light_nouns"])
#: Nouns of a load or consignment that the noun before them says the content of ("aid goods",
#: "relief supplies", "food shipments"): a pattern's object word may be that modifier.
CARGO_NOUNS = frozenset(_WORDS["cargo_nouns"])
#: Verbs of halting whose gerund of building (:data:`BUILDING_GERUNDS`) carries the object a
#: pattern names: "stop building settlements" is "stop settlement".
HALTING_VERBS = frozenset(_WORDS["halting_verbs"])
BUILDING_GERUNDS = frozenset(_WORDS["building_gerunds"])
#: Nouns of a pact whose kind the noun before it names ("a ceasefire agreement", "a truce deal").
PACT_NOUNS = frozenset(_WORDS["pact_nouns"])
#: Nouns of the service a network gives ("internet access", "phone service"): a pattern's object
#: word may be the network named before them ("cut its internet connection" is "cut internet").
SERVICE_NOUNS = frozenset(_WORDS["service_nouns"])
#: Verbs whose object is put somewhere their own prepositional phrase names ("put X on alert").
PLACING_VERBS = frozenset(_WORDS["placing_verbs"])
#: Nouns of a body of people that a noun before it or its "of" object says the members of ("an
#: observer team", "a group of inspectors"): a pattern's object word may be that noun.
BODY_NOUNS = frozenset(_WORDS["body_nouns"])
#: Verbs of letting whose "X to do" object the parser may hang on the infinitive ("allowed
#: Russian forces to cross"): X still counts as their object for a pattern.
PERMIT_VERBS = frozenset(_WORDS["permit_verbs"])

#: Nouns of quantity through which a verb reaches what it acts on ("tons of aid").
MEASURE_NOUNS = frozenset(_WORDS["measure_nouns"])


#: Nouns of a share through which a verb reaches what it acts on ("suspended part of the aid").
PORTION_NOUNS = frozenset(_WORDS["portion_nouns"])
#: Nouns of the onset of an act through which a verb reaches the act ("declared the start of a ceasefire").
ONSET_NOUNS = frozenset(_WORDS["onset_nouns"])


#: Words of a sum of money: "$2 billion in loans" names the loans by their sum.
MONEY_WORDS = frozenset(_WORDS["money_words"])


def _is_money(tok: Token) -> bool:
    """Whether ``tok`` (an object head) is a sum of money ("$2 billion", "3 billion euros",
    "a million pounds"), whose "in" object is what the money is given as ("$2 billion in loans")."""
    return tok.lemma_.lower() in MONEY_WORDS or tok.lower_ in MONEY_WORDS or any(
        c.lower_ in MONEY_WORDS for c in children_of(tok) if c.dep_ in ("nmod", "quantmod", "compound"))


def _is_measure(tok: Token) -> bool:
    return tok.lemma_.lower() in MEASURE_NOUNS or tok.lower_ in MEASURE_NOUNS or (
        tok.like_num and pos_of(tok) == "NUM")


@dataclass(frozen=True)
class Construction:
    """A clause-pattern rule from ``constructions.yaml`` and the entry it codes as."""

    name: str
    heads: frozenset[str]
    complement_aux: frozenset[str]
    entry: LexEntry
    #: words of a predicative complement that make the head a labelling ("called the bombing a
    #: terrorist act"); empty for a complement-clause construction
    predicate: frozenset[str] = frozenset()
    #: adverbs of manner on a complement verb of conduct that make saying it a judgement ("said he
    #: acted professionally" praises him); empty for other constructions
    conduct: frozenset[str] = frozenset()
    #: object nouns of a complement verb of doing (:attr:`deeds`) that make saying it an accusation
    #: ("said the militia committed atrocities"); empty for other constructions
    crimes: frozenset[str] = frozenset()
    deeds: frozenset[str] = frozenset()
    #: True for a request made by asking a party to act ("asked China to release the crew",
    #: "wants Qatar to end its ban"): the party addressed, who is to act, is the recipient
    addressed: bool = False
    #: head nouns the labelled thing must have for a labelling to count ("said the charges were
    #: false": a claim judged false); empty when anything labelled counts
    judged: frozenset[str] = frozenset()
    #: True for a head whose act is told by its clausal complement ("denied that its jets struck
    #: the hospital", "denied doing a deal"): a clause or a gerund after the head makes the match
    clausal: bool = False
    #: True for a word of feeling whose "that" clause names a party ("is disappointed that China is
    #: allowing ..."): the clause's subject is the recipient, who feels it the actor
    feeling: bool = False


@lru_cache(maxsize=1)
def load_constructions() -> tuple[Construction, ...]:
    """Read ``events/lexicon/constructions.yaml``; CAMEO codes are checked against cameo.tsv.

    Raises ValueError for an unknown event type or CAMEO code."""
    import yaml

    lex = load_lexicon()
    raw = yaml.safe_load(resources.files("newsevents.events").joinpath("lexicon", "constructions.yaml").read_text("utf-8"))
    out = []
    for item in raw:
        code = str(item["cameo"])
        if item["event"] not in EVENT_TYPES or code not in lex.cameo:
            raise ValueError(f"construction {item['name']}: bad event or CAMEO code")
        entry = LexEntry((item["name"],), "VERB", item["event"], item.get("mode"), code, lex.cameo[code].goldstein,
                         lex.cameo[code].context, 0, construction=item["name"])
        out.append(Construction(item["name"], frozenset(item["heads"]), frozenset(item.get("complement_aux") or ()),
                                entry, frozenset(item.get("predicate") or ()), frozenset(item.get("conduct") or ()),
                                frozenset(item.get("crimes") or ()), frozenset(item.get("deeds") or ()),
                                bool(item.get("addressed")), frozenset(item.get("judged") or ()),
                                bool(item.get("clausal")), bool(item.get("feeling"))))
    return tuple(out)


@lru_cache(maxsize=1)
def constructions_by_head() -> dict[str, tuple[Construction, ...]]:
    """:func:`load_constructions` indexed by head lemma: lemma -> the constructions it heads, in
    file order (a coder asks each token only about the constructions it can head)."""
    out: dict[str, list[Construction]] = {}
    for cons in load_constructions():
        for head in cons.heads:
            out.setdefault(head, []).append(cons)
    return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class Sense:
    """A row of ``senses.yaml``: who acts decides the sense of a trigger."""

    name: str
    lemmas: frozenset[str]
    from_event: str
    actor_sectors: frozenset[str]
    actor_codes: frozenset[str]
    to_cameo: str
    #: When set, the sense recodes only entries of this CAMEO code, one word or a pattern ("end
    #: protest", 082); otherwise only one-word entries and phrasal verbs ("pull out").
    from_cameo: str | None = None
    #: ``"person"``: the sense is decided by what is acted on, not who acts: it applies when every
    #: object of the trigger is a person ("captured the smuggler" vs "captured the town"); the
    #: actor lists are then not consulted.
    object: str | None = None
    #: When true, the trigger is an event only in this sense (or an earlier sense of its lemma):
    #: said of other actors it is dropped ("troops left Syria" withdraws; "the minister left
    #: Paris" is no event).
    only: bool = False
    #: Actors of these codes never fall under the sense, whatever their sector: the UN's armed
    #: forces are peacekeepers, whose pull-out is not a military retreat (CAMEO 1661).
    except_codes: frozenset[str] = frozenset()
    #: When set, the sense recodes only patterns whose object word is one of these ("launch
    #: strike", not "launch attack"), whatever its CAMEO code.
    objects: frozenset[str] = frozenset()

    def governs(self, lemma: str, event: str, entry_words: tuple[str, ...] = (), entry_cameo: str | None = None) -> bool:
        """Whether this sense speaks of a trigger ``lemma`` of type ``event`` with that pattern
        and CAMEO code, whoever acts."""
        if self.objects:
            if not self.objects & set(entry_words[1:]):
                return False
        elif self.from_cameo is not None:
            if entry_cameo != self.from_cameo:
                return False
        elif any(w not in _PREPOSITIONS for w in entry_words[1:]):
            return False  # a phrasal verb ("pull out") has its verb's senses; "withdraw troops" its own
        return lemma in self.lemmas and event == self.from_event

    def applies(self, lemma: str, event: str, actors, entry_words: tuple[str, ...] = (),
                entry_cameo: str | None = None, object_is_person: bool = False) -> bool:
        """Whether this sense recodes a trigger ``lemma`` of type ``event`` said of ``actors``
        (entities with ``code`` and ``sector``): every actor must fall under the sense.  The
        entry's pattern ``entry_words`` and CAMEO code must be one the sense takes (see
        :attr:`from_cameo`).  A sense of :attr:`object` "person" asks ``object_is_person``
        instead of the actors."""
        if not actors or not self.governs(lemma, event, entry_words, entry_cameo):
            return False
        if self.object == "person":
            return object_is_person
        return all((a.sector in self.actor_sectors or a.code in self.actor_codes) and a.code not in self.except_codes
                   for a in actors)


@lru_cache(maxsize=1)
def load_senses() -> tuple[Sense, ...]:
    """Read ``events/lexicon/senses.yaml``.  Raises ValueError for an unknown type or CAMEO code."""
    import yaml

    raw = yaml.safe_load(resources.files("newsevents.events").joinpath("lexicon", "senses.yaml").read_text("utf-8"))
    cameo = load_lexicon().cameo
    out = []
    for item in raw:
        code = str(item["to_cameo"])
        if code not in cameo or item["from"] not in EVENT_TYPES:
            raise ValueError(f"senses.yaml: bad sense {item.get('name')!r}")
        from_cameo = str(item["from_cameo"]) if item.get("from_cameo") is not None else None
        if from_cameo is not None and from_cameo not in cameo:
            raise ValueError(f"senses.yaml: bad sense {item.get('name')!r}")
        if item.get("object") not in (None, "person") or item.get("only") not in (None, True, False):
            raise ValueError(f"senses.yaml: bad sense {item.get('name')!r}")
        out.append(Sense(item["name"], frozenset(item["lemmas"]), item["from"],
                         frozenset(item.get("actor_sectors") or ()), frozenset(item.get("actor_codes") or ()), code,
                         from_cameo, item.get("object"), bool(item.get("only")),
                         frozenset(item.get("except_codes") or ()), frozenset(item.get("objects") or ())))
    return tuple(out)


@lru_cache(maxsize=1)
def senses_by_lemma() -> dict[str, tuple[Sense, ...]]:
    """:func:`load_senses` indexed by trigger lemma: lemma -> the senses that name it, in file
    order (a sense governs only its own lemmas, so a trigger need ask no other)."""
    out: dict[str, list[Sense]] = {}
    for sense in load_senses():
        for lemma in sense.lemmas:
            out.setdefault(lemma, []).append(sense)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def load_implied_agents() -> dict[str, str]:
    """``implied_agents.tsv``: verb lemma -> sector of the state organ that performs the act
    when a passive names no agent ("was arrested": COP).  Raises ValueError on a bad row."""
    out: dict[str, str] = {}
    for n, row in _tsv("implied_agents.tsv"):
        lemma, sector = row["lemma"].strip(), row["sector"].strip()
        if not lemma or not sector.isupper() or len(sector) != 3:
            raise ValueError(f"implied_agents.tsv:{n}: bad row {row!r}")
        out[lemma] = sector
    return out


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped lexicon, loaded once per process."""
    return Lexicon.load()
