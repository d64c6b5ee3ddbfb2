"""Actor mentions: dictionary matches + NER, coded to country and sector, with conservative
in-article coreference.

:func:`annotate_actors` fills ``doc._.actors``: a dict from the index of a noun phrase's head
token to the :class:`~newsevents.records.Entity` list that phrase denotes (one entity per
phrase; coordination is expanded by :func:`entities_for`).

Its word lists (cue words, verb and noun lists) are data: ``actors/resolve.yaml``, read by
:mod:`newsevents.wordlists` when this module is imported.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import replace
from itertools import compress
from operator import itemgetter
from functools import lru_cache

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.symbols import NOUN, PRON, PROPN
from spacy.util import filter_spans

from newsevents.actors.kb import ActorKB, KBEntry, load_kb, pick_in_force
from newsevents.nlp import (PRONOUN, PROPER_NOUN, children_lists, children_of, doc_ents, doc_text, lowered,
                            pos_indexes, pos_of, span_text, token_table, TABLE_ATTRS)
from newsevents.records import NONSTATE_CODES, Entity

from newsevents.wordlists import load_word_lists

_WORDS = load_word_lists("newsevents.actors", "resolve.yaml")

if not Doc.has_extension("actors"):
    Doc.set_extension("actors", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
#: Where spaCy keeps the value of ``doc._.actors`` (an extension with a default and no getter
#: stores what is set in ``doc.user_data`` under this key); see :func:`actors_of`.
_ACTORS_KEY = ("._.", "actors", None, None)


def actors_of(doc: Doc) -> dict[int, list[Entity]]:
    """``doc._.actors or {}`` (see :func:`annotate_actors`), read straight from ``doc.user_data``:
    ``doc._`` builds a new accessor object on every access, and the coder asks for the actors of
    every argument token."""
    return doc.user_data.get(_ACTORS_KEY) or {}

#: Dependencies that stay inside one noun phrase when collecting its tokens.
PHRASE_DEPS = {"compound", "amod", "nmod", "poss", "det", "nummod", "flat", "case", "quantmod", "appos"}
#: Nouns of one person a "he"/"she" may stand for when no person is named near it.
PERSON_NOUNS = frozenset(_WORDS["person_nouns"])
#: Sectors of groups a plural pronoun may stand for ("Boko Haram ... their insurgency").
GROUP_SECTORS = frozenset({"REB", "MIL", "COP", "OPP", "PTY", "UAF", "CRM"})
PERSON_PRONOUNS = set(_WORDS["person_pronouns"])
PLURAL_PRONOUNS = set(_WORDS["plural_pronouns"])
THING_PRONOUNS = set(_WORDS["thing_pronouns"])
#: First-person pronouns: in reported speech they are the speaker ("We have requested an
#: emergency meeting," Abe said).
SPEAKER_PRONOUNS = set(_WORDS["speaker_pronouns"])
#: Lemmas of reporting verbs whose subject is the speaker of the words they report.
REPORTING_VERBS = set(_WORDS["reporting_verbs"])
#: Words that look like proper names at a sentence start but are not actors.
_NOT_NAMES = set(_WORDS["not_names"])


@lru_cache(maxsize=4)
def _matchers(nlp: Language, kb: ActorKB) -> tuple[PhraseMatcher, PhraseMatcher]:
    names = PhraseMatcher(nlp.vocab, attr="ORTH")
    for alias in kb.phrase_names():  # an overlay's aliases are found by kb.extra_matches
        names.add(alias, [nlp.make_doc(alias)])
    sectors = PhraseMatcher(nlp.vocab, attr="LOWER")
    for term in kb.phrase_sectors():
        sectors.add(term, [nlp.make_doc(term)])
    return names, sectors


def load_actor_tables(nlp: Language, kb: ActorKB) -> None:
    """Build what :func:`annotate_actors` builds on first use for ``nlp`` and ``kb``: the phrase
    matchers of names and sector terms, the organisation head words and the near-spelling
    aliases (done once when the pipeline loads, not while the first story is coded)."""
    _matchers(nlp, kb)
    _org_head_words(kb)
    kb.load_near_choices(PLACE_KINDS, PERSON_KINDS)


#: Body nouns (sectors.tsv: GOV by default) that take the sector of the body named before them:
#: a committee of the Senate is legislative, one of the opposition OPP, one of creditor banks BUS.
BODY_OF_NOUNS = frozenset(_WORDS["body_of_nouns"])
#: Modifiers naming a body of business lenders (not sector terms themselves).
LENDER_WORDS = frozenset(_WORDS["lender_words"])
#: "House" before a committee is the lower chamber of a legislature ("the House intelligence committee").
CHAMBER_WORDS = frozenset(_WORDS["chamber_words"])


def _owner_body_sector(toks, body, m) -> str | None:
    """The sector of the body a committee ``body`` belongs to, named before it in the phrase:
    a sector term other than the committee's own (LEG "Senate", OPP "opposition"), a chamber
    word (LEG), a lenders' word (BUS), or a non-governmental organisation's or company's name
    (its sector); None when none is named."""
    own = m.sector_at[body.i][0]
    for t in toks:
        if t.i >= own.start:
            break
        if t.lower_ in CHAMBER_WORDS:
            return "LEG"
        if t.lower_.rsplit("-", 1)[-1] in LENDER_WORDS:  # "bank", "12-bank"
            return "BUS"
        if t.i in m.sector_at and m.sector_at[t.i][0] != own:
            return m.sector_at[t.i][1]
        hit = m.name_at.get(t.i)
        if hit and hit[1] is not None and hit[1].kind == "org" and hit[1].code in ("NGO", "MNC") and hit[1].sector:
            return hit[1].sector  # "FIFA's ethics committee", "Amnesty's board": the body is the organisation's
    return None


#: Words that put a state office in the past: its holder is an elite (PLOVER ELI), no longer GOV.
FORMER_WORDS = frozenset(_WORDS["former_words"])
#: Sectors of the generic nouns of armed men and their arms ("attackers", "gunmen", "forces",
#: "tanks"), which a named armed group before them makes that group's (:data:`NONSTATE_ARMED_SECTORS`).
ARMED_NOUN_SECTORS = frozenset({"MIL", "UAF"})
#: Sectors of armed groups outside a state's forces.
NONSTATE_ARMED_SECTORS = frozenset({"REB", "UAF", "CRM"})
#: Sector terms of a role any body has (an official, a spokesman, a leader): before a named body
#: ("a Hamas official", "a Greenpeace spokesman") they take that body's sector.
ROLE_TERMS = frozenset(_WORDS["role_terms"])
#: Sectors of office holders that :data:`FORMER_WORDS` turn into ELI.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})

#: Kinds of entries a misspelt place or person may be matched to (:meth:`ActorKB.near`).
PLACE_KINDS = frozenset({"country", "adjective", "metonym"})
PERSON_KINDS = frozenset({"person"})


#: Names of continents that contain a country's name or adjective ("South America", "the
#: Americas", "Latin American nations"): they name no country.
CONTINENT_WORDS = tuple(_WORDS["continent_words"])
#: Words that, before "America"/"American", name part of the continent, not the United States.
CONTINENT_PARTS = frozenset(_WORDS["continent_parts"])


def _is_state_code(code: str | None) -> bool:
    """True for an ISO 3166-1 alpha-3 country code, not a PLOVER non-state code (IGO, UNO, ...)."""
    return code is not None and len(code) == 3 and code not in NONSTATE_CODES


def _continent(tokens: list[Token], start: int) -> bool:
    """True for a name match at ``start`` (an index into ``tokens``, a document's tokens in order:
    :attr:`~newsevents.nlp.TokenTable.tokens`) that is the continent word of "South America",
    "Latin American" (and "the Americas")."""
    text = tokens[start].text
    return text in CONTINENT_WORDS or (text.startswith("America") and start > 0
                                       and tokens[start - 1].text in CONTINENT_PARTS)


def _longest_matches(matches: list[tuple]) -> list[tuple]:
    """:func:`spacy.util.filter_spans` on matches ``(label, start, end)``, without making a span of
    each: of overlapping matches the (first) longest is kept; in order of start."""
    if len(matches) < 2:
        return list(matches)  # (nothing to overlap: no ordering)
    ordered = sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    kept: list[tuple] = []
    seen: set[int] = set()
    for m in ordered:
        if m[1] not in seen and m[2] - 1 not in seen:
            kept.append(m)
            seen.update(range(m[1], m[2]))
    kept.sort(key=itemgetter(1))  # (by start, read in C)
    return kept


class _Mentions:
    """Per-document index of dictionary matches: token index -> (span, KBEntry) / sector."""

    def __init__(self, doc: Doc, kb: ActorKB, published: str | None, nlp: Language):
        names, sectors = _matchers(nlp, kb)
        self.published = published
        #: the document's lower-case lemmas (``tok.lemma_.lower()`` by token index)
        self.lemmas = lowered(doc, LEMMA)
        #: the document's lower-case forms (``tok.lower_`` by token index)
        self.lowers = lowered(doc, LOWER)
        table = token_table(doc)
        #: the document's dependency labels, parts of speech and token objects by token index, and
        #: each token's children (:func:`~newsevents.nlp.children_lists`), for :func:`phrase_tokens`
        self.deps, self.pos, self.tokens, self.kids = table.dep, table.pos, table.tokens, children_lists(doc)
        #: each token's head's index (``tok.head.i`` by token index)
        self.heads = table.head
        # (the rules below read tokens from the table, not as ``doc[i]``, which makes a new object)
        tokens, tags, n = table.tokens, table.tag, len(table.tokens)
        self.sector_at: dict[int, tuple[Span, str]] = {}
        extra_names, extra_sectors = kb.extra_matches(doc)
        for label, start, end in _longest_matches([*sectors(doc), *extra_sectors]):
            span = Span(doc, start, end, label=label)
            if (end < n and tags[end] == "POS" and tokens[end].ent_iob_ == "I"
                    and tokens[end - 1].ent_type_ not in ("", "PERSON")):
                continue  # "King's Cross station", "Queen's University": a title inside a place's or body's name
            for i in range(span.start, span.end):
                self.sector_at[i] = (span, kb.sectors[span.label_.lower()])
        spans = []
        for match_id, start, end in [*names(doc), *extra_names]:
            span = Span(doc, start, end, label=match_id)
            if _continent(tokens, start):
                continue  # "South America", "Latin American nations": a continent, not the USA
            inside = self.sector_at.get(start)
            if inside is not None and inside[0].start <= start and end <= inside[0].end and len(inside[0]) > end - start:
                continue  # "the US National Security Council": a longer sector term, not the UN's Security Council
            if end - start == 1:
                text = tokens[start].text
                if text in _NOT_NAMES or not (self.pos[start] in ("PROPN", "ADJ", "NOUN") or text.isupper()):
                    continue
            if (end - start == 1 and tokens[start].text.isupper() and 0 < start < n - 1
                    and tokens[start - 1].text == "(" and tokens[end].text == ")"
                    and any(e.kind == "person" for e in kb.names.get(span.label_, ()))):
                continue  # "Montenegro Municipality Association (AKK)": the phrase's acronym, not a person
            spans.append(span)
        sector_words = kb.sectors  # title words in a PERSON span ("President X", "Riot police")
        # tokens of dictionary country names and demonyms (the PERSON spans added below have none)
        demonyms: set[int] = set()  # (each span's entries asked once, not once per token; no generator per span)
        for s in spans:
            for e in kb.names.get(s.label_, ()):
                if e.kind in ("country", "adjective"):
                    demonyms.update(range(s.start, s.end))
                    break
        for ent in doc_ents(doc):  # an NER person span wins over a shorter overlapping dictionary match
            if ent.label_ != "PERSON":
                continue
            start, end = ent.start, ent.end
            while start < end and (self.lowers[start] in sector_words or start in self.sector_at):
                start += 1
            while end > start and tags[end - 1] == "POS":
                end -= 1  # "Sri Lanka's" tagged as a person: the possessive ending is no part of the name
            if all(i in demonyms for i in range(start, end)):
                continue  # "Bosnian Serbs" tagged as a person is a people, not a name
            if start < end and not any(s.start <= start and end <= s.end for s in spans):
                spans.append(Span(doc, start, end, label="__PERSON__"))
        matched = {i for s in spans for i in range(s.start, s.end)}
        # a misspelt country or capital ("Afganistan", "Khatmandu"), tagged as a place or an
        # organisation or not tagged at all ("Ethopia", "the Phillippines military")
        in_ent = {i for e in doc_ents(doc) for i in range(e.start, e.end)}
        unknown = [e for e in doc_ents(doc) if e.label_ in ("GPE", "NORP", "LOC", "ORG")]
        # (a proper noun a dictionary name holds is passed over below: no span is made of it)
        unknown += [doc[i:i + 1] for i in pos_indexes(doc, PROPER_NOUN)
                    if i not in in_ent and i not in matched and tokens[i].is_title]
        for ent in unknown:
            if not matched.isdisjoint(range(ent.start, ent.end)):
                continue  # a dictionary name already (the cheap test first)
            if any(_continent(tokens, i) for i in range(ent.start, ent.end)):
                continue  # "the Americas" is no misspelt "America"
            if kb.near(span_text(ent), PLACE_KINDS, published) is not None:
                spans.append(Span(doc, ent.start, ent.end, label="__NEAR__"))
        self._counts: dict[str, int] | None = None
        self.name_at: dict[int, tuple[Span, KBEntry | None]] = {}
        for span in filter_spans(spans):
            entry = None
            if span.label_ == "__NEAR__":
                entry = kb.near(span_text(span), PLACE_KINDS, published)
            elif span.label_ != "__PERSON__":
                entry = pick_in_force(kb.names[span.label_], published)
            else:
                # a known person, or a near spelling of one ("Francois Mitterand", "Laurent Gbago")
                text = span_text(span)
                entry = kb.lookup(text, published) or kb.near(text, PERSON_KINDS, published)
            for i in range(span.start, span.end):
                self.name_at[i] = (span, entry)
        #: first token indexes of capital cities read as places in some phrase / as parties in some
        #: phrase (see :func:`code_phrase`, :func:`place_seats`)
        self.capital_places: set[int] = set()
        self.capital_parties: set[int] = set()
        #: token indexes of names of several states at once ("the two Koreas": KBEntry.codes)
        self.group_at = {i for i, (_, e) in self.name_at.items() if e is not None and e.codes}
        #: token indexes holding a name or a sector term, in order (see :meth:`any_between`)
        self.coded_at = sorted({*self.name_at, *self.sector_at})

    def any_between(self, first: int, last: int) -> bool:
        """Whether a name or sector term lies on a token index in ``first..last`` (inclusive)."""
        k = bisect.bisect_left(self.coded_at, first)
        return k < len(self.coded_at) and self.coded_at[k] <= last


    def country_counts(self) -> dict[str, int]:
        """How many dictionary name matches of the document code each state (one per matched
        span; organisations and non-state codes left out), counted once per document."""
        if self._counts is None:
            counts: dict[str, int] = defaultdict(int)
            seen = set()
            for span, entry in self.name_at.values():
                if span.start not in seen and entry is not None and _is_state_code(entry.code):
                    seen.add(span.start)
                    counts[entry.code] += 1
            self._counts = dict(counts)
        return self._counts


#: Heads of a state organ named with its country in an "of"-phrase ("the Government of Japan").
GOVERNMENT_HEADS = frozenset(_WORDS["government_heads"])


#: Nouns of a part of a place: their "of"-phrase says where ("the outskirts of Damascus", "the
#: north of Syria"), it names no party.
PLACE_PART_NOUNS = frozenset(_WORDS["place_part_nouns"])
#: Heads of a place named by its "of"-phrase ("the city of Damascus", "an area of eastern Syria"):
#: the phrase is a place, not the state whose capital or land it names (as an act's object it is
#: still the place acted on).
PLACE_HEAD_NOUNS = PLACE_PART_NOUNS | frozenset(_WORDS["place_head_nouns_more"])
#: Nouns of a diplomatic process or forum often named after the city that hosts it ("the Astana
#: group", "the Minsk process", "the Geneva talks", "the Oslo accords"): that city is a venue there,
#: not its country's government.
VENUE_NAMED_NOUNS = frozenset(_WORDS["venue_named_nouns"])
#: Nouns of a violent act often named after the city where it happened ("the Paris attacks", "the
#: Brussels bombings", "the Madrid train bombings"): a city before one is the act's place, not its
#: country's government doing it.
PLACE_NAMED_ATTACK_NOUNS = frozenset(_WORDS["place_named_attack_nouns"])


def _capital_as_place(span: Span, toks: list[Token], head: Token, m: "_Mentions") -> bool:
    """True when the capital city named by ``span``, inside the phrase ``toks`` headed by
    ``head``, is a compound modifier (or the first of such conjuncts) of a noun to its right and
    nothing else in the phrase names a party: no sector term, other name or representative noun
    ("the Berlin New Year's Eve event", "the Paris Olympics", "Kabul airport"): the city says
    where, it does not stand for its government there ("Beijing officials", "the Kabul
    government", "the Moscow delegation", "Dhaka district police chief X" still do, and so does
    the capital as a phrase of its own: "Berlin criticised Moscow")."""
    tok = m.tokens[span.end - 1]
    while tok.dep_ == "conj" and tok.head != tok and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ not in ("compound", "nmod") or tok.head.i < tok.i or m.lemmas[head.i] in REPRESENTATIVE_NOUNS:
        return False
    return not any(t.i in m.sector_at or (t.i in m.name_at and not span.start <= t.i < span.end) for t in toks)


#: Where :func:`annotate_actors` keeps the codes of capitals it read as places (:func:`place_seats`).
_SEAT_PLACES_KEY = "newsevents.seat_places"


def place_seats(doc: Doc) -> list[str]:
    """The country codes of the capital cities that :func:`annotate_actors` read as places, not
    parties (:func:`_capital_as_place`: "the Moscow metro", "the Dhaka rally"), one per mention:
    they name no actor, yet they tell which country a story is about.  (A capital before the
    place of an attack or a forum, "the Kabul bombings", "the Minsk process", is none: it never
    counted.)"""
    return doc.user_data.get(_SEAT_PLACES_KEY) or []


def _names_attack_place(tok: Token) -> bool:
    """True when ``tok`` (or the first of the conjuncts it ends: "the Paris, Brussels and Orlando
    attacks") modifies a noun of :data:`PLACE_NAMED_ATTACK_NOUNS` as a compound, possibly across
    other modifiers ("the Nov. 13 Paris terrorist attacks")."""
    while tok.dep_ == "conj" and tok.head != tok and tok.head.i < tok.i:
        tok = tok.head
    return (tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i
            and tok.head.lemma_.lower() in PLACE_NAMED_ATTACK_NOUNS)


#: Participles of a ship's registry: "a Liberian-flagged tanker", "a Panama-registered vessel" is
#: its flag state's (the country is part of the phrase; a merchant ship, BUS).
FLAG_WORDS = frozenset(_WORDS["flag_words"])
#: Participles whose country modifier belongs to the phrase ("Vietnamese-led", "Tunisian-born", flag words).
COUNTRY_PARTICIPLES = frozenset({"led", "born"}) | FLAG_WORDS


def phrase_tokens(head: Token, m: "_Mentions | None" = None) -> list[Token]:
    """The tokens of the noun phrase headed by ``head`` (no clauses, preps or conjuncts),
    plus an "of"-phrase naming a country ("President Lukashenko of Belarus").  Read by token index
    from the document's tables (those ``m`` holds, when given: see :class:`_Mentions`)."""
    if m is None:
        m = _PhraseTables(head.doc)
    deps, lowers, kids_of, heads = m.deps, m.lowers, m.kids, m.heads
    h = head.i
    if not kids_of[h]:
        return [m.tokens[h]]  # a bare word ("Russia said"): the phrase is its head alone
    out = [h]
    # an apposition stands next to its noun: one the parser hangs across the verb of the noun's
    # own clause ("Members of the cell are accused of ..., the US journalists X") is no part of it
    verb = heads[h] if deps[h] in ("nsubj", "nsubjpass") and heads[h] > h else None
    # nor is one set against it with "not" ("fighting Isis, not Assad"): a contrast, no other name
    # (plain loops over the head's few children: no comprehension objects per phrase)
    kids = []
    contrast = False
    for c in kids_of[h]:
        d = deps[c.i]
        kids.append((c.i, d))
        if d == "neg":
            contrast = True
    stack = []
    for c, d in kids:
        if d in PHRASE_DEPS and not (d == "appos" and (verb is not None and c > verb or contrast
                                                       or any(deps[g.i] == "neg" for g in kids_of[c]))):
            stack.append(c)
    for c, d in kids:
        if d == "prep" and lowers[c] == "of" and m.lemmas[h] not in PLACE_HEAD_NOUNS:
            # "the Government of Japan", which the tagger may take whole for an organisation (or
            # miss): the proper noun of a state organ's "of"-phrase names its country (not that of
            # a part of a place: "the outskirts of Damascus" is a place, not the Syrian government)
            stack.extend(g.i for g in kids_of[c] if deps[g.i] == "pobj" and (
                g.ent_type_ in ("GPE", "NORP") or (m.pos[g.i] == "PROPN" and (
                    lowers[h] in GOVERNMENT_HEADS or m.lemmas[h] in STATE_NOUNS))))
    while stack:
        t = stack.pop()
        out.append(t)
        kids = kids_of[t]
        if not kids:
            continue
        # "Vietnamese-led forces": the leading country is part of the phrase; so is the country of
        # birth of "a Tunisian-born man" (not "Russian-backed forces"), and the flag state of "a
        # Liberian-flagged tanker", whose registry owns it
        if lowers[t] in COUNTRY_PARTICIPLES and deps[t] == "amod":
            stack.extend(c.i for c in kids if deps[c.i] in PHRASE_DEPS or deps[c.i] == "npadvmod")
        else:
            for c in kids:  # (a loop, not a generator per word of the phrase)
                if deps[c.i] in PHRASE_DEPS:
                    stack.append(c.i)
    out.sort()
    return list(map(m.tokens.__getitem__, out))  # (the tokens, picked in C)


class _PhraseTables:
    """The tables :func:`phrase_tokens` reads, for a caller without a :class:`_Mentions`."""

    def __init__(self, doc: Doc):
        table = token_table(doc)
        self.deps, self.lowers, self.lemmas = table.dep, table.lower, table.lemma
        self.pos, self.tokens, self.kids = table.pos, table.tokens, children_lists(doc)
        self.heads = table.head


def _under_dep(tok: Token, head: Token, dep: str) -> bool:
    """True when ``tok`` lies in a dependent of relation ``dep`` inside the phrase headed by
    ``head`` (some token on its path up to ``head`` hangs by ``dep``)."""
    # (walked by token index in the document's tables: no token object or label string made per step)
    table = token_table(tok.doc)
    heads, deps = table.head, table.dep
    i, top = tok.i, head.i
    while i != top and heads[i] != i:
        if deps[i] == dep:
            return True
        i = heads[i]
    return False


def _in_apposition(tok: Token, head: Token) -> bool:
    """True when ``tok`` belongs to an apposition of the phrase headed by ``head``."""
    return _under_dep(tok, head, "appos")


def _passing_mention(head: Token, code: str, m: _Mentions) -> bool:
    """True when the phrase headed by ``head``, coded ``code``, is a mention in passing: the object
    of a preposition (also as a conjunct: "brokered by the Red Cross and the Swiss government"),
    of a country the story names only once while it is plainly about another
    (:func:`newsevents.events.domestic.dominant_country` over the dictionary's name matches).  A
    bare "the government" later on is then the story's own country's.  A body introduced as a
    clause's subject ("A Moroccan court indicted a Chilean student ... The court") is no such."""
    from newsevents.events.domestic import dominant_country  # (events imports actors)

    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head.dep_ != "pobj":
        return False
    counts = m.country_counts()
    home = dominant_country(counts)
    return home is not None and code != home and counts.get(code, 0) <= 1


def _former(entry: KBEntry, published: str | None) -> bool:
    return bool(entry.kind == "person" and entry.end and published and entry.end < published)


def _in_force(entry: KBEntry, published: str | None) -> bool:
    """True when a person's role ``entry`` holds on ``published`` (or the date is unknown)."""
    return not published or ((entry.start or "") <= published and (not entry.end or published <= entry.end))


#: Nouns of a state or land that an "of"-phrase names ("the tiny nation of Suriname", "the former
#: Portuguese colony of Angola"): the named country is the phrase's, not its modifier's.
STATE_NOUNS = frozenset(_WORDS["state_nouns"])

#: Heads of phrases that name another party by its relation to the possessor ("Israel's ally").
ALLY_NOUNS = frozenset(_WORDS["ally_nouns"])


def _opposed(tok: Token) -> bool:
    """True for a country word written as the object of "anti-" ("anti-Syria", "anti-American")."""
    lowers = token_table(tok.doc).lower  # (forms by token index: no token made for the words before)
    i = tok.i
    if lowers[i].startswith("anti-"):
        return True
    return i >= 2 and lowers[i - 1] == "-" and lowers[i - 2] == "anti"


#: Names of currencies, which with a number before them make a sum ("40,000 Peruvian soles"), not a
#: party, even when the tagger misses the sum.
CURRENCY_NOUNS = frozenset(_WORDS["currency_nouns"])


def code_phrase(head: Token, m: _Mentions) -> Entity | None:
    """Code one noun phrase to an Entity, or None when it names no actor we know."""
    lemma = m.lemmas[head.i]  # head.lemma_.lower()
    if head.ent_type_ == "MONEY" or (lemma in CURRENCY_NOUNS
                                     and any(c.dep_ == "nummod" or c.like_num for c in children_of(head))):
        return None  # "fined them 10,000 Egyptian pounds": a sum, whatever country its currency is
    if (not m.any_between(head.left_edge.i, head.right_edge.i) and lemma not in REPRESENTATIVE_NOUNS
            and lemma not in RULING_BODY_NOUNS
            and (m.lowers[head.i] not in ORGANISATION_NOUNS or _unknown_organisation(head) is None)):
        # no name or sector term anywhere under the head (its phrase is part of that): what the
        # rest of this function would conclude, without building the phrase
        return None
    toks = phrase_tokens(head, m)
    person = org = head_country = modifier_country = owner = None
    person_span = None
    for t in toks:
        hit = m.name_at.get(t.i)
        if not hit:
            continue
        span, entry = hit
        if entry is None or entry.kind == "person":
            if t.i != head.i and _in_possessor(t, head):
                # "Morsi's lawyer Abdel Maqsud" is not Morsi: the owner only lends a country
                owner = owner or entry
            elif person is None or t.i == head.i:
                person, person_span = entry, span
        elif entry.kind in ("org", "metonym"):
            last = m.tokens[span.end - 1]  # (the name's head word: "New Delhi")
            if entry.kind == "metonym" and t.i != head.i and last.dep_ in ("compound", "nmod") \
                    and lemma in VENUE_NAMED_NOUNS:
                continue  # "the Astana group", "the Geneva talks": the host city names the forum
            if entry.kind == "metonym" and t.i != head.i and _names_attack_place(last):
                continue  # "the Paris attacks", "the Brussels assault": where, not who
            if entry.capital and t.i != head.i and _capital_as_place(span, toks, head, m):
                m.capital_places.add(span.start)
                continue  # "the Paris Olympics", "Kabul airport": a city naming a thing, not a party
            if entry.capital:
                m.capital_parties.add(span.start)
            org = org or entry
        elif entry.kind in ("country", "adjective"):
            if _opposed(t) or (t.dep_ == "poss" and lemma in ALLY_NOUNS):
                continue  # "an anti-Syria journalist" is not Syria's, nor is "Israel's militia ally" Israel
            if t.i == head.i or (t.dep_ == "pobj" and t.head.head.i == head.i and lemma in STATE_NOUNS):
                head_country = entry  # "the South American nation of Suriname" is Suriname
            elif modifier_country is None:
                modifier_country = entry
    # "Bosnian Serbs", "Iraqi Kurds": where a people lives (the modifier) codes it, not the
    # state of its name; otherwise the head's country ("NATO-member Norway") wins
    if head_country is not None and modifier_country is not None and head_country.plural:
        country = modifier_country
    else:
        country = head_country or modifier_country
    representative = lemma in REPRESENTATIVE_NOUNS
    # the phrase's tokens that stand in sector terms (a one-word phrase asked without a comprehension)
    sector_at = m.sector_at
    if len(toks) == 1:
        termed = toks if toks[0].i in sector_at else []
    else:
        termed = [t for t in toks if t.i in sector_at]
    if country is None and org is None and person_span is None and owner is None:
        # "officials from Egypt", "the heads of state from Tunisia": where office holders come
        # from is whose they are (only for a phrase with a sector term or a representative noun:
        # "rockets from Gaza" is no actor, "representatives from Egypt" are Egypt's)
        origin = _origin_country(head, m) if representative or termed else None
        if origin is not None:
            country = origin
    if country is not None and country.kind == "adjective" and any(t.lower_ == "ethnic" for t in toks):
        country = None  # "ethnic Albanians in south Serbia" are not Albania: place or story decide
    sector = None
    # the sector term closest to the head wins ("opposition leader"); one of an apposition only
    # when the head's own words have none ("the official Syrian opposition, the Syrian Negotiating
    # Committee" is the opposition, not a state committee)
    # (only the tokens of sector terms are ordered: the others are passed over)
    by_closeness = sorted(termed, key=lambda t: (_in_apposition(t, head), -t.i)) if len(termed) > 1 else termed
    sector_tok = None
    for t in by_closeness:
        if not (t.i in m.name_at and m.name_at[t.i][1] is not None and m.name_at[t.i][1].kind == "country"):
            # (a sector word inside a country's own name is none: "the Soviet Union" is no trade union)
            sector, sector_tok = m.sector_at[t.i][1], t
            if t.lower_ in BODY_OF_NOUNS:  # "the Senate finance committee", "the banks' advisory committee"
                sector = _owner_body_sector(toks, t, m) or sector
            break
    if sector is None and lemma in RULING_BODY_NOUNS and any(
            c.dep_ == "amod" and c.lower_ in ("ruling", "governing") and not list(children_of(c)) for c in children_of(head)):
        sector = "PTY"  # "the ruling communist group", "the governing coalition": the party in power
    org_name = found = None
    if person is None and person_span is None and org is None and country is None and owner is None:
        org_name = _unknown_organisation(head)
        if representative:
            # "a delegation representing the USSR", "representatives of the OIC", "a delegation
            # led by Wang Yi": a delegation is of the party it speaks for, in that party's sector
            found = _represented_party(head, m)
    if (person is None and person_span is None and org is None and country is None and sector is None
            and owner is None and org_name is None and found is None):
        return None
    code, name = None, None
    if person_span is not None:
        name = person.name if person else span_text(person_span)
        if person:
            code = person.code
            if (sector in STATE_SECTORS and org is None and sector_tok is not None
                    and not _in_apposition(sector_tok, head) and not (m.published and _in_force(person, m.published))):
                pass  # "President Boris Yeltsin" in a story dated after (or before) his term, or of no
                # known date: the title written with the name says what the person was in the act told
            elif _former(person, m.published):
                sector = "ELI"
            elif person_span.start <= head.i < person_span.end or sector is None:
                sector = person.sector or sector
            # else the person only modifies the phrase: "Djindjic's opposition coalition" is OPP
    if sector in STATE_SECTORS and any(m.lowers[t.i] in FORMER_WORDS and m.deps[t.i] in ("amod", "compound", "advmod")
                                       and (t.head.i == head.i or t.head.i in m.sector_at) for t in toks):
        sector = "ELI"  # "former prime minister Andreas Papandreou", "ousted President Akayev"
    if country is not None and country is head_country and code is None and head.i in m.name_at:
        code = country.code  # the phrase is the country itself; an organisation only modifies it
    if (org is not None and code is None and person_span is None and modifier_country is not None
            and modifier_country.kind == "adjective" and head.i in m.name_at and m.name_at[head.i][1] is org
            and _is_state_code(org.code) and modifier_country.code != org.code):
        # "the Syrian Congress", "the Pakistani Taliban": a nationality before a body whose bare name
        # the dictionary gives to another country names that nationality's body
        code, sector = modifier_country.code, sector or org.sector
    if org is not None and code is None:
        code, name = org.code, name or org.name
        if sector in ARMED_NOUN_SECTORS and org.sector in NONSTATE_ARMED_SECTORS:
            sector = org.sector  # "Taliban attackers", "Hamas forces": the named group's own fighters
        elif org.sector and sector_tok is not None and m.sector_at[sector_tok.i][0].text.lower() in ROLE_TERMS:
            sector = org.sector  # "a Hamas official", "a Toyota spokesman": the body's own people
        else:
            sector = sector if (sector and head.i not in m.name_at) else (org.sector or sector)
    if country is not None and code is None:
        code = country.code
    if owner is not None and code is None and (sector is not None or person_span is not None):
        code = owner.code  # "Putin's spokesman", "Djindjic's opposition coalition": the owner's country
    people = False  # a delegation made of people of a country ("of Brazilian players"), not of its state
    if code is None and found is not None:
        code, sector, people = found[0].code, sector or found[0].sector, not found[1]
    if representative:  # "a delegation of Brazilian players, of lawmakers": made of those people
        people = people or any(g.tag_ == "NNS" and pos_of(g) == "NOUN" for c in children_of(head)
                               if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj")
    if code is None:
        body = _spoken_for_body(toks, m)
        if body is not None:
            # "Park, the spokesman for South Korean President Moon", "an adviser to the French
            # president": one who speaks for or advises a party is coded with that party
            code, sector = body.code, body.sector or sector
    if code is None and sector in BODY_OF_STATES_SECTORS and person_span is None:
        # "a regional bloc", "an international body": a body of states the text leaves unnamed is
        # intergovernmental by its own words, not of the country it acts in or on
        code = sector
    if org_name is not None and code is None:
        name = name or org_name.text  # "the National Indigenous Resistance Movement": a body we do not know
        if sector is None and any(m.lowers[t.i] in ARMED_NAME_WORDS for t in org_name):
            sector = "REB"  # "the Ogaden National Liberation Front": an armed group by its own name
    elif code is None and sector is None and person_span is None:
        return None  # a named person we do not know is still an actor; a bare word is not
    elif code is None and person_span is None and pos_of(head) == "PROPN" and head.i not in m.sector_at:
        return None  # an unknown proper noun with a title word in front is not enough
    if representative and sector is None and not people and _is_state_code(code):
        # "a Japanese delegation", "delegates from Kenya": a state's delegation speaks for its
        # government ("a former U.S. representative" holds no office now: ELI)
        sector = "ELI" if any(t.lower_ in FORMER_WORDS for t in toks) else "GOV"
    if sector is None and code is not None and any(m.lowers[t.i] in FLAG_WORDS and m.deps[t.i] == "amod" and t.head.i == head.i
                                                   for t in toks):
        sector = "BUS"  # "a Hong Kong-flagged vessel": a merchant ship, registered under a flag
    # the phrase's first token that is no determiner and last that is no case ending (the head is one
    # of its tokens and counts for both), in one pass
    first = last = head.i
    for t in toks:
        i, d = t.i, m.deps[t.i]
        if i < first and d != "det":
            first = i
        if i > last and d != "case":
            last = i
    if org_name is not None and code is None:
        first, last = min(first, org_name.start), max(last, org_name.end - 1)  # the whole name
    doc = head.doc  # the span of tokens first..last, cut from the document's text
    start_char, end_char = m.tokens[first].idx, m.tokens[last].idx + len(m.tokens[last])
    return Entity(entity_text=doc_text(doc)[start_char:end_char], code=code, sector=sector, name=name,
                  span=(start_char, end_char))


#: Sectors that are themselves the PLOVER code of an unnamed body ("a regional bloc": IGO).
BODY_OF_STATES_SECTORS = frozenset({"IGO"})


#: Capitalised heads of the names of organised bodies ("the National Resistance Movement", "the
#: Patriotic Front", "the Coalition for Change"): an organisation the dictionaries do not know is
#: still an actor, like a named person we do not know.
ORGANISATION_NOUNS = frozenset(_WORDS["organisation_nouns"])


#: Nouns of people sent to speak for a party: whose they are is said by "from", "of", "for",
#: "representing" or "led by" ("a delegation representing the USSR", "representatives from Egypt").
REPRESENTATIVE_NOUNS = frozenset(_WORDS["representative_nouns"])
#: Nouns of the office holder on the other side ("his counterpart"): see :func:`_counterpart`.
COUNTERPART_NOUNS = frozenset(_WORDS["counterpart_nouns"])
#: Verbs of a participle that names, with "by", the party a delegation belongs to ("led by", "sent by").
DELEGATING_VERBS = frozenset(_WORDS["delegating_verbs"])
#: Heads of bodies that "ruling"/"governing" makes the party in power ("the ruling communist group").
RULING_BODY_NOUNS = frozenset(_WORDS["ruling_body_nouns"])


def _counterpart_places(tok: Token, m: _Mentions) -> list[KBEntry]:
    """The states named by the place an "in" phrase gives the counterpart noun ``tok``, or the act
    it takes part in ("his counterparts in Nigeria and Chad", "met his counterpart in Beijing",
    "held talks with his counterpart in Moscow"): a country, or a capital or seat of government
    (not another city: a meeting "in Geneva" is on neutral ground)."""
    cur, found = tok, []
    for _ in range(4):
        for c in children_of(cur):
            if c.dep_ == "prep" and m.lowers[c.i] == "in":
                for g in children_of(c):
                    if g.dep_ != "pobj":
                        continue
                    for place in (g, *(x for x in g.conjuncts if x.i > g.i)):
                        hit = m.name_at.get(place.i)
                        entry = hit[1] if hit else None
                        if entry is not None and (entry.kind == "country" or entry.seat):
                            found.append(entry)
        if found or m.pos[cur.i] in ("VERB", "AUX") or cur.head is cur:
            break
        cur = cur.head
    return found


def _counterpart(tok: Token, ent: Entity | None, actors: dict[int, list[Entity]],
                 m: _Mentions) -> list[Entity] | None:
    """The other side's office holders a :data:`COUNTERPART_NOUNS` noun ``tok`` with a coded
    possessor names ("his counterpart": the possessor is the side met).  A counterpart of no
    nationality of its own is of the foreign state its meeting is placed in
    (:func:`_counterpart_places`): "Blinken met his counterpart in Beijing" is China's government;
    a place of the possessor's own state says nothing ("met her counterpart in Berlin", said of a
    German).  A counterpart holds the possessor's kind of state office when its own words give
    none ("Pakistan's army chief met his Afghan counterpart": Afghanistan's military).  Returns
    new entities for a placed counterpart, None otherwise (``ent``'s sector may be set in place)."""
    owner = next((actors[c.i] for c in children_of(tok) if c.dep_ == "poss" and c.i in actors), None)
    codes = {e.code for e in owner or () if e.code}
    if not codes:
        return None
    sectors = {e.sector for e in owner}
    sector = sectors.pop() if len(sectors) == 1 and sectors <= STATE_SECTORS else "GOV"
    own_words = phrase_tokens(tok, m)
    if ent is not None and ent.code and ent.code not in codes:
        if not any(t.i in m.sector_at for t in own_words):
            ent.sector = sector
        return None
    if ent is not None and ent.code:
        return None
    places = [e for e in _counterpart_places(tok, m) if e.code not in codes]
    if not places:
        return None
    first = min(t.i for t in own_words if m.deps[t.i] != "det" or t.i == tok.i)
    start, end = m.tokens[first].idx, tok.idx + len(tok)
    text = doc_text(tok.doc)[start:end]
    return [Entity(entity_text=text, code=code, sector=sector, name=None, span=(start, end))
            for code in dict.fromkeys(e.code for e in places)]


def _party_objects(head: Token) -> list[Token]:
    """The nouns naming whom the representative noun ``head`` speaks for, in order: the objects
    of its "from"/"of"/"for", of a "representing" participle or relative clause, and of "by" after
    "led"/"sent" (conjuncts not included)."""
    out = []
    for c in children_of(head):
        if c.dep_ == "prep" and c.lower_ in ("from", "of", "for"):
            out.extend(g for g in children_of(c) if g.dep_ == "pobj")
        elif c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "represent":
            out.extend(g for g in children_of(c) if g.dep_ == "dobj")
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in DELEGATING_VERBS:
            out.extend(g for a in children_of(c) if a.dep_ == "agent" for g in children_of(a) if g.dep_ == "pobj")
    return [g for g in out if pos_of(g) in ("NOUN", "PROPN", "PRON")]


def _represented_party(head: Token, m: _Mentions) -> tuple[Entity, bool] | None:
    """The coded party the representative noun ``head`` speaks for (:func:`_party_objects`), and
    whether that object names a state itself (a country, or its capital standing for it: "from
    Egypt") rather than people or a body of it ("of Brazilian players", "from the Israeli embassy");
    None when no object is coded."""
    for g in _party_objects(head):
        if pos_of(g) != "PRON":
            ent = code_phrase(g, m)
            if ent is not None and ent.code:
                hit = m.name_at.get(g.i)
                return ent, bool(hit and hit[1] is not None and hit[1].kind in ("country", "metonym"))
    return None


def _unknown_organisation(head: Token) -> Span | None:
    """The name of the organisation a capitalised organisational noun heads ("the National
    Indigenous Resistance Movement"), when the tagger reads it as one: the organisation entity's
    span without its article; else None."""
    if head.lower_ not in ORGANISATION_NOUNS or not head.is_title or head.ent_type_ != "ORG":
        return None
    for ent in head.sent.ents:
        if ent.start <= head.i < ent.end and ent.label_ == "ORG":
            toks = ent[1:] if ent[0].lower_ == "the" else ent
            return toks if len(toks) > 1 else None
    return None


#: Sectors of the parties a sector term may describe by name ("ETIM militants", "ETIM, a militant
#: group"): see :func:`_described_names`.
DESCRIBED_NAME_SECTORS = frozenset(w.upper() for w in _WORDS["described_name_sectors"])
#: Prepositions whose object is a place, not a party ("fighting in Darfur").
PLACE_PREPOSITIONS = frozenset(_WORDS["place_prepositions"])
#: Words that make an organisation the dictionaries do not know an armed group outside a state's
#: forces ("the Ogaden National Liberation Front"): REB.
ARMED_NAME_WORDS = frozenset(_WORDS["armed_name_words"])
#: Entity types of names that are places or people, never a group a sector term describes.
_NOT_GROUP_ENTS = frozenset({"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL",
                             "ORDINAL", "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"})


def _name_tokens(tok: Token) -> Span | None:
    """The proper name whose last word is the proper noun ``tok`` ("Ansar Dine" of "Dine"): the
    proper nouns set before it as its compound or flat parts; None when ``tok`` is itself part of
    a longer name to its right."""
    # (walked by token index in the document's tables: no token made for the words before)
    table = token_table(tok.doc)
    pos, deps, heads, i = table.pos, table.dep, table.head, tok.i
    if deps[i] in ("compound", "flat") and heads[i] > i and pos[heads[i]] == "PROPN":
        return None
    start = i
    while start > 0 and pos[start - 1] == "PROPN" and deps[start - 1] in ("compound", "flat") and start <= heads[start - 1] <= i:
        start -= 1
    return tok.doc[start:i + 1]


def _unknown_group_name(tok: Token, m: "_Mentions") -> Span | None:
    """The proper name ending at ``tok`` (:func:`_name_tokens`) when no dictionary knows any of
    its words and the tagger takes it for no person, place, date or thing; else None."""
    if pos_of(tok) != "PROPN" or tok.ent_type_ in _NOT_GROUP_ENTS or tok.text in _NOT_NAMES:
        return None
    if not (tok.is_title or tok.is_upper) or tok.i in m.name_at or tok.i in m.sector_at:
        return None  # (``tok`` ends the name: a known word of it answers before the name is found)
    name = _name_tokens(tok)
    if name is None or any(t.i in m.name_at or t.i in m.sector_at or t.ent_type_ in _NOT_GROUP_ENTS for t in name):
        return None
    return name


def _group_sector_of(tok: Token, m: "_Mentions", skip: Span | None = None) -> str | None:
    """The sector of :data:`DESCRIBED_NAME_SECTORS` that the sector term heading ``tok``'s words
    gives (``tok`` itself, else its compound and adjective modifiers, nearest the head first;
    the tokens of ``skip``, a name, left out), or None."""
    found = None
    if tok.i in m.sector_at and (skip is None or not skip.start <= tok.i < skip.end):
        found = m.sector_at[tok.i][1]
    else:
        mods = [c for c in children_of(tok) if c.dep_ in ("compound", "amod")
                and (skip is None or not skip.start <= c.i < skip.end)]
        for c in sorted(mods, key=lambda c: -c.i):
            found = _group_sector_of(c, m)
            if found is not None:
                break
    return found if found in DESCRIBED_NAME_SECTORS else None


def _group_noun(tok: Token) -> bool:
    """True for a noun that names a group, not one person: a plural ("militants") or a noun of a
    body ("a militant group", "a rebel coalition"), not "a former guerrilla fighter"."""
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_ in BODY_NOUNS or tok.lower_ in ORGANISATION_NOUNS


def _described_names(doc: Doc, m: "_Mentions", proper: list[int]) -> dict[str, str | None]:
    """Proper names no dictionary knows that a sector term of a group describes somewhere in the
    document, with that sector: as a modifier of the term ("ETIM militants", "the Seleka rebel
    coalition"), with the term in apposition ("ETIM, a militant group", "the rebel coalition,
    Seleka,"), with the term before it ("militant group ETIM") or as what a group is known as
    ("rebels known as Seleka").  A name described with two sectors maps to None.  ``proper``: the
    document's proper noun indexes."""
    out: dict[str, str | None] = {}
    # words of full personal names the tagger found (a lone unknown word it may take for a person's)
    people = {t.text for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e}
    for i in proper:
        tok = m.tokens[i]
        name = _unknown_group_name(tok, m)
        if name is None or any(t.text in people for t in name):
            continue  # ("President Jose Mujica ... Mujica, a former guerrilla": a person's name)
        sector = None
        if tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i:
            sector = _group_sector_of(tok.head, m, skip=name)
        if sector is None and tok.dep_ == "appos" and _group_noun(tok.head):
            sector = _group_sector_of(tok.head, m)
        if sector is None:
            for c in children_of(tok):
                if (c.dep_ == "appos" and _group_noun(c)) or (c.dep_ in ("compound", "amod")
                                                             and not name.start <= c.i < name.end):
                    sector = _group_sector_of(c, m)
                    if sector is not None:
                        break
        if (sector is None and tok.dep_ == "pobj" and tok.head.lower_ == "as"
                and tok.head.head.lemma_.lower() in ("know", "call", "name") and tok.head.head.dep_ == "acl"):
            sector = _group_sector_of(tok.head.head.head, m)  # "rebels known as Seleka"
        if sector is not None:
            key = name.text
            out[key] = sector if out.get(key, sector) == sector else None
    return out


#: Nouns of a group's own people ("Seleka fighters"): see :func:`_described_members`.
GROUP_MEMBER_NOUNS = frozenset(_WORDS["group_member_nouns"])


def _described_members(tok: Token, described: dict[str, str | None], m: "_Mentions") -> Entity | None:
    """The party a phrase headed by a noun of a group's people (:data:`GROUP_MEMBER_NOUNS`) with
    a described name before it stands for ("Seleka fighters looted villages"): that group, as
    :func:`_described_mention` gives it; else None."""
    if m.lowers[tok.i] not in GROUP_MEMBER_NOUNS:
        return None
    for c in children_of(tok):
        if c.dep_ == "compound" and c.i < tok.i:
            name = _unknown_group_name(c, m)
            if name is not None and described.get(name.text):
                first = min(name.start, *(d.i for d in children_of(tok) if d.dep_ != "det" and d.i < tok.i))
                start, end = m.tokens[first].idx, tok.idx + len(tok)
                return Entity(entity_text=doc_text(tok.doc)[start:end], code=None, sector=described[name.text],
                              name=name.text, span=(start, end))
    return None


def _described_mention(tok: Token, described: dict[str, str | None], m: "_Mentions") -> Entity | None:
    """The party a bare mention of a proper name that :func:`_described_names` found described
    stands for ("ETIM attacked a police station" after "ETIM militants"): that sector, no country
    (the event's place or the story may give one), the name as its name; None for another word,
    or for the name as the object of a preposition of place ("the fighting in Darfur")."""
    name = _unknown_group_name(tok, m)
    if name is None or described.get(name.text) is None:
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS:
        return None
    return Entity(entity_text=name.text, code=None, sector=described[name.text], name=name.text,
                  span=(name.start_char, name.end_char))


#: Nouns of one who speaks for or advises a party, with the prepositions that name the party:
#: "the spokesman for/of X", "an adviser/aide to X".
AGENT_OF_NOUNS = {k: tuple(v) for k, v in _WORDS["agent_of_nouns"].items()}


def _spoken_for_body(toks: list[Token], m: _Mentions) -> Entity | None:
    """The coded party whom a spokesman or adviser of the phrase ``toks`` (its head or an
    apposition) speaks for or advises, or None."""
    for t in toks:
        preps = AGENT_OF_NOUNS.get(t.lower_)
        if preps is None:
            continue
        for prep in children_of(t):
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for body in children_of(prep):
                    if body.dep_ == "pobj" and pos_of(body) in ("PROPN", "NOUN"):
                        ent = code_phrase(body, m)
                        if ent is not None and ent.code:
                            return ent
    return None


def _misparsed_apposition(tok: Token, actors: dict[int, list[Entity]]) -> Entity | None:
    """The uncoded named person that the description headed by ``tok`` stands in apposition to,
    when the parser hung both on the same verb as subjects ("Park Soo-hyun, the spokesman for
    ..., said"): the person's phrase ends right before a comma that opens ``tok``'s phrase.
    None otherwise."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    start = tok.left_edge.i
    if start < 2 or tok.doc[start - 1].text != ",":
        return None
    prev = tok.doc[start - 2]
    for sib in children_of(tok.head):
        if sib.i < start - 1 and sib.dep_ == tok.dep_ and pos_of(sib) == "PROPN" and sib.i == prev.i:
            found = actors.get(sib.i)
            if found and len(found) == 1 and found[0].name and found[0].code is None:
                return found[0]
    return None


def _from_objects(head: Token, m: "_Mentions") -> list[Token]:
    """The objects of "from" on ``head`` or on its "of"-object ("heads of state from Tunisia"),
    read from the document's tables ``m`` holds."""
    deps, lowers, kids = m.deps, m.lowers, m.kids
    if not kids[head.i]:
        return []  # (a bare word has no "from")
    # (plain loops: no generator or comprehension object per phrase head)
    holders = [head.i]
    for c in kids[head.i]:
        if deps[c.i] == "prep" and lowers[c.i] == "of":
            for g in kids[c.i]:
                if deps[g.i] == "pobj":
                    holders.append(g.i)
    found = []
    for h in holders:
        for c in kids[h]:
            if deps[c.i] == "prep" and lowers[c.i] == "from":
                for g in kids[c.i]:
                    if deps[g.i] == "pobj":
                        found.append(g)
    return found


def _origin_country(head: Token, m: "_Mentions") -> KBEntry | None:
    """The country (KB entry of kind country or adjective) named by a "from" object of ``head``
    (:func:`_from_objects`: "officials from Egypt"), or None."""
    for g in _from_objects(head, m):
        hit = m.name_at.get(g.i)
        if hit and hit[1] is not None and hit[1].kind in ("country", "adjective"):
            return hit[1]
    return None


def _in_possessor(tok: Token, head: Token) -> bool:
    """True when ``tok`` belongs to a possessor of the phrase headed by ``head`` ("Morsi" in
    "Morsi's lawyer")."""
    return _under_dep(tok, head, "poss")


def _own_subject(pronoun: Token) -> Token | None:
    """The subject of the clause whose object (direct, indirect or of one of its verb's
    prepositions) ``pronoun`` is, also one shared along "and" or an infinitive ("must stop
    appeasing Turkey and selling it arms": the UK).  A plain object pronoun never means the
    subject of its own clause (that would be "itself"), so that subject is no antecedent.  None
    for a pronoun that is no object."""
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif pronoun.dep_ not in ("dobj", "dative"):
        return None
    if pos_of(verb) not in ("VERB", "AUX"):
        return None
    while verb is not None:
        subj = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        if verb.dep_ in ("conj", "xcomp") and verb.head != verb:
            verb = verb.head
        else:
            return None
    return None


#: Verbs whose object is asked to do what their infinitive says: "urged Turkey to limit its
#: military actions" (Turkey's actions).
OBJECT_CONTROL_VERBS = frozenset(_WORDS["object_control_verbs"])


def _object_controller(verb: Token) -> Token | None:
    """The object of an object-control verb (:data:`OBJECT_CONTROL_VERBS`) whose infinitive
    complement ``verb`` is (through coordinated infinitives): "urged Turkey to de-escalate, limit
    its actions" -> Turkey; None otherwise."""
    while verb.dep_ == "conj" and verb.head != verb and pos_of(verb.head) in ("VERB", "AUX"):
        verb = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or verb.head == verb or verb.head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    return next((c for c in children_of(verb.head) if c.dep_ == "dobj" and pos_of(c) in ("PROPN", "NOUN")), None)


def _subject_of(tok: Token) -> Token | None:
    deps = token_table(tok.doc).dep  # (labels by token index)
    while tok is not None:
        subj = [c for c in children_of(tok) if deps[c.i] in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        if deps[tok.i] in ("conj", "xcomp", "advcl") and tok.head != tok:
            tok = tok.head
        else:
            return None
    return None


def _phrase_heads(doc: Doc) -> tuple[list[int], list[int]]:
    """Token indexes, in order, of (1) the phrases :func:`annotate_actors` codes: nouns, proper
    nouns and pronouns (and "old" of "the 33-year-old") that are no compound or flat part of a
    longer name, and (2) all proper nouns; read from the document's attribute arrays."""
    if not len(doc):
        return [], []
    strings = doc.vocab.strings
    arr = token_table(doc).array  # (the table's attribute array: not read from the document again)
    pos, dep, lower = (arr[:, TABLE_ATTRS.index(a)] for a in (POS, DEP, LOWER))
    word = (pos == PROPN) | (pos == NOUN) | (pos == PRON)
    if "old" in strings:
        word |= lower == strings["old"]
    part = numpy.zeros(len(doc), dtype=bool)
    for label in ("compound", "flat"):
        if label in strings:
            part |= dep == strings[label]
    return numpy.flatnonzero(word & ~part).tolist(), numpy.flatnonzero(pos == PROPN).tolist()


def annotate_actors(doc: Doc, nlp: Language, published: str | None = None, kb: ActorKB | None = None) -> Doc:
    """Fill ``doc._.actors`` {head token index: [Entity, ...]} for every actor noun phrase.

    ``nlp`` is the pipeline that made ``doc`` (its tokenizer builds the dictionary matchers,
    once per pipeline).  ``published`` ("YYYY-MM-DD") bounds people's roles (a president after
    leaving office is ELI).  A phrase denotes one entity, except group descriptions ("the two
    leaders") that denote several.  Pronouns and descriptions are resolved in document order,
    conservatively: a pronoun with more than one fitting antecedent stays unresolved.
    """
    kb = kb or load_kb()
    m = _Mentions(doc, kb, published, nlp)
    actors: dict[int, list[Entity]] = {}
    persons: list[Entity] = []  # named persons, in order of mention
    described: list[tuple[int, Entity]] = []  # sector descriptions ("the Finnish president")
    last_head: dict[str, int] = {}  # lemma of a coded common-noun phrase head -> its last token index
    head_at, proper = _phrase_heads(doc)
    heads = [m.tokens[i] for i in head_at]
    proper_at: dict[str, list[int]] = defaultdict(list)  # text of a proper noun -> its token indexes
    for i in proper:
        proper_at[m.tokens[i].text].append(i)
    described_names = _described_names(doc, m, proper)  # "ETIM militants ... ETIM attacked"
    lowers, lemmas = lowered(doc, LOWER), m.lemmas
    tags = token_table(doc).tag  # (the rules below start by testing the tag: read from the table first)
    for tok in heads:
        pos = m.pos[tok.i]  # pos_of(tok)
        if pos == "PRON":
            found = _resolve_pronoun(tok, actors, persons)
            if found:
                actors[tok.i] = found
            continue
        if (lowers[tok.i] == "individual" or lemmas[tok.i] == "old") and _person_anaphor(tok):
            found = _person_antecedent(tok, actors, persons)
            if found:
                phrase = doc[tok.left_edge.i:tok.i + 1]  # "The 33-year-old", not "old"
                actors[tok.i] = [replace(e, entity_text=phrase.text, span=(phrase.start_char, phrase.end_char))
                                 for e in found]
            continue
        if pos == "ADJ":
            continue
        ent = code_phrase(tok, m)
        if lemmas[tok.i] in COUNTERPART_NOUNS:
            placed = _counterpart(tok, ent, actors, m)
            if placed:
                actors[tok.i] = placed
                continue
        if ent is None:
            # (each of these takes a common noun, singular or plural, or a proper noun)
            # (each asked only when its first test, on the tag or the word, can pass)
            tag, group = tags[tok.i], None
            if tag == "NNS":  # "the two leaders", "both countries"
                group = _group_description(tok, persons) or _pair_of_states(tok, actors)
                if not group and lemmas[tok.i] in LEADER_PAIR_NOUNS:
                    # "the two leaders" with no two persons named: the leaders of the two states
                    group = _pair_of_states(tok, actors, LEADER_PAIR_NOUNS)
            elif tag == "NN":  # "the country"
                group = _the_country(tok, actors)
            if not group and tag == "NNS":  # "member states"
                group = _member_states(tok, actors)
            if not group and pos == "PROPN" and lowers[tok.i] in ELIDED_HALVES:  # "the North"
                group = _elided_country(tok, actors, kb)
            same = ([actors[j] for j in proper_at[tok.text] if j < tok.i and j in actors
                     and len(actors[j]) == 1 and actors[j][0].code and actors[j][0].name]
                    if pos == "PROPN" and not group else [])
            if not same and not group and pos == "PROPN":
                same = _defined_abbreviation(tok, proper_at, actors)
            named_kind = None
            if described_names and not group:
                named_kind = (_described_mention(tok, described_names, m) if pos == "PROPN"
                              else _described_members(tok, described_names, m))
            if group:
                actors[tok.i] = group
            elif named_kind is not None and not same:
                # "Seleka rebels ... Seleka seized the town", "ETIM, a militant group, attacked": a
                # name no dictionary knows, described by a group's sector term, is that kind of party
                actors[tok.i] = [named_kind]
            elif same and len({(e[0].code, e[0].name) for e in same}) == 1:
                # "Alaudin Nashir ... Nashir arrived": a name the tagger missed the second time is
                # the person coded under the same name before
                actors[tok.i] = _as_mention(tok, same[-1])
            elif (pos == "NOUN" and lemmas[tok.i] in BODY_NOUNS and _is_definite(tok) and tok.lemma_ in last_head
                  and not any(c.dep_ == "nummod" for c in children_of(tok))):  # "the two delegations" are not the last one
                # "an Islamic State cell ... Members of the cell": the last actor phrase headed
                # by the same noun is the one meant
                prev = actors.get(last_head[tok.lemma_])
                if prev and len(prev) == 1 and prev[0].code:
                    phrase = doc[tok.left_edge.i:tok.i + 1]
                    actors[tok.i] = [replace(prev[0], entity_text=phrase.text, span=(phrase.start_char, phrase.end_char))]
            else:
                # "Hamas ... the group said", "the EU ... the bloc", "the UN Security Council ...
                # the Council voted": the party of that kind named last in the story
                typed = _typed_antecedent(tok, actors, kb) if _may_name_again(lowers[tok.i], tag, kb) else None
                if typed:
                    actors[tok.i] = typed
            continue
        if (ent.code is None and ent.sector is None and ent.name and described_names.get(ent.name)
                and (ent.entity_text == ent.name or lowers[tok.i] in GROUP_MEMBER_NOUNS)):
            # "rebels known as Seleka ... Seleka (fighters) attacked": a described group's name the
            # tagger takes for a person's is still the group
            ent.sector = described_names[ent.name]
        if ent.code is None and ent.name is None:
            group = _pair_of_states(tok, actors)  # "the two governments": sector-only, yet two states
            if not group and tags[tok.i] == "NNS" and lemmas[tok.i] in LEADER_PAIR_NOUNS:
                # "the two leaders", "the leaders": the two persons named last, else the states
                # named together before ("Kenya's and Uganda's presidents met ... The leaders agreed")
                group = _group_description(tok, persons) or _pair_of_states(tok, actors, LEADER_PAIR_NOUNS)
            if group:
                actors[tok.i] = group
                continue
        if ent.code is None and ent.name is None and _is_definite(tok):
            # "the president" after "the Finnish president": the same office, the same country
            # ("An Israeli military court indicted ... [two sentences] ... The court indicted"):
            # further back, the last mention headed by the same noun is the one meant, if coded
            boundary = _previous_sentence_token(tok.sent)
            for prev_tok_i, prev in reversed(described):
                if prev.sector != ent.sector or not _same_body(doc[prev_tok_i].lemma_, tok.lemma_):
                    continue
                if prev.code and _passing_mention(doc[prev_tok_i], prev.code, m):
                    continue  # "brokered by ... the Swiss government" in a story about Nigeria: "the government" is Nigeria's
                if prev.code:
                    ent.code, ent.name = prev.code, prev.name
                    break
                if prev_tok_i < boundary:
                    break
        if ent.name is None and (ent.code is None or ent.code == ent.sector in BODY_OF_STATES_SECTORS):
            # "Hezbollah ... the militia", "Hamas ... the militant group", "Ecowas ... the regional
            # bloc": a sector term that names again the group of its kind told last by its name
            typed = _typed_antecedent(tok, actors, kb) if _may_name_again(lowers[tok.i], tags[tok.i], kb) else None
            if typed:
                actors[tok.i] = typed
                continue
        if ent.code is None and ent.name is None and tok.lower_ in TITLE_NOUNS and _is_titled_definite(tok):
            # "the spokesman for South Korean President Moon Jae-in said the President's office
            # ...": the title just given to a named person is that person
            boundary = _previous_sentence_token(tok.sent)
            for p in reversed(persons):
                if p.span and p.code and p.span[0] < tok.idx and p.span[0] >= doc[boundary].idx \
                        and tok.lower_ in p.entity_text.lower().split():
                    ent.code, ent.name = p.code, p.name
                    break
        if ent.code is None and lemmas[tok.i] not in ALLY_NOUNS:
            # "the President's office", "its military forces": whose they are says whose country;
            # a country or organisation owner is read by code_phrase already ("Israel's ally" is not Israel's)
            # ("the nation's ruling party": a "the nation" resolved to the state named before)
            # (a bare head, most often, has no possessor to look for: no generator)
            kids = children_of(tok)
            owner = next((c for c in kids if m.deps[c.i] == "poss" and c.i in actors
                          and (c.lower_ in TITLE_NOUNS or c.tag_ == "PRP$" or actors[c.i][0].name
                               or c.lower_ in ("country", "nation"))), None) if kids else None
            if owner is not None and len(actors[owner.i]) == 1 and actors[owner.i][0].code:
                ent.code = actors[owner.i][0].code
        if (ent.code is None and ent.name and tok.dep_ == "appos" and tok.i in m.name_at
                and m.name_at[tok.i][1] is None and len(actors.get(tok.head.i, ())) == 1):
            # "Niger's foreign minister, Alaudin Nashir,": an unknown person set in apposition to a
            # coded office is the holder of that office, of its country and sector
            title = actors[tok.head.i][0]
            if title.code and title.sector and tok.head.lower_ in TITLE_NOUNS:
                ent.code, ent.sector = title.code, ent.sector or title.sector
        if ent.sector and not ent.name:
            described.append((tok.i, ent))
        if ent.name is None and ent.code and ent.sector == "GOV" and tok.lower_ in DESCRIPTION_NOUNS:
            same = {p.name for p in persons if p.code == ent.code and p.sector == "GOV"}
            if len(same) == 1:
                ent.name = same.pop()
        if ent.name and tok.i in m.name_at and m.name_at[tok.i][1] is None:
            # a bare surname of an unknown person takes the full mention coded earlier
            for p in reversed(persons):
                if p.name and p.name != ent.name and tok.text in (p.name.split()[-1], p.name.split()[0]) and p.code:
                    ent.code, ent.sector, ent.name = p.code, p.sector, p.name
                    break
            else:
                # "UN Spokesperson Stephane Dujarric told ... said Dujarric": the tagger may not
                # have taken the first mention for a person; one earlier phrase headed by the same
                # proper noun, with one coded entity, is the same one
                same = [actors[j] for j in actors if j < tok.i and m.pos[j] == "PROPN" and m.tokens[j].text == tok.text
                        and len(actors[j]) == 1 and actors[j][0].code]
                if same and ent.code is None and len({e[0].code for e in same}) == 1:
                    ent.code, ent.sector = same[-1][0].code, ent.sector or same[-1][0].sector
        if ent.name and ent.code is None and ent.sector is None and tok.i in m.name_at and m.name_at[tok.i][1] is None \
                and not any(p.name == ent.name for p in persons):
            # "indicted a teenage Palestinian girl ... Palestinians hailed Ahed Tamimi, 16": the
            # first unknown person named after one introduced by nationality alone is that person
            ent.code = _introduced_country(tok, actors, persons)
            first = _untagged_first_mention(tok, actors)
            if ent.code is None and first is not None:
                # "indicted a Palestinian girl ... Israel has held Ahed Tamimi since ...": the
                # tagger may miss the name where it is introduced; its first mention is the one
                # the introduction is read against
                ent.code = _introduced_country(first, actors, persons)
        if ent.name and tok.i in m.name_at and (m.name_at[tok.i][1] is None or m.name_at[tok.i][1].kind == "person"):
            persons.append(ent)
        actors[tok.i] = _each_state(tok, ent, m) or [ent, *_coordinated_modifiers(tok, ent, m)]
        if ent.code and ent.sector and ent.name is None:
            titled = _misparsed_apposition(tok, actors)
            if titled is not None:
                # "Park Soo-hyun, the spokesman for President Moon, said": the parser may make the
                # name and its title two subjects of "said"; the title still describes the person
                titled.code, titled.sector = ent.code, titled.sector or ent.sector
        if pos == "NOUN":
            last_head[tok.lemma_] = tok.i
    for tok in heads:
        if lemmas[tok.i] in REPRESENTATIVE_NOUNS and pos_of(tok) == "NOUN" and not any(
                e.code for e in actors.get(tok.i, ())):
            found = _represented_group(tok, actors)
            if found:
                actors[tok.i] = found
    for tok in (doc[i] for i in pos_indexes(doc, PRONOUN) if lowers[i] in SPEAKER_PRONOUNS):
        if tok.i not in actors:
            found = _speaker(tok, actors)
            if found:
                actors[tok.i] = found
    doc.user_data[_ACTORS_KEY] = actors  # doc._.actors = actors (without making the accessor)
    doc.user_data[_SEAT_PLACES_KEY] = [m.name_at[i][1].code for i in sorted(m.capital_places - m.capital_parties)]
    return doc


#: Modifiers a definite description that names a party again may carry ("the militant group").
ANTECEDENT_KIND_WORDS = frozenset(_WORDS["antecedent_kind_words"])
#: Head nouns of organisation names too generic to name the organisation again alone ("the army").
NAME_HEAD_EXCLUDED = frozenset(_WORDS["name_head_excluded"])
#: Dependents that make a description a new party rather than one named before ("the group of
#: countries", "the other group", "the two groups", "its alliance").
_NEW_PARTY_DEPS = frozenset({"poss", "nummod", "appos", "conj"})


#: Tags of the nouns :func:`_typed_antecedent` takes.
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _may_name_again(word: str, tag: str, kb: ActorKB) -> bool:
    """Whether a noun with lower-case form ``word`` and tag ``tag`` can pass the first tests of
    :func:`_typed_antecedent` (a type word, or the head of an organisation's name), read from the
    document's tables: when it cannot, that function need not be asked."""
    return tag in _NOUN_TAGS and (word in kb.type_words or word in _org_head_words(kb) or word in ORGANISATION_NOUNS)


def _typed_antecedent(tok: Token, actors: dict[int, list[Entity]], kb: ActorKB) -> list[Entity] | None:
    """The party that a definite description headed by a type word names again: "Hamas ... the
    group said", "the EU ... the 27-nation bloc", "the UN Security Council ... the Council voted",
    "Hezbollah ... the militia".

    The word (its form as written, so "the groups" is no "group") must be the head of the named
    organisation's KB name, or a row of ``actors/kb/type_words.tsv`` must list the organisation's
    code and sector or its name (:meth:`ActorKB.type_word_fits`), or it must be the head of the
    full name of an organisation no dictionary knows (:func:`_unknown_body_named`).  Of the parties
    told before it in the story that fit, the last one is taken; it is left open (None) when its
    sentence names another that fits, when an organisation of another kind was named since, or
    when an uncoded phrase with the same head was told since.  The head-noun reading needs a
    capital for a sector term ("the Union" may be the EU, "the union" is a trade union).  Only
    "the" (or "this"/"that") with kind words (:data:`ANTECEDENT_KIND_WORDS`) before the noun
    counts; an "of"-phrase, a restrictive relative clause, a participle ("known as"), a number or a
    possessor makes a new party.  Returns the party as a mention of this phrase, or None."""
    word = tok.lower_
    if tok.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    by_head = word not in NAME_HEAD_EXCLUDED and (tok.text[:1].isupper() or word not in kb.sectors)
    if word not in kb.type_words and not (by_head and (word in _org_head_words(kb) or word in ORGANISATION_NOUNS)):
        return None
    kids = children_of(tok)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids):
        return None
    for c in kids:
        if c.dep_ in _NEW_PARTY_DEPS or (c.dep_ == "prep" and c.lower_ == "of"):
            return None
        if c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in ANTECEDENT_KIND_WORDS:
            return None
        if c.dep_ == "relcl" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text != ",":
            return None  # "the group that claimed the attack": told by the clause, not before
        if c.dep_ == "acl":
            return None  # "the rebel group known as the Southern Front": named by the participle
    doc = tok.doc
    start = tok.left_edge.i
    # a sector term ("the militia", "the militant group") names a party told near it: its own sentence or
    # the :data:`SECTOR_TERM_LOOKBACK` before; a type word alone may reach back over the story
    first = (_sentence_token_back(tok.sent, SECTOR_TERM_LOOKBACK) if word in kb.sectors else 0)
    found: Entity | None = None
    sent_start = found_at = -1
    other_body = False  # an organisation not of the word's kind told since: it may be the one meant
    for j in sorted((j for j in actors if first <= j < start), reverse=True):
        if found is not None and j < sent_start:
            break
        for e in actors[j]:
            if not (kb.type_word_fits(word, e.code, e.sector, e.name, by_head=by_head)
                    or (by_head and _unknown_body_named(e, word))):
                if found is None and e.name and (e.name in kb.org_heads or _unknown_body_named(e, e.name.split()[-1].lower())):
                    other_body = True  # "al-Nusra ... The White Helmets ... the group's volunteers"
                continue
            if other_body:
                return None
            if found is None:
                found, sent_start, found_at = e, doc[j].sent.start, j
            elif (e.code, e.name) != (found.code, found.name):
                return None  # two of that kind told in one sentence: which one is meant?
    if found is None:
        return None
    lemmas = lowered(doc, LEMMA)
    if any(lemmas[k] == lemmas[tok.i] and k not in actors and pos_of(doc[k]) == "NOUN"
           for k in range(found_at + 1, start)):
        return None  # "Amnesty said ... a group of protesters ... the group": the uncoded one told since
    phrase = doc[start:tok.i + 1]
    return [replace(found, entity_text=phrase.text, span=(phrase.start_char, phrase.end_char))]


def _unknown_body_named(e: Entity, word: str) -> bool:
    """True when ``e`` is an organisation the dictionaries do not know, named in full with ``word``
    (an organisational noun) as its head: "the National Resistance Movement ... the movement"."""
    return (e.code is None and bool(e.name) and word in ORGANISATION_NOUNS
            and e.name.split()[-1].lower() == word)


#: How many sentences before its own a sector term ("the rebels") looks back for a named party.
SECTOR_TERM_LOOKBACK = 2


def _sentence_token_back(sent: Span, n: int) -> int:
    """The index of the first token of the sentence ``n`` sentences before ``sent`` (or of the
    document's first sentence, when there are fewer)."""
    while n > 0 and sent.start > 0:
        sent = sent.doc[sent.start - 1].sent
        n -= 1
    return sent.start


@lru_cache(maxsize=4)
def _org_head_words(kb: ActorKB) -> frozenset[str]:
    """The head nouns of the KB's organisation names (:attr:`ActorKB.org_heads`), as a set."""
    return frozenset(kb.org_heads.values())


#: Nouns of organised bodies that "the <noun>" names again after a fuller mention ("an Islamic State
#: cell ... the cell", "the Kurdish-led alliance ... the alliance").
BODY_NOUNS = frozenset(_WORDS["body_nouns"])


def _represented_group(tok: Token, actors: dict[int, list[Entity]]) -> list[Entity] | None:
    """For a representative noun the dictionaries left uncoded, the parties its object was resolved
    to in the story ("representatives of the two countries", "representatives from both countries",
    "a delegation of the group"), each as a mention of this phrase, a state's in the GOV sector; the
    object's own sector word for a sector-only phrase ("representatives of the workers") is kept
    where it is.  None when no object names a coded party."""
    own = actors.get(tok.i, ())
    own_sector = own[0].sector if len(own) == 1 else None
    for g in _party_objects(tok):
        found = [e for e in _with_conjuncts(g, actors) if e.code]
        if found:
            span = tok.doc[tok.left_edge.i:tok.i + 1]
            state = pos_of(g) == "PROPN" or g.lemma_.lower() in STATE_NOUNS | STATE_PAIR_NOUNS
            return [Entity(entity_text=span.text, code=e.code, sector=own_sector or e.sector or (
                "GOV" if state and _is_state_code(e.code) else None), name=None,
                span=(span.start_char, span.end_char)) for e in found]
    return None


#: Codes of bodies whose members are states ("member countries" of the IMF, "member states").
MEMBERSHIP_CODES = frozenset({"IGO", "UNO", "EUR"})


def _member_states(tok: Token, actors: dict[int, list[Entity]]) -> list[Entity] | None:
    """"member countries" / "its member states" with no country of their own: the states of the
    intergovernmental body named with them ("its") or before them in their sentence, else in the
    sentence before, when only one code of such a body is named there."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in ("country", "state", "nation", "government") or not any(
            c.dep_ in ("compound", "amod") and c.lower_ == "member" for c in children_of(tok)):
        return None
    owners = [c for c in children_of(tok) if c.dep_ == "poss"]
    if owners:
        codes = {e.code for e in actors.get(owners[0].i, ()) if e.code in MEMBERSHIP_CODES}
    else:
        codes = set(_codes_in_window(tok, actors, lambda code: code in MEMBERSHIP_CODES))
    if len(codes) != 1:
        return None
    span = tok.doc[tok.left_edge.i:tok.i + 1]
    return [Entity(entity_text=span.text, code=codes.pop(), sector="GOV", name=None,
                   span=(span.start_char, span.end_char))]


def _each_state(head: Token, ent: Entity, m: _Mentions) -> list[Entity] | None:
    """One entity per state when the phrase coded ``ent`` owes its code to a name of several
    states at once ("the two Koreas", "both Koreas", "the leaders of the two Koreas": North and
    South Korea, see ``country_groups.tsv``); None for any other phrase."""
    if not m.group_at or not ent.code:
        return None
    for t in phrase_tokens(head, m):
        if t.i in m.group_at:
            entry = m.name_at[t.i][1]
            if entry.code == ent.code:
                return [replace(ent, code=code) for code in entry.codes]
    return None


def _coordinated_modifiers(head: Token, ent: Entity, m: _Mentions) -> list[Entity]:
    """The other parties of coordinated nationality modifiers: "U.S. and Russian negotiators",
    "French and Egyptian warships" are two actors with the head's sector, as are coordinated
    countries of an "of"-phrase ("the foreign ministers of Egypt and Jordan").  ``ent`` is the phrase
    coded with the first; returns an Entity (same text, span and sector) per other country."""
    if ent.name or ent.code is None:
        return []
    deps, kids = m.deps, m.kids[head.i]
    if not kids:
        return []  # a bare word has no modifiers, "of"-, "from"- or party objects
    mods = [t for t in kids if t.i in m.name_at and deps[t.i] in ("amod", "compound", "nmod")]
    # "the leaders of Mexico, Canada and the United States": the countries of the "of"-phrase
    # that codes the phrase are parties alike (phrase_tokens takes only the first of them)
    mods += [g for c in kids if deps[c.i] == "prep" and m.lowers[c.i] == "of"
             for g in m.kids[c.i] if g.i in m.name_at and deps[g.i] == "pobj" and g.ent_type_ in ("GPE", "NORP")]
    mods += [g for g in _from_objects(head, m) if g.i in m.name_at]  # "officials from Egypt and Jordan"
    if m.lemmas[head.i] in REPRESENTATIVE_NOUNS:  # "a delegation representing Egypt and Jordan"
        mods += [g for g in _party_objects(head) if g.i in m.name_at]
    out, seen = [], {ent.code}
    for mod in mods:
        for conj in [c for c in mod.subtree if c.dep_ == "conj" and c.i in m.name_at]:
            entry = m.name_at[conj.i][1]
            if entry is not None and entry.kind in ("country", "adjective") and entry.code not in seen:
                seen.add(entry.code)
                out.append(Entity(entity_text=ent.entity_text, code=entry.code, sector=ent.sector, name=None,
                                  span=ent.span))
    return out


def _speaker(tok: Token, actors: dict[int, list[Entity]]) -> list[Entity] | None:
    """The speaker of a first-person pronoun: the subject of the reporting verb of its sentence
    ("'We will respond,' the foreign minister said"), when that is a known actor and not itself
    a first-person pronoun.  None otherwise (the quote's speaker is elsewhere or unknown)."""
    for verb in _reporting_verbs(tok.sent):
        if verb in tok.ancestors or any(tok in c.subtree for c in children_of(verb) if c.dep_ in ("ccomp", "parataxis")) \
                or tok.head.i == verb.i and tok.dep_ != "nsubj":
            subj = [c for c in children_of(verb) if c.dep_ == "nsubj" and c.i != tok.i]
            if subj and subj[0].lower_ not in SPEAKER_PRONOUNS and actors.get(subj[0].i):
                return _as_mention(tok, actors[subj[0].i])
    return _speaker_after_quote(tok, actors) or _speaker_before_quote(tok, actors)


def _reporting_verbs(sent: Span) -> list[Token]:
    """The verbs of ``sent`` (also auxiliaries) whose lemma is a reporting verb, in order, found by
    the document's lower-case lemmas (no token made for the other words)."""
    doc = sent.doc
    lemmas = lowered(doc, LEMMA)
    return [verb for verb in (doc[j] for j in range(sent.start, sent.end) if lemmas[j] in REPORTING_VERBS)
            if pos_of(verb) in ("VERB", "AUX")]


#: Quotation marks that open or close a quoted sentence.
QUOTES = "\"“”‘’'"


def _speaker_after_quote(tok: Token, actors: dict[int, list[Entity]]) -> list[Entity] | None:
    """The speaker of a first-person pronoun in a quoted sentence with no reporting verb of its
    own, named by the next sentence's reporting clause ("“We have lodged a firm protest.” / Abe
    told reporters ..." or "... , said Abe."): the subject of that sentence's first reporting
    verb, when it is a known actor and the next sentence starts right after the quote."""
    sent = tok.sent
    text = span_text(sent).strip()
    if not text or text[0] not in QUOTES and text[-1] not in QUOTES:
        return None
    if sent.end >= len(tok.doc):
        return None
    nxt = tok.doc[sent.end].sent
    for verb in _reporting_verbs(nxt)[:1]:  # the first reporting verb decides
        subj = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ not in SPEAKER_PRONOUNS and actors.get(subj[0].i):
            return _as_mention(tok, actors[subj[0].i])
    return None


def _quote_start(tok: Token) -> int | None:
    """Character offset of the quotation mark that opens the quotation ``tok`` stands in, or
    None when it is not quoted.  A mark followed by a word opens (a second opener before any
    closer continues the same quotation, as a reopened paragraph does), one that follows a word or
    punctuation closes; a quotation runs on over sentences but not over a paragraph break."""
    marks = _quote_marks(tok.doc)
    k = bisect.bisect_left(marks, (tok.idx, -2))
    return marks[k - 1][1] if k and marks[k - 1][1] >= 0 else None


def _quote_marks(doc: Doc) -> list[tuple[int, int]]:
    """For one document, sorted ``(offset, open quotation start or -1)``: at each quotation mark
    and paragraph break, where the quotation open after it starts (-1: none).  Computed once per
    document in one pass (cached in ``doc.user_data``), so that a long text with many pronouns
    stays linear."""
    cached = doc.user_data.get(_QUOTES_KEY)
    if cached is not None:
        return cached
    text = doc_text(doc)
    out: list[tuple[int, int]] = []
    start = -1
    for m in re.finditer(r'["“”]|\n\s*\n', text):
        i, ch = m.start(), m.group()
        if ch[0] == "\n":
            start = -1
        else:
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if ch == "“" or (ch == '"' and nxt.isalnum()):
                start = i if start < 0 else start
            else:
                start = -1
        out.append((i, start))
    doc.user_data[_QUOTES_KEY] = out
    return out


_QUOTES_KEY = "newsevents.actors.quote_marks"
_STARTS_KEY = "newsevents.actors.token_starts"


def _speaker_before_quote(tok: Token, actors: dict[int, list[Entity]]) -> list[Entity] | None:
    """The speaker of a first-person pronoun in a quotation introduced by a reporting clause
    ending in a colon ("Abe also said: “... we have lodged a firm protest. We have also
    requested ...”"): the subject of that clause's reporting verb, when it is a known actor."""
    start = _quote_start(tok)
    if start is None:
        return None
    doc = tok.doc
    before = doc_text(doc)[:start].rstrip()
    if not before.endswith(":"):
        return None
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_STARTS_KEY] = [t.idx for t in doc]  # token offsets, once per document
    k = bisect.bisect_right(starts, len(before) - 1) - 1
    if k < 0:
        return None
    colon = doc[k]
    for verb in _reporting_verbs(colon.sent):
        if verb.i < colon.i:
            subj = [c for c in children_of(verb) if c.dep_ == "nsubj"]
            if subj and subj[0].lower_ not in SPEAKER_PRONOUNS and actors.get(subj[0].i):
                return _as_mention(tok, actors[subj[0].i])
    return None


#: Head nouns that name one body of people, for a definite reference back ("Israeli troops ...
#: the soldiers", "Kenyan police ... the officers").
BODY_WORDS = tuple(map(frozenset, _WORDS["body_words"]))


def _same_body(a: str, b: str) -> bool:
    """Whether two head lemmas name the same body (equal, or both in one set of :data:`BODY_WORDS`)."""
    a, b = a.lower(), b.lower()
    return a == b or any(a in words and b in words for words in BODY_WORDS)


#: Head nouns of definite descriptions that can name the one office holder of a country.
DESCRIPTION_NOUNS = set(_WORDS["description_nouns"])


def _group_description(tok: Token, persons: list[Entity]) -> list[Entity] | None:
    """"the two leaders" / "both presidents": the two most recent distinct named persons.  Only a
    noun of persons counts: "both countries", "the two sides" name states or parties, not the last
    two people named (:func:`_pair_of_states`)."""
    if tok.tag_ != "NNS" or not any(c.lower_ in ("two", "both") for c in children_of(tok)):
        return None
    if tok.lemma_.lower() in STATE_PAIR_NOUNS:
        return None
    named = list({p.name: p for p in reversed(persons)}.values())[:2]
    if len(named) != 2:
        return None
    span = tok.doc[tok.left_edge.i:tok.i + 1]
    return [replace(p, entity_text=span.text, span=(span.start_char, span.end_char)) for p in reversed(named)]


#: Nouns that, as "the two X" or "both X", stand for the two states just named.
STATE_PAIR_NOUNS = frozenset(_WORDS["state_pair_nouns"])


def _plain_definite_plural(tok: Token) -> bool:
    """"the countries" (also "the countries' envoys", "the country"): a bare definite, with no
    modifier that would make it a new set ("the other countries", "the African countries", "the
    countries of ...")."""
    return (any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok))
            and all(c.dep_ in ("det", "case") for c in children_of(tok)))


