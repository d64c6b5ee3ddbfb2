"""Actors: the knowledge base (data files in ``kb/``), mention coding and coreference.

Public surface: :func:`annotate_actors` (fills ``doc._.actors``, read by :func:`actors_of`), :func:`entities_for`
(the entities of an argument token, conjuncts expanded), :func:`load_kb`.
"""

from newsevents.actors.kb import ActorKB, KBEntry, load_kb
from newsevents.actors.resolve import actors_of, annotate_actors, entities_for

__all__ = ["ActorKB", "KBEntry", "actors_of", "annotate_actors", "entities_for", "load_kb"]
