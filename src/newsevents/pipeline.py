"""The main job wired together: read -> clean -> nlp -> actors -> events -> time/place -> records.

:class:`Pipeline` holds what is loaded once per process (spaCy pipeline, actor knowledge base,
event lexicon, gazetteer) and codes articles one by one or in batches.

Its word lists (the rules that assemble records across stages) are data: ``pipeline.yaml``, read by
:mod:`newsevents.wordlists` when this module is imported.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import os
import re
import traceback
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable, Iterator

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from newsevents import __version__, nlp as nlp_stage
from newsevents.nlp import children_of, pos_of, tree_distance
from newsevents.actors import actors_of, annotate_actors, load_kb
from newsevents.actors.resolve import load_actor_tables, place_seats
from newsevents.clean import clean
from newsevents.errors import ArticleError
from newsevents.events.confidence import confidence, default_model
from newsevents.events.explain import explain_mention
from newsevents.events import EventMention, find_events, load_lexicon, merge_mentions, quad_class
from newsevents.events.counterpart import StateMentions, story_counterparts
from newsevents.events.dedup import (added_sufferers, doers_in_moment_clause, fold_doerless, other_occurrences,
                                     pronoun_retold, series_mentions)
from newsevents.events.mention import VENUE_NOUNS
from newsevents.events.coder import (DESTINATION_MODES, ORIGIN_MODES, UNDONE_STATUSES, as_weapons_test, lacks_counterpart,
                                     load_event_tables, refers_back, vehicle_call, victim_of_denounced_act)
from newsevents.events.roles import others_act_object
from newsevents.events.domestic import ACCUSED_BY_ORGAN_TYPES, FOREIGN_WORDS, dominant_country, fill_domestic_codes, implied_domestic_target
from newsevents.place import (PLACED_AT_TARGET, aimed_place, dateline_place, fallback_place, load_gazetteer, phrase_country, place_event, toponym_country,
                              toponym_spans)
from newsevents.read import RawArticle
from newsevents.records import NONSTATE_CODES, Article, Entity, Event
from newsevents.time import (DEATH_WORDS, clause_told_past, continues_narrative, date_event, forget_cache, is_background, is_historical, obituary_subject, opening_offset,
                             load_date_reader, news_peg, place_history,
                             tells_news, tells_past, tells_present, told_history)
from newsevents.wordlists import load_word_lists

_WORDS = load_word_lists("newsevents", "pipeline.yaml")

CODER = f"newsevents {__version__}"


def untold_parties(e: Event, placed: bool = False) -> bool:
    """True for a record of an act not told as done (future or hypothetical) whose every party is
    only implied and whose sentence names no place of theirs (``placed``: it names one): no
    actor and no recipient is named by any words of the text, whatever codes the story gave them
    ("an adult found guilty of assaulting a soldier could be jailed for up to 10 years": a law's
    penalty for anyone; "the charges would eventually be dismissed"; "the government considers
    the risk of unrest too high").  Such a record tells of no party's act: it is dropped.  On our
    gold and the dev half of the held-out gold no such record was right (5 false on the dev half).
    A done act with implied parties ("he was arrested") keeps its record, and so does one its
    sentence places ("observers will be allowed back into Bolivia": Bolivia's authorities)."""
    return (e.status in UNDONE_STATUSES and not placed
            and not any(x.entity_text for x in (*e.actor, *e.recipient)))


def _same_mention_same_country(events: list[Event]) -> None:
    """One mention names one party: a mention left without a country in one event takes the
    country another event of the story gave that very mention (same character span), when it was
    given only one ("support rebel forces opposing the Syrian regime": the rebels' own clause,
    coded on its own, says whose rebels they are).  Mutates ``events``."""
    codes: dict[tuple[int, int], set[str]] = {}
    for e in events:
        for x in (*e.actor, *e.recipient):
            if x.span is not None and x.code:
                codes.setdefault(tuple(x.span), set()).add(x.code)
    if not codes:
        return

    def fill(x: Entity) -> Entity:
        got = codes.get(tuple(x.span)) if x.span is not None and not x.code else None
        return replace(x, code=next(iter(got))) if got and len(got) == 1 else x

    for e in events:
        e.actor = [fill(x) for x in e.actor]
        e.recipient = [fill(x) for x in e.recipient]


@dataclass
class Result:
    """The outcome for one article: its cleaned form and events, or the error that skipped it."""

    story_id: str
    article: Article | None = None
    events: list[Event] = field(default_factory=list)
    error: str | None = None


def event_id(story_id: str, start: int, end: int, event: str, cameo: str | None) -> str:
    """Stable record id: the same input and coder version give the same id (16 hex digits)."""
    key = f"{story_id}|{start}|{end}|{event}|{cameo}|{CODER}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _same_court_place(events: list[Event], origin: list) -> None:
    """A legal act by an unnamed organ (a court or police the text does not name: "was convicted
    of ...") with no place of its own takes the place of another such act on its sentence's clause
    chain that has one ("has been jailed in Turkey after he was convicted of ..."): the acts of one
    unnamed justice are done in one country, and the place, not the accused's country, tells whose
    court it is (see :data:`~newsevents.events.domestic.ACCUSED_BY_ORGAN_TYPES`).  Mutates ``events``."""
    legal = [(e, m) for e, m in zip(events, origin) if e.event in ACCUSED_BY_ORGAN_TYPES and m.implied_agent]
    for e, m in legal:
        if e.event_loc is not None:
            continue
        for e2, m2 in legal:
            if e2 is e or e2.event_loc is None or not e2.event_loc.country or m2.trigger.sent != m.trigger.sent:
                continue
            if m2.trigger in m.trigger.ancestors or m.trigger in m2.trigger.ancestors:
                e.event_loc = e2.event_loc
                e.explanation.append("place: that of the linked act of the same unnamed court or police")
                break


def _same_accused_place(events: list[Event], origin: list) -> dict[int, object]:
    """A legal act by an unnamed organ (:func:`_same_court_place`) with no place of its own, on a
    named person whom an earlier legal act of the story, placed, was done to, takes that act's
    place ("X was arrested in Ohio. He has been charged with fraud"): one case of one person goes
    on before one country's police and courts, and the place, not the story's country, tells
    whose they are.  The latest such earlier act counts; when it has no place either, the
    sentence that tells it gives the country (:meth:`Pipeline._sentence_country`), and the person
    keeps the country that act gave them: the returned map, id of the later act -> the earlier act
    and its mention.  Mutates ``events``."""
    carried: dict[int, object] = {}
    legal = sorted(((e, m) for e, m in zip(events, origin) if e.event in ACCUSED_BY_ORGAN_TYPES),
                   key=lambda x: x[1].trigger.i)
    for k, (e, m) in enumerate(legal):
        if e.event_loc is not None or not m.implied_agent:
            continue
        names = {x.name for x in e.recipient if x.name}
        if not names:
            continue
        for e2, m2 in reversed(legal[:k]):
            if m2.trigger.sent == m.trigger.sent or not names & {x.name for x in e2.recipient if x.name}:
                continue
            if e2.event_loc is not None and e2.event_loc.country:
                e.event_loc = e2.event_loc
                e.explanation.append("place: that of an earlier legal act on the same person")
            elif e2.event_loc is None:
                carried[id(e)] = (e2, m2)
            break
    return carried


def _heads_within(heads: list[int], start: int, end: int) -> list[int]:
    """The actor head indexes of ``heads`` (all of a document's, ``sorted(actors_of(doc))``) in
    ``start..end-1``, found by bisection."""
    return heads[bisect.bisect_left(heads, start):bisect.bisect_left(heads, end)]


#: Nouns of a state's missions abroad: an embassy or consulate of one country stands in another.
MISSION_NOUNS = frozenset(_WORDS["mission_nouns"])


def _state_mentions(doc: Doc, actors: dict[int, list[Entity]]) -> StateMentions:
    """Where the story names each state (:class:`~newsevents.events.counterpart.StateMentions`):
    its sentences' starts and the offsets of its coded actor mentions (``actors``, the document's
    actor table), for the story-counterpart step."""
    mentions: dict[str, list[int]] = {}
    for head, ents in actors.items():
        for x in ents:
            if x.code and x.code not in NONSTATE_CODES:
                mentions.setdefault(x.code, []).append(doc[head].idx)
    return StateMentions([s.start_char for s in nlp_stage.sentences(doc)], mentions)


def _mention_sentences(doc: Doc, mentions: list[EventMention]) -> list[Span]:
    """The sentences of ``mentions``' triggers and of their parties' phrases, in no set order: the
    only ones whose toponyms :meth:`Pipeline.code_doc` reads.  Every place rule reaches a place
    through the parse from the trigger (or from the root of a party's phrase, which a resolved
    pronoun may take from an earlier sentence), no arc of the parse leaves its sentence, and a
    sentence with no trigger holds no record (on NGEC's dense stories over half the sentences hold
    none, so their names are not looked up in the gazetteer)."""
    found = {}
    for m in mentions:
        sent = m.trigger.sent
        found[sent.start] = sent
    spans = [x.span for m in mentions for x in (*m.actor, *m.recipient) if x.span]
    if spans:
        sents = nlp_stage.sentences(doc)
        firsts = [s.start_char for s in sents]
        for start, end in spans:  # each sentence a phrase's characters touch
            k = max(bisect.bisect_right(firsts, start) - 1, 0)
            found[sents[k].start] = sents[k]
            k += 1
            while k < len(sents) and firsts[k] < end:
                found[sents[k].start] = sents[k]
                k += 1
    return list(found.values())


def _home_counts(doc: Doc) -> Counter:
    """Country mentions that tell which country a story is about (:func:`dominant_country`): every
    coded actor mention except a state's mission abroad ("the German consulate (building)"), which
    stands in another country; a story of an attack on it is not about its state.  A capital
    named as a place ("the Moscow metro": no actor) counts too (after the actors, for ties)."""
    codes: list[str] = []  # (counted at once, in the order of the mentions)
    lemmas, kids = nlp_stage.lowered(doc, LEMMA), nlp_stage.children_lists(doc)  # (no token object made)
    for i, ents in actors_of(doc).items():
        mission = lemmas[i] in MISSION_NOUNS
        if not mission:
            for c in kids[i]:  # (a loop, not a generator per head)
                if lemmas[c.i] in MISSION_NOUNS and c.dep_ == "compound":
                    mission = True
                    break
        if mission:
            continue
        for e in ents:  # (a loop, not a generator per head: most heads have one entity)
            if e.code and e.code not in NONSTATE_CODES:
                codes.append(e.code)
    codes.extend(place_seats(doc))
    return Counter(codes)


def _placing_parties(e: Event) -> list[str | None]:
    """The codes of the parties whose country can place ``e`` when its sentence names no place
    (:func:`fallback_place`): actors and recipients, except that the target of an act not done
    bodily where it is aimed (:data:`PLACED_AT_TARGET`: sanctions, demands, talks) does not
    place it when its actors are known to belong to no country (an organisation: "the EU imposed
    sanctions on Belarus" is not in Belarus)."""
    actors = [x.code for x in e.actor]
    if e.event not in PLACED_AT_TARGET and actors and all(c in NONSTATE_CODES for c in actors):
        return actors
    return actors + [x.code for x in e.recipient]


#: A country's institutions and votes: named without their country in a story about one country,
#: they are that country's ("the election results", "the regime", "the constitution").
POLITY_NOUNS = frozenset(_WORDS["polity_nouns"])

def _earlier_polity_country(nouns, exclude: set) -> str | None:
    """The country of an institution mentioned before ("the election results" after "the
    Belarusian leader's crackdown ... after disputed presidential elections"): the nearest earlier
    token, in this or the two sentences before, with one of ``nouns``' lemmas; its country is
    that of the coded actor closest to it in the parse, in its own sentence (not in ``exclude``,
    the acting parties).  None when there is no such mention or actor."""
    doc = nouns[0].doc
    lemmas = {n.lemma_.lower() for n in nouns}
    actors = actors_of(doc)
    first = nouns[0].sent.start
    for _ in range(2):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first:nouns[0].i]):
        if tok.lemma_.lower() not in lemmas or tok.i in {n.i for n in nouns}:
            continue
        best, dist = None, 10_000
        for i, ents in actors.items():
            if doc[i].sent != tok.sent:
                continue
            for ent in ents:
                if ent.code and ent.code not in exclude and ent.code not in NONSTATE_CODES:
                    d = tree_distance(tok, doc[i])
                    if d < dist:
                        best, dist = ent.code, d
        return best
    return None