#: Number words that count a group of parties named before ("the three countries").
GROUP_COUNTS = dict(_WORDS["group_counts"])


def _coordinated_group(tok: Token, actors: dict[int, list[Entity]], states: bool) -> list[Entity] | None:
    """The parties of the last coordination of coded parties before ``tok`` in the story ("Kenya
    and Uganda", "the Government of Kenya and the Government of Uganda", "the army and the rebels");
    with ``states`` only states count, one per country.  None when a conjunct names no such party."""
    doc = tok.doc
    for j in sorted((j for j in actors if j < tok.i), reverse=True):
        conj = [c for c in doc[j].conjuncts if c.i in actors]
        if not conj and doc[j].dep_ != "conj" and pos_of(doc[j]) == "NOUN" and doc[j].tag_ == "NNS":
            # "the Egyptian and Soviet leaders": one plural noun whose coordinated modifiers name
            # the parties (each coded on the noun)
            mods = [c for c in children_of(doc[j]) if c.dep_ in ("amod", "compound")
                    and any(g.dep_ == "conj" for g in children_of(c))]
            parties = _distinct_parties((j,), actors, states)
            if mods and len(parties) >= 2:
                return parties
        if doc[j].dep_ == "conj" or not conj:
            continue
        parties = _distinct_parties((j, *(c.i for c in conj)), actors, states)
        if states and not parties:
            # "Cameroon and San Marino signed ... to send more police and soldiers ... the two
            # countries": a coordination that names no state at all is no pair of states; look further back
            continue
        return parties if len(parties) == len(conj) + 1 else None
    return None


