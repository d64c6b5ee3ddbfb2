"""Time of events: temporal expressions found in the parse, resolved against the publication date.

Resolution uses ``dateparser`` (configured per expression, not re-implemented): the
direction of a bare expression ("Monday", "February 24") is chosen per event from its
factuality (a planned event looks forward, a reported one back), never globally.

Precision is kept in the string length: "YYYY-MM-DD" (day), "YYYY-MM" (month), "YYYY" (year).

Its word lists (cue words, verb and noun lists) are data: ``time.yaml``, read by
:mod:`newsevents.wordlists` when this module is imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import compress, count

from dateparser.date import DateDataParser
from spacy.tokens import Span, Token

from newsevents.events.roles import STATIVE_PASSIVES, adopter_of, dateline
from newsevents.nlp import children_of, doc_ents, pos_of, sentences, span_text, token_table, tokens_with_lemma, tree_distance

from newsevents.wordlists import load_word_lists

_WORDS = load_word_lists("newsevents", "time.yaml")

#: An event dated more than this many days before publication is ``historical``.
HISTORICAL_DAYS = 30

_WEEKDAYS = tuple(_WORDS["weekdays"])
_DURATION = re.compile(r"^(?:(?:more|less|fewer) than|about|nearly|almost|over|some|around|at least|the past|the last|the)?\s*"
                       r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                       r"several|a few|few|many|some|\w+-(?:one|two|three|four|five|six|seven|eight|nine))\s+"
                       r"(?:years?|months?|weeks?|days?|hours?|decades?)$", re.I)
_LEAD = re.compile(r"^(?:on|in|at|by|during|from|of|the)\s+", re.I)
#: A short stretch told inside a named period ("a few days last week"): the period dates it.
_STRETCH_IN_PERIOD = re.compile(r"^(?:a few|a couple of|several|two|three|four|five|\d)\s+(?:days|weeks)\s+"
                                r"(?=(?:last|this|earlier this|late last)\s+(?:week|month|year)$)", re.I)
#: A hedge before a count of years or months back ("more than two years ago"): the count, to the
#: year or month it names, still dates the act (a count of days or weeks is left as it was).
_HEDGED_AGO = re.compile(r"^(?:(?:more|less) than|just (?:over|under)|over|under|nearly|almost|some|roughly|around|"
                         r"close to|at least)\s+(?=\S+\s+(?:years?|months?)\s+ago$)", re.I)
#: "the past year", "over the last month": the stretch of time up to publication, no date of one
#: act ("last year" with no "the" is the calendar year before).
_PERIOD_TO_NOW = re.compile(r"^(?:(?:in|over|during|for|within|throughout)\s+)?the\s+(?:past|last)\s+"
                            r"(?:year|month|week|decade|fortnight)$", re.I)
#: Prepositions that make a date a reference point rather than the event's own time.
_NOT_EVENT_TIME = set(_WORDS["not_event_time"])
#: Nouns of an occasion ("killed in a 2015 airstrike"): their year dates the act they hold.
_OCCASION_NOUNS = frozenset(_WORDS["occasion_nouns"])
#: Hyphenated durations used as adjectives ("his one-year rule", "a 10-day visit"): never dates.
_DURATION_ADJ = re.compile(r"^\w+-(?:year|month|week|day|hour|decade)s?(?:-old|-long)?$", re.I)
_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of)"


@lru_cache(maxsize=1)
def load_holidays() -> dict[str, tuple[int, int]]:
    """``holidays.tsv``: holiday name (lower case, no apostrophes) -> (month, day) of its fixed
    calendar day.  Raises ValueError on a row that is not a valid day."""
    import csv
    from importlib import resources

    text = resources.files("newsevents").joinpath("holidays.tsv").read_text("utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    out: dict[str, tuple[int, int]] = {}
    for row in rows:
        month, day = int(row["month"]), int(row["day"])
        date(2000, month, day)  # ValueError for an impossible day (2000 is a leap year)
        out[row["name"].strip()] = (month, day)
    return out


#: The holiday names of ``holidays.tsv`` as written in text (a name missing here is not read).
_HOLIDAY_RE = (r"(?:New\s+Years?['’]?s?\s+(?:Eve|Day)|(?<!Orthodox\s)Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|"
               r"Valentine['’]?s\s+Day|Halloween|Bastille\s+Day|Fourth\s+of\s+July)")
#: The words each name of :data:`_HOLIDAY_RE` starts with: the scan that must find every holiday
#: name a sentence holds (:data:`_PATTERN_NEEDS`); edit the two together.
_HOLIDAY_FIRST_WORDS = r"New\s+Year|Christmas|Boxing|Valentine|Halloween|Bastille|Fourth\s+of"
_HOLIDAY = re.compile(rf"^(?:the\s+)?(?P<h>{_HOLIDAY_RE})(?:['’]s)?(?:,?\s+(?P<y>(?:1[89]|20)\d{{2}}))?$", re.I)
#: Nouns of an occasion: a holiday name modifying one of them is a time ("New Year's Eve celebrations",
#: "his New Year's Day speech"); modifying another noun it is not ("the Christmas market").
OCCASIONS = set(_WORDS["occasions"])
#: Temporal expressions the small spaCy model often misses or cuts short; each match (its
#: group "d" when the pattern has one) is a candidate beside the model's DATE and TIME entities.
PATTERNS = [re.compile(p) for p in (
    rf"\b(?:(?:[Ee]arly|[Ll]ate)\s+)?(?:(?:[Ll]ast|[Nn]ext|[Tt]his(?:\s+past)?)\s+)?{_WEEKDAY_RE}(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?\b",
    r"\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?(?:[Ll]ast|[Nn]ext|[Tt]his(?:\s+past)?)\s+(?:week(?:end)?|month|year|summer|winter|spring|autumn|fall)\b",
    rf"\b{_NUMBER}\s+(?:days?|weeks?|months?|years?|decades?)\s+ago\b",
    rf"\b(?:[Bb]etween|[Ff]rom)\s+{_MONTHS}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?\s+(?:and|to|until)\s+{_MONTHS}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?",
    r"\b(?:[Bb]etween|[Ff]rom)\s+(?:1[89]|20)\d{2}\s+(?:and|to|until)\s+(?:1[89]|20)\d{2}\b",
    rf"\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?|the (?:end|start|beginning|middle) of)\s*)?{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:,?\s+\d{{4}})?\b",
    rf"\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?|the (?:end|start|beginning|middle) of)\s*)?{_MONTHS}\s+(?:of\s+)?(?:1[89]|20)\d{{2}}\b",
    rf"\b(?:in|In|since|Since|until|by|during|last|next|this|of)\s+(?P<d>(?:(?:early|late|mid-?)\s*)?{_MONTHS})(?![\w-])",
    rf"\b(?P<d>(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*{_MONTHS})(?![\w-])",
    r"\b(?:in|In|since|Since|until|by|during|of)\s+(?P<d>(?:(?:early|late|mid-?)\s*)?(?:1[89]|20)\d{2})\b(?![-/]\d)",
    r"\b(?P<d>(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*(?:1[89]|20)\d{2})\b(?![-/]\d)",
    r"\b(?:[Ee]arlier|[Ll]ater)\s+this\s+(?:week|month|year)\b",
    r"\b(?:today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening)\b",
    rf"\b{_HOLIDAY_RE}(?:,?\s+(?:1[89]|20)\d{{2}})?\b",
)]
#: Words by which dateparser's relative parser reads a time from the publication date ("ago",
#: "last", "next", "this", "yesterday" ...): text with one keeps that parser.
_RELATIVE_WORD = re.compile(r"\b(?:ago|last|next|this|today|yesterday|tomorrow|tonight|in|now|before|after|"
                            r"earlier|later|since|from|hence|week|weeks|day|days|month|months|year|years)\b", re.I)
#: What each of :data:`PATTERNS` (same order) needs somewhere in a sentence: a sentence without it
#: is not scanned with that pattern (same matches, fewer scans).  A need may let through more than
#: its pattern takes, never less: the holiday names' need is the words they start with, which a scan
#: finds far faster than the names themselves (whose look-behind makes the scanner try every position).
#: Patterns that share a need share its scan: the need of the range of years and of the two patterns
#: of a bare year is a year; "earlier this week" needs what "last week" needs.
_YEAR_NEED = r"(?:1[89]|20)\d\d"
_UNIT_NEED = r"week|month|year|summer|winter|spring|autumn|fall"
_PATTERN_NEEDS = [re.compile(p) for p in (
    _WEEKDAY_RE, _UNIT_NEED, r"ago", _MONTHS, _YEAR_NEED, _MONTHS, _MONTHS,
    _MONTHS, _MONTHS, _MONTHS, _YEAR_NEED, _YEAR_NEED, _UNIT_NEED,
    r"to(?:day|morrow|night)|yesterday|night|this (?:morning|afternoon|evening)",
    _HOLIDAY_FIRST_WORDS,
)]
#: The distinct needs, and for each pattern the position of its need among them (so that a sentence
#: is scanned once per distinct need), and whether the pattern's match is its group "d".
_NEEDS = list(dict.fromkeys(_PATTERN_NEEDS))
_PATTERN_PLAN = [(pat, _NEEDS.index(need), "d" if "d" in pat.groupindex else 0)
                 for pat, need in zip(PATTERNS, _PATTERN_NEEDS)]
#: Words around a date that qualify it without changing its precision ("late Saturday",
#: "earlier this month", "the end of November", "mid-2019").
_QUALIFIER = re.compile(r"^(?:(?:earlier|later|early|late|mid-?|(?:the )?(?:end|start|beginning|middle) of|this past)(?:\s+|(?<=-)))+", re.I)
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)$", re.I)
#: Start of a range: "between March and May", "from 2014 to 2016", "since June 2019".
_RANGE = re.compile(r"^(?:between|from)\s+(.+?)\s+(?:and|to|until|through)\s+.+$", re.I)
#: Lower-case expressions, as :func:`resolve_expression` would hand them to dateparser, that name no
#: date (``time.yaml``: ``undated_words``, and a stretch "last few years", "recent weeks", "next three
#: years"): answered None without the call (about a millisecond each; a quarter of the calls on
#: NGEC's stories), the answer dateparser gives for every one of them.
_UNDATED = re.compile("|".join((
    "(?:{})".format("|".join(map(re.escape, _WORDS["undated_words"]))),
    "(?:{}) (?:(?:{}) )?(?:{})".format(*("|".join(map(re.escape, words)) for words in (
        _WORDS["stretch_pointers"], _WORDS["stretch_counts"], _WORDS["stretch_units"]))),
)))


@dataclass(frozen=True)
class ResolvedDate:
    """A resolved temporal expression: ``value`` with its precision, the words, how it was got."""

    value: str
    text: str
    basis: str  # "explicit" (absolute calendar words) or "relative" (needs the publication date)


#: dateparser's parsers for calendar words (:func:`_is_absolute`): all of its default ones but
#: "relative-time" ("three days ago"), which cannot read "June 2019" and is the slowest to fail.
_CALENDAR_PARSERS = ["timestamp", "custom-formats", "absolute-time"]


#: Whole calendar dates with a year that :func:`datetime.strptime` reads exactly as dateparser does
#: (checked on the 393 expressions of our gold, the seed, 600 NGEC stories and 80 Guardian articles
#: that reached dateparser: 154 of them, all the same), with the precision each gives.  Month names
#: are those of the C locale; under another locale strptime fails and dateparser reads the text.
_STRPTIME_FORMATS = (("%B %d, %Y", "day"), ("%B %d %Y", "day"), ("%d %B %Y", "day"), ("%d %B, %Y", "day"),
                     ("%b %d, %Y", "day"), ("%b. %d, %Y", "day"), ("%d %b %Y", "day"),
                     ("%B %Y", "month"), ("%b %Y", "month"), ("%Y", "year"))
#: The same by number of words (whitespace-separated parts): strptime turns each run of whitespace of
#: a format into ``\s+`` and none of these directives reads whitespace inside a word, so words match a
#: format only with as many parts.  Trying only those spares the standard library's format cache,
#: which holds five formats (each miss compiles the format's pattern again), also for dateparser's own
#: strptime calls.
_STRPTIME_BY_PARTS = {n: tuple(f for f in _STRPTIME_FORMATS if len(f[0].split()) == n) for n in (1, 2, 3)}


def _calendar_date(words: str) -> str | None:
    """"YYYY-MM-DD", "YYYY-MM" or "YYYY" for a whole calendar date in one of
    :data:`_STRPTIME_FORMATS` ("September 24, 2019", "June 2019", "2019"), else None.  The standard
    library's parser answers in microseconds what dateparser answers in about a millisecond."""
    if not words[-4:].isdecimal() or len(words) < 4:
        return None  # every format ends with a year, four digits (``%Y``), and strptime reads the whole text
    for fmt, precision in _STRPTIME_BY_PARTS.get(len(words.split()), ()):
        if ("," in fmt and "," not in words) or ("." in fmt and "." not in words) or (fmt == "%Y" and len(words) != 4):
            continue  # a comma or full stop of the format that the words lack, or more than a year: no reading
        try:
            day = datetime.strptime(words, fmt).date()
        except ValueError:
            continue
        if not 1800 <= day.year < 2100:
            return None  # what :func:`_is_absolute` calls a year; dateparser decides the rest
        return day.isoformat() if precision == "day" else day.isoformat()[:7] if precision == "month" else f"{day.year:04d}"
    return None


