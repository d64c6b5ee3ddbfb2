"""The recipient a sentence leaves out, from the story: the actor's counterpart elsewhere in it.

News tells a directed act without its target when the story has already named it: in a story on
North Korea's missile launches, "Japan condemned the launch" and "the UN imposed sanctions" are
aimed at North Korea although their sentences do not say so.  Human coders, and our annotation
guide, code that target; a coder that reads one sentence at a time leaves the record without a
recipient.

:func:`story_counterparts` gives such a record the state that its actor deals with in the story's
other records: for each other record in which one of the actor's codes acts, the states it acts
on; for each in which one of them is acted on, the states that act (not a record whose doer the
coder implied, ``+implied-agent``: its country is a guess).  The state counted most often wins; a
tie, or no count at all, leaves the record as it was (a guess is worse than a gap).

Only types whose act is aimed at someone by its nature get this (:data:`DIRECTED_TYPES`); demands
are left out because their target, when unsaid, is as often a general one, and meetings,
cooperation, mobilisation, pull-backs and aid because they need no other party or name it when
they have one.  Threats were left out at first ("all options are on the table" seemed aimed at no
one), but human coders code their target from the story as they do a condemnation's, and taking
it measured better on ``gold/heldout-dev`` with ``gold/newsevents`` unchanged.  The choice of types
was measured on ``gold/newsevents`` and ``gold/heldout-dev`` (docs/decisions.md gives the figures).

When the actor deals with no state in the other records ("the UN imposed sanctions", the UN
named nowhere else), a hostile act (:data:`ADVERSARY_TYPES`) takes the story's adversary instead:
the state that does the most of the story's other hostile acts (:func:`_story_adversary`).  A
sanction whose actor has no single counterpart (a tie, or none) takes the state the story's
other sanctions are aimed at (:func:`_same_type_target`): a story's sanctions mostly share a target.

The recipient keeps the words, span and sector of the nearest mention of that state in the
records it was counted from, so its evidence is still words of the article; the record's ``rule``
ends in ``+story-target`` and its explanation says where the recipient came from.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from newsevents.events.domestic import IMPLIED_TARGET
from newsevents.records import NONSTATE_CODES, Entity, Event

#: PLOVER types whose unsaid target is taken from the story (see the module docstring).
DIRECTED_TYPES = frozenset({"ACCUSE", "ASSAULT", "COERCE", "REJECT", "SANCTION", "SUPPORT", "AGREE", "THREATEN"})

#: Types of a hostile act aimed at someone by its nature, which take the story's adversary
#: (:func:`_story_adversary`) when their actor deals with no state in the story's other records.
ADVERSARY_TYPES = frozenset({"ACCUSE", "REJECT", "SANCTION", "COERCE", "THREATEN"})

#: Types of conflict (PLOVER quad classes 3 and 4 but the verbal REQUEST): their doers are the
#: parties a story's hostile acts are about.
CONFLICT_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "THREATEN"})

#: Directed types of a material hostile act, or the threat of one: their counterpart is counted
#: from the story's conflict records only (:func:`_counterpart`).  Allies attack, detain, sanction
#: or threaten each other rarely, but criticise and rebuff each other often, so verbal conflict
#: (ACCUSE, REJECT) still counts the actor's partners.
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})

#: Types whose record, when its actor has no single counterpart in the story, takes the state
#: the story's other records of its type are aimed at (:func:`_same_type_target`).
SAME_TYPE_TARGET_TYPES = frozenset({"SANCTION"})

#: The least number of the story's other conflict records the adversary must be the doer of.
ADVERSARY_MIN_RECORDS = 2

#: Types of a joint act: with two or more states among its actors ("the two countries signed a
#: trade agreement"), each party is the other's counterpart and the act needs no third one.
JOINT_TYPES = frozenset({"AGREE", "SUPPORT"})

#: Verbal hostile acts whose target, guessed as the actor's own country when the sentence names
#: none (events/domestic.py, ``+implied-target``), is rather the actor's counterpart in the story
#: when the actor speaks for its state (no sector, or GOV): a foreign ministry that "dismissed the
#: claim" in a story of a quarrel with Washington answers Washington, not its own country.
HOME_GUESS_TYPES = frozenset({"ACCUSE", "REJECT"})
#: The sectors of a party that speaks for its state (None: a state named as such).
STATE_VOICE_SECTORS = frozenset({None, "GOV"})

#: The ``rule`` suffix of a record whose recipient came from the story.
SUFFIX = "+story-target"


def _state_codes(ents: list[Entity]) -> set[str]:
    return {e.code for e in ents if e.code and e.code not in NONSTATE_CODES}


def _tally(counts: Counter, seen: dict[str, list[tuple[int, Entity]]], side: list[Entity], exclude: set[str],
           distance: int) -> None:
    """Count one record's ``side`` toward the story's states (:func:`_most_pointed` reads the
    tally): each state code among its parties, not in ``exclude``, gains one in ``counts`` and,
    in ``seen``, its first entity on that side with ``distance`` (characters between the starts of
    this record's sentence and the sentence of the record being filled)."""
    for code in _state_codes(side) - exclude:
        counts[code] += 1
        seen.setdefault(code, []).append((distance, next(e for e in side if e.code == code)))


def _counterpart(i: int, events: list[Event]) -> tuple[Entity, int] | None:
    """The state that ``events[i]``'s actor deals with in the other records, as an entity of the
    nearest record that names it, with the number of records that point to it; None on a tie or
    when no other record shares a party with it.

    For a material hostile act (:data:`HOSTILE_TYPES`) only the story's conflict records
    (:data:`CONFLICT_TYPES`) count: a militia that "detained 900 foreign fighters" is not acting
    against the United States that backs it in the story's other records.  An actor that deals
    with states only in records of cooperation has no counterpart for such an act, and no
    adversary is looked for (:func:`_story_adversary` is for an actor that deals with no state)."""
    own = {a.code for a in events[i].actor if a.code}
    hostile = events[i].event in HOSTILE_TYPES
    counts: Counter[str] = Counter()
    seen: dict[str, list[tuple[int, Entity]]] = {}
    partners = False  # whether the actor deals with a state in a record of cooperation only
    for j, other in enumerate(events):
        if j == i:
            continue
        if "+implied-agent" in other.rule:
            continue  # its doer's country is a guess from its victims, place or story: no dealing told
        if hostile and other.event not in CONFLICT_TYPES:
            partners = partners or bool(own & _state_codes([*other.actor, *other.recipient]))
            continue  # cooperation tells no adversary
        sides = []
        if own & {a.code for a in other.actor if a.code}:
            sides.append(other.recipient)
        if own & {r.code for r in other.recipient if r.code}:
            sides.append(other.actor)
        for side in sides:
            _tally(counts, seen, side, own, abs(other.sentence_span[0] - events[i].sentence_span[0]))
    if not counts and partners:
        found = None  # the actor deals with states in the story, but as partners: no adversary told
    elif not counts and events[i].event in ADVERSARY_TYPES:
        found = _story_adversary(i, events, own)
    else:
        found = _most_pointed(counts, seen)
    if found is None and events[i].event in SAME_TYPE_TARGET_TYPES:
        return _same_type_target(i, events, own)
    return found


def _same_type_target(i: int, events: list[Event], own: set[str]) -> tuple[Entity, int] | None:
    """The state the story's other records of ``events[i]``'s type are aimed at, for a record
    whose actor (codes ``own``) has no single counterpart: in a story of sanctions on North Korea,
    "China has applied import bans and sanctions" is aimed where the story's other sanctions are.
    Each other record counts the states among its recipients that are neither its own actors'
    nor ``own``; a record whose doer the coder implied does not count.  The nearest mention of
    the state most counted (at least one, no tie) with its count, or None."""
    counts: Counter[str] = Counter()
    seen: dict[str, list[tuple[int, Entity]]] = {}
    for j, other in enumerate(events):
        if j == i or other.event != events[i].event or "+implied-agent" in other.rule or other.rule.endswith(SUFFIX):
            continue
        doers = {a.code for a in other.actor if a.code}
        _tally(counts, seen, other.recipient, own | doers, abs(other.sentence_span[0] - events[i].sentence_span[0]))
    return _most_pointed(counts, seen)


def _most_pointed(counts: Counter[str], seen: dict[str, list[tuple[int, Entity]]],
                  least: int = 1) -> tuple[Entity, int] | None:
    """The state code the most records point to (``counts``; at least ``least`` of them, no tie),
    as its mention nearest the record asked about (``seen``: code -> [(distance in characters
    between the two records' sentences, mention)]), with its count; None otherwise."""
    top = counts.most_common(2)
    if not top or top[0][1] < least or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    code, n = top[0]
    return min(seen[code], key=lambda x: x[0])[1], n


def _story_adversary(i: int, events: list[Event], own: set[str]) -> tuple[Entity, int] | None:
    """The story's adversary for ``events[i]``, whose actor (codes ``own``) deals with no state in
    the other records: the state, not the actor's own, that does the most of the story's other
    conflict records (:data:`CONFLICT_TYPES`; at least :data:`ADVERSARY_MIN_RECORDS`, no tie).  In
    a story of North Korea's launches, "the UN imposed sanctions" and "Washington said all options
    remain on the table" are aimed at North Korea, the doer of the story's hostile acts.  Returned
    as the nearest such record's mention with the count, or None."""
    counts: Counter[str] = Counter()
    seen: dict[str, list[tuple[int, Entity]]] = {}
    for j, other in enumerate(events):
        if j == i or "+implied-agent" in other.rule or other.event not in CONFLICT_TYPES:
            continue
        _tally(counts, seen, other.actor, own, abs(other.sentence_span[0] - events[i].sentence_span[0]))
    return _most_pointed(counts, seen, ADVERSARY_MIN_RECORDS)


def _home_guess(e: Event) -> bool:
    """Whether ``e``'s only recipient is its actor's own country, guessed (events/domestic.py) for
    an act of :data:`HOME_GUESS_TYPES` by a party speaking for its state."""
    own = {a.code for a in e.actor if a.code}
    return (e.event in HOME_GUESS_TYPES and e.rule.endswith(IMPLIED_TARGET)
            and all(a.sector in STATE_VOICE_SECTORS for a in e.actor)
            and all(not r.entity_text and r.span is None and r.code in own for r in e.recipient))


#: How many sentences away from a record's own sentence its story counterpart must be named for the
#: record to take it: a reader fills an unsaid target from the story's nearby sentences, not from a
#: mention far back in a long article ("saluted his exceptional service", Syria last named nine
#: sentences before).  Measured on the gold sets, every right fill names its state within three.
NEAR_SENTENCES = 3


class StateMentions:
    """Where a story names each state: the sentence numbers of its actor mentions, per code.

    Built once per story, from the start offsets of its sentences (``sentence_starts``, in text
    order) and each named state's mention offsets (``mentions``: code -> character offsets), by
    the pipeline only when a record may take a story counterpart."""

    def __init__(self, sentence_starts: list[int], mentions: dict[str, list[int]]):
        self._starts = sentence_starts
        self._at = {code: sorted({self.sentence(x) for x in xs}) for code, xs in mentions.items()}

    def sentence(self, offset: int) -> int:
        """The number (from 0) of the sentence that holds the character ``offset``."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def apart(self, code: str, offset: int) -> int | None:
        """How many sentences lie between the sentence at ``offset`` and the nearest one that names
        ``code`` (0: the same sentence); None when the story never names it."""
        at = self._at.get(code)
        if not at:
            return None
        here = self.sentence(offset)
        k = bisect_right(at, here)
        return min(abs(here - at[j]) for j in (k - 1, k) if 0 <= j < len(at))


def _named_near(ent: Entity, e: Event, mentions: StateMentions | None) -> bool:
    """Whether the counterpart ``ent`` is named within :data:`NEAR_SENTENCES` sentences of the
    record ``e``'s own sentence (always, without ``mentions``: a caller with no document)."""
    if mentions is None:
        return True
    apart = mentions.apart(ent.code, e.sentence_span[0])
    return apart is not None and apart <= NEAR_SENTENCES


def story_counterparts(events: list[Event], mentions: StateMentions | Callable[[], StateMentions] | None = None) -> None:
    """Give each record of :data:`DIRECTED_TYPES` that has a coded actor but no recipient (or only
    its own country guessed as one, :func:`_home_guess`) the actor's counterpart in the story, or
    for a hostile act whose actor deals with no state elsewhere the story's adversary (module docstring).  ``events``: one story's final records,
    in any order; the counts are taken from the records as they come in, so one filled record
    never votes for another.  Mutates the records: ``recipient`` (a copy of the counterpart's
    nearest mention), ``rule`` (``+story-target``) and ``explanation`` (one line).

    ``mentions``, where the story names each state (or a function that builds it, called only
    when a record has a counterpart), keeps a record from taking a counterpart that the story does
    not name within :data:`NEAR_SENTENCES` sentences of it; without it there is no such bound."""
    fills: list[tuple[Event, Entity, int]] = []
    for i, e in enumerate(events):
        if e.event not in DIRECTED_TYPES or not any(a.code for a in e.actor):
            continue
        if e.recipient and not _home_guess(e):
            continue
        if e.event in JOINT_TYPES and len(_state_codes(e.actor)) > 1:
            continue  # a pact between the actors themselves
        found = _counterpart(i, events)
        if found is None:
            continue
        if callable(mentions):
            mentions = mentions()
        if _named_near(found[0], e, mentions):
            fills.append((e, *found))
    for e, ent, n in fills:
        e.recipient = [replace(ent)]
        e.rule = e.rule.removesuffix(IMPLIED_TARGET) + SUFFIX
        what = ent.entity_text or ent.code
        e.explanation.append(f"recipient: its sentence names none; \"{what}\" {ent.code} is the actor's "
                             f"counterpart in {n} other record(s) of the story (rule suffix {SUFFIX})")