def _distinct_parties(indexes: tuple[int, ...], actors: dict[int, list[Entity]], states: bool) -> list[Entity]:
    """The coded parties on the token ``indexes`` (``actors``: token index -> its entities), the
    first of each: with ``states`` only states, one per country; else one per code, sector and name."""
    parties: dict[tuple, Entity] = {}
    for i in indexes:
        for e in actors[i]:
            if e.code and (not states or _is_state_code(e.code)):
                parties.setdefault((e.code,) if states else (e.code, e.sector, e.name), e)
    return list(parties.values())


#: Nouns of office holders that, as "the two X", "both X" or a bare "the X", stand for the leaders
#: of the two states just named when no two persons are ("the two leaders agreed").
LEADER_PAIR_NOUNS = frozenset(_WORDS["leader_pair_nouns"])


def _pair_of_states(tok: Token, actors: dict[int, list[Entity]],
                    kinds: frozenset[str] = STATE_PAIR_NOUNS) -> list[Entity] | None:
    """"the two countries" / "both governments": the two states named before it in its sentence
    (else in the sentence before), when exactly two are; each as a mention of this phrase.  Failing
    that, and for a bare "the countries" or "the three countries", the states last named together
    ("Kenya and Uganda ... the countries agreed"), when as many as the phrase counts; "the two
    sides" may also be the two parties of such a pair that are not states ("the army and the
    rebels ... the two sides").  ``kinds``: the head nouns that may so name states (the leaders of
    states for :data:`LEADER_PAIR_NOUNS`, coded GOV)."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in kinds:
        return None
    counts = [GROUP_COUNTS[c.lower_] for c in children_of(tok)
              if c.lower_ in GROUP_COUNTS and c.dep_ in ("nummod", "det", "predet", "amod")]
    side = tok.lemma_.lower() == "side"
    if not counts and not (_plain_definite_plural(tok) and not side):
        return None
    span = tok.doc[tok.left_edge.i:tok.i + 1]
    sector = "GOV" if tok.lemma_.lower() in ("government", "delegation") or kinds is LEADER_PAIR_NOUNS else None
    window = _codes_in_window(tok, actors) if counts == [2] else []
    if len(window) > 2:
        # "New Zealand ... Mali, reports BBC Monitoring. The two countries": a news outlet is no
        # party; nor is a venue ("the presidents of Andorra and Latvia met in Baku. ... the two
        # countries"), when the two left are the states last named together
        parties = _codes_in_window(tok, actors, parties_only="outlets")
        if len(parties) == 2 and not all(_named_as_party(tok, actors, c) for c in parties):
            parties = []  # "told BBC Monitoring from Ouagadougou": a place, not a party
        if len(parties) != 2:
            parties = _codes_in_window(tok, actors, parties_only="venues")
            group = _coordinated_group(tok, actors, states=True) if len(parties) == 2 else None
            parties = parties if group and {e.code for e in group} == set(parties) else []
        window = parties if len(parties) == 2 else window
    if len(window) == 2:
        return [Entity(entity_text=span.text, code=c, sector=sector, name=None, span=(span.start_char, span.end_char))
                for c in window]
    group = _coordinated_group(tok, actors, states=not side)
    if (not group or len(group) < 2 or (counts and len(group) != counts[0]) or len(window) > 2
            or (window and window[0] not in {e.code for e in group})):
        # another number of parties, or the states named nearer are others; "the two countries"
        # may still be the two states its sentence and the one before name between them
        # ("Montenegro says it ... Although ... neighbouring Albania, the two countries ...")
        # (not a conjunct: "Japan and the two former colonial powers" are two others)
        spread = (_codes_in_window(tok, actors, spread=True)
                  if counts == [2] and not side and tok.dep_ != "conj" and not tok.conjuncts else [])
        if len(spread) == 2:
            return [Entity(entity_text=span.text, code=c, sector=sector, name=None,
                           span=(span.start_char, span.end_char)) for c in spread]
        if side and counts == [2] and tok.dep_ != "conj" and not tok.conjuncts:
            # "The Mozambican government held talks with Renamo rebels ... The two sides agreed":
            # the two parties, of one country or none, that the sentence before names
            parties = _parties_in_window(tok, actors)
            if len(parties) == 2:
                return [replace(e, entity_text=span.text, span=(span.start_char, span.end_char)) for e in parties]
        if (counts == [2] and tok.dep_ != "conj" and not tok.conjuncts
                and set(_codes_in_window(tok, actors, parties_only="venues")) <= set(_last_pair_codes(tok, actors, kinds))):
            # "... according to the two sides [Namibia and Angola]. The sides agreed ... Armed
            # forces from both sides": the pair named so before, with no other state named since as
            # a party (a news outlet, a venue or a body of states does not count: "the two states
            # signed the agreement in Ouagadougou as the African Union met ... Chad's minister told
            # BBC Monitoring from Ouagadougou ... the two countries are aiming to boost trade")
            again = _pair_named_before(tok, actors, kinds)
            if again:
                return [replace(e, entity_text=span.text, span=(span.start_char, span.end_char)) for e in again]
        return None
    if side:
        return [replace(e, entity_text=span.text, span=(span.start_char, span.end_char)) for e in group]
    return [Entity(entity_text=span.text, code=e.code, sector=sector, name=None, span=(span.start_char, span.end_char))
            for e in group]


def _pair_named_before(tok: Token, actors: dict[int, list[Entity]], kinds: frozenset[str]) -> list[Entity] | None:
    """The two parties of the last earlier "the two X" / "both X" (X one of ``kinds``) resolved to
    two parties, when every state named between it and ``tok`` is one of those two (a news outlet
    or a venue aside: :func:`_news_outlet`, :func:`_venue`) ("according to the two sides ... Armed
    forces from both sides": the same two).  None otherwise."""
    j = _last_pair_at(tok, actors, kinds)
    if j is None:
        return None
    ents = actors[j]
    pair = {e.code for e in ents}
    if len(pair) != 2 or None in pair:
        return None
    between = {e.code for i in actors if j < i < tok.i and not _news_outlet(actors[i]) and not _venue(tok.doc[i])
               for e in actors[i] if e.code and _is_state_code(e.code)}
    return ents if between <= pair else None


def _last_pair_at(tok: Token, actors: dict[int, list[Entity]], kinds: frozenset[str]) -> int | None:
    """The index of the last "the two X" / "both X" (X one of ``kinds``) before ``tok`` resolved to
    two entities, or None."""
    doc = tok.doc
    for j in sorted((j for j in actors if j < tok.i), reverse=True):
        t = doc[j]
        if (t.tag_ == "NNS" and t.lemma_.lower() in kinds and len(actors[j]) == 2
                and any(c.lower_ in GROUP_COUNTS and GROUP_COUNTS[c.lower_] == 2 for c in children_of(t))):
            return j
    return None


def _last_pair_codes(tok: Token, actors: dict[int, list[Entity]], kinds: frozenset[str]) -> set[str]:
    """The codes of the last "the two X" resolved before ``tok`` (:func:`_last_pair_at`); empty if none."""
    j = _last_pair_at(tok, actors, kinds)
    return {e.code for e in actors[j] if e.code} if j is not None else set()


def _parties_in_window(tok: Token, actors: dict[int, list[Entity]]) -> list[Entity]:
    """The distinct parties (each with a code or a sector) the sentence before ``tok``'s names, in
    text order, when its own sentence names none before it (there "the two sides" are as often
    others: "killed in clashes between the two sides"); a state named bare and its government are
    one party, and a place named with a preposition of place is none.  [] otherwise, and when that
    sentence names a person, a pronoun or parties counted ("the two parties") among them."""
    def parties(start: int, end: int) -> tuple[list[Entity], list[int]]:
        """The parties named in tokens ``start..end-1``, and the head token of each one's first mention."""
        found: dict[tuple, Entity] = {}
        heads: dict[tuple, int] = {}
        for i in sorted(j for j in actors if start <= j < end):
            t = tok.doc[i]
            if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPOSITIONS:
                continue  # "talks with Renamo rebels in Maputo": where, not a side
            if (t.ent_type_ == "PERSON" or t.lower_ in TITLE_NOUNS or t.pos_ == "PRON"
                    or any(c.lower_ in GROUP_COUNTS for c in children_of(t))):
                return [], []  # a person, or parties counted ("the two parties"): which are the sides is unclear
            for e in actors[i]:
                if e.code or e.sector:
                    state = _is_state_code(e.code)
                    key = (e.code, "GOV" if state and e.sector is None else e.sector, None if state else e.name)
                    found.setdefault(key, e)
                    heads.setdefault(key, i)
        return list(found.values()), list(heads.values())

    if tok.sent.start == 0 or parties(tok.sent.start, tok.i)[0]:
        return []
    found, heads = parties(_previous_sentence_token(tok.sent), tok.sent.start)
    if len(found) == 2 and not _engaged(*(tok.doc[i] for i in heads)):
        return []  # two parties the sentence before names apart ("lawmakers ... leaders in exile")
    return found


def _engaged(a: Token, b: Token) -> bool:
    """True when the phrases headed by ``a`` and ``b`` (in text order) deal with each other in
    their sentence: coordinated ("the army and the rebels"), or one the subject of a verb whose
    object, or the object of whose preposition (also one of its object: "held talks with Renamo
    rebels"), is the other."""
    if b.dep_ == "conj" and b.head.i == a.i:
        return True
    for subj, other in ((a, b), (b, a)):
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = subj.head
        if other.dep_ == "dobj" and other.head.i == verb.i:
            return True
        if other.dep_ == "pobj":
            owner = other.head.head  # the preposition's head: the verb, or its object
            if owner.i == verb.i or (owner.dep_ == "dobj" and owner.head.i == verb.i):
                return True
    return False


def _defined_abbreviation(tok: Token, proper_at: dict[str, list[int]],
                          actors: dict[int, list[Entity]]) -> list[list[Entity]]:
    """An all-capital name ("KWS") that an earlier party's name gave in brackets ("the Kenya
    Wildlife Service (KWS) arrested ...") names that party again: ``[entities]`` of that party when
    it is one coded party (a country code or a sector), else []."""
    if len(tok.text) < 2 or not tok.text.isalpha() or not tok.text.isupper():
        return []
    doc = tok.doc
    for j in reversed([j for j in proper_at[tok.text] if 0 < j < tok.i - 1]):
        if doc[j - 1].text != "(" or doc[j + 1].text != ")":  # "(KWS)", not "(FSA-N)"
            continue
        # the name it is given for: the phrase the bracket hangs on, or whose span holds it
        at, head = doc[j].idx, doc[j].head.i
        owners = [ents for k, ents in actors.items() if k < j and len(ents) == 1
                  and (ents[0].code or ents[0].sector)
                  and (k == head or (ents[0].span and ents[0].span[0] <= at < ents[0].span[1]))]
        if len(owners) == 1:
            return owners
    return []


def _the_country(tok: Token, actors: dict[int, list[Entity]]) -> list[Entity] | None:
    """"the country" / "the nation" (also "the country's"): the one state named before it in its
    sentence, else in the sentence before, when exactly one is.  A noun of a form of rule ("the
    kingdom", "the Gulf emirate"; :data:`STATE_FORMS`) counts only states of that form, and when
    its sentence and the one before name none, the one such state named before it in the story."""
    forms = STATE_FORMS.get(tok.lower_)
    if tok.tag_ != "NN" or (tok.lower_ not in ("country", "nation") and forms is None) or not (
            _plain_definite_plural(tok) or (tok.dep_ in ("nsubj", "nsubjpass") and _state_epithet(tok))):
        return None
    if forms is None:
        window = _codes_in_window(tok, actors)
    else:
        window = _codes_in_window(tok, actors, keep=forms.__contains__) or list(dict.fromkeys(
            e.code for i in sorted(j for j in actors if j < tok.i) for e in actors[i] if e.code in forms))
    if len(window) != 1:
        return None
    span = tok.doc[tok.left_edge.i:tok.i + 1]
    return [Entity(entity_text=span.text, code=window[0], sector=None, name=None, span=(span.start_char, span.end_char))]


#: Modifiers that make "the <adjective> nation" another state than the one named before it ("the
#: other country", "the neighbouring nation").
OTHER_STATE_WORDS = frozenset(_WORDS["other_state_words"])
#: Nouns of a state's form of rule ("kingdom", "emirate") -> the codes of the states so ruled, for
#: "the kingdom" naming again the one monarchy told before (:func:`_the_country`).
STATE_FORMS = {noun: frozenset(codes) for noun, codes in _WORDS["state_form_nouns"].items()}


def _state_epithet(tok: Token) -> bool:
    """True for "the country"/"the nation" with only describing words before it, as news names again
    the state it has just named ("Papua New Guinea's foreign minister said the tiny Pacific nation
    ..."; :func:`_the_country` takes it as a subject only: "aid for the island nation" is as often
    another state than the one named): "the" and adjectives or nouns of description, none of :data:`OTHER_STATE_WORDS` and no
    possessor, number, "of"-phrase or clause."""
    kids = children_of(tok)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    return all(c.dep_ in ("det", "case") or (c.dep_ in ("amod", "compound") and c.lower_ not in OTHER_STATE_WORDS
                                              and pos_of(c) in ("ADJ", "NOUN", "PROPN") and c.ent_type_ != "NORP")
               for c in kids)


#: Compass words that stand for a country named before with them ("North Korea ... the North").
ELIDED_HALVES = frozenset(_WORDS["elided_halves"])


def _elided_country(tok: Token, actors: dict[int, list[Entity]], kb: ActorKB) -> list[Entity] | None:
    """"the North" / "the South" (also "the North's"): the one country named before it in the
    story whose name begins with that word (``kb.countries``: North Korea, South Sudan), as news
    shortens "North Korea ... the North" and "South Korea ... the South".  None when no such country
    or more than one was named before, and for a longer name ("the North Atlantic", where the
    parser makes "North" a modifier, not the phrase's head)."""
    if pos_of(tok) != "PROPN" or not tok.text.istitle() or tok.lower_ not in ELIDED_HALVES or any(
            c.dep_ in ("compound", "amod", "nmod") for c in children_of(tok)):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok)):
        return None
    prefix = tok.text + " "
    codes = {e.code for i, ents in actors.items() if i < tok.i for e in ents
             if e.code and kb.countries.get(e.code, "").startswith(prefix)}
    if len(codes) != 1:
        return None
    span = tok.doc[tok.left_edge.i:tok.i + 1]
    return [Entity(entity_text=span.text, code=codes.pop(), sector=None, name=None, span=(span.start_char, span.end_char))]


