"""Attaching a place to an event from the parse.

Order (:func:`place_event`): the place governed by the trigger ("in Minsk", "near Kharkiv",
"outside the parliament in Tbilisi"), or by the verb an event noun is an argument of; else a
place named in a locative phrase of the same clause ("Police in New Orleans have arrested");
otherwise none.  :func:`fallback_place` adds, for events still without a place, the dateline
place when the story is local to the event, and a country-level place (``feature`` "country", no
coordinates) when every party of the event belongs to the one country the story is about.
Never a silent centroid.

Its word lists (cue words, verb and noun lists) are data: ``place/attach.yaml``, read by
:mod:`newsevents.wordlists` when this module is imported.
"""

from __future__ import annotations

import re
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from newsevents.nlp import (PROPER_NOUN, children_lists, children_of, doc_ents, pos_indexes, pos_of, span_text,
                            token_table)
from newsevents.place.gazetteer import CITY_WORDS, DIVISION_WORDS, Gazetteer, Place
from newsevents.records import NONSTATE_CODES, Location

from newsevents.wordlists import load_word_lists

_WORDS = load_word_lists("newsevents.place", "attach.yaml")

#: Prepositions that introduce where an event happens.
LOCATIVE_PREPS = set(_WORDS["locative_preps"])
#: Prepositions that give a destination: the place of a visit.
DESTINATION_PREPS = set(_WORDS["destination_preps"])
#: Prepositions that give the place left: the place of a withdrawal.
ORIGIN_PREPS = set(_WORDS["origin_preps"])
#: Prepositions whose object, when it is a place named as such ("sanctions on Belarus", "talks on
#: Syria", "called on Russia to", "a row over Gibraltar"), names whom or what the act is aimed at
#: or about, not where it happens; a kind of place after them is still a place ("on the border",
#: "on the island of Crete", "on the outskirts of Paris").
TARGET_PREPS = set(_WORDS["target_preps"])
#: Event types done bodily at their target, so that a place they are aimed "on" or "over" is where
#: they happen ("an attack on Kyiv", "a missile fired over Japan", "a curfew on Srinagar", "troops
#: deployed on Crimea", "aid dropped over Gaza").  Other acts aimed at a country or city (sanctions,
#: talks, demands, bans, threats, accusations) are done where their actor is.
PLACED_AT_TARGET = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID"})
#: Dependency labels that start a clause of its own (its places are not this clause's).
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"}

#: Nouns that name a kind of place: "the province of Kunduz", "the town of Manbij", "Manchester airport".
PLACE_NOUNS = DIVISION_WORDS | CITY_WORDS | set(_WORDS["place_nouns_more"])
#: Nouns of a pact named after the city where it was made ("the Paris agreement", "the Minsk
#: ceasefire"): the city names the pact, not where an act about it happens.
NAMED_PACT_NOUNS = frozenset(_WORDS["named_pact_nouns"])
#: A wire dateline at the head of the text that the cleaner left in ("KUNDUZ, Afghanistan — ...").
_TEXT_DATELINE = re.compile(r"^(?:Photo\s+)?([A-Z][A-Z.'’ -]{2,40}[A-Z.])(?:,\s*([A-Z][a-zA-Z.]+(?:\s[A-Z][a-zA-Z.]+)?))?\s*(?:—|–|--?)\s")


