"""Events: the lexicon (data in ``lexicon/``), argument structure, factuality, in-article de-dup.

Public surface: :func:`find_events`, :class:`EventMention`, :func:`load_lexicon`,
:func:`quad_class`, :func:`merge_mentions`.
"""

from newsevents.events.coder import find_events
from newsevents.events.dedup import merge_mentions
from newsevents.events.lexicon import LexEntry, Lexicon, load_lexicon, quad_class
from newsevents.events.mention import EventMention

__all__ = ["EventMention", "LexEntry", "Lexicon", "find_events", "load_lexicon", "merge_mentions", "quad_class"]