@lru_cache(maxsize=16)
def _parser(base: str, prefer: str, calendar: bool = False) -> DateDataParser:
    """A dateparser reading English relative to ``base`` ("YYYY-MM-DD"), preferring ``prefer``
    ("past"/"future") dates; ``calendar`` for text of calendar words only (no relative parser)."""
    settings = {"RELATIVE_BASE": datetime.fromisoformat(base), "PREFER_DATES_FROM": prefer,
                "RETURN_TIME_AS_PERIOD": True, "REQUIRE_PARTS": []}
    if calendar:
        settings["PARSERS"] = _CALENDAR_PARSERS
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def _read_date(words: str, base: str, prefer: str, calendar: bool) -> tuple[datetime | None, str | None]:
    """dateparser's reading of ``words`` by :func:`_parser` ``(base, prefer, calendar)``: its date
    (None when it reads none) and period ("day", "month", ...), remembered per process: the same
    words ("last week", "decades", "August") recur across a day's stories, and each dateparser call
    takes about a millisecond."""
    data = _parser(base, prefer, calendar).get_date_data(words)
    return (None, None) if data is None else (data.date_obj, data.period)


def load_date_reader() -> None:
    """Build what dateparser builds on its first reading of any words (its English tables, about
    0.1 s) and of a time of day (its time zones, pytz's lazy list): done once when the pipeline
    loads, with the rest of its tables, not while the first stories are coded."""
    _parser("2000-01-01", "past").get_date_data("two hours later")
    _parser("2000-01-01", "past").get_date_data("7 a.m.")


def resolve_holiday(text: str, anchor: str | None, prefer: str = "past") -> str | None:
    """The day ("YYYY-MM-DD") of a fixed-date holiday ("New Year's Eve", "Christmas Day 2015"), or
    None when ``text`` is no holiday.  A holiday with its year is that day; without one it is the
    occurrence ``prefer`` points to from ``anchor`` ("YYYY-MM-DD"): "past" the last one on or before
    it, "future" the next on or after it, "nearest" the closest (for an anchor that is itself
    approximate, "two years after ... on New Year's Eve").  None without a year or an anchor."""
    m = _HOLIDAY.match(" ".join(text.split()))
    if not m:
        return None
    key = re.sub(r"\s+", " ", re.sub(r"['’]", "", m.group("h").lower()))
    key = key.replace("new year eve", "new years eve").replace("new year day", "new years day")
    month, day = load_holidays()[key]
    if m.group("y"):
        return date(int(m.group("y")), month, day).isoformat()
    if not anchor:
        return None
    a = date.fromisoformat(anchor)
    options = [date(a.year + k, month, day) for k in (-1, 0, 1)]
    if prefer == "future":
        return min(d for d in options if d >= a).isoformat()
    if prefer == "nearest":
        return min(options, key=lambda d: abs((d - a).days)).isoformat()
    return max(d for d in options if d <= a).isoformat()


def _is_absolute(text: str) -> bool:
    """Calendar words that need no publication date: a year, or a month with its day."""
    return bool(re.search(r"\b(1[89]|20)\d{2}\b", text)) or bool(
        re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|"
                  r"\b\d{1,2}(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", text, re.I))


#: A clock time with no day ("3:00 p.m.", "10am", "2107 GMT", "6:07 a.m. local time"): dateparser
#: reads some as a day of the month ("3:00 p.m." looking back from 1 March gave 28 March).
_CLOCK = re.compile(r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}[:.]\d{2}|\d{4}\s*(?:GMT|UTC))"
                    r"(?:\s*\(?\s*(?:local time|GMT|UTC|ET|EST|EDT|BST|CET)\s*\)?)?", re.I)


#: "last August", "this January": a month named with a pointer, which dateparser does not read.
_POINTED_MONTH = re.compile(r"(last|this)\s+(" + _MONTHS + r")", re.I)
_MONTH_NUMBER = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                             "nov", "dec"), start=1)}


def _pointed_month(pointer: str, name: str, published: str) -> str:
    """"YYYY-MM" of "last <month>" (the latest such month before the publication month: "last
    August" in a February 2018 paper is 2017-08, in an August 2018 paper 2017-08) or "this
    <month>" (that month of the publication year)."""
    month = _MONTH_NUMBER[name.lower()[:3]]
    pub = date.fromisoformat(published)
    year = pub.year if pointer == "this" or month < pub.month else pub.year - 1
    return f"{year:04d}-{month:02d}"


def _middle(value: str) -> date:
    """A day standing for a date of any precision: the day itself, the 15th of a month, 1 July of a year."""
    if len(value) == 4:
        return date(int(value), 7, 1)
    if len(value) == 7:
        return date(int(value[:4]), int(value[5:7]), 15)
    return date.fromisoformat(value)


@lru_cache(maxsize=4096)
def resolve_expression(text: str, published: str | None, prefer: str = "past") -> ResolvedDate | None:
    """Resolve one temporal expression ("on Monday", "June 2019", "in 2020") to a date.

    ``published`` ("YYYY-MM-DD") anchors relative expressions; without it only absolute
    expressions resolve.  ``prefer`` is "past" or "future" for bare days and months, or "nearest"
    (the reading nearer to publication).
    Returns None for durations ("more than three years"), stretches up to now ("the past year")
    and what dateparser cannot read.
    """
    if prefer == "nearest":
        # an aim told in the past ("sought to strike a deal in February"): the reading nearer to
        # publication, back or ahead
        back, ahead = resolve_expression(text, published, "past"), resolve_expression(text, published, "future")
        if back is None or ahead is None or not published or back.value == ahead.value:
            return back or ahead
        pub = date.fromisoformat(published)
        return min((back, ahead), key=lambda r: abs((_middle(r.value) - pub).days))
    words = text.strip()
    if _PERIOD_TO_NOW.match(words):
        return None  # "attacks in the past year": a stretch up to now
    m = _RANGE.match(words)
    if m:  # a range keeps its start
        start = m.group(1)
        if not re.search(r"\b(1[89]|20)\d{2}\b", start):
            year = re.search(r"\b(1[89]|20)\d{2}\b", words)
            start = f"{start} {year.group(0)}" if year else start
        words = start
    words = _LEAD.sub("", words).strip()
    words = _LEAD.sub("", words)
    # "more than two years ago", "nearly three months ago": the hedge leaves the year or month
    words = _HEDGED_AGO.sub("", words)
    # "in a few days last week", "for two days last month": the stretch lies in the period named
    words = _STRETCH_IN_PERIOD.sub("", words)
    if not words or _DURATION.match(words) and "ago" not in words.lower() or _DURATION_ADJ.match(words):
        return None
    if re.fullmatch(r"\d{1,3}", words.strip(" .,:")):  # a bare number is no date
        return None
    if _CLOCK.fullmatch(words.strip(" ,;")):  # "at 3:00 p.m.", "2107 GMT": an hour of some day, no day
        return None
    if re.search(r"\d0s\b", words):  # decades ("the 1990s") have no precision we can write
        return None
    words = re.sub(r"^since\s+", "", words, flags=re.I)
    words = re.sub(r"['’]s$", "", words)
    words = _QUALIFIER.sub("", words).strip()
    words = re.sub(r"^(?:this past|past)\s+", "last ", words, flags=re.I)
    if not re.match(r"^(?:this|last) (?:morning|afternoon|evening|night)$", words, re.I):
        words = _PART_OF_DAY.sub("", words)
    words = re.sub(r"\bweekend\b", "saturday", words, flags=re.I)
    words = re.sub(r"^this (saturday)$", r"\1", words, flags=re.I)
    if re.search(r"\b(summer|winter|spring|autumn|fall)\b", words, re.I):
        season_year = re.search(r"\b(?:summer|winter|spring|autumn|fall)\s+(?:of\s+)?((?:1[89]|20)\d{2})$", words, re.I)
        # "the summer of 2014": the year is sure, the season's months are not (hemispheres differ)
        return ResolvedDate(season_year.group(1), text, "explicit") if season_year else None
    pointed = _POINTED_MONTH.fullmatch(words)
    if pointed and published:
        return ResolvedDate(_pointed_month(pointed.group(1).lower(), pointed.group(2), published), text, "relative")
    if not words:
        return None
    if _HOLIDAY.match(words):
        day = resolve_holiday(words, published, prefer)
        return ResolvedDate(day, text, "explicit" if _is_absolute(words) else "relative") if day else None
    absolute = _is_absolute(words)
    if not absolute and not published:
        return None
    base = published or "2000-01-01"
    low = words.lower()
    explicit_week = low.startswith(("last ", "next "))
    if explicit_week and low.split()[1] in _WEEKDAYS and published:
        prefer, low = ("past" if low.startswith("last") else "future"), low.split()[1]
    if low in _WEEKDAYS and published:  # "on Friday" in a Friday paper is that day
        pub = date.fromisoformat(published)
        delta = _WEEKDAYS.index(low) - pub.weekday()
        if delta == 0:
            return ResolvedDate(published, text, "relative")
        if prefer == "future":
            delta = delta % 7
        else:
            delta = -((-delta) % 7)
            if delta == -6 and not explicit_week and re.search(r"\bearly\b", text, re.I):
                # "fired a missile over Japan early Tuesday" in a paper dated Monday: the wire
                # phrasing of an event the next morning where the clock runs ahead of the
                # publisher's, not six days back (which papers write "last Tuesday")
                delta = 1
        return ResolvedDate((pub + timedelta(days=delta)).isoformat(), text, "relative")
    if absolute:
        value = _calendar_date(words)
        if value is not None:
            return ResolvedDate(value, text, "explicit")
    if _UNDATED.fullmatch(low):
        return None  # "years", "recent weeks": no date (what dateparser would answer)
    found, period = _read_date(words, base, prefer, absolute and not _RELATIVE_WORD.search(words))
    if found is None:
        return None
    d = found.date()
    period = period or "day"
    if period == "year":
        value = f"{d.year:04d}"
    elif period == "month":
        value = f"{d.year:04d}-{d.month:02d}"
    elif period == "week":
        value = d.isoformat() if not low.startswith(("last", "next", "this")) else d.isoformat()[:7]
    else:
        value = d.isoformat()
    return ResolvedDate(value, text, "explicit" if absolute else "relative")


def _reference_prep(span: Span) -> str | None:
    """The preposition that makes ``span`` a reference point ("since June 2019", "before 2020"),
    or None; a span that starts with it ("since June 2019" as one entity) counts too."""
    # (walked by token index in the document's tables: no token object or string made per step)
    table = token_table(span.doc)
    heads, deps, pos, lowers = table.head, table.dep, table.pos, table.lower
    first = lowers[span.start]
    if first in _NOT_EVENT_TIME:
        return first
    i = span.root.i
    while deps[i] in ("pobj", "pcomp", "npadvmod", "compound", "nummod") and heads[i] != i:
        head = heads[i]
        if pos[head] == "ADP" or deps[head] == "prep":
            return lowers[head] if lowers[head] in _NOT_EVENT_TIME else None
        i = head
    return None


def _hangs_below(span: Span, verb: Token) -> bool:
    """True when ``span`` is a bare time of the verb ``verb`` itself ("Before invading Afrin last
    month, Erdogan told ..."), so that a preposition above the verb ("before") makes the verb's
    clause, not the time, a reference point."""
    root = span.root
    return pos_of(verb) == "VERB" and root.dep_ == "npadvmod" and root.head == verb


def _is_reference_point(span: Span) -> bool:
    return _reference_prep(span) is not None


def _a_count(ent: Span) -> bool:
    """True for a number the model tags as a year that counts a noun ("arrested 2000 protesters")."""
    return len(ent) == 1 and ent[0].like_num and ent[0].dep_ == "nummod" and ent[0].head.tag_ == "NNS"