def toponym_spans(doc: Doc, gazetteer: Gazetteer, kb=None, sentences: Iterable[Span] | None = None) -> dict[int, Span]:
    """Token index -> toponym span: NER GPE/LOC/FAC entities, plus PERSON/ORG/NORP entities and
    proper nouns that the gazetteer knows (the small model tags "Kyiv" and "Sochi" as people).

    Not toponyms (see :func:`_names_place`): a building (FAC) whose name the gazetteer has only as an
    alternate name of a town ("the White House" is an English name of Casablanca); an acronym that
    names no country ("UN" is no Un, India); a name the actor dictionary ``kb`` (an
    :class:`~newsevents.actors.kb.ActorKB`) knows as a body, person or nationality of another
    country than any place so called ("Hamas" is no Hamm, "Obama" no Obama, Japan); the words of a
    person's name ("Kim Jong Un" is no Kim, India).

    ``sentences`` (spans of ``doc``'s sentences), when given, limits the search to them: the
    toponyms of those sentences, each entity that reaches into one of them whole, are the same
    as in the whole document's dict (each name is judged on its own), and no other is read."""
    out: dict[int, Span] = {}
    ents, proper = doc_ents(doc), pos_indexes(doc, PROPER_NOUN)
    if sentences is not None:
        wanted = bytearray(len(doc))  # 1 on the tokens of the sentences asked about
        for sent in sentences:
            wanted[sent.start:sent.end] = b"\x01" * (sent.end - sent.start)
        ents = [ent for ent in ents if any(wanted[ent.start:ent.end])]
        proper = [i for i in proper if wanted[i]]
    for ent in ents:
        if ent.label_ in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP") and _names_place(ent, ent.label_, gazetteer, kb):
            for t in ent:
                out[t.i] = ent
    deps = token_table(doc).dep
    named = {i for ent in ents if len(ent) > 1 and ent.label_ not in ("GPE", "LOC", "FAC") for i in range(ent.start, ent.end)
             if deps[i] != "compound" or i != ent.start or ent.label_ == "PERSON"}
    for t in (doc[i] for i in proper if i not in out and i not in named):
        # a word of a longer name of something else is no place ("Cumhuriyet University" is no
        # University, Florida); a place the name opens with still is ("Slidell Police Department"),
        # but not a person's first name ("Anna Campbell")
        if t.text[:1].isupper() \
                and t.dep_ in ("pobj", "appos", "conj", "compound", "poss") and _names_place(doc[t.i:t.i + 1], "", gazetteer, kb):
            out[t.i] = doc[t.i:t.i + 1]
    return out


#: Kinds of actor dictionary entries that are no place in themselves (a country is one).
_NOT_PLACE_KINDS = frozenset({"org", "metonym", "person", "adjective"})


#: An article before a name ("the Gambia").
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


def _names_place(span: Span, label: str, gazetteer: Gazetteer, kb) -> bool:
    """Whether ``span`` (an entity of NER ``label``, or a bare proper noun when ``label`` is "")
    names a place; see :func:`toponym_spans`."""
    text = span_text(span)
    if label == "FAC":
        # a building is no town: a name known only as a town's alternate name is not that town
        if gazetteer.candidates(text) and not gazetteer.is_main_name(text):
            return False
    elif label not in ("GPE", "LOC") and not gazetteer.is_main_name(text):
        return False
    name = _LEADING_THE.sub("", text)
    if 2 <= len(name) <= 3 and name.isalpha() and name.isupper() and any(c.islower() for c in span_text(span.sent)):
        # an acronym in running text names a country by its short form ("US", "DRC", "UAE"),
        # never a town or province spelt the same ("UN" is no Un, India; "GAO" no Gao, Mali)
        cands = gazetteer.candidates(name)
        return not cands or any(p.feature == "country" for p in cands)
    if kb is not None:
        codes = {e.code for e in kb.names.get(name, ()) if e.kind in _NOT_PLACE_KINDS}
        if codes:
            cands = gazetteer.candidates(name)
            if cands and not any(p.country in codes for p in cands):
                # a body, person or nationality of another country than the towns so called: no
                # place where the tagger says it is none, nor where the town has the name only as
                # an alternate one ("the White House" tagged GPE is not Casablanca)
                if label not in ("GPE", "LOC") or not gazetteer.is_main_name(name):
                    return False
    return True


def _kind(tok: Token) -> str | None:
    """"admin1"/"city" when the toponym's head noun says so ("Amur region", "Idlib province")."""
    for t in (tok, tok.head):
        if t.lemma_.lower() in DIVISION_WORDS and pos_of(t) == "NOUN":
            return "admin1"
        if t.lemma_.lower() in CITY_WORDS and pos_of(t) == "NOUN":
            return "city"
    return None


