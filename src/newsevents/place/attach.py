"""Attaching a place to an event from the parse: the place governed by the trigger, else
by the verb that governs an event noun; otherwise none (never a silent country centroid)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.place.gazetteer import Gazetteer, Place
from newsevents.records import Location

#: Prepositions that introduce where an event happens.
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "within", "on"}
#: Prepositions that give a destination: the place of a visit.
DESTINATION_PREPS = {"to", "into"}


def toponym_spans(doc: Doc, gazetteer: Gazetteer) -> dict[int, Span]:
    """Token index -> toponym span: NER GPE/LOC/FAC entities, plus PERSON/ORG entities and
    proper nouns that the gazetteer knows (the small model tags "Kyiv" and "Sochi" as people)."""
    out: dict[int, Span] = {}
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") or (ent.label_ in ("PERSON", "ORG", "NORP") and gazetteer.candidates(ent.text)):
            for t in ent:
                out[t.i] = ent
    for t in doc:
        if t.i not in out and t.pos_ == "PROPN" and t.dep_ in ("pobj", "appos", "conj") and gazetteer.candidates(t.text):
            out[t.i] = doc[t.i:t.i + 1]
    return out


#: Nouns that name a kind of place: "the province of Kunduz", "the town of Manbij".
PLACE_NOUNS = {"province", "city", "town", "village", "region", "district", "capital", "state", "county",
               "governorate", "port", "island", "area", "suburb", "neighbourhood", "neighborhood"}


def _governing(target: Token, preps: set[str], toponyms: dict[int, Span]) -> Token | None:
    for prep in target.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.i in toponyms:
                    return obj
                if obj.lemma_.lower() in PLACE_NOUNS:
                    for of in obj.children:
                        if of.dep_ == "prep" and of.lower_ == "of":
                            for name in of.children:
                                if name.dep_ == "pobj" and name.i in toponyms:
                                    return name
                    for c in obj.children:  # "the West Bank city of Jericho" handled above; "Aleppo province"
                        if c.dep_ == "compound" and c.i in toponyms:
                            return c
    return None


def place_event(trigger: Token, toponyms: dict[int, Span], gazetteer: Gazetteer, story_countries: list[str],
                destination: bool = False) -> Location | None:
    """The event's place, or None.

    Looks at the trigger's locative prepositions ("in Minsk"), then (for ``destination`` events
    such as visits) its "to X", then the same for the verb governing an event noun.
    Unknown names resolve to None, not to a guess.
    """
    targets = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head is not trigger:
        t = trigger.head
        while t.pos_ == "ADP" and t.head is not t:
            t = t.head
        if t.pos_ in ("VERB", "AUX"):
            targets.append(t)
    for target in targets:
        order = [LOCATIVE_PREPS] + ([DESTINATION_PREPS] if destination else [])
        for preps in order:
            tok = _governing(target, preps, toponyms)
            if tok is not None:
                span = toponyms[tok.i]
                place: Place | None = gazetteer.resolve(span.text, story_countries)
                if place is not None:
                    return place.location(span.text)
    return None


def country_of_phrase(head: Token, toponyms: dict[int, Span], gazetteer: Gazetteer,
                      story_countries: list[str]) -> str | None:
    """The country named by a place inside a noun phrase: "police in Cologne" -> DEU,
    "officials from Seoul" -> KOR.  None when the phrase names no known place."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.i in toponyms:
                    place = gazetteer.resolve(toponyms[obj.i].text, story_countries)
                    if place is not None:
                        return place.country
    return None