def _candidate_spans(sent: Span) -> list[Span]:
    """DATE and TIME entities of the sentence and :data:`PATTERNS` matches, longest first where
    they overlap (the model's "Friday" inside the pattern's "late Friday night" gives way)."""
    doc = sent.doc
    cache = doc.user_data.setdefault(_CACHE_KEY, {})
    if sent.start in cache:
        return cache[sent.start]
    if "ents" not in cache:  # doc.ents builds every entity: read it once per document, not per event
        by_sent: dict[int, list[tuple[int, int]]] = {}
        tokens = token_table(doc).tokens
        for e in doc_ents(doc):
            if e.label_ in ("DATE", "TIME") and not _a_count(e):
                # (the sentence of its first token, which is ``e.sent``'s start: a token's sentence is
                # indexed (:func:`~newsevents.nlp.index_sentences`), a span's is walked out anew)
                by_sent.setdefault(tokens[e.start].sent.start, []).append((e.start_char, e.end_char))
        cache["ents"] = by_sent
    ranges = list(cache["ents"].get(sent.start, ()))
    text = span_text(sent)
    needed: list[bool | None] = [None] * len(_NEEDS)  # several patterns share a pre-check: one scan each
    offset = sent.start_char
    for pat, k, g in _PATTERN_PLAN:
        found = needed[k]
        if found is None:
            found = needed[k] = _NEEDS[k].search(text) is not None
        if not found:
            continue
        for m in pat.finditer(text):
            ranges.append((offset + m.start(g), offset + m.end(g)))
    ranges.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    out: list[Span] = []
    end = -1
    for start, stop in ranges:
        if start < end:  # overlaps a longer, earlier one
            if stop > end and out:
                span = doc.char_span(out[-1].start_char, stop, alignment_mode="expand")
                if span is not None:
                    out[-1], end = span, stop
            continue
        span = doc.char_span(start, stop, alignment_mode="expand")
        if span is not None and span.start >= sent.start and span.end <= sent.end:
            out.append(span)
            end = stop
    cache[sent.start] = out
    return out


#: ``Doc.user_data`` key of the per-document cache of temporal expressions (see
#: :func:`forget_cache`).
_CACHE_KEY = "newsevents.time.candidates"
#: The words that can open an offset phrase ("two years after ...", "a week before ..."), lower case.
_OFFSET_MARKERS = frozenset({"after", "before", "since"})


def forget_cache(doc) -> None:
    """Drop the temporal-expression cache :func:`expressions` keeps on ``doc``."""
    doc.user_data.pop(_CACHE_KEY, None)


def expressions(sent: Span, reference_points: bool = False) -> list[Span]:
    """Temporal expressions of a sentence that can date an event: spaCy DATE/TIME entities plus
    :data:`PATTERNS` ("Monday", "last week", "earlier this month", "three years ago", "since June
    2019", "the February 24 invasion", "in 2020", "between March and May").  Durations ("more
    than three years") are left out, and so are reference points ("since X", "before X") unless
    ``reference_points``.  Remembered per sentence in the document's cache (:func:`forget_cache`);
    a fresh list is returned."""
    cache = sent.doc.user_data.setdefault(_CACHE_KEY, {})
    key = ("expressions", sent.start, sent.end, reference_points)
    if key not in cache:
        cache[key] = _expressions(sent, reference_points)
    return list(cache[key])


def _expressions(sent: Span, reference_points: bool) -> list[Span]:
    out = []
    for ent in _candidate_spans(sent):
        text = span_text(ent)  # (``ent.text``, cut from the document's text: no join of its tokens)
        words = _LEAD.sub("", text)
        if _DURATION.match(words) and "ago" not in text.lower() or _DURATION_ADJ.match(words):
            continue
        if not reference_points and _is_reference_point(ent):
            continue
        if _HOLIDAY.match(words) and not _holiday_is_time(ent):
            continue
        out.append(ent)
    return out


#: Prepositions of time an occasion noun can follow ("during New Year's Eve celebrations").
_TIME_PREPS = set(_WORDS["time_preps"])


def _holiday_is_time(span: Span) -> bool:
    """True for a holiday name used as a time: under a preposition ("on Christmas Day"), bare
    ("attacked Christmas Eve"), or naming an occasion (:data:`OCCASIONS`) under a preposition of
    time ("during New Year's Eve celebrations").  "The Christmas market" is a place, "a Bastille
    Day parade" or "his New Year's Day speech" a thing."""
    root = span.root
    if root.dep_ in ("pobj", "npadvmod"):
        return True
    if root.dep_ not in ("compound", "poss", "nmod", "amod"):
        return False
    occasion = root.head
    return (occasion.lemma_.lower() in OCCASIONS and occasion.dep_ == "pobj"
            and occasion.head.lower_ in _TIME_PREPS)


#: Verbs that take a planned act as an infinitive ("is to visit", "plans to meet", "is due to sign").
_FUTURE_HEADS = set(_WORDS["future_heads"])


def tense_preference(span: Span, default: str = "past") -> str:
    """"past" or "future": which way a bare expression in ``span`` points, from the tense and
    modality of the verb that governs it ("will host ... on Monday", "is to visit on Monday",
    "plans to meet in March" look forward; "met on Monday", "has met", "ordered the February 24
    invasion" look back).  ``default`` when the verb does not say (present tense, no verb)."""
    tok = span.root
    for _ in range(6):
        if pos_of(tok) in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            break
        if tok.head == tok:
            return default
        tok = tok.head
    else:
        return default
    if pos_of(tok) not in ("VERB", "AUX"):
        return default
    for _ in range(3):
        auxes = {c.lower_ for c in children_of(tok) if c.dep_ in ("aux", "auxpass")}
        if auxes & {"will", "shall", "'ll", "wo"}:
            return "future"
        if "to" in auxes and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _FUTURE_HEADS:
            # "sought to strike a deal in February": an aim held in the past may have been for a
            # time before or after the paper's day; the nearer reading is taken
            return "nearest" if tok.head.tag_ == "VBD" else "future"
        if tok.tag_ == "VBD" or auxes & {"had", "has", "have", "having", "was", "were", "did"}:
            return "past"
        if tok.tag_ == "VBG" and auxes & {"is", "are", "am", "'s", "'re"}:
            return "future"  # "is hosting a summit on Wednesday": the present progressive of an arrangement
        if tok.tag_ in ("VB", "VBG", "VBN") and tok.dep_ in ("xcomp", "conj", "advcl") and tok.head != tok:
            tok = tok.head
            continue
        if tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "nsubj", "nsubjpass") and (
                pos_of(tok.head.head) in ("VERB", "AUX")):
            tok = tok.head.head  # "is hosting a summit starting on Wednesday": the verb the noun belongs to
            continue
        break
    return default


def _durative(trigger: Token, target: Token) -> bool:
    """True when "since X" dates the start of this event: a perfect or progressive verb
    ("have fought since September 2014") whose trigger is no "first/last ... since" comparison."""
    for t in (trigger, target):
        if any(c.lower_ in ("first", "last", "only") or c.tag_ in ("JJS",) for c in children_of(t) if c.dep_ in ("amod", "advmod")):
            return False
    # "have fought to liberate ... since": the perfect is on the verb the infinitive depends on
    verbs = [target] + ([target.head] if target.dep_ in ("xcomp", "advcl") else [])
    auxes = {c.lower_ for v in verbs for c in children_of(v) if c.dep_ in ("aux", "auxpass")}
    # a perfect or progressive verb, or a repeated past act counted from then ("transferred oil
    # 30 times since October")
    repeated = target.tag_ == "VBD" and any(c.lower_ in ("times", "occasions") for c in target.subtree)
    return bool(auxes & {"has", "have", "had", "'ve", "been"}) or target.tag_ == "VBG" or repeated


def _attached_to(ent: Span, target: Token) -> bool:
    """True when ``ent`` modifies ``target`` directly: as its own modifier ("the February 24
    invasion"), through a preposition ("on Monday", "in 2020"), as a bare noun modifier, or as the
    year of an occasion noun the act took place in ("killed in a 2015 airstrike", ``occasion_nouns``
    in ``time.yaml``)."""
    # (walked by token index in the document's tables: no token object or label string made per step)
    table = token_table(ent.doc)
    heads, deps, pos = table.head, table.dep, table.pos
    i, goal = ent.root.i, target.i
    for _ in range(3):
        head = heads[i]
        if head == i:
            return False
        if head == goal:
            return True
        if deps[i] in ("pobj", "pcomp") and deps[head] == "prep":
            i = head
            continue
        if deps[i] == "prep" and deps[head] == "npadvmod":
            i = head  # "30 times since October"
            continue
        if deps[i] in ("compound", "nummod", "npadvmod", "nmod", "amod") and pos[head] not in ("VERB", "AUX"):
            if not ent.start <= head < ent.end and pos[head] in ("NOUN", "PROPN"):
                # "breached the 1997 treaty": the year names the treaty, not the breach; but "killed in
                # a 2015 airstrike": the occasion the act took place in
                up = heads[head]
                return (deps[head] == "pobj" and table.lower[up] in ("in", "during") and heads[up] == goal
                        and table.lower[head] in _OCCASION_NOUNS)
            i = head  # within the expression ("the February 24 invasion"), never up through a clause
            continue
        return False
    return False


def _names_own_time(ent: Span, noun: Token) -> bool:
    """True when ``ent`` is the event noun's own modifier ("the 2003 invasion", "the February 24
    invasion"), so it dates that noun even when a preposition makes the whole phrase a reference
    point for something else ("since the 2003 invasion", "before the 2011 uprising")."""
    if pos_of(noun) not in ("NOUN", "PROPN") or ent.doc[ent.start].lower_ in _NOT_EVENT_TIME:
        return False
    root = ent.root
    return root.head == noun and root.dep_ in ("nummod", "compound", "amod", "nmod") and not ent.start <= noun.i < ent.end


def _clause_verb(tok: Token) -> Token | None:
    """The verb an event noun is a direct argument of ("ordered the invasion", "in his first
    visit"), or None when the noun sits inside another noun phrase."""
    t = tok
    for _ in range(3):
        head = t.head
        if head == t:
            return None
        if pos_of(head) in ("VERB", "AUX") and head.dep_ != "prep":  # "following" as a preposition
            return head
        if t.dep_ == "pobj" and head.dep_ == "prep":
            t = head
            continue
        return None
    return None


def _shares_time(verb: Token) -> bool:
    """True when ``verb`` is told as part of its head's act and so shares its time: a participle
    clause ("convicted Morsi Saturday, sentencing him to ...", "struck late Thursday, killing
    two") or a coordinated verb with no subject of its own ("was arrested and charged on Monday")."""
    head = verb.head
    if head == verb or pos_of(head) not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(verb)):
        return False
    if verb.dep_ == "advcl":
        return verb.tag_ == "VBG"
    return verb.dep_ == "conj"


def _when_clause(verb: Token) -> bool:
    """True for a clause opened by "when" (as its mark or adverb), hung on a verb (an adverbial
    clause: "was arrested on Monday when police raided his home") or on a time (a relative
    clause: "in 2014 when the group stormed the border"): it happens at the time of what it hangs on."""
    if verb.dep_ not in ("advcl", "relcl") or verb.head == verb:
        return False
    if verb.dep_ == "advcl" and pos_of(verb.head) not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ == "when" and c.i < verb.i for c in children_of(verb))


#: Verbs of perception and recording: what someone was seen or filmed doing happened when seen.
PERCEPTION = set(_WORDS["perception"])


def _depicted_by(trigger: Token) -> list[Token]:
    """The perception verb whose time dates a participle ``trigger``: "a girl who was filmed last
    month slapping troops", where the parser hangs "slapping" on "girl" beside the relative clause
    "who was filmed last month" (read right, "slapping" completes "filmed")."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "acl":
        return []
    return [c for c in children_of(trigger.head)
            if c.dep_ == "relcl" and c.lemma_.lower() in PERCEPTION and c.i < trigger.i]


#: Nouns of the occasion an act of speech or meeting takes place in ("spoke to Trump in a phone
#: call on Friday", "said in a statement on Tuesday"): the occasion's time is the act's.
SPEECH_OCCASION_NOUNS = frozenset(_WORDS["speech_occasion_nouns"])
#: Prepositions that put an act in its occasion.
OCCASION_PREPS = frozenset({"in", "during", "at"})
#: Verbs of going somewhere for an occasion ("will travel to Paris for talks on Tuesday"): the
#: occasion's day is the journey's, near enough.
ARRIVING_VERBS = frozenset(_WORDS["arriving_verbs"])
_JOURNEY_PREPS = OCCASION_PREPS | {"for"}


#: Verbs that stage an act told by a noun ("drills that the two armies started a week ago"): the
#: time of such a relative clause is the act's own.
STAGING_VERBS = frozenset(_WORDS["staging_verbs"])
#: Nouns of a run of action whose compound the event noun is ("the 1999 bombing campaign"): the run's
#: time is the event's.
CAMPAIGN_NOUNS = frozenset(_WORDS["campaign_nouns"])


def _occasion_of(trigger: Token) -> list[Token]:
    """The occasion nouns (:data:`SPEECH_OCCASION_NOUNS`) a verb ``trigger`` is done in, at or during
    (or, for a verb of going, :data:`ARRIVING_VERBS`, goes "for"):
    "call" of "spoke to Trump in a phone call on Friday", where the parser hangs the day on the
    noun.  Empty for a noun trigger or a verb with no such phrase."""
    out = []
    preps = _JOURNEY_PREPS if trigger.lemma_.lower() in ARRIVING_VERBS else OCCASION_PREPS
    for prep in children_of(trigger):
        if prep.dep_ == "prep" and prep.lower_ in preps:
            out += [o for o in children_of(prep) if o.dep_ == "pobj" and o.lemma_.lower() in SPEECH_OCCASION_NOUNS]
    return out


def _told_of_noun(trigger: Token) -> list[Token]:
    """The dated noun a subject relative clause in the past tells of: "a gas attack in April that
    killed 87 people" (the killing is the attack's, in April).  Object relatives ("the deal in 2015
    that Trump abandoned") tell a later act of someone else, and are left alone."""
    if trigger.dep_ != "relcl" or trigger.tag_ != "VBD" or pos_of(trigger.head) not in ("NOUN", "PROPN"):
        return []
    if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in children_of(trigger)):
        return []
    return [trigger.head]