#: Event types whose noun, named after a town ("the Paris attacks"), names the place hit.
PLACE_NAMED_TYPES = frozenset({"ASSAULT", "COERCE"})


def _before(value: str | None, published: str | None) -> bool:
    """True when the (possibly partial) date ``value`` lies wholly before the publication day."""
    return bool(value and published) and value < published[:len(value)]


#: Periods whose end, named in the present tense, is still to come ("stands down at the end of the year").
_PERIODS = frozenset(_WORDS["periods"])


def _at_period_end(head: Token) -> bool:
    """True for a verb in the simple present (no auxiliary) with "at / by the end of the (this)
    year / month / week" on it: "De Mistura stands down at the end of the year" tells a plan, the
    end of the period that holds the publication day."""
    if head.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in children_of(head)):
        return False
    for prep in children_of(head):
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "by", "before", "until"):
            continue
        for end in children_of(prep):
            if end.dep_ != "pobj" or end.lower_ != "end":
                continue
            for of in children_of(end):
                if of.dep_ == "prep" and of.lower_ == "of" and any(
                        p.dep_ == "pobj" and p.lower_ in _PERIODS and any(
                            d.dep_ == "det" and d.lower_ in ("the", "this") for d in children_of(p)) for p in children_of(of)):
                    return True
    return False


def _status_by_date(m: EventMention, date: str | None, basis: str, published: str | None) -> str:
    """The status of mention ``m``: an act told as done, not in a past tense, but dated by its own
    words after the publication day ("is hosting a summit starting on Wednesday") or at the end of
    the present period (:func:`_at_period_end`) is yet to come, "future".  A past tense keeps it
    told as done (a wire's "conducted a launch early Tuesday" may be dated after its American
    publication day)."""
    from newsevents.place.attach import clause_head

    if (m.status == "asserted" and "end" in nlp_stage.lower_words(m.trigger.doc)  # (no "end", no end of a period)
            and _at_period_end(clause_head(m.trigger))):
        return "future"
    if not (m.status == "asserted" and date and published and basis in ("explicit", "relative")
            and date > published[:len(date)]):
        return m.status
    head = clause_head(m.trigger)
    auxes = {c.lower_ for c in children_of(head) if c.dep_ in ("aux", "auxpass")}
    if head.tag_ == "VBD" or m.trigger.tag_ == "VBD" or auxes & {"was", "were", "had", "has", "have", "did"}:
        return m.status
    return "future"


def _date_place_history(events: list[Event], origin: list[EventMention], published: str | None) -> None:
    """An undated act told in the simple past of a place the article dates only in the past
    (:func:`place_history`: "In Srebrenica, about 8,000 men and boys were massacred" in a story that
    elsewhere says "Srebrenica in 1995") takes that time and is historical.  Mutates ``events``."""
    for e, m in zip(events, origin):
        if e.date_basis != "publication" or e.status != "asserted":
            continue
        told = place_history(m.trigger, published)
        if told:
            e.date, e.date_text, e.date_basis, e.historical = told[0], told[1], "relative", True
            e.explanation.append(f"date: the place's history, told as \"{told[1]}\" elsewhere in the article")