def _place_in(obj: Token, toponyms: dict[int, Span], depth: int = 0) -> Token | None:
    """The toponym an object of a locative preposition names: itself; a named kind of place
    ("the town of Manbij", "Manchester airport", "Afghanistan's Mazar-i-Sharif city"); or a place
    inside it ("the German consulate in Mazar-i-Sharif", "Khan Sheikhoun, a town in Idlib")."""
    kids = list(children_of(obj))
    if obj.i in toponyms:
        if toponyms[obj.i].label_ == "FAC":
            # "the U.S. Embassy in Sarajevo": a building is where the place it stands in is
            for c in kids:
                if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                    for name in children_of(c):
                        if name.dep_ == "pobj" and depth < 2:
                            found = _place_in(name, toponyms, depth + 1)
                            if found is not None:
                                return found
        return obj
    if depth > 2:
        return None
    for c in kids:  # "Manchester airport", "the Kurdish Aleppo district", "the city of X" below
        if c.dep_ == "compound" and c.i in toponyms and obj.lemma_.lower() not in NAMED_PACT_NOUNS:
            return c  # (not "the Paris agreement": the pact's name)
    for c in kids:  # "the town of Manbij" (a kind of place) / "the consulate in Mazar-i-Sharif" (any noun)
        if c.dep_ == "prep" and (c.lower_ in ("in", "near", "outside", "at")
                                 or c.lower_ in ("of", "on") and obj.lemma_.lower() in PLACE_NOUNS):
            for name in children_of(c):
                if name.dep_ == "pobj":
                    found = _place_in(name, toponyms, depth + 1)
                    if found is not None:
                        return found
    for c in kids:
        if c.dep_ == "appos":
            found = _place_in(c, toponyms, depth + 1)
            if found is not None:
                return found
    for c in kids:  # "Afghanistan's Mazar-i-Sharif city": the owner names a wider place
        if c.dep_ == "poss" and c.i in toponyms and obj.lemma_.lower() in PLACE_NOUNS:
            return c
    return None


def _aimed_at(prep: Token, obj: Token, toponyms: dict[int, Span]) -> bool:
    """True when ``obj`` is the object of an "on"/"over" (:data:`TARGET_PREPS`) that names a place
    as such ("on Belarus"), i.e. the target or topic of an act, not a kind of place ("on the border")."""
    return prep.lower_ in TARGET_PREPS and obj.i in toponyms


def _governing(target: Token, preps: set[str], toponyms: dict[int, Span], at_target: bool = True) -> Token | None:
    for prep in children_of(target):
        if prep.dep_ in ("prep", "agent", "prt") and prep.lower_ in preps:
            # "outside of the city of Basra": the parser hangs the object on the second word
            objs = [*children_of(prep), *(g for c in children_of(prep) if c.dep_ == "prep" and c.lower_ == "of"
                                       for g in children_of(c))]
            for obj in objs:
                if obj.dep_ == "pobj" and (at_target or not _aimed_at(prep, obj, toponyms)):
                    found = _place_in(obj, toponyms)
                    if found is not None:
                        return found
    return None


def _targets(trigger: Token) -> list[Token]:
    """The trigger, the verb that governs an event noun ("ordered the invasion"), then a "when"
    clause of either, which tells the same occasion ("killed 23 people when they blew themselves
    up in Tel Aviv")."""
    targets = [trigger]
    if pos_of(trigger) in ("NOUN", "PROPN") and trigger.head != trigger:
        t = trigger.head
        while pos_of(t) == "ADP" and t.head != t:
            t = t.head
        if pos_of(t) in ("VERB", "AUX"):
            targets.append(t)
    table = token_table(trigger.doc)  # (labels and forms by token index)
    deps, lowers = table.dep, table.lower
    targets += [c for t in list(targets) for c in children_of(t)
                if deps[c.i] == "advcl" and any(lowers[m.i] == "when" and deps[m.i] in ("advmod", "mark") for m in children_of(c))]
    return targets