def _names_thing(ent: Span, trigger: Token) -> bool:
    """True when ``ent`` is a modifier before a noun other than ``trigger`` ("the 1997 treaty", "the
    2015 nuclear deal", "the 2016 election"): it names or dates that thing, not the event."""
    tok = ent.root
    head = tok.head
    return (tok.dep_ in ("compound", "nummod", "amod") and pos_of(head) in ("NOUN", "PROPN")
            and not ent.start <= head.i < ent.end and head != trigger and head.i > tok.i)


def _dates_a_verb(ent: Span, trigger: Token) -> bool:
    """False when ``ent`` modifies a noun other than the trigger ("a statement on Friday",
    "elections in 2020"): it dates that thing, not the clause."""
    tok = ent.root
    if tok.dep_ == "npadvmod" and tok.ent_type_ in ("DATE", "TIME"):
        return True  # a bare adverbial time ("... the hub of Mazar-i-Sharif late Thursday night")
    if _names_thing(ent, trigger):
        return False  # "the 2015 nuclear deal": it names that thing
    for _ in range(4):
        head = tok.head
        if head == tok:
            return True
        if tok.dep_ == "pobj" and head.lower_ == "during":
            return True  # "during" is a time of the clause wherever the parser hangs it ("robbed by men during ...")
        if pos_of(head) == "ADP" or tok.dep_ in ("compound", "nummod"):
            tok = head
            continue
        if tok.dep_ == "poss" and _HOLIDAY.match(_LEAD.sub("", ent.text)):
            tok = head  # "during New Year's Eve celebrations"
            continue
        if pos_of(head) in ("NOUN", "PROPN") and head.i in (getattr(head.doc._, "actors", None) or {}):
            return True  # "sentenced Morsi along with 19 other defendants on Saturday": people have no date
        return pos_of(head) in ("VERB", "AUX") or head == trigger
    return True


#: Prepositions of comparison: a time inside "like the Bosnian enclave in 1995" or "as in 1995" dates
#: the thing compared with, not the act told ("has been besieged since 2013").
COMPARISON_PREPS = frozenset(_WORDS["comparison_preps"])


def in_comparison(ent: Span, trigger: Token) -> bool:
    """True when ``ent`` sits inside a phrase of comparison ("like the Bosnian Muslim enclave in
    1995", "unlike in 2014", "as in 1995") that does not hold the trigger: it dates what the act is
    compared with.  A comparison that holds the trigger ("like the attack in 1995") is left alone."""
    tok = ent.root
    while tok.head.i != tok.i:
        tok = tok.head
        comparison = tok.lower_ in COMPARISON_PREPS and tok.dep_ in ("prep", "mark") or (
            tok.lower_ == "in" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "as")
        if comparison and tok != trigger and tok not in trigger.ancestors and trigger not in tok.subtree:
            return True
    return _follows_comparison(ent, trigger)


def _follows_comparison(ent: Span, trigger: Token) -> bool:
    """True when the parser hangs the time's phrase on the verb of a comparison it follows right
    after ("our destiny will be like the Kurds of Iraqi Kurdistan in 1991": "in 1991" hangs on
    "be"): the time is the compared thing's, not the act of a clause under that verb ("If the
    Americans pull out").  A time of the trigger's own verb is left alone."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head == trigger:
        return False
    for c in children_of(prep.head):
        if (c.i < prep.i and c.dep_ == "prep" and c.lower_ in COMPARISON_PREPS
                and c.right_edge.i == prep.i - 1 and trigger not in c.subtree):
            return True
    return False


def _inside_reference(ent: Span, trigger: Token, only: frozenset[str] | set[str] = _NOT_EVENT_TIME,
                      below: bool = False) -> bool:
    """True when ``ent`` sits inside a "since ...", "after ...", "before ..." phrase or clause (of the
    words ``only``) that is not part of the trigger's own phrase: "the first [visit] since the
    crackdown after elections in 2020" does not date the visit, but does date the crackdown (year
    precision).  ``below``: a phrase hanging from the trigger is not its own either ("the first
    Briton to die there since Turkey launched its incursion on 20 January")."""
    tok = ent.root
    table = token_table(tok.doc)  # (labels and forms by token index: no string made per step)
    deps, lowers = table.dep, table.lower
    while tok.head.i != tok.i:
        tok = tok.head
        low = lowers[tok.i]
        if (low in only and (deps[tok.i] in ("prep", "mark") or low == "following")) or any(
                deps[c.i] == "mark" and lowers[c.i] in only for c in children_of(tok)):
            if tok.i != trigger.i and (below or trigger not in tok.ancestors) and tok not in trigger.ancestors:
                return True  # (a phrase above the trigger is the trigger's own: "two years after X was attacked on ...")
    return False


#: Verbs of intent whose infinitive is not (yet) done: a past time on the infinitive dates them.
INTENT_VERBS = frozenset(_WORDS["intent_verbs"])
#: Verbs that judge, explain or tell of an event named by their object ("called the attack a
#: reprisal on Monday", "condemned the bombing on Friday"): their time is the judgement's, not the event's.
ABOUT_VERBS = frozenset(_WORDS["about_verbs"])
#: Reporting verbs: an event told in their complement happened when it was told, unless dated.
REPORTING = set(_WORDS["reporting"])


_COUNTS = dict(_WORDS["counts"])
#: The measure of an offset, just before its "after"/"before": "two years", "a day", "10 days".
_OFFSET = re.compile(r"^(?P<n>\d{1,3}|" + "|".join(_COUNTS) + r")\s+(?P<u>day|week|month|year|decade)s?$", re.I)


#: The unit words a "since" of a measured stretch follows ("it is six weeks since ...").
_STRETCH_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"})


def _offset_phrase(trigger: Token) -> tuple[Token, Token, int, str] | None:
    """The "N units after/before ..." phrase or clause ``trigger`` is in ("the move comes two
    years after women were assaulted", "withdrew a week before the vote"): ``(anchor, marker,
    signed count, unit)``, where ``anchor`` is the word the phrase hangs on (its time is the
    reference) and the count is negative for "after" (the event is that long before the anchor).
    None when the trigger is in no such phrase, the innermost one counting, or is in a clause of
    its own inside it ("two years after a bill that would ban ...": the ban has its own time)."""
    # the marker is the trigger or one of its ancestors, or a child of one: none when no "after" or
    # "before" of the document is one of them (most triggers; the walk below tests whole subtrees)
    doc = trigger.doc
    cache = doc.user_data.setdefault(_CACHE_KEY, {})
    markers = cache.get("offset markers")
    if markers is None:
        # (the positions picked in C, not by a Python loop over every token)
        lowers = token_table(doc).lower
        markers = [j for j in compress(count(), map(_OFFSET_MARKERS.__contains__, lowers))
                   if lowers[j] != "since" or j and lowers[j - 1] in _STRETCH_UNITS]  # ("six weeks since")
        cache["offset markers"] = markers
    if not markers:
        return None
    heads, up, i = token_table(doc).head, set(), trigger.i
    while i not in up:  # the trigger and its ancestors (a root is its own head)
        up.add(i)
        i = heads[i]
    if not any(j in up or heads[j] in up for j in markers):
        return None
    return _offset_walk(trigger)


def _offset_walk(trigger: Token) -> tuple[Token, Token, int, str] | None:
    """:func:`_offset_phrase` without its pre-check on the document's "after"/"before" tokens: the
    walk up from ``trigger`` that finds the phrase (same result shape, None when there is none)."""
    for x in (trigger, *trigger.ancestors):
        if x != trigger and any(c.dep_ in ("relcl", "ccomp", "csubj", "parataxis", "acl") and trigger in c.subtree
                                for c in children_of(x)):
            return None
        if x.dep_ == "prep" and x.lower_ in ("after", "before"):
            marker = x
        else:
            marker = next((c for c in children_of(x) if c.dep_ == "mark" and c.lower_ in _OFFSET_MARKERS), None)
        if marker is None or marker.i == 0 or x.head == x:
            continue
        if marker.lower_ == "since":
            # "It is six weeks since she surrendered", "it has been two years since the raid": the
            # stretch runs back from the time of the copula ("is", "has been") to the act
            got = _since_stretch(x, marker)
            if got is None:
                continue  # a "since" of cause or of a start: no offset here
            return got
        unit = marker.doc[marker.i - 1]  # the measure of the "after" ("the first talks in eight months after" is none)
        m = _OFFSET.match(marker.doc[unit.left_edge.i:marker.i].text) if unit.lemma_.lower() in (
            "day", "week", "month", "year", "decade") and unit.dep_ == "npadvmod" else None
        if m is None:
            return None
        n = int(m.group("n")) if m.group("n").isdigit() else _COUNTS[m.group("n").lower()]
        return x.head, marker, (-n if marker.lower_ == "after" else n), m.group("u").lower()
    return None


def _since_stretch(clause: Token, marker: Token) -> tuple[Token, Token, int, str] | None:
    """The offset of a "since" clause that measures a stretch from the act to a copula's time:
    "It is six weeks since Muthana surrendered" gives ``(is, since, -6, "week")``.  None for any
    other "since" clause (a cause, "since he refused", or a start, "has fought since it began")."""
    be = clause.head
    if clause.dep_ != "advcl" or be.lemma_.lower() != "be" or not any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in children_of(be)):
        return None
    unit = marker.doc[marker.i - 1]
    if unit.head != be or unit.dep_ not in ("attr", "npadvmod") or unit.lemma_.lower() not in (
            "day", "week", "month", "year", "decade"):
        return None
    m = _OFFSET.match(marker.doc[unit.left_edge.i:marker.i].text)
    if m is None:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _COUNTS[m.group("n").lower()]
    return be, marker, -n, m.group("u").lower()