def _codes_in_window(tok: Token, actors: dict[int, list[Entity]], keep=_is_state_code,
                     spread: bool = False, parties_only: str | None = None) -> list[str]:
    """The codes for which ``keep(code)`` holds (default: state codes) named before ``tok`` in its
    sentence, in text order, else those in the sentence before; [] when neither names one.  With
    ``spread``, those of both sentences together.  ``parties_only`` leaves out news outlets
    ("outlets", :func:`_news_outlet`), or outlets and places or topics ("venues", :func:`_venue`)."""
    starts = (_previous_sentence_token(tok.sent),) if spread else (tok.sent.start, _previous_sentence_token(tok.sent))
    for start in starts:
        codes: list[str] = []
        for i in sorted(j for j in actors if start <= j < tok.i):
            if parties_only is not None and (_news_outlet(actors[i]) or (parties_only == "venues" and _venue(tok.doc[i]))):
                continue
            for e in actors[i]:
                if keep(e.code) and e.code not in codes:
                    codes.append(e.code)
        if codes:
            return codes
    return []


#: Prepositions whose object is where something happened ("met in Baku", "talks at Camp David")
#: or what it was about ("a meeting on Bulgaria and Romania").
VENUE_PREPOSITIONS = frozenset(_WORDS["venue_prepositions"])