def clause_head(tok: Token) -> Token:
    """The head of the clause ``tok`` belongs to: up through noun phrases and prepositions to
    the first verb; a participle or infinitive without its own subject ("..., killing at least
    two", "to deal with") belongs to the clause of the verb it hangs from."""
    # (walked by token index in the document's tables: no token object or label string made per step)
    table, kids = token_table(tok.doc), children_lists(tok.doc)
    heads, deps, tags, pos = table.head, table.dep, table.tag, table.pos
    i = tok.i
    for _ in range(8):
        if pos[i] in ("VERB", "AUX") and not (deps[i] in ("xcomp", "advcl", "conj", "acl") and tags[i] in ("VBG", "VBN", "VB")
                                              and not any(deps[c.i] in ("nsubj", "nsubjpass") for c in kids[i])):
            break
        if heads[i] == i:
            break
        i = heads[i]
    return table.tokens[i]


def _clause_tokens(head: Token) -> Iterable[Token]:
    """Tokens of the clause headed by ``head``, not descending into clauses of their own
    (except subjectless participles and infinitives, which share it)."""
    # (read by token index from the document's tables: no label or tag string made per token)
    table, kids = token_table(head.doc), children_lists(head.doc)
    dep, tag, pos = table.dep, table.tag, table.pos
    stack = [head]
    while stack:
        t = stack.pop()
        yield t
        for c in kids[t.i]:
            i = c.i
            if dep[i] in CLAUSE_DEPS and not (tag[i] in ("VBG", "VBN", "VB") and not any(
                    dep[g.i] in ("nsubj", "nsubjpass") for g in kids[i])):
                continue
            if dep[i] == "conj" and pos[i] in ("VERB", "AUX") and any(dep[g.i] in ("nsubj", "nsubjpass") for g in kids[i]):
                continue
            stack.append(c)


def _in_clause(trigger: Token, toponyms: dict[int, Span], preps: set[str], at_target: bool = True) -> Token | None:
    """The toponym nearest to the trigger among those in locative phrases of its clause (not the
    places acts are aimed at, unless ``at_target``: see :func:`place_event`)."""
    head = clause_head(trigger)
    found = []
    table = token_table(trigger.doc)  # (labels and forms by token index)
    deps, lowers = table.dep, table.lower
    for t in _clause_tokens(head):
        if deps[t.i] == "prep" and lowers[t.i] in preps:
            for obj in children_of(t):
                if obj.dep_ == "pobj" and (at_target or not _aimed_at(t, obj, toponyms)):
                    place = _place_in(obj, toponyms)
                    if place is not None:
                        found.append(place)
    if not found:
        return None
    return min(found, key=lambda p: abs(p.i - trigger.i))


def _resolve(tok: Token, toponyms: dict[int, Span], gazetteer: Gazetteer, story_countries: list[str],
             dateline: str | None) -> Location | None:
    span = toponyms[tok.i]
    place: Place | None = gazetteer.resolve(span.text, story_countries, dateline=dateline, kind=_kind(span.root))
    if place is None and len(span) > 1:  # "Manchester airport", "Kabul's Green Zone": the known name in it
        name = " ".join(t.text for t in span if t.lemma_.lower() not in PLACE_NOUNS and t.dep_ != "det")
        place = gazetteer.resolve(name, story_countries, dateline=dateline) if name != span.text else None
        if place is not None:
            return place.location(name)
    return place.location(span.text) if place is not None else None


def _toponym_in_sentence(trigger: Token, toponyms: dict[int, Span]) -> bool:
    """Whether any toponym lies in the trigger's sentence: what :func:`place_event` and
    :func:`aimed_place` find is a toponym the parse links to the trigger, and a parse's arcs never
    leave its sentence (so without one they find nothing, and need not walk the clause)."""
    if not toponyms:
        return False  # (no toponym in any sentence a record can come from)
    sent = trigger.sent
    start, end = sent.start, sent.end
    for i in toponyms:  # (a plain loop: no generator per record)
        if start <= i < end:
            return True
    return False