def _continue_narrative(events: list[Event], origin: list[EventMention], published: str | None) -> None:
    """Narrative continuity: an undated act that :func:`continues_narrative` right after a sentence
    whose main clause tells, in the simple past, acts dated to one time before the publication day
    takes that time ("... was the target of a gas attack in April. Trump blamed the government for
    the attack"; "On July 14, X plowed a truck into crowds. The truck careered ... before being
    stopped by police units who also shot dead the driver").  A historical time is kept at most to
    the month (the story goes on; it need not be the same day); a recent one, within
    HISTORICAL_DAYS, is the retelling of one incident and keeps its day.  Mutates ``events``."""
    anchors: dict[int, list[tuple[Event, EventMention]]] = {}
    for e, m in zip(events, origin):
        if e.date_basis != "publication":
            anchors.setdefault(m.trigger.sent.start, []).append((e, m))
    for e, m in zip(events, origin):
        sent = m.trigger.sent
        if e.date_basis != "publication" or e.status != "asserted" or sent.start == 0:
            continue
        prev_sent = m.trigger.doc[sent.start - 1].sent
        prev = anchors.get(prev_sent.start, [])
        if not prev and continues_narrative(m.trigger) and (told := told_history(prev_sent, published)):
            # "... tried to develop nerve agents before 1939. Fascist Italy used mustard gas in
            # Ethiopia": the story tells history, with no act of its own to lend its time
            e.date, e.date_text, e.date_basis, e.historical = told[0], told[1], "relative", True
            e.explanation.append(f"date: narrative continuity, history told at \"{told[1]}\" in the previous sentence")
            continue
        if not prev or len({f.date for f, _ in prev}) != 1 or not all(_before(f.date, published) for f, _ in prev):
            continue
        if not any(tells_past(g.trigger, main=False) for _, g in prev) or not continues_narrative(m.trigger):
            continue
        f = prev[0][0]
        e.date = f.date[:7] if f.historical else f.date
        e.date_text, e.date_basis, e.historical = f.date_text, f.date_basis, f.historical
        e.explanation.append(f"date: narrative continuity, from the previous sentence's \"{f.date_text}\"")


def _date_opening_offset(events: list[Event], origin: list[EventMention], published: str | None) -> None:
    """An act with no time of its own in a sentence that opens with a count of time from the story's
    own moment ("Ten days earlier, Assad had launched just such an attack", :func:`opening_offset`)
    takes the time counted from that moment, and is historical when that time is.  Mutates ``events``."""
    found: dict[int, tuple[str, str] | None] = {}
    for e, m in zip(events, origin):
        if e.date_basis != "publication" or e.status != "asserted":
            continue
        sent = m.trigger.sent
        if sent.start not in found:
            found[sent.start] = opening_offset(sent, published)
        told = found[sent.start]
        if told:
            e.date, e.date_text, e.date_basis = told[0], told[1], "relative"
            e.historical = is_historical(told[0], published)
            e.explanation.append(f"date: counted \"{told[1]}\" from the story's own time told before")


def _obituary_history(events: list[Event], origin: list[EventMention], published: str | None) -> None:
    """An obituary (:func:`obituary_subject`: "Jalal Talabani, who has died aged 83, ...") retells a
    life: an act it tells in the simple past with no time of its own ("Talabani became KDP envoy
    ... and met the US president", "He offered an olive branch to Sunnis") is historical.  The
    article's own news stays news: its first sentence, any sentence with a word of the death or
    its reactions (:data:`DEATH_WORDS`: "who has died", "paid tribute"), and a statement by anyone
    but the person the obituary is about ("a spokesman for Barzani regretted ...").  The date stays
    as it was: only the flag changes.  Mutates ``events``."""
    todo = [(e, m) for e, m in zip(events, origin)
            if e.date_basis == "publication" and e.status == "asserted" and not e.historical]
    if not todo or not published:
        return
    doc = todo[0][1].trigger.doc
    subject = obituary_subject(doc)
    if subject is None:
        return
    lowers = nlp_stage.token_table(doc).lower
    first_end = nlp_stage.sentences(doc)[0].end
    for e, m in todo:
        sent = m.trigger.sent
        if sent.start < first_end or not DEATH_WORDS.isdisjoint(lowers[sent.start:sent.end]):
            continue
        if not clause_told_past(m.trigger):
            continue
        if _a_statement(e) and not any(
                (a.entity_text or "").lower() in ("he", "she") or subject and subject in (a.entity_text or "").lower().split()
                for a in e.actor):
            continue
        e.historical = True
        e.explanation.append("historical: a life an obituary retells, told in the simple past")


#: Event types told by speaking: what a party says, asks, accuses, rejects or promises.
STATEMENT_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})

#: How many days before publication a dated statement may be for the same speaker's undated
#: statements later in the story to share its day (a briefing, a press conference, one speech).
STATEMENT_DAYS = 7


def _same_speaker(a: list[Entity], b: list[Entity]) -> bool:
    """Whether two actor lists name one speaker: one named actor (a person, a body), or one
    international body or organisation (:data:`NONSTATE_CODES`: "the United Nations" and its
    spokesman).  A shared country is not enough: a government and its opposition both speak
    for Israel."""
    return any((x.name and x.name == y.name) or (x.code and x.code == y.code and x.code in NONSTATE_CODES)
               for x in a for y in b)


def _a_statement(e: Event) -> bool:
    """Whether a record tells something said (:data:`STATEMENT_TYPES`, not an investigation, CAMEO 09)."""
    return e.event in STATEMENT_TYPES and not (e.cameo or "").startswith("09")


def _continue_statement(events: list[Event], origin: list[EventMention], published: str | None) -> None:
    """Statement continuity: an undated statement (:data:`STATEMENT_TYPES`) by a speaker whose
    statement the story dated earlier, within :data:`STATEMENT_DAYS` before publication, was made
    that day ("The United Nations welcomes the release ..., said a spokesperson on Monday." ...
    "'We appeal to all Nigerians ...,' said Dujarric. He also urged the international community
    ..."): a story tells one briefing or speech in several paragraphs, and dates it once.  The
    latest earlier dated statement of the same speaker (:func:`_same_speaker`) counts.
    Mutates ``events``."""
    if not published:
        return
    dated: list[tuple[int, Event]] = []
    for e, m in sorted(zip(events, origin), key=lambda x: x[1].trigger.i):
        if not _a_statement(e) or not e.actor:
            continue
        if e.date_basis != "publication":
            if e.date and len(e.date) == 10 and _before(e.date, published) and not is_historical(e.date, published) \
                    and (date.fromisoformat(published) - date.fromisoformat(e.date)).days <= STATEMENT_DAYS:
                dated.append((m.trigger.sent.start, e))
            continue
        earlier = [f for start, f in dated if start < m.trigger.sent.start and _same_speaker(e.actor, f.actor)]
        if earlier:
            f = earlier[-1]
            e.date, e.date_text, e.date_basis, e.historical = f.date, f.date_text, "relative", False
            e.explanation.append(f"date: statement continuity, the same speaker's statement dated \"{f.date_text}\"")


#: Sentences of news text, from the first one that holds an event, whose present-perfect news takes the story's day.
LEAD_SENTENCES = 2


def _date_lead(events: list[Event], origin: list[EventMention], published: str | None) -> None:
    """The lead's news is dated by the story's own day: an undated asserted act in the first
    :data:`LEAD_SENTENCES` sentences holding events, whose sentence tells it in the present perfect
    (:func:`tells_news`), takes the story's news peg (:func:`news_peg`: "At least two people have
    been killed after a suicide bomber crashed ..." ... "a blast was heard at around 11pm on
    Thursday evening").  The wire lead says what has happened; the body says when.  Mutates ``events``."""
    if not events:
        return
    doc = origin[0].trigger.doc
    starts = sorted({m.trigger.sent.start for m in origin})[:LEAD_SENTENCES]
    peg = None
    for e, m in zip(events, origin):
        if (e.date_basis != "publication" or e.status != "asserted" or m.trigger.sent.start not in starts
                or not tells_news(m.trigger)):
            continue
        peg = peg or news_peg(doc, published)
        if peg is None:
            return
        e.date, e.date_text, e.date_basis = peg
        e.historical = is_historical(e.date, published)
        e.explanation.append("date: news told in the lead in the present perfect takes the story's news peg")