def _news_outlet(ents: list[Entity]) -> bool:
    """True for the entities of a news outlet ("reports BBC Monitoring", "told AFP"): sector MED."""
    return bool(ents) and all(e.sector == "MED" for e in ents)


def _named_as_party(tok: Token, actors: dict[int, list[Entity]], code: str) -> bool:
    """Whether the window of ``tok`` (its sentence before it, else the sentence before, as in
    :func:`_codes_in_window`) names the state ``code`` at least once other than as the object of
    a preposition of place ("from Ouagadougou", "in Baku")."""
    for start in (tok.sent.start, _previous_sentence_token(tok.sent)):
        found = [i for i in actors if start <= i < tok.i and any(e.code == code for e in actors[i])]
        if found:
            return any(not (tok.doc[i].dep_ == "pobj" and tok.doc[i].head.lower_ in PLACE_PREPOSITIONS) for i in found)
    return False


def _venue(head: Token) -> bool:
    """True for a mention of where something happened or what it was about ("met in Baku", "told
    the BBC from Ouagadougou", "a meeting on Bulgaria and Romania"), not of a party to it."""
    prep = head.head
    return head.dep_ == "pobj" and (prep.lower_ in VENUE_PREPOSITIONS
                                    or (prep.lower_ == "from" and pos_of(prep.head) in ("VERB", "AUX")))