def _shift_day(day: date, count: int, unit: str) -> date:
    if unit in ("day", "week"):
        return day + timedelta(days=count * (7 if unit == "week" else 1))
    if unit == "month":
        k = day.year * 12 + day.month - 1 + count
        return date(k // 12, k % 12 + 1, min(day.day, 28))
    return date(day.year + count * (10 if unit == "decade" else 1), day.month, min(day.day, 28) if day.month == 2 else day.day)


def _tells_now(word: Token) -> bool:
    """True for a word whose undated time is the article's: one of the sentence's main assertion
    ("the move comes two years after ...", "the arrests came three years after ...", "said the
    move appeared to ignore ..."), not of a relative or adverbial clause or a noun phrase, which
    tell background ("Begum, who married a fighter 10 days after arriving in Raqqa")."""
    tok = word
    while tok.head != tok:
        if tok.dep_ not in ("ccomp", "xcomp", "conj", "parataxis") or pos_of(tok) not in ("VERB", "AUX"):
            return False
        tok = tok.head
    return True


def shift_date(value: str, count: int, unit: str) -> str:
    """``value`` ("YYYY-MM-DD", "YYYY-MM" or "YYYY") moved by ``count`` units (day, week, month,
    year, decade), at the coarser of its own precision and the unit's: a day moved by years is a
    year ("2017-12-30" - 2 years = "2015"), a month moved by days stays a month."""
    day = date.fromisoformat((value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10])
    keep = {"day": 10, "week": 10, "month": 7}.get(unit, 4)
    return _shift_day(day, count, unit).isoformat()[:min(keep, len(value))]


def _in_dateline(ent: Span) -> bool:
    """True for a date in its sentence's wire dateline ("GENEVA, March 6 -"; :func:`dateline`)."""
    # (the sentence of its first token: ``ent`` lies within one sentence, as every candidate does)
    openers, dash = _sentence_dateline(token_table(ent.doc).tokens[ent.start].sent)
    return any(i < ent.start for i in openers) and dash is not None and ent.start < dash


def _sentence_dateline(sent: Span) -> tuple[tuple[int, ...], int | None]:
    """For :func:`_in_dateline`: the indexes of the sentence's first two tokens that are a wire
    dateline (:func:`dateline`), and the index of its first dash (None without one); read once per
    sentence into the document's cache (:func:`forget_cache`), since every event of the sentence asks."""
    cache = sent.doc.user_data.setdefault(_CACHE_KEY, {})
    key = ("dateline", sent.start)
    got = cache.get(key)
    if got is None:
        openers = tuple(t.i for t in sent[:2] if dateline(t))
        dash = next((t.i for t in sent if t.text in ("\u2014", "\u2013", "-", "--")), None) if openers else None
        got = cache[key] = (openers, dash)
    return got


def date_event(trigger: Token, published: str | None, prefer: str,
               rivals: list[Token] | tuple[Token, ...] = (), attached_only: bool = False) -> tuple[str | None, str | None, str]:
    """Date an event from its trigger: ``(date, date_text, date_basis)``.

    Order: an expression attached to the trigger ("met on Monday", "the February 24 invasion",
    "have fought since September 2014"); for an event noun, one attached to the verb that
    governs it; then one in the same clause, or attached to the reporting verb the clause is
    the complement of ("welcomes ..., a spokesman said on Monday"); then one elsewhere in the
    sentence when this trigger is the nearest to it in the parse among the sentence's event
    triggers (``rivals``); else the publication date (basis "publication", date_text None).
    Each expression is resolved looking back or forward by :func:`tense_preference` of its own
    verb, ``prefer`` (from the event's factuality) when the verb does not say.

    An event in an offset phrase ("two years after women were assaulted", "a day before the
    vote") with no date of its own in the clause is dated from the time of what the phrase hangs on
    (only an expression attached to it, ``attached_only``, else the publication date), moved by the
    offset, at the unit's precision; a holiday in the phrase is the occurrence nearest to that.
    """
    deps = token_table(trigger.doc).dep  # (labels read from the document's table, no string made per read)
    sent = trigger.sent
    cands = expressions(sent, reference_points=True)
    targets = [trigger]
    about = None  # a verb that judges or tells of the event noun: its time is its own
    if pos_of(trigger) in ("NOUN", "PROPN"):
        # "drills that the two armies started a week ago": the act's own staging clause comes first
        targets += [c for c in children_of(trigger) if deps[c.i] == "relcl" and c.lemma_.lower() in STAGING_VERBS]
        if deps[trigger.i] == "compound" and trigger.head.lemma_.lower() in CAMPAIGN_NOUNS:
            targets.append(trigger.head)  # "NATO's 1999 bombing campaign": the campaign's year
        verb = _clause_verb(trigger)
        if verb is not None and verb.lemma_.lower() in ABOUT_VERBS:
            about = verb
        elif verb is not None:
            targets.append(verb)
    elif deps[trigger.i] in ("xcomp",) and pos_of(trigger.head) in ("VERB", "AUX"):
        targets.append(trigger.head)
    elif _shares_time(trigger) or _when_clause(trigger):
        targets.append(trigger.head)  # "was arrested on Monday when police raided his home"
    elif deps[trigger.i] == "relcl" and adopter_of(trigger.head) is not None:
        targets.append(adopter_of(trigger.head))  # "voted on Sunday for a resolution that calls upon ..."
    elif (deps[trigger.i] == "relcl" and trigger.lemma_.lower() in STATIVE_PASSIVES
          and any(deps[c.i] == "auxpass" for c in children_of(trigger)) and trigger.head.dep_ in ("nsubj", "nsubjpass")):
        # "The 33-year-old, who was embedded with US forces, died ... on Thursday": a state of the
        # subject holds when its clause happens, however that clause's time is hung
        return date_event(trigger.head.head, published, prefer, rivals, attached_only)
    if pos_of(trigger) == "VERB":
        # "a roadside bombing on Sunday killed ...": the time of the act that is the subject
        targets += [c for c in children_of(trigger) if deps[c.i] == "nsubj" and pos_of(c) == "NOUN" and not c.ent_type_]
        targets += _occasion_of(trigger)
    targets += _depicted_by(trigger) + _told_of_noun(trigger)

    # "two years after women were assaulted during New Year's Eve celebrations": the time of what
    # the phrase hangs on, moved by the offset; a holiday in the phrase is the one nearest to that
    offset = _offset_phrase(trigger) if published else None
    shifted: tuple[str, str | None, str] | None = None  # (value, its day when known, words)
    if offset is not None:
        anchor, marker, count, unit = offset
        value, _, basis = date_event(anchor, published, prefer, attached_only=True)
        if basis == "publication" and not _tells_now(anchor):
            value = None  # "married a fighter 10 days after arriving": the marrying has no known time
        if value:
            words = sent.doc[sent.doc[marker.i - 1].left_edge.i:marker.i + 1].text
            day = _shift_day(date.fromisoformat(value), count, unit).isoformat() if len(value) == 10 else None
            shifted = shift_date(value, count, unit), day, words

    def resolved(ent: Span) -> tuple[str, str, str] | None:
        text = span_text(ent)
        bare = _LEAD.sub("", text).strip()
        if shifted and shifted[1] and _HOLIDAY.match(bare):
            day = resolve_holiday(bare, shifted[1], "nearest")
            return (day, text.rstrip(".,;:"), "explicit" if _is_absolute(bare) else "relative") if day else None
        before = token_table(ent.doc).lower[max(ent.start - 2, sent.start):ent.start]  # (``t.lower_`` of each)
        if before[-2:] == ["early", "on"] or before[-1:] == ["early"]:
            text = "early " + text  # "early on Tuesday": the wire's next-morning phrasing
        r = resolve_expression(text, published, tense_preference(ent, prefer))
        return (r.value, span_text(ent).rstrip(".,;:"), r.basis) if r else None

    def usable(ent: Span, target: Token) -> bool:
        ref = _reference_prep(ent)
        return ref is None or ref == "since" and _durative(trigger, target) or (
            target is trigger and (_names_own_time(ent, trigger) or _hangs_below(ent, trigger)))

    # "GENEVA, March 6 - X met Y on Wednesday": the dateline's date is when the story was filed; the
    # parser may hang it on the verb, but a day the sentence gives the act itself comes first
    filed = [e for e in cands if _in_dateline(e)] if cands else []
    ordered = [e for e in cands if e not in filed] + filed if filed else cands  # (once, not per target)
    for target in targets:
        for ent in ordered:
            if _attached_to(ent, target) and usable(ent, target):
                got = resolved(ent)
                if got:
                    return got
    when = trigger if deps[trigger.i] == "relcl" else (
        targets[1] if len(targets) > 1 and targets[1] is not trigger and deps[targets[1].i] == "relcl" else None)
    if when is not None and _when_clause(when):
        # "were kidnapped in 2014 when the group stormed across the border": the "when" clause
        # hangs on the time it tells of, and so does an event noun that is its subject or object
        # ("Since 2011, when the uprising descended into war": the uprising is 2011's, whatever
        # the "since" says of the main clause)
        for ent in cands:
            if ent.start <= when.head.i < ent.end and _reference_prep(ent) in (None, "since", "until", "till"):
                got = resolved(ent)
                if got:
                    return got
    if attached_only:
        return published, None, "publication"
    if trigger.lemma_.lower() in INTENT_VERBS and published:
        # "threatened to overrun Kunduz last month": an act only intended cannot have happened
        # last month; the past time dates the threat
        for child in children_of(trigger):
            if deps[child.i] != "xcomp":
                continue
            for ent in cands:
                if _attached_to(ent, child) and _reference_prep(ent) is None:
                    r = resolve_expression(ent.text, published, "past")
                    if r and r.value < published[:len(r.value)]:
                        return r.value, ent.text.rstrip(".,;:"), r.basis
    # "have fought to liberate the city since September 2014": a "since" phrase on the purpose
    # infinitive dates the perfect verb it depends on
    for child in children_of(trigger):
        if deps[child.i] in ("advcl", "xcomp") and any(c.lower_ == "to" for c in children_of(child) if deps[c.i] == "aux"):
            for ent in cands:
                if _reference_prep(ent) == "since" and _attached_to(ent, child) and _durative(trigger, trigger):
                    got = resolved(ent)
                    if got:
                        return got
    others = [r for r in rivals if r.sent == sent and r != trigger]

    def claimed(ent: Span) -> bool:  # attached to another event of the sentence
        return any(_attached_to(ent, r) or (pos_of(r) in ("NOUN", "PROPN") and _clause_verb(r) is not None
                                            and _attached_to(ent, _clause_verb(r))) for r in others)

    from newsevents.place.attach import _clause_tokens, clause_head

    head = clause_head(trigger)
    clauses = trigger.doc.user_data.setdefault(_CACHE_KEY, {}).setdefault("clauses", {})  # head index -> its clause's
    clause = clauses.get(head.i) if cands else frozenset()  # (asked only about the sentence's expressions)
    if clause is None:
        clause = clauses[head.i] = frozenset(t.i for t in _clause_tokens(head))
    def judged(ent: Span) -> bool:
        """A time of the verb judging the event noun: the judgement's, unless a calendar year or
        month ("justified the drone strike in 2015"), which the event shares near enough."""
        if about is None or not _attached_to(ent, about):
            return False
        r = resolve_expression(ent.text, published, "past")
        return not (r and r.basis == "explicit" and len(r.value) < 10)

    nested = _nested_in_noun(trigger, rivals)
    local = [e for e in cands if e.root.i in clause and not _is_reference_point(e) and not claimed(e)
             and _dates_a_verb(e, trigger) and not _inside_reference(e, trigger) and not in_comparison(e, trigger)
             and not judged(e) and not nested]
    if deps[head.i] in ("ccomp", "parataxis") and head.head.lemma_.lower() in REPORTING and prefer != "future":
        # dated on the reporting verb, or on its speaker ("said a spokesperson on Monday"); an act
        # announced for later is not done when announced ("announced on Saturday that her party has
        # decided to take tougher action")
        speakers = [head.head] + [c for c in children_of(head.head) if deps[c.i] == "nsubj"]
        local += [e for e in cands if any(_attached_to(e, t) for t in speakers) and not _is_reference_point(e)]
    for ent in sorted(local, key=lambda e: abs(e.root.i - trigger.i)):
        got = resolved(ent)
        if got:
            return got
    if shifted:
        if shifted[1]:
            # a holiday further on in the phrase, wherever the parser hangs it ("two years after women
            # were groped, molested and robbed by gangs of men during New Year's Eve festivities")
            for ent in cands:
                bare = _LEAD.sub("", ent.text).strip()
                if ent.start > offset[1].i and _HOLIDAY.match(bare):
                    day = resolve_holiday(bare, shifted[1], "nearest")
                    if day:
                        return day, ent.text.rstrip(".,;:"), "explicit" if _is_absolute(bare) else "relative"
        return shifted[0], shifted[2], "relative"
    for ent in cands:
        if not _is_absolute(span_text(ent)) or _is_reference_point(ent) or claimed(ent) or _inside_reference(
                ent, trigger, {"since", "until", "till", "following"}, below=True):
            continue  # "... following its nuclear test on Sept 3": the test's date
        if judged(ent) or nested or _names_thing(ent, trigger) or in_comparison(ent, trigger):
            continue  # "accused Moscow of breaching the 1997 treaty": the treaty's year
        mine = tree_distance(trigger, ent.root)
        if all(mine < tree_distance(r, ent.root) for r in others):
            got = resolved(ent)
            if got:
                return got
    fronted = _fronted_time(sent, cands) if prefer != "future" else None
    if fronted is not None and _frames(fronted, trigger, head, cands) and not (
            judged(fronted) or nested or _names_thing(fronted, trigger) or in_comparison(fronted, trigger)):
        # "Last year, Trump was so upset by the photos, he ordered a missile strike": a time set
        # before the sentence's first comma frames all of it, wherever the parser hangs it
        got = resolved(fronted)
        if got:
            return got
    if nested:
        got = _same_noun_time(trigger, published, prefer)
        if got:
            return got
    if deps[trigger.i] == "conj" and pos_of(trigger) == "VERB" and _shares_time(trigger):
        # "Isis destroyed a monastery [dated 2015 from the clause before] and imprisoned many":
        # a coordinated verb with the same subject shares the time its head was given
        value, text, basis = date_event(trigger.head, published, prefer, rivals)
        if basis != "publication" and value:
            return value, text, basis
    got = _following_time(trigger, head, published)
    if got:
        return got
    got = _occasion_time(head, published, prefer) or _same_act_time(trigger, published, prefer)
    if got:
        return got
    prior = _prior_marker(head) if prefer != "future" else None
    if prior is not None:
        return None, marker_words(prior), "relative"
    former = former_rule([trigger, head] if head is not trigger else [trigger], published)
    if former is not None:
        return None, span_text(trigger.doc[former.i:former.right_edge.i + 1]), "relative"
    return published, None, "publication"


#: Adverbs that say a told act is background (:func:`is_background`): "He was previously jailed".
BACKGROUND_ADVERBS = frozenset(_WORDS["background_adverbs"])
#: Sentence adverbs that place a told act before the story's own time with no day: "Earlier, he was
#: handed a 20-year sentence", "He previously served as ...".  Dated uses ("earlier on Monday",
#: "earlier this week") are temporal expressions and are resolved before this is asked.
PRIOR_ADVERBS = BACKGROUND_ADVERBS | frozenset(_WORDS["prior_adverbs_more"])


def _told_or_supposed(head: Token) -> bool:
    """True when the clause of ``head`` is, or is inside, what someone reports ("said that ...")
    or a condition ("if the US sought to strike"): the sentence's opening time is the telling's,
    not the told act's."""
    tok = head
    while tok.head != tok:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children_of(tok)):
            return True
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in REPORTING:
            return True
        tok = tok.head
    return False


