"""Metadata from plain text: dateline and byline lines, wire datelines, publication dates.

Dates are parsed by ``dateparser`` (configured here, not re-implemented); the regular
expressions below only find *where* a dateline is, not what its date means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import dateparser

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
_DATE = (rf"(?:{_WEEKDAY}\s+)?(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
         r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})")
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC))?"
_BY = r"(?:by|By|BY)\s+(?P<by>[A-Z][^\d|]{1,120}?)"

#: A line that is only a date, optionally a time and a byline: "16 December 2022 - 13:59 By Benjamin Harvey".
DATELINE_RE = re.compile(
    rf"^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?P<date>{_DATE})"
    rf"(?:\s*[-–—|,·]?\s*(?:at\s+)?(?P<time>{_TIME}))?(?:\s*[-–—|,·]?\s*{_BY})?\s*$",
    re.IGNORECASE,
)
#: "Xinhua | Updated: 2017-09-15 17:52": a publisher, then the date.
PUBLISHER_DATE_RE = re.compile(
    rf"^(?P<pub>[A-Z][\w .&'’-]{{1,40}}?)\s*[|]\s*(?:(?:updated|published|posted)\s*:?\s*)?"
    rf"(?P<date>{_DATE})(?:\s*(?P<time>{_TIME}))?\s*$",
    re.IGNORECASE,
)
#: A byline alone: "By Benjamin Harvey" / "By Jane Doe and John Roe, Reuters".
BYLINE_RE = re.compile(rf"^{_BY}\s*$")
#: Wire dateline at the start of the first paragraph:
#: "LOS ANGELES, Feb 26 - ", "MANILA (Reuters) - ", "BEIJING -- ", "WASHINGTON, March 3 (Reuters) -".
WIRE_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\s*[A-Z][a-zA-Z.]+(?:\s[A-Z][a-zA-Z.]+)?)?)"
    rf"(?:,\s*(?P<date>(?i:{_MONTH})\s+\d{{1,2}}(?:,?\s+\d{{4}})?))?"
    r"(?:\s*\((?P<pub>[A-Za-z][\w .&-]{1,30})\))?\s*(?:-{1,2}|–|—)\s+",
)


@dataclass
class Dateline:
    """What a dateline line said: publication ``date`` ("YYYY-MM-DD" or None), bylines, publisher."""

    date: str | None
    byline: list[str]
    publisher: str | None = None
    place: str | None = None


@lru_cache(maxsize=4096)
def parse_date(text: str, base: str | None = None) -> str | None:
    """A calendar date in ``text`` -> "YYYY-MM-DD", or None when it names no full date.

    ``base`` ("YYYY-MM-DD") supplies the year when the text lacks one ("Feb 26"): the
    latest such date not after ``base``.  Uses ``dateparser`` with English only.
    """
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if not re.search(r"\d{4}", text) and not base:
        return None
    return parsed.date().isoformat()


def split_names(text: str) -> list[str]:
    """"Jane Doe and John Roe, Reuters" -> ["Jane Doe", "John Roe"] (drops agency tails)."""
    text = re.sub(r"\s*[,|]\s*(reuters|ap|afp|bloomberg|xinhua|staff( writer| reporter)?|correspondent)\b.*$",
                  "", text.strip(), flags=re.I)
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", text)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def parse_dateline_line(line: str, base: str | None = None) -> Dateline | None:
    """A whole line that is a dateline/byline -> :class:`Dateline`, else None."""
    line = line.strip()
    m = DATELINE_RE.match(line)
    if m:
        by = split_names(m.group("by")) if m.group("by") else []
        return Dateline(parse_date(m.group("date"), base), by)
    m = PUBLISHER_DATE_RE.match(line)
    if m:
        return Dateline(parse_date(m.group("date"), base), [], publisher=m.group("pub").strip())
    m = BYLINE_RE.match(line)
    if m and len(line.split()) <= 12:
        return Dateline(None, split_names(m.group("by")))
    return _loose_dateline(line, base)


#: A full date anywhere in a line: "09 Oct 2018", "Jan. 28, 2020,", "2015-04-05", "27.01.2020",
#: "20 Jan, 2020".
LOOSE_DATE_RE = re.compile(
    rf"(?<!\d)(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4})(?!\d)",
    re.IGNORECASE,
)
_DATELINE_WORDS = re.compile(
    rf"\b(?:published|updated|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|date|datum|gmt|utc|est|edt|bst|cet|"
    rf"leave a comment|comments?|no comments|\d+ min(?:ute)?s? read|"
    rf"{_WEEKDAY.replace(',?', '')})\b|{_TIME}|[|:,·•—–-]", re.IGNORECASE)


def _loose_dateline(line: str, base: str | None) -> Dateline | None:
    """A short line made of a full date plus dateline words, a time and perhaps a byline:
    "Posted on 2015-04-05 by marc | Leave a comment", "Published: 10:00am, 20 Jan, 2020"."""
    if len(line) > 100:
        return None
    m = LOOSE_DATE_RE.search(line)
    if not m:
        return None
    rest = line[:m.start()] + " " + line[m.end():]
    by = re.search(r"\bby\s+(\w[\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})", rest)
    if by:
        rest = rest.replace(by.group(0), " ")
    leftover = _DATELINE_WORDS.sub(" ", rest).split()
    if len(leftover) > 4:
        return None
    text = m.group(0)
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text):  # day.month.year, as written in Europe
        d, mth, y = text.split(".")
        text = f"{y}-{int(mth):02d}-{int(d):02d}"
    return Dateline(parse_date(text, base), split_names(by.group(1)) if by else [])


def strip_wire_dateline(paragraph: str, base: str | None = None) -> tuple[str, Dateline] | None:
    """Split a leading wire dateline off a paragraph.

    Returns ``(prefix, Dateline)`` where ``prefix`` is the exact text removed, or None.
    The place keeps its written form ("LOS ANGELES").
    """
    m = WIRE_DATELINE_RE.match(paragraph)
    if not m:
        return None
    place = m.group("place").strip()
    if len(place) < 3 or not place.replace(" ", "").replace(".", "").isalpha() and "," not in place:
        return None
    date = parse_date(m.group("date"), base) if m.group("date") else None
    return m.group(0), Dateline(date, [], publisher=m.group("pub"), place=place.split(",")[0].strip())