def place_event(trigger: Token, toponyms: dict[int, Span], gazetteer: Gazetteer, story_countries: list[str],
                destination: bool = False, origin: bool = False, attacked: bool = False,
                dateline: str | None = None, at_target: bool = True) -> Location | None:
    """The event's place from its own sentence, or None.

    Looks at the trigger's locative prepositions ("in Minsk", "near Kharkiv", "outside the
    parliament in Tbilisi"), then (``destination``: visits) its "to X", (``origin``: withdrawals)
    its "from X" or the place it leaves ("would leave Syria"), (``attacked``: an attack noun) its "of X" ("the invasion of Ukraine",
    "the siege of Mariupol"); then the same for the verb governing an event noun; then the nearest place in a
    locative phrase of the same clause.  Unless ``at_target`` (the act is done bodily where it is
    aimed: :data:`PLACED_AT_TARGET`), a place named right after "on"/"over" is what the act is aimed
    at or about ("imposed sanctions on Belarus", "talks on Syria"), not its place.  ``story_countries`` (ISO3, most mentioned first) and
    ``dateline`` (ISO3 of the dateline place) disambiguate names.  Unknown names resolve to
    None, not to a guess.
    """
    if not _toponym_in_sentence(trigger, toponyms):
        return None
    order = [LOCATIVE_PREPS] + ([DESTINATION_PREPS] if destination else []) + ([ORIGIN_PREPS] if origin else [])
    if attacked and pos_of(trigger) == "NOUN":
        tok = _governing(trigger, {"of"}, toponyms)
        if tok is not None:
            loc = _resolve(tok, toponyms, gazetteer, story_countries, dateline)
            if loc is not None:
                return loc
    for target in _targets(trigger):
        for preps in order:
            tok = _governing(target, preps, toponyms, at_target)
            if tok is not None:
                loc = _resolve(tok, toponyms, gazetteer, story_countries, dateline)
                if loc is not None:
                    return loc
    if origin and pos_of(trigger) == "VERB":  # "troops would leave Syria", "evacuated Kunduz": the place left
        for obj in children_of(trigger):
            tok = _place_in(obj, toponyms) if obj.dep_ == "dobj" else None
            loc = _resolve(tok, toponyms, gazetteer, story_countries, dateline) if tok is not None else None
            if loc is not None:
                return loc
    tok = _in_clause(trigger, toponyms, LOCATIVE_PREPS, at_target)
    if tok is not None:
        return _resolve(tok, toponyms, gazetteer, story_countries, dateline)
    return None


def aimed_place(trigger: Token, toponyms: dict[int, Span]) -> Token | None:
    """The place named as what an act is aimed "on" ("imposed sanctions on Belarus", "pressure on
    North Korea"), which :func:`place_event` does not take for its place (unless the act is done
    there): the toponym object of an "on" of the trigger or of the verb governing an event noun,
    else the nearest in its clause.  None when there is none."""
    if not _toponym_in_sentence(trigger, toponyms):
        return None
    table = token_table(trigger.doc)  # (labels and forms by token index)
    deps, lowers = table.dep, table.lower
    for target in _targets(trigger):
        for prep in children_of(target):
            if deps[prep.i] == "prep" and lowers[prep.i] == "on":
                for obj in children_of(prep):
                    if deps[obj.i] == "pobj" and _aimed_at(prep, obj, toponyms):
                        return obj
    found = [obj for t in _clause_tokens(clause_head(trigger)) if deps[t.i] == "prep" and lowers[t.i] == "on"
             for obj in children_of(t) if deps[obj.i] == "pobj" and _aimed_at(t, obj, toponyms)]
    return min(found, key=lambda p: abs(p.i - trigger.i)) if found else None