def _continued_speaker(tok: Token, actors: dict[int, list[Entity]]) -> Token | None:
    """The speaker that "he"/"she" goes on quoting: the pronoun is the subject of the reporting verb
    heading its sentence ("He added that ...") and the sentence before is headed by a reporting
    verb whose subject names one person ("Park, the spokesman for the president, said ...").
    None otherwise."""
    if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or tok.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    sent = tok.sent
    if sent.start == 0:
        return None
    prev = tok.doc[sent.start - 1].sent.root
    if prev.lemma_.lower() not in REPORTING_VERBS:
        return None
    speaker = _subject_of(prev)
    if speaker is None or len(actors.get(speaker.i, [])) != 1 or not _a_person(speaker, actors):
        return None
    if _gender(speaker) is not None and _gender(speaker) == _other_gender(tok):
        return None
    return speaker


def _as_mention(tok: Token, ents: list[Entity]) -> list[Entity]:
    span = (tok.idx, tok.idx + len(tok))
    return [replace(e, entity_text=tok.text, span=span) for e in ents]


def _person_antecedent(tok: Token, actors: dict[int, list[Entity]], persons: list[Entity]) -> list[Entity] | None:
    """The person ``tok`` (a person pronoun, or a person anaphor such as "the 33-year-old")
    stands for: the one named person of the nearest sentence (this one, else up to
    PERSON_LOOKBACK before it) that names any, else the one described person with a country
    there ("a teenage Palestinian girl"); two or more there leave it unresolved (None)."""
    end = tok.idx
    table = token_table(tok.doc)
    tokens, lemmas, tags = table.tokens, table.lemma, table.tag
    for start in _sentence_starts_back(tok.sent, PERSON_LOOKBACK):
        names = {p.name: p for p in persons if p.span and start <= p.span[0] < end}
        if len(names) == 1:
            return _as_mention(tok, list(names.values()))
        if len(names) > 1:
            return None
        described = {(e.code, tokens[j].lemma_): actors[j] for j in actors
                     if start <= tokens[j].idx < end and lemmas[j] in PERSON_NOUNS | TITLE_NOUNS
                     and tags[j] == "NN" and (_gender(tokens[j]) or "?") != _other_gender(tok)
                     for e in actors[j] if e.code}
        if len(described) > 1:
            # "a Palestinian girl punched an Israeli soldier ... arresting her": of several described
            # people, the one whose noun has the pronoun's gender ("girl" for "her")
            agreeing = {k: v for k, v in described.items() if _gender_of_noun(k[1]) == _pronoun_gender(tok)}
            if len(agreeing) == 1:
                described = agreeing
        if len(described) == 1:
            return _as_mention(tok, next(iter(described.values())))
        if len(described) > 1:
            return None
        end = start
    return None


