"""Time of events: temporal expressions found in the parse, resolved against the publication date.

Resolution uses ``dateparser`` (configured per expression, not re-implemented): the
direction of a bare expression ("Monday", "February 24") is chosen per event from its
factuality (a planned event looks forward, a reported one back), never globally.

Precision is kept in the string length: "YYYY-MM-DD" (day), "YYYY-MM" (month), "YYYY" (year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.tokens import Span, Token

#: An event dated more than this many days before publication is ``historical``.
HISTORICAL_DAYS = 30

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DURATION = re.compile(r"^(?:(?:more|less|fewer) than|about|nearly|almost|over|some|around|at least|the past|the last|the)?\s*"
                       r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                       r"several|a few|few|many|some|\w+-(?:one|two|three|four|five|six|seven|eight|nine))\s+"
                       r"(?:years?|months?|weeks?|days?|hours?|decades?)$", re.I)
_LEAD = re.compile(r"^(?:on|in|at|by|during|from|of|the)\s+", re.I)
#: Prepositions that make a date a reference point rather than the event's own time.
_NOT_EVENT_TIME = {"since", "until", "till", "before", "after", "by", "ago"}


@dataclass(frozen=True)
class ResolvedDate:
    """A resolved temporal expression: ``value`` with its precision, the words, how it was got."""

    value: str
    text: str
    basis: str  # "explicit" (absolute calendar words) or "relative" (needs the publication date)


@lru_cache(maxsize=8)
def _parser(base: str, prefer: str) -> DateDataParser:
    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": datetime.fromisoformat(base), "PREFER_DATES_FROM": prefer,
        "RETURN_TIME_AS_PERIOD": True, "REQUIRE_PARTS": [],
    })


def _is_absolute(text: str) -> bool:
    return bool(re.search(r"\b(1[89]|20)\d{2}\b", text)) or bool(
        re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", text, re.I))


@lru_cache(maxsize=4096)
def resolve_expression(text: str, published: str | None, prefer: str = "past") -> ResolvedDate | None:
    """Resolve one temporal expression ("on Monday", "June 2019", "in 2020") to a date.

    ``published`` ("YYYY-MM-DD") anchors relative expressions; without it only absolute
    expressions resolve.  ``prefer`` is "past" or "future" for bare days and months.
    Returns None for durations ("more than three years") and what dateparser cannot read.
    """
    words = _LEAD.sub("", text.strip()).strip()
    words = _LEAD.sub("", words)
    if not words or _DURATION.match(words) and "ago" not in words.lower():
        return None
    absolute = _is_absolute(words)
    if not absolute and not published:
        return None
    base = published or "2000-01-01"
    low = words.lower()
    if low in _WEEKDAYS and published:  # "on Friday" in a Friday paper is that day
        pub = date.fromisoformat(published)
        delta = _WEEKDAYS.index(low) - pub.weekday()
        if delta == 0:
            return ResolvedDate(published, text, "relative")
        if prefer == "future":
            delta = delta % 7
        else:
            delta = -((-delta) % 7)
        return ResolvedDate((pub + timedelta(days=delta)).isoformat(), text, "relative")
    data = _parser(base, prefer).get_date_data(words)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        value = f"{d.year:04d}"
    elif period == "month":
        value = f"{d.year:04d}-{d.month:02d}"
    elif period == "week":
        value = d.isoformat() if not low.startswith(("last", "next", "this")) else d.isoformat()[:7]
    else:
        value = d.isoformat()
    return ResolvedDate(value, text, "explicit" if absolute else "relative")


def _is_reference_point(span: Span) -> bool:
    head = span.root
    while head.dep_ in ("pobj", "pcomp", "npadvmod", "compound", "nummod") and head.head is not head:
        if head.head.pos_ == "ADP" or head.head.dep_ == "prep":
            return head.head.lower_ in _NOT_EVENT_TIME
        head = head.head
    return False


def expressions(sent: Span) -> list[Span]:
    """DATE entities of a sentence that can date an event (durations and "since X" excluded)."""
    out = []
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        if _DURATION.match(_LEAD.sub("", ent.text)) and "ago" not in ent.text.lower():
            continue
        if _is_reference_point(ent):
            continue
        out.append(ent)
    return out


def _attached_to(ent: Span, target: Token) -> bool:
    """True when ``ent`` modifies ``target`` directly: as its own modifier ("the February 24
    invasion"), through a preposition ("on Monday", "in 2020") or as a bare noun modifier."""
    tok = ent.root
    for _ in range(3):
        if tok.head is tok:
            return False
        if tok.head == target:
            return True
        if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep":
            tok = tok.head
            continue
        if tok.dep_ in ("compound", "nummod", "npadvmod", "nmod", "amod"):
            tok = tok.head
            continue
        return False
    return False


def _clause_verb(tok: Token) -> Token | None:
    """The verb an event noun is a direct argument of ("ordered the invasion", "in his first
    visit"), or None when the noun sits inside another noun phrase."""
    t = tok
    for _ in range(3):
        head = t.head
        if head is t:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if t.dep_ == "pobj" and head.dep_ == "prep":
            t = head
            continue
        return None
    return None


def _path_length(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return 10_000
    return up_a.index(common) + up_b.index(common)


def date_event(trigger: Token, published: str | None, prefer: str,
               rivals: list[Token] | tuple[Token, ...] = ()) -> tuple[str | None, str | None, str]:
    """Date an event from its trigger: ``(date, date_text, date_basis)``.

    Order: an expression attached to the trigger; for an event noun, one attached to the verb
    that governs it; then an absolute expression ("in 2020") elsewhere in the sentence when this
    trigger is the nearest to it in the parse among the sentence's event triggers (``rivals``);
    else the publication date (basis "publication", date_text None).
    """
    sent = trigger.sent
    cands = expressions(sent)
    targets = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = _clause_verb(trigger)
        if verb is not None:
            targets.append(verb)
    elif trigger.dep_ in ("xcomp",) and trigger.head.pos_ in ("VERB", "AUX"):
        targets.append(trigger.head)
    for target in targets:
        for ent in cands:
            if _attached_to(ent, target):
                resolved = resolve_expression(ent.text, published, prefer)
                if resolved:
                    return resolved.value, ent.text, resolved.basis
    others = [r for r in rivals if r.sent == sent and r is not trigger]
    for ent in cands:
        if not _is_absolute(ent.text):
            continue
        if any(_attached_to(ent, r) or (r.pos_ in ("NOUN", "PROPN") and _clause_verb(r) is not None
                                        and _attached_to(ent, _clause_verb(r))) for r in others):
            continue
        mine = _path_length(trigger, ent.root)
        if all(mine < _path_length(r, ent.root) for r in others):
            resolved = resolve_expression(ent.text, published, prefer)
            if resolved:
                return resolved.value, ent.text, resolved.basis
    return published, None, "publication"


def is_historical(value: str | None, published: str | None) -> bool:
    """True when the (possibly partial) date ``value`` ends more than HISTORICAL_DAYS before
    ``published``.  A year or month counts by its last day."""
    if not value or not published:
        return False
    if len(value) == 4:
        end = date(int(value), 12, 31)
    elif len(value) == 7:
        y, m = int(value[:4]), int(value[5:7])
        end = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))
    else:
        end = date.fromisoformat(value)
    return (date.fromisoformat(published) - end).days > HISTORICAL_DAYS
