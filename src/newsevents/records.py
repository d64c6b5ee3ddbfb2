"""Typed records that flow through the pipeline and serialise to the spec.

The output contract is ``shared/spec/event-record.md`` (mirrored in ``docs/event-record.md``):
field names here are the JSON names there.  Every class has ``to_dict()`` giving the
spec's JSON object and ``from_dict()`` reading it back.

Offsets (``span``, ``event_span``, ``sentence_span``) are ``(start, end)`` character
offsets into :attr:`Article.text`, end exclusive, as in Python slicing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

#: The 16 PLOVER event types (PLOVER manual, 2021 draft), in the manual's order.
EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

#: Non-state actor codes of PLOVER (in place of an ISO 3166-1 alpha-3 country code).
NONSTATE_CODES: frozenset[str] = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})

STATUSES: tuple[str, ...] = ("asserted", "future", "negated", "hypothetical")
DATE_BASES: tuple[str, ...] = ("explicit", "relative", "publication")

Span = tuple[int, int]


def _span(value: Any) -> Span | None:
    return None if value is None else (int(value[0]), int(value[1]))


@dataclass
class Removed:
    """A piece of the raw article that the cleaner dropped, and why (``reason``)."""

    text: str
    reason: str


@dataclass
class Article:
    """A cleaned article: body ``text`` plus metadata.

    ``published`` is ``"YYYY-MM-DD"`` or None.  ``text`` is the body after boilerplate
    removal; all event offsets refer to it.  ``dateline_place`` is the place named in a
    wire dateline ("MANILA (Reuters) -"), or None.
    """

    story_id: str
    text: str
    title: str | None = None
    published: str | None = None
    byline: list[str] = field(default_factory=list)
    publisher: str | None = None
    url: str | None = None
    removed: list[Removed] = field(default_factory=list)
    dateline_place: str | None = None
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The record's JSON object for this party (spec: ``entity_text``, ``name``, ``code``, ``sector``, ``span`` as [start, end] characters or null)."""
        """The spec's cleaned-article object (``newsevents clean`` output)."""
        return {
            "story_id": self.story_id,
            "title": self.title,
            "published": self.published,
            "byline": list(self.byline),
            "publisher": self.publisher,
            "url": self.url,
            "dateline_place": self.dateline_place,
            "language": self.language,
            "text": self.text,
            "removed": [asdict(r) for r in self.removed],
        }


@dataclass
class Entity:
    """An actor or recipient.

    ``code`` is an ISO 3166-1 alpha-3 code or one of :data:`NONSTATE_CODES`, or None when
    the text does not say which country a sector-only mention ("protesters") belongs to.
    ``sector`` is a PLOVER sector code (GOV, MIL, OPP, ...) or None.
    """

    entity_text: str
    code: str | None
    sector: str | None = None
    name: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """The record's ``location`` object (spec field names; ``lat``/``lon`` in WGS84 degrees)."""
        return {
            "entity_text": self.entity_text,
            "name": self.name,
            "code": self.code,
            "sector": self.sector,
            "span": list(self.span) if self.span else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Entity":
        """The inverse of :meth:`to_dict`; missing optional keys become None.  Raises KeyError without ``entity_text``."""
        return cls(d["entity_text"], d.get("code"), d.get("sector"), d.get("name"), _span(d.get("span")))


@dataclass
class Location:
    """Where an event took place: a gazetteer entry (GeoNames ids and names).

    ``lat``/``lon`` are WGS84 degrees; ``feature`` is "city", "admin1" or "country".
    """

    text: str
    name: str
    country: str | None
    feature: str
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "name": self.name, "country": self.country,
            "admin1": self.admin1, "lat": self.lat, "lon": self.lon,
            "geonameid": self.geonameid, "feature": self.feature,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Location":
        """The inverse of :meth:`to_dict`; missing keys become None."""
        return cls(**{f.name: d.get(f.name) for f in fields(cls)})


@dataclass
class Event:
    """One event mention, as in the spec's record table (see module docstring for spans)."""

    id: str
    story_id: str
    event: str
    mode: str | None
    context: list[str]
    cameo: str | None
    goldstein: float | None
    quad_code: int
    actor: list[Entity]
    recipient: list[Entity]
    date: str | None
    date_text: str | None
    date_basis: str
    status: str
    historical: bool
    attribution: Entity | None
    event_loc: Location | None
    event_text: str
    event_span: Span
    sentence: str
    sentence_span: Span
    confidence: float
    rule: str
    coder: str
    #: Lines saying how the record was read (``extract --explain``); not part of the JSON record.
    explanation: list[str] = field(default_factory=list, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The spec's JSON object, keys in the spec's order."""
        return {
            "id": self.id,
            "story_id": self.story_id,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_code": self.quad_code,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [r.to_dict() for r in self.recipient],
            "date": self.date,
            "date_text": self.date_text,
            "date_basis": self.date_basis,
            "status": self.status,
            "historical": self.historical,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "event_loc": self.event_loc.to_dict() if self.event_loc else None,
            "event_text": self.event_text,
            "event_span": list(self.event_span),
            "sentence": self.sentence,
            "sentence_span": list(self.sentence_span),
            "confidence": self.confidence,
            "rule": self.rule,
            "coder": self.coder,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        """Read a record written by :meth:`to_dict`.  Raises KeyError on a missing field."""
        return cls(
            id=d["id"], story_id=d["story_id"], event=d["event"], mode=d.get("mode"),
            context=list(d.get("context") or []), cameo=d.get("cameo"), goldstein=d.get("goldstein"),
            quad_code=int(d["quad_code"]),
            actor=[Entity.from_dict(a) for a in d["actor"]],
            recipient=[Entity.from_dict(r) for r in d.get("recipient") or []],
            date=d.get("date"), date_text=d.get("date_text"), date_basis=d["date_basis"],
            status=d["status"], historical=bool(d["historical"]),
            attribution=Entity.from_dict(d["attribution"]) if d.get("attribution") else None,
            event_loc=Location.from_dict(d["event_loc"]) if d.get("event_loc") else None,
            event_text=d["event_text"], event_span=_span(d["event_span"]),
            sentence=d["sentence"], sentence_span=_span(d["sentence_span"]),
            confidence=float(d["confidence"]), rule=d["rule"], coder=d["coder"],
        )