def _frames(fronted: Span, trigger: Token, head: Token, cands: list[Span]) -> bool:
    """Whether the sentence's opening time ``fronted`` may date ``trigger`` (its clause verb
    ``head``): not an act in the past perfect, reported or supposed (:func:`_told_or_supposed`),
    nor one whose own phrase has a time of its own ("missile launches in July")."""
    if _past_perfect(head) or _told_or_supposed(head):
        return False
    phrase = _phrase_of(trigger)
    start, end = phrase.left_edge.i, phrase.right_edge.i
    return not any(e is not fronted and start <= e.root.i <= end for e in cands)


def _phrase_of(trigger: Token) -> Token:
    """The head of the phrase a trigger word is in: "missile" of "missile launches" gives "launches"."""
    return trigger.head if trigger.dep_ == "compound" else trigger


def _fronted_time(sent: Span, cands: list[Span]) -> Span | None:
    """The temporal expression that opens ``sent`` and is set off by a comma ("Last year, ...",
    "In 2014, ...", "But on Monday, ..."), which frames the whole sentence; None when there is
    none, or it is a reference point ("Since 2011, ...": a stretch, not the time of each act)."""
    doc = sent.doc
    lowers = token_table(doc).lower
    for ent in cands:
        if ent.end >= sent.end or lowers[ent.end] != "," or _is_reference_point(ent):
            continue
        if all(lowers[i] in _FRONT_WORDS for i in range(sent.start, ent.start)):
            return ent
    return None


#: Words that may come before a sentence's opening time ("But in 2014, ...").
_FRONT_WORDS = frozenset({"but", "and", "yet", "then", "in", "on", "during", "at", "so", "early", "late"})


def _once_before(verb: Token, c: Token) -> bool:
    """True when ``c`` is a "once" of former times on the past verb ``verb`` ("what Kofi Annan once
    called", "the land they once claimed", "towns once held by Isis"), not the subordinator of a
    clause of time ("once it is cleared", "once entered, are hard to quit")."""
    if c.dep_ != "advmod" or c.lower_ != "once" or c.i > verb.i or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(s.dep_ in ("nsubj", "nsubjpass") and s.i > c.i for s in children_of(verb)):
        return False  # "once someone has been put in that position": a condition
    if verb.tag_ == "VBN" and any(a.dep_ in ("aux", "auxpass") and a.lower_ not in ("was", "were")
                                  for a in children_of(verb)):
        return False  # "has once been ..." counts up to now
    return verb.dep_ != "advcl"


def _at_the_time(c: Token) -> bool:
    """True for a bare "at the time" on a verb: the time of something told before, not now (with
    anything more, "at the time of writing", "at the time of the SDF offensive", it is a date phrase)."""
    if c.dep_ != "prep" or c.lower_ != "at":
        return False
    objs = [o for o in children_of(c) if o.dep_ == "pobj"]
    return (len(objs) == 1 and objs[0].lower_ == "time"
            and [g.lower_ for g in children_of(objs[0])] == ["the"])


def background_marker(head: Token, adverbs: frozenset[str] = BACKGROUND_ADVERBS) -> Token | None:
    """The word that tells the clause of verb ``head`` (or the verb it is coordinated with) as
    background: an adverb of ``adverbs`` ("previously", "formerly"), a "once" of former times
    (:func:`_once_before`) or a bare "at the time" (:func:`_at_the_time`, the "at"); None if none."""
    table = token_table(head.doc)  # (labels, forms and heads by token index: no string or token made per step)
    deps, lowers, heads = table.dep, table.lower, table.head
    verbs = [head]
    for _ in range(3):
        verb = verbs[-1]
        k = verb.i
        if heads[k] == k:
            break
        if deps[k] == "conj" and not any(deps[c.i] in ("nsubj", "nsubjpass") for c in children_of(verb)):
            verbs.append(table.tokens[heads[k]])  # "was arrested earlier and released": the shared subject's verb
        elif deps[k] == "advcl" and any(deps[c.i] in ("mark", "advmod") and lowers[c.i] in ("as", "when", "while")
                                        for c in children_of(verb)):
            verbs.append(table.tokens[heads[k]])  # "At the time, the world watched as the army closed in": its time
        else:
            break
    for verb in verbs:
        for c in children_of(verb):
            dep, low = deps[c.i], lowers[c.i]
            if dep == "advmod" and low in adverbs and not any(
                    deps[g.i] in ("npadvmod", "pobj", "prep") for g in children_of(c)):
                return c
            # (each of these is false unless the child is an adverb "once" or a preposition "at")
            if (dep == "advmod" and low == "once" and _once_before(verb, c)) or (
                    dep == "prep" and low == "at" and _at_the_time(c)):
                return c
    return None


#: Nouns of a period of rule, adjectives of polities gone, adjectives of a rule before the present
#: one (time.yaml ``rule_nouns``, ``former_polities``, ``former_adjectives``).
RULE_NOUNS = frozenset(_WORDS["rule_nouns"])
FORMER_POLITIES = frozenset(_WORDS["former_polities"])
FORMER_ADJECTIVES = frozenset(_WORDS["former_adjectives"])


_RULE_PREPS = frozenset({"under", "during"})


def _ended_before(name: str, published: str) -> bool:
    """True when ``name`` is a person of the actor knowledge base (``people.tsv``, one row per
    tenure with its start and end dates) whose every role had ended before ``published``."""
    from newsevents.actors.kb import load_kb

    entry = load_kb().lookup(name, on=published)
    return entry is not None and entry.kind == "person" and bool(entry.end) and entry.end < published


def former_rule(words: list[Token], published: str | None) -> Token | None:
    """The "under"/"during" of a period of rule that had ended by ``published``, on one of
    ``words`` (the event's trigger and clause verb), or None: "sanctions lifted under the Obama
    administration" (a leader whose tenure in the actor knowledge base ended before the story),
    "during the Soviet era", "under the previous government".  An act so told is history of no
    known day (date null, historical).  A rule still in force ("under Putin" in 2018) is none."""
    if not published:
        return None
    doc = words[0].doc
    cache = doc.user_data.setdefault(_CACHE_KEY, {})
    ruled = cache.get("rule heads")
    if ruled is None:  # the words an "under"/"during" hangs on, once per document
        table = token_table(doc)
        ruled = cache["rule heads"] = {table.head[j] for j in compress(count(), map(_RULE_PREPS.__contains__, table.lower))}
    if not ruled or not any(w.i in ruled for w in words):
        return None  # (most documents have no "under"/"during" at all)
    for word in words:
        for prep in children_of(word):
            if prep.dep_ != "prep" or prep.lower_ not in ("under", "during"):
                continue
            for noun in children_of(prep):
                if noun.dep_ != "pobj":
                    continue
                mods = [c for c in children_of(noun) if c.dep_ in ("amod", "compound", "poss")]
                if noun.lemma_.lower() in RULE_NOUNS and any(
                        m.lower_ in FORMER_POLITIES or m.lower_ in FORMER_ADJECTIVES for m in mods):
                    return prep
                names = [noun] if noun.ent_type_ == "PERSON" else (
                    [m for m in mods if m.ent_type_ == "PERSON"] if noun.lemma_.lower() in RULE_NOUNS else [])
                for name in names:
                    ent = next((e for e in doc_ents(name.doc) if e.start <= name.i < e.end), None)
                    text = ent.text if ent is not None else name.text
                    if text.endswith(("'s", "’s")):
                        text = text[:-2]
                    if _ended_before(text, published) or _ended_before(name.text, published):
                        return prep
    return None


def _prior_marker(head: Token) -> Token | None:
    """The word of :func:`background_marker` (or "earlier", :data:`PRIOR_ADVERBS`) that marks the
    clause verb ``head`` as told before the story's time, or None.  An act so told happened before
    the story's time, on a day the text does not give: it is not dated by the publication day
    (which would make it one with the story's own act of the same kind), its date stays unknown
    (null, basis "relative", the marker's words as its words)."""
    return background_marker(head, PRIOR_ADVERBS)


def marker_words(marker: Token) -> str:
    """The words of a background marker: the adverb, or the whole "at the time"."""
    return marker.doc[marker.left_edge.i:marker.right_edge.i + 1].text if marker.dep_ == "prep" else marker.text


#: Subordinators of a clause told as the occasion of the act it hangs on, or as just before it.
OCCASION_MARKS = frozenset(_WORDS["occasion_marks"])


def _occasion_time(head: Token, published: str | None, prefer: str) -> tuple[str, str, str] | None:
    """For an undated act in a "when/as/while/after" clause of a dated act ("Police arrested 12
    protesters on Saturday after a rally turned violent"): the dated act's time, basis "relative".
    The clause tells the occasion of that act, or what led straight to it, so in news it is the
    same day near enough; an "after" clause only when both acts are told in the simple past.
    None when the clause has another subordinator or the act it hangs on has no time of its own."""
    table = token_table(head.doc)  # (labels and forms by token index)
    deps, lowers = table.dep, table.lower
    marks = {lowers[c.i] for c in children_of(head) if deps[c.i] in ("mark", "advmod") and c.i < head.i}
    if deps[head.i] != "advcl" or head.head == head or not marks & OCCASION_MARKS:
        return None
    if "after" in marks and not (_simple_past(head) and _simple_past(head.head)):
        return None  # "Delegates will arrive on Wednesday ... after Russia brokered a deal": earlier
    value, text, basis = date_event(head.head, published, prefer, attached_only=True)
    if basis == "publication" or not value or not text:
        return None
    return value, text, "relative"


#: Nouns of what follows an event ("the death toll from the bombing rose to six Friday", "the
#: anniversary of the invasion"): a time of their clause is theirs, not the event's.
AFTER_NOUNS = frozenset(_WORDS["after_nouns"])


def _nested_in_noun(trigger: Token, rivals) -> bool:
    """True for an event noun in a phrase that modifies a noun of what follows it
    (:data:`AFTER_NOUNS`): "the death toll from a bombing ... rose to six Friday"."""
    if pos_of(trigger) not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or trigger.head.dep_ != "prep":
        return False
    holder = trigger.head.head
    return holder.lemma_.lower() in AFTER_NOUNS and holder not in rivals