def _explain_time_place(e: Event, carried: list[str]) -> list[str]:
    """``--explain`` lines for a record's date and place, read from its final fields (after
    in-article de-duplication): the date, its basis (spec: explicit, relative or publication) and
    the temporal expression it came from; the place's gazetteer name, country, feature and GeoNames
    id and the words it was read from.  Each is followed by the ``carried`` lines (starting "date:"
    or "place:") of the steps that took a date or place from elsewhere in the story."""
    if e.date is None and e.date_text:
        lines = [f"date none: \"{e.date_text}\" tells an act before the story's time on a day the text does not give"]
    elif e.date is None:
        lines = ["date none: no temporal expression reaches it and the story has no publication date"]
    elif e.date_basis == "publication":
        lines = [f"date {e.date} (publication): no temporal expression reaches it"]
    else:
        lines = [f"date {e.date} ({e.date_basis}) from \"{e.date_text}\""]
    lines += [x for x in carried if x.startswith("date:")]
    loc = e.event_loc
    if loc is None:
        lines.append("place none: the text does not say where")
    else:
        gid = f", GeoNames {loc.geonameid}" if loc.geonameid else ""
        place_carried = [x for x in carried if x.startswith("place:")]
        words = f" from \"{loc.text}\"" if not place_carried and loc.text and loc.text in e.sentence else ""
        lines.append(f"place {loc.name} {loc.country or '-'} ({loc.feature}{gid}){words}")
        lines += place_carried
    return lines


#: Types whose recipient is a place or a victim as a whole when it is a bare country name ("fired a
#: missile over Japan", "troops massed near Ukraine"): no sector; any other type's bare-country
#: recipient is addressed as a state (GOV).
VICTIM_RECIPIENT_TYPES = frozenset({"ASSAULT", "MOBILIZE"})

#: Types whose bare-country actor acts through its armed forces ("North Korea fired", "Israel
#: conquered the territory", "North Korea tested a missile", "Japan deployed batteries"): MIL; any
#: other type's bare-country actor is the state acting (GOV).  A capital standing for its state
#: ("Pyongyang fired") is the same armed forces there.
ARMED_ACTOR_TYPES = frozenset({"ASSAULT", "MOBILIZE"})

#: Pronouns of a thing that, resolved to a country and nothing more, stand for the state as its
#: name would ("North Korea ... It fired a missile", "China said it opposes").
STATE_PRONOUNS = frozenset(_WORDS["state_pronouns"])


#: A phrase that names countries by the word "country" or "nation", resolved to them ("the two
#: countries", "both nations", "the country"): the states as such.
_STATE_COLLECTIVE = re.compile(r"(?i)^(?:(?:both|all|these|those|this|that|two|three|four|the two|the three|the four)\s+)?"
                               r"(?:countr(?:y|ies)|nations?)$")