#: Determiners of a description that introduces a person not yet named ("a Palestinian girl").
INTRODUCING_DETS = frozenset(_WORDS["introducing_dets"])


def _introduced_country(tok: Token, actors: dict[int, list[Entity]], persons: list[Entity]) -> str | None:
    """The country of the one person introduced by an indefinite description with a country ("a
    teenage Palestinian girl", "an Israeli soldier") in the sentence of ``tok`` before it or in the
    sentence before, when no person is named between that description and ``tok``, the first
    mention of an unknown person: news names such a person right after introducing them.  None
    when there is no such description, or more than one country among them."""
    table = token_table(tok.doc)  # (the word and tag tested first, by token index: no token made for the others)
    lemmas, tags = table.lemma, table.tag
    start = _sentence_starts_back(tok.sent, 1)[-1]
    found: list[tuple[int, str, int]] = []  # (depth below the sentence root, code, offset)
    for j in sorted(actors):
        if lemmas[j] not in PERSON_NOUNS or tags[j] != "NN":
            continue
        t = table.tokens[j]
        if not (start <= t.idx < tok.idx):
            continue
        if not any(c.dep_ == "det" and c.lower_ in INTRODUCING_DETS for c in children_of(t)):
            continue
        ents = actors[j]
        if len(ents) == 1 and ents[0].code and not ents[0].name:
            found.append((_depth(t), ents[0].code, t.idx))
    if len({code for _, code, _ in found}) > 1:
        # "indicted a 16-year-old Palestinian girl ... for punching an Israeli soldier": of people
        # of several countries introduced, the one the sentence is about (a party of its main
        # verb, nearest its root) when only one is that near; a person in a clause further down
        # (the one punched) is told of in passing
        top = min(d for d, _, _ in found)
        found = [f for f in found if f[0] == top]
    codes = {code for _, code, _ in found}
    if len(codes) != 1:
        return None
    last = max(i for _, _, i in found)
    if any(p.span and last < p.span[0] < tok.idx for p in persons):
        return None
    return codes.pop()


def _untagged_first_mention(tok: Token, actors: dict[int, list[Entity]]) -> Token | None:
    """The first mention of the name ``tok`` (a proper noun spelt the same, in an earlier
    sentence) that the tagger took for no entity and that is coded as nothing, or None."""
    sent_start = tok.sent.start
    # (read from the document's tables: the same text has the same lower-case form, the cheap test
    # first, and no token object is made for the words before)
    table = token_table(tok.doc)
    lowers, tags, tokens = table.lower, table.tag, table.tokens
    low, text = lowers[tok.i], tok.text
    for i in compress(range(sent_start), map(low.__eq__, lowers)):  # (the same forms picked in C)
        if tags[i] == "NNP":
            t = tokens[i]
            if t.text == text and not t.ent_type_ and not any(e.code for e in actors.get(i, ())):
                return t
    return None


def _depth(tok: Token) -> int:
    """How many arcs ``tok`` is below the root of its sentence, a conjunct as deep as the first
    ("a Syrian man and a Turkish woman": both parties of the same verb)."""
    n = steps = 0
    while tok.head != tok and steps < 50:
        n += tok.dep_ != "conj"
        tok, steps = tok.head, steps + 1
    return n


#: Person nouns that say the person's gender, which a pronoun must agree with ("the girl" is no "he").
FEMALE_NOUNS = frozenset(_WORDS["female_nouns"])
MALE_NOUNS = frozenset(_WORDS["male_nouns"])
FEMALE_PRONOUNS = frozenset(_WORDS["female_pronouns"])
MALE_PRONOUNS = frozenset(_WORDS["male_pronouns"])