def _following_time(trigger: Token, head: Token, published: str | None) -> tuple[str, str, str] | None:
    """For an undated act told as following a happening that the article dates elsewhere
    ("Following Morsi's overthrow, Egyptian authorities launched a crackdown, jailing thousands"
    and, earlier, "who led Morsi's overthrow in 2013"): that happening's time, at most to the
    year when it is historical and to the month otherwise (what follows need not be the same day).
    Only a mention with the same possessor ("Morsi's"), or a definite one, counts; None when the
    article gives no such time or disagrees with itself.  A happening whose possessor is its time
    ("airstrikes after April's gas attack") gives that time, to the month."""
    table = token_table(trigger.doc)  # (labels and forms by token index)
    for verb in dict.fromkeys((trigger, head)):
        for prep in children_of(verb):
            if table.dep[prep.i] != "prep" or table.lower[prep.i] not in ("following", "after"):
                continue
            for ref in children_of(prep):
                if ref.dep_ != "pobj" or pos_of(ref) != "NOUN" or ref.ent_type_ in ("DATE", "TIME"):
                    continue
                for ent in expressions(trigger.sent):
                    # "airstrikes after April's chlorine gas atrocity": the happening's own time
                    if ent.root.dep_ == "poss" and ent.root.head == ref:
                        r = resolve_expression(ent.text, published, "past")
                        if r:  # to the month: what follows need not be the same day
                            return r.value[:7], ent.text.rstrip(".,;:"), r.basis
                owner = {c.lower_ for c in children_of(ref) if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the")}
                if not owner:
                    continue
                found = set()
                # (the document's other tokens with the same lemma, from its lemma index: no pass
                # over every token)
                for tok in tokens_with_lemma(trigger.doc, {table.lemma[ref.i]}):
                    if tok.i == ref.i or pos_of(tok) != "NOUN":
                        continue
                    if not owner & {c.lower_ for c in children_of(tok) if c.dep_ in ("poss", "det")}:
                        continue
                    for ent in expressions(tok.sent):
                        # "the overthrow in 2013", or "led Morsi's overthrow in 2013" on the verb of the noun
                        if (_attached_to(ent, tok) and (ent.root.head == tok or ent.root.head.head == tok)) or (
                                tok.dep_ == "dobj" and _attached_to(ent, tok.head)):
                            r = resolve_expression(ent.text, published, "past")
                            if r:
                                found.add((r.value, ent.text.rstrip(".,;:"), r.basis))
                if len({v for v, _, _ in found}) == 1:
                    value, text, basis = found.pop()
                    keep = 4 if is_historical(value, published) else 7
                    return value[:keep], text, basis
    return None


def _same_noun_time(trigger: Token, published: str | None, prefer: str) -> tuple[str, str, str] | None:
    """The time told of the same event noun elsewhere in the article, as its own modifier, for an
    event noun whose sentence gives it none ("the death toll from a truck bombing at the consulate rose
    to six Friday" and, a sentence later, "the bombing late Thursday").  Only a definite mention
    ("the bombing", "its bombing") counts, and only when all such times agree."""
    doc = trigger.doc
    lemma = trigger.lemma_.lower()
    found = set()
    for tok in doc:
        if tok.i == trigger.i or tok.lemma_.lower() != lemma or pos_of(tok) != "NOUN" or tok.sent == trigger.sent:
            continue
        if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their", "his", "her") for c in children_of(tok)):
            continue
        for ent in expressions(tok.sent):
            # its own modifier, or a bare time right after it that the parser hangs on the verb
            if ent.root.head == tok and ent.root.dep_ in ("npadvmod", "compound", "nmod", "amod") or (
                    _attached_to(ent, tok) and ent.root.head.head == tok) or (
                    ent.start == tok.i + 1 and ent.root.dep_ == "npadvmod"):
                r = resolve_expression(ent.text, published, tense_preference(ent, prefer))
                if r:
                    found.add((r.value, ent.text.rstrip(".,;:"), r.basis))
    return found.pop() if len({v for v, _, _ in found}) == 1 else None


def _object_lemma(verb: Token) -> str | None:
    return next((c.lemma_.lower() for c in children_of(verb) if c.dep_ == "dobj"), None)


def _same_act_time(trigger: Token, published: str | None, prefer: str) -> tuple[str, str, str] | None:
    """The time told of the same act in another sentence, for an undated verb: the same verb
    with an object of the same head noun ("was filmed punching the soldier" and, a sentence
    before, "for punching an Israeli soldier in the face two weeks ago").  A time attached to that
    other verb counts, and only when all such times agree; None for a verb with no object (too
    little to say it is the same act) or no such mention."""
    if pos_of(trigger) != "VERB":
        return None
    obj = _object_lemma(trigger)
    if obj is None:
        return None
    cache = trigger.doc.user_data.setdefault(_CACHE_KEY, {})
    if "verbs" not in cache:  # (verb lemma, object lemma) -> its tokens: one pass per document
        # (from the objects up: a verb's first direct object is its object, as in _object_lemma)
        # (read from the document's table: dependency labels, heads, parts of speech, lemmas)
        table = token_table(trigger.doc)
        heads, tags, lemmas = table.head, table.pos, table.lemma
        first_object: dict[int, int] = {}  # verb index -> its first direct object's
        for j in compress(count(), map("dobj".__eq__, table.dep)):  # (the objects picked in C)
            h = heads[j]
            if h not in first_object and tags[h] == "VERB" and h != j:
                first_object[h] = j
        index: dict[tuple[str, str], list[Token]] = {}
        for i in sorted(first_object):
            index.setdefault((lemmas[i], lemmas[first_object[i]]), []).append(table.tokens[i])
        cache["verbs"] = index
    found = set()
    for tok in cache["verbs"].get((trigger.lemma_.lower(), obj), []):
        if tok.sent == trigger.sent:
            continue
        for ent in expressions(tok.sent):
            if _attached_to(ent, tok) and _reference_prep(ent) is None:
                r = resolve_expression(ent.text, published, tense_preference(ent, prefer))
                if r:
                    found.add((r.value, ent.text.rstrip(".,;:"), r.basis))
    return found.pop() if len({v for v, _, _ in found}) == 1 else None


def place_history(trigger: Token, published: str | None) -> tuple[str, str] | None:
    """The past time of a place told as history: for an undated act in a sentence that opens with
    "In <place>," and tells, in the simple past with no time of its own, what happened there
    ("In Srebrenica, about 8,000 men and boys were massacred in a few days."), the time the article
    gives that place elsewhere ("like Srebrenica in 1995"), when every such time agrees and is
    historical: ``(date, words)`` (the date to the month), else None."""
    sent = trigger.sent
    if not published or not tells_past(trigger) or expressions(sent, reference_points=True):
        return None
    first = sent[0]
    if first.lower_ != "in" or first.dep_ != "prep" or first.head != sent.root:
        return None
    place = next((o for o in children_of(first) if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC")), None)
    if place is None or place.i + 1 >= sent.end or sent.doc[place.i + 1].text != ",":
        return None
    cache = trigger.doc.user_data.setdefault(_CACHE_KEY, {})
    if "places" not in cache:  # place word -> its tokens: one pass per document
        index: dict[str, list[Token]] = {}
        for tok in trigger.doc:
            if pos_of(tok) == "PROPN":  # (the model may tag the same name a person elsewhere)
                index.setdefault(tok.lower_, []).append(tok)
        cache["places"] = index
    found = set()
    for tok in cache["places"].get(place.lower_, []):
        if tok.sent == sent:
            continue
        for ent in expressions(tok.sent):
            right_after = ent.start == tok.i + 2 and tok.doc[tok.i + 1].lower_ == "in"  # "Srebrenica in 1995"
            if (_attached_to(ent, tok) or right_after) and _reference_prep(ent) is None:
                r = resolve_expression(ent.text, published, "past")
                if r is None or not is_historical(r.value, published):
                    return None  # the place has a time of today too
                found.add((r.value[:7], f"{tok.text} {ent.text.rstrip('.,;:')}"))
    return found.pop() if len({v for v, _ in found}) == 1 else None


#: Adverbs that move a telling off the time of the sentence before ("later", "recently", "now").
_SHIFT_ADVERBS = set(_WORDS["shift_adverbs"])


def _simple_past(verb: Token) -> bool:
    """True for a verb in the simple past, active ("blamed") or passive ("was killed")."""
    table = token_table(verb.doc)  # (tags, labels and forms by token index)
    tag, deps, lowers = table.tag[verb.i], table.dep, table.lower
    if tag not in ("VBD", "VBN"):
        return False  # (no other tag is a simple past: its auxiliaries are not read)
    auxes = [c.i for c in children_of(verb) if deps[c.i] in ("aux", "auxpass")]
    if tag == "VBD":
        return not auxes
    return bool(auxes) and all(lowers[a] in ("was", "were") for a in auxes)


def clause_told_past(trigger: Token) -> bool:
    """True when the trigger's own clause is told in the simple past ("as Baghdad troops attacked
    his Peshmerga"), whatever the tense or parse of the sentence's main verb, in no question."""
    from newsevents.place.attach import clause_head

    return _simple_past(clause_head(trigger)) and not span_text(trigger.sent).rstrip().rstrip("\"'”’").endswith("?")


def tells_past(trigger: Token, main: bool = True) -> bool:
    """True when the trigger's clause is told in the simple past ("blamed", "was killed", "spent"),
    in a sentence whose main verb is in the simple past too, and is no question.  ``main``: the
    trigger must belong to the main clause itself (or to a participle or coordinated verb sharing it)."""
    from newsevents.place.attach import clause_head

    sent = trigger.sent
    if span_text(sent).rstrip().rstrip("\"'”’").endswith("?") or not _simple_past(sent.root):
        return False
    head = clause_head(trigger)
    if not _simple_past(head):
        return False
    while head.dep_ == "conj" and head.head != head and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(head)):
        head = head.head
    return head == sent.root or not main


def continues_narrative(trigger: Token) -> bool:
    """True when an undated event may take the time of the sentence before: it is told in the simple
    past (:func:`tells_past`), is no act of saying (a statement is dated by its article), and its
    sentence sets no time of its own: no temporal expression, no adverb that moves the time
    ("later", "recently"), no reference to another happening ("following Morsi's overthrow", "after
    he returned"; "before crossing into Iraq", which only orders two acts of one subject, is none)."""
    if trigger.lemma_.lower() in REPORTING or not (tells_past(trigger) or _told_of_main_noun(trigger)):
        return False
    sent = trigger.sent
    if expressions(sent, reference_points=True):
        return False
    # (the sentence's labels and forms read from the document's table: no token or string made per word)
    table = token_table(trigger.doc)
    deps, lowers, tokens = table.dep, table.lower, table.tokens
    for i in range(sent.start, sent.end):
        dep, low = deps[i], lowers[i]
        if dep == "advmod" and low in _SHIFT_ADVERBS or dep == "amod" and low in (
                "subsequent", "later", "recent", "latest"):  # "condemned the subsequent overthrow"
            return False
        if low not in ("after", "following", "since", "before", "until") or dep not in ("prep", "mark"):
            continue
        if dep == "prep" and any(deps[c.i] == "pobj" for c in children_of(tokens[i])):
            return False
        if dep == "mark" and any(deps[c.i] in ("nsubj", "nsubjpass") for c in children_of(tokens[i].head)):
            return False
    return True


def _told_of_main_noun(trigger: Token) -> bool:
    """True for a relative clause in the simple past in a sentence whose main verb is in the
    simple past ("The truck careered ... before being stopped by police units who also shot dead
    the driver"): it goes on with the same narrative."""
    from newsevents.place.attach import clause_head

    return clause_head(trigger).dep_ == "relcl" and tells_past(trigger, main=False)


def told_history(sent: Span, published: str | None) -> tuple[str | None, str] | None:
    """The past time a sentence tells its history at, when its main verb is in the simple past and
    every temporal expression of it, reference points included, resolves (looking back) to a time
    more than HISTORICAL_DAYS before ``published`` ("The Soviet Union and Nazi Germany both tried to
    develop poison gas before 1939.", "In 1993, the UN designated Srebrenica a safe area."; a year
    naming a thing, "the 2011 famine", is no time of the sentence):
    ``(date, words)``, the date to the month, or None for a reference point ("before 1939" gives no
    day of its own).  None when the sentence tells no such time."""
    if not published or not _simple_past(sent.root) or span_text(sent).rstrip().endswith("?"):
        return None
    found: tuple[str | None, str] | None = None
    for ent in expressions(sent, reference_points=True):
        if _names_thing(ent, sent.root):
            continue  # "a repeat of the 2011 famine": the year names a thing, not the telling's time
        r = resolve_expression(ent.text, published, "past")
        if r is None or not is_historical(r.value, published):
            return None
        if found is None or found[0] is None:
            found = (None if _is_reference_point(ent) else r.value[:7], ent.text.rstrip(".,;:"))
    if found is None:
        # a bare year the model left untagged ("before 1939"), under a preposition of time
        for t in sent:
            if (t.dep_ == "pobj" and t.head.lower_ in _YEAR_PREPS and len(t.text) == 4 and t.text.isdigit()
                    and 1000 < int(t.text) < int(published[:4]) - 1):
                return (t.text if t.head.lower_ in ("in", "during") else None), f"{t.head.text} {t.text}"
    return found


#: Prepositions of time a bare year can follow in a sentence of history (:func:`told_history`).
_YEAR_PREPS = frozenset(_WORDS["year_preps"])


#: Days before publication within which the first day-precise time of a story is its news peg.
NEWS_PEG_DAYS = 7
#: Sentences from the start of the article searched for the news peg.
NEWS_PEG_SENTENCES = 8


def news_peg(doc, published: str | None) -> tuple[str, str, str] | None:
    """The story's own day: the first temporal expression of the article's first
    :data:`NEWS_PEG_SENTENCES` sentences that resolves (looking back) to a single day 1 to
    :data:`NEWS_PEG_DAYS` days before ``published`` ("... died during an operation in Manbij on
    Thursday", "a huge blast was heard at around 11pm on Thursday evening").  Returns ``(date,
    date_text, date_basis)`` or None (no publication date, or no such expression; a reference
    point such as "since Monday" is none)."""
    if not published:
        return None
    pub = date.fromisoformat(published)
    for i, sent in enumerate(sentences(doc)):  # (the document's sentence spans, made once)
        if i >= NEWS_PEG_SENTENCES:
            break
        for ent in expressions(sent):
            r = resolve_expression(ent.text, published, "past")
            if r is None:
                continue
            if len(r.value) == 10 and 1 <= (pub - date.fromisoformat(r.value)).days <= NEWS_PEG_DAYS:
                return r.value, ent.text.rstrip(".,;:"), r.basis
            if len(r.value) == 10 or len(r.value) == 4 and r.value != published[:4]:
                return None  # the first day the story gives is another; or it opens with history
    return None


#: Words that make a present perfect a tally up to now, not the news of one day.
_NOW_WORDS = set(_WORDS["now_words"])


def tells_news(trigger: Token) -> bool:
    """True when the trigger is the news of a lead sentence: its sentence's main verb is in the
    present perfect ("At least two people have been killed after a suicide bomber crashed ...",
    "A British soldier who was killed ... has been named"), the trigger is no act of saying, and
    its sentence sets no time of its own (no temporal expression, even a reference point)."""
    sent = trigger.sent
    root = sent.root
    if trigger.lemma_.lower() in REPORTING or root.tag_ != "VBN":
        return False
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have") for c in children_of(root)):
        return False
    if not _NOW_WORDS.isdisjoint(token_table(trigger.doc).lower[sent.start:sent.end]):  # (no token made per word)
        return False  # "So far, police have identified 31 suspects": a tally up to now
    return not expressions(sent, reference_points=True)


#: Sentences from the start of the article searched for the death an obituary opens with.
OBITUARY_SENTENCES = 2
#: Words of a death and its news (:func:`obituary_subject`, ``time.yaml`` ``death_words``).
DEATH_WORDS = frozenset(_WORDS["death_words"])


def obituary_subject(doc) -> str | None:
    """The lower-case name (its last word) of the person an obituary is about, when the article
    opens, in its first :data:`OBITUARY_SENTENCES` sentences, with that person's death: "Jalal
    Talabani, who has died aged 83, ...", "X, who died on Sunday aged 90", "X has died at the age
    of 93".  "" when the article opens so but the parse names no one; None for any other article.
    A death told without an age or a "who has died" (the news of a killing) makes no obituary."""
    table = token_table(doc)
    lowers, deps, heads, pos = table.lower, table.dep, table.head, table.pos
    for sent in sentences(doc)[:OBITUARY_SENTENCES]:
        for i in range(sent.start, sent.end):
            if lowers[i] not in ("died", "dies"):
                continue
            after = lowers[i + 1:min(i + 10, sent.end)]
            aged = "aged" in after or any(after[k:k + 3] == ["at", "the", "age"] for k in range(len(after)))
            who_has = i >= sent.start + 2 and lowers[i - 1] in ("has", "have") and lowers[i - 2] == "who"
            if not (aged or who_has):
                continue
            person = heads[i] if deps[i] == "relcl" else next(
                (c.i for c in children_of(table.tokens[i]) if deps[c.i] in ("nsubj", "nsubjpass")), None)
            if person is None or pos[person] != "PROPN":
                return ""
            return lowers[person]
    return None


#: A sentence that opens with a count of time back or on from the story's own time ("One year
#: earlier, Obama had vowed ...", "Ten days earlier, Assad had launched ...", "Two weeks later, ...").
_OPENING_OFFSET = re.compile(r"^(?:(?:but|and|then|just|only)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|\d{1,2})\s+(day|week|month|year)s?\s+(earlier|later|before|after)\s*,", re.I)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
#: Sentences before an opening count of time searched for the dated moment it counts from.
OFFSET_ANCHOR_SENTENCES = 8


def opening_offset(sent: Span, published: str | None) -> tuple[str, str] | None:
    """The time of a sentence that opens with a count of time from the story's own moment ("One
    year earlier, ...", "Ten days earlier, ..."): ``(date, words)`` counted from the latest time
    with its year told in the :data:`OFFSET_ANCHOR_SENTENCES` sentences before ("It was a sunny
    morning on Saturday 31 August 2013 ... Ten days earlier, Assad had launched just such an
    attack" is 2013-08-21; "One year earlier" is 2012).  Days and weeks need a day to count from,
    months a month; years keep only the year.  None when the sentence opens otherwise or no such
    time is found (a count from the publication day is "two years ago", read elsewhere)."""
    m = _OPENING_OFFSET.match(span_text(sent).lstrip())
    if not m or not published:
        return None
    count = int(m.group(1)) if m.group(1).isdigit() else _COUNTS[m.group(1).lower()]
    unit, back = m.group(2).lower(), m.group(3).lower() in ("earlier", "before")
    words = m.group(0).rstrip(" ,")
    sents = sentences(sent.doc)
    k = next((j for j, x in enumerate(sents) if x.start == sent.start), None)
    if not k:
        return None
    for prev in reversed(sents[max(0, k - OFFSET_ANCHOR_SENTENCES):k]):
        dated = []
        for ent in expressions(prev):
            r = resolve_expression(ent.text, published, "past")
            if r is not None and r.basis == "explicit" and re.search(r"\b(1[89]|20)\d{2}\b", ent.text):
                dated.append(r.value)
        if not dated:
            continue
        anchor = dated[-1]
        sign = -1 if back else 1
        if unit == "year":
            return f"{int(anchor[:4]) + sign * count:04d}", words
        if unit == "month" and len(anchor) >= 7:
            months = int(anchor[:4]) * 12 + int(anchor[5:7]) - 1 + sign * count
            return f"{months // 12:04d}-{months % 12 + 1:02d}", words
        if unit in ("day", "week") and len(anchor) == 10:
            days = count * (7 if unit == "week" else 1)
            return (date.fromisoformat(anchor) + timedelta(days=sign * days)).isoformat(), words
        return None
    return None


def tells_present(trigger: Token) -> bool:
    """True when the trigger is its sentence's main verb told in the present, simple, progressive
    or perfect ("Kim Jong-un is reopening a hotline", "Russian officials have warned of a clash",
    "North Korea fires a missile"): a headline or lead told so is the story's news.  A participle
    describing a noun ("schoolgirls kidnapped by Boko Haram") is not the main verb."""
    if trigger.dep_ != "ROOT" or trigger.tag_ not in ("VBZ", "VBP", "VBG", "VBN"):
        return False
    if trigger.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "am", "'s", "'re", "has", "have")
               for c in children_of(trigger))