def _without_possessive(text: str) -> str:
    """``text`` without a final possessive mark ("Japan's", "Japan\u2019s", "the Philippines'")."""
    for suffix in ("'s", "\u2019s", "'"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _bare_country(ent: Entity, kb, collective: bool = True, adjective: bool = False) -> bool:
    """True when ``ent``'s own words are just a country's name ("Russia", "the DPRK", "Japan's"),
    with the country's code and no sector: the state as such, not a sector of it.  With
    ``collective``, also "the two countries", "both nations", "the country" resolved to it (said of an
    actor; a recipient "the country" is mostly its land: "liberate every inch of the country").  A
    pronoun of :data:`STATE_PRONOUNS` resolved to a country alone ("It fired a missile") is bare too;
    with ``adjective``, so is a country's adjective standing alone for it ("settlements in
    Israeli-occupied lands": Israel's)."""
    if ent.sector or not ent.code or not ent.entity_text:
        return False
    key = (ent.entity_text, ent.code, ent.name is None, collective, adjective, kb)
    found = _BARE_COUNTRY.get(key)
    if found is None:
        if len(_BARE_COUNTRY) > _BARE_COUNTRY_MAX:
            _BARE_COUNTRY.clear()
        found = _BARE_COUNTRY[key] = _bare_country_text(ent.entity_text, ent.code, ent.name is None, kb, collective,
                                                        adjective)
    return found


#: :func:`_bare_country`'s answers, by the party's words, code and whether it has a name, the two
#: options and the knowledge base: the same few parties recur in every record of a story, and
#: "Russia" in many stories; emptied when it grows past :data:`_BARE_COUNTRY_MAX`.
_BARE_COUNTRY: dict[tuple, bool] = {}
_BARE_COUNTRY_MAX = 100_000


def _bare_country_text(entity_text: str, code: str, unnamed: bool, kb, collective: bool, adjective: bool) -> bool:
    """:func:`_bare_country` of a party with no sector, words ``entity_text`` and code ``code``
    (``unnamed``: it has no name)."""
    text = _without_possessive(entity_text.strip())
    if text.lower().startswith("the "):
        text = text[4:]
    if " (" in text:  # "the Democratic People's Republic of Korea (DPRK)", its parenthesis cut or not
        text = text[: text.rindex(" (")]
    return (any(_is_country_name(t, code, kb) for t in _country_readings(text))
            or adjective and _is_country_name(text, code, kb, adjective=True)
            or collective and bool(_STATE_COLLECTIVE.match(text))
            or (unnamed and text.lower() in STATE_PRONOUNS and _is_state(code, kb)))


#: Words before a country's name that say which part of it is meant ("northern Syria"): a place,
#: not the state; any other lower-case modifier ("an angry North Korea", "nuclear-armed Pakistan")
#: leaves the country itself.
PART_WORDS = frozenset(_WORDS["part_words"])


def _country_readings(text: str) -> list[str]:
    """The words of a party that may be just a country's name: the whole, the part before an
    apposition ("China, the North's key ally"), the possessor of a phrase the country owns ("North
    Korea's reckless action": the act is the state's), and the name after lower-case modifiers that
    name no part of it ("an angry North Korea")."""
    out = [text]
    if ", " in text:
        out.append(text.split(", ", 1)[0])
    for mark in ("'s ", "\u2019s "):
        if mark in text:
            out.append(text.split(mark, 1)[0])
    words = text.split()
    k = 0
    while k < len(words) - 1 and words[k].replace("-", "").isalpha() and words[k].islower() \
            and words[k] not in PART_WORDS:
        k += 1
    if k:
        out.append(" ".join(words[k:]))
    return out


def _is_country_name(text: str, code: str, kb, adjective: bool = False) -> bool:
    """True when ``text`` is a name of the country ``code`` in the knowledge base; with
    ``adjective``, also its singular adjective ("Israeli", not "Israelis").  A name of several
    states ("Koreas") is a name of each of them."""
    return any((x.code == code or code in x.codes)
               and (x.kind == "country" or adjective and x.kind == "adjective" and not x.plural)
               for x in kb.names.get(text, ()))


#: Nouns of armed acts and arms: a country's name before one ("Saudi air strikes killed ...",
#: "Israeli shells hit ...") names the country whose forces act.
ARMED_ACT_NOUNS = frozenset(_WORDS["armed_act_nouns"])


def _national_act(ent: Entity, e: Event, kb) -> bool:
    """True when ``ent`` is the event's own noun phrase, or a phrase headed by a noun of armed acts
    (:data:`ARMED_ACT_NOUNS`), and the words before the act name only a country ("US air strikes",
    "Turkish attacks", "Saudi air strikes killed ...", "the recent Israeli raids"): the country that
    acts, with no sector of its own."""
    if ent.sector or not ent.code or not ent.span or not e.event_span or not _is_state(ent.code, kb):
        return False
    if ent.span[0] <= e.event_span[0] < ent.span[1]:
        words = ent.entity_text[: e.event_span[0] - ent.span[0]].split()
    elif ent.entity_text.split()[-1].lower() in ARMED_ACT_NOUNS:
        words = ent.entity_text.split()
    else:
        return False
    while words and words[-1].islower():
        words.pop()  # "US air strikes": the words of the act itself
    while words and (words[0].islower() or words[0].lower() in ("the", "a", "an")):
        words.pop(0)  # "the recent Israeli raids"
    name = " ".join(words)
    return bool(name) and _is_country_name(name, ent.code, kb, adjective=True)


def _is_state(code: str, kb) -> bool:
    """True for the code of a country of the knowledge base (not IGO, UNO, a group, ...)."""
    return code in kb.countries


def _seat_of_state(ent: Entity, kb) -> bool:
    """True when ``ent``'s own words are only a capital or seat of government standing for its
    state ("Pyongyang", "Washington's"), which the knowledge base codes GOV."""
    if ent.sector != "GOV" or not ent.code or not ent.entity_text:
        return False
    text = _without_possessive(ent.entity_text.strip())
    return any(x.kind == "metonym" and x.code == ent.code and x.sector == "GOV" for x in kb.names.get(text, ()))


#: Prepositions whose object is where something happens, not a party: "fighting in Syria", "an
#: appeal for inside Syria", "troops in north-west Syria".
PLACE_PREPS = frozenset(_WORDS["place_preps"])


def _named_as_place(ent: Entity, doc: Doc | None) -> bool:
    """True when ``ent``'s words are the object of a preposition of place (:data:`PLACE_PREPS`)."""
    if doc is None or not ent.span:
        return False
    phrase = doc.char_span(*ent.span)
    if phrase is None:
        return False
    root = phrase.root
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS


def state_sectors(e: Event, kb, doc: Doc | None = None) -> None:
    """A bare country name that acts or is addressed as a state gets the state's sector, as our
    annotation guide codes it (docs/annotation-guide.md, ``sector``: "A bare country name
    ('Japan said') is GOV when it speaks or acts as a state; null when it is only a place or a
    victim as a whole"): an actor is GOV ("Russia condemned", "Israel indicted"), or MIL for an
    attack (:data:`ARMED_ACTOR_TYPES`: "the DPRK fired a missile"); a recipient is GOV ("urged
    China", "accused Japan") unless the type makes it a place or victim
    (:data:`VICTIM_RECIPIENT_TYPES`) or the country is named as a place in ``doc`` ("fighting in
    Syria", :func:`_named_as_place`; but for a CONSULT, whose place is the host: "arrived in
    Japan").  Parties with a sector, sector-only parties and phrases other
    than the country's own name ("Chinese companies") are left alone.  Mutates ``e`` (new Entity
    objects: one entity may be shared by several records)."""
    armed = e.event in ARMED_ACTOR_TYPES
    e.actor = [replace(a, sector="MIL" if armed else "GOV")
               if _bare_country(a, kb) or (armed and (_seat_of_state(a, kb) or _national_act(a, e, kb))) else a
               for a in e.actor]
    if e.event not in VICTIM_RECIPIENT_TYPES:
        # a visit's place is its host ("arrived in Japan"): no place is only a place there
        placed = (lambda r: False) if e.event == "CONSULT" else (lambda r: _named_as_place(r, doc))
        e.recipient = [replace(r, sector="GOV")
                       if _bare_country(r, kb, collective=False, adjective=True) and not placed(r) else r
                       for r in e.recipient]


def one_per_country_sector(e: Event) -> None:
    """One recipient per country and sector: of unnamed recipients (no person or body name) with the
    same code and sector, the first is kept, and one with no sector gives way to one of the same
    code with a sector ("returned the seized British tanker to the UK": the UK, GBR GOV, not also
    the tanker, GBR).  Named parties ("Putin" beside "Russia") are kept.  Mutates ``e``."""
    sectored = {r.code for r in e.recipient if r.code and r.sector}
    seen: set[tuple[str | None, str | None]] = set()
    out = []
    for r in e.recipient:
        if r.code and not r.name:
            if (r.code, r.sector) in seen or (r.sector is None and r.code in sectored):
                continue
            seen.add((r.code, r.sector))
        out.append(r)
    e.recipient = out


#: Types whose recipient is a party the act falls on (attacked, arrested, jailed, fined): a private
#: person named there, with no office or sector the text or the dictionaries give, is a civilian.
SUFFERED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
#: Sectors of the state's legal organs, whose accusation ("charged by the court") falls on its recipient.
LEGAL_ORGANS = frozenset({"JUD", "COP"})
#: Pronouns of one person (a person named before: "arrested her").
PERSON_PRONOUNS = frozenset(_WORDS["person_pronouns"])


def _private_person(ent: Entity, doc: Doc | None) -> bool:
    """True when ``ent`` has no sector and its words are a person's name the dictionaries do not
    know ("Ahed Tamimi, 16", "Michael Neu") or a personal pronoun ("her")."""
    if ent.sector or not ent.entity_text or doc is None or not ent.span:
        return False
    if ent.entity_text.lower() in PERSON_PRONOUNS:
        return True
    phrase = doc.char_span(*ent.span)
    return phrase is not None and phrase.root.ent_type_ == "PERSON" and pos_of(phrase.root) == "PROPN"


def private_person_sectors(e: Event, doc: Doc | None = None) -> None:
    """A private person an act falls on is a civilian (CVL), as our annotation guide codes victims,
    detainees and defendants: the recipient of an attack, arrest, sentence or fine
    (:data:`SUFFERED_TYPES`), or of an accusation by a court or the police ("was charged by an Israeli
    military court"), when it is a named person with no sector of their own or a pronoun standing
    for one (:func:`_private_person`).  Office holders keep their sector (they have one).  Mutates
    ``e`` (new Entity objects)."""
    if e.event in SUFFERED_TYPES or (e.event == "ACCUSE" and any(a.sector in LEGAL_ORGANS for a in e.actor)):
        e.recipient = [replace(r, sector="CVL") if _private_person(r, doc) else r for r in e.recipient]


class Pipeline:
    """Everything the coder needs, loaded once.  ``model`` names an installed spaCy pipeline."""

    def __init__(self, model: str | None = None):
        self.nlp = nlp_stage.load(model)
        self.kb = load_kb()
        self.lexicon = load_lexicon()
        self.gazetteer = load_gazetteer()
        # the tables the coder otherwise builds on first use (the actor matchers, the event tables,
        # the confidence model, dateparser's English tables): loading, not coding, which the first
        # stories would pay for
        load_actor_tables(self.nlp, self.kb)
        load_event_tables()
        default_model()
        load_date_reader()
        # what was just loaded (the spaCy pipeline, the dictionaries, the lexicon, the gazetteer, the
        # date parser's tables) lives as long as the process: out of the garbage collector's reach, a
        # full collection while coding no longer walks its hundreds of thousands of objects (about 3%
        # of the coder's time on NGEC)
        gc.collect()
        gc.freeze()

    def code_doc(self, doc: Doc, article: Article) -> list[Event]:
        """Events of one parsed article (``doc`` is ``nlp(article.text)``)."""
        nlp_stage.repair_coordinated_clauses(doc)
        nlp_stage.index_sentences(doc)
        nlp_stage.know_text(doc, article.text)
        # no garbage collection while one document is coded: its tables and memos live until the
        # end of the document, and each collection meanwhile walked them again (a few per cent of
        # the coder's time on NGEC); what the document leaves is collected once, after it
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._code_doc(doc, article)
        finally:
            nlp_stage.forget_sentences(doc)
            if collecting:
                gc.enable()

    def _code_doc(self, doc: Doc, article: Article) -> list[Event]:
        published = article.published
        annotate_actors(doc, self.nlp, published, self.kb)
        mentions = find_events(doc, self.lexicon)
        counts = Counter(e.code for ents in actors_of(doc).values() for e in ents
                         if e.code and e.code not in NONSTATE_CODES)
        story_countries = [c for c, _ in counts.most_common()]
        # toponyms only of the sentences a record's place or party can come from (:func:`_mention_sentences`)
        toponyms = toponym_spans(doc, self.gazetteer, self.kb, sentences=_mention_sentences(doc, mentions))
        dateline = dateline_place(article.text, article.dateline_place, self.gazetteer, story_countries)
        dateline_country = dateline[1].country if dateline else None
        events, origin = [], []
        # each mention's sentence, read once for the loops below (each ``Token.sent`` is a call)
        sentences = [m.trigger.sent for m in mentions]
        by_sentence: dict[int, list] = {}
        for m, sent in zip(mentions, sentences):
            by_sentence.setdefault(sent.start, []).append(m.trigger)
        for m, sent in zip(mentions, sentences):
            e = m.entry
            prefer = "future" if m.status == "future" else "past"
            date, date_text, basis = date_event(m.trigger, published, prefer, by_sentence[sent.start])
            loc = place_event(m.trigger, toponyms, self.gazetteer, story_countries,
                              destination=(e.mode in DESTINATION_MODES),
                              origin=(e.event == "RETREAT" or (e.event == "SANCTION" and e.mode in ORIGIN_MODES)),
                              attacked=(e.event == "ASSAULT"), at_target=(e.event in PLACED_AT_TARGET),
                              dateline=dateline_country)
            self._place_in_name(m, toponyms, story_countries)
            if not m.recipient:
                m.recipient = self._place_objects(m, toponyms, story_countries)
            if not m.recipient and e.event not in PLACED_AT_TARGET:
                m.recipient = self._aimed_place(m, toponyms, story_countries)
            if e.event == "ACCUSE" and e.pos == "VERB":  # "denounced the attack on Beijing": not Beijing
                m.recipient = [r for r in m.recipient if not victim_of_denounced_act(m.trigger, r, self.lexicon, m.used)]
            for ent in (*m.actor, *m.recipient):
                if ent.code is None and ent.span:
                    phrase = doc.char_span(*ent.span)
                    if phrase is not None:
                        ent.code = phrase_country(phrase.root, toponyms, self.gazetteer, story_countries)
            sent_text = nlp_stage.span_text(sent).rstrip()
            if m.used:
                start = min(t.idx for t in [m.trigger, *m.used])
                end = max(t.idx + len(t) for t in [m.trigger, *m.used])
            else:  # (a one-word trigger: its own bounds, no generator)
                start, end = m.trigger.idx, m.trigger.idx + len(m.trigger)
            events.append(Event(
                id=event_id(article.story_id, start, end, e.event, e.cameo),
                story_id=article.story_id, event=e.event, mode=e.mode, context=list(e.context),
                cameo=e.cameo, goldstein=e.goldstein, quad_code=quad_class(e.cameo, e.event),
                actor=m.actor, recipient=m.recipient, date=date, date_text=date_text, date_basis=basis,
                status=_status_by_date(m, date, basis, published), attribution=m.attribution,
                historical=is_historical(date, published) or ((basis == "publication" or date is None) and is_background(m.trigger, published)),
                event_loc=loc, event_text=m.text, event_span=(start, end), sentence=sent_text,
                sentence_span=(sent.start_char, sent.start_char + len(sent_text)), confidence=0.0,
                rule=e.rule + ("+implied-agent" if m.implied_agent else ""), coder=CODER,
            ))
            origin.append(m)
        _date_opening_offset(events, origin, published)
        _continue_narrative(events, origin, published)
        _obituary_history(events, origin, published)
        _date_place_history(events, origin, published)
        _date_lead(events, origin, published)
        _continue_statement(events, origin, published)
        _same_court_place(events, origin)
        same_case = _same_accused_place(events, origin)
        story_country = dominant_country(_home_counts(doc))
        heads = sorted(actors_of(doc))  # actor heads in order: a sentence's are found by bisection
        by_sent: dict[int, str | None] = {}  # one sentence's country, computed once however many events it holds
        for e, m, sent in zip(events, origin, sentences):  # (``origin`` is ``mentions``, in order)
            if sent.start not in by_sent:
                by_sent[sent.start] = self._sentence_country(sent, toponyms, story_countries, heads)
            country = by_sent[sent.start]
            if country is None and id(e) in same_case:  # the sentence of an earlier act on the same person
                e2, m2 = same_case[id(e)]
                known = {x.name: x.code for x in e2.recipient if x.name and x.code}
                e.recipient = [replace(x, code=known[x.name]) if not x.code and x.name in known else x
                               for x in e.recipient]
                earlier = m2.trigger.sent
                if earlier.start not in by_sent:
                    by_sent[earlier.start] = self._sentence_country(earlier, toponyms, story_countries, heads)
                country = by_sent[earlier.start]
            if _beyond_one_country(e, m):
                # neither the story's nor the sentence's country is where it happened
                fill_domestic_codes(e, None, None)
            else:
                fill_domestic_codes(e, story_country, country, venue=_said_at(e, m, toponyms))
        _same_mention_same_country(events)
        events = [as_weapons_test(e, m.entry.words, self.lexicon, m.trigger) for e, m in zip(events, origin)]
        for e, m, sent in zip(events, origin, sentences):
            self._polity_object(e, m, story_country, by_sent.get(sent.start))
        named_in: dict[int, set[str]] = {}  # a sentence's named state codes, gathered once however many events it holds
        for e, m, sent in zip(events, origin, sentences):
            named = named_in.get(sent.start)
            if named is None:
                actors = actors_of(doc)
                named = named_in[sent.start] = {x.code for i in _heads_within(heads, sent.start, sent.end)
                                                for x in actors[i] if x.code and x.code not in NONSTATE_CODES}
            implied_domestic_target(e, named, aimed_at_act=others_act_object(m.trigger),
                                    beyond_home=_object_beyond_home(m))
        for e in events:  # a place inferred from the story, not the sentence: after the codes it must not drive
            if e.event_loc is None:
                e.event_loc = fallback_place(_placing_parties(e), dateline, story_country, self.gazetteer)
                if e.event_loc is not None:
                    e.explanation.append("place: no place in its sentence reaches it; the dateline's or the "
                                         "story's country")
        # id(e) -> (lines, date, place) before the merge, and the mention, parties and rule that its
        # explanation tells (made after the merge, for the records kept only: the filters and the
        # merge read no explanation, and the merge only adds lines after it)
        carried: dict[int, tuple[list[str], str | None, object, EventMention, list, list, str]] = {}
        for e, m in zip(events, origin):
            carried[id(e)] = (e.explanation, e.date, e.event_loc, m, e.actor, e.recipient, e.rule)
            e.explanation = []
        forget_cache(doc)
        # an event noun whose parties stay uncoded even after the place and story ("to join the
        # fight", "protests in the Middle East") names no one: it is a topic, not a record
        pairs = [(e, m) for e, m in zip(events, origin)
                 if m.entry.pos != "NOUN" or any(x.code for x in (*e.actor, *e.recipient))]
        # a meeting, talks or a visit with no other party named, even after the place ("joins the
        # show to discuss motives", "arrived for his hearing"), is no PLOVER CONSULT
        pairs = [(e, m) for e, m in pairs if not lacks_counterpart(e, m)]
        # "the tanker previously visited Yeosu port": a merchant craft calling at a port visits nobody
        pairs = [(e, m) for e, m in pairs if not vehicle_call(e, m)]
        # "Isis is not defeated": an act denied with nobody named or placed as its doer tells of
        # no party's act (an implied doer that the place or story gave a country still does)
        pairs = [(e, m) for e, m in pairs
                 if not (m.implied_agent and e.status == "negated" and not any(a.code for a in e.actor))]
        # "an adult found guilty could be jailed for up to 10 years", "the risk of unrest": an act
        # not told as done, whose every party is only implied, is nobody's act; "threatened to
        # overrun Kunduz": the threat is the record, the act only threatened none (events.coder);
        # "forces backing Assad": a side named, no act told (events.coder)
        pairs = [(e, m) for e, m in pairs if not m.only_threatened and not m.describes_party
                 and not untold_parties(e, placed=self._placed_by_sentence(e, m, toponyms, story_countries))]
        # "the protests" with an implied doer, after protests were told: the one told before
        kept = [e for e, _ in pairs]
        pairs = [(e, m) for e, m in pairs if not refers_back(m, e, kept)]
        # "we're going to withdraw" with "we" tied to no party, after the withdrawal was told: a retelling
        pairs = [(e, m) for e, m in pairs if not pronoun_retold(e, kept)]
        # "were killed when US forces carried out air strikes": the strikes are the killing
        events = fold_doerless([e for e, _ in pairs], doers_in_moment_clause(pairs))
        lead = [e for e, m in pairs if e.sentence_span[0] == 0 and tells_present(m.trigger)]
        merged = merge_mentions(events, series_mentions(pairs) + other_occurrences(pairs), added_sufferers(pairs), lead)
        for e in merged:
            _, _, _, m, actor, recipient, rule = carried[id(e)]
            e.explanation = [*explain_mention(m, actor, recipient, rule), *e.explanation]
        story_counterparts(merged, lambda: _state_mentions(doc, actors_of(doc)))
        for e in merged:
            state_sectors(e, self.kb, doc)
            private_person_sectors(e, doc)
            one_per_country_sector(e)
        for e in merged:  # the final record's own features give its confidence (events.confidence)
            e.confidence = confidence(e)
        for e in merged:  # date and place as the merge left them
            lines, date0, place0 = carried[id(e)][:3]
            if e.date != date0:
                lines = [x for x in lines if not x.startswith("date:")] + ["date: from another mention of this event"]
            if e.event_loc is not place0:
                lines = [x for x in lines if not x.startswith("place:")] + ["place: from another mention of this event"]
            e.explanation = [*e.explanation, *_explain_time_place(e, lines)]
        return merged

    def _placed_by_sentence(self, e: Event, m: EventMention, toponyms: dict, story_countries: list[str]) -> bool:
        """Whether a place named in the record's sentence lies in a country its parties have
        ("observers will be allowed back into Bolivia": BOL), for :func:`untold_parties`; a name
        the model takes for a place in another country ("Tamimi") does not place it."""
        codes = {x.code for x in (*e.actor, *e.recipient) if x.code}
        sent = m.trigger.sent
        return bool(codes) and any(toponym_country(sent.doc[i], toponyms, self.gazetteer, story_countries) in codes
                                   for i in toponyms if sent.start <= i < sent.end)

    def _sentence_country(self, sent, toponyms: dict, story_countries: list[str], heads: list[int]) -> str | None:
        """The only country a sentence names, through its coded actors or its places; None when
        it names none or several.  ``heads``: the document's actor heads in order (``sorted(actors_of(doc))``)."""
        doc = sent.doc
        actors = actors_of(doc)
        deps = nlp_stage.token_table(doc).dep  # (only a prepositional object can be compared: no token made for the rest)
        codes = {x.code for i in _heads_within(heads, sent.start, sent.end)
                 if deps[i] != "pobj" or not _compared(doc[i]) for x in actors[i] if x.code and x.code not in NONSTATE_CODES}
        for i in range(sent.start, sent.end):
            span = toponyms.get(i)
            if span is not None and span.start == i and not _compared(span.root):
                place = self.gazetteer.resolve(nlp_stage.span_text(span), story_countries)
                if place is not None:
                    codes.add(place.country)
        return codes.pop() if len(codes) == 1 else None

    @staticmethod
    def _polity_object(e: Event, m: EventMention, story_country: str | None,
                       sentence_country: str | None = None) -> None:
        """An act on a country's institutions named without the country ("refused to recognise
        the election results", "backed the government") is aimed at that country: the one an
        earlier mention of the same institution belongs to (:func:`_earlier_polity_country`), else
        the only country its own sentence names (``sentence_country``: "money for Syria unless
        elections are agreed"), else the country the story is about (``story_country``,
        :func:`dominant_country`), each only when the actors are from elsewhere.  The object becomes a recipient coded to it,
        with the sector of its own words or else GOV (the state that holds the election).  Mutates ``e``."""
        if e.recipient or not any(a.code for a in e.actor):
            return
        actor_codes = {a.code for a in e.actor}
        objects = [c for c in children_of(m.trigger) if c.dep_ in ("dobj", "nsubjpass")] + list(m.used)
        objects += [g for c in children_of(m.trigger) if c.dep_ == "xcomp"  # "refused to recognise the results"
                    for g in children_of(c) if g.dep_ == "dobj"]
        lemmas = nlp_stage.token_table(m.trigger.doc).lemma  # (``tok.lemma_.lower()`` by token index)
        for obj in objects:
            nouns = [t for t in obj.subtree if lemmas[t.i] in POLITY_NOUNS]
            if not nouns or any(c.dep_ == "poss" or c.ent_type_ for c in obj.subtree if c != obj):
                continue
            code = _earlier_polity_country(nouns, actor_codes) or next(
                (c for c in (sentence_country, story_country) if c and c not in actor_codes), None)
            if code:
                # the state its institutions stand for (GOV), unless the noun has a sector of its own
                sector = next((x.sector for x in actors_of(obj.doc).get(obj.i, ()) if x.sector), "GOV")
                e.recipient = [Entity(entity_text=obj.text, code=code, sector=sector, name=None,
                                      span=(obj.idx, obj.idx + len(obj)))]
                return

    def _place_in_name(self, m: EventMention, toponyms: dict, story_countries: list[str]) -> None:
        """An attack named after the town it hit ("the Paris attacks", "the Kunduz air strikes")
        is an attack on that place's country, not by it: when the actor of an event noun of
        :data:`PLACE_NAMED_TYPES` is the noun's own phrase and got its country only from a
        town-level toponym among the noun's modifiers, that country moves to the recipient (when
        the event has none) and the actor keeps only its sector ("terrorist").  Mutates ``m``."""
        if m.entry.pos != "NOUN" or m.entry.event not in PLACE_NAMED_TYPES or m.recipient:
            return
        trig = m.trigger
        mods = [c for c in trig.subtree if c.i != trig.i and c.dep_ in ("compound", "nmod") and c.i in toponyms]
        if not mods or any(c.ent_type_ == "NORP" for c in trig.subtree if c.i != trig.i):
            return  # "Russian air strikes on Kharkiv": the nationality names the actor
        place = self.gazetteer.resolve(toponyms[mods[0].i].text, story_countries)
        if place is None or place.feature == "country":
            return  # "US air strikes": a country named before the noun is the one that acts
        own = [a for a in m.actor if a.span and a.span[0] <= trig.idx < a.span[1] and a.code == place.country]
        if not own:
            return
        span = toponyms[mods[0].i]
        m.actor = [replace(a, code=None) if a in own else a for a in m.actor]
        m.recipient = [Entity(entity_text=span.text, code=place.country, sector=None, name=None,
                              span=(span.start_char, span.end_char))]

    def _place_objects(self, m: EventMention, toponyms: dict, story_countries: list[str]) -> list[Entity]:
        """A place the event is done to, as its recipient when it has none: the trigger's object
        ("shelled Kharkiv", "seized the town of Goma") coded to the place's country."""
        for obj in [c for c in children_of(m.trigger) if c.dep_ in ("dobj", "nsubjpass")] + list(m.used):
            for tok in [obj] + [g for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of"
                                for g in children_of(c) if g.dep_ == "pobj"]:
                code = toponym_country(tok, toponyms, self.gazetteer, story_countries)
                if code:
                    span = toponyms[tok.i]
                    return [Entity(entity_text=span.text, code=code, sector=None, name=None,
                                   span=(span.start_char, span.end_char))]
        return []

    def _aimed_place(self, m: EventMention, toponyms: dict, story_countries: list[str]) -> list[Entity]:
        """The place an act is aimed "on" (:func:`aimed_place`: "toughened sanctions on the DPRK",
        "pressure on North Korea"), as its recipient when it has none, coded to the place's country:
        the place is the act's target, though not where it happens."""
        tok = aimed_place(m.trigger, toponyms)
        code = tok is not None and toponym_country(tok, toponyms, self.gazetteer, story_countries)
        if not code:
            return []
        span = toponyms[tok.i]
        return [Entity(entity_text=span.text, code=code, sector=None, name=None, span=(span.start_char, span.end_char))]

    def extract(self, article: Article) -> list[Event]:
        """Events of one cleaned article."""
        return self.code_doc(self.nlp(article.text), article)

    def run(self, items: Iterable[RawArticle | ArticleError], batch_size: int = 16) -> Iterator[Result]:
        """Clean and code a stream of raw articles; a bad article yields a Result with ``error``
        and the stream goes on.  Results come in input order."""
        batch: list[Result] = []
        for item in items:
            if isinstance(item, ArticleError):
                batch.append(Result(item.story_id, error=item.reason))
            else:
                try:
                    batch.append(Result(item.story_id, article=clean(item)))
                except ArticleError as err:
                    batch.append(Result(err.story_id, error=err.reason))
                except Exception as err:  # a bug on one article must not stop the batch
                    batch.append(Result(item.story_id, error=f"internal error while cleaning: {type(err).__name__}: {err}"))
            if len(batch) >= batch_size:
                yield from self._code_batch(batch)
                batch = []
        yield from self._code_batch(batch)

    def _parse(self, batch: list[Result]) -> dict[int, Doc]:
        """Parse the articles of a batch together; if the batch fails, one by one, so that one
        article the NLP pipeline cannot take is reported and the others are still coded."""
        for r in batch:
            if r.article is not None and len(r.article.text) > self.nlp.max_length:
                r.error = (f"too long for the NLP pipeline ({len(r.article.text):,} > {self.nlp.max_length:,} characters;"
                           " NEWSEVENTS_MAX_CHARS raises the limit)")
                r.article = None
        todo = [r for r in batch if r.article is not None]
        try:
            return dict(zip((id(r) for r in todo), self.nlp.pipe([r.article.text for r in todo])))
        except Exception:
            parsed = {}
            for r in todo:
                try:
                    parsed[id(r)] = self.nlp(r.article.text)
                except Exception as err:
                    r.error = f"NLP pipeline failed: {type(err).__name__}: {err}"
                    r.article = None
            return parsed

    def _code_batch(self, batch: list[Result]) -> Iterator[Result]:
        parsed = self._parse(batch)
        for r in batch:
            if r.article is not None:
                try:
                    r.events = self.code_doc(parsed[id(r)], r.article)
                except Exception as err:  # one article's bug must not stop a corpus run
                    r.error = f"internal error: {type(err).__name__}: {err}"
                    r.events = []
                    r.article = None
                    if os.environ.get("NEWSEVENTS_DEBUG"):
                        traceback.print_exc()
            yield r


_PIPELINES: dict[str | None, Pipeline] = {}


def get_pipeline(model: str | None = None) -> Pipeline:
    """The process-wide :class:`Pipeline` for ``model`` (built on first use)."""
    key = nlp_stage.model_name(model)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(key)
    return _PIPELINES[key]


#: Prepositions that place an act within a region.
_REGION_PREPS = frozenset(_WORDS["region_preps"])


#: Verbal acts (stances, promises, endorsements) whose place, named on their own verb, is where they
#: were made: "refused to engage in Geneva", "the agreement was reached in Geneva".  Not requests:
#: one "sought refuge in Germany" asks Germany.
SAID_AT_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})
#: Nouns of gatherings and of the places that hold them, through which a venue is named ("at a
#: meeting in the resort of Sochi", "at talks in Geneva").
VENUE_WORDS = VENUE_NOUNS | frozenset(_WORDS["venue_words_more"])