def _gender_of_noun(lemma: str) -> str | None:
    low = lemma.lower()
    return "f" if low in FEMALE_NOUNS else "m" if low in MALE_NOUNS else None


def _gender(tok: Token) -> str | None:
    """"f" or "m" for a person noun that says its gender ("girl", "father"), else None."""
    return _gender_of_noun(tok.lemma_)


def _pronoun_gender(tok: Token) -> str | None:
    low = tok.lower_
    return "f" if low in FEMALE_PRONOUNS else "m" if low in MALE_PRONOUNS else None


def _other_gender(tok: Token) -> str | None:
    """The gender a person pronoun excludes ("m" for "her"); None for other words ("the 33-year-old")."""
    return {"f": "m", "m": "f"}.get(_pronoun_gender(tok) or "")


#: Titles that only a person holds ("its president said he ..."), unlike the institutions of
#: sectors.tsv ("the government", "the army").
TITLE_NOUNS = frozenset(_WORDS["title_nouns"])


def _body_noun(tok: Token) -> bool:
    """True for a common noun of an organised body ("the group", "the organisation"), which may be
    named again as a party with a name (:func:`_typed_antecedent`) but is never a person."""
    return pos_of(tok) == "NOUN" and (tok.lower_ in BODY_NOUNS or tok.lower_ in ORGANISATION_NOUNS)


def _a_person(tok: Token, actors: dict[int, list[Entity]]) -> bool:
    """True when the phrase headed by ``tok`` names one person: a named person, a PERSON entity,
    or a noun with a person's name in apposition ("Morsi's lawyer Abdel Moneim Abdel Maqsud").  A
    noun of a body ("the terrorist group", named again as Islamic State) names no person."""
    if _body_noun(tok):
        return False
    if actors[tok.i][0].name or tok.ent_type_ == "PERSON" or (tok.lemma_.lower() in TITLE_NOUNS and tok.tag_ == "NN"):
        return True
    return any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in children_of(tok))


def _person_anaphor(tok: Token) -> bool:
    """True for a definite description that can only mean a person told of before: "the
    33-year-old", "the individual"."""
    if lowered(tok.doc, LOWER)[tok.i] != "individual" and lowered(tok.doc, LEMMA)[tok.i] != "old":
        return False  # (the cheap test first: it is asked of every phrase head)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok)):
        return False
    if tok.lower_ == "individual":
        return True
    return tok.lemma_.lower() == "old" and any(c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month")
                                               for c in children_of(tok))


def _coordinated(tok: Token, actors: dict[int, list[Entity]]) -> bool:
    """True when ``tok`` heads coordinated actor phrases ("the Government of Korea and the Government of Japan")."""
    return any(c.dep_ == "conj" and actors.get(c.i) for c in children_of(tok))


def _with_conjuncts(tok: Token, actors: dict[int, list[Entity]]) -> list[Entity]:
    """The actors of ``tok`` and of the actor phrases coordinated with it: "X and Y met. They ..."
    stands for both (each entity once, by code and name)."""
    out: list[Entity] = []
    for t in [tok, *(c for c in tok.conjuncts if c.i > tok.i)]:
        for e in actors.get(t.i, []):
            if not any((e.code, e.name) == (o.code, o.name) for o in out):
                out.append(e)
    return out


#: Singular nouns of a body that "it" can stand for when the body is the subject of the clause
#: above ("The Kenyan government said it would ...").
IT_BODY_NOUNS = BODY_NOUNS | ORGANISATION_NOUNS | frozenset(_WORDS["it_body_nouns_more"])


def _resolve_pronoun(tok: Token, actors: dict[int, list[Entity]], persons: list[Entity]) -> list[Entity] | None:
    low = tok.lower_
    sent = tok.sent
    if low in PERSON_PRONOUNS:
        subj = _subject_of(tok.head if tok.dep_ == "poss" else tok)
        if (subj is not None and subj.i < tok.i and len(actors.get(subj.i, [])) == 1 and actors[subj.i][0].name
                and not _body_noun(subj)):
            return _as_mention(tok, actors[subj.i])
        lowers = lowered(tok.doc, LOWER)
        for j in range(tok.i - 1, sent.start - 1, -1):
            # "since he took office, so following his fractious exchanges with Kim ... his visit":
            # a person pronoun goes on meaning what the one before it in its sentence meant
            if lowers[j] in PERSON_PRONOUNS and lowers[j] not in ("himself", "herself"):
                prev = tok.doc[j]
                between = [p for p in persons if p.span and prev.idx < p.span[0] < tok.idx]
                if prev.i in actors and not between:  # no person named between the two
                    return _as_mention(tok, actors[prev.i])
                break
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in REPORTING_VERBS:
            # "Morsi's lawyer Abdel Maqsud told AFP that he would appeal": the one who says it
            speaker = _subject_of(tok.head.head)
            if speaker is not None and speaker.i < tok.i and len(actors.get(speaker.i, [])) == 1 and _a_person(speaker, actors):
                return _as_mention(tok, actors[speaker.i])
        speaker = _continued_speaker(tok, actors)
        if speaker is not None:
            return _as_mention(tok, actors[speaker.i])
        return _person_antecedent(tok, actors, persons)
    if low in THING_PRONOUNS:
        # "China said it opposes ...": the subject of the reporting clause, when that names a
        # state or organisation; else the one such actor named before it in the sentence
        person_ids = {id(p) for p in persons}

        def thing(j: int) -> bool:
            # a name the tagger took for a person's ("Vanuatu", "Khartoum") is a thing when the
            # dictionary codes it as no person
            return j in actors and tok.doc[j].pos_ == "PROPN" and (
                tok.doc[j].ent_type_ != "PERSON" or all(e.code and id(e) not in person_ids for e in actors[j]))

        def body(j: int) -> bool:
            # "The Kenyan government said it ...", "The army said it had ...": a singular noun naming
            # a body (coded or of a known sector only), not a person
            return (j in actors and tok.doc[j].tag_ == "NN" and tok.doc[j].lemma_.lower() in IT_BODY_NOUNS
                    and len(actors[j]) == 1 and bool(actors[j][0].code or actors[j][0].sector)
                    and id(actors[j][0]) not in person_ids)

        if tok.dep_ == "poss":
            # "Boko Haram has been blamed ... since its insurgency": the subject of its clause
            verb = tok.head
            while verb.dep_ in ("pobj", "prep", "dobj") and verb.head != verb:
                verb = verb.head
            subj = _object_controller(verb) or _subject_of(verb)
            if subj is not None and subj.i < tok.i and subj.i in actors and len(actors[subj.i]) == 1 and (
                    thing(subj.i) or actors[subj.i][0].sector in GROUP_SECTORS):  # the tagger may call a group a person
                return _as_mention(tok, actors[subj.i])
        own = _own_subject(tok)  # "the UK must stop selling it arms": "it" is not the UK
        head = tok.head
        # ("considers it a terrorist group": the subject of a verbless small clause is no such;
        # "The ministry said it would ...": a body noun is taken for the subject "it" of a verb only)
        subject_of_verb = tok.dep_ in ("nsubj", "nsubjpass") and pos_of(head) in ("VERB", "AUX")
        while head.dep_ in ("ccomp", "conj", "xcomp", "advcl") and head.head != head:
            head = head.head
            subj = [c for c in children_of(head) if c.dep_ == "nsubj" and c.i < tok.i]
            if subj and (thing(subj[0].i) or (body(subj[0].i) and subject_of_verb)) and (own is None or subj[0].i != own.i):
                return _as_mention(tok, actors[subj[0].i])
        for clause in children_of(head):
            # "While the YPG is seen as key against Isis, Turkey considers it a terrorist group":
            # the subject of a subordinate clause put before the main one is its topic
            if clause.dep_ == "advcl" and clause.i < tok.i and any(c.dep_ == "mark" for c in children_of(clause)):
                subj = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
                if subj and thing(subj[0].i) and (own is None or subj[0].i != own.i):
                    return _as_mention(tok, actors[subj[0].i])
        cands = {(e.code, e.name): actors[j] for j in sorted(actors) if sent.start <= j < tok.i and thing(j)
                 and (own is None or j != own.i) for e in actors[j]}
        if len(cands) == 1:
            return _as_mention(tok, next(iter(cands.values())))
        if not cands and subject_of_verb and tok.dep_ == "nsubj":
            # "Although the new government is still rebuilding the forces, it has decided ...", "the
            # party announced in a brief announcement that it would ...": the one body its sentence
            # names before it, when that body is a subject there (not for the subject of a passive:
            # "if the government believes the car is valuable, a judge would allow it to be returned")
            bodies = [j for j in actors if sent.start <= j < tok.i and body(j) and (own is None or j != own.i)]
            if len(bodies) == 1 and tok.doc[bodies[0]].dep_ in ("nsubj", "nsubjpass"):
                return _as_mention(tok, actors[bodies[0]])
        if not cands and sent.start > 0:
            # "North Korea fired a missile. Its ...": the subject of the previous sentence
            prev = tok.doc[sent.start - 1].sent.root
            subj = [c for c in children_of(prev) if c.dep_ == "nsubj"]
            if subj and (thing(subj[0].i) or subj[0].tag_ == "NN" and subj[0].i in actors) \
                    and len(actors[subj[0].i]) == 1:  # "The court indicted Tamimi. It extended her remand"
                return _as_mention(tok, actors[subj[0].i])
        return None
    if low in PLURAL_PRONOUNS:
        # "Boko Haram has been blamed ... since their insurgency": a group subject of the clause
        verb = tok.head if tok.dep_ == "poss" else tok
        while verb.dep_ in ("pobj", "prep", "dobj") and verb.head != verb:
            verb = verb.head  # "since their insurgency" up to "blamed"
        subj = _subject_of(verb)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("advcl", "ccomp", "conj") and tok.head.head != tok.head:
            # "the bombers killed 23 people when they blew themselves up": the subject of a
            # subordinate clause is, first, the group that is subject of the clause above
            subj = _subject_of(tok.head.head)
            if (tok.head.dep_ == "advcl" and subj is not None and subj.i < tok.i and subj.tag_ == "NNS"
                    and not actors.get(subj.i) and not any(c.dep_ == "prep" and c.lower_ == "of" and actors.get(g.i)
                                                           for c in children_of(subj) for g in children_of(c))):
                # "members of a vigilante group came across her as they prepared to ambush": the
                # people of the clause above, whom no dictionary codes, not a party named earlier
                return None
        own = _own_subject(tok)  # "Chilean soldiers attacked them": not the soldiers
        if own is not None and subj is not None and subj.i == own.i:
            subj = None
        if (subj is not None and subj.i < tok.i and actors.get(subj.i) and subj.lower_ not in PLURAL_PRONOUNS
                and (subj.tag_ in ("NNS", "NNPS") or subj.ent_type_ in ("ORG", "NORP") or len(actors[subj.i]) > 1
                     or actors[subj.i][0].sector in GROUP_SECTORS or _coordinated(subj, actors))):
            return _as_mention(tok, _with_conjuncts(subj, actors))
        plural = [j for j in sorted(actors) if sent.start <= j < tok.i and (own is None or j != own.i)
                  and (tok.doc[j].tag_ in ("NNS", "NNPS") or len(actors[j]) > 1
                       or any(c.dep_ == "conj" for c in children_of(tok.doc[j])))]
        if plural:
            return _as_mention(tok, _with_conjuncts(tok.doc[plural[-1]], actors))
        voiced = _spoken_for(tok, actors)
        if voiced:
            return _as_mention(tok, voiced)
        if sent.start > 0 and (_controls_infinitive(tok) or (tok.dep_ in ("nsubj", "nsubjpass") and not any(
                actors.get(j) for j in range(sent.start, tok.i)))):
            # "The YPG led the fight against Isis. They have been praised by US generals": with
            # nothing before it in its sentence, the group subject of the previous sentence
            # (not the speaker of a reporting verb: "Chile said the rebels attacked. They ...");
            # so for the possessor of a noun with an infinitive, who would do what it says, with no
            # group before it ("FARC rebels met in Havana. Colombia welcomed their decision to
            # disarm": a single state is no "their")
            prev = tok.doc[sent.start - 1].sent.root
            subj = [c for c in children_of(prev) if c.dep_ in ("nsubj", "nsubjpass")]
            # ("They have been praised by US generals. They are now close to ...": a "they" subject
            # resolved there goes on meaning the same group)
            if subj and actors.get(subj[0].i) and (
                    prev.lemma_.lower() not in REPORTING_VERBS) and (
                    subj[0].tag_ in ("NNS", "NNPS") or len(actors[subj[0].i]) > 1
                    or subj[0].lower_ in PLURAL_PRONOUNS
                    or actors[subj[0].i][0].sector in GROUP_SECTORS or _coordinated(subj[0], actors)):
                return _as_mention(tok, _with_conjuncts(subj[0], actors))
    return None


def _controls_infinitive(tok: Token) -> bool:
    """True for a possessive pronoun on a noun with an infinitive ("their decision to disarm",
    "their bid to oust the president"): the possessor would do what the infinitive says.  Not
    for other possessed nouns, whose possessor is as often the one an act falls on ("their
    indictments", "their mother")."""
    return tok.dep_ == "poss" and any(
        c.dep_ == "acl" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
        for c in children_of(tok.head))


#: Nouns of one who speaks for a body: what they report of "they" or "we" is the body's.
SPOKES_NOUNS = frozenset(_WORDS["spokes_nouns"])


def _spoken_for(tok: Token, actors: dict[int, list[Entity]]) -> list[Entity] | None:
    """The body a spokesman speaks for, for "they" subject of what the spokesman reports ("a
    spokesman for the US military said they were working to investigate": the US military).
    None otherwise."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    speaker = _subject_of(verb)
    if speaker is None or speaker.lemma_.lower() not in SPOKES_NOUNS:
        return None
    for prep in children_of(speaker):
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            for body in children_of(prep):
                if body.dep_ == "pobj" and actors.get(body.i):
                    return actors[body.i]
    return None


def _is_titled_definite(tok: Token) -> bool:
    """True for a bare definite title, also as a possessor: "the president", "the President's
    office" (whose "the" belongs to the office)."""
    if _is_definite(tok):
        return True
    return tok.dep_ == "poss" and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok.head)) and not any(
        c.dep_ in ("amod", "compound", "poss") for c in children_of(tok))


def _is_definite(tok: Token) -> bool:
    table = token_table(tok.doc)  # (labels and forms by token index)
    deps, lowers, kids = table.dep, table.lower, children_of(tok)
    if not kids:
        return False  # no article at all
    definite = False  # (one loop over the children, no generator per title)
    for c in kids:
        d = deps[c.i]
        if d in ("amod", "compound", "poss"):
            return False
        if d == "det" and lowers[c.i] in ("the", "this", "that"):
            definite = True
    return definite


def _previous_sentence_token(sent: Span) -> int:
    return sent.doc[sent.start - 1].sent.start if sent.start > 0 else 0


#: How many sentences before its own a person pronoun looks back for a named person.
PERSON_LOOKBACK = 3


def _sentence_starts_back(sent: Span, n: int) -> list[int]:
    """Character offsets of the start of ``sent`` and of up to ``n`` sentences before it."""
    out = [sent.start_char]
    while n > 0 and sent.start > 0:
        sent = sent.doc[sent.start - 1].sent
        out.append(sent.start_char)
        n -= 1
    return out



def entities_for(tok: Token) -> list[Entity]:
    """The entities denoted by the phrase headed by ``tok``, with conjuncts ("the US and EU")
    expanded and group descriptions ("the two leaders") giving both.  Empty when it names no
    known actor."""
    out: list[Entity] = list(actors_of(tok.doc).get(tok.i, []))
    kids = children_of(tok)
    if kids:
        deps = token_table(tok.doc).dep  # (labels by token index)
        for c in kids:
            if deps[c.i] == "conj":
                out.extend(entities_for(c))
    return out