_STRETCH_NOUNS = frozenset(_WORDS["stretch_nouns"])
_STRETCH_PREPS = frozenset(_WORDS["stretch_preps"])
_HABIT_PREPS = _STRETCH_PREPS | {"on"}  # "on numerous occasions"
_OCCASION_COUNTS = frozenset(_WORDS["occasion_counts"])
_LONG_HYPHENED = frozenset(_WORDS["long_hyphened"])


def _since_mark(clause: Token) -> Token | None:
    """The "since" that opens ``clause`` when it is a simple-past adverbial clause ("since the
    military ousted Morsi"), else None: the start of a stretch a perfect verb counts from."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBD":
        return None
    return next((m for m in children_of(clause) if m.dep_ == "mark" and m.lower_ == "since"), None)


def habitual_marker(head: Token) -> Token | None:
    """The word that tells the clause of verb ``head`` as a long or repeated stretch reaching back
    before the news rather than one act of it, or None: a "for"/"over" phrase of years or decades
    ("protests have been held for years", "over the decades"), "on numerous occasions", "long" on
    a perfect verb ("has long opposed"), an undated "since" clause of a past act on a perfect verb
    ("have been arrested since the military ousted Morsi"), or a "decades-long" modifier of the verb's object ("has
    fought a decades-long insurgency").  A progressive ("has for years been threatening") goes on
    now and has none.  Word lists: ``time.yaml`` (``stretch_nouns``,
    ``stretch_preps``, ``occasion_counts``, ``long_hyphened``)."""
    if head.tag_ == "VBG":
        return None  # "has for years been threatening": still going on now
    table = token_table(head.doc)  # (labels and forms by token index)
    deps, lowers = table.dep, table.lower
    perfect = any(deps[a.i] in ("aux", "auxpass") and lowers[a.i] in ("has", "have", "had", "'ve")
                  for a in children_of(head))
    for c in children_of(head):
        dep = deps[c.i]
        if dep == "prep" and lowers[c.i] in _HABIT_PREPS:
            for o in children_of(c):
                if o.dep_ != "pobj":
                    continue
                if c.lower_ != "on" and o.lower_ in _STRETCH_NOUNS and not any(
                        g.like_num or g.dep_ in ("prep", "amod") for g in children_of(o)):
                    return c  # "for years" (not "for two years", "over the past five years")
                if c.lower_ == "on" and o.lower_ == "occasions" and any(
                        g.lower_ in _OCCASION_COUNTS for g in children_of(o)):
                    return c
        elif dep == "advmod" and c.lower_ == "long" and perfect and c.i < head.i:
            return c
        elif dep == "advcl" and perfect and c.tag_ == "VBD":
            mark = _since_mark(c)
            inside = range(c.left_edge.i, c.right_edge.i + 1)
            if mark is not None and not any(e.root.i in inside for e in expressions(head.sent, reference_points=True)):
                return mark  # "have been arrested since the military ousted Morsi": no day given
        elif dep in ("dobj", "pobj") and perfect:
            for g in children_of(c):
                if g.dep_ == "amod" and (g.lower_ in _LONG_HYPHENED or g.lower_ == "long" and any(
                        n.lower_ in _STRETCH_NOUNS or n.lower_ == "decade" for n in children_of(g))):
                    return g  # (the model splits "decades-long" into "decades", "-", "long")
    return None


def _since_long_ago(head: Token, published: str) -> bool:
    """True for a perfect verb with a "since" clause dated more than HISTORICAL_DAYS before
    ``published``: a tally reaching back from now ("More than 330,000 people have been killed
    since the conflict began in March 2011").  One that starts within the story's month ("have
    arrested 40 protesters since the protests began last week") is the news."""
    if head.tag_ == "VBG" or not any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("has", "have", "'ve")
                                     for a in children_of(head)):
        return False
    for c in children_of(head):
        if _since_mark(c) is None:
            continue
        for ent in expressions(head.sent, reference_points=True):
            if c.left_edge.i <= ent.root.i <= c.right_edge.i:
                r = resolve_expression(span_text(ent), published, "past")
                if r is not None and is_historical(r.value, published):
                    return True
    return False


def _since_start(head: Token) -> bool:
    """True for an undated simple-past clause that starts a stretch reaching to now: the "since"
    clause of a perfect verb ("Thousands have been arrested since the military ousted Morsi").  What
    a tally is counted from lies before the news it is told in."""
    if _since_mark(head) is None:
        return False
    main = head.head
    while main.dep_ == "conj" and main.head != main:  # "have been arrested and put on trial since ..."
        main = main.head
    return any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("has", "have", "'ve")
               for verb in (head.head, main) for a in children_of(verb))


#: Verbs of a court's judgement: the act someone is convicted or sentenced for was done before.
JUDGING_VERBS = frozenset(_WORDS["judging_verbs"])
#: Nouns of a prison term that is served.
TERM_NOUNS = frozenset(_WORDS["term_nouns"])


def _judged_or_served(trigger: Token) -> bool:
    """True for an act a court has judged ("convicted of insulting the judiciary", "jailed for
    taking part in a protest", "found guilty of spying") or a term being served ("is serving a
    life sentence"): the act, and the sentencing, lie before the news that tells of them."""
    if trigger.lemma_.lower() == "serve" and trigger.tag_ != "VB":  # (not "will serve")
        return any(c.dep_ == "dobj" and c.lemma_.lower() in TERM_NOUNS for c in children_of(trigger))
    if trigger.dep_ != "pcomp" or trigger.head.lower_ not in ("of", "for"):
        return False
    judge = trigger.head.head
    if judge.lower_ == "guilty" and judge.dep_ in ("acomp", "oprd", "ccomp"):
        judge = judge.head  # "found guilty of spying"
    return judge.lemma_.lower() in JUDGING_VERBS or judge.lower_ == "found"


def _past_perfect(head: Token) -> bool:
    """True for a clause head in the past perfect ("had fought", "had been jailed"): told as
    before the time of the story around it."""
    return head.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in children_of(head))


def _backshifted(head: Token) -> bool:
    """True for a past-perfect clause ``head`` that is what someone said in the simple past
    ("the Blue House said the allies had discussed ..."): reported speech moves the told act's
    simple past back one tense, so the tense alone does not make it background."""
    return head.dep_ == "ccomp" and head.head.tag_ == "VBD" and head.head.lemma_.lower() in REPORTING


def is_background(trigger: Token, published: str | None = None) -> bool:
    """True when the event's clause is plainly background: its verb is in the past perfect
    ("had fought", "had been jailed") or says so ("previously", "formerly", "once", "at the time":
    :func:`background_marker`; "for years", "on numerous occasions", "has long": :func:`habitual_marker`)."""
    from newsevents.place.attach import clause_head

    head = clause_head(trigger)
    if _past_perfect(head) and not _backshifted(head) or _since_start(head) or _judged_or_served(trigger):
        return True
    if published and (former_rule([trigger, head] if head is not trigger else [trigger], published) is not None
                      or _since_long_ago(head, published)):
        return True
    return background_marker(head) is not None or habitual_marker(head) is not None


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