def _said_at(e: Event, m: EventMention, toponyms: dict) -> bool:
    """True when ``e`` is a verbal act (:data:`SAID_AT_TYPES`) whose place is named by an "in"/"at"
    phrase on its trigger verb or on the infinitive it governs ("refused to engage in Geneva"):
    the venue, not a party the act is aimed at.  A place inside the act's object ("condemned the
    violence in Syria") is not on the verb and does not count."""
    loc = e.event_loc
    if e.event not in SAID_AT_TYPES or loc is None or not loc.text or m.entry.pos != "VERB":
        return False
    trig = m.trigger
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(trig)):
        return False  # "dispatched inspectors to a plant in central Iran": sent there, not said there
    if any(u.lemma_.lower() in MISSION_NOUNS for u in m.used):
        return False  # "set up an embassy in Damascus": a mission stands in the state it is accredited to
    verbs = {trig.i, *(c.i for c in children_of(trig) if c.dep_ == "xcomp")}
    for i in range(trig.sent.start, trig.sent.end):
        span = toponyms.get(i)
        if span is None or span.start != i or span.text != loc.text:
            continue
        t = span.root
        for _ in range(4):  # "at a meeting in the resort of Sochi": up through the venue's nouns
            if t.dep_ != "pobj" or t.head.dep_ != "prep":
                break
            prep, host = t.head, t.head.head
            if prep.lower_ in ("in", "at") and host.i in verbs:
                return True
            if not (host.lemma_.lower() in VENUE_WORDS and prep.lower_ in ("in", "at", "of")):
                break
            t = host
    return False