def dateline_place(text: str, dateline: str | None, gazetteer: Gazetteer,
                   story_countries: list[str] = ()) -> tuple[str, Place] | None:
    """The story's dateline place: the cleaner's ``dateline`` ("LOS ANGELES"), else a wire
    dateline the text still opens with ("KUNDUZ, Afghanistan — ...").  Returns (text as written,
    Place) or None when there is none or the gazetteer does not know it."""
    country = None
    if not dateline:
        m = _TEXT_DATELINE.match(text.lstrip()[:120])
        if not m:
            return None
        dateline, country = m.group(1).strip(), m.group(2)
    if country is None and "," in dateline:
        dateline, country = (s.strip() for s in dateline.split(",", 1))
    hint = []
    if country:
        c = gazetteer.resolve(country)
        if c is not None:
            hint = [c.country]
    place = gazetteer.resolve(dateline, [*hint, *story_countries], dateline=hint[0] if hint else None)
    if place is None:
        return None
    return dateline.title() if dateline.isupper() else dateline, place


def fallback_place(parties: Iterable[str | None], dateline: tuple[str, Place] | None,
                   story_country: str | None, gazetteer: Gazetteer) -> Location | None:
    """A place for an event whose sentence names none.

    * the dateline place, when the story is local to the event: the dateline's country is the
      country of one of the event's parties (``parties``: actor and recipient codes), or of all
      of them when they are uncoded and the story is about the dateline's country;
    * else a country-level place (no coordinates) when every coded party belongs to one country
      and that country is the one the story is about (``story_country``) or the dateline's.

    None otherwise.
    """
    codes = {c for c in parties if c and c not in NONSTATE_CODES}
    if dateline is not None:
        text, place = dateline
        if place.country in codes or (not codes and story_country == place.country):
            return place.location(text)
    if len(codes) == 1:
        (code,) = codes
        if code == story_country or (dateline is not None and dateline[1].country == code):
            country = gazetteer.country(code)
            if country is not None:
                return country.location(country.name)
    return None


#: Population a place tagged as a person must have to be read as the place when the story names
#: no place in its country ("Kharkiv" tagged PERSON is the city; "Kim", a town of 18,000, is not).
PERSON_AS_PLACE_MIN = 100_000


def toponym_country(tok: Token, toponyms: dict[int, Span], gazetteer: Gazetteer,
                    story_countries: list[str]) -> str | None:
    """The country of the place ``tok`` names ("Kunduz" -> AFG), or None when ``tok`` is in no
    toponym (``toponyms`` from :func:`toponym_spans`) or the gazetteer does not know it.  A
    token the model tags PERSON is read as a place only in a country the story names or when the
    place has at least :data:`PERSON_AS_PLACE_MIN` people ("Kim said" is not Kim, Gujarat)."""
    if tok.i not in toponyms:
        return None
    place = gazetteer.resolve(toponyms[tok.i].text, story_countries)
    if place is None:
        return None
    if tok.ent_type_ == "PERSON" and place.country not in story_countries and (place.population or 0) < PERSON_AS_PLACE_MIN:
        return None
    return place.country


def phrase_country(head: Token, toponyms: dict[int, Span], gazetteer: Gazetteer,
                   story_countries: list[str]) -> str | None:
    """The country of a phrase that names no actor with a country: the place it is ("Darfur",
    "Samarra"), names before its head ("Darfur rebels") or holds ("rebels in Darfur", "police
    in Cologne"); None when
    neither is known.  See :func:`toponym_country` and :func:`country_of_phrase`."""
    found = toponym_country(head, toponyms, gazetteer, story_countries)
    for mod in [c for c in children_of(head) if c.dep_ in ("compound", "nmod")]:  # "Darfur rebels"
        found = found or toponym_country(mod, toponyms, gazetteer, story_countries)
    return found or country_of_phrase(head, toponyms, gazetteer, story_countries)


def country_of_phrase(head: Token, toponyms: dict[int, Span], gazetteer: Gazetteer,
                      story_countries: list[str]) -> str | None:
    """The country named by a place inside a noun phrase: "police in Cologne" -> DEU,
    "officials from Seoul" -> KOR.  None when the phrase names no known place."""
    for prep in children_of(head):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "of", "throughout", "across"):
            for obj in children_of(prep):
                if obj.dep_ == "pobj" and obj.i in toponyms:
                    place = gazetteer.resolve(toponyms[obj.i].text, story_countries)
                    if place is not None:
                        return place.country
    return None