#: Prepositions that set a country beside the sentence's matter for comparison ("like Bosnia").
COMPARING_PREPS = frozenset(_WORDS["comparing_preps"])


def _compared(tok: Token) -> bool:
    """True for a place's name in a comparison ("As in Bosnia, nobody protected ...", "unlike
    Iraq"): the sentence is not about that country."""
    # (labels, forms and heads by token index: no token made for the preposition or its head)
    table = nlp_stage.token_table(tok.doc)
    deps, lowers, heads, i = table.dep, table.lower, table.head, tok.i
    if deps[i] != "pobj" or deps[heads[i]] != "prep" or tok.ent_type_ not in ("GPE", "LOC"):
        return False  # ("Like all Syrian fighters who agreed to interviews, he ...": one of them)
    prep = heads[i]
    return lowers[prep] in COMPARING_PREPS or (lowers[prep] == "in" and lowers[heads[prep]] == "as" and heads[prep] < prep)


#: Modifiers that put an act's object beyond the actor's own country ("international
#: counter-terrorism efforts", "foreign fighters").
BEYOND_HOME_WORDS = FOREIGN_WORDS | frozenset(_WORDS["beyond_home_words_more"])
#: Words that open an indirect question: "investigate who was behind the attack" asks who did it.
QUESTION_WORDS = frozenset(_WORDS["question_words"])


def _object_beyond_home(m: EventMention) -> bool:
    """True when what the act is done to or asks for lies beyond the actor's own society: its
    direct or passive object, a noun the lexicon pattern used or the object of a preposition it
    used, modified by a word of :data:`BEYOND_HOME_WORDS` ("detained 900 foreign fighters", "called
    for more international efforts"); or a clause asking who or what ("working to investigate who
    was behind the attack": whoever that is)."""
    trig = m.trigger
    table = nlp_stage.token_table(trig.doc)  # (labels and forms by token index: no string made per read)
    deps, lowers = table.dep, table.lower
    # (the empty cases skip their comprehensions, and the tests are plain loops: no generators)
    objs = [c for c in children_of(trig) if deps[c.i] in ("dobj", "nsubjpass")]
    if m.used:
        objs += [u for u in m.used if pos_of(u) == "NOUN"]
        objs += [g for u in m.used if pos_of(u) == "ADP" for g in children_of(u) if deps[g.i] == "pobj"]
    if objs:
        # "detained a total of 900 foreign fighters": what an amount counts
        objs += [g for o in list(objs) for c in children_of(o) if deps[c.i] == "prep" and lowers[c.i] == "of"
                 for g in children_of(c) if deps[g.i] == "pobj"]
    for o in objs:
        if lowers[o.i] in BEYOND_HOME_WORDS:
            return True
        for c in children_of(o):
            if lowers[c.i] in BEYOND_HOME_WORDS:
                return True
    for c in children_of(trig):
        if deps[c.i] == "ccomp" and c.left_edge.lower_ in QUESTION_WORDS:
            return True
    return False


def _beyond_one_country(e: Event, m: EventMention) -> bool:
    """Whether the event has no place in one country but its trigger places it in a region the
    gazetteer puts in none ("violent protests in the Middle East", "attacks across Africa"): the
    text says where it happened, and that is not the country the story or the sentence is about,
    so its people are not that country's."""
    if e.event_loc is not None:
        return False
    table = nlp_stage.token_table(m.trigger.doc)  # (labels and forms by token index, no string made per read)
    deps, lowers = table.dep, table.lower
    return any(deps[g.i] == "pobj" and g.ent_type_ == "LOC" for c in children_of(m.trigger)
               if deps[c.i] == "prep" and lowers[c.i] in _REGION_PREPS for g in children_of(c))
